"""Quotes merged across documents (who said it first, who repeated it) and quote lists."""

from __future__ import annotations

from ..store import Store
from . import cache
from .documents import shared_annotations
from .query import Filter, quote_date, sort_rows


FRAGMENT_WORDS = 4


def _quote_provenance(store: Store) -> list[dict]:
    from .. import corpus

    return corpus.quote_provenance(store)


def quote_provenance(store: Store) -> list[dict]:
    """Merged quotes (a private copy)."""
    return cache.copied(store, "quote_provenance", _quote_provenance)


def shared_quotes(store: Store) -> list[dict]:
    """Merged quotes, the cached list itself: read it, never change it."""
    return cache.shared(store, "quote_provenance", _quote_provenance)


def quotes(store: Store, flt: Filter = Filter(), sort: str | None = None, *, mentions: bool = False) -> list[dict]:
    """Merged quotes (or, with `mentions`, each quotation) the filter keeps. sort=repeated:
    most repeated first; date/-date by first publication."""
    rows = flt.quotes(shared_annotations(store, "quotes") if mentions else shared_quotes(store))
    if sort == "repeated":
        # A fragment of a word or two ("terrorists") recurs because it is short, not because
        # it was repeated: such quotes follow the quotes of FRAGMENT_WORDS words or more.
        return sorted(rows, key=lambda r: (len((r.get("text") or "").split()) < FRAGMENT_WORDS, -len(r.get("occurrences") or []),
                                           quote_date(r) or "", r["id"]))
    return sort_rows(rows, sort, quote_date)
