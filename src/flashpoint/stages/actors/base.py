"""The mentions of one document while the steps work on them (`DocumentMentions`), and the
helpers every step uses: sentences, heads, a dictionary entry's identity on the document's
date, and the mention at a token with its sector resolved.

Each step (`match`, `aliases`, `sectors`, `people`, `descriptions`) is a subclass adding its
methods; `document.DocumentActors` combines them and runs them in order.
"""

from __future__ import annotations

import bisect
from datetime import date

from spacy.tokens import Doc

from ...knowledge.actors import ActorEntry, Form, country_of, sector_of
from .compiled import CompiledDictionary
from .mention import DraftMention


class DocumentMentions:
    """Finds and resolves the actor mentions of one document: the shared state."""

    def __init__(self, doc: Doc, compiled: CompiledDictionary, on: date | None, sentences: list, *, unplaced_people: bool = True):
        self.doc = doc
        self.unplaced_people = unplaced_people  # a named person the text does not place is an actor (uncoded)
        self.compiled = compiled
        self.on = on
        self.sent_starts = [s.start for s in sentences] if sentences else [s.start for s in doc.sents]
        self.atoms: list[DraftMention] = []
        self.extra: list[DraftMention] = []  # combined conjuncts, people, coreferent and alias mentions
        self.atom_at: list[DraftMention | None] = [None] * len(doc)
        self.discarded_sentences: set[int] = set()
        self.discard_story = False
        self.people: dict[str, dict] = {}  # lower name or surname -> identity of a person resolved earlier
        self._resolving: set[int] = set()

    def sentence_of(self, i: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, i) - 1)

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        s = self.sentence_of(i)
        start = self.sent_starts[s] if self.sent_starts else 0
        end = self.sent_starts[s + 1] if s + 1 < len(self.sent_starts) else len(self.doc)
        return start, end

    def head_of(self, start: int, end: int) -> int:
        return self.doc[start:end].root.i

    def entity_identity(self, entry: ActorEntry, form: Form | None) -> dict | None:
        """Name, code, country, sector, kind and entity id of a dictionary entry on the document's
        date (an institution's form adds its sector); None when the entry has no code then."""
        code = entry.code_on(self.on)
        if code is None:
            return None
        if form is not None and form.sector and len(code) == 3:
            code += form.sector
        country = entry.country or country_of(code)
        return {"name": entry.name, "code": code, "country": country, "sector": sector_of(code) if entry.kind != "igo" else None,
                "kind": entry.kind if entry.kind != "block" else "group", "entity": entry.id}

    def resolve_sector(self, s: DraftMention) -> None:  # pragma: no cover - provided by sectors.Sectors
        raise NotImplementedError

    def resolve_definite(self, s: DraftMention, persons: bool = True) -> bool:  # pragma: no cover - provided by descriptions.Descriptions
        raise NotImplementedError

    def mention_at(self, i: int) -> DraftMention | None:
        """The mention covering token `i`; a sector mention is resolved first, so its actor is known."""
        m = self.atom_at[i]
        if m is not None and m.kind == "sector" and not m.resolved:
            self.resolve_sector(m)
        return m

    def usable(self, m: DraftMention | None, allow_place: bool = False) -> bool:
        """Whether `m` names an actor another mention may take: not a dyad, not hidden, a place only if allowed."""
        if m is None or not m.entityish or m.dyad:
            return False
        if m.place:
            return allow_place
        return m.indexed
