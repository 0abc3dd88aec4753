"""The SQL of the corpus layer's persisted linking state (schema version 2).

`LinkSession` works inside one transaction that `Store.linking()` opens and locks, so two
processes linking the same store take turns. The logic (what to link, how) is in
corpus/persist.py; this module only reads and writes rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlalchemy as sa

from ..language.periods import event_period
from . import schema

CHUNK = 500  # ids per IN (...) list: well under SQLite's and PostgreSQL's parameter limits


def _json(value):
    return json.loads(value) if isinstance(value, str) else value


def _chunks(values: Iterable, size: int = CHUNK):
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start:start + size]


class LinkSession:
    def __init__(self, conn: sa.Connection):
        self.conn = conn

    # -- which documents need (re)linking -------------------------------------------------

    def version(self) -> int | None:
        value = self.conn.execute(sa.select(schema.meta.c.value).where(schema.meta.c.key == "linking_version")).scalar()
        return int(value) if value is not None else None

    def reset(self, version: int) -> None:
        """Forget all linking (every document is linked again) and record the rules' version."""
        for table in schema.CORPUS_TABLES:
            self.conn.execute(table.delete())
        self.conn.execute(schema.meta.delete().where(schema.meta.c.key == "linking_version"))
        self.conn.execute(schema.meta.insert().values(key="linking_version", value=str(version)))

    def pending(self) -> tuple[list[dict], list[str]]:
        """(documents stored but not linked as stored now, in publication order; ids linked
        but no longer stored or stored anew)."""
        docs, linked = schema.documents, schema.linked_documents
        new = self.conn.execute(
            sa.select(docs.c.id, docs.c.published, docs.c.stored_at, linked.c.stored_at.label("linked_at"))
            .select_from(docs.outerjoin(linked, linked.c.doc_id == docs.c.id))
            .where(sa.or_(linked.c.doc_id.is_(None), linked.c.stored_at != docs.c.stored_at))
        ).all()
        gone = self.conn.execute(
            sa.select(linked.c.doc_id).select_from(linked.outerjoin(docs, docs.c.id == linked.c.doc_id))
            .where(docs.c.id.is_(None))
        ).scalars().all()
        stale = [row.id for row in new if row.linked_at is not None]
        order = sorted(new, key=lambda row: (row.published or "9999", row.id))
        return [{"id": row.id, "published": row.published, "stored_at": row.stored_at} for row in order], list(gone) + stale

    def record(self, doc_id: str) -> dict:
        data = self.conn.execute(sa.select(schema.documents.c.record, schema.documents.c.text)
                                 .where(schema.documents.c.id == doc_id)).one()
        return {"record": _json(data.record), "text": data.text}

    # -- near-duplicate documents ---------------------------------------------------------

    def documents_in_bands(self, bands: list[str], exclude: str) -> dict[str, dict]:
        """Linked documents sharing an LSH band: {doc_id: {published, signature, duplicate_of}}."""
        ids = self._select_in(schema.document_bands.c.doc_id, schema.document_bands.c.band, bands) - {exclude}
        linked = schema.linked_documents
        out = {}
        for chunk in _chunks(sorted(ids)):
            for row in self.conn.execute(sa.select(linked.c.doc_id, linked.c.published, linked.c.signature,
                                                   linked.c.duplicate_of).where(linked.c.doc_id.in_(chunk))):
                out[row.doc_id] = {"published": row.published, "signature": _json(row.signature),
                                   "duplicate_of": row.duplicate_of}
        return out

    def duplicates_of(self, doc_ids: list[str]) -> list[str]:
        """Linked documents flagged as near-duplicates of one of `doc_ids`."""
        linked = schema.linked_documents
        return sorted(self._select_in(linked.c.doc_id, linked.c.duplicate_of, doc_ids))

    def mark_linked(self, doc: dict, *, signature: list[int], bands: list[str], duplicate_of: str | None,
                    similarity: float | None, skipped: int) -> None:
        self.forget([doc["id"]])
        self.conn.execute(schema.linked_documents.insert().values(
            doc_id=doc["id"], stored_at=doc["stored_at"], published=doc["published"], duplicate_of=duplicate_of,
            similarity=similarity, signature=signature, skipped=skipped))
        if bands:
            self.conn.execute(schema.document_bands.insert(), [{"band": b, "doc_id": doc["id"]} for b in sorted(set(bands))])

    def set_duplicate(self, doc_id: str, original: str, similarity: float) -> None:
        self.conn.execute(schema.linked_documents.update().where(schema.linked_documents.c.doc_id == doc_id)
                          .values(duplicate_of=original, similarity=similarity))

    def forget(self, doc_ids: list[str]) -> None:
        """Drop the linking rows of documents (not their canonical mentions: see `clusters_of`)."""
        for chunk in _chunks(doc_ids):
            self.conn.execute(schema.document_bands.delete().where(schema.document_bands.c.doc_id.in_(chunk)))
            self.conn.execute(schema.linked_documents.delete().where(schema.linked_documents.c.doc_id.in_(chunk)))

    # -- canonical events -----------------------------------------------------------------

    def _select_in(self, wanted: sa.Column, column: sa.Column, values: Iterable[str]) -> set:
        """The `wanted` values of rows whose `column` is one of `values`, chunk by chunk."""
        found: set = set()
        for chunk in _chunks(values):
            found.update(self.conn.execute(sa.select(wanted).where(column.in_(chunk))).scalars())
        return found

    def clusters_of(self, doc_ids: list[str]) -> set[str]:
        table = schema.canonical_mentions
        return self._select_in(table.c.canonical_id, table.c.doc_id, doc_ids)

    def clusters_for_keys(self, keys: list[str]) -> set[str]:
        table = schema.canonical_keys
        return self._select_in(table.c.canonical_id, table.c.key, keys)

    def mentions(self, cluster_ids: Iterable[str]) -> dict[str, list[dict]]:
        """{cluster id: [mention data]} in a stable order."""
        table = schema.canonical_mentions
        out: dict[str, list[dict]] = {}
        for chunk in _chunks(sorted(cluster_ids)):
            rows = self.conn.execute(sa.select(table.c.canonical_id, table.c.data).where(table.c.canonical_id.in_(chunk))
                                     .order_by(table.c.canonical_id, table.c.doc_id, table.c.event_id))
            for cid, data in rows:
                out.setdefault(cid, []).append(_json(data))
        return out

    def delete_clusters(self, cluster_ids: Iterable[str]) -> None:
        for chunk in _chunks(sorted(cluster_ids)):
            for table in (schema.canonical_keys, schema.canonical_mentions):
                self.conn.execute(table.delete().where(table.c.canonical_id.in_(chunk)))
            self.conn.execute(schema.canonical_events.delete().where(schema.canonical_events.c.id.in_(chunk)))

    def write_clusters(self, clusters: Iterable[tuple[dict, list[dict], Iterable[str]]]) -> None:
        """Canonical events (as the corpus layer returns them) with their mentions and blocking
        keys, each table in one executemany."""
        events, mentions, keys = [], [], []
        for event, its_mentions, its_keys in clusters:
            actor, recipient = event.get("actor") or {}, event.get("recipient") or {}
            events.append({
                "id": event["id"], "event_type": event.get("event_type"), "actor_country": actor.get("country"),
                "recipient_country": recipient.get("country"), "date": event.get("date"),
                "sort_key": event_period(event) or event.get("first_reported") or "", "first_reported": event.get("first_reported"),
                "mentions": len(event["mentions"]), "documents": len({m["doc_id"] for m in event["mentions"]}),
                "sources": len(event["sources"]), "data": event})
            mentions += [{"doc_id": m["doc_id"], "event_id": m["event_id"], "canonical_id": event["id"], "data": m}
                         for m in its_mentions]
            keys += [{"key": k, "canonical_id": event["id"]} for k in sorted(set(its_keys))]
        for table, rows in ((schema.canonical_events, events), (schema.canonical_mentions, mentions),
                            (schema.canonical_keys, keys)):
            if rows:
                self.conn.execute(table.insert(), rows)

    # -- reading --------------------------------------------------------------------------

    def events(self, *, event_type: str | None = None, country: str | None = None, min_sources: int = 1,
               event_id: str | None = None) -> list[dict]:
        table = schema.canonical_events
        query = sa.select(table.c.data).order_by(table.c.sort_key, table.c.id)
        if event_type:
            query = query.where(table.c.event_type == event_type)
        if country:
            query = query.where(sa.or_(table.c.actor_country == country, table.c.recipient_country == country))
        if min_sources > 1:
            query = query.where(table.c.sources >= min_sources)
        if event_id:
            query = query.where(table.c.id == event_id)
        return [_json(data) for data in self.conn.execute(query).scalars()]

    def stats(self) -> dict:
        ce, cm, ld = schema.canonical_events, schema.canonical_mentions, schema.linked_documents
        one = lambda q: self.conn.execute(q).scalar() or 0  # noqa: E731
        return {
            "mentions": one(sa.select(sa.func.count()).select_from(cm)),
            "skipped": one(sa.select(sa.func.sum(ld.c.skipped))),
            "canonical_events": one(sa.select(sa.func.count()).select_from(ce)),
            "merged": one(sa.select(sa.func.count()).select_from(ce).where(ce.c.mentions > 1)),
            "cross_document": one(sa.select(sa.func.count()).select_from(ce).where(ce.c.documents > 1)),
            "duplicate_documents": one(sa.select(sa.func.count()).select_from(ld).where(ld.c.duplicate_of.is_not(None))),
        }
