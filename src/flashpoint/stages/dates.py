"""Dates: every temporal expression in the text, resolved to a calendar value.

The stage finds temporal expressions with patterns over the text (absolute dates in the
usual news formats, weekday names, relative expressions, years, decades, quarters,
seasons, holidays, ranges), checks the doubtful ones against the parse (a bare "May" or
"2000" is a date only in a date-like context), and resolves each in text order against
two anchors:

- the **publication date** for deictic expressions: "yesterday", "on Tuesday", "last
  week", "in March", "two years ago", "Jan. 3" (the year chosen by the tense of the
  governing verb: past tense looks back, future tense forward, otherwise the nearest);
- the **reference date**, the last date the text itself established, for anaphoric ones:
  "two days later", "a day after", "the following week", "that day", "hours before".

Durations ("for two weeks", "three-year"), sets ("every Friday") and vague references
("now", "recently") are recognised so that nothing else mistakes them for dates; they are
kept in `state.timexes` with their `kind` and no value, and are not listed in the
record's `dates`.

Values are ISO 8601 at the precision the record allows (day, week, month, year, decade). A
week is written as ISO 8601 and TimeML write it, the ISO week date "2024-W03" (the week
from Monday 15 to Sunday 21 January 2024; its year is the ISO week-year, the year of its
Thursday), not as its Monday, so that no reader mistakes it for a day. Calendar units that
the record cannot express are given in full in `Timex.exact` ("2024-W03-WE", "1989-Q3",
"1998-SU") and in the record at the nearest allowed precision: a weekend as its week, a
quarter, half or season as its year.

`event_date(state, trigger_token_index, sentence_index)` is what the event coder calls.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from ..stage import DocState, Stage, register_stage
from ..records import DateMention

# ---------------------------------------------------------------------------------------
# The objects this stage adds


@dataclass
class Timex:
    """One temporal expression: where it is, what it is, and what it resolves to.

    `kind` is "date" (a point or period on the calendar, listed in the record),
    "duration", "set" or "ref" (now, recently, the future): the last three never get a
    value. `value`/`precision` are what the record holds; `granularity` and `exact` keep
    what the record cannot (week, weekend, quarter, half, season, century); `interval`
    holds (begin, end) for ranges ("1980-88", "Jan. 3-5"), whose `value` is "begin/end".
    `anchor` says what the value was resolved against: "absolute" (nothing),
    "publication", "reference" (a date established earlier in the text) or None.
    Two expressions that make a range ("from 2003 to 2016", "between March 3 and April 5,
    1990") keep their own spans and values; `range_role` is "begin" or "end" and
    `range_other` the span of the other end. `tense` is what the governing verb said
    (past, future, present, perfect, modal, bound) and `rule` the pattern that matched.
    `counted_from` is, for "two days after the attack", the expression of the text that dated
    the day it counts from (None when that was the publication date).
    """

    start: int
    end: int
    text: str
    kind: str
    value: str | None = None
    precision: str | None = None
    granularity: str | None = None
    exact: str | None = None
    mod: str | None = None
    interval: tuple[str, str] | None = None
    anchor: str | None = None
    tense: str | None = None
    range_role: str | None = None
    range_other: tuple[int, int] | None = None
    counted_from: "Timex | None" = field(default=None, repr=False)
    rule: str = ""
    sentence: int = 0
    token_start: int = 0
    token_end: int = 0

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def is_date(self) -> bool:
        return self.kind == "date"

    @property
    def resolved(self) -> bool:
        return self.kind == "date" and self.value is not None

    def to_mention(self) -> DateMention:
        return DateMention(text=self.text, span=(self.start, self.end), value=self.value, precision=self.precision)


# ---------------------------------------------------------------------------------------
# Calendar values


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


_UNIT_RANK = {"day": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3, "half": 3, "season": 3, "year": 4, "decade": 5, "century": 6}


def _year_of(val: Val) -> int | None:
    if val.unit in ("decade", "century"):
        return None
    return val.year


def _shift(val: Val, n: int, unit: str) -> Val | None:
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
            return Val(val.unit, *_ymd(val.as_date() + timedelta(days=days)))
        return None
    if unit == "weekend":
        if val.unit not in ("day", "week", "weekend"):
            return None
        d = val.as_date() + timedelta(days=7 * n)
        monday = d - timedelta(days=d.weekday())
        return Val("weekend", *_ymd(monday))
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
        year = _year_of(val)
        if year is None:
            return None
        if val.unit == "quarter":
            return Val("quarter", year + n, part=val.part)
        if val.unit == "season":
            return Val("season", year + n, part=val.part)
        return Val("year", year + n)
    if unit == "decade":
        year = _year_of(val)
        if year is None and val.unit == "decade":
            return Val("decade", (int(val.part) + n) * 10, part=int(val.part) + n)
        if year is None:
            return None
        return Val("year", year + 10 * n)
    if unit == "century":
        year = _year_of(val)
        if year is None:
            return None
        return Val("year", year + 100 * n)
    return None


def _ymd(d: date) -> tuple[int, int, int]:
    return d.year, d.month, d.day


# ---------------------------------------------------------------------------------------
# Words

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12, "half a": 0.5, "a half": 0.5,
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4, "last": 4}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
MODS = {"early": "START", "beginning": "START", "start": "START", "earlier": "START", "late": "END", "end": "END", "later": "END",
        "mid": "MID", "middle": "MID", "turn": "APPROX"}


def _cased(words) -> str:
    """Alternation of the words in Title case and UPPER case only (a lowercase "may" is a verb)."""
    forms = sorted({f for w in words for f in (w.capitalize(), w.upper())}, key=len, reverse=True)
    return "(?-i:" + "|".join(forms) + ")"


_MONTH_FULL = _cased(MONTHS)
_MONTH_SHORT = _cased(MONTH_ABBR)
_WD_FULL = _cased(WEEKDAYS)
_WD_SHORT = _cased(WEEKDAY_ABBR)
_NUM = (r"(?:\d+(?:\.\d+)?|a\s+couple\s+of|couple\s+of|a\s+few|a\s+dozen|half\s+a|a\s+number\s+of|dozens\s+of|hundreds\s+of"
        r"|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
        r"|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
        r"|hundred|few|several|some|many)")
_UNIT = r"(?:days?|weeks?|fortnights?|months?|years?|decades?|century|centuries|hours?|minutes?|quarters?|weekends?|nights?|mornings?)"
_MODS = r"(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+turn\s+of|end\s+of|beginning\s+of|start\s+of|middle\s+of)"
_Y4 = r"(?:1[0-9]\d\d|20\d\d|21\d\d)"
_PARTS = r"(?:morning|afternoon|evening|night)"
_DASH = r"\s*(?:-|–|—)\s*"


def _month(name: str) -> str:
    return rf"(?P<{name}>{_MONTH_FULL}(?![A-Za-z])|{_MONTH_SHORT}(?:\.|(?![A-Za-z])))"


def _weekday(name: str) -> str:
    return rf"(?P<{name}>{_WD_FULL}(?![A-Za-z])|{_WD_SHORT}\.)"


def _day(name: str) -> str:
    return rf"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?![.,:]\d)(?!\s*(?:%|percent|per\s+cent|a\.m|p\.m|am\b|pm\b))"


def _year(name: str) -> str:
    return rf"(?P<{name}>{_Y4})(?![\w%])(?![.,]\d)"


def _p(pattern: str) -> re.Pattern:
    # Every expression starts a word: saying so first lets the engine skip mid-word positions
    # at once (it halves the time of a scan) and keeps "shortfall" from holding a "fall".
    return re.compile(r"(?<!\w)(?=\w|['’])" + pattern, re.I)


# (rule name, pattern). Every pattern is searched over the whole text; overlapping matches
# are settled by length (the longest wins), then by this order.
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", _p(r"(?<![\d-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])")),
    ("ymd-slash", _p(r"(?<![\d/])(?P<y>\d{4})/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\d/])")),
    ("dmy-numeric", _p(r"(?<![\d/.])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/.])")),
    # Tuesday, January 16, 2024 / Jan. 3 / January 16th 2024
    ("mdy", _p(rf"(?:{_weekday('wd')},?\s+)?{_month('mon')}\s+(?:the\s+)?{_day('d')}(?:(?:\s*,\s*|\s+){_year('y')})?")),
    # Tuesday 16 January 2024 / the 16th of January
    ("dmy", _p(rf"(?<![\d.,$£€])(?:{_weekday('wd')},?\s+)?(?:the\s+(?=[0-3]?\d(?:st|nd|rd|th)|[0-3]?\d\s+of\s))?{_day('d')}\s+(?:of\s+)?{_month('mon')}(?:,?\s+{_year('y')})?")),
    # ranges within one month: January 3-5, 2024 / 3-5 January / Jan. 30 to Feb. 2
    ("mdy-range", _p(rf"{_month('mon')}\s+{_day('d')}(?:{_DASH}|\s+(?:to|through|until|till|and)\s+){_day('d2')}(?!\s*{_MONTH_FULL})(?:,?\s+{_year('y')})?")),
    ("mdy-range2", _p(rf"{_month('mon')}\s+{_day('d')}{_DASH}{_month('mon2')}\s+{_day('d2')}(?:,?\s+{_year('y')})?")),
    ("dmy-range", _p(rf"(?<![\d.,$£€])(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:{_DASH}|\s+(?:to|and|until|till)\s+){_day('d2')}\s+(?:of\s+)?{_month('mon')}(?:,?\s+{_year('y')})?")),
    ("dmy-range2", _p(rf"(?<![\d.,$£€])(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+{_month('mon')}{_DASH}{_day('d2')}\s+{_month('mon2')}(?:,?\s+{_year('y')})?")),
    ("month-range", _p(rf"{_month('mon')}(?:{_DASH}|/){_month('mon2')}(?:,?\s+{_year('y')})?")),
    # (early) (last) March (of) (2024)
    ("month", _p(rf"(?:(?P<mod>{_MODS})[\s-]+)?(?:(?P<rel>last|this|next|past|coming|previous)\s+)?{_month('mon')}(?:(?:\s*,\s*|\s+)(?:of\s+)?{_year('y')}|\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year)?(?!\s*[0-3]?\d(?!\d))")),
    ("year-range", _p(rf"(?<![\d$£€#.,/-])(?:(?P<pre>fiscal(?:\s+years?)?|FY)\s*)?(?P<y>{_Y4})(?:{_DASH}|/)(?P<y2>\d{{4}}|\d{{2}})(?![\w%-])(?![.,]\d)")),
    ("year", _p(rf"(?<![\d$£€#.,/-])(?:(?P<mod>{_MODS})[\s-]+)?(?:(?P<pre>fiscal(?:\s+year)?|calendar(?:\s+year)?|the\s+year|model\s+year|FY)\s*)?{_year('y')}(?!-\d)")),
    ("year-words", _p(r"(?<![\w-])(?:the\s+year\s+)?(?P<yw>nineteen[\s-](?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)|two\s+thousand(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?!\w)(?![\s-](?:hundred|thousand|million|people|percent|dollars))")),
    ("decade", _p(r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<dec>(?:1[0-9]|20)\d0)(?:'s|’s|s)(?!\w)")),
    ("decade-short", _p(r"(?:the\s+)(?:(?P<mod>early|mid|late)[\s-]+)?(?:'|’)?(?P<dec>[0-9]0)(?:'s|’s|s)(?!\w)")),
    ("decade-short", _p(r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:'|’)(?P<dec>[0-9]0)(?:'s|’s|s)(?!\w)")),
    ("decade-word", _p(r"the\s+(?:(?P<mod>early|mid|late)[\s-]+)?(?:nineteen[\s-])?(?P<dec>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?!\w)")),
    ("century", _p(r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<c>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-]first)[\s-]+century(?!\w)")),
    ("relday", _p(rf"(?<![\w-])(?:(?P<mod>early|late|earlier|later)\s+)?(?P<w>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?:\s+(?P<part>{_PARTS}))?(?!\w)")),
    ("relday", _p(rf"(?<![\w-])(?P<w>this|last)\s+(?P<part>{_PARTS})(?!\w)")),
    ("weekday", _p(rf"(?:(?P<mod>early|late)\s+)?(?:(?P<rel>last|next|this|past|coming|previous|following|the\s+previous|the\s+following|the\s+next|that)\s+)?{_weekday('wd')}(?:\s+(?P<part>{_PARTS}))?")),
    # two days ago / a year earlier / three weeks later / two days after the attack
    ("offset", _p(rf"(?<![\w-])(?:(?P<approx>nearly|almost|about|some|roughly|around|approximately|more\s+than|less\s+than|over|under)\s+)?(?P<n>{_NUM})[\s-]+(?P<u>{_UNIT})\s+(?P<dir>ago|earlier|later|before|after|previously|prior|hence|back|from\s+now|on(?=\s*(?:[,.;:)]|from\b|$)))(?!\w)")),
    ("offset", _p(rf"(?<![\w-])(?P<u>hours|minutes|days|weeks|months|years|decades)\s+(?P<dir>ago|earlier|later|before|after)(?!\w)")),
    ("offset-adj", _p(r"(?<![\w-])(?P<the>the\s+)(?P<u>year|month|week|quarter)[\s-](?P<dir>earlier|ago)\s+(?P<unit2>quarter|period|month|year)(?!\w)")),
    ("offset-adj", _p(r"(?<![\w-])(?P<u>year|month|week|quarter)-(?P<dir>earlier|ago)(?!\w)")),
    ("year-end", _p(r"(?<![\w-])(?:(?P<the>the\s+)?(?P<rel>this|last|next)\s+)?year(?:-|\s+)end(?!\w)|(?<![\w-])(?P<the2>the\s+)?end\s+of\s+(?:the\s+)?(?P<u>year|month|week|decade)(?!\w)")),
    ("weekend", _p(r"(?<![\w-])(?P<lead>(?:over|during|on|at|through|after|before|since|until|of)\s+)the\s+weekend(?!\w)")),
    ("relunit", _p(rf"(?<![\w-])(?:(?P<mod>{_MODS}|earlier|later)[\s-]+)?(?:(?P<mod2>earlier|later|early|late)\s+)?(?P<rel>this|last|next|past|coming|previous|current|the\s+previous|the\s+following|the\s+next|next|the\s+same|that\s+same|that|the\s+current|the\s+coming|the\s+past|the\s+last|the\s+preceding|the\s+latest)\s+(?:fiscal\s+)?(?P<u>day|week|weekend|month|year|decade|quarter|century|half|morning|afternoon|evening|night)(?!\w)")),
    ("in-the-unit", _p(r"(?<![\w-])(?P<mod>earlier|later|early|late)\s+in\s+the\s+(?P<u>week|month|year|day|decade)(?!\w)")),
    ("quarter", _p(rf"(?:(?P<the>the)\s+)?(?:(?P<y1>{_Y4})(?:'s|’s)?\s+|(?P<rel>this|last|next)\s+year(?:'s|’s)\s+)?(?:(?P<fisc>fiscal|calendar)\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final)(?P<sep>[\s-])(?P<u>quarter|half)(?:\s+of\s+(?:the\s+)?(?:(?:fiscal|calendar)\s+)?(?:year\s+)?{_year('y2')})?(?!\w)")),
    ("quarter", _p(rf"(?<![\w-])(?P<the>the)\s+(?P<adj>(?:(?:latest|last|current|previous|most\s+recent|same|comparable|recent|fiscal|year-earlier|year-ago|{_Y4})\s+)*)(?P<u>quarter|period)(?!\w)")),
    ("quarter", _p(rf"(?<![\w-])Q(?P<qn>[1-4])(?:\s+{_year('y2')})?(?!\w)")),
    ("season", _p(rf"(?:(?P<mod>early|late|mid)[\s-]+)?(?:(?P<rel>last|this|next|past|coming)\s+|(?P<the>the)\s+)?(?P<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?{_year('y')})?(?!\w)")),
    ("holiday", _p(rf"(?:(?P<rel>last|this|next)\s+)?(?P<h>(?-i:Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year's\s+Eve|New\s+Year's\s+Day|New\s+Year’s\s+Eve|New\s+Year’s\s+Day|Thanksgiving\s+Day|Thanksgiving|Easter\s+Sunday|Easter\s+Monday|Easter|Good\s+Friday|Valentine's\s+Day|Valentine’s\s+Day|Halloween|Labor\s+Day|Memorial\s+Day|Boxing\s+Day|Veterans\s+Day))(?:,?\s+{_year('y')})?(?!\w)")),
    ("ref", _p(r"(?<![\w-])(?P<r>now|nowadays|currently|recently|the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|at\s+present|the\s+present\s+day|these\s+days|recent\s+(?:days|weeks|months|years|decades)|(?:the\s+)?coming\s+(?:days|weeks|months|years|decades))(?![\w-])")),
    ("ref", _p(r"(?<![\w-])(?P<lead>in\s+)(?P<r>the\s+past)(?![\w-])(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|year|month|week|day|decade|quarter|century|couple))")),
    ("set", _p(rf"(?<![\w-])(?:every|each)\s+(?:other\s+)?(?:day|week|weekend|month|year|morning|afternoon|evening|night|quarter|spring|summer|fall|autumn|winter|{_WD_FULL})(?!\w)")),
    ("set", _p(rf"(?<![\w-])(?:daily|weekly|monthly|yearly|annually|nightly|{_WD_FULL}s)(?!\w)")),
    ("duration", _p(rf"(?<![\w-])(?:(?:the\s+)?(?:past|last|next|coming|previous|first|final|following|recent)\s+)?(?P<n>{_NUM})[\s-]+(?P<u>{_UNIT})(?:[\s-](?:long|old))?(?!\w)")),
    ("duration", _p(rf"(?<![\w-])(?:the\s+)?(?:past|last|next|coming)\s+(?:few|several|couple\s+of)\s+(?P<u>{_UNIT})(?!\w)")),
]

_PRIORITY = {name: i for i, (name, _) in enumerate(PATTERNS)}

_TEMPORAL_PREPS = {
    "in", "on", "since", "until", "till", "by", "from", "to", "through", "throughout", "during", "before", "after", "of",
    "between", "and", "or", "at", "last", "this", "next", "early", "late", "mid", "around", "circa", "about", "for",
    "fiscal", "year", "spring", "summer", "autumn", "fall", "winter", "end", "beginning", "start", "middle", "as", "into",
    "within", "over", "past", "coming", "late-", "early-", "mid-", "then", "-", "–", "—", "(",
}
_BAD_YEAR_ENTS = {"MONEY", "QUANTITY", "PERCENT", "PRODUCT", "CARDINAL", "ORDINAL", "LAW", "FAC"}
_BAD_MONTH_ENTS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LAW"}
_FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo", "going"}
_REPORTING = {"say", "tell", "report", "announce", "claim", "state", "add", "note", "confirm", "deny", "insist", "warn",
              "acknowledge", "write", "explain", "accuse", "reveal", "disclose", "argue", "contend", "assert"}
_SAME_TIME_HEADS = {"try", "manage", "fail", "begin", "start", "continue", "seem", "appear", "refuse", "decline", "attempt",
                    "need", "have", "use", "get", "come", "go", "happen", "cease", "stop", "help"}
_TIME_NOUNS = {"night", "morning", "afternoon", "evening", "day", "eve", "end", "beginning", "start", "middle", "week", "weekend"}
_FUTURE_HEADS = {"expect", "plan", "schedule", "due", "set", "intend", "aim", "prepare", "hope", "want", "seek", "propose"}


# ---------------------------------------------------------------------------------------
# Finding candidates


@dataclass
class _Cand:
    rule: str
    start: int
    end: int
    groups: dict
    kind: str = "date"
    base: "Val | None" = None  # the reference date an anaphoric offset was counted from


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    while start < end and text[start] in " \t\n":
        start += 1
    return start, end


def find_candidates(text: str) -> list[_Cand]:
    """Every pattern match; overlaps settled by length, then pattern order, then position."""
    found = []
    for rule, pattern in PATTERNS:
        for m in pattern.finditer(text):
            # a "lead" group is context the match needs but the expression does not include
            start, end = _trim(text, m.end("lead") if "lead" in pattern.groupindex and m.group("lead") else m.start(), m.end())
            if end <= start:
                continue
            kind = {"set": "set", "duration": "duration", "ref": "ref"}.get(rule, "date")
            found.append(_Cand(rule, start, end, {k: v for k, v in m.groupdict().items() if v is not None}, kind))
    found.sort(key=lambda c: (-(c.end - c.start), _PRIORITY[c.rule], c.start))
    taken: list[tuple[int, int]] = []
    chosen = []
    for c in found:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        taken.append((c.start, c.end))
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


# ---------------------------------------------------------------------------------------
# Reading the parse around a candidate


def _tokens(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span


def _prev_word(doc, span) -> str:
    if span is None or span.start == 0:
        return ""
    i = span.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i].lower_ if i >= 0 else ""


def _next_token(doc, span):
    if span is None:
        return None
    i = span.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def _governing_verb(token):
    """The nearest verb above the token (itself included), within its sentence."""
    t = token
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def tense_of(span) -> str | None:
    """"past", "future" or "present" for the verb that governs the expression, if any."""
    if span is None or len(span) == 0:
        return None
    verb = _governing_verb(span.root)
    if verb is None:
        return None
    root = span.root
    # "on the night of Oct. 23", "at the end of March": the date names the time of a temporal
    # phrase of the verb, so the verb's tense is its tense
    while root.head.dep_ == "prep" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _TIME_NOUNS:
        root = root.head.head
    if not (root.head.i == verb.i or (root.head.dep_ == "prep" and root.head.head.i == verb.i)):
        # the expression modifies a noun ("Wednesday's ruling", "the debt due Dec. 1"): the
        # verb's tense says little about it, except that a past verb rarely looks ahead far
        return None
    # a verb heading a modifier clause ("the talks scheduled for Friday") takes its head's tense
    chain = [verb]
    if verb.dep_ in ("acl", "relcl", "xcomp", "advcl") and verb.head.i != verb.i:
        head_verb = _governing_verb(verb.head)
        if head_verb is not None and head_verb.i != verb.i:
            chain.append(head_verb)
    for v in chain:
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        tag = v.tag_
        if tag == "VBP" and v.lower_ != v.lemma_.lower() and v.lemma_.lower() not in ("be", "have", "do"):
            tag = "VBD"  # the tagger calls some irregular past forms present ("retook"); a present form is its lemma
        words = {a.lower_ for a in auxes}
        if words & _FUTURE_AUX or v.lower_ in ("will", "shall"):
            return "future"
        if "to" in words:
            head = v.head
            if head.i != v.i and (head.lemma_.lower() in _FUTURE_HEADS or head.lower_ in ("is", "are", "was", "were")):
                return "future"
            if head.i != v.i and head.lemma_.lower() in ("agree", "decide", "vow", "promise", "threaten", "pledge", "announce"):
                return "future"
            if head.lemma_.lower() in _SAME_TIME_HEADS:
                continue  # "tried to leave on Friday": the head's tense holds
            # an infinitive of purpose or intent looks ahead of its clause: the date may lie
            # on either side of the publication date
            return "bound"
        if v.tag_ == "MD" and v.lower_ in ("will", "shall", "'ll"):
            return "future"
        if v.lemma_.lower() in _FUTURE_HEADS and any(c.dep_ == "xcomp" for c in v.children) and v.tag_ != "VBD":
            return "future"
        modals = [a for a in auxes if a.tag_ == "MD"]
        if modals:
            if v.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
                return "past"
            return "modal"
        if v.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "perfect"
        if tag == "VBD" or any(a.tag_ == "VBD" for a in auxes):
            return "past"
        if v.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
            return "past"
        if tag in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            if v.lemma_.lower() in _REPORTING:
                return "present-report"
            return "present"
        if v.tag_ == "VBG" and not auxes:
            continue
        if v.tag_ == "VBN" and not auxes:
            if v.dep_ in ("acl", "advcl"):
                if v.lemma_.lower() in _FUTURE_HEADS and any(c.dep_ == "prep" and c.lower_ == "for" for c in v.children) \
                        and not _past_clause(_governing_verb(v.head) if v.head.i != v.i else None):
                    return "future"  # "a summit set for Washington in April": arranged ahead, told of before it
                return "past"  # "the decision, announced Wednesday, ..."
            continue
    return None


def _past_clause(verb) -> bool:
    return verb is not None and (verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in verb.children if a.dep_ in ("aux", "auxpass")))


def _under_since(span) -> bool:
    """Whether the expression is in a "since" phrase ("since shortly after the Oct. 23
    slaying"), which looks back from the time of writing, however its clause is worded: a
    "since" a few words before it, with no verb or punctuation between."""
    doc = span.doc
    for i in range(span.start - 1, max(span.sent.start, span.start - 6) - 1, -1):
        t = doc[i]
        if t.lower_ == "since":
            return True
        if t.pos_ in ("VERB", "AUX") or t.is_punct:
            return False
    return False


# ---------------------------------------------------------------------------------------
# Resolution


def _num(word: str) -> float | None:
    w = re.sub(r"\s+", " ", word.lower().replace("-", " ")).strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    parts = w.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def _unit(word: str) -> str:
    w = word.lower()
    if w in ("centuries", "century"):
        return "century"
    return w[:-1] if w.endswith("s") else w


def _month_num(word: str) -> int:
    w = word.lower().rstrip(".")
    if w in MONTH_ABBR:
        return MONTH_ABBR[w]
    return MONTHS.index(w) + 1


def _weekday_num(word: str) -> int:
    w = word.lower().rstrip(".")
    if w in WEEKDAY_ABBR:
        return WEEKDAY_ABBR[w]
    return WEEKDAYS.index(w)


def _mod(text: str | None) -> str | None:
    if not text:
        return None
    words = re.findall(r"[a-z]+", text.lower())
    for w in words:
        if w in MODS:
            return MODS[w]
    return None


def _valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= monthrange(y if y else 2000, m)[1]


def _choose_year(month: int, day: int | None, anchor: date, tense: str | None) -> int:
    """The year of a month (and day) named without one, seen from `anchor`.

    Past tense: the most recent occurrence not after the anchor. Future: the first not
    before it. Otherwise the nearest occurrence.
    """
    options = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if day is not None:
            if not _valid_day(y, month, day):
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


def _weekday_date(weekday: int, anchor: date, direction: str) -> date:
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


def _holiday(name: str, year: int) -> date | None:
    n = re.sub(r"\s+", " ", name.lower().replace("’", "'"))
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
             "new year's": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14), "halloween": (10, 31),
             "boxing day": (12, 26), "veterans day": (11, 11)}
    if n in fixed:
        return date(year, *fixed[n])
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


class _Context:
    """What resolution needs while walking the expressions of one document in order."""

    def __init__(self, published: date | None):
        self.dct = published
        self.last: Val | None = None  # the last date the text established, any granularity
        self.last_day: Val | None = None  # ... at day granularity
        self.named_day: Val | None = None  # ... at day granularity, by a non-anaphoric expression

    def ref(self, finest: str, named: bool = False) -> Val | None:
        """The reference date for an anaphoric expression needing at least `finest` granularity.

        `named`: the expression is anchored to an event it names ("two days after the
        attack"), which is more likely one the text dated outright than the last step of
        a chain of "later"s."""
        if finest == "day":
            if named and self.named_day is not None:
                return self.named_day
            if self.last_day is not None:
                return self.last_day
            if self.last is not None:
                # the text has dated things only to the month or year ("earlier this month ...
                # a day after the attack"): no day to count from, the publication date is not it
                return self.last
        elif self.last is not None:
            return self.last
        return Val.of_day(self.dct) if self.dct else None

    def establish(self, val: Val | None, anaphoric: bool = False) -> None:
        if val is None or val.unit in ("decade", "century"):
            return
        self.last = val
        if val.unit == "day":
            self.last_day = val
            if not anaphoric:
                self.named_day = val


def resolve(c: _Cand, ctx: _Context, tense: str | None, before: str = "") -> tuple[Val | tuple[Val, Val] | None, str | None, str | None]:
    """(value, anchor, mod) of one candidate; value None when it cannot be resolved.

    `before` is the text just before the expression (a few words)."""
    g = c.groups
    dct = ctx.dct
    rule = c.rule
    mod = _mod(g.get("mod")) or _mod(g.get("mod2"))

    if rule in ("iso", "ymd-slash"):
        y, m, d = int(g["y"]), int(g["m"]), int(g["d"])
        return (Val("day", y, m, d) if _valid_day(y, m, d) else None), "absolute", None
    if rule == "dmy-numeric":
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        # day first unless that is impossible (13/01 is day-first, 01/13 month-first)
        d, m = (a, b) if b <= 12 else (b, a)
        return (Val("day", y, m, d) if _valid_day(y, m, d) else None), "absolute", None

    if rule in ("mdy", "dmy"):
        m, d = _month_num(g["mon"]), int(g["d"])
        if "y" in g:
            y = int(g["y"])
            return (Val("day", y, m, d) if _valid_day(y, m, d) else None), "absolute", None
        if not _valid_day(2000, m, d):
            return None, None, None
        if re.search(r"\blast\s*$", before, re.I):
            tense = "past"
        elif re.search(r"\b(?:next|coming)\s*$", before, re.I):
            tense = "future"
        if "wd" in g and dct is not None:
            # a weekday pins the year: the nearest year around the anchor in which the date falls on it
            wd = _weekday_num(g["wd"])
            for y in sorted((dct.year, dct.year - 1, dct.year + 1), key=lambda y: abs(y - dct.year)):
                if _valid_day(y, m, d) and date(y, m, d).weekday() == wd:
                    return Val("day", y, m, d), "publication", None
        anchor = dct
        if anchor is None:
            return None, None, None
        y = _choose_year(m, d, anchor, tense)
        return Val("day", y, m, d), "publication", None

    if rule in ("mdy-range", "mdy-range2", "dmy-range", "dmy-range2"):
        m = _month_num(g["mon"])
        m2 = _month_num(g["mon2"]) if "mon2" in g else m
        d, d2 = int(g["d"]), int(g["d2"])
        if "y" in g:
            y2 = int(g["y"])
        elif dct is not None:
            y2 = _choose_year(m2, d2, dct, tense) if _valid_day(2000, m2, d2) else dct.year
        else:
            return None, None, None
        y = y2 - 1 if m > m2 else y2
        if not (_valid_day(y, m, d) and _valid_day(y2, m2, d2)) or date(y, m, d) >= date(y2, m2, d2):
            return None, None, None
        return (Val("day", y, m, d), Val("day", y2, m2, d2)), ("absolute" if "y" in g else "publication"), None

    if rule == "month-range":
        m, m2 = _month_num(g["mon"]), _month_num(g["mon2"])
        if "y" in g:
            y2 = int(g["y"])
        elif dct is not None:
            y2 = _choose_year(m2, None, dct, tense)
        else:
            return None, None, None
        y = y2 - 1 if m > m2 else y2
        return (Val.of_month(y, m), Val.of_month(y2, m2)), ("absolute" if "y" in g else "publication"), None

    if rule == "month":
        m = _month_num(g["mon"])
        if "y" in g:
            return Val.of_month(int(g["y"]), m), "absolute", mod
        if dct is None:
            return None, None, mod
        rel = (g.get("rel") or "").lower()
        if "yrel" in g:
            y = dct.year + {"this": 0, "last": -1, "next": 1}[g["yrel"].lower()]
        elif rel in ("last", "past", "previous"):
            y = dct.year if m < dct.month else dct.year - 1
        elif rel in ("next", "coming"):
            y = dct.year if m > dct.month else dct.year + 1
        elif rel == "this":
            y = dct.year
        else:
            # past tense: the most recent such month; future: the next; otherwise the nearest
            y = _choose_year(m, None, dct, tense)
        return Val.of_month(y, m), "publication", mod

    if rule == "year-range":
        y = int(g["y"])
        y2s = g["y2"]
        y2 = int(y2s) if len(y2s) == 4 else (y // 100) * 100 + int(y2s)
        if len(y2s) == 2 and y2 <= y:
            y2 += 100
        if not y < y2 <= y + 100:
            return None, None, None
        return (Val("year", y), Val("year", y2)), "absolute", None

    if rule == "year":
        return Val("year", int(g["y"])), "absolute", mod

    if rule == "year-words":
        words = re.sub(r"[\s-]+", " ", g["yw"].lower()).split()
        if words[0] == "nineteen":
            rest = _num(" ".join(words[1:]))
            return (Val("year", 1900 + int(rest)) if rest else None), "absolute", None
        rest = _num(" ".join(words[3:])) if len(words) > 3 else 0
        return Val("year", 2000 + int(rest or 0)), "absolute", None

    if rule == "year-end":
        if dct is None:
            return None, None, None
        unit = (g.get("u") or "").lower()
        rel = (g.get("rel") or "").lower()
        if unit:
            base = Val.of_day(dct)
            if unit == "month":
                return Val.of_month(dct.year, dct.month), "publication", "END"
            if unit == "week":
                return Val.of_week(dct), "publication", "END"
            if unit == "decade":
                return Val("decade", dct.year // 10 * 10, part=dct.year // 10), "publication", "END"
            return Val("year", dct.year), "publication", "END"
        y = dct.year + {"last": -1, "next": 1}.get(rel, 0)
        if not rel and tense == "past" and (dct.month, dct.day) != (12, 31):
            y -= 1  # "since year-end": the end of the year just gone
        return Val("day", y, 12, 31), "publication", None

    if rule == "weekend":
        if dct is None:
            return None, None, None
        monday = dct - timedelta(days=dct.weekday())
        if dct.weekday() < 5:
            monday += timedelta(days=7 if tense in ("future", "modal") else -7)
        return Val("weekend", *_ymd(monday)), "publication", None

    if rule in ("decade", "decade-short", "decade-word"):
        raw = g["dec"].lower()
        if raw in DECADE_WORDS:
            decade = 190 + DECADE_WORDS[raw]
        elif len(raw) == 4:
            decade = int(raw) // 10
        else:
            tens = int(raw) // 10
            if dct is not None:
                century = dct.year // 100
                decade = century * 10 + tens
                if decade * 10 > dct.year:
                    decade -= 10
            else:
                decade = 190 + tens
        return Val("decade", decade * 10, part=decade), "absolute", mod

    if rule == "century":
        raw = g["c"].lower()
        n = int(re.match(r"\d+", raw).group()) if raw[0].isdigit() else ORDINAL_WORDS.get(raw.replace("-", " ").replace("  ", " "), 0)
        if not n:
            n = ORDINAL_WORDS.get(raw.replace(" ", "-"), 0)
        if not n:
            return None, None, None
        return Val("century", (n - 1) * 100, part=n - 1), "absolute", mod

    if rule == "relday":
        if dct is None:
            return None, None, None
        w = re.sub(r"\s+", " ", g["w"].lower())
        offset = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1,
                  "the day before yesterday": -2, "the day after tomorrow": 2}[w]
        return Val.of_day(dct + timedelta(days=offset)), "publication", mod

    if rule == "weekday":
        wd = _weekday_num(g["wd"])
        rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
        if rel in ("the previous", "the following", "the next", "that", "following", "previous"):
            ref = ctx.ref("day")
            if ref is None or ref.unit != "day":
                return None, None, None
            direction = {"the previous": "before", "previous": "before", "that": "past"}.get(rel, "after")
            if rel == "that":
                # "that Tuesday": the Tuesday of the reference week, else the nearest before it
                direction = "past"
            return Val.of_day(_weekday_date(wd, ref.as_date(), direction)), "reference", mod
        if dct is None:
            return None, None, None
        if rel in ("last", "past"):
            direction = "before"
        elif rel in ("next", "coming"):
            direction = "after"
        elif tense in ("future", "present") or re.search(r"\bas\s+(?:soon|early)\s+as\s*$", before.lower()):
            direction = "future"
        else:
            direction = "past"
        return Val.of_day(_weekday_date(wd, dct, direction)), "publication", mod

    if rule == "offset":
        unit = _unit(g["u"])
        direction = g["dir"].lower()
        nword = g.get("n")
        if nword is None:
            # "hours before", "days later": a vague count; hours and minutes stay on the reference day
            if unit not in ("hour", "minute"):
                return None, None, None
            n = 1
        else:
            n = _num(nword)
            if n is None:
                if unit not in ("hour", "minute"):
                    return None, None, None
                n = 1
        if n != int(n):
            if unit in ("hour", "minute"):
                n = 1
            else:
                return None, None, None
        n = int(n)
        sign = -1 if direction in ("ago", "earlier", "before", "previously", "prior", "back") else 1
        if direction in ("ago", "hence", "back") or direction.startswith("from"):
            if dct is None:
                return None, None, None
            base, anchor = Val.of_day(dct), "publication"
        else:
            finest = "day" if unit in ("day", "hour", "minute", "night", "morning", "week", "fortnight", "weekend") else "year"
            base, anchor = ctx.ref(finest, named=direction in ("before", "after", "prior")), "reference"
            if base is None:
                return None, None, None
            c.base = base
        shifted = _shift(base, sign * n, unit)
        if shifted is not None and unit in ("week", "fortnight") and anchor == "publication" and shifted.unit == "day":
            shifted = Val.of_week(shifted.as_date())  # "two weeks ago": that week, not that very day
        if shifted is not None and unit == "decade" and shifted.unit == "year" and direction == "ago":
            shifted = Val("year", shifted.year)
        return shifted, anchor, None

    if rule == "offset-adj":
        unit = _unit(g["u"])
        direction = g["dir"].lower()
        base, anchor = (Val.of_day(dct), "publication") if direction == "ago" and dct else (ctx.ref("year"), "reference")
        if base is None:
            return None, None, None
        unit2 = (g.get("unit2") or "").lower()
        if unit2 == "quarter" and base.unit != "quarter":
            q = (base.month - 1) // 3 + 1 if base.month else None
            if q is None:
                return Val("year", base.year - 1), anchor, None
            base = Val("quarter", base.year, part=q)
        return _shift(base, -1, unit), anchor, None

    if rule in ("relunit", "in-the-unit"):
        unit = g["u"].lower()
        rel = re.sub(r"\s+", " ", (g.get("rel") or "this").lower())
        if rule == "in-the-unit":
            rel = "that"
        if rel in ("the past", "the last"):
            c.kind = "duration"
            return None, None, None
        if rel in ("that same", "the latest"):
            rel = {"that same": "that", "the latest": "last"}[rel]
        if unit in ("morning", "afternoon", "evening", "night"):
            if rel in ("this", "that", "the same"):
                pass
            elif rel in ("last",):
                pass
            elif rel not in ("the previous", "the following", "the next", "previous", "the preceding", "next"):
                return None, None, None
            unit_is_part = True
        else:
            unit_is_part = False
        if unit_is_part:
            if rel in ("this", "last", "next"):
                if dct is None:
                    return None, None, None
                return Val.of_day(dct + timedelta(days={"this": 0, "last": -1, "next": 1}[rel])), "publication", None
            ref = ctx.ref("day")
            if ref is None or ref.unit != "day":
                return None, None, None
            step = {"the previous": -1, "previous": -1, "the preceding": -1, "the following": 1, "the next": 1}.get(rel, 0)
            return Val.of_day(ref.as_date() + timedelta(days=step)), "reference", None
        if rel in ("the previous", "the following", "the next", "the same", "that", "the preceding", "previous"):
            ref = ctx.ref("day" if unit == "day" else "year")
            if ref is None:
                return None, None, None
            anchor = "reference"
            step = {"the previous": -1, "previous": -1, "the preceding": -1, "the following": 1, "the next": 1}.get(rel, 0)
            base = ref
        else:
            if dct is None:
                return None, None, None
            anchor = "publication"
            base = Val.of_day(dct)
            step = {"last": -1, "past": -1, "next": 1, "coming": 1, "the coming": 1}.get(rel, 0)
        if unit == "day":
            return _shift(base, step, "day"), anchor, mod
        if unit in ("week", "weekend"):
            if base.unit not in ("day", "week", "weekend"):
                return None, None, None
            d = base.as_date() + timedelta(days=7 * step)
            monday = d - timedelta(days=d.weekday())
            return Val(unit, *_ymd(monday)), anchor, mod
        if unit == "month":
            if base.unit not in ("day", "week", "month"):
                return None, None, None
            return _shift(Val.of_month(base.year, base.month), step, "month"), anchor, mod
        if unit == "quarter":
            if base.unit == "quarter":
                return _shift(base, step, "quarter"), anchor, mod
            if not base.month:
                return None, None, None
            return _shift(Val("quarter", base.year, part=(base.month - 1) // 3 + 1), step, "quarter"), anchor, mod
        if unit == "half":
            if not base.month:
                return None, None, None
            index = base.year * 2 + (base.month - 1) // 6 + step
            return Val("half", index // 2, part=index % 2 + 1), anchor, mod
        if unit == "year":
            year = _year_of(base)
            return (Val("year", year + step) if year is not None else None), anchor, mod
        if unit == "decade":
            year = _year_of(base)
            if year is None:
                return None, None, None
            dec = year // 10 + step
            return Val("decade", dec * 10, part=dec), anchor, mod
        if unit == "century":
            year = _year_of(base)
            if year is None:
                return None, None, None
            cen = year // 100 + step
            return Val("century", cen * 100, part=cen), anchor, mod
        return None, None, None

    if rule == "quarter":
        unit = g.get("u", "quarter").lower()
        if "qn" in g:
            q = int(g["qn"])
            unit = "quarter"
        elif "q" in g:
            q = ORDINALS[g["q"].lower()]
            if unit == "half":
                q = min(q, 2)
        else:
            q = None
        if "y1" in g or "y2" in g:
            y = int(g.get("y1") or g.get("y2"))
            anchor = "absolute"
        else:
            adj = (g.get("adj") or "").lower()
            ym = re.search(r"\d{4}", adj)
            if ym:
                return Val("year", int(ym.group())), "absolute", None
            base = ctx.ref("year") if ("year-earlier" in adj or "year-ago" in adj or "same" in adj or "comparable" in adj) else (Val.of_day(dct) if dct else None)
            if base is None:
                return None, None, None
            anchor = "publication"
            if q is None:
                if unit == "period" and not adj.strip():
                    return None, None, None
                # "the quarter", "the latest quarter": the last quarter that has ended
                if base.unit == "quarter":
                    cur = base
                elif base.month:
                    cur = Val("quarter", base.year, part=(base.month - 1) // 3 + 1)
                    if not any(w in adj for w in ("current", "same")) and base.unit == "day":
                        cur = _shift(cur, -1, "quarter")
                else:
                    return None, None, None
                if "year-earlier" in adj or "year-ago" in adj:
                    cur = _shift(cur, -1, "year")
                return cur, anchor, None
            rel = (g.get("rel") or "").lower()
            cur_q = (dct.month - 1) // 3 + 1 if unit == "quarter" else (dct.month - 1) // 6 + 1
            y = dct.year
            if rel == "last":
                y -= 1
            elif rel == "next":
                y += 1
            elif q > cur_q and tense != "future":
                y -= 1
        return Val(unit if unit in ("quarter", "half") else "quarter", y, part=q), anchor, None

    if rule == "season":
        s = SEASONS[g["s"].lower()]
        if "y" in g:
            return Val("season", int(g["y"]), part=s), "absolute", mod
        if dct is None:
            return None, None, mod
        rel = (g.get("rel") or "").lower()
        # the season of each candidate year, and whether it has started / ended by the anchor
        cands = [Val("season", y, part=s) for y in (dct.year - 2, dct.year - 1, dct.year, dct.year + 1)]
        if rel in ("last", "past"):
            done = [v for v in cands if v.last_day() < dct]
            return done[-1], "publication", mod
        if rel in ("next", "coming"):
            ahead = [v for v in cands if v.first_day() > dct]
            return ahead[0], "publication", mod
        if rel == "this" or tense is None:
            y = dct.year if not (s == "WI" and dct.month <= 2) else dct.year - 1
            return Val("season", y, part=s), "publication", mod
        if tense == "past":
            begun = [v for v in cands if v.first_day() <= dct]
            return begun[-1], "publication", mod
        ahead = [v for v in cands if v.last_day() >= dct]
        return ahead[0], "publication", mod

    if rule == "holiday":
        if "y" in g:
            d = _holiday(g["h"], int(g["y"]))
            return (Val.of_day(d) if d else None), "absolute", None
        if dct is None:
            return None, None, None
        options = [(y, _holiday(g["h"], y)) for y in (dct.year - 1, dct.year, dct.year + 1)]
        options = [(y, d) for y, d in options if d is not None]
        if not options:
            return None, None, None
        rel = (g.get("rel") or "").lower()
        if rel == "last":
            pick = [d for _, d in options if d < dct][-1]
        elif rel == "next":
            pick = [d for _, d in options if d > dct][0]
        elif tense == "future":
            pick = [d for _, d in options if d >= dct][0]
        elif tense == "past":
            pick = [d for _, d in options if d <= dct][-1]
        else:
            pick = min((d for _, d in options), key=lambda d: abs((d - dct).days))
        return Val.of_day(pick), "publication", None

    return None, None, None


def _accept(c: _Cand, doc, text: str) -> bool:
    """Reject matches that the parse shows are not dates (a modal "May", "2000 troops")."""
    span = _tokens(doc, c.start, c.end)
    g = c.groups
    prev = _prev_word(doc, span)
    if c.rule == "month" and "y" not in g and "rel" not in g and "mod" not in g:
        mon = g["mon"]
        if not mon.endswith(".") and mon.lower() in MONTH_ABBR:
            return False  # a bare "Jan" or "Mar" is more often a name
        if span is not None:
            ents = {t.ent_type_ for t in span if t.ent_type_}
            if ents & _BAD_MONTH_ENTS:
                return False
            nxt = _next_token(doc, span)
            if nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_iob_ != "B" and nxt.ent_type_ == span[0].ent_type_ and span[0].ent_type_ not in ("", "DATE"):
                return False
        if mon.lower() in ("may", "march", "june", "april", "august") and prev not in _TEMPORAL_PREPS:
            if span is None or span[0].ent_type_ != "DATE":
                return False
    if c.rule == "year":
        if span is None:
            return False
        if "pre" in g or "mod" in g:
            return True
        tok = span[-1]
        if prev in ("$", "£", "€", "#", "no", "no.", "number", "route", "flight", "page", "article", "resolution", "room"):
            return False
        nxt = _next_token(doc, span)
        if nxt is not None and nxt.tag_ in ("NNS", "NNPS") and tok.ent_type_ != "DATE" and prev not in _TEMPORAL_PREPS:
            return False  # "2000 troops"; but "the 2016 elections" is a DATE entity
        if nxt is not None and nxt.lower_ in ("%", "percent", "per", "feet", "metres", "meters", "miles", "km", "kilometres", "kilometers", "people", "troops", "tonnes", "tons"):
            return False
        if tok.ent_type_ in _BAD_YEAR_ENTS and prev not in _TEMPORAL_PREPS:
            return False
        if prev in ("than", "some", "nearly", "almost", "approximately", "roughly", "just", "only", "least", "all"):
            return tok.ent_type_ == "DATE"
        return True
    if c.rule == "season" and "y" not in g and "rel" not in g:
        # "the summer" needs a temporal preposition before it; a bare "fall" is a verb
        if "the" not in g or prev not in ("in", "during", "over", "since", "until", "by", "through", "throughout", "this", "last", "next"):
            return False
        return True
    if c.rule == "holiday" and "y" not in g:
        if span is not None and prev not in _TEMPORAL_PREPS and span[0].ent_type_ not in ("DATE", "EVENT"):
            return False
    if c.rule in ("relday", "ref") and span is not None:
        # "BBC Radio 4's Today programme", "Now magazine": a capitalised word inside a sentence is a name
        first = span[0]
        if first.text[:1].isupper() and not first.is_sent_start and not text[max(0, c.start - 2):c.start].strip() in ("“", '"', "‘", "'", "(", "_", "-", "—", ":"):
            if first.ent_type_ in ("ORG", "WORK_OF_ART", "PRODUCT", "FAC", "PERSON") or first.tag_ == "NNP" or first.dep_ == "compound":
                return False
    if c.rule == "weekday" and span is not None:
        if any(t.ent_type_ in ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT") for t in span):
            return False
    if c.rule in ("decade-short",) and prev in ("their", "his", "her", "its", "my", "our", "your"):
        return False
    if c.rule == "relunit" and (g.get("rel") or "").lower() == "that" and span is not None:
        # "that" as a complementiser or pronoun ("said that day-to-day ...") is not "that day"
        if span[0].dep_ in ("nsubj", "mark", "dobj"):
            return False
    return True


def _make_timex(c: _Cand, text: str, value, anchor, mod, tense) -> Timex:
    t = Timex(start=c.start, end=c.end, text=text[c.start:c.end], kind=c.kind, anchor=anchor, mod=mod, tense=tense, rule=c.rule)
    if c.kind != "date" or value is None:
        return t
    if isinstance(value, tuple):
        a, b = value
        va, pa, ea = a.render()
        vb, pb, eb = b.render()
        if va is None or vb is None:
            return t
        t.value = f"{va}/{vb}"
        t.precision = pa if _UNIT_RANK[a.unit] >= _UNIT_RANK[b.unit] else pb
        t.exact = f"{ea}/{eb}"
        t.interval = (va, vb)
        t.granularity = a.unit
        return t
    t.value, t.precision, t.exact = value.render()
    t.granularity = value.unit
    return t


_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru|and)\s*$", re.I)
_RANGE_OPEN = re.compile(r"(?:\bfrom|\bbetween)\s+$", re.I)
_YEARLESS = {"mdy", "dmy", "month"}


def _link_ranges(candidates: list[_Cand], text: str) -> dict[int, tuple[str, int]]:
    """Pairs "from X to Y" / "between X and Y" / "X - Y"; the begin borrows the end's year.

    Returns {index: ("begin" | "end", index of the other end)}. In "from March 3 to April 5,
    1990" the year is written once, on the end, and belongs to both.
    """
    links: dict[int, tuple[str, int]] = {}
    for i in range(len(candidates) - 1):
        a, b = candidates[i], candidates[i + 1]
        if a.kind != "date" or b.kind != "date" or i in links:
            continue
        between = text[a.end:b.start]
        if len(between) > 12 or not _RANGE_JOIN.match(between) or "\n" in between:
            continue
        opened = _RANGE_OPEN.search(text[max(0, a.start - 10):a.start])
        if between.strip().lower() == "and" and not (opened and opened.group().lower().startswith("between")):
            continue
        if between.strip().lower() in ("to", "until", "till", "through", "thru") and not opened and a.rule not in _YEARLESS:
            continue
        links[i], links[i + 1] = ("begin", i + 1), ("end", i)
        if a.rule in _YEARLESS and "y" not in a.groups and "y" in b.groups and "mon" in b.groups and "rel" not in a.groups:
            year = int(b.groups["y"])
            if _month_num(a.groups["mon"]) > _month_num(b.groups["mon"]):
                year -= 1
            a.groups["y"] = str(year)
    return links


def extract_dates(doc, text: str, published: date | None, sentence_starts: list[int] | None = None) -> list[Timex]:
    """Every temporal expression of a parsed text, resolved, in text order."""
    if sentence_starts is None:
        sentence_starts = [s.start_char for s in doc.sents]
    ctx = _Context(published)
    out: list[Timex] = []
    established: dict[str, Timex] = {}  # values -> the latest expression that gave them
    candidates = [c for c in find_candidates(text) if _accept(c, doc, text)]
    links = _link_ranges(candidates, text)
    for index, c in enumerate(candidates):
        span = _tokens(doc, c.start, c.end)
        tense = None
        value = anchor = mod = None
        if c.kind == "date":
            tense = tense_of(span)
            if tense == "past" and _prev_word(doc, span) in ("to", "until", "till", "through", "by"):
                tense = "bound"  # "was extended to Nov. 16": a deadline, as likely ahead as behind
            if tense is None and span is not None and _under_since(span):
                tense = "past"
            value, anchor, mod = resolve(c, ctx, tense, text[max(0, c.start - 40):c.start])
            first = value[0] if isinstance(value, tuple) else value
            # A date resolved against the reference becomes the new reference only at day
            # granularity: "two days later ... a day after" chain, but "a year earlier"
            # compares with the story's time ("profit rose from $4 million a year earlier").
            # So does an offset from the publication date coarser than a day: after "net
            # fell from $241 million a year ago", "compared with a year earlier" is the same year.
            coarse = first is not None and first.unit != "day"
            if c.kind == "date" and (anchor != "reference" or not coarse) \
                    and not (coarse and c.rule in ("offset", "offset-adj")):
                ctx.establish(first, anaphoric=anchor == "reference")
        t = _make_timex(c, text, value if c.kind == "date" else None, anchor, mod, tense)
        if c.base is not None and c.base.unit == "day":  # "seven years after" counts from a year less surely told
            t.counted_from = established.get(c.base.render()[0])
        if t.resolved and t.interval is None and (t.anchor != "reference" or t.value not in established):
            established[t.value] = t  # a date named outright is what "two days after the attack" counts from
        t.sentence = max(0, bisect_right(sentence_starts, c.start) - 1)
        if index in links:
            t.range_role, other = links[index]
            t.range_other = (candidates[other].start, candidates[other].end)
        if span is not None:
            t.token_start, t.token_end = span.start, span.end
        out.append(t)
    return out


@register_stage
class Dates(Stage):
    """Temporal expressions, resolved against the publication date and the text's own dates."""

    name = "dates"
    requires = ("parse", "sentences", "published")
    adds = ("timexes", "record.dates")

    def __call__(self, state: DocState) -> None:
        sentence_starts = [s.start_char for s in state.sentences]
        found = extract_dates(state.doc, state.doc.text, state.published, sentence_starts)
        state.timexes = found
        state.record.dates = [t.to_mention() for t in found if t.kind == "date"]


# ---------------------------------------------------------------------------------------
# The date of an event


def _path_to(token, target, limit: int = 10) -> int | None:
    """Steps from token up the tree to target, not passing through another verb; None if not reached."""
    t, steps = token, 0
    while steps <= limit:
        if t.i == target.i:
            return steps
        if steps > 0 and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return None
        if t.head.i == t.i:
            return None
        t, steps = t.head, steps + 1
    return None


def _in_other_clause(token, trigger) -> bool:
    """Whether a date hangs from a verb other than the trigger and the verbs above it."""
    above = {trigger.i} | {t.i for t in trigger.ancestors}
    t = token.head
    while t.head.i != t.i and t.i not in above:
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return True
        t = t.head
    return t.pos_ in ("VERB", "AUX") and t.i not in above


def _paragraph_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos)


def _counted_from_event(doc, t: Timex, trigger) -> bool:
    """Whether the trigger is the event an offset names ("two days after [the attacks]"): the
    object of the offset's own "after", "before" or "prior to", or (the parser does not
    always say so) the noun that ends the noun phrase written right after it."""
    last = doc[t.token_end - 1] if t.token_end > t.token_start else None
    if last is not None and last.lower_ in ("after", "before") and trigger.i >= t.token_end and trigger.pos_ == "NOUN" \
            and all(w.pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM") and not w.is_punct for w in doc[t.token_end:trigger.i]) \
            and not (trigger.i + 1 < len(doc) and doc[trigger.i + 1].pos_ in ("NOUN", "PROPN")):
        return True
    head = trigger
    for _ in range(3):  # the trigger itself, or a noun phrase it is part of
        if head.dep_ in ("pobj", "pcomp"):
            prep = head.head
            if prep.lower_ == "to" and prep.head.lower_ == "prior":
                prep = prep.head
            return t.token_start <= prep.i < t.token_end and prep.lower_ in ("after", "before", "prior")
        if head.dep_ not in ("compound", "amod", "nmod") or head.head.i == head.i:
            return False
        head = head.head
    return False


def event_date(state: DocState, trigger_token_index: int, sentence_index: int) -> Timex | None:
    """The resolved date of an event, or None.

    In order: a date expression governing the trigger in the dependency tree (attached to
    the trigger, or to the verb of the trigger's clause: "On Tuesday, Iran struck ...",
    "Pakistan's strikes on Thursday"); else the nearest date in the same sentence; else
    the date carried from the closest earlier sentence of the same paragraph that has one.
    Never the publication date by default. The result has `value`, `precision`, `text`
    and `span` (and `to_mention()` for a record `DateMention`).

    An event named as what an offset counts from ("two days after the Iranian attacks")
    happened on the day counted from: its date is the expression that dated that day.
    """
    dates = [t for t in state.timexes or [] if t.resolved]
    if not dates:
        return None
    doc = state.doc
    trigger = doc[trigger_token_index]
    same = [t for t in dates if t.sentence == sentence_index]
    for t in same:
        if t.counted_from is not None and t.counted_from.resolved and _counted_from_event(doc, t, trigger):
            return t.counted_from
    if same:
        clause = _governing_verb(trigger)
        best = None
        for t in same:
            root = doc[t.token_start:t.token_end].root
            steps = _path_to(root, trigger)
            score = None
            if steps is not None:
                score = steps
            elif clause is not None and clause.i != trigger.i:
                s2 = _path_to(root, clause)
                if s2 is not None:
                    score = 10 + s2
            if score is not None and (best is None or score < best[0]):
                best = (score, t)
        if best is not None:
            return best[1]

        def distance(t):
            if t.token_end <= trigger.i:
                return trigger.i - t.token_end + 1
            return t.token_start - trigger.i

        # A date of another clause ("a congress to be held in December") dates that clause's
        # act; the nearest one is taken only when it hangs from no verb of its own.
        free = [t for t in same if not _in_other_clause(doc[t.token_start:t.token_end].root, trigger)]
        if free:
            return min(free, key=lambda t: (distance(t), t.start))
        return None
    sentences = state.sentences or list(doc.sents)
    text = doc.text
    if sentence_index >= len(sentences):
        return None
    paragraph = _paragraph_of(text, sentences[sentence_index].start_char)
    for index in range(sentence_index - 1, -1, -1):
        if _paragraph_of(text, sentences[index].start_char) != paragraph:
            break
        earlier = [t for t in dates if t.sentence == index]
        if earlier:
            root = sentences[index].root
            for t in earlier:
                if _path_to(doc[t.token_start:t.token_end].root, root) is not None:
                    return t
            return earlier[-1]
    return None
