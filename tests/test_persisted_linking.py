"""Canonical events persisted in the store and linked incrementally (corpus/persist.py).

The reference is the on-demand linker over the whole store (`link_events`, the same rules
in one pass): the persisted events must be the same whatever the order and batching of
ingest, deletions and replacements. Records are extracted once (real pipeline) and written
with `Store.write`, so each test costs store work only.
"""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from flashpoint import corpus
from flashpoint.corpus.linking import link_events
from flashpoint.ingest import Document
from flashpoint.records import DocumentRecord
from flashpoint.store import schema

from .conftest import GUARDIAN, IRAN_PAKISTAN

REUTERS, EFSAS = "reuters-2024-01-19-iran-pakistan", "efsas-2024-01-26-iran-pakistan"


def _documents(path, n=None) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if n is not None and len(out) == n:
                break
            out.append(json.loads(line))
    return out


@pytest.fixture(scope="module")
def extracted(pipeline):
    """(Document, record) for the Iran-Pakistan pair and 12 Guardian articles."""
    from flashpoint.pipeline import Pipeline

    docs = [Document.build(d["text"], id=d["id"], source=d.get("source"), published=d.get("published"),
                           title=d.get("title")) for d in _documents(IRAN_PAKISTAN) + _documents(GUARDIAN, 12)]
    return {r.document.id: (r.document, r.record) for r in Pipeline(nlp=pipeline.nlp).process(docs)}


def _write(store, extracted, ids, *, replace=False):
    for doc_id in ids:
        doc, record = extracted[doc_id]
        store.write(doc, record, replace=replace)


def _reference(store) -> list[dict]:
    return [e.to_dict() for e in link_events(store)]


def _signature(events: list[dict]) -> set:
    """What an event is, order- and id-independent: its mentions."""
    return {frozenset((m["doc_id"], m["event_id"]) for m in e["mentions"]) for e in events}


def test_one_document_at_a_time_equals_linking_all_at_once(store, extracted):
    ids = sorted(extracted, key=lambda i: (extracted[i][1].published or "9999", i))
    for doc_id in ids:
        _write(store, extracted, [doc_id])
        result = corpus.persist.sync(store)
        assert result["linked"] == 1
    assert corpus.persist.sync(store) == {"linked": 0, "unlinked": 0, "duplicates": 0, "comparisons": 0}
    stored = corpus.canonical_events(store)
    assert stored == _reference(store)  # the same events, field for field, ids included
    stats = corpus.linking_stats(store)
    on_demand = corpus.linking_stats(store, day_window=1, undated_window=4)  # computed, not stored
    assert stats["mentions"] == sum(len(e["mentions"]) for e in stored) > 0
    assert stats["canonical_events"] == len(stored) and on_demand["mentions"] == stats["mentions"]


def test_arrival_order_does_not_change_the_pair(store, extracted):
    _write(store, extracted, [EFSAS])  # the later article first
    corpus.persist.sync(store)
    _write(store, extracted, [REUTERS])
    stored = corpus.canonical_events(store)
    # A late-arriving earlier report relinks the events it can join (persist._relink).
    assert _signature(stored) == _signature(_reference(store))
    both = [e for e in stored if e["sources"] == ["Reuters", "EFSAS"]]
    assert {(e["event_type"], (e.get("actor") or {}).get("country"), e["date"]) for e in both} >= {
        ("ASSAULT", "IRN", "2024-01-16"), ("ASSAULT", "PAK", "2024-01-18")}
    assert all(e["first_reported"] == "2024-01-19" for e in both)


def test_deleted_and_replaced_documents_leave_their_events(store, extracted):
    ids = list(extracted)
    _write(store, extracted, ids)
    corpus.persist.sync(store)
    assert store.delete([REUTERS]) == 1
    stored = corpus.canonical_events(store)  # a read catches up with the deletion
    assert REUTERS not in {m["doc_id"] for e in stored for m in e["mentions"]}
    assert stored == _reference(store)
    # stored anew (replace): its mentions are relinked, not counted twice
    _write(store, extracted, [REUTERS])
    _write(store, extracted, [EFSAS], replace=True)
    stored = corpus.canonical_events(store)
    keys = [(m["doc_id"], m["event_id"]) for e in stored for m in e["mentions"]]
    assert len(keys) == len(set(keys))
    assert _signature(stored) == _signature(_reference(store))
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(sa.func.count()).select_from(schema.canonical_mentions)).scalar()
    assert rows == len(keys)


def test_earlier_copy_arriving_late_takes_the_place_of_the_later(store, extracted):
    doc, record = extracted[REUTERS]
    copy = Document.build(doc.text, id="copy-of-reuters", source="Copycat", published="2024-01-20")
    data = json.loads(json.dumps(record.to_dict()).replace(REUTERS, "copy-of-reuters"))  # event ids too
    store.write(copy, DocumentRecord.model_validate({**data, "source": "Copycat", "published": "2024-01-20"}))
    events = corpus.canonical_events(store)
    assert {s for e in events for s in e["sources"]} == {"Copycat"}
    _write(store, extracted, [REUTERS])  # the original, published a day earlier, arrives
    events = corpus.canonical_events(store)
    assert {s for e in events for s in e["sources"]} == {"Reuters"}
    assert corpus.linking_stats(store)["duplicate_documents"] == 1
    store.delete([REUTERS])  # without the original, the copy counts again
    events = corpus.canonical_events(store)
    assert {s for e in events for s in e["sources"]} == {"Copycat"}
    assert corpus.linking_stats(store)["duplicate_documents"] == 0


def test_a_store_from_before_persisted_linking_catches_up(db_url, extracted):
    """Version 1 stores have no linking tables: the migration adds them and the first read links."""
    from flashpoint import open_store
    from flashpoint.store import migrations

    engine = sa.create_engine(db_url if "://" in db_url else f"sqlite:///{db_url}")
    with engine.begin() as conn:
        migrations._create_v1(conn)
        migrations._set_version(conn, 1)
    engine.dispose()
    with open_store(db_url) as store:
        assert store.schema_version() == migrations.LATEST
        _write(store, extracted, [REUTERS, EFSAS])
        assert _signature(corpus.canonical_events(store)) == _signature(_reference(store))


def test_one_canonical_event_by_id(store, extracted):
    from flashpoint import service
    from flashpoint.errors import FlashpointError

    _write(store, extracted, [REUTERS, EFSAS])
    first = corpus.canonical_events(store)[0]
    assert service.canonical_event(store, first["id"]) == first
    with pytest.raises(FlashpointError) as info:
        service.canonical_event(store, "ce-nothing")
    assert info.value.code == "not-found"
