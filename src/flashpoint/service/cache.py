"""Corpus views computed once per store revision.

The HTTP API and the dashboard serve the same merged events, quotes and dyads many times
between two ingests, and computing them costs 0.1 to 3 s on a few hundred documents.
`shared` returns the cached object itself, for readers that only filter, count and
serialise it (the service's own list functions); `copied` returns a private copy for
callers that may change what they get (the CLI, the Python API, exports).

A view is computed by a module-level function `compute(store, **options)`. When this process
has written (or no view is cached yet), the reader computes the view itself, at once: a
caller sees its own writes. When only another process has written (a `flashpoint ingest`
beside `serve`), the reader is served the view already computed while the new one is
computed in a second process, the view worker: one long-lived process per serving process,
started on first need, that opens the same store, computes one view at a time and sends it
back pickled, at a lower CPU priority than the readers. It runs in another process, not in a
thread, because linking and merging are pure Python: a thread computing them holds the GIL
for seconds and starves the server's event loop (measured: reads of 1.5 to 1.7 s while 100
documents were ingested and linked, with a shorter switch interval and pauses between
refreshes tried and not enough). In the serving process a refresh costs only the unpickling
of the result. A view is at most one round of the worker's queue (every stale view, each
computed once) behind another process's write. Stores the worker cannot open (in memory) and
a worker that failed fall back to a background thread in this process, as before.
"""

from __future__ import annotations

import contextvars
import multiprocessing
import os
import pickle
import threading
import time

from ..store import Store, open_store

VIEWS_KEPT = 64  # computed corpus views kept per store object
REVISION_SECONDS = 1.0  # how long another process's write may go unseen
STORES_KEPT = 4  # stores the view worker keeps open
WORKER_NICENESS = 10  # the view worker's lower CPU priority


class _Entry:
    __slots__ = ("revision", "value", "_pickled")

    def __init__(self, revision, value, pickled: bytes | None = None):
        self.revision, self.value, self._pickled = revision, value, pickled

    def copy(self):
        # kept pickled once: each caller unpickles its own copy (several times faster than deepcopy)
        if self._pickled is None:
            self._pickled = pickle.dumps(self.value, protocol=pickle.HIGHEST_PROTOCOL)
        return pickle.loads(self._pickled)


# True in the view worker: there every view is computed at once, at the store's current revision.
_IN_WORKER = False


def revision(store: Store) -> tuple:
    """The store's revision as the caches see it: this process's own writes at once (the
    store's write counter), other processes' (a `flashpoint ingest` beside `serve`) within
    REVISION_SECONDS, rather than three queries on every read under load."""
    now = time.monotonic()
    seen = store.__dict__.get("_revision")
    if seen is None or _IN_WORKER or now - seen[0] > REVISION_SECONDS or seen[1] != store.writes:
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

    When only another process has written, the view already computed is served while the
    view worker computes the new one: a reader never waits for another process's linking.
    This process's own writes are seen at once."""
    cache: dict = store.__dict__.setdefault("_views", {})
    key = (name, tuple(sorted(options.items())))
    revision_now = revision(store)
    hit = cache.get(key)
    if hit is not None and hit.revision == revision_now:
        return hit
    if hit is not None and hit.revision[0] == revision_now[0] and not _IN_WORKER:
        _refresh(store, cache, key, hit, revision_now, compute, options)
        flag = SERVED_STALE.get()
        if flag is not None:
            flag["stale"] = True
        return hit
    # one thread computes a view; the others wait for it rather than compute it again
    with store.__dict__.setdefault("_views_lock", threading.RLock()):
        hit = cache.get(key)
        if hit is not None and hit.revision == revision_now:
            return hit
        hit = _Entry(revision_now, compute(store, **options))
        _keep(cache, key, hit)
        return hit


def _keep(cache: dict, key, entry: _Entry) -> None:
    if key not in cache and len(cache) >= VIEWS_KEPT:
        cache.clear()
    cache[key] = entry


