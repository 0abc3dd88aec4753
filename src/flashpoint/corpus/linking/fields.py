"""What linking reads of a stored event: its sides' countries and kinds, its date and its place.

Events arrive as record dicts (`Event.to_dict()`); these readers treat a missing or empty
value as unknown, which the rules (rules.py) never count for or against a match.
"""

from __future__ import annotations

from datetime import date

# Only these statuses report that an event happened; denied, threatened, planned, ... are not linked.
LINKED_STATUSES = ("occurred", "claimed")


def side_country(side: dict | None) -> str | None:
    return (side or {}).get("country") or None


STATE_ORGANS = {"", "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "PTY"}


def side_sector(side: dict | None) -> str | None:
    """The sector part of an actor code ('' for a state itself), None when the side is unknown."""
    if not side or not side.get("code"):
        return None
    code, country = side["code"], side.get("country") or ""
    if country and code.startswith(country):
        return code[len(country):][:3]
    return side.get("sector") or code[:3]


def sector_category(sector: str | None) -> str | None:
    if sector is None:
        return None
    return "state" if sector in STATE_ORGANS else sector


def is_state(side: dict | None) -> bool:
    side = side or {}
    return bool(side.get("country")) and side.get("code") == side.get("country")


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        if value[5:6] == "W":  # an ISO week, "2024-W03": its Monday
            return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


PRECISION_RANK = {"day": 4, "week": 3, "month": 2, "year": 1, "decade": 0, None: -1}


def stated_location(event: dict) -> dict | None:
    """The event's place as its own text states it: a place inferred from where the article
    was speaking (`basis` "discourse") says nothing for or against two reports being one event."""
    location = event.get("location")
    return None if not location or location.get("basis") == "discourse" else location


def place_rank(location: dict | None) -> int:
    """How precise a place is: 0 none (or only inferred from the discourse), 1 a country,
    2 a region, 3 a city or point."""
    if not location or not location.get("name") or location.get("basis") == "discourse":
        return 0
    name = location.get("name")
    if location.get("admin1") and location.get("admin1") != name:
        return 3
    if location.get("admin1"):
        return 2
    return 1 if location.get("country_code") else 2
