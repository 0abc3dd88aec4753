"""The recipient of an act told with none, from the party its actor deals with in the story.

A report follows one or two relations: Turkey and the Kurds, Russia and the opposition.
When it tells an act that is by its nature done to another party with no one named as
its object ("Ankara condemned the decision", "the two sides met again on Friday", "the
government denounced the raid"), a reader takes the act to be aimed at the party the
actor deals with throughout the story: its *counterpart*, the party of another side that
the document's other events most often pair it with (as doer or as recipient).

Only acts done to another party by their nature take one (`counterpart_types` in
lexicon/data/discourse.yaml); an actor with no counterpart, or two tied at the top, keeps
no recipient. Only the events of the act's own stance count (`hostile_types`,
`friendly_types`): a party the actor's side backs is its ally, not whom its attacks are
aimed at. The nearer context comes first: an act of the same side with a recipient
just before is read by stages/targets.py, which runs before this.

The recipient taken is marked in the rule id, whose recipient path becomes `counterpart`
("accuse.condemn:verb:nsubj>counterpart"); the confidence model reads such an event as it
was before (with no recipient) and a feature of its own, since the guess is right less
often than a stated recipient.
"""

from __future__ import annotations

from collections import Counter

from ..lexicon import words
from ..models.event_confidence import COUNTERPART_PATH, rule_parts, with_role_paths
from ..records import ActorRef, Event
from .event_identity import identity, specific
from .targets import side_of

COUNTERPART_TYPES = words("discourse", "counterpart_types")
COUNTERPART_FREE_TRIGGERS = frozenset(words("discourse", "counterpart_free_triggers"))
STANCES = (words("discourse", "hostile_types"), words("discourse", "friendly_types"))


def counterparts(actor: ActorRef, events: list[Event], skip: Event) -> Counter:
    """How often each party of another side is paired with `actor`'s side in `events` (but
    `skip`), as doer or as recipient, by identity; with the first reference of each."""
    side = side_of(actor)
    seen: Counter = Counter()
    for other in events:
        if other is skip or other.actor is None or other.recipient is None or _judges(other, skip):
            continue
        if _opposed_stances(skip, other):
            continue
        for ours, theirs in ((other.actor, other.recipient), (other.recipient, other.actor)):
            if side_of(ours) == side and side_of(theirs) != side and specific(theirs):
                seen[identity(theirs)] += 1
    return seen


def _opposed_stances(event: Event, other: Event) -> bool:
    """Whether `other` takes the opposite stance to `event`: the allies a side backs are not
    whom its attacks are aimed at, nor are the foes it fights whom its help goes to."""
    hostile, friendly = STANCES
    return {event.event_type, other.event_type} <= hostile | friendly and (
        (event.event_type in hostile) != (other.event_type in hostile))


def _judges(other: Event, event: Event) -> bool:
    """Whether an event's recipient is the words that tell `event` ("the US condemned the
    Iranian strikes"): whoever judges an act, or answers it, is not whom it was aimed at."""
    span, trigger = other.recipient.span, event.trigger.span
    return span is not None and span[0] <= trigger[0] and trigger[1] <= span[1]


def _first_reference(key: tuple, events: list[Event]) -> ActorRef:
    for other in events:
        for ref in (other.actor, other.recipient):
            if ref is not None and identity(ref) == key:
                return ref
    raise LookupError(key)


def give_counterparts(events: list[Event]) -> list[Event]:
    """Give each act of a `COUNTERPART_TYPES` type with a specific actor and no recipient its
    actor's counterpart in the document; the events that took one are returned."""
    given = []
    for event in events:
        if event.event_type not in COUNTERPART_TYPES or event.recipient is not None or not specific(event.actor):
            continue
        if rule_parts(event.rule)[0].partition(".")[2] in COUNTERPART_FREE_TRIGGERS:
            continue  # ("resigned after weeks of protests": to the protesters)
        ranked = counterparts(event.actor, events, event).most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            continue
        event.recipient = _first_reference(ranked[0][0], events).model_copy()
        event.rule = with_role_paths(event.rule, recipient=COUNTERPART_PATH)
        given.append(event)
    return given
