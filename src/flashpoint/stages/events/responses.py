"""A response announced: "Moscow would respond", "said France would respond firmly to any
further expulsions", "Russia will retaliate". A party's word that it will answer another's act
is a threat (THREATEN), as "warned that its troops would respond" is (cautions.py): the verb
of responding (`response_verbs` of lexicon/data/events.yaml) codes the force it announces only
with a future auxiliary in what a party says, vows or warns ("said Moscow would respond"),
and not as an answer in words ("would respond to the letter",
`reply_objects`); told by its speaker, the planned force is the threat (status.speech_act).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...knowledge.events import Coding
from ...lexicon import words
from ...language.trees import SAYING_VERBS
from .commitments import FUTURE_AUXILIARIES
from .words import PROMISING_VERBS, WARNING_VERBS

RESPONSE_VERBS = words("events", "response_verbs")
REPLY_OBJECTS = words("events", "reply_objects")
RESPONSE_CODING = Coding("ASSAULT", None, "190", "response")


def announced_response(token: Token) -> Coding | None:
    """The force a verb of responding announces ("would respond", "will retaliate"), if any."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in RESPONSE_VERBS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in token.children):
        return None
    if token.dep_ != "ccomp" or token.head.lemma_.lower() not in SAYING_VERBS | WARNING_VERBS | PROMISING_VERBS:
        return None  # told by the narrator ("the army will respond in case ..."), not a party's word
    answered = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    return None if any(o.lemma_.lower() in REPLY_OBJECTS for o in answered) else RESPONSE_CODING
