"""Step 4: people (spaCy PERSON entities and dictionary people) take the actor of the title
before their name ("Foreign Minister Jalil Abbas Jilani"), of an appositive ("X, Iran's Deputy
President") or of what a relative clause says they head ("X, who was heading the Pakistani
delegation"); a role stated in the text beats the dictionary, and later mentions of the surname
("Jilani") are the same person.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

from ...knowledge.actors import normalize
from .base import DocumentMentions
from .mention import DraftMention
from .words import LEADING_VERBS


class People(DocumentMentions):
    """Step 4: people and the actor they act for."""

    def person_spans(self) -> list[tuple[int, int, DraftMention | None]]:
        """Name spans: dictionary people, and PERSON entities trimmed of titles."""
        doc = self.doc
        spans = [(m.start, m.end, m) for m in self.atoms if m.kind == "person" and m.entityish and not m.hidden]
        covered = {i for s, e, _ in spans for i in range(s, e)}
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            s, e = ent.start, ent.end
            while s < e and (self.atom_at[s] is not None or doc[s].lower_ in self.compiled.modifier_words or not doc[s].is_alpha):
                if self.atom_at[s] is not None and self.atom_at[s].term is None:
                    break  # a named actor, not a title
                s += 1
            while e > s and (doc[e - 1].tag_ == "POS" or doc[e - 1].is_punct):
                e -= 1
            # The tagger sometimes leaves first names out: "Prime Minister Anwaarul Haq [Kakar]".
            while s > 0 and s < e and self.atom_at[s - 1] is None and doc[s - 1].pos_ == "PROPN" and doc[s - 1].is_alpha \
                    and doc[s - 1].text[:1].isupper() and doc[s - 1].ent_type_ in ("", "PERSON") and doc[s - 1].lower_ not in STOP_WORDS:
                s -= 1
            if s >= e or any(i in covered for i in range(s, e)):
                continue
            if any(self.atom_at[i] is not None for i in range(s, e)):
                continue  # the entity tagger took a group or a state for a person
            if not doc[s].text[:1].isupper():
                continue
            spans.append((s, e, None))
        return sorted(spans, key=lambda x: x[0])

    def _known_person(self, s: int, e: int) -> dict | None:
        doc = self.doc
        text = normalize(doc[s:e].text)
        if text in self.people:
            return self.people[text]
        last = self._surname(s, e)
        if last and last in self.people:
            return self.people[last]
        return None

    def _surname(self, s: int, e: int) -> str | None:
        doc = self.doc
        k = e - 1
        while k - 2 >= s and doc[k - 1].text == "-":
            k -= 2
        if k <= s:
            return None
        surname = normalize(doc[k:e].text)
        return surname if len(surname) >= 3 else None

    def _register(self, s: int, e: int, identity: dict) -> None:
        full = normalize(self.doc[s:e].text)
        self.people.setdefault(full, identity)
        surname = self._surname(s, e)
        if surname:
            if surname in self.people and self.people[surname]["name"] != identity["name"]:
                self.people[surname] = {**self.people[surname], "ambiguous": True}
            else:
                self.people.setdefault(surname, identity)

    def _role_before(self, s: int) -> DraftMention | None:
        while s > 0 and self.doc[s - 1].is_space:
            s -= 1
        if s == 0:
            return None
        m = self.atom_at[s - 1]
        if m is None:
            return None
        if m.kind == "sector" or m.term is not None:
            return m if (m.term is not None and m.term.title) else None
        # An IGO's office ("UN Secretary General X"); a state only as a possessive ("Iran's X"),
        # not "the ambassador to Lebanon X".
        if m.entityish and m.kind == "igo" and not m.dyad:
            return m
        if self.doc[s - 1].tag_ == "POS" and s >= 2:
            m = self.atom_at[s - 2]
            if m is not None and m.entityish and m.kind in ("state", "igo", "group") and not m.dyad and not m.place and m.term is None:
                return m
        return None

    def _role_after(self, root: Token) -> tuple[DraftMention | None, str | None]:
        if root.dep_ == "appos":  # "the Turkish foreign minister, Mevlut Cavusoglu"
            m = self.mention_at(root.head.i)
            if m is not None and m.term is not None and m.term.title and m.head == root.head.i:
                return m, "apposition"
        for child in root.children:
            if child.dep_ == "appos":
                m = self.mention_at(child.i)
                if m is not None and m.term is not None and m.term.title and (m.head == child.i):
                    return m, "apposition"
            if child.dep_ == "relcl" and child.lemma_ in LEADING_VERBS:
                for obj in child.children:
                    if obj.dep_ in ("dobj", "obj"):
                        m = self.mention_at(obj.i)
                        if m is not None and m.entityish and m.country:
                            return m, "relcl"
        return None, None

    def resolve_people(self) -> None:
        doc = self.doc
        for s, e, atom in self.person_spans():
            root = doc[s:e].root
            before = self._role_before(s)  # "Foreign Minister X", "Pakistan's Foreign Minister X", "UN X"
            after, after_via = self._role_after(root)  # "X, Iran's Deputy President", "X, who heads the Pakistani delegation"
            title_m = before if before is not None and before.term is not None else (after if after is not None and after.term is not None and after_via == "apposition" else None)
            known = None
            if atom is not None:
                known = {"name": atom.name, "code": atom.code, "country": atom.country, "sector": atom.sector, "entity": atom.entity, "how": "dictionary"}
            else:
                k = self._known_person(s, e)
                if k is not None and not k.get("ambiguous"):
                    known = {**k, "how": "alias"}
            # Who the text says the person acts for: the title's country, else what follows the name.
            source, via = None, None
            for candidate, candidate_via in ((before, "title"), (after, after_via)):
                if candidate is not None and candidate.entityish and (candidate.country or candidate.kind == "igo"):
                    source, via = candidate, candidate_via
                    break
            name = known["name"] if known else " ".join(doc[s:e].text.split())
            sector = title_m.sector if title_m is not None else None
            if source is not None:
                country = source.country
                if title_m is not None and title_m is not source and country and title_m.kind == "sector":
                    code = country + (title_m.code or "")  # "Foreign Minister X, who heads the Pakistani delegation"
                else:
                    code, sector = source.code, source.sector
                how = "role"
            elif title_m is not None and known and known.get("country"):
                country = known["country"]
                code, how = country + (title_m.code or ""), "role"
                via = "title" if title_m is before else after_via
            elif known:
                code, country, sector, how = known["code"], known["country"], known["sector"], known["how"]
            elif title_m is not None:
                code, country, sector, how = title_m.code, title_m.country, title_m.sector, "role"
                via = "title" if title_m is before else after_via
            elif self.unplaced_people and e - s >= 2:
                # A full name the text does not place is still somebody who acts and speaks: an
                # actor in their own name, uncoded ("Staffan de Mistura said"). A lone word the
                # entity tagger calls a person is too often a place or a nickname to count.
                code, country, sector, how = None, None, None, "name"
            else:
                continue
            if code is None and how not in ("name", "alias"):  # an unplaced person named again stays one
                continue
            entity = known["entity"] if known and known.get("entity") else f"person:{normalize(name)}"
            start = s
            if before is not None and before.end <= s and all(doc[k].is_space for k in range(before.end, s)):
                start = before.start
                before.hidden = True
            if atom is not None:
                atom.hidden = True
                atom.indexed = False
            m = DraftMention(start, e, "person", how, name, code, country, sector, root.i, entity=entity, via=via if how == "role" else None, rank=3,
                   term=title_m.term if title_m is not None else None, resolved=True)
            self.extra.append(m)
            self._register(s, e, {"name": name, "code": code, "country": country, "sector": sector, "entity": entity})
        # Later bare surnames that the entity tagger missed.
        if not self.people:
            return
        taken = self._taken()
        for i, t in enumerate(doc):
            if i in taken or not t.text[:1].isupper() or not t.is_alpha:
                continue
            k = self.people.get(normalize(t.text))
            if k is None or k.get("ambiguous"):
                continue
            first = next((m.start for m in self.extra if m.kind == "person" and m.entity == k["entity"]), None)
            if first is None or first > i:
                continue
            e = i + 1
            self.extra.append(DraftMention(i, e, "person", "alias", k["name"], k["code"], k["country"], k["sector"], i, entity=k["entity"], rank=3, resolved=True))
            taken.add(i)

    def _taken(self) -> set[int]:
        """Tokens already in a person or a visible named actor: a bare surname is not looked for there."""
        taken = set()
        for m in self.atoms + self.extra:
            if m.kind == "person" or (not m.hidden and m.entityish):
                taken.update(range(m.start, m.end))
        return taken
