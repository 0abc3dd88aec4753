"""Acts of the courts told in words of another act. A legal charge: "was charged with
terrorism offences" told with no accuser named is the prosecution's, CAMEO 173 "arrest, detain,
or charge with legal action" (PLOVER COERCE arrest), an act of the state where it happens (see
`STATE_COERCION_WORDS`), not an accusation in words (ACCUSE allege: "charged that the army had
fired first", "Amnesty charged Syria with war crimes"). Court sentences to prison: a conviction that results in imprisonment is PLOVER's COERCE
"arrest" (the PLOVER manual: "Convictions that result in imprisonment should also be coded as
COERCE 'arrest'"), as the codebook's COERCE takes detentions. "sentenced 13 journalists to long
jail terms", "was sentenced to five years in prison"; a sentence to anything else stays a
conviction (SANCTION convict): "sentenced to death", "sentenced to 40 lashes"."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...knowledge.events import Coding
from ...records import Trigger
from ...lexicon import table, words
from .syntax import own_passive, passive_agent

IMPRISONMENT_WORDS = frozenset(words("events_syntax", "imprisonment_words"))
PRISON_SENTENCE = Coding.parse(table("events_syntax", "prison_sentence_coding"), "verb")
LEGAL_CHARGE = Coding.parse(table("events_syntax", "legal_charge_coding"), "verb")
CHARGING_VERBS = frozenset(words("events_syntax", "charging_verbs"))


def legal_charge_found(found):
    """The trigger `found` recoded as the courts' act when it is a legal charge; any other
    trigger as it is."""
    if found is not None and legal_charge(found.token):
        return replace(found, coding=replace(LEGAL_CHARGE, source=found.coding.source))
    return found


def imprisonment_events(found, events_of) -> list:
    """The detention a conviction whose "to" phrase names time in prison also is, coded beside
    the conviction as the PLOVER manual asks ("also"), its trigger the words of the term ("to
    long jail terms"), so that the two are two events; none for any other trigger. `events_of`
    codes a trigger (`EventCoder.events_of`, with the sentence's index and span bound)."""
    if found.coding.mode != "convict" or found.token.pos_ != "VERB":
        return []
    term = prison_term(found.token)
    if term is None:
        return []
    events = events_of(replace(found, coding=replace(PRISON_SENTENCE, source=found.coding.source)))
    for event in events:
        event.trigger = Trigger(text=term.text, span=(term.idx, term.idx + len(term.text)))
    return events


def prison_term(verb: Token) -> Token | None:
    """The word of a verb of sentencing that sends someone to prison: in its "to" phrase, a
    prison, a jail term or a span of time ("to life imprisonment", "to long jail terms", "to
    five years in prison", "to 18 months"); None for a sentence to anything else."""
    return next((w for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to" for w in prep.subtree
                 if w.lemma_.lower() in IMPRISONMENT_WORDS or w.lower_ in IMPRISONMENT_WORDS), None)


def legal_charge(verb: Token) -> bool:
    """Whether a verb of charging tells a legal charge: in the passive, with no one named as
    the accuser, and with the offence in a "with" phrase ("has been charged with propaganda";
    not "was charged by Amnesty with ...", whose accuser speaks)."""
    return (verb.pos_ == "VERB" and verb.lemma_.lower() in CHARGING_VERBS and own_passive(verb) and passive_agent(verb) is None
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children))
