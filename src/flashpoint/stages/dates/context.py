"""What resolution carries from one expression to the next within a document: the publication
date and the last date the text itself established."""

from __future__ import annotations

from datetime import date

from .values import Val

# What resolving one expression gives: (value, anchor, mod), see resolve.py. The value is a
# `Val`, a (begin, end) pair of them for a range, or None.
Resolution = tuple["Val | tuple[Val, Val] | None", "str | None", "str | None"]
UNRESOLVED: Resolution = (None, None, None)


class ResolutionContext:
    """What resolution needs while walking the expressions of one document in order."""

    def __init__(self, published: date | None):
        self.dct = published  # the publication date (TimeML's document creation time)
        self.last: Val | None = None  # the last date the text established, any granularity
        self.last_day: Val | None = None  # ... at day granularity
        self.named_day: Val | None = None  # ... at day granularity, by a non-anaphoric expression

    def ref(self, finest: str, named: bool = False) -> Val | None:
        """The reference date for an anaphoric expression needing at least `finest` granularity.

        `named`: the expression is anchored to an event it names ("two days after the
        attack"), which is more likely one the text dated outright than the last step of
        a chain of "later"s."""
        if finest == "day":
            if named and self.named_day is not None:
                return self.named_day
            if self.last_day is not None:
                return self.last_day
            if self.last is not None:
                # the text has dated things only to the month or year ("earlier this month ...
                # a day after the attack"): no day to count from, the publication date is not it
                return self.last
        elif self.last is not None:
            return self.last
        return Val.of_day(self.dct) if self.dct else None

    def establish(self, val: Val | None, anaphoric: bool = False) -> None:
        if val is None or val.unit in ("decade", "century"):
            return
        self.last = val
        if val.unit == "day":
            self.last_day = val
            if not anaphoric:
                self.named_day = val

