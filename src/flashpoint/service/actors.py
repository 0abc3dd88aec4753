"""Actors merged across documents."""

from __future__ import annotations

from ..store import Store
from . import cache
from .query import Filter


def _merge(store: Store) -> list[dict]:
    merged: dict[tuple, dict] = {}
    for item in store.annotations("actors"):
        key = (item.get("code"), item["name"])
        entry = merged.setdefault(key, {"name": item["name"], "code": item.get("code"), "country": item.get("country"),
                                        "sector": item.get("sector"), "aliases": [], "documents": 0})
        entry["documents"] += 1
        for alias in item.get("aliases", []):
            if alias not in entry["aliases"]:
                entry["aliases"].append(alias)
    return sorted(merged.values(), key=lambda a: (-a["documents"], a["name"]))


def list_actors(store: Store) -> list[dict]:
    """Actors merged across documents: one row per (code, name) with every alias seen (a copy)."""
    return cache.copied(store, "actors", _merge)


def actors(store: Store, flt: Filter = Filter()) -> list[dict]:
    """Merged actors the filter keeps (shared with the cache: read only)."""
    return flt.actors(cache.shared(store, "actors", _merge))
