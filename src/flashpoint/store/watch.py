"""The SQL of `flashpoint watch`'s state (schema version 3): per-source polling state and
the alerts raised. The logic is in flashpoint/watch/; this module only reads and writes rows."""

from __future__ import annotations

import json

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from ..errors import StoreError
from . import schema


def _json(value):
    return json.loads(value) if isinstance(value, str) else value


class WatchTables:
    def __init__(self, store):
        self.store = store
        self.engine = store.engine

    def _fail(self, what: str, exc: Exception):
        message = str(exc).strip().splitlines()[0][:300]
        return StoreError("store-error", f"cannot {what}: {message}", location=self.store.location)

    # -- sources --------------------------------------------------------------------------

    def source(self, key: str) -> dict | None:
        table = schema.watch_sources
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(table).where(table.c.source == key)).first()
        if row is None:
            return None
        out = dict(row._mapping)
        out["state"] = _json(out["state"]) or {}
        return out

    def sources(self) -> list[dict]:
        table = schema.watch_sources
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(table).order_by(table.c.source)).all()
        return [{**dict(r._mapping), "state": None} for r in rows]

    def save_source(self, key: str, **values) -> None:
        """Insert or update a source's row with `values` (columns of watch_sources)."""
        table = schema.watch_sources
        try:
            with self.engine.begin() as conn:
                updated = conn.execute(table.update().where(table.c.source == key).values(**values))
                if updated.rowcount == 0:
                    conn.execute(table.insert().values(source=key, **{"state": {}, "failures": 0, "documents": 0, **values}))
        except SQLAlchemyError as exc:
            raise self._fail("save a watched source's state", exc) from None

    # -- alerts ---------------------------------------------------------------------------

    def add_alert(self, alert: dict, *, pending: list[str], fired_at: str, poll: int | None) -> bool:
        """Store a new alert; False (and nothing changes) when an alert with its id exists."""
        table = schema.watch_alerts
        try:
            with self.engine.begin() as conn:
                if conn.execute(sa.select(table.c.id).where(table.c.id == alert["id"])).first():
                    return False
                conn.execute(table.insert().values(id=alert["id"], rule=alert["rule"], kind=alert["kind"], fired_at=fired_at,
                                                   poll=poll, pending=pending, undelivered=len(pending), data=alert))
            return True
        except IntegrityError:
            return False  # another watcher raised it between our check and our insert
        except SQLAlchemyError as exc:
            raise self._fail("store an alert", exc) from None

    def known_alert_ids(self, ids: list[str]) -> set[str]:
        table = schema.watch_alerts
        found: set[str] = set()
        with self.engine.connect() as conn:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                found.update(conn.execute(sa.select(table.c.id).where(table.c.id.in_(chunk))).scalars())
        return found

    def set_pending(self, alert_id: str, pending: list[str]) -> None:
        table = schema.watch_alerts
        try:
            with self.engine.begin() as conn:
                conn.execute(table.update().where(table.c.id == alert_id).values(pending=pending, undelivered=len(pending)))
        except SQLAlchemyError as exc:
            raise self._fail("update an alert", exc) from None

    def undelivered(self) -> list[tuple[dict, list[str]]]:
        """Alerts some channel has not yet taken, oldest first."""
        table = schema.watch_alerts
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(table.c.data, table.c.pending).where(table.c.undelivered > 0)
                                .order_by(table.c.fired_at, table.c.id)).all()
        out = []
        for data, pending in rows:
            pending = _json(pending) or []
            if pending:
                out.append((_json(data), pending))
        return out

    def alerts(self, *, limit: int | None = 100, rule: str | None = None, kind: str | None = None,
               after: str | None = None) -> list[dict]:
        """Alerts, newest first, each with when it fired and what is still to deliver."""
        table = schema.watch_alerts
        query = sa.select(table.c.data, table.c.fired_at, table.c.poll, table.c.pending).order_by(
            table.c.fired_at.desc(), table.c.id.desc()).limit(limit)
        if rule:
            query = query.where(table.c.rule == rule)
        if kind:
            query = query.where(table.c.kind == kind)
        if after:
            query = query.where(table.c.fired_at > after)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [{**_json(data), "fired_at": fired_at, "poll": poll, "pending": _json(pending) or []}
                for data, fired_at, poll, pending in rows]

    def since(self, cursor: tuple[str, str] | None, limit: int = 100) -> list[dict]:
        """Alerts fired after `cursor` ((fired_at, id) of the last one seen), oldest first."""
        table = schema.watch_alerts
        query = sa.select(table.c.data, table.c.fired_at).order_by(table.c.fired_at, table.c.id).limit(limit)
        if cursor:
            fired_at, alert_id = cursor
            query = query.where(sa.or_(table.c.fired_at > fired_at, sa.and_(table.c.fired_at == fired_at, table.c.id > alert_id)))
        with self.engine.connect() as conn:
            return [{**_json(data), "fired_at": fired_at} for data, fired_at in conn.execute(query)]

    def pulse(self) -> dict:
        """What a live page shows changing: documents stored, alerts raised, the latest alert's cursor."""
        table = schema.watch_alerts
        with self.engine.connect() as conn:
            documents = conn.execute(sa.select(sa.func.count()).select_from(schema.documents)).scalar_one()
            alerts = conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
            last = conn.execute(sa.select(table.c.fired_at, table.c.id).order_by(table.c.fired_at.desc(), table.c.id.desc())
                                .limit(1)).first()
        return {"documents": documents, "alerts": alerts, "cursor": f"{last.fired_at}|{last.id}" if last else ""}

    # -- evidence -------------------------------------------------------------------------

    def reports(self, event_ids: list[str]) -> dict[str, dict]:
        """{event id: the sentence, trigger and status a document reported it with, and that
        document's title and URL} for document events (the mentions of canonical events)."""
        events, docs = schema.events, schema.documents
        out: dict[str, dict] = {}
        wanted = sorted(set(event_ids))
        with self.engine.connect() as conn:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                query = (sa.select(events.c.id, events.c.data, docs.c.title, docs.c.url)
                         .join(docs, docs.c.id == events.c.doc_id).where(events.c.id.in_(chunk)))
                for event_id, data, title, url in conn.execute(query):
                    data = _json(data)
                    out[event_id] = {"sentence": data.get("text"), "trigger": (data.get("trigger") or {}).get("text"),
                                     "status": data.get("status"), "title": title, "url": url}
        return out
