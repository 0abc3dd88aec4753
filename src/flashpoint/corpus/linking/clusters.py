"""A cluster: the mentions linked so far as one event, and its consolidated profile (the most
common country of each side, the most precise date, the most precise stated place).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ...language.periods import value_range
from .fields import PRECISION_RANK, is_state, parse_date, place_rank, side_country, side_sector, stated_location
from .mentions import Mention
from .profiles import Profile


@dataclass
class Cluster:
    id: str
    mentions: list[Mention]
    profile: Profile | None = None

    def refresh(self) -> None:
        ms = self.mentions
        best_date, precision = _best_date(ms)
        actor = _most_common(m.actor_country for m in ms)
        recipient = _most_common(m.recipient_country for m in ms)
        located = max(ms, key=lambda m: place_rank(m.event.get("location")))
        loc = stated_location(located.event) or {}
        pubs = [d for d in (parse_date(m.published) for m in ms) if d]
        self.profile = Profile(
            type=ms[0].type, actor=actor, recipient=recipient,
            recipient_state=any(is_state(m.event.get("recipient")) and m.recipient_country == recipient for m in ms),
            actor_sector=_most_common_sector(ms, "actor", actor),
            recipient_sector=_most_common_sector(ms, "recipient", recipient),
            date=best_date, precision=precision,
            place_country=_most_common(m.place_country for m in ms) or loc.get("country_code"),
            place_name=loc.get("name") if place_rank(loc) >= 2 else None, place_rank=place_rank(loc),
            docs=frozenset(m.doc_id for m in ms), published=(min(pubs), max(pubs)) if pubs else (None, None),
            sentences=frozenset(s for m in ms for s in m.profile.sentences),
            wording=frozenset().union(*(m.profile.wording for m in ms)),
            topic=frozenset().union(*(m.profile.topic for m in ms)),
        )


def _most_common_sector(ms: list[Mention], side: str, country: str | None) -> str | None:
    sectors = [side_sector(m.event.get(side)) for m in ms if side_country(m.event.get(side)) == country]
    sectors = [x for x in sectors if x is not None]
    if not sectors:
        return None
    counts = Counter(sectors)
    top = max(counts.values())
    return sorted(x for x, n in counts.items() if n == top)[0]


def _most_common(values: Iterable) -> object:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    top = max(counts.values())
    return sorted(v for v, n in counts.items() if n == top)[0]


def _best_date(ms: list[Mention]) -> tuple[str | None, str | None]:
    """The most precise date the most mentions give; not one that begins after the first
    report of the event (the linking allows a day's disagreement between two reports, and no
    report tells of an act done after it was published: "Monday" in a report of Monday is
    the day a later report tells of, not the day of the act an earlier one told)."""
    pubs = [d.isoformat() for d in (parse_date(m.published) for m in ms) if d]
    first_report = min(pubs) if pubs else None
    dated = [m for m in ms if m.date and not (first_report and (value_range(m.date) or (first_report,))[0] > first_report)]
    if not dated:
        return None, None
    top = max(PRECISION_RANK[m.precision] for m in dated)
    best = _most_common(m.date for m in dated if PRECISION_RANK[m.precision] == top)
    return best, next(m.precision for m in dated if m.date == best)
