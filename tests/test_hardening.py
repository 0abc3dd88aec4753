"""Hostile inputs never stop a batch, and every span of every record indexes the text exactly.

Real files on disk (named pipes, sockets, symbolic link loops, file names that are not UTF-8),
a real SQLite store and the real `flashpoint` command.
"""

from __future__ import annotations

import json
import os
import pickle
import socket
import tempfile
from pathlib import Path

import pytest

import flashpoint
from flashpoint.errors import CODES
from flashpoint.ingest import Document, Failure, read_inputs
from flashpoint.ingest.decode import decode
from flashpoint.records import span_violations

from .conftest import EXAMPLES, IRAN_PAKISTAN

GOOD = "ISLAMABAD, January 18, 2024 - Pakistan said it struck militant hideouts in Iran on Thursday."


def _items(*paths) -> list[Document | Failure]:
    return list(read_inputs([str(p) for p in paths]))


def _only_failure(path, code: str) -> Failure:
    items = _items(path)
    assert len(items) == 1 and isinstance(items[0], Failure), items
    failure = items[0]
    assert failure.code == code, failure
    assert failure.code in CODES
    return failure


# -- the crashing inputs of issue 18, one by one (in process, no model) -----------------------------


def test_an_integer_of_thousands_of_digits_is_a_bad_json_failure(tmp_path):
    path = tmp_path / "big.json"
    path.write_text('{"text": "%s", "id": %s}' % (GOOD, "9" * 5000))
    assert "cannot be read" in _only_failure(path, "bad-json").message


def test_a_huge_integer_fails_its_jsonl_line_only(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text('{"text": "%s", "id": %s}\n{"text": "%s", "id": "ok"}\n' % (GOOD, "9" * 5000, GOOD))
    first, second = _items(path)
    assert isinstance(first, Failure) and first.code == "bad-json" and first.location == f"{path}:1"
    assert isinstance(second, Document) and second.id == "ok"


@pytest.mark.parametrize("body", ["[" * 100_000 + "]" * 100_000, '{"text": "%s", "title": %s}' % (GOOD, "[" * 100_000 + "]" * 100_000)])
def test_deeply_nested_json_is_a_failure(tmp_path, body):
    path = tmp_path / "deep.json"
    path.write_text(body)
    assert "nested too deeply" in _only_failure(path, "bad-json").message


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_a_lone_surrogate_is_a_bad_text_failure(tmp_path, suffix):
    path = tmp_path / f"surrogate{suffix}"
    path.write_text('{"text": "Pakistan said \\ud800 it struck."}\n')
    failure = _only_failure(path, "bad-text")
    assert "U+D800" in failure.message and str(path) in failure.location


def test_a_lone_surrogate_in_the_python_api_is_a_failure():
    with pytest.raises(flashpoint.FlashpointError) as info:
        flashpoint.extract("Pakistan said \ud800 it struck.")
    assert info.value.code == "bad-text"


def test_an_impossible_front_matter_date_is_a_front_matter_failure(tmp_path):
    path = tmp_path / "date.txt"
    path.write_text("---\npublished: 2024-02-30\n---\n" + GOOD)
    assert "day is out of range" in _only_failure(path, "bad-front-matter").message


def test_a_json_array_with_no_document_is_a_failure(tmp_path):
    path = tmp_path / "none.json"
    path.write_text("[]")
    assert _only_failure(path, "empty").message == "the JSON array holds no document"


def test_a_named_pipe_is_refused_without_being_read(tmp_path):
    # Opening a FIFO for reading would block until a writer comes: the test would hang.
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text(GOOD)
    good, pipe = sorted(_items(tmp_path), key=lambda i: i.location)
    assert isinstance(good, Document)
    assert isinstance(pipe, Failure) and pipe.code == "not-a-file" and "named pipe" in pipe.message


def test_a_socket_and_a_device_are_refused(tmp_path):
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "feed.txt"))
        assert "socket" in _only_failure(tmp_path / "feed.txt", "not-a-file").message
    assert "device" in _only_failure("/dev/zero", "not-a-file").message


