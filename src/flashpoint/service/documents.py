"""Documents: the stored list, one document with its record and text, deleting one, and the
annotation rows of every document."""

from __future__ import annotations

import posixpath

from ..errors import FlashpointError
from ..records import DocumentRecord
from ..store import Store, open_store
from . import cache
from .query import Filter, sort_rows

LISTABLE = ("events", "quotes", "actors", "claims", "dates", "places", "entities")


def public_location(location: str | None) -> str | None:
    """Where a document came from, as a reader may see it: a URL as it is, a file by its
    name (and line) only, so no response reveals the server's directories."""
    if not location or "://" in location:
        return location
    return posixpath.basename(location.replace("\\", "/"))


def _public(meta: dict) -> dict:
    return {**meta, "location": public_location(meta.get("location"))} if "location" in meta else meta


def documents(store: Store, flt: Filter = Filter(), sort: str | None = None) -> list[dict]:
    rows = flt.documents(_public(d) for d in store.documents())
    return sort_rows(rows, sort, lambda d: d.get("published"))


def get_document(store: Store, doc_id: str) -> dict:
    """A stored document: its metadata, its record and its text."""
    records = list(store.records([doc_id]))
    if not records:
        raise FlashpointError("not-found", f"no document {doc_id!r} in the store")
    meta = store.document(doc_id) or {"id": doc_id}
    return {**_public(meta), "record": records[0].to_dict(), "text": store.document_text(doc_id) or ""}


def delete_document(store: Store, doc_id: str) -> int:
    if not store.stored_ids([doc_id]):
        raise FlashpointError("not-found", f"no document {doc_id!r} in the store")
    return store.delete([doc_id])


def list_annotations(store: Store, kind: str, *, limit: int | None = None, **where) -> list[dict]:
    """Each document's annotations of one kind (a private copy)."""
    if kind not in LISTABLE:
        raise FlashpointError("bad-option", f"cannot list {kind!r}; one of {', '.join(LISTABLE)}")
    return store.annotations(kind, where=where, limit=limit)


def shared_annotations(store: Store, kind: str, **where) -> list[dict]:
    """Each document's annotations of one kind, cached per store revision: read only."""
    if kind not in LISTABLE:
        raise FlashpointError("bad-option", f"cannot list {kind!r}; one of {', '.join(LISTABLE)}")
    return cache.shared(store, "annotations", _annotations, kind=kind, **where)


def _annotations(store: Store, kind: str, **where) -> list[dict]:
    return store.annotations(kind, where=where)


def explain_record(doc_id: str, db: str | None) -> tuple[DocumentRecord, str]:
    """A record and its text: from the store when `db` is given, else by extracting a file."""
    if db is not None:
        with open_store(db) as store:
            records = list(store.records([doc_id]))
            if not records:
                raise FlashpointError("not-found", f"no document {doc_id!r} in the store", location=store.location)
            return records[0], store.document_text(doc_id) or ""
    from ..ingest import Failure, read_inputs
    from ..pipeline import Pipeline

    for result in Pipeline().process(read_inputs([doc_id])):
        if isinstance(result, Failure):
            raise FlashpointError(result.code, result.message, location=result.location)
        return result.record, result.document.text
    raise FlashpointError("not-found", "no document in the file", location=doc_id)
