"""Publication date: keep the one the source gave; when there is none, infer it from the
dateline or the opening lines and mark it inferred.

Later stages resolve "on Tuesday" and "two days later" against this date, so a wrong
guess is worse than none: only a full date (day, month and year) near the top counts.
"""

from __future__ import annotations

import re
from datetime import date

from ..stage import DocState, Stage, register_stage

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# The shapes datelines take: 2024-01-18, January 18, 2024, 18 January 2024 (weekday optional).
DATELINE_PATTERNS = [
    re.compile(r"\b" + _YEAR + r"-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.I),
    re.compile(r"\b" + _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR + r"\b", re.I),
]
DATELINE_WINDOW = 400  # characters from the top where a dateline can stand
# A date after one of these words is part of a sentence about something that happened
# ("Hamas attacked on 7 October 2023"), not the date the story was filed.
_IN_PROSE = re.compile(r"\b(?:on|in|since|from|until|till|by|before|after|of|between|and|to|during|as)\s+(?:the\s+)?$", re.I)
_FILED = re.compile(r"\b(?:published|posted|updated|filed|dated|issued)\b[\s:,]*(?:on\s+)?(?:the\s+)?$", re.I)


def find_dateline(text: str) -> tuple[date, tuple[int, int]] | None:
    """The earliest full date in the opening characters of `text` that is not part of a
    sentence's prepositional phrase, with its span."""
    head = text[:DATELINE_WINDOW]
    found = []
    for pattern in DATELINE_PATTERNS:
        for match in pattern.finditer(head):
            line_start = head.rfind("\n", 0, match.start()) + 1
            before = head[line_start:match.start()]
            if _IN_PROSE.search(before) and not _FILED.search(before):
                continue
            parts = match.groupdict()
            month = int(parts["mnum"]) if parts.get("mnum") else _MONTHS[parts["month"].lower()]
            try:
                found.append((match.start(), date(int(parts["year"]), month, int(parts["day"])), match.end()))
            except ValueError:  # 31 February and the like
                continue
    if not found:
        return None
    start, value, end = min(found)
    return value, (start, end)


@register_stage
class PublishedDate(Stage):
    name = "published"
    requires = ("text",)
    adds = ("published", "record.published")

    def __call__(self, state: DocState) -> None:
        record = state.record
        if record.published is None:
            found = find_dateline(state.document.text)
            if found is not None:
                record.published = found[0].isoformat()
                record.published_inferred = True
        state.published = date.fromisoformat(record.published) if record.published else None
