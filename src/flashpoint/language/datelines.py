"""The dateline: the date a story was filed, written at its top ("ISLAMABAD, January 18, 2024 -",
"Published 16 January 2024", "2024-01-03 — ...").

`find_dateline(text)` is the one reader of it; the `published` stage infers a missing
publication date from it. Only a full date (day, month and year) counts: later stages resolve
"on Tuesday" and "two days later" against the publication date, so a wrong guess is worse than
none.
"""

from __future__ import annotations

import re
from datetime import date

from ..lexicon import table

# Month names and abbreviations, each with its number: a month's full name, then its abbreviations.
_MONTHS = {
    name: number
    for number, full in enumerate(table("dates", "months"), start=1)
    for name in (full, *(abbr for abbr, month in table("dates", "month_abbreviations").items() if month == number))
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


__all__ = ["find_dateline", "DATELINE_PATTERNS", "DATELINE_WINDOW"]
