"""Dyads: per ordered pair of actor countries, daily series and action-reaction pairs.

Works on canonical events (one real event counts once however many reports it has). An
event's dyad is (actor country, recipient country); when the recipient is a group of the
actor's own country (or unknown) and the event took place in another country, the dyad is
(actor country, place country): Iran striking an Iranian group in Pakistan is an Iran ->
Pakistan event. Events without two different countries are in no dyad. An undated event is
placed at its first report.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from ..language.periods import event_range, value_range

MATERIAL_CONFLICT = 4


def event_dyad(event: dict) -> tuple[str, str] | None:
    actor = (event.get("actor") or {}).get("country")
    recipient = (event.get("recipient") or {}).get("country")
    place = (event.get("location") or {}).get("country_code")
    if actor and (recipient is None or recipient == actor) and place and place != actor:
        recipient = place
    if not actor or not recipient or actor == recipient:
        return None
    return actor, recipient


def event_day(event: dict) -> str | None:
    """The day an event is drawn on: its day (the first of a range of days), else its first
    report (a week, a month or a year says no day)."""
    found = event_range(event)
    if found and event.get("date_precision") == "day":
        return found[0]
    return event.get("first_reported")


def first_day(value: str | None) -> str | None:
    """The first day of a date of any precision (2024, 2024-01, 2024-W03, 2024-01-16)."""
    return (value_range(value) or (None, None))[0]


def last_day(value: str | None) -> str | None:
    """The last day of a date of any precision."""
    return (value_range(value) or (None, None))[1]


def _rows(events: list[dict]) -> list[dict]:
    rows = []
    for e in events:
        dyad, day = event_dyad(e), event_day(e)
        if dyad and day:
            rows.append({"dyad": dyad, "day": day, "event": e})
    return rows


def daily_series(events: list[dict], a: str, b: str) -> list[dict]:
    """One row per day with events between a and b: counts by quad class and Goldstein sums, both directions."""
    days: dict[str, dict] = {}
    for row in _rows(events):
        if set(row["dyad"]) != {a, b}:
            continue
        direction = "ab" if row["dyad"] == (a, b) else "ba"
        entry = days.setdefault(row["day"], {"date": row["day"],
                                             "ab": {"count": 0, "quad": {1: 0, 2: 0, 3: 0, 4: 0}, "goldstein": 0.0},
                                             "ba": {"count": 0, "quad": {1: 0, 2: 0, 3: 0, 4: 0}, "goldstein": 0.0}})
        side = entry[direction]
        side["count"] += 1
        if row["event"].get("quad_class"):
            side["quad"][row["event"]["quad_class"]] += 1
        side["goldstein"] += row["event"].get("goldstein") or 0.0
    return [days[d] for d in sorted(days)]


def action_reactions(events: list[dict], a: str, b: str, *, days: int = 7, quad_class: int = MATERIAL_CONFLICT) -> list[dict]:
    """Pairs (an event by X on Y, then one by Y on X within `days` days), both of `quad_class`.

    The reaction must come on a later day: two events of the same day cannot be ordered
    from day-precise dates, so neither is taken as the answer to the other."""
    rows = [r for r in _rows(events) if set(r["dyad"]) == {a, b} and r["event"].get("quad_class") == quad_class]
    rows.sort(key=lambda r: r["day"])
    pairs = []
    for i, action in enumerate(rows):
        start = date.fromisoformat(action["day"])
        for reaction in rows[i + 1:]:
            gap = (date.fromisoformat(reaction["day"]) - start).days
            if gap > days:
                break
            if reaction["dyad"] == action["dyad"][::-1] and gap >= 1:
                pairs.append({"action": _brief(action["event"]), "reaction": _brief(reaction["event"]), "days": gap,
                              "from": action["dyad"][0], "to": action["dyad"][1]})
    return pairs


def _brief(e: dict) -> dict:
    return {k: e.get(k) for k in ("id", "event_type", "date", "date_precision", "date_range", "goldstein", "quad_class", "sources", "first_reported")} | {
        "actor": (e.get("actor") or {}).get("code"), "recipient": (e.get("recipient") or {}).get("code"),
        "location": (e.get("location") or {}).get("name"), "mentions": len(e.get("mentions") or [])}


def escalation(events: list[dict], a: str, b: str, *, start: str | None = None, end: str | None = None) -> dict:
    """Totals, Goldstein sums per direction and the trend (second half minus first half of the window)."""
    series = [d for d in daily_series(events, a, b) if (start is None or d["date"] >= start) and (end is None or d["date"] <= end)]
    summary = {"dyad": [a, b], "start": start or (series[0]["date"] if series else None),
               "end": end or (series[-1]["date"] if series else None), "days_with_events": len(series)}
    for direction in ("ab", "ba"):
        summary[direction] = {"count": sum(d[direction]["count"] for d in series),
                              "goldstein": round(sum(d[direction]["goldstein"] for d in series), 2),
                              "material_conflict": sum(d[direction]["quad"][4] for d in series)}
    summary["total"] = summary["ab"]["count"] + summary["ba"]["count"]
    summary["goldstein"] = round(summary["ab"]["goldstein"] + summary["ba"]["goldstein"], 2)
    if summary["start"] and summary["end"]:
        s, e = date.fromisoformat(summary["start"]), date.fromisoformat(summary["end"])
        middle = (s + (e - s) / 2).isoformat() if e > s else summary["start"]
        first = sum(d["ab"]["goldstein"] + d["ba"]["goldstein"] for d in series if d["date"] <= middle)
        second = sum(d["ab"]["goldstein"] + d["ba"]["goldstein"] for d in series if d["date"] > middle)
        force = [sum(d[x]["quad"][MATERIAL_CONFLICT] for x in ("ab", "ba") for d in series if (d["date"] > middle) == half)
                 for half in (False, True)]
        summary["trend"] = round(second - first, 2)
        # Force used decides before words: a window with strikes in both halves is not
        # "de-escalating" because the second half also holds a statement of support.
        if force[1] != force[0]:
            summary["direction"] = "escalating" if force[1] > force[0] else "de-escalating"
        elif force[1]:
            summary["direction"] = "escalating" if second < first else "sustained"
        else:
            summary["direction"] = "escalating" if second < first else "de-escalating" if second > first else "flat"
    else:
        summary["trend"], summary["direction"] = 0.0, "flat"
    return summary


def all_dyads(events: list[dict]) -> list[dict]:
    """Every unordered pair with events: counts and Goldstein sums per direction."""
    table: dict[tuple, dict] = defaultdict(lambda: {"count": 0, "goldstein": 0.0, "material_conflict": 0, "first": None, "last": None})
    for row in _rows(events):
        entry = table[row["dyad"]]
        entry["count"] += 1
        entry["goldstein"] += row["event"].get("goldstein") or 0.0
        entry["material_conflict"] += row["event"].get("quad_class") == MATERIAL_CONFLICT
        entry["first"] = min(filter(None, [entry["first"], row["day"]]))
        entry["last"] = max(filter(None, [entry["last"], row["day"]]))
    pairs = {tuple(sorted(d)) for d in table}
    out = []
    for a, b in sorted(pairs):
        ab, ba = table.get((a, b)), table.get((b, a))
        ab = dict(ab) if ab else {"count": 0, "goldstein": 0.0, "material_conflict": 0, "first": None, "last": None}
        ba = dict(ba) if ba else {"count": 0, "goldstein": 0.0, "material_conflict": 0, "first": None, "last": None}
        out.append({"dyad": [a, b], "ab": ab, "ba": ba, "total": ab["count"] + ba["count"],
                    "goldstein": round(ab["goldstein"] + ba["goldstein"], 2)})
    return sorted(out, key=lambda d: (-d["total"], d["dyad"]))
