"""One filter, one sort and one page for every list the HTTP API and the dashboard show.

`Filter` holds what a reader may ask of a list (dates, actor, country, source, text, type,
confidence, sources, status, date precision, speaker); `Filter.events`, `.quotes`,
`.documents`, `.actors` and `.claims` apply it to one kind of row, so a parameter means the
same thing on every page and endpoint. `sort_rows` and `page` order and cut a list. Nothing
here knows about HTTP.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta

from ..errors import FlashpointError
from ..language.periods import event_period

# Date precisions from finest to coarsest (records: `date_precision`).
PRECISIONS = ("day", "week", "month", "year", "decade")
DATE_HELP = "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www"


def valid_date_option(value: str) -> bool:
    """Whether a `from`/`to` option is a real date of some precision: 2024, 2024-01, 2024-01-16, 2024-W03."""
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


def check_date_option(name: str, value: str | None) -> str | None:
    """`value` unchanged when it is a date (or empty: None); `bad-option` otherwise."""
    if value is None or value == "":
        return None
    if not valid_date_option(value):
        raise FlashpointError("bad-option", f"{name}: {value[:40]!r} is not a date ({DATE_HELP})")
    return value


def precision_of(value: str | None) -> str | None:
    """The precision an ISO date string is written to."""
    if not value:
        return None
    if value[5:6] == "W":
        return "week"
    return {4: "year", 7: "month"}.get(len(value), "day")


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


def _coarser(value: str | None, start: str | None, end: str | None) -> bool:
    """Whether a date is known less precisely than the range asks: a year-only event in a
    one-day range overlaps it, but nothing says it happened that day."""
    asked = [PRECISIONS.index(precision_of(v)) for v in (start, end) if v]
    have = precision_of(value)
    return bool(asked) and have is not None and PRECISIONS.index(have) > min(asked)


def _side_matches(side: dict | None, needle: str) -> bool:
    if not side:
        return False
    needle = needle.lower()
    return any(needle == str(side.get(k) or "").lower() for k in ("country", "code")) or needle in str(side.get("name") or "").lower()


def _text_in(needle: str, *haystacks: str | None) -> bool:
    needle = needle.lower()
    return any(needle in (h or "").lower() for h in haystacks)


@dataclass(frozen=True)
class Filter:
    """What a reader asks of a list. Every field is optional; None asks nothing.

    `coarse`: with a date range, whether events whose date is coarser than the range (a year
    for a day range) are kept; they overlap the range but may lie outside it."""

    start: str | None = None
    end: str | None = None
    actor: str | None = None
    country: str | None = None
    source: str | None = None
    q: str | None = None
    event_type: str | None = None
    min_confidence: float | None = None
    min_sources: int | None = None
    status: str | None = None
    precision: str | None = None
    speaker: str | None = None
    kind: str | None = None
    coarse: bool = True

    def __post_init__(self) -> None:
        # Empty form fields ask nothing; dates must be dates (a 400, not an empty page).
        for f in fields(self):
            if getattr(self, f.name) == "":
                object.__setattr__(self, f.name, None)
        check_date_option("from", self.start)
        check_date_option("to", self.end)
        if self.precision is not None and self.precision not in PRECISIONS:
            raise FlashpointError("bad-option", f"precision: {self.precision[:20]!r} is not one of {', '.join(PRECISIONS)}")

    def with_(self, **changes) -> "Filter":
        return replace(self, **changes)

    def params(self) -> dict[str, str]:
        """The filter as the query parameters the API and the pages take (for links and exports)."""
        names = {"start": "from", "end": "to", "event_type": "type"}
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "coarse":
                if self.start or self.end:  # only a date range makes it matter
                    out["coarse"] = "true" if value else "false"
            elif value is not None:
                out[names.get(f.name, f.name)] = str(value)
        return out

    # -- events ------------------------------------------------------------------------------

    def keeps_event(self, e: dict) -> bool:
        from ..corpus import confident

        if not confident(e, self.min_confidence):
            return False
        if self.min_sources and len(e.get("sources") or [e.get("source")]) < self.min_sources:
            return False
        if self.event_type and (e.get("event_type") or "").upper() != self.event_type.upper():
            return False
        if self.status and (e.get("status") or "occurred") != self.status:
            return False
        if self.precision and (e.get("date_precision") or precision_of(e.get("date"))) != self.precision:
            return False
        # an event's date as one value: its day, else the week, month or year of its date_range
        if not in_range(event_period(e), self.start, self.end):
            return False
        if not self.coarse and _coarser(event_period(e), self.start, self.end):
            return False
        if self.actor and not (_side_matches(e.get("actor"), self.actor) or _side_matches(e.get("recipient"), self.actor)):
            return False
        if self.country:
            countries = {(e.get("actor") or {}).get("country"), (e.get("recipient") or {}).get("country"),
                         (e.get("location") or {}).get("country_code")}
            if self.country.upper() not in countries:
                return False
        if self.source and self.source.lower() not in [s.lower() for s in (e.get("sources") or [e.get("source")]) if s]:
            return False
        return not self.q or _text_in(self.q, e.get("text"))

    def events(self, rows: Iterable[dict]) -> list[dict]:
        return [r for r in rows if self.keeps_event(r)]

    # -- quotes (merged: first_seen/sources; mentions: published/source) ---------------------

    def quotes(self, rows: Iterable[dict]) -> list[dict]:
        out = []
        for r in rows:
            when = quote_date(r)
            sources = r.get("sources") or [r.get("source")]
            speaker = r.get("speaker") or {}
            if not in_range(when, self.start, self.end):
                continue
            if self.source and self.source.lower() not in [s.lower() for s in sources if s]:
                continue
            if self.speaker and not (self.speaker.upper() == (speaker.get("actor_code") or "").upper()
                                     or _text_in(self.speaker, speaker.get("name"))):
                continue
            if self.actor and (speaker.get("actor_code") or "").upper() != self.actor.upper():
                continue
            if self.min_sources and len([s for s in sources if s]) < self.min_sources:
                continue
            if self.q and not _text_in(self.q, r.get("text")):
                continue
            out.append(r)
        return out

    # -- documents, claims, actors -----------------------------------------------------------

    def documents(self, rows: Iterable[dict]) -> list[dict]:
        return [d for d in rows
                if in_range(d.get("published"), self.start, self.end)
                and (not self.source or (d.get("source") or "").lower() == self.source.lower())
                and (not self.q or _text_in(self.q, (d.get("title") or "") + " " + d["id"]))]

    def claims(self, rows: Iterable[dict]) -> list[dict]:
        return [r for r in rows
                if (not self.kind or r.get("kind") == self.kind)
                and in_range(r.get("published"), self.start, self.end)
                and (not self.source or (r.get("source") or "").lower() == self.source.lower())
                and (not self.q or _text_in(self.q, r.get("text")))]

    def actors(self, rows: Iterable[dict]) -> list[dict]:
        """By country (exact) and by `q`: part of the name, an alias or the code."""
        return [a for a in rows
                if (not self.country or (a.get("country") or "").upper() == self.country.upper())
                and (not self.q or _text_in(self.q, a.get("name"), a.get("code"), *(a.get("aliases") or [])))]


def quote_date(row: dict) -> str | None:
    """A quote's date: the first publication of a merged quote, or its document's date."""
    return (row.get("first_seen") or {}).get("published") if "first_seen" in row else row.get("published")


# -- sort and page -------------------------------------------------------------------------

SORTS = ("date", "-date", "sources", "-sources", "goldstein", "-goldstein")


def report_count(event: dict) -> int:
    """How many documents report a canonical event: one article that tells it twice is one
    report, not two."""
    return len({m.get("doc_id") for m in event.get("mentions") or []})


def sort_rows(rows: list[dict], sort: str | None, key: Callable[[dict], str | None] = event_period) -> list[dict]:
    """sort=date or -date (undated rows last either way), sources/-sources (how many sources
    and reports), goldstein/-goldstein (unscored last). None keeps the service's order."""
    if not sort:
        return rows
    if sort not in SORTS:
        raise FlashpointError("bad-option", f"cannot sort by {sort[:40]!r}; use date or -date")
    if sort.lstrip("-") == "sources":
        return sorted(rows, key=lambda r: (len(r.get("sources") or []), report_count(r)), reverse=sort == "-sources")
    if sort.lstrip("-") == "goldstein":
        scored = [r for r in rows if r.get("goldstein") is not None]
        scored.sort(key=lambda r: r["goldstein"], reverse=sort == "-goldstein")
        return scored + [r for r in rows if r.get("goldstein") is None]
    dated = [r for r in rows if key(r)]
    undated = [r for r in rows if not key(r)]
    dated.sort(key=lambda r: key(r) or "", reverse=sort == "-date")
    if sort == "-date":
        # Newest first must not open with dates no report could have seen (an event "in 2030"
        # of an article of 2019: a plan, or a misread date): those follow the others.
        seen = [r for r in dated if not beyond_publication(r)]
        return seen + [r for r in dated if beyond_publication(r)] + undated
    return dated + undated


def beyond_publication(row: dict) -> bool:
    """Whether a row's date is later than the publication of every report of it."""
    value = event_period(row)
    published = [m.get("published") for m in row.get("mentions") or []] or [row.get("published")]
    published = [p for p in published if p]
    if not value or not published:
        return False
    latest = max(published)
    return value[:4] > latest[:4] or (value[5:6] != "W" and len(value) >= 7 and value[:7] > latest[:7]) \
        or (len(value) == 10 and value > latest[:10])


@dataclass(frozen=True)
class Page:
    limit: int = 100
    offset: int = 0

    @classmethod
    def number(cls, page: int, size: int) -> "Page":
        """The `page`-th (from 1) page of `size` rows."""
        return cls(limit=size, offset=(max(page, 1) - 1) * size)

    def cut(self, rows: Iterable[dict]) -> dict:
        rows = list(rows)
        return {"total": len(rows), "limit": self.limit, "offset": self.offset, "items": rows[self.offset: self.offset + self.limit]}


def page(rows: Iterable[dict], *, limit: int, offset: int) -> dict:
    return Page(limit, offset).cut(rows)
