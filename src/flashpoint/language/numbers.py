"""Numbers written in digits or words ("3", "1.5", "two", "twenty-five", "a dozen"): the one
reader for every stage that counts (claims: "two soldiers were killed"; dates: "two days
ago"). The cardinals are in `lexicon/data/numbers.yaml`; a stage adds its own readings of
words on top (`with_cardinals`) and says how its compounds are written (`number_value`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from ..lexicon import table

Number = int | float

CARDINALS: Mapping[str, Number] = table("numbers", "cardinals")

_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def with_cardinals(own: Mapping[str, Number]) -> Mapping[str, Number]:
    """The cardinals with a stage's own readings added ("zero"; "a" as one)."""
    return MappingProxyType({**CARDINALS, **own})


def number_value(text: str, words: Mapping[str, Number], *, joiner: str = "-", most_parts: int | None = None,
                 digits_as_float: bool = False) -> Number | None:
    """The value of a number: digits ("3", "1.5": an int unless it has a decimal point, or
    always a float with `digits_as_float`), a word or phrase of `words`, or a compound of
    words joined by `joiner` ("twenty-five"), at most `most_parts` of them, which is their sum.
    None when the text is no number. `text` comes lower-cased and normalised by the caller."""
    if _DIGITS.fullmatch(text):
        return float(text) if digits_as_float or "." in text else int(text)
    if text in words:
        return words[text]
    parts = text.split(joiner)
    if len(parts) > 1 and (most_parts is None or len(parts) <= most_parts) and all(p in words for p in parts):
        return sum(words[p] for p in parts)
    return None


__all__ = ["CARDINALS", "Number", "with_cardinals", "number_value"]