def test_a_symlink_loop_is_named_as_such(tmp_path):
    os.symlink("b.txt", tmp_path / "a.txt")
    os.symlink("a.txt", tmp_path / "b.txt")
    assert "loop" in _only_failure(tmp_path / "a.txt", "symlink-loop").message
    os.symlink("missing.txt", tmp_path / "dangling.txt")
    assert "missing.txt" in _only_failure(tmp_path / "dangling.txt", "not-found").message


def test_an_external_doctype_is_refused(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "http://example.com/evil.dtd">\n<rss version="2.0"><channel>'
                    f"<title>T</title><item><title>x</title><description>{GOOD}</description></item></channel></rss>")
    assert "http://example.com/evil.dtd" in _only_failure(path, "unsafe-xml").message


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_decoded(tmp_path, codec):
    text = GOOD + " “Café”, naïve — über."
    (tmp_path / "u.txt").write_bytes(text.encode(codec))
    (tmp_path / "u.jsonl").write_bytes((json.dumps({"text": text}, ensure_ascii=False) + "\n").encode(codec))
    docs = _items(tmp_path / "u.txt", tmp_path / "u.jsonl")
    assert [d.text for d in docs] == [text, text]


def test_binary_with_zero_bytes_is_still_binary():
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    with pytest.raises(flashpoint.FlashpointError) as info:
        decode(png, location="x.png")
    assert info.value.code == "binary"


def test_a_file_name_that_is_not_utf8_is_read_and_stored_escaped(tmp_path):
    directory = os.fsencode(tmp_path)
    with open(os.path.join(directory, b"bad-\xff-name.txt"), "wb") as handle:
        handle.write(GOOD.encode())
    [doc] = _items(tmp_path)
    assert isinstance(doc, Document) and doc.location == f"{tmp_path}/bad-\\xff-name.txt"
    doc.location.encode("utf-8")  # storable


def _unprivileged(function):
    """Run `function` where permissions apply: as is, or (under root, who reads everything) in a
    forked child that has dropped to `nobody`. Returns what it returns (pickled through a pipe)."""
    if os.geteuid() != 0:
        return function()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop privileges, run, report, exit without cleanup
        try:
            os.close(read)
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            payload = pickle.dumps(("ok", function()))
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            payload = pickle.dumps(("error", repr(exc)))
        os.write(write, payload)
        os._exit(0)
    os.close(write)
    chunks = []
    while chunk := os.read(read, 65536):
        chunks.append(chunk)
    os.close(read)
    os.waitpid(pid, 0)
    status, value = pickle.loads(b"".join(chunks))
    assert status == "ok", value
    return value


