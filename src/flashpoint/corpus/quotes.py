"""Quote provenance: the same quote across documents becomes one quote with its occurrences.

Two quotes are the same when their normalised texts (quotation marks, case, whitespace,
elisions "..." and punctuation at the ends removed) are equal, when one contains the other
and covers at least `containment` of its words (trimmed ends), or when their word sets
overlap by at least `overlap` (Jaccard; changed words), or when three quarters of the
shorter one's word 3-grams are in the longer (a trimmed and lightly edited quote of 8+ words). Candidates come from an index of
word 3-grams, so adding a quote costs time bounded by the quotes sharing its phrases.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

_QUOTE_CHARS = "\"'“”‘’«»„‟‹›`´"
_ELISION = re.compile(r"\.\s*\.\s*\.|…|\[\s*\.\.\.\s*\]|\[[^\]]*\]")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
MIN_WORDS = 3


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _ELISION.sub(" ", text)
    text = text.replace("’", "'").replace("‘", "'")
    words = [w.replace("'", "") for w in _WORD.findall(text.lower())]
    return " ".join(words)


def _grams(words: list[str], n: int = 3) -> set[tuple]:
    if len(words) < n:
        return {tuple(words)}
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def same_quote(a: str, b: str, *, containment: float = 0.6, overlap: float = 0.8) -> bool:
    """Whether two normalised quote texts are the same quote."""
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    short, long_ = (a, b) if len(wa) <= len(wb) else (b, a)
    ns, nl = min(len(wa), len(wb)), max(len(wa), len(wb))
    if ns >= MIN_WORDS and f" {short} " in f" {long_} " and ns / nl >= containment:
        return True
    sa, sb = set(wa), set(wb)
    if ns >= MIN_WORDS and len(sa & sb) / len(sa | sb) >= overlap:
        return True
    # A trimmed or lightly edited quote: most of the shorter one's phrases are in the longer.
    ga, gb = _grams(wa), _grams(wb)
    return ns >= 8 and ns / nl >= 0.4 and len(ga & gb) / min(len(ga), len(gb)) >= 0.75


@dataclass
class MergedQuote:
    id: str
    text: str
    kind: str | None
    speaker: dict | None
    occurrences: list[dict] = field(default_factory=list)
    norm: str = ""

    @property
    def first_seen(self) -> dict | None:
        return min(self.occurrences, key=lambda o: (o["published"] or "9999", o["doc_id"], o["span"][0])) if self.occurrences else None

    @property
    def documents(self) -> list[str]:
        return list(dict.fromkeys(o["doc_id"] for o in self.occurrences))

    def to_dict(self) -> dict:
        first = self.first_seen
        return {"id": self.id, "text": self.text, "kind": self.kind, "speaker": self.speaker,
                "occurrences": sorted(self.occurrences, key=lambda o: (o["published"] or "9999", o["doc_id"], o["span"][0])),
                "first_seen": {k: first[k] for k in ("doc_id", "source", "published", "span")} if first else None,
                "sources": list(dict.fromkeys(o["source"] for o in self.occurrences))}


class QuoteIndex:
    def __init__(self, *, containment: float = 0.6, overlap: float = 0.8):
        self.containment, self.overlap = containment, overlap
        self.quotes: list[MergedQuote] = []
        self.grams: dict[tuple, set[int]] = {}

    def add(self, quote: dict, *, doc_id: str, source: str | None, published: str | None) -> MergedQuote:
        norm = normalise(quote["text"])
        occurrence = {"doc_id": doc_id, "source": source, "published": published, "span": list(quote["span"]),
                      "text": quote["text"], "kind": quote.get("kind"), "speaker": (quote.get("speaker") or {}).get("name")}
        grams = _grams(norm.split())
        candidates: set[int] = set()
        for g in grams:
            candidates |= self.grams.get(g, set())
        target = None
        for i in sorted(candidates):
            # A direct quote inside an indirect one (overlapping spans) is part of it, not a repeat.
            if any(o["doc_id"] == doc_id and o["span"][0] < quote["span"][1] and quote["span"][0] < o["span"][1]
                   for o in self.quotes[i].occurrences):
                continue
            if same_quote(norm, self.quotes[i].norm, containment=self.containment, overlap=self.overlap):
                target = self.quotes[i]
                break
        if target is None:
            target = MergedQuote("q-" + hashlib.sha1(norm.encode()).hexdigest()[:12], quote["text"], quote.get("kind"),
                                 quote.get("speaker"), norm=norm)
            self.quotes.append(target)
            index = len(self.quotes) - 1
            for g in grams:
                self.grams.setdefault(g, set()).add(index)
        elif not target.speaker or not (target.speaker or {}).get("name"):
            target.speaker = quote.get("speaker") or target.speaker
        target.occurrences.append(occurrence)
        return target


def quote_provenance(store, *, min_occurrences: int = 1, containment: float = 0.6, overlap: float = 0.8) -> list[dict]:
    """Merged quotes over the store, most repeated first; each with `occurrences` and `first_seen`."""
    index = QuoteIndex(containment=containment, overlap=overlap)
    for item in store.annotations("quotes"):
        index.add(item, doc_id=item["doc_id"], source=item.get("source"), published=item.get("published"))
    merged = [q.to_dict() for q in index.quotes if len(q.occurrences) >= min_occurrences]
    return sorted(merged, key=lambda q: (-len(q["occurrences"]), q["first_seen"]["published"] or "", q["id"]))
