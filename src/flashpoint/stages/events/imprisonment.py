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
from ...lexicon import table, words
from .syntax import own_passive, passive_agent

IMPRISONMENT_WORDS = frozenset(words("events_syntax", "imprisonment_words"))
PRISON_SENTENCE = Coding.parse(table("events_syntax", "prison_sentence_coding"), "verb")
LEGAL_CHARGE = Coding.parse(table("events_syntax", "legal_charge_coding"), "verb")
CHARGING_VERBS = frozenset(words("events_syntax", "charging_verbs"))


def prison_sentence(found):
    """The trigger `found` recoded as a detention when it is a conviction whose "to" phrase
    names time in prison, or a legal charge; any other trigger as it is."""
    if found is not None and legal_charge(found.token):
        return replace(found, coding=replace(LEGAL_CHARGE, source=found.coding.source))
    if found is None or found.coding.mode != "convict" or found.token.pos_ != "VERB" or not imprisoning(found.token):
        return found
    return replace(found, coding=replace(PRISON_SENTENCE, source=found.coding.source))


def imprisoning(verb: Token) -> bool:
    """Whether a verb of sentencing sends someone to prison: its "to" phrase names a prison, a
    jail term or a span of time ("to life imprisonment", "to long jail terms", "to five years
    in prison", "to 18 months")."""
    return any(w.lemma_.lower() in IMPRISONMENT_WORDS or w.lower_ in IMPRISONMENT_WORDS
               for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to" for w in prep.subtree)


def legal_charge(verb: Token) -> bool:
    """Whether a verb of charging tells a legal charge: in the passive, with no one named as
    the accuser, and with the offence in a "with" phrase ("has been charged with propaganda";
    not "was charged by Amnesty with ...", whose accuser speaks)."""
    return (verb.pos_ == "VERB" and verb.lemma_.lower() in CHARGING_VERBS and own_passive(verb) and passive_agent(verb) is None
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children))
