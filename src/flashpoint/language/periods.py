"""Calendar periods: `Val`, a point or period of the calendar at its granularity (what the dates
stage resolves an expression to), and an event's date as the record holds it.

An event's `date` is a day only when the text fixes the day (the analysts' codebook); a date
known to a week, a month, a year or a decade, or a range of days, leaves `date` null and keeps
`date_precision`, `date_text` and `date_range`, its first and last possible day. One function
computes a range from a value as the timexes write it ("2024-01-16", "2024-W03", "2024-01",
"2024", "201X", "begin/end"), `value_range`, and one gives back that value from a range and a
precision, `period_value`; `event_range` and `event_period` read either from a stored event,
also one written before `date_range` existed (whose `date` may be a week, a month or a year).
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta


@dataclass(frozen=True)
class Val:
    """A resolved calendar value: `unit` names the granularity, the fields what is known."""

    unit: str  # day, week, weekend, month, quarter, half, season, year, decade, century
    year: int
    month: int = 0
    day: int = 0
    part: int | str = 0  # quarter/half number, season code, decade or century number

    @staticmethod
    def of_day(d: date) -> "Val":
        return Val("day", d.year, d.month, d.day)

    @staticmethod
    def of_week(d: date) -> "Val":
        monday = d - timedelta(days=d.weekday())
        return Val("week", monday.year, monday.month, monday.day)

    @staticmethod
    def of_month(year: int, month: int) -> "Val":
        return Val("month", year, month)

    def as_date(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def first_day(self) -> date:
        if self.unit in ("day", "week"):
            return self.as_date()
        if self.unit == "weekend":
            return self.as_date() + timedelta(days=5)
        if self.unit == "month":
            return date(self.year, self.month, 1)
        if self.unit == "quarter":
            return date(self.year, 3 * int(self.part) - 2, 1)
        if self.unit == "half":
            return date(self.year, 6 * int(self.part) - 5, 1)
        if self.unit == "season":
            start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[str(self.part)]
            return date(self.year, start, 1)
        if self.unit == "decade":
            return date(int(self.part) * 10, 1, 1)
        if self.unit == "century":
            return date(max(1, int(self.part) * 100), 1, 1)
        return date(self.year, 1, 1)

    def last_day(self) -> date:
        if self.unit == "day":
            return self.as_date()
        if self.unit in ("week", "weekend"):
            return self.as_date() + timedelta(days=6)
        if self.unit == "month":
            return date(self.year, self.month, monthrange(self.year, self.month)[1])
        if self.unit in ("quarter", "half", "season"):
            months = {"quarter": 3, "half": 6, "season": 3}[self.unit]
            return self.first_day() + relativedelta(months=months) - timedelta(days=1)
        if self.unit == "decade":
            return date(int(self.part) * 10 + 9, 12, 31)
        if self.unit == "century":
            return date(int(self.part) * 100 + 99, 12, 31)
        return date(self.year, 12, 31)

    def render(self) -> tuple[str | None, str | None, str | None]:
        """(value, precision, exact): the record's value, its precision, the full value."""
        u = self.unit
        if u == "day":
            v = self.as_date().isoformat()
            return v, "day", v
        if u == "month":
            v = f"{self.year:04d}-{self.month:02d}"
            return v, "month", v
        if u == "year":
            return f"{self.year:04d}", "year", f"{self.year:04d}"
        if u == "decade":
            v = f"{int(self.part):03d}X"
            return v, "decade", v
        if u == "century":
            return None, None, f"{int(self.part):02d}"
        if u in ("week", "weekend"):
            iso = self.as_date().isocalendar()
            exact = f"{iso[0]:04d}-W{iso[1]:02d}" + ("-WE" if u == "weekend" else "")
        elif u == "quarter":
            exact = f"{self.year:04d}-Q{self.part}"
        elif u == "half":
            exact = f"{self.year:04d}-H{self.part}"
        else:  # season
            exact = f"{self.year:04d}-{self.part}"
        first, last = self.first_day(), self.last_day()
        if u in ("week", "weekend"):
            # a weekend is recorded as its week: TimeML's "-WE" is not ISO 8601
            return exact[:8], "week", exact
        if first.year == last.year or u == "season":
            return f"{first.year:04d}", "year", exact
        return None, None, exact


