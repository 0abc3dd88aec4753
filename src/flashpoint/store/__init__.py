"""The store: SQLite by default, PostgreSQL by URL, one write path.

`Store.write` is the only way a document enters the store: the document, its record and
every annotation row go in one transaction, so a process killed mid-batch loses at most
the document in flight and a rerun picks up where it stopped (stored ids are skipped).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from datetime import datetime, timezone
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from ..errors import StoreError
from ..ingest import Document, Failure
from ..records import DocumentRecord
from . import schema
from .links import LinkSession
from .migrations import LATEST, current_version, migrate

__all__ = ["Store", "open_store", "LATEST"]

DEFAULT_DB = "flashpoint.db"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def database_url(db: str | os.PathLike) -> sa.URL:
    """A SQLAlchemy URL from what users type: a file path, sqlite:///..., or postgresql://..."""
    text = str(db)
    if "://" not in text:
        path = Path(text).expanduser().resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        return sa.URL.create("sqlite", database=str(path))
    url = make_url(text)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


WAL_SWITCH_ATTEMPTS = 100  # 5 s in all


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # The busy timeout first: switching a new file to WAL takes a lock that another process
    # opening the same new store may hold for a moment.
    cursor.execute("PRAGMA busy_timeout=30000")
    # WAL: readers never block the one writer; NORMAL sync is durable for committed
    # transactions across a killed process. Foreign keys give cascading deletes. Switching a
    # file that another process is creating at this moment can be refused at once, without
    # the busy timeout ("database is locked"): try again for a few seconds, a bounded wait.
    for attempt in range(WAL_SWITCH_ATTEMPTS):
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            break
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == WAL_SWITCH_ATTEMPTS - 1:
                raise
            time.sleep(0.05)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class Store:
    """One store; writes from the threads of one process take turns (`writing`)."""

    def __init__(self, engine: sa.Engine, *, location: str):
        self.engine = engine
        self.location = location
        # SQLite has one writer at a time; serialising this process's writers here (rather
        # than in each caller) keeps threads of a server from waiting on the database's lock
        # and turning each other away with "database is locked". Re-entrant: a write path
        # may call another (ingest stores, then links).
        self._writer = threading.RLock()
        # Writes made through this object: a cache keyed by it sees them at once, while other
        # processes' writes are seen through `revision`.
        self.writes = 0

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the store's write turn for a sequence of writes (e.g. one ingest request)."""
        with self._writer:
            try:
                yield
            finally:
                self.writes += 1

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def revision(self) -> tuple:
        """A value that changes whenever what the corpus views are computed from changes: a
        document stored, replaced or deleted, a document linked, the linking rules' version.
        Views computed at one revision can be served again while it holds."""
        docs, linked, meta = schema.documents, schema.linked_documents, schema.meta
        with self.engine.connect() as conn:
            stored = conn.execute(sa.select(sa.func.count(), sa.func.max(docs.c.stored_at))).one()
            links = conn.execute(sa.select(sa.func.count(), sa.func.max(linked.c.stored_at))).one()
            rules = conn.execute(sa.select(meta.c.value).where(meta.c.key == "linking_version")).scalar()
        return tuple(stored), tuple(links), rules

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def write(self, document: Document, record: DocumentRecord, *, pipeline: str = "", replace: bool = False) -> bool:
        """Store one document and its annotations in one transaction.

        Returns False (and changes nothing) when the document is already stored, unless
        `replace` is set, in which case its old annotations are dropped with it.
        """
        data = record.to_dict()
        try:
            with self.writing(), self.engine.begin() as conn:
                exists = conn.execute(sa.select(schema.documents.c.id).where(schema.documents.c.id == document.id)).first()
                if exists and not replace:
                    return False
                if exists:
                    self._delete(conn, [document.id])
                conn.execute(schema.documents.insert().values(
                    id=document.id, source=record.source, published=record.published,
                    published_inferred=record.published_inferred, title=record.title, url=record.url,
                    location=document.location, text=document.text, record=data, pipeline=pipeline, stored_at=_now(),
                ))
                for annotation in schema.ANNOTATIONS:
                    rows = [
                        {"doc_id": document.id, "seq": seq, **annotation.row(item),
                         "span_start": _span(item, 0), "span_end": _span(item, 1), "data": item}
                        for seq, item in enumerate(data[annotation.field])
                    ]
                    if rows:
                        conn.execute(annotation.table.insert(), rows)
                # A document that now goes through clears the failures it had before.
                conn.execute(schema.failures.delete().where(schema.failures.c.doc_id == document.id))
            return True
        except IntegrityError as exc:
            # Another writer may have stored the same document between our check and our
            # insert; any other constraint violation is a real error.
            if not replace and self.stored_ids([document.id]):
                return False
            raise StoreError("store-error", f"cannot store document {document.id}: {_short(exc)}", location=self.location) from None
        except SQLAlchemyError as exc:
            raise StoreError("store-error", f"cannot store document {document.id}: {_short(exc)}", location=self.location) from None

    def record_failure(self, failure: Failure) -> None:
        now = _now()
        table = schema.failures
        key = (table.c.location == failure.location) & (table.c.stage == failure.stage) & (table.c.code == failure.code)
        try:
            with self.writing(), self.engine.begin() as conn:
                updated = conn.execute(
                    table.update().where(key).values(message=failure.message, doc_id=failure.doc_id, last_seen=now, count=table.c.count + 1)
                )
                if updated.rowcount == 0:
                    conn.execute(table.insert().values(
                        location=failure.location, stage=failure.stage, code=failure.code, message=failure.message,
                        doc_id=failure.doc_id, first_seen=now, last_seen=now, count=1,
                    ))
        except SQLAlchemyError as exc:
            raise StoreError("store-error", f"cannot record a failure: {_short(exc)}", location=self.location) from None

    def delete(self, doc_ids: Iterable[str]) -> int:
        with self.writing(), self.engine.begin() as conn:
            return self._delete(conn, list(doc_ids))

    def _delete(self, conn: sa.Connection, doc_ids: list[str]) -> int:
        # Explicit child deletes: SQLite only cascades with foreign keys on, and we do not
        # rely on every connection having them.
        for annotation in schema.ANNOTATIONS:
            conn.execute(annotation.table.delete().where(annotation.table.c.doc_id.in_(doc_ids)))
        return conn.execute(schema.documents.delete().where(schema.documents.c.id.in_(doc_ids))).rowcount

    # -- reading ---------------------------------------------------------------------------

    def stored_ids(self, doc_ids: Iterable[str]) -> set[str]:
        """Which of `doc_ids` are already stored."""
        wanted = list(dict.fromkeys(doc_ids))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                found.update(conn.execute(sa.select(schema.documents.c.id).where(schema.documents.c.id.in_(chunk))).scalars())
        return found

    def counts(self) -> dict[str, int]:
        tables = [schema.documents, schema.failures] + [a.table for a in schema.ANNOTATIONS]
        with self.engine.connect() as conn:
            return {t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one() for t in tables}

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return current_version(conn)

    def documents(self, *, limit: int | None = None) -> list[dict]:
        cols = [c for c in schema.documents.c if c.name not in ("text", "record")]
        query = sa.select(*cols).order_by(schema.documents.c.published, schema.documents.c.id).limit(limit)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def document(self, doc_id: str) -> dict | None:
        """One document's metadata (as `documents` lists it), or None."""
        cols = [c for c in schema.documents.c if c.name not in ("text", "record")]
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(*cols).where(schema.documents.c.id == doc_id)).first()
        return dict(row._mapping) if row else None

    def document_text(self, doc_id: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(schema.documents.c.text).where(schema.documents.c.id == doc_id)).scalar()

    def records(self, doc_ids: Iterable[str] | None = None) -> Iterator[DocumentRecord]:
        query = sa.select(schema.documents.c.record).order_by(schema.documents.c.published, schema.documents.c.id)
        if doc_ids is not None:
            query = query.where(schema.documents.c.id.in_(list(doc_ids)))
        with self.engine.connect() as conn:
            for (data,) in conn.execute(query):
                yield DocumentRecord.model_validate(json.loads(data) if isinstance(data, str) else data)

    def annotations(self, field: str, *, where: dict | None = None, limit: int | None = None) -> list[dict]:
        """Items of one annotation kind across documents, each with its document's id, source and date."""
        annotation = next((a for a in schema.ANNOTATIONS if a.field == field), None)
        if annotation is None:
            raise ValueError(f"no annotation table for {field!r}")
        table, docs = annotation.table, schema.documents
        query = (
            sa.select(table.c.data, docs.c.id, docs.c.source, docs.c.published)
            .join(docs, docs.c.id == table.c.doc_id)
            .order_by(docs.c.published, docs.c.id, table.c.seq)
            .limit(limit)
        )
        for column, value in (where or {}).items():
            if value is not None:
                query = query.where(table.c[column] == value)
        with self.engine.connect() as conn:
            out = []
            for data, doc_id, source, published in conn.execute(query):
                item = json.loads(data) if isinstance(data, str) else data
                out.append({"doc_id": doc_id, "source": source, "published": published, **item})
            return out

    @contextmanager
    def linking(self, *, write: bool = True) -> Iterator[LinkSession]:
        """One transaction over the corpus layer's linking tables (see corpus/persist.py).

        With `write`, the transaction takes the store's linking lock first, so two processes
        linking the same store take turns instead of linking the same documents twice."""
        try:
            # Linking takes the write turn but is not counted as a write: what it changes is seen
            # through `revision`, and readers keep being served while it runs (service/cache.py).
            with (self._writer if write else nullcontext()), (self.engine.begin() if write else self.engine.connect()) as conn:
                if write and conn.dialect.name == "postgresql":
                    conn.execute(sa.text("SELECT pg_advisory_xact_lock(470212)"))
                elif write:
                    # SQLite: a first write takes the database's write lock for the transaction.
                    conn.execute(schema.meta.update().where(schema.meta.c.key == "schema_version")
                                 .values(value=schema.meta.c.value))
                yield LinkSession(conn)
        except SQLAlchemyError as exc:
            raise StoreError("store-error", f"cannot link events: {_short(exc)}", location=self.location) from None

    def failures(self) -> list[dict]:
        query = sa.select(schema.failures).order_by(schema.failures.c.last_seen.desc(), schema.failures.c.id)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]


def _span(item: dict, index: int) -> int | None:
    span = item.get("span")
    return span[index] if span else None


def _short(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0][:300]


def open_store(db: str | os.PathLike = DEFAULT_DB) -> Store:
    """Open (creating or migrating as needed) the store at a path or URL."""
    try:
        url = database_url(db)
    except Exception as exc:
        raise StoreError("store-error", f"not a database path or URL: {_short(exc)}", location=str(db)) from None
    shown = url.render_as_string(hide_password=True)
    try:
        if url.get_backend_name() == "sqlite":
            engine = sa.create_engine(url)
            sa_event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = sa.create_engine(url, pool_pre_ping=True)
        migrate(engine, location=shown)
    except StoreError:
        raise
    except (SQLAlchemyError, ImportError) as exc:
        raise StoreError("store-error", f"cannot open the store: {_short(exc)}", location=shown) from None
    return Store(engine, location=shown)
