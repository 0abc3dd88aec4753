"""`flashpoint explain`: a document with its events highlighted and why each was coded."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from .language.periods import event_period
from .records import DocumentRecord

STYLES = {"actor": "bold cyan", "trigger": "bold reverse red", "recipient": "bold magenta", "date": "green", "location": "yellow"}


def event_spans(event) -> list[tuple[int, int, str]]:
    """(start, end, role) of each highlighted part of an event, in document offsets."""
    spans = []
    for role in ("actor", "recipient"):
        ref = getattr(event, role)
        if ref is not None:
            spans.append((ref.span[0], ref.span[1], role))
    spans.append((event.trigger.span[0], event.trigger.span[1], "trigger"))
    if event.location is not None and event.location.span is not None:
        spans.append((event.location.span[0], event.location.span[1], "location"))
    return spans


def highlighted_sentence(event, text: str) -> Text:
    """The event's sentence with its parts styled; article text is never read as markup."""
    start, end = event.span
    out = Text(text[start:end])
    for s, e, role in event_spans(event):
        if start <= s < e <= end:
            out.stylize(STYLES[role], s - start, e - start)
    if event.date_text:
        position = text.find(event.date_text, start, end)
        if position >= 0:
            out.stylize(STYLES["date"], position - start, position - start + len(event.date_text))
    return out


def _date(event) -> str:
    """The day, else the period and the days it spans: "2024-W03 [2024-01-15..2024-01-21]"."""
    if event.date or not event.date_range:
        return event.date or "-"
    return f"{event_period(event)} [{event.date_range[0]}..{event.date_range[1]}]"


def explanation_lines(event) -> list[str]:
    actor = f"{event.actor.name} [{event.actor.code}]" if event.actor else "-"
    recipient = f"{event.recipient.name} [{event.recipient.code}]" if event.recipient else "-"
    where = event.location.name if event.location else "-"
    return [
        f"{event.id}: {event.event_type}{'/' + event.mode if event.mode else ''}  CAMEO {event.cameo or '-'}  "
        f"Goldstein {event.goldstein if event.goldstein is not None else '-'}  quad {event.quad_class}  status {event.status}",
        f"  {actor} --{event.trigger.text}--> {recipient}   date {_date(event)} ({event.date_precision or 'none'})   place {where}",
        f"  rule {event.rule}" + (f"   confidence {event.confidence:.2f}" if event.confidence is not None else ""),
    ] + [f"  also told at [{m.span[0]}, {m.span[1]}) by '{m.trigger.text}' ({m.rule}): {m.text[:100]}"
         for m in event.mentions[1:]]


def render(record: DocumentRecord, text: str, console: Console) -> None:
    console.print(Text(f"{record.doc_id}  {record.source or ''}  {record.published or ''}", style="bold"))
    console.print(Text(f"{len(record.events)} events; legend: ") + Text.assemble(*[(f"{role} ", style) for role, style in STYLES.items()]))
    for event in record.events:
        console.print()
        console.print(highlighted_sentence(event, text))
        for line in explanation_lines(event):
            console.print(Text(line))
