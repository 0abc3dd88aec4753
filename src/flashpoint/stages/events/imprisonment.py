"""Court sentences to prison: a conviction that results in imprisonment is PLOVER's COERCE
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

IMPRISONMENT_WORDS = words("events_syntax", "imprisonment_words")
PRISON_SENTENCE = Coding.parse(table("events_syntax", "prison_sentence_coding"), "verb")


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
    five years in prison", "to 18 months"); None for a sentence to anything else. The parser
    may take the "to" for an infinitive's and its adjective for a verb ("to long jail terms"
    read as a clause "to long ... terms"): such a clause is the phrase too."""
    phrases = [c for c in verb.children if (c.dep_ == "prep" and c.lower_ == "to")
               or (c.dep_ in ("advcl", "xcomp") and c.pos_ == "ADJ" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    return next((w for phrase in phrases for w in phrase.subtree
                 if w.lemma_.lower() in IMPRISONMENT_WORDS or w.lower_ in IMPRISONMENT_WORDS), None)
