"""`Timex`, the object the dates stage adds for every temporal expression it finds."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...records import DateMention


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
    # an offset set off by a comma right after a day, restating it ("on Wednesday, a day after
    # the strike"): the clause is of that day, the counted event the offset's distance before it
    restates: bool = False
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