def test_an_unreadable_subdirectory_is_a_failure_not_silence():
    root = Path(tempfile.mkdtemp(prefix="fp-unreadable-"))
    try:
        (root / "locked").mkdir()
        (root / "locked" / "inside.txt").write_text(GOOD)
        (root / "good.txt").write_text("Iran denied the strike on Friday.")
        os.chmod(root / "locked", 0)
        for path in (root, root / "good.txt"):
            os.chmod(path, 0o755)
        items = _unprivileged(lambda: [(type(i).__name__, i.location, getattr(i, "code", None)) for i in read_inputs([str(root)])])
    finally:
        os.chmod(root / "locked", 0o755)
        for path in sorted(root.rglob("*"), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
        root.rmdir()
    assert ("Document", str(root / "good.txt"), None) in items
    assert ("Failure", str(root / "locked"), "unreadable") in items
    assert len(items) == 2


# -- stages -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [" : :", ":", "A : b", "\n: \n:"])
def test_a_colon_with_no_name_before_it_does_not_break_the_quotes_stage(text, pipeline):
    [record] = flashpoint.extract(text, pipeline=pipeline)
    assert record.quotes == []


# -- spans --------------------------------------------------------------------------------------------


def test_span_violations_names_a_span_that_does_not_index_the_text():
    record = {"quotes": [{"text": "we will respond", "span": [0, 16]}],
              "claims": [{"text": "two died", "span": [20, 28]}],
              "events": [{"text": "x", "span": [5, 99]}]}
    text = "we will respond  and two died"
    problems = span_violations(record, text)
    assert len(problems) == 3
    assert problems[0].startswith("quotes[0]: text at [0, 16]")
    assert "outside the text" in problems[2]
    assert span_violations({"quotes": [{"text": "we will respond", "span": [0, 15]}]}, text) == []


def test_span_violations_checks_the_pieces_of_a_quote():
    text = "“We will,” he said, “respond.”"
    ok = {"quotes": [{"text": "We will respond.", "span": [1, 29], "pieces": [[1, 8], [21, 29]]}]}
    assert span_violations(ok, text) == []
    wrong = {"quotes": [{"text": "We will respond.", "span": [0, 29], "pieces": [[1, 9], [21, 29]]}]}
    assert len(span_violations(wrong, text)) == 2


def test_every_span_of_every_record_indexes_the_text(pipeline):
    """The span contract over examples/ and the Iran–Pakistan pair: the text at every span is the
    field's text, and a quote in pieces is its pieces joined."""
    inputs = [str(EXAMPLES)] + ([str(IRAN_PAKISTAN)] if IRAN_PAKISTAN.exists() else [])
    records = 0
    kinds: set[str] = set()
    pieced = 0
    for result in pipeline.process(read_inputs(inputs)):
        assert not isinstance(result, Failure), result
        records += 1
        assert span_violations(result.record, result.document.text) == [], result.document.location
        record = result.record
        kinds.update(k for k in ("events", "claims", "quotes", "dates", "places", "entities") if getattr(record, k))
        pieced += sum(1 for q in record.quotes if len(q.pieces) > 1)
        assert all(q.pieces for q in record.quotes)
    assert records >= 8
    assert kinds == {"events", "claims", "quotes", "dates", "places", "entities"}  # the check saw every kind
    assert pieced >= 1  # and quotes with the speaker cut out of the middle


def test_a_quote_interrupted_by_its_speaker_keeps_both_pieces(pipeline):
    text = "“We will respond,” the minister said on Tuesday, “at a time of our choosing.”"
    [record] = flashpoint.extract(text, pipeline=pipeline)
    [quote] = record.quotes
    assert [text[a:b] for a, b in quote.pieces] == ["We will respond,", "at a time of our choosing."]
    assert quote.text == "We will respond, at a time of our choosing."
    assert tuple(quote.span) == (quote.pieces[0][0], quote.pieces[-1][1])
    assert span_violations(record, text) == []


def test_a_nul_character_fails_its_record_on_every_backend(tmp_path, store, pipeline):
    """PostgreSQL refuses NUL in text: before, the document's write raised and stopped the batch."""
    from flashpoint.service import ingest

    path = tmp_path / "nul.jsonl"
    LONG_ID = "x" * 600  # over the store key's 512: PostgreSQL refused it and stopped the batch too
    path.write_text('{"id": "nul", "text": "Iran said \\u0000 it struck."}\n{"id": "nul-id\\u0000", "text": "Iran struck."}\n'
                    f'{{"id": "fine", "text": "{GOOD}"}}\n{{"id": "{LONG_ID}", "text": "Iran struck."}}\n')
    report = ingest([str(path)], store, pipeline=pipeline)
    assert report.stored == 1 and report.failed == 3
    assert {(f["location"], f["code"]) for f in store.failures()} == {(f"{path}:1", "bad-text"), (f"{path}:2", "bad-text"),
                                                                      (f"{path}:4", "bad-field")}
    assert store.stored_ids(["fine", "nul"]) == {"fine"}


def test_corpus_views_are_cached_per_store_revision_and_never_stale(tmp_path, pipeline):
    from flashpoint import open_store, service

    first, second = [d for d in read_inputs([str(IRAN_PAKISTAN)]) if isinstance(d, Document)]
    with open_store(str(tmp_path / "views.db")) as store:
        service.store_items([first], store, pipeline=pipeline)
        events_one, quotes_one = service.canonical_events(store), service.quote_provenance(store)
        assert events_one and quotes_one
        quotes_one[0]["text"] = "changed by a caller"  # a caller's copy: the cache is not touched
        events_one.clear()
        assert service.quote_provenance(store)[0]["text"] != "changed by a caller"
        assert len(service.canonical_events(store)) > 0
        revision = store.revision()
        assert store.revision() == revision  # nothing changed, the views are served again
        service.store_items([second], store, pipeline=pipeline)
        assert store.revision() != revision
        both = service.canonical_events(store)
        assert {m["doc_id"] for e in both for m in e["mentions"]} == {first.id, second.id}
        store.delete([second.id])
        assert {m["doc_id"] for e in service.canonical_events(store) for m in e["mentions"]} == {first.id}


def test_a_response_rendered_from_a_stale_view_is_served_again_for_a_moment_only(tmp_path, monkeypatch):
    """While another process ingests, the views are stale and being recomputed: the response
    rendered from one is kept for STALE_SECONDS (not rendered again for every client), then
    rendered afresh; a response from a current view is kept until the store changes."""
    import asyncio

    from flashpoint import open_store
    from flashpoint.api import http
    from flashpoint.service.cache import SERVED_STALE

    rendered, stale = [], {"now": True}

    async def app(scope, receive, send):
        rendered.append(scope["path"])
        SERVED_STALE.get()["stale"] = stale["now"]
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"[]"})

    async def get(cache):
        sent = []

        async def send(message):
            sent.append(message)

        await cache({"type": "http", "method": "GET", "path": "/api/events", "query_string": b""}, None, send)
        return sent[-1]["body"]

    clock = {"t": 1000.0}
    monkeypatch.setattr(http.time, "monotonic", lambda: clock["t"])
    with open_store(str(tmp_path / "cache.db")) as store:
        cache = http.ReadCache(app, store)
        assert asyncio.run(get(cache)) == b"[]" and asyncio.run(get(cache)) == b"[]"
        assert len(rendered) == 1  # the second client got the bytes already rendered
        clock["t"] += cache.STALE_SECONDS + 0.01
        asyncio.run(get(cache))
        assert len(rendered) == 2  # a stale rendering does not outlive its moment
        stale["now"] = False
        clock["t"] += cache.STALE_SECONDS + 0.01
        asyncio.run(get(cache))
        clock["t"] += 3600
        asyncio.run(get(cache))
        assert len(rendered) == 3  # a current rendering is kept while the store does not change



