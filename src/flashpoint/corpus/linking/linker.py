"""The `Linker`: links event mentions into clusters one document at a time, and writes the
clusters out as canonical events; `build_linker` and `link_events` link a whole store.

A mention joins the candidate cluster (blocking.py) it matches best under the rules
(rules.py), or starts a cluster of its own. The clusters a document touched are then
compared with their own candidates and merged when their consolidated profiles have become
compatible, so the result does not depend much on the order documents arrive in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from ...language.periods import event_period
from ...records import DocumentRecord
from .blocking import candidate_keys, cluster_keys
from .canonical import CanonicalEvent
from .clusters import Cluster
from .fields import LINKED_STATUSES, PRECISION_RANK
from .mentions import Mention, mentions_of
from .profiles import Profile
from .rules import compatible


class Linker:
    """Incremental linking of event mentions into canonical events."""

    def __init__(self, *, day_window: int = 1, undated_window: int = 3):
        self.day_window = day_window
        self.undated_window = undated_window
        self.clusters: dict[str, Cluster] = {}
        self.index: dict[tuple, set[str]] = {}
        self.skipped = 0
        self.mentions = 0
        self.comparisons = 0
        self.duplicates: dict[str, str] = {}  # documents left out as near-duplicates -> their original
        # Persisted linking (persist.py): `source.load(keys)` returns the stored clusters filed
        # under blocking keys not loaded yet, {id: [Mention]}; `dirty` and `dropped` are what
        # must be written back.
        self.source = None
        self._loaded_keys: set[tuple] = set()
        self.dirty: set[str] = set()
        self.dropped: set[str] = set()

    def keys(self, c: Cluster) -> set[tuple]:
        """The blocking keys a cluster is filed under (also stored with it: persist.py)."""
        return cluster_keys(c)

    def candidates(self, p: Profile) -> set[str]:
        keys = self._candidate_keys(p)
        if self.source is not None:
            self._load([k for k in keys if k not in self._loaded_keys])
        found: set[str] = set()
        for key in keys:
            found |= self.index.get(key, set())
        return found

    def prefetch(self, profiles: Iterable[Profile]) -> None:
        """Load the stored clusters the profiles may link to in one query (persisted linking)."""
        if self.source is not None:
            keys = {k for p in profiles for k in self._candidate_keys(p)}
            self._load(sorted((k for k in keys if k not in self._loaded_keys), key=repr))

    def _load(self, keys: list[tuple]) -> None:
        if not keys:
            return
        self._loaded_keys.update(keys)
        for cid, mentions in self.source.load(keys, exclude=set(self.clusters) | self.dropped).items():
            self.adopt(cid, mentions)

    def adopt(self, cid: str, mentions: list[Mention]) -> Cluster:
        """Take in a stored cluster as it is (not marked dirty)."""
        c = Cluster(cid, list(mentions))
        c.refresh()
        self.clusters[cid] = c
        self._file(c)
        return c

    def _candidate_keys(self, p: Profile) -> list[tuple]:
        return candidate_keys(p, self.undated_window)

    def _file(self, c: Cluster, old_keys: set[tuple] | None = None) -> None:
        for key in old_keys or ():
            self.index.get(key, set()).discard(c.id)
        for key in self.keys(c):
            self.index.setdefault(key, set()).add(c.id)

    def _best(self, p: Profile, exclude: str | None = None) -> Cluster | None:
        best, best_score = None, 0
        for cid in sorted(self.candidates(p)):
            if cid == exclude or cid not in self.clusters:
                continue
            self.comparisons += 1
            score = compatible(p, self.clusters[cid].profile, day_window=self.day_window, undated_window=self.undated_window)
            if score > best_score or (score == best_score and score and len(self.clusters[cid].mentions) > len(best.mentions)):
                best, best_score = self.clusters[cid], score
        return best

    def add(self, record: DocumentRecord | dict) -> set[str]:
        """Link one document's event mentions; returns the ids of the clusters it touched."""
        ms = mentions_of(record)
        linkable = [m for m in ms if m.event.get("status", "occurred") in LINKED_STATUSES]
        self.skipped += len(ms) - len(linkable)
        return self.add_mentions(linkable)

    def add_mentions(self, linkable: list[Mention]) -> set[str]:
        """Link mentions (of one document, or left over from a removed one)."""
        touched: set[str] = set()
        self.mentions += len(linkable)
        # Informative mentions first: dated, precise, with both sides known.
        linkable.sort(key=lambda m: (-PRECISION_RANK[m.precision], -(bool(m.actor_country) + bool(m.recipient_country))))
        for m in linkable:
            p = m.profile
            target = self._best(p)
            if target is None:
                target = Cluster(_cluster_id(m), [m])
                target.refresh()
                self.clusters[target.id] = target
                self.dropped.discard(target.id)
                self._file(target)
            else:
                old = self.keys(target)
                target.mentions.append(m)
                target.refresh()
                self._file(target, old)
            touched.add(target.id)
        self._merge_touched(touched)
        touched = {cid for cid in touched if cid in self.clusters}
        self.dirty |= touched
        return touched

    def remove(self, cid: str) -> list[Mention]:
        """Take a cluster out (to relink its mentions); returns its mentions."""
        c = self.clusters.pop(cid)
        for key in self.keys(c):
            self.index.get(key, set()).discard(cid)
        self.dirty.discard(cid)
        self.dropped.add(cid)
        return c.mentions

    def _merge_touched(self, touched: set[str]) -> None:
        queue = sorted(touched)
        while queue:
            cid = queue.pop()
            c = self.clusters.get(cid)
            if c is None:
                continue
            other = self._best(c.profile, exclude=cid)
            if other is None:
                continue
            # keep the older cluster (its id was seen first)
            keep, drop = (other, c) if _first(other) <= _first(c) else (c, other)
            old = self.keys(keep)
            for key in self.keys(drop):
                self.index.get(key, set()).discard(drop.id)
            keep.mentions.extend(drop.mentions)
            keep.refresh()
            self._file(keep, old)
            del self.clusters[drop.id]
            self.dirty.discard(drop.id)
            self.dropped.add(drop.id)
            touched.add(keep.id)
            queue.append(keep.id)

    def canonical_events(self) -> list["CanonicalEvent"]:
        events = [CanonicalEvent.of(c) for c in self.clusters.values()]
        return sorted(events, key=lambda e: (event_period(e.data) or e.first_reported or "", e.id))

    def stats(self) -> dict:
        return {"mentions": self.mentions, "skipped": self.skipped, "canonical_events": len(self.clusters),
                "merged": sum(len(c.mentions) > 1 for c in self.clusters.values()),
                "cross_document": sum(len(c.profile.docs) > 1 for c in self.clusters.values()),
                "comparisons": self.comparisons, "duplicate_documents": len(self.duplicates)}


