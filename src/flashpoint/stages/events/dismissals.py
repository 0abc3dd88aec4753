"""Dismissals: telling someone to go away ("told the Turks to get lost", "told Washington to
mind its own business") is no request that they act but a rebuff of them and of what they
asked: a rejection of the one told (REJECT). The phrases are in `lexicon/data/events.yaml`
(`dismissal_phrases`)."""

from __future__ import annotations

from spacy.tokens import Token

from ...knowledge.events import Coding
from ...lexicon import words

DISMISSAL_PHRASES = frozenset(words("events", "dismissal_phrases"))
DISMISSAL_CODING = Coding("REJECT", None, "120", "verb")
# Directive verbs that speak to the one directed ("told the Turks to ...")
TELLING_VERBS = frozenset(words("events", "telling_verbs"))


def infinitive_to(clause: Token) -> bool:
    """Whether a clause is a to-infinitive: "to" on its verb, or on the passive auxiliary the
    parse makes head of nothing ("to get lost": "to" hangs from "get", "get" from "lost")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for node in (clause, *(a for a in clause.children if a.dep_ == "auxpass"))
               for c in node.children)


def dismissal(clause: Token | None) -> bool:
    """Whether a to-infinitive a directive verb asks for is a phrase of sending away: its words
    after "to", without the adverbs the speaker adds ("to just get lost")."""
    if clause is None:
        return False
    said = [t.lower_ for t in clause.subtree if not (t.dep_ == "aux" and t.lower_ == "to") and t.dep_ != "advmod" and not t.is_punct]
    return " ".join(said) in DISMISSAL_PHRASES
