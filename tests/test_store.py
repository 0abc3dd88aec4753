"""The store on SQLite and on a real PostgreSQL: one write path, idempotence, resumption, migrations."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from flashpoint import Document, open_store
from flashpoint.errors import StoreError
from flashpoint.records import ActorRef, DateMention, DocumentRecord, Event, Trigger
from flashpoint.service import ingest
from flashpoint.store import LATEST, schema

from .conftest import GUARDIAN, IRAN_PAKISTAN

FLASHPOINT = str(Path(sys.executable).parent / "flashpoint")


def _record(doc_id: str) -> DocumentRecord:
    """A hand-made record with one event, so the store is tested apart from the NLP."""
    return DocumentRecord(
        doc_id=doc_id, source="Test Wire", published="2024-01-17",
        events=[Event(
            id=f"{doc_id}:e1", event_type="ASSAULT", mode="aerial", cameo="195", goldstein=-10.0, quad_class=4,
            actor=ActorRef(name="Iran", code="IRNMIL", country="IRN", sector="MIL", text="Iranian missiles", span=(0, 16)),
            recipient=ActorRef(name="Jaish al-Adl", code="IRNREB", country="IRN", sector="REB", text="Jaish al-Adl", span=(24, 36)),
            date="2024-01-16", date_precision="day", date_text="Tuesday",
            text="Iranian missiles struck Jaish al-Adl on Tuesday.", span=(0, 48),
            trigger=Trigger(text="struck", span=(17, 23)), rule="test.manual",
        )],
        dates=[DateMention(text="Tuesday", span=(40, 47), value="2024-01-16", precision="day")],
    )


def _document(doc_id: str) -> Document:
    return Document.build("Iranian missiles struck Jaish al-Adl on Tuesday.", id=doc_id, source="Test Wire", published="2024-01-17")


def test_write_and_read_back(store):
    assert store.schema_version() == LATEST
    assert store.write(_document("d1"), _record("d1"), pipeline="test")
    [record] = list(store.records())
    assert record == _record("d1")
    [event] = store.annotations("events")
    assert event["doc_id"] == "d1" and event["actor"]["code"] == "IRNMIL" and event["source"] == "Test Wire"
    assert store.annotations("events", where={"event_type": "PROTEST"}) == []
    assert store.annotations("events", where={"actor_code": "IRNMIL"})[0]["id"] == "d1:e1"
    assert store.document_text("d1").startswith("Iranian missiles")
    counts = store.counts()
    assert counts["documents"] == 1 and counts["events"] == 1 and counts["dates"] == 1


def test_write_twice_is_a_no_op_and_replace_rewrites(store):
    assert store.write(_document("d1"), _record("d1"))
    assert not store.write(_document("d1"), _record("d1"))
    assert store.counts()["events"] == 1
    changed = _record("d1")
    changed.events[0].status = "denied"
    assert store.write(_document("d1"), changed, replace=True)
    assert store.counts()["events"] == 1
    assert store.annotations("events")[0]["status"] == "denied"
    assert store.delete(["d1"]) == 1
    assert store.counts()["documents"] == 0 and store.counts()["events"] == 0


def test_failed_write_leaves_nothing_behind(store):
    """One transaction per document: an error half-way stores none of it."""
    bad = _record("d2")
    bad.events.append(bad.events[0].model_copy())  # the same event id twice violates uniqueness
    with pytest.raises(StoreError) as info:
        store.write(_document("d2"), bad)
    assert info.value.code == "store-error"
    counts = store.counts()
    assert counts["documents"] == 0 and counts["events"] == 0 and counts["dates"] == 0


def test_reopening_keeps_data_and_version(db_url):
    with open_store(db_url) as store:
        store.write(_document("d1"), _record("d1"))
    with open_store(db_url) as store:
        assert store.stored_ids(["d1", "d2"]) == {"d1"}
        assert store.schema_version() == LATEST


def test_store_written_by_a_newer_version_is_refused(db_url):
    with open_store(db_url) as store:
        with store.engine.begin() as conn:
            conn.execute(schema.meta.update().values(value=str(LATEST + 1)))
    with pytest.raises(StoreError) as info:
        open_store(db_url)
    assert info.value.code == "store-too-new"


def test_unreachable_store_is_one_clear_error():
    with pytest.raises(StoreError) as info:
        open_store("postgresql://nobody:secret@127.0.0.1:1/none")
    assert info.value.code == "store-error"
    assert "secret" not in str(info.value)  # passwords never reach messages


def test_same_corpus_ingested_twice_stores_each_document_once(store, pipeline):
    first = ingest([str(IRAN_PAKISTAN)], store, pipeline=pipeline)
    assert (first.stored, first.skipped, first.failed) == (2, 0, 0)
    second = ingest([str(IRAN_PAKISTAN)], store, pipeline=pipeline)
    assert (second.stored, second.skipped, second.failed) == (0, 2, 0)
    assert sorted(store.stored_ids(["reuters-2024-01-19-iran-pakistan", "efsas-2024-01-26-iran-pakistan", "x"])) == [
        "efsas-2024-01-26-iran-pakistan", "reuters-2024-01-19-iran-pakistan"]
    assert store.counts()["documents"] == 2
    entities = store.counts()["entities"]
    assert entities == sum(len(r.entities) for r in store.records())
    assert entities > 100


def _sample_corpus(path: Path, n: int) -> list[str]:
    ids = []
    with open(GUARDIAN, encoding="utf-8") as src, open(path, "w", encoding="utf-8") as out:
        for line in src:
            if len(ids) == n:
                break
            ids.append(json.loads(line)["id"])
            out.write(line)
    return ids


def _count_documents(db_url: str) -> int:
    with open_store(db_url) as store:
        return store.counts()["documents"]


@pytest.mark.slow
def test_killed_ingest_resumes_without_duplicates(db_url, tmp_path):
    corpus = tmp_path / "sample.jsonl"
    ids = _sample_corpus(corpus, 30)
    command = [FLASHPOINT, "ingest", str(corpus), "--db", db_url, "-q", "--batch-size", "2"]
    open_store(db_url).close()  # create the schema so the poll below can read
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _count_documents(db_url) < 4:
        assert process.poll() is None, f"ingest ended before it could be killed: {process.stderr.read().decode()}"
        assert time.monotonic() < deadline, "ingest stored nothing in time"
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    stored_when_killed = _count_documents(db_url)
    assert 4 <= stored_when_killed < len(ids), "the kill must land mid-batch"

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    with open_store(db_url) as store:
        assert store.counts()["documents"] == len(ids)
        assert store.stored_ids(ids) == set(ids)
        with store.engine.connect() as conn:
            per_doc = dict(conn.execute(sa.select(schema.entities.c.doc_id, sa.func.count()).group_by(schema.entities.c.doc_id)).all())
        # Every document is whole: its entity rows match its record, none missing, none twice.
        for record in store.records():
            assert per_doc.get(record.doc_id, 0) == len(record.entities)


def _open_after(barrier, db: str, results) -> None:
    """In a forked process: wait for the others, then open (and so create) the store."""
    try:
        barrier.wait(timeout=60)
        store = open_store(db)
        results.put(("ok", store.schema_version()))
        store.engine.dispose()
    except BaseException as exc:  # noqa: BLE001 - reported to the test
        results.put(("error", repr(exc)))


@pytest.mark.parametrize("processes", [8])
def test_concurrent_opens_of_a_new_store_all_succeed(db_url, processes):
    """Several processes opening one new store at once: one creates it, the others wait for it
    (SQLite: a write lock taken before the version is read; PostgreSQL: an advisory lock)."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(processes), context.Queue()
    workers = [context.Process(target=_open_after, args=(barrier, db_url, results)) for _ in range(processes)]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    assert outcomes == [("ok", LATEST)] * processes
    with open_store(db_url) as store:
        assert store.schema_version() == LATEST and store.counts()["documents"] == 0


