"""The target of a hostile act told without one, from the discourse around it.

A report names the side attacked once and then goes on with the attacker's campaign without
naming it again: "Turkish jets bombed Kurdish positions in Afrin on Saturday. [...] The
offensive continued on Sunday." A reader takes the offensive to be against the same side,
as a reader takes an agentless "ten civilians were killed" to be the attacker's doing (the
mirror case, stages/doers.py). An event of a hostile type (`TARGET_TYPES`: attacks,
coercion, deployments, threats) with a named actor and no recipient takes the recipient of
the nearest event of such a type before it by the same side (`WINDOW` sentences back at most,
the same one included), when nothing sets the two apart:

- a date or a place that differs (the day or the town of each, as `mentions` compares them);
- a target of the actor's own side (no act is aimed at oneself);
- two nearest antecedents of the same side with different targets (the reader cannot tell).

The recipient taken is marked in the rule id, whose recipient path becomes `context`
("assault.strike:noun:poss>context"), so the confidence model can tell it from a stated one.
"""

from __future__ import annotations


from ..nlp import sentence_index_of
from ..models.event_confidence import with_role_paths
from ..records import Event
from .event_identity import dates_agree, identity, nearest_told_before, places_agree, specific

# Hostile acts whose target a campaign told over several sentences keeps.
TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})
# How many sentences back the antecedent may be (0: the same sentence).
WINDOW = 4
CONTEXT_PATH = "context"


def side_of(ref) -> tuple | None:
    """The side an actor is on: its country when it has one ("Turkish jets" and "Erdogan"
    are Turkey's), else its identity."""
    if ref is None:
        return None
    return ("country", ref.country) if ref.country else identity(ref)


def take_nearest_doer(event: Event, acts: list[Event], sentence_of, window: int, path: str, *, same_sentence: bool = False) -> bool:
    """Give `event` as recipient the doer of the nearest of `acts` told before it (within
    `window` sentences), when the acts told nearest agree on their doer; its rule id's recipient
    path becomes `path`. Whether it took one (attackers.py, responses.py: who answers whom)."""
    nearest = nearest_told_before(event, acts, sentence_of, window, same_sentence=same_sentence)
    if len({identity(o.actor) for _, o in nearest}) != 1:
        return False
    event.recipient = nearest[0][1].actor.model_copy()
    event.rule = with_role_paths(event.rule, recipient=path)
    return True


def with_context_target(rule: str) -> str:
    """The rule id with its recipient path replaced by `context`: "assault.strike:noun:poss>-"
    -> "assault.strike:noun:poss>context"."""
    return with_role_paths(rule, recipient=CONTEXT_PATH)


def _antecedents(event: Event, events: list[Event], sentence_of) -> list[tuple[int, Event]]:
    """The nearest earlier events of a hostile type by the event's side with a recipient of
    another side, within the window: (sentence, event)."""
    side = side_of(event.actor)
    candidates = [other for other in events
                  if other is not event and other.event_type in TARGET_TYPES and other.recipient is not None
                  and side_of(other.actor) == side and side_of(other.recipient) != side and specific(other.recipient)]
    return nearest_told_before(event, candidates, sentence_of, WINDOW)


def give_context_targets(events: list[Event], doc) -> list[Event]:
    """Give each hostile act with an actor and no recipient the recipient of its antecedent
    (see the module docstring); the events that took one are returned."""
    if doc is None or not events:
        return []
    sentence_of = sentence_index_of(doc)
    given = []
    for event in events:
        if event.event_type not in TARGET_TYPES or event.recipient is not None or not specific(event.actor):
            continue
        nearest = _antecedents(event, events, sentence_of)
        if not nearest or len({identity(o.recipient) for _, o in nearest}) != 1:
            continue
        antecedent = nearest[0][1]
        if not all(dates_agree(event, o) and places_agree(event, o) for _, o in nearest):
            continue
        event.recipient = antecedent.recipient.model_copy()
        event.rule = with_context_target(event.rule)
        given.append(event)
    return given