def test_another_process_write_is_seen_within_bounded_time_computed_outside_this_process(tmp_path, pipeline, monkeypatch):
    """A second Store object on the same file stands for another process (its writes are not
    counted by ours). Its write makes the view stale: the old view is served at once, while
    the view worker (a separate process) computes the new one, which takes its place within
    seconds; the serving process does not link or merge it itself. Its own writes are seen at once."""
    import time

    from flashpoint import corpus, open_store, service
    from flashpoint.service import cache

    first, second = [d for d in read_inputs([str(IRAN_PAKISTAN)]) if isinstance(d, Document)]
    db = str(tmp_path / "other.db")
    monkeypatch.setattr(cache, "REVISION_SECONDS", 0.0)
    with open_store(db) as served, open_store(db) as other:
        service.store_items([first], served, pipeline=pipeline)
        before = service.canonical_events(served)
        assert {m["doc_id"] for e in before for m in e["mentions"]} == {first.id}
        service.store_items([second], other, pipeline=pipeline)  # stored and linked "elsewhere"

        computed_here = []
        real = corpus.canonical_events
        monkeypatch.setattr(corpus, "canonical_events", lambda *a, **k: computed_here.append(a) or real(*a, **k))
        assert service.canonical_events(served) == before  # stale, served at once
        deadline, seen = time.monotonic() + 60, set()
        while time.monotonic() < deadline and seen != {first.id, second.id}:
            time.sleep(0.05)
            seen = {m["doc_id"] for e in service.canonical_events(served) for m in e["mentions"]}
        assert seen == {first.id, second.id}
        assert computed_here == []  # the worker computed it
        assert cache._WORKER.process is not None and cache._WORKER.process.pid != os.getpid()

        served.delete([second.id])  # this process's own write: seen at once, computed here
        assert {m["doc_id"] for e in service.canonical_events(served) for m in e["mentions"]} == {first.id}
        assert computed_here
