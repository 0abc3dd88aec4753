"""Canonical events (one event, many reports), their claims, and event lists filtered for the
API and the dashboard."""

from __future__ import annotations

from ..errors import FlashpointError
from ..store import Store
from . import cache
from .documents import shared_annotations
from .query import Filter, sort_rows


def _canonical_events(store: Store, **filters) -> list[dict]:
    from .. import corpus

    return corpus.canonical_events(store, **filters)


def _claims(store: Store, **options) -> list[dict]:
    from .. import corpus

    return corpus.claims(store, **options)


def canonical_events(store: Store, **filters) -> list[dict]:
    """Canonical events (a private copy: the caller may change them)."""
    return cache.copied(store, "canonical_events", _canonical_events, **filters)


def shared_events(store: Store) -> list[dict]:
    """Every canonical event, the cached list itself: read it, never change it."""
    return cache.shared(store, "canonical_events", _canonical_events)


def canonical_event(store: Store, event_id: str) -> dict:
    """One canonical event by id; `not-found` when there is none."""
    from .. import corpus

    event = corpus.canonical_event(store, event_id)
    if event is None:
        raise FlashpointError("not-found", "no such canonical event", location=event_id)
    return event


def events(store: Store, flt: Filter = Filter(), sort: str | None = None, *, mentions: bool = False) -> list[dict]:
    """Canonical events (or each document's event mentions) the filter keeps, in `sort` order.
    The rows are shared with the cache: serialise them, do not change them."""
    if mentions:
        rows = shared_annotations(store, "events", event_type=flt.event_type.upper() if flt.event_type else None)
    else:
        rows = shared_events(store)
    return sort_rows(flt.events(rows), sort)


def event_claims(store: Store, *, conflicting: bool = True, kind: str | None = None) -> list[dict]:
    return cache.copied(store, "claims", _claims, conflicting=conflicting, kind=kind)


def claims(store: Store, flt: Filter = Filter(), sort: str | None = None) -> list[dict]:
    """Each document's claims the filter keeps."""
    return sort_rows(flt.claims(shared_annotations(store, "claims")), sort, lambda r: r.get("published"))
