"""The regular expressions that find temporal expressions, one per rule name, in the order that
settles ties between overlapping matches of the same length."""

from __future__ import annotations

import re

from .words import MONTH_ABBR, MONTHS, WEEKDAY_ABBR, WEEKDAYS


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

PRIORITY = {name: i for i, (name, _) in enumerate(PATTERNS)}

# Words a pattern cannot match without, by its index in PATTERNS: where a text has none of
# them, the pattern is not run over it (the result is the same; most patterns below look for
# words most articles lack, and a search for a few words is much cheaper than the pattern).
# Each gate is a mandatory part of its pattern (or a superset of it), with the same flags.
_GATES = {
    13: ("year-words", r"nineteen|thousand"),
    14: ("decade", r"0(?:'s|’s|s)"),
    15: ("decade-short", r"0(?:'s|’s|s)"),
    16: ("decade-short", r"0(?:'s|’s|s)"),
    17: ("decade-word", r"ties"),
    18: ("century", r"century"),
    19: ("relday", r"today|tonight|yesterday|tomorrow"),
    20: ("relday", r"morning|afternoon|evening|night"),
    23: ("offset", r"ago|earlier|later|before|after"),
    24: ("offset-adj", r"earlier|ago"),
    25: ("offset-adj", r"-(?:earlier|ago)"),
    26: ("year-end", r"end"),
    27: ("weekend", r"weekend"),
    29: ("in-the-unit", r"(?:earlier|later|early|late)\s+in\s+the"),
    30: ("quarter", r"quarter|half"),
    31: ("quarter", r"quarter|period"),
    32: ("quarter", r"q[1-4]"),
    33: ("season", r"spring|summer|fall|autumn|winter"),
    34: ("holiday", r"christmas|year|thanksgiving|easter|friday|valentine|halloween|day"),
    35: ("ref", r"now|currently|recent|future|present|these|coming"),
    36: ("ref", r"in\s+the\s+past"),
    37: ("set", r"every|each"),
    38: ("set", r"daily|weekly|monthly|yearly|annually|nightly|days"),
    40: ("duration", r"few|several|couple"),
}
assert all(PATTERNS[i][0] == rule for i, (rule, _) in _GATES.items())
GATES: list[re.Pattern | None] = [re.compile(_GATES[i][1], re.I) if i in _GATES else None for i in range(len(PATTERNS))]
