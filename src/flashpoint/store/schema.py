"""The store's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

Each document's whole record is kept as JSON on its row, so a record reads back exactly as
it was written; the annotation tables repeat the fields people filter and join on as
columns, with the full object beside them in `data`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from ..language.periods import day_value, event_range

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

metadata = sa.MetaData()

meta = sa.Table(
    "meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String(512), primary_key=True),
    sa.Column("source", sa.Text),
    sa.Column("published", sa.String(10), index=True),
    sa.Column("published_inferred", sa.Boolean, nullable=False, default=False),
    sa.Column("title", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("location", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("record", JSON, nullable=False),
    sa.Column("pipeline", sa.Text, nullable=False),
    sa.Column("stored_at", sa.String(32), nullable=False),
)

failures = sa.Table(
    "failures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("location", sa.Text, nullable=False),
    sa.Column("stage", sa.String(64), nullable=False),
    sa.Column("code", sa.String(64), nullable=False),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("doc_id", sa.String(512)),
    sa.Column("first_seen", sa.String(32), nullable=False),
    sa.Column("last_seen", sa.String(32), nullable=False),
    sa.Column("count", sa.Integer, nullable=False, default=1),
    # A rerun over the same bad file updates its failure instead of adding another.
    sa.UniqueConstraint("location", "stage", "code", name="failures_once"),
)


@dataclass(frozen=True)
class Annotation:
    """A kind of annotation stored in a table of its own, one row per item of a record list."""

    field: str  # the DocumentRecord list it comes from
    table: sa.Table
    row: Callable[[dict], dict]  # the item (as JSON data) -> its filterable columns


def _annotation_table(name: str, *columns: sa.Column, key: str = "seq") -> sa.Table:
    return sa.Table(
        name,
        metadata,
        sa.Column("doc_id", sa.String(512), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column(key, sa.Integer, primary_key=True),
        *columns,
        sa.Column("span_start", sa.Integer),
        sa.Column("span_end", sa.Integer),
        sa.Column("data", JSON, nullable=False),
    )


def _get(item: dict, *path: str):
    for key in path:
        if not isinstance(item, dict):
            return None
        item = item.get(key)
    return item


events = _annotation_table(
    "events",
    sa.Column("id", sa.String(600), nullable=False, unique=True),
    sa.Column("event_type", sa.String(16), index=True),
    sa.Column("mode", sa.String(64)),
    sa.Column("cameo", sa.String(8)),
    sa.Column("goldstein", sa.Float),
    sa.Column("quad_class", sa.Integer),
    sa.Column("actor_code", sa.String(64), index=True),
    sa.Column("actor_name", sa.Text),
    sa.Column("actor_country", sa.String(3)),
    sa.Column("recipient_code", sa.String(64), index=True),
    sa.Column("recipient_name", sa.Text),
    sa.Column("recipient_country", sa.String(3)),
    sa.Column("date", sa.String(10), index=True),  # a day only (a coarser date: date_start, date_end)
    sa.Column("date_precision", sa.String(8)),
    sa.Column("date_start", sa.String(10), index=True),  # schema version 5: the event's date_range
    sa.Column("date_end", sa.String(10)),
    sa.Column("country_code", sa.String(3), index=True),
    sa.Column("location_name", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("fatalities", sa.Integer),
    sa.Column("status", sa.String(16)),
    sa.Column("rule", sa.String(128)),
)
actors = _annotation_table(
    "actors",
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("code", sa.String(64), index=True),
    sa.Column("country", sa.String(3)),
    sa.Column("sector", sa.String(16)),
)
quotes = _annotation_table(
    "quotes",
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16)),
    sa.Column("speaker_name", sa.Text),
    sa.Column("speaker_organization", sa.Text),
    sa.Column("cue", sa.String(64)),
)
claims = _annotation_table(
    "claims",
    sa.Column("kind", sa.String(32), index=True),
    sa.Column("event_id", sa.String(600)),
    sa.Column("value", sa.Text),
    sa.Column("claimant", sa.Text),
)
dates = _annotation_table(
    "dates",
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("value", sa.String(32)),
    sa.Column("precision", sa.String(8)),
)
places = _annotation_table(
    "places",
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("name", sa.Text),
    sa.Column("country_code", sa.String(3), index=True),
    sa.Column("admin1", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("geonameid", sa.Integer),
    sa.Column("feature", sa.String(32)),
    sa.Column("basis", sa.String(16)),  # schema version 3
)
entities = _annotation_table(
    "entities",
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("label", sa.String(32), index=True),
    sa.Column("sentence", sa.Integer),
)


def _plain(*names: str) -> Callable[[dict], dict]:
    return lambda item: {name: item.get(name) for name in names}


ANNOTATIONS: tuple[Annotation, ...] = (
    Annotation("events", events, lambda e: {
        "id": e["id"], "event_type": e.get("event_type"), "mode": e.get("mode"), "cameo": e.get("cameo"),
        "goldstein": e.get("goldstein"), "quad_class": e.get("quad_class"),
        "actor_code": _get(e, "actor", "code"), "actor_name": _get(e, "actor", "name"), "actor_country": _get(e, "actor", "country"),
        "recipient_code": _get(e, "recipient", "code"), "recipient_name": _get(e, "recipient", "name"),
        "recipient_country": _get(e, "recipient", "country"),
        "date": day_value(e.get("date")), "date_precision": e.get("date_precision"),
        "date_start": (event_range(e) or (None, None))[0], "date_end": (event_range(e) or (None, None))[1],
        "country_code": _get(e, "location", "country_code"), "location_name": _get(e, "location", "name"),
        "lat": _get(e, "location", "lat"), "lon": _get(e, "location", "lon"),
        "fatalities": e.get("fatalities"), "status": e.get("status"), "rule": e.get("rule"),
    }),
    Annotation("actors", actors, _plain("name", "code", "country", "sector")),
    Annotation("quotes", quotes, lambda q: {
        "text": q["text"], "kind": q.get("kind"), "cue": q.get("cue"),
        "speaker_name": _get(q, "speaker", "name"), "speaker_organization": _get(q, "speaker", "organization"),
    }),
    Annotation("claims", claims, lambda c: {
        "kind": c.get("kind"), "event_id": c.get("event_id"),
        "value": None if c.get("value") is None else str(c["value"]), "claimant": _get(c, "claimant", "name"),
    }),
    Annotation("dates", dates, _plain("text", "value", "precision")),
    Annotation("places", places, _plain("text", "name", "country_code", "admin1", "lat", "lon", "geonameid", "feature", "basis")),
    Annotation("entities", entities, _plain("text", "label", "sentence")),
)


# -- the corpus layer's persisted state (schema version 2) ---------------------------------
# Canonical events are linked incrementally (corpus/persist.py): each stored document is
# linked once, and later documents join the events already stored. Nothing here is the
# source of truth: every row can be rebuilt from the documents' records.

linked_documents = sa.Table(
    "linked_documents",
    metadata,
    sa.Column("doc_id", sa.String(512), primary_key=True),
    # the documents row it was linked from: a replaced document (new stored_at) is relinked
    sa.Column("stored_at", sa.String(32), nullable=False),
    sa.Column("published", sa.String(10)),
    # a near-duplicate of an earlier document (the same story under two ids) adds no mentions
    sa.Column("duplicate_of", sa.String(512), index=True),
    sa.Column("similarity", sa.Float),
    sa.Column("signature", JSON, nullable=False),  # the whole text's MinHash values
    sa.Column("skipped", sa.Integer, nullable=False, default=0),  # mentions not linked (status)
)

document_bands = sa.Table(
    "document_bands",
    metadata,
    sa.Column("band", sa.String(64), primary_key=True),  # an LSH band of the MinHash signature
    sa.Column("doc_id", sa.String(512), primary_key=True),
)

canonical_events = sa.Table(
    "canonical_events",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("event_type", sa.String(16), index=True),
    sa.Column("actor_country", sa.String(3), index=True),
    sa.Column("recipient_country", sa.String(3), index=True),
    sa.Column("date", sa.String(10), index=True),
    sa.Column("sort_key", sa.String(32), index=True),  # the date, else the first report
    sa.Column("first_reported", sa.String(10)),
    sa.Column("mentions", sa.Integer, nullable=False),
    sa.Column("documents", sa.Integer, nullable=False),
    sa.Column("sources", sa.Integer, nullable=False),
    sa.Column("data", JSON, nullable=False),  # the canonical event as the corpus layer returns it
)

canonical_mentions = sa.Table(
    "canonical_mentions",
    metadata,
    sa.Column("doc_id", sa.String(512), primary_key=True),
    sa.Column("event_id", sa.String(600), primary_key=True),
    sa.Column("canonical_id", sa.String(64), nullable=False, index=True),
    sa.Column("data", JSON, nullable=False),  # the mention: event, claims, source, published
)

canonical_keys = sa.Table(
    "canonical_keys",
    metadata,
    sa.Column("key", sa.String(256), primary_key=True),  # a blocking key (see corpus/linking.py)
    sa.Column("canonical_id", sa.String(64), primary_key=True, index=True),
)

CORPUS_TABLES = (linked_documents, document_bands, canonical_events, canonical_mentions, canonical_keys)


# -- watch: polling state and alerts (schema version 3) --------------------------------------
# `flashpoint watch` (watch/) keeps what it has seen of each source and every alert it has
# raised here, so a restart resumes where it stopped and never raises an alert twice.

watch_sources = sa.Table(
    "watch_sources",
    metadata,
    sa.Column("source", sa.String(1024), primary_key=True),  # the source as given: a URL or an absolute path
    sa.Column("kind", sa.String(16), nullable=False),  # feed, folder, jsonl
    sa.Column("state", JSON, nullable=False),  # ETag/Last-Modified, files seen, offsets
    sa.Column("last_poll", sa.String(32)),
    sa.Column("last_ok", sa.String(32)),
    sa.Column("failures", sa.Integer, nullable=False, default=0),  # consecutive failures
    sa.Column("next_poll", sa.String(32)),  # not polled before this time (back-off after failures)
    sa.Column("last_error", sa.Text),
    sa.Column("documents", sa.Integer, nullable=False, default=0),  # stored from this source so far
)

watch_alerts = sa.Table(
    "watch_alerts",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),  # a hash of the rule and what it fired on
    sa.Column("rule", sa.String(256), nullable=False, index=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("fired_at", sa.String(32), nullable=False, index=True),
    sa.Column("poll", sa.Integer),
    sa.Column("pending", JSON, nullable=False),  # delivery channels still to deliver to
    sa.Column("undelivered", sa.Integer, nullable=False, index=True),  # len(pending), to find them without a scan
    sa.Column("data", JSON, nullable=False),  # the alert: rule, title, events with sentences and sources
)

WATCH_TABLES = (watch_sources, watch_alerts)
