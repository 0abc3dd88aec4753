"""An occupation by civilians is a protest, not the state's coercion: "farmers occupied the
ministry's courtyard", "students occupied the rectorate" obstruct to press a demand (PLOVER
PROTEST obstruct, CAMEO 144); by an army it stays a taking of ground ("troops occupied the
town"). The words are data (events_syntax.yaml civil_obstruction_words): a blockade is not
among them, which the codebook lists under COERCE whoever lays it."""

from __future__ import annotations

from dataclasses import replace

from ...knowledge.events import Coding
from ...lexicon import table, words
from .triggers import Found

CIVIL_OBSTRUCTION_WORDS = frozenset(words("events_syntax", "civil_obstruction_words"))
CIVIL_SECTORS = frozenset(words("events_syntax", "civil_sectors"))
CIVIL_OBSTRUCTION = Coding.parse(table("events_syntax", "civil_obstruction_coding"), "verb")


def civil_obstruction(found: Found, actors: list) -> Found:
    """The trigger as coded: an occupation (`CIVIL_OBSTRUCTION_WORDS`) whose doers
    are all civilians, students, workers or the opposition is a protest (`CIVIL_OBSTRUCTION`);
    any other trigger as found."""
    if found.coding.event_type != "COERCE" or found.token.lemma_.lower() not in CIVIL_OBSTRUCTION_WORDS:
        return found
    if not actors or not all(getattr(a.mention, "sector", None) in CIVIL_SECTORS for a in actors):
        return found
    return replace(found, coding=replace(CIVIL_OBSTRUCTION, source=found.coding.source))
