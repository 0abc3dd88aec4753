"""Coded triggers become `Event` records: the actor and recipient as references, the CAMEO
code with its Goldstein score and quad class, the sentence as evidence and the id of the
rule that fired: "<type>.<lemma>:<trigger kind>:<actor path>><recipient path>"."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ...knowledge.events import QUAD_CLASS, Coding, EventLexicon
from ...records import ActorRef, Event, Location, Trigger
from .participants import Participant
from .triggers import Found


def make_event(lexicon: EventLexicon, found: Found, coding: Coding, sentence, actor: Participant | None, recipient: Participant | None,
               status: str, mode: str | None, date_info, location: Location | None) -> Event:
    """The event record of one actor and recipient of a trigger (the id is set by `unique_numbered`)."""
    trigger = found.token
    lemma = trigger.lemma_.lower() + (f"-{found.particle.lower_}" if found.particle is not None and found.kind not in ("deontic", "evaluation") else "")
    shape = f"{actor.path if actor else '-'}>{recipient.path if recipient else '-'}"
    return Event(
        id="",
        event_type=coding.event_type,
        mode=mode,
        context=context(coding.event_type, actor, recipient),
        cameo=coding.cameo,
        goldstein=lexicon.goldstein(coding.cameo),
        quad_class=QUAD_CLASS[coding.event_type],
        actor=ref(actor),
        recipient=ref(recipient),
        date=getattr(date_info, "value", None),
        date_precision=getattr(date_info, "precision", None),
        date_text=getattr(date_info, "text", None),
        location=location,
        status=status,
        text=sentence.text,
        span=(sentence.start_char, sentence.end_char),
        trigger=Trigger(text=trigger.text, span=(trigger.idx, trigger.idx + len(trigger.text))),
        rule=f"{coding.event_type.lower()}.{lemma}:{found.kind}:{shape}" + (f"+{coding.source}" if coding.source.startswith("intent") else ""),
    )


def unique_numbered(events: Iterable[Event], doc_id: str, key: Callable[[Event], tuple]) -> list[Event]:
    """Events in order without repeats (two rules coding the same thing), numbered
    <doc_id>:e1, e2, ... in text order."""
    out: list[Event] = []
    seen: set[tuple] = set()
    for event in events:
        if key(event) not in seen:
            seen.add(key(event))
            out.append(event)
    for number, event in enumerate(out, start=1):
        event.id = f"{doc_id}:e{number}"
    return out


def ref(participant: Participant | None) -> ActorRef | None:
    """The record's reference to a participant."""
    if participant is None:
        return None
    m = participant.mention
    # A person who acts for a state or an organisation: the event is that actor's, done by the person.
    affiliation = getattr(m, "affiliation", None) if m.kind == "person" else None
    name, person = (affiliation, m.name) if affiliation else (m.name, None)
    return ActorRef(name=name, code=m.code, country=m.country, sector=m.sector, text=m.text, span=(m.start_char, m.end_char), person=person)


def context(event_type: str, actor: Participant | None, recipient: Participant | None) -> list[str]:
    """Context tags from the participants' sectors: military, terrorism."""
    sectors = {p.mention.sector for p in (actor, recipient) if p is not None}
    tags = []
    if "MIL" in sectors:
        tags.append("military")
    if event_type == "ASSAULT" and sectors & {"REB", "INS"}:
        tags.append("terrorism")
    return tags
