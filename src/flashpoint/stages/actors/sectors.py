"""Step 3: sector words ("military", "Foreign Minister", "militants") take the actor they
belong to from their noun phrase: a possessive, adjective or compound modifier, the words just
before them, a possessive pronoun (resolved in `descriptions`), an "in"/"from"/"of" phrase,
or the noun they stand in apposition to. `combine` writes the joined code: country + sector,
or "ELI" for a former office holder.
"""

from __future__ import annotations

import dataclasses

from .base import DocumentMentions
from .mention import DraftMention
from .words import AFFILIATING_SECTORS, NP_MODIFIERS, OFFICE_HOLDING_SECTORS, POSSESSIVE_PRONOUNS, RELATIVE_POSSESSIVE, SECTOR_PREPS, SPEAKING_FOR_TITLES


class Sectors(DocumentMentions):
    """Step 3: sector words joined to their actor."""

    def _former_near(self, *positions: int) -> bool:
        """Whether a word marking a former holder ("former", "ex-") is within two words before one of the positions."""
        doc = self.doc
        for p in positions:
            for i in range(max(0, p - 2), p):
                if doc[i].lower_.strip("-") in self.compiled.former_words:
                    return True
        return False

    def resolve_sector(self, s: DraftMention) -> None:
        """Give the sector mention `s` its actor, once; a mention met again while it is being
        resolved (modifiers that refer to each other) is left as it is."""
        if s.resolved or id(s) in self._resolving:
            return
        self._resolving.add(id(s))
        try:
            self._resolve_sector(s)
        finally:
            s.resolved = True
            self._resolving.discard(id(s))

    def _resolve_sector(self, s: DraftMention) -> None:
        """Where the actor of a sector word comes from, tried in this order (a to d)."""
        doc = self.doc
        h = doc[s.head]
        former = any(c.lower_.strip("-") in self.compiled.former_words for c in h.children if c.i < s.start) or self._former_near(s.start)
        # Sector-only modifiers of the same phrase ("separatist militants") become part of it.
        absorbed = []
        for child in h.lefts:
            if child.i >= s.start or child.dep_ not in ("amod", "compound", "nmod"):
                continue
            m = self.mention_at(child.i)
            if m is not None and m is not s and m.kind == "sector" and not m.entityish:
                absorbed.append(m)
        self._take_office_holder(s, absorbed)
        # a) modifiers in the noun phrase, nearest first
        for child in sorted((c for c in h.lefts if c.i < s.start), key=lambda c: -c.i):
            if child.dep_ == "poss" and (child.lower_ in POSSESSIVE_PRONOUNS or child.lower_ == RELATIVE_POSSESSIVE):
                antecedent = self._relative_owner(child) if child.lower_ == RELATIVE_POSSESSIVE else self.pronoun_antecedent(child)
                if antecedent is not None:
                    self.combine(s, antecedent, "pronoun", former, span=(child.i, s.end), absorbed=absorbed)
                    return
                continue
            if child.dep_ not in NP_MODIFIERS:
                continue
            m = self.mention_at(child.i)
            if self.usable(m) and m is not s:
                self.combine(s, m, "modifier", former or self._former_near(m.start), span=(min(m.start, s.start), s.end), absorbed=absorbed, hide=True)
                for conj in doc[m.head].conjuncts:
                    other = self.mention_at(conj.i)
                    if self.usable(other) and other is not m:
                        extra = s.copy(start=other.start, end=other.end, head=other.head)
                        self.combine(extra, other, "modifier", former, span=(other.start, other.end), absorbed=[], hide=True)
                        self.extra.append(extra)
                return
        # a') a conjunct with no modifier of its own shares the first conjunct's state
        first = self._first_conjuncts_state(s, h)
        if first is not None:
            self.combine(s, first, "conjunct", former, span=(s.start, s.end), absorbed=absorbed, hide=False)
            return
        # b) the words just before: "Pakistan's caretaker Prime Minister"
        j = s.start - 1
        sent_start, _ = self.sentence_bounds(s.start)
        steps = 0
        while j >= sent_start and steps < 5:
            t = doc[j]
            m = self.mention_at(j)
            if m is not None and m is not s:
                if self.usable(m) and m.end == j + 1:
                    self.combine(s, m, "modifier", former or self._former_near(m.start), span=(m.start, s.end), absorbed=absorbed, hide=True)
                    return
                if m.kind == "sector" and not m.entityish:
                    j = m.start - 1
                    steps += 1
                    continue
                break
            if t.tag_ == "POS" or t.lower_ in self.compiled.modifier_words or t.lower_.strip("-") in self.compiled.former_words or t.text in ("-", "–"):
                if t.lower_.strip("-") in self.compiled.former_words:
                    former = True
                j -= 1
                steps += 1
                continue
            break
        # c) "militants in Iran", "the army of Pakistan", "a spokesman for the SDF"
        m = self._phrase_actor(s, h)
        if m is not None:
            self.combine(s, m, "pp", former, span=(s.start, max(s.end, m.end)), absorbed=absorbed, hide=False)
            return
        # d) apposition to a named actor: "Islamic State, the militant group"
        if h.dep_ == "appos":
            m = self._renamed_before(h) or self.mention_at(h.head.i)
            if self.usable(m):
                self.combine(s, m, "apposition", former, span=(s.start, s.end), absorbed=absorbed, hide=False)
                return
        if former and s.term is not None and s.term.title:
            s.sector, s.code = "ELI", "ELI"
        for a in absorbed:
            a.hidden = True
            s.start = min(s.start, a.start)

    def _relative_owner(self, whose) -> DraftMention | None:
        """Whose "whose" is: the noun its relative clause modifies ("Hezbollah, whose fighters
        attacked ...": Hezbollah's fighters), never an actor named further back."""
        clause = next((a for a in whose.ancestors if a.dep_ == "relcl"), None)
        m = self.mention_at(clause.head.i) if clause is not None else None
        return m if self.usable(m) and m.kind in ("state", "igo", "group") else None

    def _renamed_before(self, h) -> DraftMention | None:
        """The organisation an appositive description renames when the parse hangs it further
        back: an appositive follows what it renames, so in "Turkey, which calls the YPG a wing of
        the PKK, a terrorist group that ..." the group is the PKK just before the comma, not
        Turkey. Only an organisation (a group or an international body) named right before the
        comma (or its bracketed short name), as a description of an armed or political group
        renames one; else None and the parse's head is taken."""
        edge = h.left_edge.i - 1
        if edge < 1 or self.doc[edge].text != "," or h.head.i == edge - 1:
            return None
        before = edge - 1
        while before > 0 and self.doc[before].text in (")", "]"):
            before -= 1
        m = self.mention_at(before)
        return m if m is not None and m.kind in ("group", "igo") and self.usable(m) else None

    @staticmethod
    def _take_office_holder(s: DraftMention, absorbed: list[DraftMention]) -> None:
        """A government title whose phrase has another body's sector word before it holds an
        office of that body: "a rebel official" is the rebels', "a Syrian military spokesman"
        Syria's army's (the word's sector replaces the title's, also for a country found
        later)."""
        if s.term is None or not s.term.title or s.term.sector != "GOV":
            return
        owner = next((a for a in absorbed if a.term is not None and a.term.sector in OFFICE_HOLDING_SECTORS), None)
        if owner is not None:
            s.term = dataclasses.replace(s.term, sector=owner.term.sector, code=owner.term.code, label=owner.term.label)
            s.sector, s.code, s.name = owner.sector, owner.code, owner.name

    def _first_conjuncts_state(self, s: DraftMention, h) -> DraftMention | None:
        """The state an organ shares with the conjunct before it when it has no modifier of its
        own: "Turkey's president and foreign minister", "Pakistani soldiers and police" (organs of
        a state only: "Pakistani soldiers and militants" fight each other)."""
        if h.dep_ != "conj" or s.term is None or s.term.sector not in AFFILIATING_SECTORS:
            return None
        if any(c.dep_ in NP_MODIFIERS for c in h.lefts if c.i < s.start):
            return None
        first = self.mention_at(h.head.i)
        if (first is not None and first is not s and first.via == "modifier" and first.kind == "state" and first.country
                and first.sector in AFFILIATING_SECTORS and first.head == h.head.i and first.start < first.head):
            return first
        return None

    def _phrase_actor(self, s: DraftMention, h) -> DraftMention | None:
        """The actor a prepositional phrase after a sector word names: "militants in Iran", "the
        foreign ministry in Tehran", "the army of Pakistan", "a spokesman for the SDF" ("for" only
        after a title that speaks for someone); and the same words however the parser attached
        them ("the incompetence of the government in Cairo" hangs "in Cairo" on "incompetence",
        but it says whose government), when they name a state."""
        doc = self.doc
        speaks_for = s.term is not None and s.term.text.lower() in SPEAKING_FOR_TITLES
        for child in h.rights:
            if child.dep_ != "prep" or not (child.lower_ in SECTOR_PREPS or (speaks_for and child.lower_ == "for")):
                continue
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                m = self.mention_at(pobj.i)
                if self.usable(m, allow_place=True):
                    return m
        if s.end + 1 < len(doc) and doc[s.end].lower_ in SECTOR_PREPS and not any(c.dep_ == "prep" and c.i == s.end for c in h.rights):
            k = s.end + 1
            if doc[k].lower_ == "the" and k + 1 < len(doc):
                k += 1
            m = self.mention_at(k)
            if self.usable(m, allow_place=True) and m.kind == "state" and m.start == k:
                return m
        return None

    def combine(self, s: DraftMention, entity: DraftMention, via: str, former: bool, span: tuple[int, int], absorbed: list[DraftMention], hide: bool = False) -> None:
        """Make the sector mention `s` the actor `entity` in the sector `s` names."""
        term = s.term
        if entity.kind == "group":
            code, country, sector = entity.code, entity.country, entity.sector
        elif entity.kind == "igo" or (entity.country is None):
            code, country, sector = entity.code, entity.country, term.sector if term else None
            if entity.kind != "igo" and entity.country is None:
                sector = entity.sector
        else:
            country = entity.country
            if former:
                sector, add = "ELI", "ELI"
            elif term is not None and term.sector == "GOV" and entity.sector not in (None, "GOV") and entity.kind != "person":
                sector, add = entity.sector, entity.code[3:] if entity.code else entity.sector  # "Pakistani army spokesman" stays MIL
            else:
                sector, add = (term.sector, term.code) if term else (entity.sector, entity.code[3:] if entity.code else "")
            code = (add + country) if term is not None and term.prefix and not former else country + (add or "")
        name = entity.name
        if entity.kind == "person" and country:
            name = self.compiled.state_names.get(country, name)
        s.kind = entity.kind if entity.kind != "person" else ("state" if country else "person")
        s.name, s.code, s.country, s.sector = name, code, country, sector
        s.entity = entity.entity if entity.kind != "person" else (f"state:{country}" if country else entity.entity)
        s.how, s.via, s.rank = "sector", via, 2
        lo, hi = min(span[0], s.start), max(span[1], s.end)
        gap = [t for t in self.doc[min(entity.end, s.end):max(entity.start, s.start)]] if via == "modifier" and entity is not s else []
        if any(t.is_punct and t.text not in ("-", "–", "'", "’") for t in gap) or any(t.is_bracket for t in gap):
            lo, hi, hide = s.start, s.end, False  # "(Jaish al-Adl) terrorist group": keep the two apart
        s.start, s.end = lo, hi
        for a in absorbed:
            a.hidden = True
            s.start = min(s.start, a.start)
        if hide and entity is not s:
            entity.hidden = True
