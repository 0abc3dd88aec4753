"""What the CLI, the Python API, the HTTP API and the dashboard all call, by subject.

- `ingest`: the one ingest loop, extraction, documents from JSON objects
- `documents`: stored documents, one with its text, deleting, annotation rows
- `events`, `quotes`, `actors`, `dyads`: the corpus views, cached per store revision
- `health`: doctor, alerts and watched sources
- `query`: the one `Filter`, sort and `Page` every list goes through

Each function takes plain arguments and returns plain data or iterators; none prints or
knows about HTTP. The CLI formats what they return; the HTTP API serialises it; the
dashboard renders it.
"""

from __future__ import annotations

from ..corpus import reuse
from .actors import actors, list_actors
from .documents import LISTABLE, delete_document, documents, explain_record, get_document, list_annotations, public_location
from .dyads import dyad, dyads
from .events import canonical_event, canonical_events, claims, event_claims, events
from .health import Check, alerts, doctor, watched_sources
from .ingest import FAILURES_KEPT, IngestReport, extract, ingest, ingest_objects, process_paths, store_items
from .query import Filter, Page, in_range, page, sort_rows, valid_date_option
from .quotes import quote_provenance, quotes

__all__ = [
    "FAILURES_KEPT", "IngestReport", "extract", "ingest", "ingest_objects", "process_paths", "store_items",
    "LISTABLE", "delete_document", "documents", "explain_record", "get_document", "list_annotations", "public_location",
    "canonical_event", "canonical_events", "claims", "event_claims", "events", "quote_provenance", "quotes",
    "actors", "list_actors", "dyad", "dyads", "reuse", "Check", "alerts", "doctor", "watched_sources",
    "Filter", "Page", "in_range", "page", "sort_rows", "valid_date_option",
]
