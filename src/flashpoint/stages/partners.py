"""Partners in one act share its target.

"The incursion by Turkish troops and their Syrian rebel allies", "Russian and Syrian jets
bombed ...": coordinated doers of one trigger are partners acting together, one event each.
When the act is told with no target of its own and the context gives one to one partner only
(stages/targets.py follows each side's own acts), the other partner did the same act to the
same party: it takes that target, rather than a counterpart from the rest of the story
(stages/counterparts.py), which may even be its own partner."""

from __future__ import annotations

from ..models.event_confidence import rule_parts, with_role_paths
from ..records import Event
from .event_identity import identity


def _partner_with_target(event: Event, events: list[Event]) -> Event | None:
    """Another doer's event of the same trigger and type, with a target that is not `event`'s doer."""
    for other in events:
        if (other is not event and other.event_type == event.event_type and other.trigger.span == event.trigger.span
                and other.actor is not None and other.recipient is not None
                and identity(other.actor) != identity(event.actor) and identity(other.recipient) != identity(event.actor)):
            return other
    return None


def share_partner_targets(events: list[Event]) -> list[Event]:
    """Give each event with a doer and no target the target of a partner in the same act (the
    recipient path the partner's: how that target was found); the events given one are returned."""
    given = []
    for event in events:
        if event.actor is None or event.recipient is not None:
            continue
        partner = _partner_with_target(event, events)
        if partner is None:
            continue
        event.recipient = partner.recipient.model_copy()
        _, _, roles = rule_parts(partner.rule)
        event.rule = with_role_paths(event.rule, recipient=roles.partition(">")[2])
        given.append(event)
    return given
