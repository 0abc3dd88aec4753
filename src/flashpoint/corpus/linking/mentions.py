"""One event mention as linking sees it: a stored event with its document's id, source and
published date, and the claims made about it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ...language.periods import event_period
from ...records import DocumentRecord
from .fields import side_country, stated_location
from .profiles import Profile


@dataclass
class Mention:
    doc_id: str
    event_id: str
    source: str | None
    published: str | None
    event: dict
    claims: list[dict] = field(default_factory=list)

    @property
    def type(self) -> str:
        return self.event["event_type"]

    @cached_property
    def profile(self) -> "Profile":
        """The mention's own profile (its sentence's content words included), worked out once:
        clusters recompute theirs from their mentions on every change."""
        return Profile.of(self)

    @property
    def actor_country(self) -> str | None:
        return side_country(self.event.get("actor"))

    @property
    def recipient_country(self) -> str | None:
        return side_country(self.event.get("recipient"))

    @cached_property
    def date(self) -> str | None:
        """The date as one value at its precision: a day, or the week, month or year of its
        `date_range` ("2024-W03"), which linking compares and blocks on. Worked out once:
        clusters read it from every mention on every change."""
        return event_period(self.event) if self.event.get("date_precision") else None

    @property
    def precision(self) -> str | None:
        return self.event.get("date_precision") if self.date else None

    @property
    def place_country(self) -> str | None:
        return (stated_location(self.event) or {}).get("country_code")

    @property
    def sentence(self) -> tuple:
        return tuple(self.event.get("span") or ())


def mentions_of(record: DocumentRecord | dict) -> list[Mention]:
    data = record.to_dict() if isinstance(record, DocumentRecord) else record
    claims: dict[str, list[dict]] = {}
    for claim in data.get("claims") or []:
        if claim.get("event_id"):
            claims.setdefault(claim["event_id"], []).append(claim)
    return [
        Mention(data["doc_id"], e["id"], data.get("source"), data.get("published"), e, claims.get(e["id"], []))
        for e in data.get("events") or []
    ]
