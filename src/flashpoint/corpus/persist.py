"""Canonical events kept in the store, linked incrementally as documents arrive.

`sync(store)` brings the stored canonical events up to date with the stored documents:

- documents stored since the last sync are linked in publication order: each one's event
  mentions join the stored events they match (the rules of linking.py), found through the
  blocking keys stored with every event, so linking one document loads and compares only
  its candidate events, never the whole corpus;
- documents deleted or stored anew (`replace`) have their mentions taken out of the events
  first; the rest of each such event is linked again;
- a document whose whole text near-duplicates an earlier one (MinHash, LSH bands stored per
  document) adds no mentions, as in `build_linker`; an earlier document arriving late takes
  the place of the later copy.

Ingest calls `sync` after storing; every read of canonical events calls it first, so a
store written by an older version, or by a process killed between storing and linking,
catches up on its next read. One sync runs at a time per store (`Store.linking` locks).
Everything persisted here can be rebuilt from the documents' records.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections import defaultdict

from datasketch import MinHashLSH

from .linking import LINKED_STATUSES, CanonicalEvent, Linker, Mention, mentions_of
from .reuse import NUM_PERM, document_minhash

# Raised whenever the linking rules or the canonical event's fields change: a store linked
# by another version is relinked from its records on the next sync.
LINKING_VERSION = 9
DUPLICATE_THRESHOLD = 0.8
_LSH = MinHashLSH(threshold=DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
BANDS, ROWS = _LSH.b, _LSH.r  # the band layout datasketch picks for this threshold


def _key(key: tuple) -> str:
    return json.dumps(list(key), separators=(",", ":"))


def _mention(data: dict) -> Mention:
    return Mention(**data)


_MENTION_FIELDS = [f.name for f in dataclasses.fields(Mention)]


def _mention_data(m: Mention) -> dict:
    return {name: getattr(m, name) for name in _MENTION_FIELDS}  # shallow: stored as JSON at once


def _bands(signature: list[int]) -> list[str]:
    return [f"{i}:" + hashlib.sha1(",".join(map(str, signature[i * ROWS:(i + 1) * ROWS])).encode()).hexdigest()[:20]
            for i in range(BANDS)]


def _similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two MinHash signatures (as MinHash.jaccard)."""
    return sum(x == y for x, y in zip(a, b)) / max(1, len(a))


class _StoredClusters:
    """The Linker's source of stored clusters, loaded by blocking key on demand."""

    def __init__(self, session):
        self.session = session

    def load(self, keys: list[tuple], exclude: set[str]) -> dict[str, list[Mention]]:
        ids = self.session.clusters_for_keys([_key(k) for k in keys]) - exclude
        return {cid: [_mention(d) for d in ds] for cid, ds in self.session.mentions(ids).items()}


def _take_out(session, linker: Linker, doc_ids: list[str]) -> None:
    """Remove the documents' mentions from their events and link the rest of those events again."""
    gone = set(doc_ids)
    ids = session.clusters_of(doc_ids)
    # Stored events not yet in memory (those in memory hold newer state than their rows).
    for cid, ds in session.mentions(ids - set(linker.clusters) - linker.dropped).items():
        linker.adopt(cid, [_mention(d) for d in ds])
    ids |= {cid for cid, c in linker.clusters.items() if any(m.doc_id in gone for m in c.mentions)}
    leftovers: dict[str, list[Mention]] = defaultdict(list)
    for cid in sorted(ids & set(linker.clusters)):
        for m in linker.remove(cid):
            if m.doc_id not in gone:
                leftovers[m.doc_id].append(m)
    _relink(linker, leftovers)


def _order(m: Mention) -> tuple:
    return (m.published or "9999", m.doc_id)


def _record_order(m: Mention) -> tuple:
    """A mention's place among its document's events (ids end in ":e<n>"), as `mentions_of` gives them."""
    head, _, number = m.event_id.rpartition(":e")
    return (0, int(number), "") if head and number.isdigit() else (1, 0, m.event_id)


