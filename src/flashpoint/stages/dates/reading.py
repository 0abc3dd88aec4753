"""Reading the words of a match as values: counts, units, month and weekday numbers, modifiers."""

from __future__ import annotations

import re

from .words import MODS, MONTH_ABBR, MONTHS, NUMBER_WORDS, WEEKDAY_ABBR, WEEKDAYS


def number_value(word: str) -> float | None:
    w = re.sub(r"\s+", " ", word.lower().replace("-", " ")).strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    parts = w.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


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

