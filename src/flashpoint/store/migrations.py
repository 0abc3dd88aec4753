"""Schema versions and the steps between them.

`MIGRATIONS[n]` takes a store at version n to version n + 1, inside one transaction. The
version lives in the `meta` table. To change the schema: change `schema.py` for new stores,
append a step here that brings existing stores to the same shape, and add a test that
migrates a store written by the previous version.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa

from ..errors import StoreError
from ..language.periods import day_value, value_range
from . import schema


def _create_v1(conn: sa.Connection) -> None:
    later = set(schema.CORPUS_TABLES) | set(schema.WATCH_TABLES)
    schema.metadata.create_all(conn, tables=[t for t in schema.metadata.sorted_tables if t not in later])


def _add_linking_v2(conn: sa.Connection) -> None:
    """Version 2: the corpus layer's persisted, incrementally linked canonical events. Existing
    documents are linked on the next read or ingest (they have no `linked_documents` row)."""
    schema.metadata.create_all(conn, tables=list(schema.CORPUS_TABLES))


def _add_place_basis_v3(conn: sa.Connection) -> None:
    """Version 3: `places.basis` (toponym, adjective, capital-metonym). Places stored before it
    keep a null basis: they were all toponyms or capitals standing for their government."""
    if "basis" not in {c["name"] for c in sa.inspect(conn).get_columns("places")}:  # stores created at v3 have it
        conn.execute(sa.text("ALTER TABLE places ADD COLUMN basis VARCHAR(16)"))


def _add_watch_v4(conn: sa.Connection) -> None:
    """Version 4: `flashpoint watch`'s polling state per source and the alerts it raised."""
    schema.metadata.create_all(conn, tables=list(schema.WATCH_TABLES))


def _add_event_date_range_v5(conn: sa.Connection) -> None:
    """Version 5: `events.date_start` and `date_end`, the first and last day of an event's
    `date_range`; `events.date` holds a day only. Events stored before it get their range from
    their date (then also a week, a month or a year), and a date coarser than a day leaves
    `date` (the JSON in `data` and the document's record are read as they are: readers take
    an old event's range from its date, see language/periods.py)."""
    have = {c["name"] for c in sa.inspect(conn).get_columns("events")}
    for name in ("date_start", "date_end"):  # stores created at v5 have them
        if name not in have:
            conn.execute(sa.text(f"ALTER TABLE events ADD COLUMN {name} VARCHAR(10)"))
    events = schema.events
    if "date_start" not in have:
        conn.execute(sa.text("CREATE INDEX IF NOT EXISTS ix_events_date_start ON events (date_start)"))
    rows = conn.execute(sa.select(events.c.doc_id, events.c.seq, events.c.date).where(events.c.date.is_not(None))).all()
    updates = [{"d": doc_id, "s": seq, "day": day_value(value), "start": found[0], "end": found[1]}
               for doc_id, seq, value in rows for found in [value_range(value)] if found]
    if updates:
        conn.execute(events.update().where(events.c.doc_id == sa.bindparam("d"), events.c.seq == sa.bindparam("s"))
                     .values(date=sa.bindparam("day"), date_start=sa.bindparam("start"), date_end=sa.bindparam("end")), updates)


MIGRATIONS: list[Callable[[sa.Connection], None]] = [_create_v1, _add_linking_v2, _add_place_basis_v3, _add_watch_v4,
                                                     _add_event_date_range_v5]
LATEST = len(MIGRATIONS)


def current_version(conn: sa.Connection) -> int:
    if not sa.inspect(conn).has_table("meta"):
        return 0
    value = conn.execute(sa.select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).scalar()
    return int(value) if value is not None else 0


def migrate(engine: sa.Engine, *, location: str) -> int:
    """Bring the store to the latest version; return the version it was at."""
    with engine.begin() as conn:
        # Two processes opening a new store at once must not both create it: the version is
        # read and the steps run under a lock held to the end of the transaction.
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(470211)"))
        elif conn.dialect.name == "sqlite":
            # pysqlite begins a transaction only before a write, so the version check and the
            # CREATE TABLEs would each run on their own: take the write lock first (waiting
            # up to the busy timeout for another process's creation to commit).
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        found = current_version(conn)
        if found > LATEST:
            raise StoreError(
                "store-too-new",
                f"the store has schema version {found}, this Flashpoint knows up to {LATEST}; upgrade Flashpoint",
                location=location,
            )
        for version in range(found, LATEST):
            MIGRATIONS[version](conn)
            _set_version(conn, version + 1)
    return found


def _set_version(conn: sa.Connection, version: int) -> None:
    updated = conn.execute(schema.meta.update().where(schema.meta.c.key == "schema_version").values(value=str(version)))
    if updated.rowcount == 0:
        conn.execute(schema.meta.insert().values(key="schema_version", value=str(version)))