def _relink(linker: Linker, groups: dict[str, list[Mention]], new: int = 0) -> None:
    """Link groups of mentions (one per document; only `new` of them not linked before).

    Linking is greedy in publication order. Mentions linked after later-published ones (a
    document arriving late, or what is left of events a removed document was in) would be
    linked as if they were the latest, so the events they may join that hold later reports
    are taken apart and linked again with them, in publication order, and transitively the
    events those reports may join: the neighbourhood ends up as linking everything in
    publication order leaves it (up to the order-dependence of greedy linking beyond it)."""
    groups = {doc: list(ms) for doc, ms in groups.items() if ms}
    if not groups:
        return
    start = min(_order(ms[0]) for ms in groups.values())
    queue = [m for ms in groups.values() for m in ms]
    linker.prefetch(m.profile for m in queue)
    while queue:
        for cid in sorted(linker.candidates(queue.pop().profile)):
            c = linker.clusters.get(cid)
            if c is not None and any(_order(m) >= start for m in c.mentions):
                for m in linker.remove(cid):
                    groups.setdefault(m.doc_id, []).append(m)
                    queue.append(m)
    linker.mentions -= sum(len(ms) for ms in groups.values()) - new
    for _, ms in sorted(groups.items(), key=lambda kv: _order(kv[1][0])):
        linker.add_mentions(sorted(ms, key=_record_order))


def _link_document(linker: Linker, record: dict) -> int:
    """Link one document's mentions; returns how many were skipped (by status)."""
    ms = mentions_of(record)
    linkable = [m for m in ms if m.event.get("status", "occurred") in LINKED_STATUSES]
    if linkable:
        _relink(linker, {linkable[0].doc_id: linkable}, new=len(linkable))
    return len(ms) - len(linkable)


def sync(store) -> dict:
    """Link what changed since the last sync; returns counts of what was done."""
    # Every read calls this: look first without the write lock, which is taken (and the
    # check repeated under it) only when there is something to link.
    with store.linking(write=False) as session:
        if session.version() == LINKING_VERSION and session.pending() == ([], []):
            return {"linked": 0, "unlinked": 0, "duplicates": 0, "comparisons": 0}
    with store.linking() as session:
        if session.version() != LINKING_VERSION:
            session.reset(LINKING_VERSION)
        docs, stale = session.pending()
        if not docs and not stale:
            return {"linked": 0, "unlinked": 0, "duplicates": 0, "comparisons": 0}
        linker = Linker()
        linker.source = _StoredClusters(session)
        if stale:
            # A document that near-duplicated a removed one is linked again on its own.
            orphans = [d for d in session.duplicates_of(stale) if d not in stale]
            _take_out(session, linker, stale + orphans)
            session.forget(stale + orphans)
            docs, _ = session.pending()
        duplicates = 0
        for doc in docs:
            data = session.record(doc["id"])
            signature = [int(v) for v in document_minhash(data["text"] or "").hashvalues]
            bands = _bands(signature)
            order = (doc["published"] or "9999", doc["id"])
            similar = []
            for other, info in session.documents_in_bands(bands, exclude=doc["id"]).items():
                similarity = _similarity(signature, info["signature"])
                if similarity >= DUPLICATE_THRESHOLD:
                    similar.append((other, similarity, (info["published"] or "9999", other) < order, info))
            earlier = sorted((s for s in similar if s[2]), key=lambda s: (-s[1], s[0]))
            if earlier:
                session.mark_linked(doc, signature=signature, bands=bands, duplicate_of=earlier[0][0],
                                    similarity=round(earlier[0][1], 3), skipped=0)
                duplicates += 1
                continue
            # This document is the earlier telling of stories already linked: they become its copies.
            later = [s for s in similar if not s[2] and s[3]["duplicate_of"] is None]
            if later:
                _take_out(session, linker, [s[0] for s in later])
                for other, similarity, _, _ in later:
                    session.set_duplicate(other, doc["id"], round(similarity, 3))
                duplicates += len(later)
            skipped = _link_document(linker, data["record"])
            session.mark_linked(doc, signature=signature, bands=bands, duplicate_of=None, similarity=None,
                                skipped=skipped)
        session.delete_clusters(linker.dirty | linker.dropped)
        session.write_clusters(
            (CanonicalEvent.of(cluster).to_dict(), [_mention_data(m) for m in cluster.mentions],
             [_key(k) for k in linker.keys(cluster)])
            for cluster in (linker.clusters[cid] for cid in sorted(linker.dirty)))
        return {"linked": len(docs), "unlinked": len(stale), "duplicates": duplicates, "comparisons": linker.comparisons}
