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


# What ends the place in capitals a dateline opens with ("ISLAMABAD, Jan. 18", "BEIRUT —",
# "KABUL (AP) —"), and the dashes that end the dateline itself.
_PLACE_ENDS = (",", "-", "—", "–", "--", "(", ":")
_DATELINE_ENDS = ("-", "—", "–", "--")
_MAX_PLACE_WORDS = 4
_MAX_DATELINE_TOKENS = 14
_DATELINE_KEY = "flashpoint_dateline"


def upper_word(token) -> bool:
    """A word in capitals ("ISLAMABAD"; not "A" or "5G")."""
    return token.text.isupper() and sum(c.isalpha() for c in token.text) >= 2


def dateline_place(doc) -> tuple[int, int, int] | None:
    """The dateline a story opens with, by its shape: (first token of the place in capitals,
    the token after it, the token after the whole dateline): "KABUL, Afghanistan (AP) -- Gunmen
    stormed ..." gives the span of "KABUL" and ends after "--"; "ISLAMABAD/TEHRAN —" the span
    of both cities (`dateline_parts` splits them). None when the story does not open with one to
    four words in capitals followed by a comma, a dash, a parenthesis or a colon.
    The places stage reads the place from it; the actor stage takes no actor in it (the city a
    story was filed from is no capital acting for its government). Read once per document (the
    paragraph rule reads it before the parse, those stages after it)."""
    if _DATELINE_KEY not in doc.user_data:
        doc.user_data[_DATELINE_KEY] = _dateline_place(doc)
    return doc.user_data[_DATELINE_KEY]


def _joining_slash(doc, start: int, i: int) -> bool:
    """A slash between two places of one dateline, a story filed from two cities ("ISLAMABAD/
    TEHRAN -", "NEW DELHI/ISLAMABAD -")."""
    return doc[i].text == "/" and i > start and i + 1 < len(doc) and upper_word(doc[i + 1])


def dateline_parts(doc, start: int, end: int) -> list[tuple[int, int]]:
    """The places of a dateline's place words, apart: "ISLAMABAD/TEHRAN" is Islamabad and Tehran."""
    parts, begin = [], start
    for i in range(start, end + 1):
        if i == end or doc[i].text == "/":
            if i > begin:
                parts.append((begin, i))
            begin = i + 1
    return parts


def _dateline_place(doc) -> tuple[int, int, int] | None:
    start = 0
    while start < len(doc) and doc[start].is_space:
        start += 1
    end, words = start, 0
    while end < len(doc) and words < _MAX_PLACE_WORDS and (upper_word(doc[end]) or _joining_slash(doc, start, end)):
        words += upper_word(doc[end])
        end += 1
    if end == start or end >= len(doc) or doc[end].text not in _PLACE_ENDS:
        return None
    window = range(end, min(len(doc), end + _MAX_DATELINE_TOKENS))
    close = end if doc[end].text == ":" else next((i for i in window if doc[i].text in _DATELINE_ENDS), None)
    return start, end, (close + 1 if close is not None else end)
