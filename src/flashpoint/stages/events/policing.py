"""A raid by the police is a search and seizure, not an armed attack: "Turkish police raided
the homes of opposition activists", "police raided the newspaper's offices" are the state
coercing people it governs (the codebook's COERCE: arrests, seizures; PLOVER COERCE seize),
while a raid by troops or fighters stays an assault ("Israeli troops raided the camp")."""

from __future__ import annotations

from dataclasses import replace

from ...knowledge.events import Coding
from ...lexicon import table, words
from .triggers import Found

POLICE_RAID_WORDS = frozenset(words("events_syntax", "police_raid_words"))
POLICE_SECTORS = frozenset(words("events_syntax", "police_sectors"))
POLICE_RAID = Coding.parse(table("events_syntax", "police_raid_coding"), "verb")


def police_raid(found: Found, actors: list) -> Found:
    """The trigger as coded: a raid (`POLICE_RAID_WORDS`) whose doers are all police is a
    seizure (`POLICE_RAID`); any other trigger as found."""
    if found.coding.event_type != "ASSAULT" or found.token.lemma_.lower() not in POLICE_RAID_WORDS:
        return found
    if not actors or not all(getattr(a.mention, "sector", None) in POLICE_SECTORS for a in actors):
        return found
    return replace(found, coding=replace(POLICE_RAID, source=found.coding.source))
