"""Text reuse: passages a document shares with another, and near-duplicate articles.

MinHash/LSH (datasketch) over word 5-gram shingles. Passage units are the record's
sentences; LSH proposes sentence pairs from different documents, the exact shingle overlap
confirms them, and runs of confirmed sentences are joined into passages with both spans.
The earlier document (by publication date, then id) is the likely origin. Whole documents
whose shingle sets have an estimated Jaccard similarity of at least `duplicate_threshold`
are flagged as near-duplicates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
SHINGLE = 5
NUM_PERM = 64


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _shingles(words: list[str], n: int = SHINGLE) -> set[str]:
    if len(words) < n:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def _minhash(shingles: set[str]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM)
    m.update_batch([s.encode("utf-8") for s in shingles])
    return m


@dataclass
class _Unit:
    doc: int
    index: int
    span: tuple[int, int]
    shingles: set[str]


def _units(text: str, sentences: list, min_words: int) -> list[_Unit]:
    spans = [tuple(s) for s in sentences] or [(0, len(text))]
    units = []
    for i, (start, end) in enumerate(spans):
        words = [w for w, _, _ in _words(text[start:end])]
        if len(words) >= min_words:
            units.append(_Unit(-1, i, (start, end), _shingles(words)))
    return units


def document_minhash(text: str) -> MinHash:
    return _minhash(_shingles([w for w, _, _ in _words(text or "")]))


class DuplicateFinder:
    """Whole-document near-duplicate detection, one MinHash per document, fed in order.

    `check(doc_id, text)` returns [(earlier doc_id, similarity), ...] for the documents
    already seen whose estimated Jaccard similarity is at least `threshold`, then remembers
    this one. Feed documents by publication date (then id): the later one is the duplicate."""

    def __init__(self, threshold: float = 0.8):
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.hashes: dict[str, MinHash] = {}

    def check(self, doc_id: str, text: str) -> list[tuple[str, float]]:
        whole = document_minhash(text)
        found = []
        for other in self.lsh.query(whole):
            similarity = whole.jaccard(self.hashes[other])
            if similarity >= self.threshold:
                found.append((other, similarity))
        if doc_id not in self.hashes:
            self.lsh.insert(doc_id, whole)
            self.hashes[doc_id] = whole
        return sorted(found, key=lambda f: (-f[1], f[0]))


def duplicate_of(store, *, threshold: float = 0.8, doc_ids=None) -> dict[str, str]:
    """{doc_id: the earlier document it near-duplicates} over the stored documents (in
    publication order), from one MinHash per whole document; cheap next to `reuse`."""
    finder, out = DuplicateFinder(threshold), {}
    for doc in store.documents():
        if doc_ids is not None and doc["id"] not in doc_ids:
            continue
        found = finder.check(doc["id"], store.document_text(doc["id"]) or "")
        if found:
            out[doc["id"]] = found[0][0]
    return out


def find_reuse(docs: list[dict], *, threshold: float = 0.5, min_words: int = 8,
               duplicate_threshold: float = 0.8) -> dict:
    """docs: dicts with doc_id, source, published, text, sentences. Returns passages and duplicates."""
    docs = sorted(docs, key=lambda d: (d.get("published") or "9999", d["doc_id"]))
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    units: list[_Unit] = []
    finder = DuplicateFinder(duplicate_threshold)
    duplicates = []
    matches: dict[tuple[int, int], list[tuple[_Unit, _Unit]]] = {}
    for d, doc in enumerate(docs):
        text = doc["text"] or ""
        for other, similarity in finder.check(doc["doc_id"], text):
            duplicates.append({"doc_id": doc["doc_id"], "duplicate_of": other, "similarity": round(similarity, 3)})
        new = []
        for unit in _units(text, doc.get("sentences") or [], min_words):
            unit.doc = d
            mh = _minhash(unit.shingles)
            for key in lsh.query(mh):
                earlier = units[int(key)]
                if earlier.doc == d:
                    continue
                shared = len(unit.shingles & earlier.shingles) / max(1, min(len(unit.shingles), len(earlier.shingles)))
                if shared >= threshold:
                    matches.setdefault((earlier.doc, d), []).append((earlier, unit))
            new.append((unit, mh))
        for unit, mh in new:
            lsh.insert(str(len(units)), mh)
            units.append(unit)
    passages = []
    for (a, b), pairs in sorted(matches.items()):
        pairs.sort(key=lambda p: (p[1].index, p[0].index))
        runs: list[list] = []
        for pa, pb in pairs:
            if runs and pb.index - runs[-1][-1][1].index <= 1 and 0 <= pa.index - runs[-1][-1][0].index <= 1:
                runs[-1].append((pa, pb))
            else:
                runs.append([(pa, pb)])
        for run in runs:
            origin, copy = docs[a], docs[b]
            sa = (min(p[0].span[0] for p in run), max(p[0].span[1] for p in run))
            sb = (min(p[1].span[0] for p in run), max(p[1].span[1] for p in run))
            shared = set().union(*(p[0].shingles & p[1].shingles for p in run))
            total = set().union(*(p[1].shingles for p in run))
            passages.append({
                "origin": {"doc_id": origin["doc_id"], "source": origin.get("source"), "published": origin.get("published"),
                           "span": list(sa), "text": origin["text"][sa[0]:sa[1]]},
                "copy": {"doc_id": copy["doc_id"], "source": copy.get("source"), "published": copy.get("published"),
                         "span": list(sb), "text": copy["text"][sb[0]:sb[1]]},
                "sentences": len(run), "overlap": round(len(shared) / max(1, len(total)), 3),
            })
    return {"passages": passages, "duplicates": duplicates}


def reuse(store, *, threshold: float = 0.5, min_words: int = 8, duplicate_threshold: float = 0.8) -> dict:
    """Shared passages and near-duplicate documents over the whole store."""
    docs = []
    for record in store.records():
        docs.append({"doc_id": record.doc_id, "source": record.source, "published": record.published,
                     "text": store.document_text(record.doc_id) or "", "sentences": record.sentences})
    return find_reuse(docs, threshold=threshold, min_words=min_words, duplicate_threshold=duplicate_threshold)
