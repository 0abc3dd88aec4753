"""A ceasefire two sides declare together is a ceasefire they agreed: "Azerbaijan and Armenia
declared a humanitarian ceasefire", "Pakistan and the Taliban reached a truce", "Colombia and
the ELN announced a ceasefire" are each side's agreement with the other (the codebook's AGREE:
"ceasefires agreed"), not two unilateral de-escalations with no one on the other side. A
ceasefire one side declares alone stays its de-escalation (PLOVER RETREAT ceasefire: "the
army declared a unilateral ceasefire")."""

from __future__ import annotations

from dataclasses import replace

from ...knowledge.events import Coding
from ...lexicon import table
from .pairs import party_key
from .triggers import Found

AGREED_TRUCE = Coding.parse(table("events_syntax", "agreed_truce_coding"), "noun")
_TRUCE_MODE = "ceasefire"


def agreed_truce(found: Found, actors: list, recipients: list) -> Found:
    """The trigger as coded: a ceasefire noun whose doers are two or more sides and which names
    no recipient is their agreement (then `joint.mutual_pairs` codes each side with each other
    one); any other trigger as found."""
    coding = found.coding
    if found.kind != "noun" or coding.event_type != "RETREAT" or coding.mode != _TRUCE_MODE or recipients:
        return found
    if len({party_key(a.mention) for a in actors if a.mention.kind != "unresolved"}) < 2:
        return found
    return replace(found, coding=replace(AGREED_TRUCE, source=coding.source))
