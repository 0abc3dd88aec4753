"""The target of an act done by partners, shared: one act, one side acted on.

"The incursion by Turkish troops and their Free Syrian Army allies" tells one act by two
doers, coded as one event per doer at the same trigger. Partners named together act on
the same side, so when one doer's event has a recipient (stated, or from the context,
stages/targets.py) and a partner's has none, the partner's takes it, marked as one from the
context (`context`, as stages/targets.py marks one). This runs before stages/counterparts.py, which would otherwise give the partner the party *it*
deals with most in the story: often its partner's own state ("Turkey"), which no one
attacks alongside Turkey.

A recipient that is the doer itself is never taken (no act is aimed at oneself); one of its
country is ("the incursion by Turkish troops and their Syrian rebel allies": the rebels, a
group of Syria, act on Syria with them).
"""

from __future__ import annotations

from ..records import Event
from .event_identity import identity
from .targets import with_context_target


def partners(event: Event, events: list[Event]) -> list[Event]:
    """The events of the other doers of `event`'s act: of its type, by another actor, told at
    its trigger (as their own, or as a mention joined to them: "Turkish jets struck YPG
    positions. The incursion by Turkish troops and their FSA allies ..." joins Turkey's
    incursion to its strike, and the allies' is left on its own)."""
    if event.trigger is None or event.actor is None:
        return []
    span, side = event.trigger.span, identity(event.actor)
    return [other for other in events if other is not event and other.event_type == event.event_type
            and other.actor is not None and identity(other.actor) != side
            and any(m.trigger.span == span for m in [other, *other.mentions] if m.trigger is not None)]


def share_partner_targets(events: list[Event]) -> list[Event]:
    """Give each event with an actor and no recipient the recipient of its partners' events
    (`partners`), when they tell exactly one target; the events that took one are returned."""
    given = []
    for event in events:
        if event.recipient is not None:
            continue
        told = [other for other in partners(event, events) if other.recipient is not None]
        targets = {identity(o.recipient) for o in told}
        if len(targets) != 1 or identity(event.actor) in targets:
            continue
        event.recipient = told[0].recipient.model_copy()
        event.rule = with_context_target(event.rule)
        given.append(event)
    return given
