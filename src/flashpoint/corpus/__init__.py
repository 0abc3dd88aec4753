"""The corpus layer: what the CLI, the HTTP API and the dashboard call over a store.

- `canonical_events(store, ...)`: merged events (record-format event fields plus
  `mentions`, `sources`, `first_reported`, `disagreements`).
- `claims(store, ...)`: each canonical event's claims side by side, disputed ones by default.
- `quote_provenance(store, ...)`: merged quotes with `occurrences` and `first_seen`.
- `dyads(store)`, `dyad(store, a, b, ...)`: escalation per pair of countries.
- `reuse(store, ...)`: shared passages and near-duplicate documents.

Canonical events are persisted in the store and linked incrementally as documents arrive
(persist.py); everything else is computed on demand from the stored records. Canonical
events, their stats and the dyads leave out documents flagged as near-duplicates of an
earlier one (the same story under two ids), so a story is counted once.
"""

from __future__ import annotations

from ..language.periods import event_period
from . import dyads as _dyads
from . import persist
from .linking import CanonicalEvent, Linker, build_linker, link_events
from .quotes import quote_provenance
from .reuse import find_reuse, reuse

__all__ = ["canonical_events", "canonical_event", "claims", "link_events", "linking_stats", "quote_provenance", "dyads", "dyad", "reuse",
           "find_reuse", "Linker", "CanonicalEvent", "build_linker"]


_DEFAULTS = {"day_window": 1, "undated_window": 3, "skip_duplicates": True}


def _persisted(options: dict) -> bool:
    """The stored canonical events are linked with the default settings; other settings
    are computed on demand (for experiments and the benchmark)."""
    return all(options.get(k, v) == v for k, v in _DEFAULTS.items())


def canonical_events(store, *, min_sources: int = 1, day_window: int = 1, undated_window: int = 3,
                     event_type: str | None = None, country: str | None = None,
                     skip_duplicates: bool = True, min_confidence: float | None = None) -> list[dict]:
    """Canonical events as dicts, ordered by date; filters: at least `min_sources` sources,
    one PLOVER type, an actor or recipient country, a confidence of at least `min_confidence`."""
    options = {"day_window": day_window, "undated_window": undated_window, "skip_duplicates": skip_duplicates}
    if _persisted(options):
        persist.sync(store)
        with store.linking(write=False) as session:
            found = session.events(event_type=event_type, country=country, min_sources=min_sources)
        return [e for e in found if confident(e, min_confidence)]
    out = []
    for event in link_events(store, **options):
        e = event.to_dict()
        if len(event.sources) < min_sources or (event_type and e["event_type"] != event_type):
            continue
        if country and country not in ((e.get("actor") or {}).get("country"), (e.get("recipient") or {}).get("country")):
            continue
        if confident(e, min_confidence):
            out.append(e)
    return out


def confident(event: dict, min_confidence: float | None) -> bool:
    """Whether an event reaches a confidence floor (events of stores coded before confidence
    existed have none, and pass only when no floor is asked for)."""
    if min_confidence is None:
        return True
    value = event.get("confidence")
    return isinstance(value, (int, float)) and value >= min_confidence


def canonical_event(store, event_id: str) -> dict | None:
    """One canonical event by its id (`ce-...`), or None."""
    persist.sync(store)
    with store.linking(write=False) as session:
        found = session.events(event_id=event_id)
    return found[0] if found else None


def claims(store, *, conflicting: bool = True, kind: str | None = None) -> list[dict]:
    """Claims per canonical event, one row per claim with its claimant and source, so rival
    accounts stand side by side. With `conflicting` (the default), only the claims of kinds
    the event's sources disagree on: figures that differ, and denials."""
    rows = []
    for event in canonical_events(store):
        disputed = set(event.get("disagreements") or {}) - {"date"}
        for claim in event.get("claims") or []:
            claim_kind = "denied" if claim.get("kind") == "denial" else claim.get("kind")
            if (conflicting and claim_kind not in disputed) or (kind and claim.get("kind") != kind):
                continue
            rows.append({
                "event_id": event["id"], "event_type": event.get("event_type"), "date": event_period(event),
                "actor": (event.get("actor") or {}).get("code"), "recipient": (event.get("recipient") or {}).get("code"),
                "kind": claim.get("kind"), "value": claim.get("value"),
                "claimant": (claim.get("claimant") or {}).get("name"), "source": claim.get("source"),
                "published": claim.get("published"), "doc_id": claim.get("doc_id"), "text": claim.get("text"),
                "disputed": claim_kind in disputed,
            })
    return rows


def linking_stats(store, *, day_window: int = 1, undated_window: int = 3, skip_duplicates: bool = True) -> dict:
    """Mentions linked, mentions skipped (status), canonical events, merged and cross-document
    events, near-duplicate documents left out."""
    options = {"day_window": day_window, "undated_window": undated_window, "skip_duplicates": skip_duplicates}
    if _persisted(options):
        persist.sync(store)
        with store.linking(write=False) as session:
            return session.stats()
    return build_linker(store, **options).stats()


def dyads(store) -> list[dict]:
    """Every pair of countries with events: counts and Goldstein sums per direction."""
    return _dyads.all_dyads(canonical_events(store))


def dyad(store, a: str, b: str, *, days: int = 7, start: str | None = None, end: str | None = None) -> dict:
    """One dyad: daily series (both directions), action-reaction pairs within `days` days and
    the escalation summary over [start, end]."""
    events = canonical_events(store)
    # the series and the pairs cover the same window as the summary, bounds taken as days
    start, end = _dyads.first_day(start), _dyads.last_day(end)
    series = [d for d in _dyads.daily_series(events, a, b) if (not start or d["date"] >= start) and (not end or d["date"] <= end)]
    pairs = [p for p in _dyads.action_reactions(events, a, b, days=days)
             if (not start or _dyads.event_day(p["action"]) >= start) and (not end or _dyads.event_day(p["action"]) <= end)]
    return {"dyad": [a, b], "series": series, "action_reactions": pairs,
            "summary": _dyads.escalation(events, a, b, start=start, end=end)}