def _first(c: Cluster) -> tuple:
    return min((m.published or "9999", m.doc_id, m.event_id) for m in c.mentions)


def _cluster_id(m: Mention) -> str:
    return "ce-" + hashlib.sha1(f"{m.doc_id}\x00{m.event_id}".encode()).hexdigest()[:12]


def build_linker(store, *, day_window: int = 1, undated_window: int = 3, doc_ids: Iterable[str] | None = None,
                 skip_duplicates: bool = True, duplicate_threshold: float = 0.8) -> Linker:
    """A Linker holding every stored document's mentions, linked in publication order.

    With `skip_duplicates` (the default), a document flagged as a near-duplicate of an
    earlier one (the same story under two ids: whole-document MinHash similarity of at
    least `duplicate_threshold`, see reuse.py) contributes no mentions, so one story is
    not counted twice; `linker.duplicates` maps each skipped document to its original."""
    linker = Linker(day_window=day_window, undated_window=undated_window)
    wanted = None if doc_ids is None else set(doc_ids)
    if skip_duplicates:
        from ..reuse import duplicate_of

        linker.duplicates = duplicate_of(store, threshold=duplicate_threshold, doc_ids=wanted)
    for record in store.records(wanted):
        if record.doc_id in linker.duplicates:
            continue
        linker.add(record)
    return linker


def link_events(store, *, day_window: int = 1, undated_window: int = 3, skip_duplicates: bool = True) -> list[CanonicalEvent]:
    """Canonical events over the whole store (computed on demand, in publication order),
    near-duplicate documents left out (see `build_linker`)."""
    return build_linker(store, day_window=day_window, undated_window=undated_window,
                        skip_duplicates=skip_duplicates).canonical_events()
