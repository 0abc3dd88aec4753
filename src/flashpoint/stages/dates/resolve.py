"""Resolution: the calendar value of one candidate expression.

`RULES` maps each pattern's rule name (see patterns.py) to the function that resolves its
matches. Every rule function takes the same arguments and returns `(value, anchor, mod)`:

- `value`: a `Val`, a pair of them for a range, or None when the expression cannot be resolved;
- `anchor`: what it was resolved against, "absolute" (nothing), "publication" (the
  publication date, `ctx.dct`, the document creation time of TimeML) or "reference" (the last
  date the text established, `ctx.ref`); None when there is nothing to say;
- `mod`: the TimeML modifier ("START" for "early March"), or None.

A failed resolution keeps the anchor and modifier the rule had reached when it failed (for
some rules "publication" with a None value): the `Timex` records them as they are.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .context import UNRESOLVED, Resolution, ResolutionContext
from .find import Candidate
from .offsets import offset, offset_adjective, relative_unit
from .reading import modifier, month_number, number_value, weekday_number
from .values import Val, choose_year, holiday_date, shift, valid_day, weekday_date, ymd
from .words import ANAPHORIC_WEEKDAY_RELATIONS, DECADE_WORDS, ORDINAL_WORDS, ORDINALS, RELATIVE_DAYS, SEASONS


def resolve(c: Candidate, ctx: ResolutionContext, tense: str | None, before: str = "") -> Resolution:
    """(value, anchor, mod) of one candidate; value None when it cannot be resolved.

    `before` is the text just before the expression (a few words)."""
    g = c.groups
    mod = modifier(g.get("mod")) or modifier(g.get("mod2"))
    rule = RULES.get(c.rule)
    if rule is None:
        return UNRESOLVED
    return rule(c, ctx, tense, before, mod)


# ---------------------------------------------------------------------------------------
# Days and ranges of days


def _numeric_ymd(c: Candidate, ctx: ResolutionContext, tense, before: str, mod) -> Resolution:
    """2024-01-16, 2024/1/16."""
    g = c.groups
    y, m, d = int(g["y"]), int(g["m"]), int(g["d"])
    return (Val("day", y, m, d) if valid_day(y, m, d) else None), "absolute", None


def _numeric_dmy(c: Candidate, ctx: ResolutionContext, tense, before: str, mod) -> Resolution:
    """16/01/2024, 16.1.2024."""
    g = c.groups
    a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
    # day first unless that is impossible (13/01 is day-first, 01/13 month-first)
    d, m = (a, b) if b <= 12 else (b, a)
    return (Val("day", y, m, d) if valid_day(y, m, d) else None), "absolute", None


def _month_day(c: Candidate, ctx: ResolutionContext, tense, before: str, mod) -> Resolution:
    """January 16 (2024), 16 January (2024), Tuesday, Jan. 16: a year not written is chosen by the
    weekday if one is named, else by the tense (or a "last"/"next" just before)."""
    g = c.groups
    dct = ctx.dct
    m, d = month_number(g["mon"]), int(g["d"])
    if "y" in g:
        y = int(g["y"])
        return (Val("day", y, m, d) if valid_day(y, m, d) else None), "absolute", None
    if not valid_day(2000, m, d):
        return UNRESOLVED
    if re.search(r"\blast\s*$", before, re.I):
        tense = "past"
    elif re.search(r"\b(?:next|coming)\s*$", before, re.I):
        tense = "future"
    if "wd" in g and dct is not None:
        # a weekday pins the year: the nearest year around the anchor in which the date falls on it
        wd = weekday_number(g["wd"])
        for y in sorted((dct.year, dct.year - 1, dct.year + 1), key=lambda y: abs(y - dct.year)):
            if valid_day(y, m, d) and date(y, m, d).weekday() == wd:
                return Val("day", y, m, d), "publication", None
    anchor = dct
    if anchor is None:
        return UNRESOLVED
    y = choose_year(m, d, anchor, tense)
    return Val("day", y, m, d), "publication", None


def _day_range(c: Candidate, ctx: ResolutionContext, tense, before: str, mod) -> Resolution:
    """January 3-5 (2024), 3-5 January, Jan. 30 - Feb. 2: the year written on the end, or chosen for it."""
    g = c.groups
    dct = ctx.dct
    m = month_number(g["mon"])
    m2 = month_number(g["mon2"]) if "mon2" in g else m
    d, d2 = int(g["d"]), int(g["d2"])
    if "y" in g:
        y2 = int(g["y"])
    elif dct is not None:
        y2 = choose_year(m2, d2, dct, tense) if valid_day(2000, m2, d2) else dct.year
    else:
        return UNRESOLVED
    y = y2 - 1 if m > m2 else y2  # "Dec. 30 - Jan. 2" begins the year before
    if not (valid_day(y, m, d) and valid_day(y2, m2, d2)) or date(y, m, d) >= date(y2, m2, d2):
        return UNRESOLVED
    return (Val("day", y, m, d), Val("day", y2, m2, d2)), ("absolute" if "y" in g else "publication"), None


def _relative_day(c: Candidate, ctx: ResolutionContext, tense, before: str, mod) -> Resolution:
    """Today, yesterday, tomorrow, tonight, this morning, last night."""
    dct = ctx.dct
    if dct is None:
        return UNRESOLVED
    w = re.sub(r"\s+", " ", c.groups["w"].lower())
    return Val.of_day(dct + timedelta(days=RELATIVE_DAYS[w])), "publication", mod


def _weekday(c: Candidate, ctx: ResolutionContext, tense, before: str, mod) -> Resolution:
    """(last, next, the following, that) Tuesday."""
    g = c.groups
    dct = ctx.dct
    wd = weekday_number(g["wd"])
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
    if rel in ANAPHORIC_WEEKDAY_RELATIONS:
        ref = ctx.ref("day")
        if ref is None or ref.unit != "day":
            return UNRESOLVED
        # "that Tuesday": the Tuesday of the reference week, else the nearest before it
        direction = {"the previous": "before", "previous": "before", "that": "past"}.get(rel, "after")
        return Val.of_day(weekday_date(wd, ref.as_date(), direction)), "reference", mod
    if dct is None:
        return UNRESOLVED
    if rel in ("last", "past"):
        direction = "before"
    elif rel in ("next", "coming"):
        direction = "after"
    elif tense in ("future", "present") or re.search(r"\bas\s+(?:soon|early)\s+as\s*$", before.lower()):
        direction = "future"
    else:
        direction = "past"
    return Val.of_day(weekday_date(wd, dct, direction)), "publication", mod


def _weekend(c: Candidate, ctx: ResolutionContext, tense, before: str, mod) -> Resolution:
    """Over the weekend: the one just gone, or the coming one in a future or modal clause."""
    dct = ctx.dct
    if dct is None:
        return UNRESOLVED
    monday = dct - timedelta(days=dct.weekday())
    if dct.weekday() < 5:
        monday += timedelta(days=7 if tense in ("future", "modal") else -7)
    return Val("weekend", *ymd(monday)), "publication", None


def _holiday(c: Candidate, ctx: ResolutionContext, tense, before: str, mod) -> Resolution:
    """Christmas (2023), last Easter, Thanksgiving."""
    g = c.groups
    dct = ctx.dct
    if "y" in g:
        d = holiday_date(g["h"], int(g["y"]))
        return (Val.of_day(d) if d else None), "absolute", None
    if dct is None:
        return UNRESOLVED
    options = [(y, holiday_date(g["h"], y)) for y in (dct.year - 1, dct.year, dct.year + 1)]
    options = [(y, d) for y, d in options if d is not None]
    if not options:
        return UNRESOLVED
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


# ---------------------------------------------------------------------------------------
# Months, years, decades, centuries


def _month_range(c: Candidate, ctx: ResolutionContext, tense, before: str, mod) -> Resolution:
    """March-April (2024), Nov./Dec."""
    g = c.groups
    dct = ctx.dct
    m, m2 = month_number(g["mon"]), month_number(g["mon2"])
    if "y" in g:
        y2 = int(g["y"])
    elif dct is not None:
        y2 = choose_year(m2, None, dct, tense)
    else:
        return UNRESOLVED
    y = y2 - 1 if m > m2 else y2
    return (Val.of_month(y, m), Val.of_month(y2, m2)), ("absolute" if "y" in g else "publication"), None


def _month(c: Candidate, ctx: ResolutionContext, tense, before: str, mod) -> Resolution:
    """(early) (last) March (of) (2024), March of next year."""
    g = c.groups
    dct = ctx.dct
    m = month_number(g["mon"])
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
        y = choose_year(m, None, dct, tense)
    return Val.of_month(y, m), "publication", mod


def _year_range(c: Candidate, ctx: ResolutionContext, tense, before: str, mod) -> Resolution:
    """1980-88, 2003/2004, fiscal 2023-24: the end written short belongs to the begin's century."""
    g = c.groups
    y = int(g["y"])
    y2s = g["y2"]
    y2 = int(y2s) if len(y2s) == 4 else (y // 100) * 100 + int(y2s)
    if len(y2s) == 2 and y2 <= y:
        y2 += 100
    if not y < y2 <= y + 100:
        return UNRESOLVED
    return (Val("year", y), Val("year", y2)), "absolute", None


def _year(c: Candidate, ctx: ResolutionContext, tense, before: str, mod) -> Resolution:
    """2024, fiscal 2024, early 2024."""
    return Val("year", int(c.groups["y"])), "absolute", mod


def _year_in_words(c: Candidate, ctx: ResolutionContext, tense, before: str, mod) -> Resolution:
    """Nineteen eighty-four, two thousand and one."""
    words = re.sub(r"[\s-]+", " ", c.groups["yw"].lower()).split()
    if words[0] == "nineteen":
        rest = number_value(" ".join(words[1:]))
        return (Val("year", 1900 + int(rest)) if rest else None), "absolute", None
    rest = number_value(" ".join(words[3:])) if len(words) > 3 else 0
    return Val("year", 2000 + int(rest or 0)), "absolute", None


def _year_end(c: Candidate, ctx: ResolutionContext, tense, before: str, mod) -> Resolution:
    """Year-end, (by) the end of the month / week / decade."""
    g = c.groups
    dct = ctx.dct
    if dct is None:
        return UNRESOLVED
    unit = (g.get("u") or "").lower()
    rel = (g.get("rel") or "").lower()
    if unit:
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


def _decade(c: Candidate, ctx: ResolutionContext, tense, before: str, mod) -> Resolution:
    """The 1980s, the '80s (the last such decade up to the publication date), the eighties."""
    dct = ctx.dct
    raw = c.groups["dec"].lower()
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


def _century(c: Candidate, ctx: ResolutionContext, tense, before: str, mod) -> Resolution:
    """The 19th century, the twenty-first century."""
    raw = c.groups["c"].lower()
    n = int(re.match(r"\d+", raw).group()) if raw[0].isdigit() else ORDINAL_WORDS.get(raw.replace("-", " ").replace("  ", " "), 0)
    if not n:
        n = ORDINAL_WORDS.get(raw.replace(" ", "-"), 0)
    if not n:
        return UNRESOLVED
    return Val("century", (n - 1) * 100, part=n - 1), "absolute", mod


# ---------------------------------------------------------------------------------------
# Quarters, halves and seasons


def _quarter(c: Candidate, ctx: ResolutionContext, tense, before: str, mod) -> Resolution:
    """The first quarter (of 2024), Q3 2024, last year's second half, the latest quarter."""
    g = c.groups
    dct = ctx.dct
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
            return UNRESOLVED
        anchor = "publication"
        if q is None:
            return _unnumbered_quarter(unit, adj, base, anchor)
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


def _unnumbered_quarter(unit: str, adj: str, base: Val, anchor: str) -> Resolution:
    """"The quarter", "the latest quarter", "the year-earlier period": the last quarter that has
    ended (the current one if it says so), a year back for "year-earlier"."""
    if unit == "period" and not adj.strip():
        return UNRESOLVED
    if base.unit == "quarter":
        cur = base
    elif base.month:
        cur = Val("quarter", base.year, part=(base.month - 1) // 3 + 1)
        if not any(w in adj for w in ("current", "same")) and base.unit == "day":
            cur = shift(cur, -1, "quarter")
    else:
        return UNRESOLVED
    if "year-earlier" in adj or "year-ago" in adj:
        cur = shift(cur, -1, "year")
    return cur, anchor, None


def _season(c: Candidate, ctx: ResolutionContext, tense, before: str, mod) -> Resolution:
    """(last, this, next) summer (of 2024): the one told by the relation word, else by the tense."""
    g = c.groups
    dct = ctx.dct
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


# The resolver of each rule of patterns.py whose matches are dates ("set", "duration" and "ref"
# matches are never resolved).
RULES = {
    "iso": _numeric_ymd,
    "ymd-slash": _numeric_ymd,
    "dmy-numeric": _numeric_dmy,
    "mdy": _month_day,
    "dmy": _month_day,
    "mdy-range": _day_range,
    "mdy-range2": _day_range,
    "dmy-range": _day_range,
    "dmy-range2": _day_range,
    "month-range": _month_range,
    "month": _month,
    "year-range": _year_range,
    "year": _year,
    "year-words": _year_in_words,
    "year-end": _year_end,
    "weekend": _weekend,
    "decade": _decade,
    "decade-short": _decade,
    "decade-word": _decade,
    "century": _century,
    "relday": _relative_day,
    "weekday": _weekday,
    "offset": offset,
    "offset-adj": offset_adjective,
    "relunit": relative_unit,
    "in-the-unit": relative_unit,
    "quarter": _quarter,
    "season": _season,
    "holiday": _holiday,
}