# -- an event's date in the record ----------------------------------------------------------

_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"\d{4}")
_DECADE = re.compile(r"(\d{3})X")


def parse_value(value: str | None) -> Val | None:
    """The period a value of the record names, read from how it is written: a day
    ("2024-01-16"), an ISO week ("2024-W03"), a month ("2024-01"), a year ("2024") or a decade
    ("201X"); None for anything else (a range "begin/end" is two values)."""
    if not value:
        return None
    try:
        if _WEEK.fullmatch(value):
            return Val.of_week(date.fromisocalendar(int(value[:4]), int(value[6:8]), 1))
        if _MONTH.fullmatch(value):
            month = int(value[5:7])
            return Val.of_month(int(value[:4]), month) if 1 <= month <= 12 else None
        if _YEAR.fullmatch(value):
            return Val("year", int(value))
        if _DECADE.fullmatch(value):
            return Val("decade", int(value[:3]) * 10, part=int(value[:3]))
        return Val.of_day(date.fromisoformat(value))
    except ValueError:
        return None


def value_range(value: str | None) -> tuple[str, str] | None:
    """The first and last day (ISO) of the period a value of the record names: a day is
    [day, day], a week Monday to Sunday, a month its first to its last day, a year 1 January
    to 31 December, a range "begin/end" from the first day of its begin to the last of its
    end; None when there is no value or it is not one of these."""
    begin, _, end = (value or "").partition("/")
    first, last = parse_value(begin), parse_value(end or begin)
    if first is None or last is None:
        return None
    return first.first_day().isoformat(), last.last_day().isoformat()


def day_value(value: str | None) -> str | None:
    """The value when it fixes one day, else None: what the record's `date` holds."""
    found = parse_value(value)
    return value if found is not None and found.unit == "day" else None


def _period_of(day: date, precision: str | None) -> str | None:
    if precision == "day":
        return day.isoformat()
    if precision == "week":
        return Val.of_week(day).render()[0]
    if precision == "month":
        return Val.of_month(day.year, day.month).render()[0]
    if precision == "year":
        return Val("year", day.year).render()[0]
    if precision == "decade":
        return Val("decade", day.year, part=day.year // 10).render()[0]
    return None


def period_value(date_range: Any, precision: str | None) -> str | None:
    """The value a date range stands for at its precision, written as the timexes write it
    ("2024-W03", "2024-01", "2024"; two ends "begin/end" when they lie in two periods): the
    inverse of `value_range`, for what shows or groups an event by its period."""
    if not date_range or not date_range[0] or not date_range[1]:
        return None
    try:
        first, last = date.fromisoformat(date_range[0]), date.fromisoformat(date_range[1])
    except (TypeError, ValueError):
        return None
    begin, end = _period_of(first, precision), _period_of(last, precision)
    if begin is None or end is None:
        return None
    return begin if begin == end else f"{begin}/{end}"


def _field(event: Any, name: str):
    return event.get(name) if isinstance(event, dict) else getattr(event, name, None)


def event_range(event: Any) -> tuple[str, str] | None:
    """An event's `date_range` (a record dict or an `Event`); for an event stored before the
    record had one, the range of its `date`."""
    found = _field(event, "date_range")
    if found:
        return found[0], found[1]
    if isinstance(event, dict) and "date_range" in event:
        return None
    return value_range(_field(event, "date"))


def event_period(event: Any) -> str | None:
    """What an event's date is known to, as one value: its day, else its week, month, year or
    decade ("2024-W03"), else its range "begin/end"; None when undated. This is what the
    `date` of a record held before it was a day only, and what lists, charts and exports show."""
    if _field(event, "date_range"):
        return period_value(_field(event, "date_range"), _field(event, "date_precision")) or _field(event, "date")
    return _field(event, "date")


def event_start(event: Any) -> str | None:
    """The first day an event may have happened on (ISO), or None when undated."""
    found = event_range(event)
    return found[0] if found else None
