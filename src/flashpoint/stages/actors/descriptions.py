"""Mentions that refer back: a possessive pronoun ("its ambassador") to the subject of the
clause above or the nearest actor before it, used by `sectors`; and step 5, a bare definite
sector phrase ("the Foreign Office", "the foreign minister") to the last mention with the same
words that had a country, within `SENTENCE_WINDOW_COREF` sentences.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...knowledge.actors import normalize
from .base import DocumentMentions
from .mention import DraftMention
from .words import NP_MODIFIERS, SENTENCE_WINDOW_COREF, SUBJECTS


class Descriptions(DocumentMentions):
    """Pronouns and definite descriptions resolved to earlier mentions."""

    def pronoun_antecedent(self, pronoun: Token) -> DraftMention | None:
        """"its"/"their": the subject of the nearest clause above, else the nearest actor before."""
        path = {pronoun.i}
        cur = pronoun.head
        for _ in range(12):
            path.add(cur.i)
            for child in cur.children:
                if child.dep_ in SUBJECTS and child.i not in path and child.i < pronoun.i:
                    m = self.mention_at(child.i)
                    if self._agrees(pronoun, m):
                        return m
            if cur.head.i == cur.i:
                break
            cur = cur.head
        # Else the nearest subject before it, in this sentence or the one before; else the nearest actor.
        sent_start, _ = self.sentence_bounds(pronoun.i)
        sentence = self.sentence_of(pronoun.i)
        previous_start = self.sent_starts[max(0, sentence - 2)] if self.sent_starts else 0
        for i in range(pronoun.i - 1, previous_start - 1, -1):
            m = self.mention_at(i)
            if self._agrees(pronoun, m) and self.doc[m.head].dep_ in SUBJECTS:
                return m
        for i in range(pronoun.i - 1, sent_start - 1, -1):
            m = self.mention_at(i)
            if self._agrees(pronoun, m):
                return m
        return None

    def _agrees(self, pronoun: Token, m: DraftMention | None) -> bool:
        """"its" refers to a state, IGO or group; "their" to a group or a plural ("the Houthis", "Iranians")."""
        if not self.usable(m) or m.kind not in ("state", "igo", "group"):
            return False
        if pronoun.lower_ == "their":
            return m.kind == "group" or self.doc[m.head].tag_ in ("NNS", "NNPS")
        return True

    def resolve_definites(self) -> None:
        doc = self.doc
        resolved = sorted([m for m in self.atoms + self.extra if m.term is not None and m.entityish and not m.hidden or (m.kind == "person" and m.term is not None)],
                          key=lambda m: m.start)
        for s in self.atoms:
            if s.kind != "sector" or s.entityish or s.term is None or s.hidden:
                continue
            h = doc[s.head]
            if h.tag_ in ("NNS", "NNPS") or s.start == 0 or doc[s.start - 1].lower_ != "the":
                continue
            if any(c.i < s.start - 1 and c.dep_ in NP_MODIFIERS for c in h.lefts) or any(c.dep_ == "appos" for c in h.rights):
                continue  # "the Turkish foreign minister", "the foreign minister, Mevlut Cavusoglu," name their own referent
            key = normalize(s.term.text)
            sentence = self.sentence_of(s.start)
            for m in reversed(resolved):
                if m.start >= s.start or self.sentence_of(m.start) < sentence - SENTENCE_WINDOW_COREF:
                    continue
                if m.term is None or normalize(m.term.text) != key:
                    continue
                if not (m.country or m.kind in ("igo", "group", "person")):
                    continue
                s.kind, s.name, s.code, s.country, s.sector, s.entity = m.kind, m.name, m.code, m.country, m.sector, m.entity
                s.how, s.via, s.rank = "coref", None, 2 if m.kind != "person" else 3
                s.start = s.start - 1
                break
