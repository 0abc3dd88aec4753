"""Resolvers of the expressions that count units from the publication date or from the last date
the text established: offsets ("two days ago", "three weeks later", "two days after the attack",
"the year-earlier quarter") and units ("last week", "the following month", "this morning",
"earlier in the year"). `resolve.RULES` lists them with the other rules.
"""

from __future__ import annotations

import re
from datetime import timedelta

from .context import UNRESOLVED, Resolution, ResolutionContext
from .find import Candidate
from .reading import number_value, unit_name
from .values import Val, shift, year_of, ymd
from .words import BACKWARD_DIRECTIONS, DAY_FINE_UNITS, PARTS_OF_DAY_RELATIONS, REFERENCE_UNIT_RELATIONS

# Steps from the reference date ("the following week") or from the publication date ("next week").
_REFERENCE_STEPS = {"the previous": -1, "previous": -1, "the preceding": -1, "the following": 1, "the next": 1}
_PUBLICATION_STEPS = {"last": -1, "past": -1, "next": 1, "coming": 1, "the coming": 1}
_PARTS_OF_DAY = ("morning", "afternoon", "evening", "night")


# ---------------------------------------------------------------------------------------
# Offsets: "two days ago", "a year earlier", "the year-earlier quarter"


def _offset_count(g: dict, unit: str) -> int | None:
    """The count of an offset as a whole number, or None when it has none that can be used
    (a vague or fractional count of hours or minutes counts as one: they stay on the day)."""
    nword = g.get("n")
    if nword is None:
        # "hours before", "days later": a vague count; hours and minutes stay on the reference day
        return 1 if unit in ("hour", "minute") else None
    n = number_value(nword)
    if n is None:
        if unit not in ("hour", "minute"):
            return None
        n = 1
    if n != int(n):
        if unit in ("hour", "minute"):
            n = 1
        else:
            return None
    return int(n)


def offset(c: Candidate, ctx: ResolutionContext, tense, before: str, mod) -> Resolution:
    """Two days ago (from the publication date), three weeks later, two days after the attack (from
    the reference date, which is recorded in `c.base`)."""
    g = c.groups
    dct = ctx.dct
    unit = unit_name(g["u"])
    direction = g["dir"].lower()
    n = _offset_count(g, unit)
    if n is None:
        return UNRESOLVED
    sign = -1 if direction in BACKWARD_DIRECTIONS else 1
    if direction in ("ago", "hence", "back") or direction.startswith("from"):
        if dct is None:
            return UNRESOLVED
        base, anchor = Val.of_day(dct), "publication"
    else:
        finest = "day" if unit in DAY_FINE_UNITS else "year"
        base, anchor = ctx.ref(finest, named=direction in ("before", "after", "prior")), "reference"
        if base is None:
            return UNRESOLVED
        c.base = base
    shifted = shift(base, sign * n, unit)
    if shifted is not None and unit in ("week", "fortnight") and anchor == "publication" and shifted.unit == "day":
        shifted = Val.of_week(shifted.as_date())  # "two weeks ago": that week, not that very day
    if shifted is not None and unit == "decade" and shifted.unit == "year" and direction == "ago":
        shifted = Val("year", shifted.year)
    return shifted, anchor, None


def offset_adjective(c: Candidate, ctx: ResolutionContext, tense, before: str, mod) -> Resolution:
    """The year-earlier quarter, the year-ago period, year-earlier."""
    g = c.groups
    dct = ctx.dct
    unit = unit_name(g["u"])
    direction = g["dir"].lower()
    base, anchor = (Val.of_day(dct), "publication") if direction == "ago" and dct else (ctx.ref("year"), "reference")
    if base is None:
        return UNRESOLVED
    unit2 = (g.get("unit2") or "").lower()
    if unit2 == "quarter" and base.unit != "quarter":
        q = (base.month - 1) // 3 + 1 if base.month else None
        if q is None:
            return Val("year", base.year - 1), anchor, None
        base = Val("quarter", base.year, part=q)
    return shift(base, -1, unit), anchor, None


