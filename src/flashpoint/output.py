"""Writing results: JSONL, JSON, CSV and readable tables. Shared by the CLI commands."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from rich.console import Console
from rich.table import Table

from .language.periods import event_period

EVENT_COLUMNS = (
    "doc_id", "source", "published", "id", "event_type", "mode", "context", "cameo", "goldstein", "quad_class",
    "actor.name", "actor.code", "actor.country", "actor.sector", "actor.text",
    "recipient.name", "recipient.code", "recipient.country", "recipient.sector", "recipient.text",
    "date", "date_precision", "date_text", "date_range",
    "location.name", "location.country_code", "location.admin1", "location.lat", "location.lon", "location.geonameid",
    "fatalities", "status", "trigger.text", "span", "rule", "text",
)


def _lookup(item: dict, dotted: str) -> Any:
    value: Any = item
    for key in dotted.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def write_csv(rows: Iterable[dict], out: IO[str], columns: Iterable[str] | None = None) -> int:
    """Rows as CSV; nested fields by dotted column names, lists as JSON. Returns the row count."""
    rows = iter(rows)
    first = next(rows, None)
    if columns is None:
        columns = list(first) if first is not None else []
    columns = list(columns)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for row in _chain(first, rows):
        writer.writerow([_cell(_lookup(row, c)) for c in columns])
        count += 1
    return count


def _chain(first, rest):
    if first is not None:
        yield first
    yield from rest


def write_json_lines(items: Iterable[dict], out: IO[str]) -> int:
    count = 0
    for item in items:
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_json_array(items: Iterable[dict], out: IO[str]) -> int:
    out.write("[")
    count = 0
    for item in items:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(item, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def write_rows(rows: Iterable[dict], fmt: str, out: IO[str], *, columns: Iterable[str] | None = None, title: str = "") -> int:
    if fmt == "jsonl":
        return write_json_lines(rows, out)
    if fmt == "json":
        return write_json_array(rows, out)
    if fmt == "csv":
        return write_csv(rows, out, columns)
    if fmt == "table":
        rows = list(rows)
        print_table(rows, columns or (list(rows[0]) if rows else []), out, title=title)
        return len(rows)
    raise ValueError(f"unknown format {fmt!r}")


def print_table(rows: list[dict], columns: Iterable[str], out: IO[str], *, title: str = "", max_width: int = 60) -> None:
    console = Console(file=out, width=200 if not getattr(out, "isatty", lambda: False)() else None)
    table = Table(title=title or None, show_lines=False)
    columns = list(columns)
    for column in columns:
        table.add_column(column, overflow="fold", max_width=max_width)
    for row in rows:
        # Text goes in as plain Text: article content must never be read as rich markup.
        table.add_row(*[_plain(_shown(row, c)) for c in columns])
    console.print(table)


def _shown(row: dict, column: str) -> Any:
    """A cell of a readable table: an event's `date` column shows what its date is known to,
    the week, month or year of its `date_range` ("2024-W03") when no day is known."""
    if column == "date" and row.get("date_range"):
        return event_period(row)
    return _lookup(row, column)


def _plain(value: Any):
    from rich.text import Text

    return Text(str(_cell(value)))
