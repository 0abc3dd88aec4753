"""Pairs of countries: who acts on whom, and whether it escalates."""

from __future__ import annotations

from ..store import Store
from . import cache


def dyads(store: Store) -> list[dict]:
    from .. import corpus

    return cache.copied(store, "dyads", lambda: corpus.dyads(store))


def dyad(store: Store, a: str, b: str, **options) -> dict:
    from .. import corpus

    return cache.copied(store, "dyad", lambda a, b, **o: corpus.dyad(store, a, b, **o), a=a, b=b, **options)
