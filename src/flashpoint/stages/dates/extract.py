"""Extraction: the candidates of a text that the parse accepts, resolved in text order against the
publication date and the dates the text established, and made into `Timex` objects."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from .accept import accept
from .context import ResolutionContext
from .find import Candidate, find_candidates
from .reading import month_number
from .resolve import resolve
from .tense import governing_preposition, previous_word, tense_of, token_span, under_since
from .timex import Timex
from .values import UNIT_RANK
from .words import DEADLINE_PREPS


def _make_timex(c: Candidate, text: str, value, anchor, mod, tense) -> Timex:
    """The `Timex` of a candidate, its value rendered at the precision the record allows (a range
    as "begin/end", at the coarser precision of its ends)."""
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
        t.precision = pa if UNIT_RANK[a.unit] >= UNIT_RANK[b.unit] else pb
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


def _link_ranges(candidates: list[Candidate], text: str) -> dict[int, tuple[str, int]]:
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
            if month_number(a.groups["mon"]) > month_number(b.groups["mon"]):
                year -= 1
            a.groups["y"] = str(year)
    return links


def _restating(candidates: list, index: int, text: str) -> bool:
    """Whether a date expression is an offset set off by a comma right after a date ("on
    Wednesday, a day after the Iranian strike"): it restates that day by the event it counts
    from, so the story's time stays at that day (events.event_date dates the counted event)."""
    c = candidates[index]
    return index > 0 and c.base is not None and text[candidates[index - 1].end:c.start] == ", "


def extract_dates(doc, text: str, published: date | None, sentence_starts: list[int] | None = None) -> list[Timex]:
    """Every temporal expression of a parsed text, resolved, in text order."""
    if sentence_starts is None:
        sentence_starts = [s.start_char for s in doc.sents]
    ctx = ResolutionContext(published)
    out: list[Timex] = []
    established: dict[str, Timex] = {}  # values -> the latest expression that gave them
    candidates = [c for c in find_candidates(text) if accept(c, doc, text)]
    links = _link_ranges(candidates, text)
    for index, c in enumerate(candidates):
        span = token_span(doc, c.start, c.end)
        restates = False
        tense = None
        value = anchor = mod = None
        if c.kind == "date":
            tense = tense_of(span)
            if tense == "past" and (previous_word(doc, span) in DEADLINE_PREPS or governing_preposition(doc, span) in DEADLINE_PREPS):
                tense = "bound"  # "was extended to Nov. 16": a deadline, as likely ahead as behind
            if tense is None and span is not None and under_since(span):
                tense = "past"
            value, anchor, mod = resolve(c, ctx, tense, text[max(0, c.start - 40):c.start])
            restates = _restating(candidates, index, text)  # (an offset's base is known once resolved)
            first = value[0] if isinstance(value, tuple) else value
            # A date resolved against the reference becomes the new reference only at day
            # granularity: "two days later ... a day after" chain, but "a year earlier"
            # compares with the story's time ("profit rose from $4 million a year earlier").
            # So does an offset from the publication date coarser than a day: after "net
            # fell from $241 million a year ago", "compared with a year earlier" is the same year.
            coarse = first is not None and first.unit != "day"
            if c.kind == "date" and (anchor != "reference" or not coarse) \
                    and not (coarse and c.rule in ("offset", "offset-adj")) and not restates:
                ctx.establish(first, anaphoric=anchor == "reference")
        t = _make_timex(c, text, value if c.kind == "date" else None, anchor, mod, tense)
        if c.base is not None and c.base.unit == "day":  # "seven years after" counts from a year less surely told
            t.counted_from = established.get(c.base.render()[0])
        t.restates = restates
        if t.resolved and t.interval is None and (t.anchor != "reference" or t.value not in established) and not t.restates:
            established[t.value] = t  # a date named outright is what "two days after the attack" counts from
        t.sentence = max(0, bisect_right(sentence_starts, c.start) - 1)
        if index in links:
            t.range_role, other = links[index]
            t.range_other = (candidates[other].start, candidates[other].end)
        if span is not None:
            t.token_start, t.token_end = span.start, span.end
        out.append(t)
    return out

