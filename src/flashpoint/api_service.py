"""Service functions the HTTP API needs beyond `flashpoint.service`: ingest from JSON
objects, one document with its text, deleting a document, and filtering, sorting and
paging lists of plain dicts. Like `service`, nothing here prints or knows about HTTP.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta

from .errors import FlashpointError
from .ingest import documents_from_objects
from .pipeline import Pipeline
from .service import IngestReport, store_items
from .store import Store


def ingest_objects(objects: object, store: Store, *, pipeline: Pipeline | None = None, replace: bool = False) -> tuple[IngestReport, list[str]]:
    """Store documents given as JSON objects (the JSONL fields); returns the report and the
    ids of the documents stored."""
    if isinstance(objects, dict):
        objects = [objects]
    if not isinstance(objects, list):
        raise FlashpointError("bad-field", "the body must be a document object or a list of them")
    for index, item in enumerate(objects):
        if not isinstance(item, dict):
            raise FlashpointError("bad-field", f"item {index} is a {type(item).__name__}, not a document object")
    stored: list[str] = []
    report = store_items(documents_from_objects(objects), store, pipeline=pipeline, replace=replace, on_stored=stored.append)
    return report, stored


def get_document(store: Store, doc_id: str) -> dict:
    """A stored document: its metadata, its record and its text."""
    records = list(store.records([doc_id]))
    if not records:
        raise FlashpointError("not-found", f"no document {doc_id!r} in the store")
    meta = next((d for d in store.documents() if d["id"] == doc_id), {"id": doc_id})
    return {**meta, "record": records[0].to_dict(), "text": store.document_text(doc_id) or ""}


def delete_document(store: Store, doc_id: str) -> int:
    if not store.stored_ids([doc_id]):
        raise FlashpointError("not-found", f"no document {doc_id!r} in the store")
    return store.delete([doc_id])


# -- filtering, sorting, paging -------------------------------------------------------------


def valid_date_option(value: str) -> bool:
    """Whether a `from`/`to` option is a real date of some precision: 2024, 2024-01, 2024-01-16, 2024-W03."""
    import re

    try:
        if re.fullmatch(r"\d{4}", value):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return 1 <= int(value[5:]) <= 12
        if re.fullmatch(r"\d{4}-W\d{2}", value):
            date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            date.fromisoformat(value)
            return True
    except ValueError:
        return False
    return False


def in_range(value: str | None, start: str | None, end: str | None) -> bool:
    """Whether an ISO date of any precision ("2024", "2024-01", "2024-W03", "2024-01-16")
    falls in [start, end]; a week, month or year counts when it overlaps the range. Undated: only
    when there is no range."""
    if not start and not end:
        return True
    if not value:
        return False
    if value[5:6] == "W":  # an ISO week ("2024-W03"): its Monday to Sunday
        try:
            monday = date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        except ValueError:
            return False
        return ((not start or (monday + timedelta(days=6)).isoformat() >= start[:10])
                and (not end or monday.isoformat()[: len(end)] <= end))
    if start and value < start[: len(value)]:
        return False
    if end and value[: len(end)] > end:
        return False
    return True


def _side_matches(side: dict | None, needle: str) -> bool:
    if not side:
        return False
    needle = needle.lower()
    return any(needle == str(side.get(k) or "").lower() for k in ("country", "code")) or needle in str(side.get("name") or "").lower()


def event_filter(*, start: str | None = None, end: str | None = None, actor: str | None = None, country: str | None = None,
                 source: str | None = None, q: str | None = None, event_type: str | None = None,
                 min_confidence: float | None = None) -> Callable[[dict], bool]:
    """A predicate over event dicts (canonical or mentions)."""
    from .corpus import confident

    def keep(e: dict) -> bool:
        if not confident(e, min_confidence):
            return False
        if event_type and (e.get("event_type") or "").upper() != event_type.upper():
            return False
        if not in_range(e.get("date"), start, end):
            return False
        if actor and not (_side_matches(e.get("actor"), actor) or _side_matches(e.get("recipient"), actor)):
            return False
        if country:
            c = country.upper()
            countries = {(e.get("actor") or {}).get("country"), (e.get("recipient") or {}).get("country"),
                         (e.get("location") or {}).get("country_code")}
            if c not in countries:
                return False
        if source:
            sources = [s.lower() for s in (e.get("sources") or [e.get("source")]) if s]
            if source.lower() not in sources:
                return False
        if q and q.lower() not in (e.get("text") or "").lower():
            return False
        return True

    return keep


def sort_rows(rows: list[dict], sort: str | None, key: Callable[[dict], str | None]) -> list[dict]:
    """sort=date or -date; undated rows last either way. None keeps the service's order."""
    if not sort:
        return rows
    if sort not in ("date", "-date"):
        raise FlashpointError("bad-option", f"cannot sort by {sort!r}; use date or -date")
    dated = [r for r in rows if key(r)]
    undated = [r for r in rows if not key(r)]
    dated.sort(key=lambda r: key(r) or "", reverse=sort == "-date")
    return dated + undated


def page(rows: Iterable[dict], *, limit: int, offset: int) -> dict:
    rows = list(rows)
    return {"total": len(rows), "limit": limit, "offset": offset, "items": rows[offset: offset + limit]}
