"""Step 4: people (spaCy PERSON entities, dictionary people, and names in apposition to a title
that the tagger labelled otherwise) take the actor of the title before their name ("Foreign
Minister Jalil Abbas Jilani"), of an appositive ("X, Iran's Deputy President"), of an office
with its organisation ("X, the EU commissioner", "X, director of the charity Y"), of an "of"
phrase naming an organisation ("X of the Syrian Nonviolence Movement") or of what a relative
clause says they head ("X, who was heading the Pakistani delegation"); a role stated in the text
beats the dictionary, and later mentions of the surname ("Jilani") are the same person. Each
person's `affiliation` names the state, IGO, group or organisation he or she acts for.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

from ...nlp import entities as doc_entities
from ...knowledge.actors import normalize
from ...nlp import token_texts
from .base import DocumentMentions
from .mention import DraftMention
from .words import (AFFILIATING_SECTORS, LEADING_VERBS, NAME_PARTICLES, NP_MODIFIERS, OFFICE_NOUNS, OFFICE_PREPS, ORGANISATION_NOUNS,
                    PORTFOLIO_WORDS, SPEAKING_FOR_TITLES, SUBJECTS)

# Entity labels the tagger gives a person's name by mistake ("Staffan de Mistura" as ORG): a
# name of these in apposition to a title or an office is taken for a person.
MISTAKEN_PERSON_LABELS = ("ORG", "PRODUCT", "WORK_OF_ART")
# Entity labels of places: a place is not an organisation a person acts for.
PLACE_LABELS = ("GPE", "LOC", "FAC", "NORP")
# How far up a mis-attached apposition climbs through prepositional phrases to the title:
# "Russia's representative to the UN in Geneva, Alexey Borodavkin" hangs the name on Geneva.
APPOSITION_CLIMB = 3


class People(DocumentMentions):
    """Step 4: people and the actor they act for."""

    def person_spans(self) -> list[tuple[int, int, DraftMention | None]]:
        """Name spans: dictionary people, and PERSON entities trimmed of titles."""
        doc = self.doc
        spans = [(m.start, m.end, m) for m in self.atoms if m.kind == "person" and m.entityish and not m.hidden]
        covered = {i for s, e, _ in spans for i in range(s, e)}
        for ent in doc_entities(doc):
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
            covered.update(range(s, e))
        for ent in doc_entities(doc):
            if ent.label_ in MISTAKEN_PERSON_LABELS and self._mistaken_person(ent) and not any(i in covered for i in range(ent.start, ent.end)):
                spans.append((ent.start, ent.end, None))
                covered.update(range(ent.start, ent.end))
        return sorted(spans, key=lambda x: x[0])

    def _mistaken_person(self, ent) -> bool:
        """Whether an entity the tagger did not call a person is a person's name all the same: a
        name of two or more capitalised words (with name particles: "de", "al-") that names no
        actor of the dictionary, in apposition to a title or an office ("the UN special envoy
        for Syria, Staffan de Mistura")."""
        doc = self.doc
        if len(ent) < 2 or any(self.atom_at[i] is not None for i in range(ent.start, ent.end)):
            return False
        words = [t for t in ent if not t.is_punct]
        if not words or not words[0].text[:1].isupper() or not words[-1].text[:1].isupper():
            return False
        if not all(t.is_alpha and (t.text[:1].isupper() or t.lower_ in NAME_PARTICLES) for t in words):
            return False
        if any(t.lower_ in ORGANISATION_NOUNS for t in words):
            return False
        return any(self._role_noun(t) for t in self._appositives(ent.root, ent.start, ent.end))

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
        return self._possessive_owner(s)

    def _possessive_owner(self, s: int) -> DraftMention | None:
        """The state, IGO or group named in the possessive right before token `s` ("Iran's")."""
        if s >= 2 and self.doc[s - 1].tag_ == "POS":
            m = self.atom_at[s - 2]
            if m is not None and m.entityish and m.kind in ("state", "igo", "group") and not m.dyad and not m.place and m.term is None:
                return m
        return None

    def _appositives(self, root: Token, start: int, end: int) -> list[Token]:
        """The nouns in apposition to a name: its appositive children ("X, Iran's Deputy
        President"), the noun it is the appositive of ("the Turkish foreign minister, X"), found
        through prepositional phrases the parser hung it from ("Russia's representative to the UN
        in Geneva, X"), and a description a comma sets before it when the parser made the two
        separate subjects ("The Turkish prime minister, X said")."""
        doc = self.doc
        nouns = [c for c in root.children if c.dep_ == "appos" and not start <= c.i < end]
        if root.dep_ == "appos":
            head = root.head
            nouns.append(head)
            for _ in range(APPOSITION_CLIMB):
                if head.dep_ != "pobj" or head.head.dep_ != "prep" or head.head.head.i == head.head.i:
                    break
                head = head.head.head
                nouns.append(head)
        if root.dep_ in SUBJECTS and start >= 2 and doc[start - 1].text == ",":
            before = doc[start - 2]
            if before.dep_ in SUBJECTS and before.head.i == root.head.i and before.pos_ in ("NOUN", "PROPN"):
                nouns.append(before)
        return nouns

    def _role_noun(self, token: Token) -> bool:
        """Whether a noun is a title ("the foreign minister") or an office ("the EU commissioner")."""
        m = self.mention_at(token.i)
        if m is not None and m.term is not None and m.term.title and m.head == token.i:
            return True
        return token.lower_ in OFFICE_NOUNS or token.lemma_.lower() in OFFICE_NOUNS

    def _role_after(self, root: Token, start: int, end: int) -> tuple[DraftMention | None, str | None]:
        for noun in self._appositives(root, start, end):
            m = self.mention_at(noun.i)
            if m is not None and m.term is not None and m.term.title and m.head == noun.i:
                return m, "apposition"
        for child in root.children:
            if child.dep_ == "relcl" and child.lemma_ in LEADING_VERBS:
                for obj in child.children:
                    if obj.dep_ in ("dobj", "obj"):
                        m = self.mention_at(obj.i)
                        if m is not None and m.entityish and m.country:
                            return m, "relcl"
        return None, None

    def _office(self, root: Token, start: int, end: int) -> tuple[DraftMention | None, str | None, str | None]:
        """The organisation a person holds an office in or belongs to, as the text states it: an
        office before the name or in apposition, with its organisation in a modifier or an "of"/"at"/"with" phrase
        ("X, the EU commissioner for ...", "X, the chairman of the US joint chiefs", "X, a former
        soldier and director of the NGO Y"), or an "of" phrase on the name itself ("X of the
        Syrian Nonviolence Movement", "X, of the nonprofit Reprieve"). Gives (the dictionary
        mention or None, the organisation's name, how it was found)."""
        # an office written as a title before the name: "EU foreign policy chief X", "ICRC director X"
        before = self.doc[start - 1] if start > 0 else None
        if before is not None and before.dep_ == "compound" and before.head.i == root.i and before.pos_ == "NOUN" and self._role_noun(before) \
                and not self._former(before):
            found = self._organisation_of_office(before)
            if found is not None:
                return found[0], found[1], "title"
        for noun in self._appositives(root, start, end):
            for office in [noun, *noun.conjuncts]:
                if not self._role_noun(office) or self._former(office):
                    continue
                found = self._organisation_of_office(office)
                if found is not None:
                    return found[0], found[1], "office"
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    found = self._organisation(pobj, states=False)
                    if found is not None:
                        return found[0], found[1], "of"
        return None, None, None

    def _former(self, office: Token) -> bool:
        return any(c.lower_.strip("-") in self.compiled.former_words for c in office.lefts)

    def _organisation_of_office(self, office: Token) -> tuple[DraftMention | None, str] | None:
        """The organisation an office belongs to: a modifier ("the EU commissioner", "Russia's
        permanent representative") or the object of an office preposition ("director of X", "a
        spokesman for X"); a preposition of the conjunction's head after the office counts as the
        office's ("a former soldier and director of X")."""
        for child in sorted((c for c in office.lefts if c.dep_ in NP_MODIFIERS), key=lambda c: -c.i):
            # (not a portfolio the tagger took for an organisation: "the Defence Secretary")
            found = self._organisation(child, states=True, portfolios=False)
            if found is not None:
                return found
        preps = list(office.rights)
        if office.dep_ == "conj":
            preps += [c for c in office.head.rights if c.i > office.i]
        wanted = OFFICE_PREPS | ({"for"} if office.lower_ in SPEAKING_FOR_TITLES else set())
        for prep in preps:
            if prep.dep_ != "prep" or prep.lower_ not in wanted:
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found = self._organisation(pobj, states=True)
                if found is not None:
                    return found
        return None

    def _organisation(self, token: Token, *, states: bool, portfolios: bool = True) -> tuple[DraftMention | None, str] | None:
        """The state or organisation a noun phrase names: a dictionary actor at the noun or in its
        modifiers ("the US joint chiefs of staff"), else an organisation the text names (an
        organisation entity, or a proper name after an organisation noun: "the nonprofit
        Reprieve"); a state only when `states`; not a portfolio ("Defence") unless `portfolios`.
        None for places and anything else."""
        candidates = [token, *sorted((c for c in token.lefts if c.dep_ in NP_MODIFIERS), key=lambda c: -c.i)]
        for t in candidates:
            m = self.mention_at(t.i)
            if m is None or not m.entityish or m.dyad or m.kind == "person":
                continue
            if m.place and m.how == "capital":
                continue
            if m.kind == "state" and not states:
                continue
            name = self._affiliation(m)
            if name is not None:
                return m, name
        if self.atom_at[token.i] is not None and self.atom_at[token.i].kind != "sector":
            return None  # a dictionary actor that acts for nobody here (a dyad, a place)
        ent = next((e for e in doc_entities(self.doc) if e.start <= token.i < e.end), None)
        if ent is not None and ent.label_ == "ORG" and not any(self.atom_at[i] is not None and self.atom_at[i].entityish for i in range(ent.start, ent.end)):
            name = _without_article(ent)
            if portfolios or name.lower() not in PORTFOLIO_WORDS:
                return None, name
            return None
        if token.pos_ == "PROPN" and token.text[:1].isupper() and (ent is None or ent.label_ not in PLACE_LABELS):
            kinds = [c for c in token.lefts if c.lower_ in ORGANISATION_NOUNS and c.dep_ in ("amod", "compound", "nmod")]
            if kinds:
                first = min([token.i] + [c.i for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i > kinds[-1].i])
                return None, self.doc[first:token.i + 1].text
        if token.lower_ in ORGANISATION_NOUNS:  # "the charity Lifeline Aid": the kind, then the name in apposition
            for name in token.rights:
                if name.dep_ in ("appos", "compound") and name.pos_ == "PROPN" and name.text[:1].isupper() and self.atom_at[name.i] is None:
                    named = next((e for e in doc_entities(self.doc) if e.start <= name.i < e.end), None)
                    if named is not None and named.label_ in PLACE_LABELS + ("PERSON",):
                        continue
                    first = min([name.i] + [c.i for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
                    return None, self.doc[first:name.i + 1].text
        return None

    def _affiliation(self, m: DraftMention) -> str | None:
        """Whom a mention's people act for: an IGO or a group by name; a state when the mention
        is the state or one of its organs ("Pakistan's Foreign Office"), not its rebels or its
        civilians."""
        if m.kind == "igo":
            return m.name
        if m.kind == "group":
            return m.name
        if m.country and (m.sector is None or m.sector in AFFILIATING_SECTORS):
            return self.compiled.state_names.get(m.country, m.name)
        return None

    def _coded_affiliation(self, code: str | None, country: str | None, sector: str | None) -> str | None:
        """Whom a person with a code acts for: the state for its officials, an IGO or group by name."""
        if not code:
            return None
        # a code that is only its country and sector ("SYROPP" of "a Syrian activist") names a
        # kind of person, not membership of the one organisation the dictionary gives that code
        if code in self.compiled.organisation_names and not (country and sector and code == f"{country}{sector}"):
            return self.compiled.organisation_names[code]
        if country and sector in AFFILIATING_SECTORS:
            return self.compiled.state_names.get(country)
        return None

    def resolve_people(self) -> None:
        doc = self.doc
        for s, e, atom in self.person_spans():
            root = doc[s:e].root
            before = self._role_before(s)  # "Foreign Minister X", "Pakistan's Foreign Minister X", "UN X"
            after, after_via = self._role_after(root, s, e)  # "X, Iran's Deputy President", "X, who heads the Pakistani delegation"
            title_m = before if before is not None and before.term is not None else (after if after is not None and after.term is not None and after_via == "apposition" else None)
            known = self._known_identity(s, e, atom)
            if known is None or not known.get("country"):
                # "The government spokesman X": a definite title of no stated country is a
                # description that refers back, as it would without the name
                for title in (before, after):
                    if title is not None and title is title_m and title.kind == "sector" and not title.entityish and not title.hidden:
                        self.resolve_definite(title, persons=False)
            # Who the text says the person acts for: the title's country, else what follows the name.
            source, via = None, None
            for candidate, candidate_via in ((before, "title"), (after, after_via)):
                if candidate is not None and candidate.entityish and (candidate.country or candidate.kind == "igo"):
                    source, via = candidate, candidate_via
                    break
            if before is not None and before.kind == "igo" and self._possessive_owner(before.start) is not None:
                source, via = self._possessive_owner(before.start), "title"  # "Algeria's UN envoy X" speaks for Algeria at the UN
            name = known["name"] if known else " ".join(doc[s:e].text.split())
            sector = title_m.sector if title_m is not None else None
            organisation = None  # the name of an organisation the text names and the dictionary does not know
            if source is None and not (title_m is not None and title_m.country) and not (known and known.get("code")):
                source, via, organisation = self._office_source(root, s, e, title_m)
            if source is not None:
                country = source.country
                if title_m is not None and title_m is not source and country and title_m.kind in ("sector", "igo"):
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
            elif organisation is not None:
                code, country, sector, how = None, None, None, "role"
            elif self.unplaced_people and e - s >= 2:
                # A full name the text does not place is still somebody who acts and speaks: an
                # actor in their own name, uncoded ("Staffan de Mistura said"). A lone word the
                # entity tagger calls a person is too often a place or a nickname to count.
                code, country, sector, how = None, None, None, "name"
            else:
                continue
            affiliation = self._person_affiliation(source, organisation, known, code, country, sector)
            if code is None and how not in ("name", "alias") and affiliation is None:  # an unplaced person named again stays one
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
                   term=title_m.term if title_m is not None else None, resolved=True, affiliation=affiliation)
            self.extra.append(m)
            self._register(s, e, {"name": name, "code": code, "country": country, "sector": sector, "entity": entity, "affiliation": affiliation})
            if after is not None and after is title_m and after.kind == "sector" and not after.entityish and (country or affiliation):
                # "the president, Bashar al-Assad": the title is the person it stands in apposition to
                after.kind, after.name, after.code, after.country, after.sector = "person", name, code, country, sector
                after.entity, after.affiliation, after.how, after.rank = entity, affiliation, "role", 3
        self._later_surnames()

    def _known_identity(self, s: int, e: int, atom: DraftMention | None) -> dict | None:
        """Who a name is known to be: the dictionary's person, or a person named before (not a
        surname two people share)."""
        if atom is not None:
            return {"name": atom.name, "code": atom.code, "country": atom.country, "sector": atom.sector, "entity": atom.entity, "how": "dictionary"}
        k = self._known_person(s, e)
        if k is not None and not k.get("ambiguous"):
            return {**k, "how": "alias"}
        return None

    def _office_source(self, root: Token, s: int, e: int, title_m: DraftMention | None) -> tuple[DraftMention | None, str | None, str | None]:
        """(the mention an office ties a person to, how, the name of an organisation the dictionary
        does not know); an office of a state makes the holder its official, in the title's sector
        if a title says one."""
        office_m, organisation, office_via = self._office(root, s, e)
        if office_m is None:
            return None, None, organisation
        if office_m.kind == "state" and office_m.sector is None and office_m.country:
            office_m = office_m.copy(code=office_m.country + (title_m.code if title_m is not None and title_m.code else "GOV"),
                                     sector=title_m.sector if title_m is not None and title_m.sector else "GOV")
        return office_m, office_via, None

    def _person_affiliation(self, source: DraftMention | None, organisation: str | None, known: dict | None,
                            code: str | None, country: str | None, sector: str | None) -> str | None:
        """Whom a person acts for: the IGO or group of the role, the organisation the text names,
        what an earlier mention found, or the state his or her code makes him or her an official of."""
        if source is not None and source.kind in ("igo", "group"):
            return self._affiliation(source)
        if source is None and organisation is not None:
            return organisation
        if source is None and known and known.get("affiliation"):
            return known["affiliation"]
        return self._coded_affiliation(code, country, sector)

    def _later_surnames(self) -> None:
        """Later bare surnames that the entity tagger missed."""
        doc = self.doc
        if not self.people:
            return
        taken = self._taken()
        for i, word in enumerate(token_texts(doc)):  # (`str.isalpha` is spaCy's `is_alpha`)
            if i in taken or not word[:1].isupper() or not word.isalpha():
                continue
            k = self.people.get(normalize(word))
            if k is None or k.get("ambiguous"):
                continue
            first = next((m.start for m in self.extra if m.kind == "person" and m.entity == k["entity"]), None)
            if first is None or first > i:
                continue
            e = i + 1
            self.extra.append(DraftMention(i, e, "person", "alias", k["name"], k["code"], k["country"], k["sector"], i, entity=k["entity"], rank=3, resolved=True,
                                           affiliation=k.get("affiliation")))
            taken.add(i)

    def _taken(self) -> set[int]:
        """Tokens already in a person or a visible named actor: a bare surname is not looked for there."""
        taken = set()
        for m in self.atoms + self.extra:
            if m.kind == "person" or (not m.hidden and m.entityish):
                taken.update(range(m.start, m.end))
        return taken


def _without_article(span) -> str:
    """An organisation's name as written, without a leading article: "the Syrian Nonviolence Movement"."""
    words = list(span)
    if words and words[0].lower_ == "the":
        words = words[1:]
    return span.doc[words[0].i:words[-1].i + 1].text if words else span.text
