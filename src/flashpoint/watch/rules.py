"""Alert rules: a YAML file the user writes (see docs/watch.md), evaluated over canonical events.

Each rule kind is a function from the canonical events to candidate alerts. An alert's id is
a hash of its rule and of what it fired on (a dyad and a day, or an event's type, actors and
day), not of the canonical event's id, so relinking never makes an alert fire again; the
watcher stores every id it raised and never raises one twice.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import yaml

from ..corpus.dyads import MATERIAL_CONFLICT, action_reactions, event_day, event_dyad
from ..errors import FlashpointError

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
                "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


def _bad(message: str, location: str | None = None) -> FlashpointError:
    return FlashpointError("bad-rules", message, location=location)


@dataclass
class Rule:
    name: str
    kind: str
    options: dict
    types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    min_confidence: float | None = None
    missing_confidence: int = field(default=0, compare=False)  # events left out for lack of a confidence

    def accepts(self, event: dict) -> bool:
        if self.types and event.get("event_type") not in self.types:
            return False
        if self.countries:
            found = {(event.get("actor") or {}).get("country"), (event.get("recipient") or {}).get("country"),
                     (event.get("location") or {}).get("country_code")}
            if not found & set(self.countries):
                return False
        if self.min_confidence is not None:
            confidence = event.get("confidence")
            if not isinstance(confidence, (int, float)):
                self.missing_confidence += 1
                return False  # no confidence: it does not meet the floor
            if confidence < self.min_confidence:
                return False
        return True


# name -> (required options, optional options with defaults)
KINDS: dict[str, tuple[dict, dict]] = {
    "first_conflict": ({}, {"days": 30, "directed": True}),
    "goldstein_drop": ({"drop": float}, {"window": 7}),
    "action_reaction": ({}, {"days": 7}),
    "fatalities": ({"above": int}, {}),
    "mention": ({}, {"actors": [], "places": []}),
    "confirmed": ({}, {"sources": 2}),
}
COMMON = {"name", "kind", "types", "countries", "min_confidence"}


def _number(value, name: str, where: str, *, integer: bool = False, minimum: float = 0):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (integer and not isinstance(value, int)):
        raise _bad(f"'{name}' must be a{'n integer' if integer else ' number'}", where)
    if value < minimum:
        raise _bad(f"'{name}' must be at least {minimum}", where)
    return value


def _codes(value, name: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _bad(f"'{name}' must be a list of names", where)
    return tuple(v.strip() for v in value)


def parse_rules(data: object, location: str = "<rules>") -> tuple[list[Rule], list]:
    """(rules, delivery channels as written) from the loaded YAML."""
    if not isinstance(data, dict):
        raise _bad("the rules file must be a mapping with 'rules' (and optionally 'deliver')", location)
    unknown = set(data) - {"rules", "deliver"}
    if unknown:
        raise _bad(f"unknown top-level key(s): {', '.join(sorted(map(str, unknown)))}", location)
    raw_rules = data.get("rules") or []
    if not isinstance(raw_rules, list) or not raw_rules:
        raise _bad("'rules' must be a non-empty list", location)
    rules, names = [], set()
    for index, raw in enumerate(raw_rules):
        where = f"{location}: rules[{index}]"
        if not isinstance(raw, dict):
            raise _bad("a rule must be a mapping with 'name' and 'kind'", where)
        name, kind = raw.get("name"), raw.get("kind")
        if not isinstance(name, str) or not name.strip():
            raise _bad("a rule needs a 'name'", where)
        if name in names:
            raise _bad(f"two rules are named {name!r}", where)
        names.add(name)
        if kind not in KINDS:
            raise _bad(f"unknown kind {kind!r}; one of {', '.join(KINDS)}", where)
        required, optional = KINDS[kind]
        extra = set(raw) - COMMON - set(required) - set(optional)
        if extra:
            raise _bad(f"unknown option(s) for {kind}: {', '.join(sorted(map(str, extra)))}", where)
        options = dict(optional)
        for key, typ in required.items():
            if key not in raw:
                raise _bad(f"{kind} needs '{key}'", where)
            options[key] = _number(raw[key], key, where, integer=typ is int)
        for key, default in optional.items():
            if key not in raw:
                continue
            value = raw[key]
            if isinstance(default, bool):
                if not isinstance(value, bool):
                    raise _bad(f"'{key}' must be true or false", where)
            elif isinstance(default, list):
                value = list(_codes(value, key, where))
            else:
                value = _number(value, key, where, integer=True, minimum=1)
            options[key] = value
        if kind == "mention" and not (options["actors"] or options["places"]):
            raise _bad("mention needs 'actors' or 'places'", where)
        types = tuple(t.upper() for t in _codes(raw.get("types"), "types", where))
        if set(types) - set(PLOVER_TYPES):
            raise _bad(f"unknown event type(s): {', '.join(sorted(set(types) - set(PLOVER_TYPES)))}", where)
        floor = raw.get("min_confidence")
        if floor is not None:
            floor = _number(floor, "min_confidence", where)
            if floor > 1:
                raise _bad("'min_confidence' is a probability in [0, 1]", where)
        rules.append(Rule(name=name, kind=kind, options=options, types=types,
                          countries=tuple(c.upper() for c in _codes(raw.get("countries"), "countries", where)),
                          min_confidence=floor))
    deliver = data.get("deliver") or []
    if not isinstance(deliver, list):
        raise _bad("'deliver' must be a list of channels", location)
    return rules, deliver


def load_rules(path: str | Path) -> tuple[list[Rule], list]:
    location = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise _bad(f"cannot read the rules file ({exc.strerror or exc})", location) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise _bad(f"the rules file is not valid YAML ({first})", location) from None
    return parse_rules(data, location)


# -- evaluation -------------------------------------------------------------------------------


def alert_id(rule: Rule, *key) -> str:
    digest = hashlib.sha256(json.dumps([rule.name, rule.kind, *key], ensure_ascii=False).encode("utf-8")).hexdigest()
    return "al-" + digest[:20]


def _sides(event: dict) -> tuple[str, str]:
    """Who did it to whom, as the dyads count it (country to country when known)."""
    dyad = event_dyad(event)
    if dyad:
        return dyad
    side = lambda s: (event.get(s) or {}).get("country") or (event.get(s) or {}).get("name") or "?"  # noqa: E731
    return side("actor"), side("recipient")


def _signature(event: dict) -> list:
    """What identifies a real event across relinking: type, actor, recipient, day."""
    day = event_day(event)
    if not day:
        return [event.get("id")]
    return [event.get("event_type"), *_sides(event), day]


def _label(event: dict) -> str:
    actor, recipient = _sides(event)
    return f"{event.get('event_type')} {actor}→{recipient} on {event_day(event) or 'an unknown day'}"


def _alert(rule: Rule, key: list, title: str, events: list[dict], **details) -> dict:
    return {"id": alert_id(rule, *key), "rule": rule.name, "kind": rule.kind, "title": title,
            "details": details, "events": events}


def _dyad_rows(events: list[dict], rule: Rule, *, quad_class: int | None = None) -> list[dict]:
    rows = []
    for e in events:
        if not rule.accepts(e) or (quad_class is not None and e.get("quad_class") != quad_class):
            continue
        dyad, day = event_dyad(e), event_day(e)
        if dyad and day:
            rows.append({"dyad": dyad, "day": day, "event": e})
    return sorted(rows, key=lambda r: (r["day"], r["event"].get("id") or ""))


def first_conflict(rule: Rule, events: list[dict]) -> list[dict]:
    """The first material-conflict event of a dyad within `days` days: none in the days before."""
    days, directed = rule.options["days"], rule.options["directed"]
    by_dyad: dict[tuple, list[dict]] = {}
    for row in _dyad_rows(events, rule, quad_class=MATERIAL_CONFLICT):
        key = row["dyad"] if directed else tuple(sorted(row["dyad"]))
        by_dyad.setdefault(key, []).append(row)
    alerts = []
    for dyad, rows in sorted(by_dyad.items()):
        last = None
        for row in rows:
            day = date.fromisoformat(row["day"])
            if last is None or (day - last).days > days:
                same_day = [r["event"] for r in rows if r["day"] == row["day"]]
                kinds = "/".join(sorted({e.get("event_type") for e in same_day}))
                arrow = "→" if directed else "–"
                alerts.append(_alert(rule, [list(dyad), row["day"]], f"first {kinds} {dyad[0]}{arrow}{dyad[1]} in {days} days",
                                     same_day, dyad=list(dyad), day=row["day"], days=days))
            last = day
    return alerts


def goldstein_drop(rule: Rule, events: list[dict]) -> list[dict]:
    """A dyad's Goldstein sum (both directions) over the last `window` days lower than over the
    window before by more than `drop`; once per dyad per window."""
    window, drop = rule.options["window"], rule.options["drop"]
    by_pair: dict[tuple, list[dict]] = {}
    for row in _dyad_rows(events, rule):
        by_pair.setdefault(tuple(sorted(row["dyad"])), []).append(row)
    alerts = []
    for pair, rows in sorted(by_pair.items()):
        last_fired = None
        for day_text in sorted({r["day"] for r in rows}):
            day = date.fromisoformat(day_text)
            current_rows = [r for r in rows if day - timedelta(days=window) < date.fromisoformat(r["day"]) <= day]
            previous = sum(r["event"].get("goldstein") or 0.0 for r in rows
                           if day - timedelta(days=2 * window) < date.fromisoformat(r["day"]) <= day - timedelta(days=window))
            current = sum(r["event"].get("goldstein") or 0.0 for r in current_rows)
            change = round(current - previous, 2)
            if change < -drop and (last_fired is None or (day - last_fired).days >= window):
                last_fired = day
                alerts.append(_alert(rule, [list(pair), day_text],
                                     f"{pair[0]}–{pair[1]} Goldstein sum fell by {-change:g} in {window} days to {day_text}",
                                     [r["event"] for r in current_rows], dyad=list(pair), day=day_text, window=window,
                                     goldstein=round(current, 2), previous=round(previous, 2), change=change))
    return alerts


def action_reaction(rule: Rule, events: list[dict]) -> list[dict]:
    """An action by X on Y answered by Y on X within `days` days (material conflict both)."""
    chosen = [e for e in events if rule.accepts(e)]
    by_id = {e["id"]: e for e in chosen}
    pairs = {tuple(sorted(d)) for d in (event_dyad(e) for e in chosen) if d}
    alerts = []
    for a, b in sorted(pairs):
        for pair in action_reactions(chosen, a, b, days=rule.options["days"]):
            action, reaction = by_id[pair["action"]["id"]], by_id[pair["reaction"]["id"]]
            first, then = event_day(action), event_day(reaction)
            # the kind of answer is part of the key: a recall of an ambassador and a strike back
            # on the same day are two answers, each worth its alert
            alerts.append(_alert(rule, [pair["from"], pair["to"], first, then, reaction.get("event_type")],
                                 f"{pair['to']} answered {pair['from']}: {_label(action)}, then {_label(reaction)}",
                                 [action, reaction], dyad=[pair["from"], pair["to"]], day=then, days=pair["days"]))
    return alerts


def fatalities(rule: Rule, events: list[dict]) -> list[dict]:
    above = rule.options["above"]
    return [_alert(rule, _signature(e), f"{e['fatalities']} killed: {_label(e)}", [e], day=event_day(e),
                   fatalities=e["fatalities"], above=above)
            for e in events if rule.accepts(e) and isinstance(e.get("fatalities"), (int, float)) and e["fatalities"] > above]


def _matches(wanted: tuple[str, ...], values: list) -> str | None:
    lowered = {str(v).casefold() for v in values if v}
    return next((w for w in wanted if w.casefold() in lowered), None)


def mention(rule: Rule, events: list[dict]) -> list[dict]:
    actors, places = tuple(rule.options["actors"]), tuple(rule.options["places"])
    alerts = []
    for e in events:
        if not rule.accepts(e):
            continue
        sides = [e.get("actor") or {}, e.get("recipient") or {}]
        names = [v for s in sides for v in (s.get("name"), s.get("code"), s.get("country"), s.get("text"))]
        location = e.get("location") or {}
        hit = _matches(actors, names) if actors else None
        hit = hit or (_matches(places, [location.get("name"), location.get("admin1"), location.get("country_code"),
                                        location.get("text")]) if places else None)
        if hit:
            alerts.append(_alert(rule, _signature(e), f"{hit} appears: {_label(e)}", [e], day=event_day(e), matched=hit))
    return alerts


def confirmed(rule: Rule, events: list[dict]) -> list[dict]:
    needed = rule.options["sources"]
    return [_alert(rule, _signature(e), f"confirmed by {len(e['sources'])} sources: {_label(e)}", [e],
                   day=event_day(e), sources=list(e["sources"]))
            for e in events if rule.accepts(e) and len(e.get("sources") or []) >= needed]


EVALUATE = {"first_conflict": first_conflict, "goldstein_drop": goldstein_drop, "action_reaction": action_reaction,
            "fatalities": fatalities, "mention": mention, "confirmed": confirmed}


def evaluate(rules: list[Rule], events: list[dict]) -> list[dict]:
    """Every alert the rules raise over `events` (canonical events), in a stable order."""
    alerts = []
    for rule in rules:
        rule.missing_confidence = 0
        alerts.extend(EVALUATE[rule.kind](rule, events))
    return alerts
