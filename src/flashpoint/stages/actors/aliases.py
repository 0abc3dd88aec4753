"""Step 2: aliases learned from the text.

"Jaish al-Adl (or the Army of Justice)", "(formerly Jundallah)", "X, also known as Y",
"Y (X)": the alternative name is marked wherever it occurs. Short forms of construct names
("Jaish" after "Jaish al-Adl") count only after the full name, and dictionary short forms
only after their entry's full name has appeared.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from .base import DocumentMentions
from .mention import DraftMention
from .words import ALIAS_CUES, CONSTRUCT_PARTICLES, NAME_PARTICLES


class Aliases(DocumentMentions):
    """Step 2: alternative names stated in the text."""

    def name_run(self, start: int, limit: int) -> tuple[int, int] | None:
        """The capitalised name starting at `start` (particles allowed inside), before `limit`."""
        doc = self.doc
        end = start
        while end < limit:
            t = doc[end]
            if (t.is_alpha or "'" in t.text or "’" in t.text or t.text[:1].isalpha()) and t.text[:1].isupper():
                end += 1
            elif t.lower_ in NAME_PARTICLES and end > start:
                end += 1
            else:
                break
        while end > start and doc[end - 1].lower_ in NAME_PARTICLES:
            end -= 1
        if end == start or not doc[start].text[:1].isupper() or end - start > 8:
            return None
        return start, end

    def _skip_cue(self, i: int, limit: int) -> int:
        """Past the words that introduce an alternative name: "also known as the"."""
        doc = self.doc
        for cue in ALIAS_CUES:
            n = len(cue)
            if i + n <= limit and tuple(t.lower_ for t in doc[i:i + n]) == cue:
                i += n
                break
        if i < limit and doc[i].lower_ == "the":
            i += 1
        return i

    def learn_aliases(self, mentions: list[DraftMention]) -> list[tuple[DraftMention, tuple[int, int]]]:
        """(antecedent, alias span) pairs stated in the text."""
        doc = self.doc
        found = []
        for m in mentions:
            if not m.entityish or m.hidden and not m.place:
                continue
            _, sent_end = self.sentence_bounds(m.start)
            i = m.end
            if i < sent_end and doc[i].text == "(":
                close = next((j for j in range(i + 1, min(sent_end, i + 12)) if doc[j].text == ")"), None)
                if close is None:
                    continue
                inner_start = self._skip_cue(i + 1, close)
                run = self.name_run(inner_start, close)
                if run and run[1] == close:
                    found.append((m, run))
            elif i + 2 < sent_end and doc[i].text == ",":
                cue_end = self._skip_cue(i + 1, sent_end)
                cue = tuple(t.lower_ for t in doc[i + 1:cue_end])
                if cue in ((), ("the",), ("or",)) or cue[-1:] == ("or",):
                    continue  # a bare list ("Iran, Iraq") or "X, or Y" (often two things) is not an alias
                run = self.name_run(cue_end, sent_end)
                if run and (run[1] >= sent_end or doc[run[1]].is_punct):
                    found.append((m, run))
        # "Jaysh al-Dhulm (Jaish al-Adl)": an unknown name, then a known one in parentheses.
        for m in mentions:
            if not m.entityish or m.start < 2 or doc[m.start - 1].text != "(" or m.end >= len(doc) or doc[m.end].text != ")":
                continue
            end = m.start - 1
            start = end
            while start > 0 and end - start < 8:
                t = doc[start - 1]
                if t.text[:1].isupper() or (t.lower_ in NAME_PARTICLES and t.lower_ not in ("the", "and", "of")):
                    start -= 1
                else:
                    break
            run = self.name_run(start, end) if start < end else None
            if run and run[1] == end:
                found.append((m, run))
        out = []
        for antecedent, (s, e) in found:
            others = {id(self.atom_at[k]) for k in range(s, e) if self.atom_at[k] is not None}
            if others:
                owners = [self.atom_at[k] for k in range(s, e) if self.atom_at[k] is not None]
                if any(o.entity != antecedent.entity or o.code != antecedent.code for o in owners):
                    continue  # the alternative is another known actor
                if all(self.atom_at[k] is not None for k in range(s, e)):
                    continue  # already known
            if e - s == 1 and doc[s].lower_ in STOP_WORDS:
                continue
            out.append((antecedent, (s, e)))
        return out

    def apply_aliases(self, pairs, final: bool) -> None:
        """Mark where learned aliases (and the short forms of construct names) occur: the place
        they are stated, and anywhere else in the document (short forms: only after the name)."""
        doc = self.doc
        forms: list[tuple[tuple[str, ...], DraftMention, int]] = []  # (lower-case tokens, antecedent, first index allowed)
        for antecedent, (s, e) in pairs:
            forms.append((tuple(t.lower_ for t in doc[s:e]), antecedent, 0))
        # "Jaish al-Adl" -> "Jaish": construct names (a word, then al/ul/e/...) of groups.
        shorts: dict[str, list[DraftMention]] = {}
        named = [(a.start, a.end, a) for a in self.atoms if a.entityish and a.kind == "group" and not a.short]
        named += [(s, e, a) for a, (s, e) in pairs if a.kind == "group"]
        for s, e, m in named:
            words = [t.lower_ for t in doc[s:e] if t.text not in ("-", "–")]
            if len(words) >= 2 and words[1] in CONSTRUCT_PARTICLES and len(words[0]) >= 3 and words[0] not in STOP_WORDS:
                shorts.setdefault(words[0], []).append(m)
        for first, owners in shorts.items():
            if len({o.entity for o in owners}) == 1:
                forms.append(((first,), owners[0], min(o.start for o in owners) + 1))
        forms.sort(key=lambda f: -len(f[0]))
        lowers = [t.lower_ for t in doc] if forms else []  # nothing to look for in most documents
        for tokens, antecedent, first_allowed in forms:
            n = len(tokens)
            for i in range(first_allowed, len(doc) - n + 1):
                if tuple(lowers[i:i + n]) != tokens or not doc[i].text[:1].isupper():
                    continue
                owners = {id(self.atom_at[k]): self.atom_at[k] for k in range(i, i + n) if self.atom_at[k] is not None}
                if any(o.entity != antecedent.entity or o.code != antecedent.code or o.start < i or o.end > i + n for o in owners.values()):
                    continue  # another actor, or a longer name, is there
                if n == 1 and owners:
                    continue
                nxt = doc[i + n] if i + n < len(doc) else None
                if n == 1 and nxt is not None and (nxt.text in ("-", "–") or nxt.lower_ in CONSTRUCT_PARTICLES):
                    continue  # the start of another construct name
                m = antecedent.copy(start=i, end=i + n, head=self.head_of(i, i + n), how="alias", via=None, hidden=False, indexed=True,
                                    place=False, dyad=False, short=False, form=None, resolved=True)
                if owners:  # "Jaysh" (a dictionary short form) inside the learned "Jaysh al-Dhulm"
                    self.atoms = [a for a in self.atoms if id(a) not in owners]
                    self.extra = [a for a in self.extra if id(a) not in owners]
                (self.extra if final else self.atoms).append(m)
                for k in range(i, i + n):
                    self.atom_at[k] = m
        self.atoms.sort(key=lambda m: m.start)

    def drop_orphan_short_forms(self) -> None:
        """Dictionary short forms ("Jaish") count only after their full name."""
        first_full: dict[str, int] = {}
        for m in self.atoms:
            if m.entityish and not m.short and m.entity:
                first_full.setdefault(m.entity, m.start)
        kept = []
        for m in self.atoms:
            if m.short and not (m.entity in first_full and first_full[m.entity] < m.start):
                for k in range(m.start, m.end):
                    if self.atom_at[k] is m:
                        self.atom_at[k] = None
                continue
            kept.append(m)
        self.atoms = kept
