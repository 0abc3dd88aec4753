"""Mentions that refer back, found with the shared search of `language.coreference`: a
possessive pronoun ("its ambassador") to the subject of the clause above or the nearest actor
before it, used by `sectors`; and step 5, a bare definite
sector phrase ("the Foreign Office", "the foreign minister") to the last mention with the same
words that had a country, within `SENTENCE_WINDOW_COREF` sentences.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from ...knowledge.actors import normalize
from ...language.trees import first_conjunct
from ...language.coreference import mentions_before, nearest_earlier, relative_head, subject_above, subjects_before, window_start
from .base import DocumentMentions
from .mention import DraftMention
from .words import (AFFILIATING_SECTORS, CLAUSES_UP, SECTOR_PREPS, NP_MODIFIERS, PRONOUN_SENTENCES_BACK, RELATIVE_PRONOUNS, SALIENT_SENTENCES_BACK,
                    SENTENCE_WINDOW_COREF, SUBJECTS)


class Descriptions(DocumentMentions):
    """Pronouns and definite descriptions resolved to earlier mentions."""

    def pronoun_antecedent(self, pronoun: Token) -> DraftMention | None:
        """"its"/"their": the subject of the nearest clause above (at most `CLAUSES_UP` words
        up), else the nearest subject before it in this sentence or the `PRONOUN_SENTENCES_BACK` before, else the
        nearest actor before it in this sentence."""
        agrees = functools.partial(self._agrees, pronoun)
        # (a relative pronoun subject is the noun its clause modifies: "al-Shabaab, which said its fighters")
        found = subject_above(pronoun, lambda subject: self.mention_at(relative_head(subject, RELATIVE_PRONOUNS).i) or self._owner_of(subject),
                              agrees=agrees, subjects=subjects_before(pronoun, SUBJECTS), steps=CLAUSES_UP)
        if found is not None:
            return found
        sentence = self.sentence_of(pronoun.i)
        nearby = mentions_before(pronoun, window_start(self.sent_starts, sentence, back=PRONOUN_SENTENCES_BACK), self.mention_at)
        found = nearest_earlier(nearby, agrees, eligible=lambda m: self.doc[m.head].dep_ in SUBJECTS)
        if found is not None:
            return found
        same_sentence = mentions_before(pronoun, window_start(self.sent_starts, sentence, back=0), self.mention_at)
        return nearest_earlier(same_sentence, agrees)

    def _owner_of(self, subject: Token) -> DraftMention | None:
        """The named owner of a subject no actor is known by: a body speaks for its state or
        group ("Ukraine's General Staff said its forces had hit ...": Ukraine's forces)."""
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        return self.mention_at(owner.i) if owner is not None else None

    def _agrees(self, pronoun: Token, m: DraftMention | None) -> bool:
        """"its" refers to a state, IGO or group; "their" to a group or a plural ("the Houthis", "Iranians")."""
        if not self.usable(m) or m.kind not in ("state", "igo", "group"):
            return False
        if pronoun.lower_ == "their":
            return m.kind == "group" or self.doc[m.head].tag_ in ("NNS", "NNPS")
        return True

    def resolve_definites(self) -> None:
        """Step 5: a bare definite sector phrase takes the actor of the last mention with the same
        words, else (an organ or office of a state) the state of the nearest earlier subject."""
        for s in self.atoms:
            if s.kind != "sector" or s.entityish or s.term is None or s.hidden:
                continue
            self.resolve_definite(s)

    def resolve_definite(self, s: DraftMention, persons: bool = True) -> bool:
        """Resolve one bare definite sector phrase (see `resolve_definites`); whether it was.
        Without `persons`, a phrase that refers back to a person is left as it is (a title
        before another person's name: "the foreign minister X" is not the one named before)."""
        doc = self.doc
        h = doc[s.head]
        if self._organ_forces(s):
            return self._resolve_organ_forces(s)
        if h.tag_ in ("NNS", "NNPS") or s.start == 0 or doc[s.start - 1].lower_ != "the":
            return False
        if any(c.i < s.start - 1 and c.dep_ in NP_MODIFIERS for c in h.lefts) or any(c.dep_ == "appos" and self._known(c) for c in h.rights):
            return False  # "the Turkish foreign minister", "the foreign minister, Mevlut Cavusoglu," name their own referent
        resolved = sorted([m for m in self.atoms + self.extra if m.term is not None and m.entityish and not m.hidden or (m.kind == "person" and m.term is not None)],
                          key=lambda m: m.start)
        m = self._described(s, resolved)
        if m is not None and m.kind == "person" and not persons:
            return False
        if m is None:
            state = self._salient_state(s)
            if state is None:
                return False
            country = state.country
            s.kind, s.name, s.country, s.sector = "state", self.compiled.state_names.get(country, state.name), country, s.term.sector
            s.code, s.entity = country + (s.term.code or ""), f"state:{country}"
            s.how, s.via, s.rank = "coref", "salient", 2
            s.start = s.start - 1
            return True
        s.kind, s.name, s.code, s.country, s.sector, s.entity = m.kind, m.name, m.code, m.country, m.sector, m.entity
        s.affiliation = m.affiliation
        s.how, s.via, s.rank = "coref", None, 2 if m.kind != "person" else 3
        s.start = s.start - 1
        return True

    def _organ_forces(self, s: DraftMention) -> bool:
        """Whether a sector phrase is a bare noun modified by an organ of state, without a
        determiner of its own: "regime forces", "government troops" (the forces of the
        government the text has named), not "pro-regime forces" nor "a government spokesman"."""
        doc = self.doc
        first = doc[s.start]
        if s.start >= s.head or first.dep_ not in ("compound", "amod", "nmod") or first.head.i != s.head:
            return False
        if s.start > 0 and (doc[s.start - 1].text in ("-", "–") or doc[s.start - 1].dep_ == "det" and doc[s.start - 1].head.i == s.head):
            return False
        organ = self.atom_at[s.start]
        return organ is not None and organ.kind == "sector" and organ.term is not None and organ.term.sector == "GOV" and organ.end == s.start + 1

    def _resolve_organ_forces(self, s: DraftMention) -> bool:
        """"Regime forces" after "the Assad regime" or "Syrian regime forces": the forces (in
        their own sector) of the state of the last mention with the organ's word in it, within
        `SENTENCE_WINDOW_COREF` sentences."""
        organ = normalize(self.doc[s.start].text)
        sentence = self.sentence_of(s.start)
        named = nearest_earlier(
            sorted((m for m in self.atoms + self.extra if m.term is not None and m.entityish and m.country and m.kind == "state"), key=lambda m: -m.start),
            within=lambda m: m.start < s.start and self.sentence_of(m.start) >= sentence - SENTENCE_WINDOW_COREF,
            agrees=lambda m: organ in {normalize(t.text) for t in self.doc[m.start:m.end]})  # "the Assad regime", "Syrian regime forces"
        if named is None:
            return False
        country, term = named.country, s.term
        s.kind, s.name, s.country, s.sector = "state", self.compiled.state_names.get(country, named.name), country, term.sector
        s.code, s.entity = country + (term.code or ""), f"state:{country}"
        s.how, s.via, s.rank = "coref", None, 2
        return True

    def _salient_state(self, s: DraftMention) -> DraftMention | None:
        """The state a bare definite office or organ of state stands for when no earlier mention
        has its words ("the president's order", "the government denies"): the state of the
        nearest earlier subject (or possessor of a subject), within this sentence and the
        `SALIENT_SENTENCES_BACK` before, that is a state, one of its organs or one of its
        officials (a person whose role the text or the dictionary states), or of the nearest
        official of the description's branch in any position."""
        head = self.doc[s.head]
        if s.term is None or s.term.sector not in AFFILIATING_SECTORS or head.tag_ in ("NNS", "NNPS"):
            return None
        # only a bare noun phrase: not a modifier of another noun ("the military aid"), nor one
        # whose own phrase says where or whose it is ("the government in Cairo")
        if s.head != s.end - 1 or head.pos_ not in ("NOUN", "PROPN") or head.dep_ in ("amod", "compound", "nmod"):
            return None
        if any(c.dep_ in ("prep", "acl", "relcl") for c in head.rights):
            return None
        if s.end < len(self.doc) and self.doc[s.end].lower_ in SECTOR_PREPS:
            return None  # "the government in Cairo", whatever the parser hung the phrase on
        sentence = self.sentence_of(s.start)
        candidates = sorted((m for m in self.atoms + self.extra if m.start < s.start and m.country and not m.dyad and not m.place
                             and m.kind in ("state", "person") and (m.sector is None or m.sector in AFFILIATING_SECTORS)),
                            key=lambda m: -m.start)
        return nearest_earlier(
            candidates,
            within=lambda m: self.sentence_of(m.start) >= sentence - SALIENT_SENTENCES_BACK,
            agrees=lambda m: not (m.hidden and m.kind != "person"),
            # an official of the same branch anywhere in the clause ("about Mr Trump's friends ...
            # the president's order"); a state or an organ only as what its clause is about
            eligible=lambda m: (m.kind == "person" and m.sector == s.term.sector) or self._subject_like(self.doc[m.head]))

    def _subject_like(self, token: Token) -> bool:
        """A subject, or the possessor of one ("Mr Trump's administration ...")."""
        token = first_conjunct(token)
        if token.dep_ in SUBJECTS:
            return True
        return token.dep_ == "poss" and token.head.dep_ in SUBJECTS

    def _known(self, token: Token) -> bool:
        """Whether a name in apposition is an actor with a country of its own (a person the
        dictionary knows); a name it does not know leaves the description to say whose it is."""
        return any(m.start <= token.i < m.end and m.country is not None and m.kind == "person" for m in self.extra) or \
            (self.usable(self.atom_at[token.i]) and self.atom_at[token.i].country is not None)

    def _described(self, s: DraftMention, resolved: list[DraftMention]) -> DraftMention | None:
        """The last mention before `s`, within `SENTENCE_WINDOW_COREF` sentences, with the same
        words as `s` and an actor it belongs to (a country, or an IGO, group or person)."""
        keys = {normalize(s.term.text)}
        first = self.doc[s.start]
        if first.dep_ == "compound" and first.head.i == s.head:
            keys.add(normalize(first.text))  # "the government spokesman" speaks for the government last named
        sentence = self.sentence_of(s.start)
        return nearest_earlier(
            reversed(resolved),
            within=lambda m: m.start < s.start and self.sentence_of(m.start) >= sentence - SENTENCE_WINDOW_COREF,
            agrees=lambda m: m.term is not None and normalize(m.term.text) in keys,
            eligible=lambda m: m.country or m.kind in ("igo", "group", "person"))
