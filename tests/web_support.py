"""Shared by the dashboard, report and browser tests: stores made once per test run, a live
server on loopback, and the events the pages are checked against (found through the
service layer, never by hard-coded ids, so they follow the corpus layer's changes)."""

from __future__ import annotations

import json
from contextlib import contextmanager
import socket
import tempfile
import threading
import time
from functools import lru_cache
from pathlib import Path

from .conftest import IRAN_PAKISTAN

# An article whose every field carries markup that would run if it reached a page unescaped.
HOSTILE = {
    "id": "hostile-1",
    "source": '<b onmouseover="window.__pwned=1">Wire</b>',
    "published": "2024-01-20",
    "title": '<script>window.__pwned=2</script><img src=x onerror="window.__pwned=3">',
    "text": ("ISLAMABAD - Pakistan attacked militant camps in Iran on Thursday <script>window.__pwned=4</script>, officials said.\n"
             'The army said <img src=x onerror="window.__pwned=5"> that Iran had struck Pakistani villages on Tuesday.\n'
             '"We will respond <script>alert(6)</script> to any aggression," said Pakistan\'s foreign minister Jalil Abbas Jilani.'),
}


def _ingest(db: str, paths: list[str], nlp) -> None:
    from flashpoint import Pipeline, open_store, service

    with open_store(db) as store:
        report = service.ingest(paths, store, pipeline=Pipeline(nlp=nlp))
    assert report.stored >= 1 and not report.failed, report


@lru_cache(maxsize=None)
def iran_pakistan_db(nlp) -> str:
    """A SQLite store holding the Iran–Pakistan pair, ingested once per run."""
    db = str(Path(tempfile.mkdtemp(prefix="fp-web-")) / "iran-pakistan.db")
    _ingest(db, [str(IRAN_PAKISTAN)], nlp)
    return db


@lru_cache(maxsize=None)
def hostile_db(nlp) -> str:
    folder = Path(tempfile.mkdtemp(prefix="fp-xss-"))
    (folder / "hostile.jsonl").write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    db = str(folder / "hostile.db")
    _ingest(db, [str(folder / "hostile.jsonl")], nlp)
    return db


def strike(db: str, actor: str, recipient: str) -> dict:
    """The most reported ASSAULT by `actor`'s country on `recipient`'s (a strike of the pair)."""
    from flashpoint import open_store, service

    with open_store(db) as store:
        rows = [e for e in service.canonical_events(store) if e["event_type"] == "ASSAULT"
                and (e.get("actor") or {}).get("country") == actor and (e.get("recipient") or {}).get("country") == recipient]
    assert rows, f"no {actor} ASSAULT on {recipient} in the store"
    return max(rows, key=lambda e: len(e["mentions"]))


def mention_events(db: str, event: dict) -> list[dict]:
    """The per-document events a canonical event merges."""
    from flashpoint import open_store, service

    ids = {m["event_id"] for m in event["mentions"]}
    with open_store(db) as store:
        return [e for e in service.list_annotations(store, "events") if e["id"] in ids]


class LiveServer:
    """The app (API and pages) served by uvicorn in a thread on 127.0.0.1 and a free port."""

    def __init__(self, db: str):
        import uvicorn

        from flashpoint.api import create_app

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.app = create_app(db)
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.app.state.store.close()


@contextmanager
def serve_process(db: str, *options: str, env: dict | None = None, wait: float = 120):
    """`flashpoint serve --db DB OPTIONS` in a subprocess on a free loopback port; yields the port
    once the server answers, and stops it after."""
    import os
    import subprocess
    import sys
    import urllib.error
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([str(Path(sys.executable).parent / "flashpoint"), "serve", "--db", str(db), "--port", str(port),
                               *options], env=env or dict(os.environ), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + wait
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/openapi.json", timeout=10).close()
                break
            except urllib.error.HTTPError:
                break  # it answers
            except OSError:
                assert server.poll() is None and time.time() < deadline, server.stderr.read().decode()[-2000:]
                time.sleep(0.5)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=60)
