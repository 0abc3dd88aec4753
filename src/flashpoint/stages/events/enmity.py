"""Whom an act of force on a label of enmity is aimed at: "'We will continue our struggle until
we root out terror,' the Turkish foreign minister said" (after the YPG was named as the side
Turkey fights). A noun such as "terror" or "terrorism" (`enmity_labels`) names no party; as the
object of an act of force by a side, it stands for the enemy that side fights in the story: the
nearest armed group named before it, in its sentence or the `PRONOUN_SENTENCES_BACK` sentences
before, not of the doer's own side. A part of `ArgumentReader` (topics.py calls it when an act
has no target of its own)."""

from __future__ import annotations

from ...language.coreference import window_start
from ...lexicon import words
from .grievances import another_side
from .participants import Participant
from .triggers import Found
from .words import OBJECTS, PRONOUN_SENTENCES_BACK

ENMITY_LABELS = words("events_syntax", "enmity_labels")
ENEMY_KINDS = frozenset({"group"})  # an armed group, not a state, a person or a sector of people


def labelled_enemy(people, found: Found, actors: list[Participant], index: int) -> list[Participant]:
    """The enemy an act of force on a label of enmity is aimed at (see the module), or none."""
    token = found.token
    if found.coding.event_type != "ASSAULT" or not actors:
        return []
    if not any(c.dep_ in OBJECTS and c.lemma_.lower() in ENMITY_LABELS for c in token.children):
        return []  # ("root out corruption": no enemy; "crush the terrorists": named, an object of its own)
    earliest = window_start(people.sentence_starts, index, back=PRONOUN_SENTENCES_BACK)
    for mention in reversed(people.mentions):
        if mention.end > token.i or mention.start < earliest:
            continue
        if mention.kind in ENEMY_KINDS and another_side(mention, actors):
            return [Participant(mention, "labelled-enemy")]
    return []