def test_event_date_ranges_are_columns_and_a_version_4_store_gains_them(db_url):
    """Version 5 adds `events.date_start`/`date_end` (an event's `date_range`) and keeps a day only
    in `events.date`: a store written by version 4, whose events held a week in `date`, is
    migrated on opening, and an event known to its week is found by its days."""
    from flashpoint.store import migrations

    engine = sa.create_engine(db_url if "://" in db_url else f"sqlite:///{db_url}")
    with engine.begin() as conn:
        for step in migrations.MIGRATIONS[:4]:
            step(conn)
        conn.execute(sa.text("DROP INDEX ix_events_date_start"))
        for column in ("date_start", "date_end"):  # the version 4 shape
            conn.execute(sa.text(f"ALTER TABLE events DROP COLUMN {column}"))
        migrations._set_version(conn, 4)
        old = _record("old").events[0].model_dump(mode="json") | {"date": "2024-W02", "date_precision": "week", "date_range": None}
        conn.execute(schema.documents.insert().values(id="old", location="old", text="", pipeline="test", stored_at="2024-01-19T00:00:00",
                                                      record=_record("old").to_dict() | {"events": [old]}))
        conn.execute(schema.events.insert().values(doc_id="old", seq=0, id="old:e1", date="2024-W02", date_precision="week", data=old))
    engine.dispose()
    week = _record("d1").model_copy(update={"events": [_record("d1").events[0].model_copy(update={
        "date": None, "date_precision": "week", "date_text": "this week", "date_range": ("2024-01-15", "2024-01-21")})]})
    with open_store(db_url) as store:
        assert store.schema_version() == LATEST
        with store.engine.connect() as conn:
            assert conn.execute(sa.select(schema.events.c.date, schema.events.c.date_start, schema.events.c.date_end)
                                .where(schema.events.c.doc_id == "old")).one() == (None, "2024-01-08", "2024-01-14")
        assert store.write(_document("d1"), week, pipeline="test")
        [found] = store.annotations("events", where={"date_start": "2024-01-15"})
        assert found["date"] is None and found["date_range"] == ["2024-01-15", "2024-01-21"]
        assert next(store.records(["d1"])).events[0].date_range == ("2024-01-15", "2024-01-21")
        # the old document's record reads back in the new shape
        [event] = next(store.records(["old"])).events
        assert (event.date, event.date_precision, event.date_range) == (None, "week", ("2024-01-08", "2024-01-14"))


