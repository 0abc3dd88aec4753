"""The query parameters every list takes, turned into the service's one `Filter` and `Page`
(the dashboard's pages take the same names)."""

from __future__ import annotations

from fastapi import Query, Request

from ..service import Filter, Page
from ..store import Store

MAX_OFFSET = 1_000_000_000  # larger offsets are a 400, not an integer the database cannot hold

SORT = Query(None, pattern=r"^-?(date|sources|goldstein)$",
             description="date or -date (undated items last), sources/-sources, goldstein/-goldstein; default: the service's order.")
FROM = Query(None, alias="from", description="From this date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www).")
TO = Query(None, alias="to", description="Up to this date (inclusive).")


def store_of(request: Request) -> Store:
    return request.app.state.store


def paging(limit: int = Query(100, ge=1, le=10_000, description="At most this many items."),
           offset: int = Query(0, ge=0, le=MAX_OFFSET, description="Skip this many items first.")) -> Page:
    return Page(limit=limit, offset=offset)


def common(start: str | None = FROM, end: str | None = TO, source: str | None = Query(None, max_length=200),
           q: str | None = Query(None, max_length=500, description="Text in the item (sentence, quote, title or id).")) -> Filter:
    return Filter(start=start, end=end, source=source, q=q)


def event_filter(start: str | None = FROM, end: str | None = TO, source: str | None = Query(None, max_length=200),
                 q: str | None = Query(None, max_length=500, description="Text in the event's sentence."),
                 event_type: str | None = Query(None, alias="type", max_length=20, description="A PLOVER event type."),
                 actor: str | None = Query(None, max_length=200, description="Actor or recipient: a country or actor code, or part of a name."),
                 country: str | None = Query(None, max_length=3, description="ISO-3 country of the actor, recipient or place."),
                 min_sources: int = Query(1, ge=1, le=10_000, description="Canonical events reported by at least this many sources."),
                 min_confidence: float | None = Query(None, ge=0, le=1, description="Events whose confidence is at least this."),
                 status: str | None = Query(None, pattern=r"^[a-z_]{1,20}$", description="Only events of this status (occurred, denied, ...)."),
                 precision: str | None = Query(None, pattern=r"^(day|week|month|year|decade)$", description="Only events dated to this precision."),
                 coarse: bool = Query(True, description="With from/to: keep events dated less precisely than the range (a year "
                                                        "for a day range), which overlap it but may lie outside it.")) -> Filter:
    return Filter(start=start, end=end, source=source, q=q, event_type=event_type, actor=actor, country=country,
                  min_sources=min_sources if min_sources > 1 else None, min_confidence=min_confidence, status=status,
                  precision=precision, coarse=coarse)
