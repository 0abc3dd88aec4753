"""Publication date: keep the one the source gave; when there is none, infer it from the
dateline or the opening lines and mark it inferred.

Later stages resolve "on Tuesday" and "two days later" against this date, so a wrong
guess is worse than none: only a full date (day, month and year) near the top counts. The
dateline reader is `flashpoint.language.datelines.find_dateline` (imported here under its old
name too).
"""

from __future__ import annotations

from datetime import date

from ..language.datelines import find_dateline
from ..stage import DocState, Stage, register_stage

__all__ = ["PublishedDate", "find_dateline"]


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
