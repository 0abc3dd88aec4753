"""Corpus views computed once per store revision.

The HTTP API and the dashboard serve the same merged events, quotes and dyads many times
between two ingests, and computing them costs 0.1 to 3 s on a few hundred documents.
`shared` returns the cached object itself, for readers that only filter, count and
serialise it (the service's own list functions); `copied` returns a private copy for
callers that may change what they get (the CLI, the Python API, exports).
"""

from __future__ import annotations

import contextvars
import pickle
import threading
import time

from ..store import Store

VIEWS_KEPT = 64  # computed corpus views kept per store object
REVISION_SECONDS = 1.0  # how long another process's write may go unseen


class _Entry:
    __slots__ = ("revision", "value", "_pickled")

    def __init__(self, revision, value):
        self.revision, self.value, self._pickled = revision, value, None

    def copy(self):
        # kept pickled once: each caller unpickles its own copy (several times faster than deepcopy)
        if self._pickled is None:
            self._pickled = pickle.dumps(self.value, protocol=pickle.HIGHEST_PROTOCOL)
        return pickle.loads(self._pickled)


def revision(store: Store) -> tuple:
    """The store's revision as the caches see it: this process's own writes at once (the
    store's write counter), other processes' (a `flashpoint ingest` beside `serve`) within
    REVISION_SECONDS, rather than three queries on every read under load."""
    now = time.monotonic()
    seen = store.__dict__.get("_revision")
    if seen is None or now - seen[0] > REVISION_SECONDS or seen[1] != store.writes:
        writes = store.writes  # read before the revision: a write meanwhile makes the next look again
        seen = (now, writes, store.revision())
        store.__dict__["_revision"] = seen
    return seen[1], seen[2]


# Set by a reader that may keep what it builds (the HTTP response cache): marked when a view
# older than the store was served, so that nothing built from it is kept.
SERVED_STALE: contextvars.ContextVar[dict | None] = contextvars.ContextVar("served_stale", default=None)


def _entry(store: Store, name: str, compute, options: dict) -> _Entry:
    """The view at the store's current revision. The revision is read before computing, so a
    view computed while documents were stored is recomputed on the next call.

    When only another process has written (a `flashpoint ingest` beside `serve`), the view
    already computed is served while a background thread computes the new one: a reader
    never waits for another process's linking. This process's own writes are seen at once."""
    cache: dict = store.__dict__.setdefault("_views", {})
    key = (name, tuple(sorted(options.items())))
    revision_now = revision(store)
    hit = cache.get(key)
    if hit is not None and hit.revision == revision_now:
        return hit
    if hit is not None and hit.revision[0] == revision_now[0]:
        _refresh(store, cache, key, compute, options)
        flag = SERVED_STALE.get()
        if flag is not None:
            flag["stale"] = True
        return hit
    # one thread computes a view; the others wait for it rather than compute it again
    with store.__dict__.setdefault("_views_lock", threading.RLock()):
        hit = cache.get(key)
        if hit is not None and hit.revision == revision_now:
            return hit
        hit = _Entry(revision_now, compute(**options))
        if len(cache) >= VIEWS_KEPT:
            cache.clear()
        cache[key] = hit
        return hit


def _refresh(store: Store, cache: dict, key, compute, options: dict) -> None:
    """Compute a view again in a background thread, once at a time per view."""
    running: set = store.__dict__.setdefault("_refreshing", set())
    with store.__dict__.setdefault("_refreshing_lock", threading.Lock()):
        if key in running:
            return
        running.add(key)

    def work():
        try:
            with store.__dict__.setdefault("_views_lock", threading.RLock()):
                revision_then = revision(store)
                value = compute(**options)
                cache[key] = _Entry(revision_then, value)
        finally:
            running.discard(key)

    threading.Thread(target=work, name=f"refresh-{key[0]}", daemon=True).start()


def shared(store: Store, name: str, compute, **options):
    """The cached view itself: read it, never change it."""
    return _entry(store, name, compute, options).value


def copied(store: Store, name: str, compute, **options):
    """A private copy of the cached view."""
    return _entry(store, name, compute, options).copy()
