"""The calendar arithmetic resolution needs (shifting a `Val` by n units, choosing the year of a
month named without one, the date of a weekday or a holiday). `Val`, a resolved point or period
of the calendar at its granularity, is in language/periods.py, where the record's event dates
read it too."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from ...language.periods import Val
from .words import FIXED_HOLIDAYS


UNIT_RANK = {"day": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3, "half": 3, "season": 3, "year": 4, "decade": 5, "century": 6}


def year_of(val: Val) -> int | None:
    if val.unit in ("decade", "century"):
        return None
    return val.year


def shift(val: Val, n: int, unit: str) -> Val | None:
    """`val` moved by n units (negative: back), at the coarser of the two granularities."""
    if unit in ("hour", "minute"):
        return val if val.unit == "day" else None
    if unit in ("day", "night", "morning"):
        if val.unit != "day":
            return None
        return Val.of_day(val.as_date() + timedelta(days=n))
    if unit in ("week", "fortnight"):
        days = 7 * n * (2 if unit == "fortnight" else 1)
        if val.unit == "day":
            return Val.of_day(val.as_date() + timedelta(days=days))
        if val.unit in ("week", "weekend"):
            return Val(val.unit, *ymd(val.as_date() + timedelta(days=days)))
        return None
    if unit == "weekend":
        if val.unit not in ("day", "week", "weekend"):
            return None
        d = val.as_date() + timedelta(days=7 * n)
        monday = d - timedelta(days=d.weekday())
        return Val("weekend", *ymd(monday))
    if unit == "month":
        if val.unit in ("day", "week", "month"):
            d = date(val.year, val.month, 1) + relativedelta(months=n)
            return Val.of_month(d.year, d.month)
        return None
    if unit == "quarter":
        if val.unit in ("day", "week", "month", "quarter"):
            q = int(val.part) if val.unit == "quarter" else (val.month - 1) // 3 + 1
            index = val.year * 4 + (q - 1) + n
            return Val("quarter", index // 4, part=index % 4 + 1)
        return None
    if unit == "year":
        year = year_of(val)
        if year is None:
            return None
        if val.unit == "quarter":
            return Val("quarter", year + n, part=val.part)
        if val.unit == "season":
            return Val("season", year + n, part=val.part)
        return Val("year", year + n)
    if unit == "decade":
        year = year_of(val)
        if year is None and val.unit == "decade":
            return Val("decade", (int(val.part) + n) * 10, part=int(val.part) + n)
        if year is None:
            return None
        return Val("year", year + 10 * n)
    if unit == "century":
        year = year_of(val)
        if year is None:
            return None
        return Val("year", year + 100 * n)
    return None


def ymd(d: date) -> tuple[int, int, int]:
    return d.year, d.month, d.day


# ---------------------------------------------------------------------------------------
# Days, years, weekdays and holidays


def valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= monthrange(y if y else 2000, m)[1]


def choose_year(month: int, day: int | None, anchor: date, tense: str | None) -> int:
    """The year of a month (and day) named without one, seen from `anchor`.

    Past tense: the most recent occurrence not after the anchor. Future: the first not
    before it. Otherwise the nearest occurrence.
    """
    options = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if day is not None:
            if not valid_day(y, month, day):
                continue
            first = last = date(y, month, day)
        else:
            first, last = date(y, month, 1), date(y, month, monthrange(y, month)[1])
        options.append((y, first, last))
    if not options:
        return anchor.year
    if tense == "past":
        past = [o for o in options if o[1] <= anchor]
        if past:
            return past[-1][0]
    elif tense == "future":
        future = [o for o in options if o[2] >= anchor]
        if future:
            return future[0][0]

    def distance(o):
        if o[1] <= anchor <= o[2]:
            return 0
        return min(abs((o[1] - anchor).days), abs((o[2] - anchor).days))

    return min(options, key=lambda o: (distance(o), -o[0]))[0]


def weekday_date(weekday: int, anchor: date, direction: str) -> date:
    """`direction`: "past" (on or before), "future" (on or after), "before"/"after" (strictly)."""
    delta = (anchor.weekday() - weekday) % 7
    if direction == "past":
        return anchor - timedelta(days=delta)
    if direction == "before":
        return anchor - timedelta(days=delta or 7)
    ahead = (weekday - anchor.weekday()) % 7
    if direction == "future":
        return anchor + timedelta(days=ahead)
    return anchor + timedelta(days=ahead or 7)


def holiday_date(name: str, year: int) -> date | None:
    """The date of a holiday the pattern names, in `year` (United States dates for the movable ones)."""
    n = re.sub(r"\s+", " ", name.lower().replace("’", "'"))
    if n in FIXED_HOLIDAYS:
        return date(year, *FIXED_HOLIDAYS[n])
    if n in ("easter", "easter sunday"):
        return easter(year)
    if n == "easter monday":
        return easter(year) + timedelta(days=1)
    if n == "good friday":
        return easter(year) - timedelta(days=2)
    if n in ("thanksgiving", "thanksgiving day"):  # fourth Thursday of November (United States)
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if n == "labor day":
        first = date(year, 9, 1)
        return first + timedelta(days=(0 - first.weekday()) % 7)
    if n == "memorial day":
        last = date(year, 5, 31)
        return last - timedelta(days=last.weekday())
    return None