def _refresh(store: Store, cache: dict, key, hit: _Entry, revision_then: tuple, compute, options: dict) -> None:
    """Compute a view again, in the view worker, once at a time per view; a background
    thread waits for the worker (without the GIL) and puts the new view in place, unless a
    newer one took the old one's place meanwhile."""
    running: set = store.__dict__.setdefault("_refreshing", set())
    with store.__dict__.setdefault("_refreshing_lock", threading.Lock()):
        if key in running:
            return
        running.add(key)

    def work():
        try:
            pickled = _WORKER.compute(store, compute, options)
            if pickled is not None:
                entry = _Entry(revision_then, pickle.loads(pickled), pickled)
            else:  # no worker for this store: compute here, as one of this process's readers
                with store.__dict__.setdefault("_views_lock", threading.RLock()):
                    entry = _Entry(revision(store), compute(store, **options))
            if cache.get(key) is hit:
                _keep(cache, key, entry)
        finally:
            running.discard(key)

    threading.Thread(target=work, name=f"refresh-{key[0]}", daemon=True).start()


class _ViewWorker:
    """The serving process's end of the view worker: one request at a time over a pipe."""

    def __init__(self):
        self.lock = threading.Lock()
        self.process = None
        self.conn = None

    def _start(self) -> None:
        # spawn, not fork: the serving process has threads, and a forked child could inherit
        # a lock one of them held
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        # daemonic: ended with the serving process (and it ends on its own when the pipe closes)
        self.process = context.Process(target=_serve_views, args=(child,), name="flashpoint-views", daemon=True)
        self.process.start()
        child.close()

    def compute(self, store: Store, compute, options: dict) -> bytes | None:
        """The view computed in the worker, pickled; None when the worker cannot compute it
        (a store in memory, a worker that cannot be started or died, an error in the worker)."""
        url = store.engine.url
        if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
            return None
        try:
            request = pickle.dumps((url.render_as_string(hide_password=False), compute, options))
        except (pickle.PicklingError, AttributeError, TypeError):  # not a module-level function
            return None
        with self.lock:
            for _attempt in range(2):  # a worker that died is started again once
                try:
                    if self.process is None or not self.process.is_alive():
                        self._start()
                    self.conn.send_bytes(request)
                    ok, payload = self.conn.recv()
                    return payload if ok else None
                except (OSError, EOFError, AssertionError):
                    # AssertionError: a daemonic process may not start one; the others: the pipe broke
                    self.stop()
            return None

    def stop(self) -> None:
        if self.process is not None and self.process.is_alive():
            self.process.terminate()
        if self.conn is not None:
            self.conn.close()
        self.process = self.conn = None


_WORKER = _ViewWorker()


def _serve_views(conn) -> None:
    """The view worker's loop: compute each view asked for and send it back pickled."""
    global _IN_WORKER
    _IN_WORKER = True
    try:
        # on a machine with few cores the serving process's readers come first; a view that
        # lags a little longer behind another process's write is the lesser cost
        os.nice(WORKER_NICENESS)
    except OSError:  # pragma: no cover - not allowed here
        pass
    stores: dict[str, Store] = {}
    try:
        while True:
            try:
                url, compute, options = pickle.loads(conn.recv_bytes())
            except EOFError:  # the serving process is gone
                return
            try:
                store = stores.pop(url, None) or open_store(url)
                stores[url] = store  # the most recently used last
                while len(stores) > STORES_KEPT:
                    stores.pop(next(iter(stores))).close()
                conn.send((True, pickle.dumps(compute(store, **options), protocol=pickle.HIGHEST_PROTOCOL)))
            except Exception as exc:  # noqa: BLE001 - the serving process computes it itself instead
                conn.send((False, f"{type(exc).__name__}: {exc}"))
    finally:
        for store in stores.values():
            store.close()


def shared(store: Store, name: str, compute, **options):
    """The cached view itself: read it, never change it. `compute(store, **options)` computes
    it; a module-level function, so that the view worker can be sent it."""
    return _entry(store, name, compute, options).value


def copied(store: Store, name: str, compute, **options):
    """A private copy of the cached view."""
    return _entry(store, name, compute, options).copy()