def test_places_keep_their_basis_and_a_version_2_store_gains_the_column(db_url):
    """Version 3 adds `places.basis`: a store written by version 2 (no such column) is migrated on opening,
    and places are filtered by how they are named."""
    from flashpoint.records import Place
    from flashpoint.store import migrations

    engine = sa.create_engine(db_url if "://" in db_url else f"sqlite:///{db_url}")
    with engine.begin() as conn:
        migrations._create_v1(conn)
        migrations._add_linking_v2(conn)
        conn.execute(sa.text("ALTER TABLE places DROP COLUMN basis"))  # the version 2 shape
        migrations._set_version(conn, 2)
    engine.dispose()
    record = _record("d1").model_copy(update={"places": [
        Place(text="Iranian", span=(0, 7), name="Iran", country_code="IRN", geonameid=130758, feature="country", basis="adjective"),
        Place(text="Panjgur", span=(50, 57), name="Panjgur", country_code="PAK", geonameid=1168226, feature="city", basis="toponym"),
    ]})
    with open_store(db_url) as store:
        assert store.schema_version() == LATEST
        assert store.write(_document("d1"), record, pipeline="test")
        [adjective] = store.annotations("places", where={"basis": "adjective"})
        assert adjective["text"] == "Iranian" and adjective["country_code"] == "IRN"
        assert [p["text"] for p in store.annotations("places", where={"basis": "toponym"})] == ["Panjgur"]
        assert next(store.records()).places == record.places
