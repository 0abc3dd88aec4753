"""An act told as what may come by the predicate of its own clause: "clashes between Turkish and
US troops are now a distinct possibility", "a deal remains an option", "an offensive is
imminent". The event noun is the subject of a copula whose noun or adjective says it is only
possible (lexicon `prospect_nouns`, and the adjectives among the hypothetical status cues)."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from ...lexicon import words
from .words import SUBJECTS

PROSPECT_NOUNS = words("events_syntax", "prospect_nouns")
COPULAR_VERBS = words("events_syntax", "copular_verbs")


def predicated_prospect(noun: Token, cues: Mapping[str, str]) -> bool:
    """Whether an event noun is the subject of a copula that calls it a possibility ("are a
    distinct possibility", "remains a risk") or possible ("is imminent", "seems likely"). Not
    an adjective with a clause of its own ("the attack is likely to have been carried out by
    Isis", "the talks are likely to be difficult"), which tells something else of the act."""
    if noun.pos_ != "NOUN" or noun.dep_ not in SUBJECTS or noun.head.lemma_.lower() not in COPULAR_VERBS:
        return False
    for predicate in noun.head.children:
        if predicate.dep_ == "attr" and predicate.lemma_.lower() in PROSPECT_NOUNS:
            return True
        if (predicate.dep_ == "acomp" and cues.get(predicate.lemma_.lower()) == "hypothetical"
                and not any(c.dep_ in ("xcomp", "ccomp", "prep") for c in predicate.children)):
            return True
    return False
