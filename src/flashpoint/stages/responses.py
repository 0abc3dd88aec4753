"""Whom a response announced is aimed at: the doer of the act on the responder's side told before.

"Poland said it would close the Russian consulate in Krakow. [...] Russia's foreign ministry
said Moscow would respond to the decision"; "Hezbollah fired two mortar rounds at an Israeli
position. Netanyahu vowed that Israel would respond forcefully": a response answers the act
the story told done to the responder's side, and the threat of one is aimed at its doer. A
threat told with no recipient whose verb, or the clause it reports, is one of responding
(`response_verbs` of lexicon/data/events.yaml) takes the doer of the nearest earlier hostile
act (`hostile_types` of discourse.yaml, or a threat) told as done on the threatener's side, within `WINDOW`
sentences; none when the nearest such acts disagree on their doer. The rule id's recipient
path becomes `responded`.
"""

from __future__ import annotations

from ..lexicon import words
from ..nlp import root_at, sentence_index_of
from ..records import Event
from .event_identity import specific
from .targets import side_of, take_nearest_doer

RESPONSE_VERBS = words("events", "response_verbs")
ANSWERED_TYPES = words("discourse", "hostile_types") | {"THREATEN"}
# (an act only called for or feared is none to answer: "urged its allies to impose sanctions")
TOLD_DONE = ("occurred", "claimed")
RESPONDED_PATH = "responded"
WINDOW = 6


def responding(trigger) -> bool:
    """Whether a trigger, or a clause it reports, is a verb of responding ("would respond",
    "vowed that Israel would respond")."""
    clauses = [trigger, *(c for c in trigger.children if c.dep_ in ("ccomp", "xcomp"))]
    return any(c.lemma_.lower() in RESPONSE_VERBS for c in clauses)


def give_response_targets(events: list[Event], doc) -> list[Event]:
    """Aim each threat of a response told with no recipient at the doer of the act it answers
    (see the module docstring); the events that took one are returned."""
    if doc is None:
        return []
    sentence_of = sentence_index_of(doc)
    given = []
    for event in events:
        if event.event_type != "THREATEN" or event.recipient is not None or not specific(event.actor):
            continue
        trigger = root_at(doc, tuple(event.trigger.span))
        if trigger is None or not responding(trigger):
            continue
        side = side_of(event.actor)
        answered = [o for o in events if o is not event and o.event_type in ANSWERED_TYPES and o.status in TOLD_DONE and specific(o.actor)
                    and side_of(o.recipient) == side and side_of(o.actor) != side]
        if take_nearest_doer(event, answered, sentence_of, WINDOW, RESPONDED_PATH, same_sentence=True):
            given.append(event)
    return given
