"""The target of an act of readiness, from the attack it readies for.

Troops massed, deployed or put on alert "in preparation for the assault", "ahead of an
offensive against the YPG" are aimed at whom the attack is: a reader takes the mobilisation's
recipient from the attack. A MOBILIZE event told with no recipient whose trigger governs an
attack noun through words of preparation only (language/trees.linked_nouns, with
`prepared_attacks` and `preparation_links` of lexicon/data/discourse.yaml) takes

- the recipient of the attack that noun tells, when the sentence names one ("ahead of an
  offensive against the YPG");
- else the recipient of the attack the story tells nearest to it (`WINDOW` sentences before
  or after; any status: the attack readied for is often still to come), by the same side or
  by no named doer, when the attacks told at that distance agree on it ("Damascus is
  preparing a major assault on the rebel-held enclave ... Government forces are massing
  around the province in preparation for the assault").

The rule id's recipient path becomes `prepared`.
"""

from __future__ import annotations


from ..language.trees import linked_nouns
from ..lexicon import words
from ..models.event_confidence import with_role_paths
from ..nlp import root_at, sentence_index_of
from ..records import Event
from .event_identity import identity
from .targets import side_of

PREPARED_ATTACKS = frozenset(words("discourse", "prepared_attacks"))
PREPARATION_LINKS = frozenset(words("discourse", "preparation_links"))
PREPARED_PATH = "prepared"
WINDOW = 3


def _attacks_at(events: list[Event], start: int) -> list[Event]:
    return [e for e in events if e.event_type == "ASSAULT" and e.recipient is not None
            and any(m.trigger.span[0] == start for m in e.mentions or [e])]


def _nearest_attack_target(event: Event, events: list[Event], sentence_of):
    here = sentence_of(event.trigger.span[0])
    side = side_of(event.actor)
    by_distance: dict[int, set] = {}
    refs = {}
    for other in events:
        if other.event_type != "ASSAULT" or other.recipient is None or side_of(other.recipient) == side:
            continue
        if other.actor is not None and side_of(other.actor) != side:
            continue
        told = [sentence_of(m.trigger.span[0]) for m in other.mentions or [other]]
        distance = min(abs(s - here) for s in told)
        if distance <= WINDOW:
            by_distance.setdefault(distance, set()).add(identity(other.recipient))
            refs.setdefault(identity(other.recipient), other.recipient)
    if not by_distance:
        return None
    nearest = by_distance[min(by_distance)]
    return refs[next(iter(nearest))] if len(nearest) == 1 else None


def give_prepared_targets(events: list[Event], doc) -> list[Event]:
    """Give each MOBILIZE event with an actor and no recipient that readies for an attack the
    attack's target (see the module docstring); the events that took one are returned."""
    if doc is None or not any(e.event_type == "MOBILIZE" for e in events):
        return []
    sentence_of = sentence_index_of(doc)
    given = []
    for event in events:
        if event.event_type != "MOBILIZE" or event.recipient is not None or event.actor is None:
            continue
        trigger = root_at(doc, tuple(event.trigger.span))
        if trigger is None:
            continue
        attacks = linked_nouns(trigger, PREPARED_ATTACKS, PREPARATION_LINKS)
        if not attacks:
            continue
        stated = [e.recipient for a in attacks for e in _attacks_at(events, a.idx)]
        target = stated[0] if stated else _nearest_attack_target(event, events, sentence_of)
        if target is None or side_of(target) == side_of(event.actor):
            continue
        event.recipient = target.model_copy()
        event.rule = with_role_paths(event.rule, recipient=PREPARED_PATH)
        given.append(event)
    return given
