"""Reading the words of a match as values: counts, units, month and weekday numbers, modifiers."""

from __future__ import annotations

import re

from ...language.numbers import number_value as read_number
from .words import MODS, MONTH_ABBR, MONTHS, NUMBER_WORDS, WEEKDAY_ABBR, WEEKDAYS


def number_value(word: str) -> float | None:
    """A count in digits (a float) or words: "3", "two", "a couple of", "twenty one" (two words at most)."""
    w = re.sub(r"\s+", " ", word.lower().replace("-", " ")).strip()
    return read_number(w, NUMBER_WORDS, joiner=" ", most_parts=2, digits_as_float=True)


def unit_name(word: str) -> str:
    w = word.lower()
    if w in ("centuries", "century"):
        return "century"
    return w[:-1] if w.endswith("s") else w


def month_number(word: str) -> int:
    w = word.lower().rstrip(".")
    if w in MONTH_ABBR:
        return MONTH_ABBR[w]
    return MONTHS.index(w) + 1


def weekday_number(word: str) -> int:
    w = word.lower().rstrip(".")
    if w in WEEKDAY_ABBR:
        return WEEKDAY_ABBR[w]
    return WEEKDAYS.index(w)


def modifier(text: str | None) -> str | None:
    if not text:
        return None
    words = re.findall(r"[a-z]+", text.lower())
    for w in words:
        if w in MODS:
            return MODS[w]
    return None

