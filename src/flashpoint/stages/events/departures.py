"""Ordering people out of a place: "the army ordered residents of the north to evacuate",
"Israel told Palestinians in Khan Younis to move south", "militants forced villagers to flee".
Ordering or forcing people to leave is expelling them (PLOVER COERCE, CAMEO 174), the act of
whoever orders; those ordered out are its recipient. The departure clause is no act of its
own: residents ordered to evacuate give no aid, and those forced to flee do not withdraw from
anyone. Word lists: lexicon/data/events.yaml (ordering_verbs, departure_verbs)."""

from __future__ import annotations

from spacy.tokens import Token

from ...knowledge.events import Coding
from ...lexicon import words
from .words import OBJECTS, PASSIVE_SUBJECTS

ORDERING_VERBS = words("events", "ordering_verbs")
DEPARTURE_VERBS = words("events", "departure_verbs")
EXPULSION_CODING = Coding("COERCE", "deport", "174", "verb")


def ordered_departure(verb: Token) -> Token | None:
    """The departure clause a verb of ordering orders its object (or, in the passive, its
    subject) into: "ordered residents to evacuate" -> "evacuate"; None otherwise ("ordered an
    inquiry", "told reporters he would leave": no one ordered out)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ORDERING_VERBS:
        return None
    if not any(c.dep_ in OBJECTS | PASSIVE_SUBJECTS for c in verb.children):
        return None
    for clause in verb.children:
        if (clause.dep_ == "xcomp" and clause.pos_ == "VERB" and clause.lemma_.lower() in DEPARTURE_VERBS
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)):
            return clause
    return None


def ordered_out(clause: Token) -> bool:
    """Whether a verb is the departure a verb of ordering orders (its act is that verb's)."""
    if clause.dep_ != "xcomp":
        return False
    ordered = ordered_departure(clause.head)
    return ordered is not None and ordered.i == clause.i