# ---------------------------------------------------------------------------------------
# Units: "last week", "the following month", "this morning", "earlier in the year"


def relative_unit(c: Candidate, ctx: ResolutionContext, tense, before: str, mod) -> Resolution:
    """(this, last, next, the following, that) day / week / month / quarter / year ..., and (earlier,
    later) in the week / month / year, which is the reference's."""
    g = c.groups
    unit = g["u"].lower()
    rel = re.sub(r"\s+", " ", (g.get("rel") or "this").lower())
    if c.rule == "in-the-unit":
        rel = "that"
    if rel in ("the past", "the last"):
        c.kind = "duration"  # "the past week" is a stretch of time, not a date
        return UNRESOLVED
    if rel in ("that same", "the latest"):
        rel = {"that same": "that", "the latest": "last"}[rel]
    if unit in _PARTS_OF_DAY:
        return _part_of_day(rel, ctx)
    if rel in REFERENCE_UNIT_RELATIONS:
        ref = ctx.ref("day" if unit == "day" else "year")
        if ref is None:
            return UNRESOLVED
        anchor = "reference"
        step = _REFERENCE_STEPS.get(rel, 0)
        base = ref
    else:
        if ctx.dct is None:
            return UNRESOLVED
        anchor = "publication"
        base = Val.of_day(ctx.dct)
        step = _PUBLICATION_STEPS.get(rel, 0)
    return _unit_around(base, unit, step, anchor, mod)


def _part_of_day(rel: str, ctx: ResolutionContext) -> Resolution:
    """This morning, last night (publication date), the following evening (reference date)."""
    if rel not in PARTS_OF_DAY_RELATIONS:
        return UNRESOLVED
    if rel in ("this", "last", "next"):
        if ctx.dct is None:
            return UNRESOLVED
        return Val.of_day(ctx.dct + timedelta(days={"this": 0, "last": -1, "next": 1}[rel])), "publication", None
    ref = ctx.ref("day")
    if ref is None or ref.unit != "day":
        return UNRESOLVED
    step = _REFERENCE_STEPS.get(rel, 0)
    return Val.of_day(ref.as_date() + timedelta(days=step)), "reference", None


def _unit_around(base: Val, unit: str, step: int, anchor: str, mod: str | None) -> Resolution:
    """The `unit` (day, week, month ...) that holds `base`, moved by `step` units."""
    if unit == "day":
        return shift(base, step, "day"), anchor, mod
    if unit in ("week", "weekend"):
        if base.unit not in ("day", "week", "weekend"):
            return UNRESOLVED
        d = base.as_date() + timedelta(days=7 * step)
        monday = d - timedelta(days=d.weekday())
        return Val(unit, *ymd(monday)), anchor, mod
    if unit == "month":
        if base.unit not in ("day", "week", "month"):
            return UNRESOLVED
        return shift(Val.of_month(base.year, base.month), step, "month"), anchor, mod
    if unit == "quarter":
        if base.unit == "quarter":
            return shift(base, step, "quarter"), anchor, mod
        if not base.month:
            return UNRESOLVED
        return shift(Val("quarter", base.year, part=(base.month - 1) // 3 + 1), step, "quarter"), anchor, mod
    if unit == "half":
        if not base.month:
            return UNRESOLVED
        index = base.year * 2 + (base.month - 1) // 6 + step
        return Val("half", index // 2, part=index % 2 + 1), anchor, mod
    year = year_of(base)
    if unit == "year":
        return (Val("year", year + step) if year is not None else None), anchor, mod
    if unit in ("decade", "century") and year is None:
        return UNRESOLVED
    if unit == "decade":
        dec = year // 10 + step
        return Val("decade", dec * 10, part=dec), anchor, mod
    if unit == "century":
        cen = year // 100 + step
        return Val("century", cen * 100, part=cen), anchor, mod
    return UNRESOLVED
