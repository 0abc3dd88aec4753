"""Coded triggers become `Event` records: the actor and recipient as references, the CAMEO
code with its Goldstein score and quad class, the sentence as evidence and the id of the
rule that fired: "<type>.<lemma>:<trigger kind>:<actor path>><recipient path>"."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ...knowledge.events import QUAD_CLASS, Coding, EventLexicon
from ...records import ActorRef, Event, Location, Trigger
from .participants import Participant
from .words import NAMING_MODIFIERS
from .triggers import Found


def make_event(lexicon: EventLexicon, found: Found, coding: Coding, sentence, actor: Participant | None, recipient: Participant | None,
               status: str, mode: str | None, date_info, location: Location | None) -> Event:
    """The event record of one actor and recipient of a trigger (the id is set by `unique_numbered`)."""
    trigger = found.token
    lemma = trigger.lemma_.lower() + (f"-{found.particle.lower_}" if found.particle is not None and found.kind not in ("deontic", "evaluation") else "")
    shape = f"{actor.path if actor else '-'}>{recipient.path if recipient else '-'}"
    event = Event(
        id="",
        event_type=coding.event_type,
        mode=mode,
        context=context(coding.event_type, actor, recipient),
        cameo=coding.cameo,
        goldstein=lexicon.goldstein(coding.cameo),
        quad_class=QUAD_CLASS[coding.event_type],
        actor=ref(actor, trigger),
        recipient=ref(recipient, trigger),
        location=location,
        status=status,
        text=sentence.text,
        span=(sentence.start_char, sentence.end_char),
        trigger=Trigger(text=trigger.text, span=(trigger.idx, trigger.idx + len(trigger.text))),
        rule=f"{coding.event_type.lower()}.{lemma}:{found.kind}:{shape}" + (f"+{coding.source}" if coding.source.startswith("intent") else ""),
    )
    event.set_date(getattr(date_info, "value", None), getattr(date_info, "precision", None), getattr(date_info, "text", None))
    return event


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


def ref(participant: Participant | None, trigger=None) -> ActorRef | None:
    """The record's reference to a participant."""
    if participant is None:
        return None
    m = participant.mention
    # A person who acts for a state or an organisation: the event is that actor's, done by the person.
    affiliation = getattr(m, "affiliation", None) if m.kind == "person" else None
    name, person = (affiliation, m.name) if affiliation else (m.name, None)
    start, end, text = named_phrase(trigger, m) if trigger is not None else (m.start_char, m.end_char, m.text)
    return ActorRef(name=name, code=m.code, country=m.country, sector=m.sector, text=text, span=(start, end), person=person)


def named_phrase(trigger, m) -> tuple[int, int, str]:
    """The characters and words that name a participant: its mention, or the whole noun
    phrase when the mention is only part of it and the rest says who is meant. A sector word
    that names no country takes the modifiers that say whose it is ("western diplomats",
    "Kurdish-led forces", "Kurd-led border security force", not just "diplomats" or
    "forces"); an adjective that names the actor takes the noun it describes ("America's
    Kurdish allies": "Kurdish allies", not "Kurdish"). A possessor is another actor's name
    and stays out, and so does the event's own trigger ("Pakistani strikes": the actor is
    "Pakistani", the strikes are the event)."""
    doc = trigger.doc
    head = doc[m.head] if 0 <= getattr(m, "head", -1) < len(doc) else None
    if head is None or getattr(m, "kind", None) == "unresolved":
        return m.start_char, m.end_char, m.text
    noun = None
    if m.kind == "sector" and m.country is None and head.pos_ in ("NOUN", "PROPN"):
        noun = head
    elif head.dep_ in NAMING_MODIFIERS and head.pos_ == "ADJ" and head.head.pos_ == "NOUN" and not m.start <= head.head.i < m.end:
        noun = head.head
    if noun is None:
        return m.start_char, m.end_char, m.text
    left = min([noun.i, m.start, *(t.i for c in noun.lefts if c.dep_ in NAMING_MODIFIERS for t in c.subtree)])
    right = max(noun.i + 1, m.end)
    if left <= trigger.i < right and not m.start <= trigger.i < m.end:
        return m.start_char, m.end_char, m.text
    span = doc[left:right]
    return span.start_char, span.end_char, span.text


def context(event_type: str, actor: Participant | None, recipient: Participant | None) -> list[str]:
    """Context tags from the participants' sectors: military, terrorism."""
    sectors = {p.mention.sector for p in (actor, recipient) if p is not None}
    tags = []
    if "MIL" in sectors:
        tags.append("military")
    if event_type == "ASSAULT" and sectors & {"REB", "INS"}:
        tags.append("terrorism")
    return tags
