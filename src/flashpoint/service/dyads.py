"""Pairs of countries: who acts on whom, and whether it escalates."""

from __future__ import annotations

from ..store import Store
from . import cache


def _dyads(store: Store) -> list[dict]:
    from .. import corpus

    return corpus.dyads(store)


def _dyad(store: Store, a: str, b: str, **options) -> dict:
    from .. import corpus

    return corpus.dyad(store, a, b, **options)


def dyads(store: Store) -> list[dict]:
    return cache.copied(store, "dyads", _dyads)


def dyad(store: Store, a: str, b: str, **options) -> dict:
    return cache.copied(store, "dyad", _dyad, a=a, b=b, **options)
