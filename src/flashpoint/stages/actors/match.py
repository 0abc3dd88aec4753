"""Step 1: dictionary matches on the tokens.

The compiled dictionary's matches are filtered by case, the longest wins, and each becomes a
`DraftMention`; then the matches that name no actor are set aside: a state's name inside a
person's name ("Chad Smith"), an affiliation ("Iran-backed"), a capital that is a place
("in Tehran"). Discards mark sentences (or the whole story) as not coded.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from ...language.datelines import dateline_place
from ...language.trees import first_conjunct
from ...nlp import entities as doc_entities
from .base import DocumentMentions
from ...knowledge.actors import normalize
from .compiled import shouting, tokens_in_case
from .mention import DraftMention
from .words import ADDRESSED_WORDS, CRITICISM_PARTICLES, ENVOY_WORDS, GIVEN_WORDS, KIND_ADJECTIVES, KIND_HEADS, OTHER_SENSE_TITLE_ADJECTIVES, PLACE_NAME_HEADS, PLACE_PREPS


class Matching(DocumentMentions):
    """Step 1: dictionary matching."""

    def match(self) -> None:
        """Dictionary matches become `self.atoms`; then the ones that name no actor are set aside."""
        self._add_atoms(self._longest_first(self._dictionary_matches()))
        self._drop_peoples_of_a_named_state()
        self._join_national_branches()
        self._drop_states_inside_person_names()
        self._mark_affiliations_and_places()
        self._hide_the_dateline()

    def _dictionary_matches(self) -> list[tuple]:
        """(length, entity first, start, end, item) of every match that passes the case rules;
        discards found on the way mark their sentence or the story."""
        doc = self.doc
        candidates = []
        for match_id, start, end in self.compiled.matcher(doc):
            tokens = doc[start:end]
            for item in self.compiled.items.get(match_id, ()):
                kind, obj, form = item
                if kind == "discard":
                    if obj.story:
                        self.discard_story = True
                    else:
                        self.discarded_sentences.add(self.sentence_of(start))
                    continue
                if kind == "entity":
                    if not tokens_in_case(form, tokens):
                        continue
                    if form.case in ("exact", "upper") and end - start == 1 and tokens[0].lower_ in STOP_WORDS and shouting(doc, start, end):
                        continue
                    if form.case == "any" and obj.kind != "block" and tokens[0].text.islower() and owned(doc, start):
                        continue  # "Israel's security council": a state's own body (a sector term), not the IGO
                    if named_place_after(doc, end):
                        continue  # "the Europe Bridge", "Syria Street", "the Saudi Maternity Hospital": the place is named after it
                    candidates.append((end - start, 1, start, end, item))
                    break
                if kind == "sector":
                    last = tokens[-1]
                    if last.pos_ not in ("NOUN", "PROPN") and not (last.pos_ == "ADJ" and (not obj.title or self._title_adjective(last))) \
                            and not nominal_participle(doc, start, last):
                        continue
                    if end - start == 1 and self._kind_adjective(last):
                        continue
                    candidates.append((end - start, 0, start, end, item))
                    break
        return candidates

    def _title_adjective(self, word) -> bool:
        """Whether a title used as an adjective keeps its sense: "rebel camps", "militant
        attacks" are the rebels', the militants'; "an official statement" names no one
        (`OTHER_SENSE_TITLE_ADJECTIVES`), but "a rebel official" does: a title of office after
        it names whose office it is (see `Sectors._take_office_holder`)."""
        if word.lower_ not in OTHER_SENSE_TITLE_ADJECTIVES:
            return True
        term = self.compiled.sector_terms.get(normalize(word.head.text))
        return word.dep_ in ("amod", "compound") and word.head.i == word.i + 1 and term is not None and term.title and term.sector == "GOV"

    def _kind_adjective(self, word) -> bool:
        """Whether a sector word modifies a noun of goods or of a kind of act and so tells a
        kind of thing ("military aid", "a military intervention", "naval drills"; `KIND_ADJECTIVES`,
        `KIND_HEADS`), not whose it is ("military commanders", "a military base" are the army's)."""
        head = word.head
        return (word.lower_ in KIND_ADJECTIVES and word.dep_ in ("amod", "compound") and head.i > word.i and head.pos_ == "NOUN"
                and (head.lemma_.lower() in KIND_HEADS or head.lower_ in KIND_HEADS))

    def _longest_first(self, candidates: list[tuple]) -> list[tuple]:
        """The matches kept, in document order: longest first, an entity before a sector term of
        the same length, then the earliest; a match overlapping one already kept is dropped."""
        candidates.sort(key=lambda c: (-c[0], -c[1], c[2]))
        taken = [False] * len(self.doc)
        chosen = []
        for _, _, start, end, item in candidates:
            if any(taken[start:end]):
                continue
            for i in range(start, end):
                taken[i] = True
            chosen.append((start, end, item))
        chosen.sort()
        return chosen

    def _add_atoms(self, chosen: list[tuple]) -> None:
        for start, end, (kind, obj, form) in chosen:
            head = self.head_of(start, end)
            if kind == "sector":
                m = DraftMention(start, end, "sector", "sector", obj.label, obj.code, None, obj.sector, head, term=obj, rank=0)
            else:
                if obj.kind == "block":
                    continue
                identity = self.entity_identity(obj, form)
                if identity is None:  # recognised but not coded ([---]) or not valid on this date
                    continue
                m = DraftMention(start, end, identity["kind"], "alias" if form.short else form.how, identity["name"], identity["code"],
                                 identity["country"], identity["sector"], head, entity=identity["entity"], form=form, short=form.short)
            self.atoms.append(m)
            for i in range(start, end):
                self.atom_at[i] = m

    def _drop_peoples_of_a_named_state(self) -> None:
        """A people named by its demonym after a state's adjective ("Iraqi Kurds", "Turkish
        Kurds") are that state's people: the state codes them, as PLOVER does."""
        for m in [a for a in self.atoms if a.kind == "group" and a.how == "demonym" and a.start > 0]:
            before = self.atom_at[m.start - 1]
            if before is not None and before.kind == "state" and before.how == "demonym":
                self.atoms.remove(m)
                for i in range(m.start, m.end):
                    self.atom_at[i] = None

    def _join_national_branches(self) -> None:
        """An organisation's name followed by a state's name it modifies is its branch in that
        state ("Amnesty International Nigeria", "Save the Children UK"): the organisation, not
        the state, though the state's name heads the phrase."""
        for m in [a for a in self.atoms if a.kind in ("igo", "group") and (a.code or "").startswith(("NGO", "IGO")) and a.end < len(self.doc)]:
            state = self.atom_at[m.end]
            if state is None or state.kind != "state" or state.start != m.end or self.doc[m.head].head.i != state.head:
                continue
            self.atoms.remove(state)
            m.end, m.head = state.end, state.head
            for i in range(state.start, state.end):
                self.atom_at[i] = m

    def _drop_states_inside_person_names(self) -> None:
        person_ents = [e for e in doc_entities(self.doc) if e.label_ == "PERSON" and len(e) > 1]
        for m in [a for a in self.atoms if a.kind == "state" and self._inside_person_name(a, person_ents)]:
            self.atoms.remove(m)
            for i in range(m.start, m.end):
                self.atom_at[i] = None

    def _mark_affiliations_and_places(self) -> None:
        """Affiliations ("Iran-backed") are hidden, dyads ("Iran-Pakistan") marked, capitals
        that are places ("in Tehran") hidden as places."""
        doc = self.doc
        for m in self.atoms:
            if m.kind == "sector":
                continue
            after = doc[m.end] if m.end < len(doc) else None
            # a hyphen joins words ("Iran-backed", "Iran-Pakistan"); a dash set off by spaces opens
            # a parenthetical ("the US – egged on by Israel – wants"), and the mention stands
            joined = after is not None and not doc[m.end - 1].whitespace_ and not after.whitespace_
            if after is not None and after.text in ("-", "–") and joined and m.end + 1 < len(doc):
                nxt = doc[m.end + 1]
                other = self.atom_at[m.end + 1]
                if other is not None and other.entityish:
                    m.dyad = other.dyad = True
                elif nxt.is_alpha and nxt.text.islower():
                    m.hidden, m.indexed = True, False
            if m.how == "capital" and self._is_place(m):
                m.hidden, m.indexed, m.place = True, False, True

    def _hide_the_dateline(self) -> None:
        """The city a story was filed from and the rest of its dateline ("KABUL, Afghanistan
        (AP) --", "ISLAMABAD, Jan 18 (Reuters) -") name no actor: the parse may make the city
        the subject of the story's first verb, as if the capital stood for its government."""
        dateline = dateline_place(self.doc)
        if dateline is None:
            return
        for m in self.atoms:
            if m.start < dateline[2] and m.kind != "sector":
                m.hidden, m.indexed, m.place = True, False, True

    def _is_place(self, atom: DraftMention) -> bool:
        """A mention that is the object of a locative preposition (through any conjunction): "in Tehran"."""
        tok = first_conjunct(self.doc[atom.head])
        prep = tok.head
        if prep.lower_ in ("to", "from") and prep.head.lemma_.lower() in ADDRESSED_WORDS:
            return False  # "an ultimatum to Washington", "approval from Damascus": its government
        envoy = [prep.head, *(c for c in prep.head.children if c.dep_ == "dobj")]
        if prep.lower_ in ("to", "from") and any(t.lemma_.lower() in ENVOY_WORDS for t in envoy):
            # "recalled its ambassador from Paris", "withdrew its envoy from Paris" (the phrase
            # on the verb), "envoy to Moscow": its government
            return False
        if prep.lower_ == "to" and any(t.lemma_.lower() in GIVEN_WORDS for t in envoy[1:]):
            return False  # "sent military aid to Kyiv", "supplied weapons to Moscow": its government
        if prep.lower_ == "at" and any(c.dep_ == "prt" and c.lower_ in CRITICISM_PARTICLES for c in prep.head.children):
            return False  # "hit out at Washington", "lashed out at Moscow": its government, in words
        return tok.dep_ == "pobj" and prep.lower_ in PLACE_PREPS

    def _inside_person_name(self, m: DraftMention, person_ents) -> bool:
        """"Washington" in "Denzel Washington", "Chad" in "Chad Smith": a state's name (not a
        demonym) inside a person's name, next to another capitalised word that names nothing."""
        if m.how == "demonym":
            return False
        for ent in person_ents:
            if ent.start <= m.start and m.end <= ent.end:
                if m.start > ent.start:
                    neighbour = self.doc[m.start - 1]
                elif m.end < ent.end:
                    neighbour = self.doc[m.end]
                else:
                    continue
                if neighbour.is_alpha and neighbour.text[:1].isupper() and self.atom_at[neighbour.i] is None:
                    return True
        return False


def owned(doc, start: int) -> bool:
    """Whether a common noun phrase at `start` is said to be someone's by what comes right
    before it: a possessive ("Israel's", "its") or a capitalised adjective or name ("the
    Israeli", "Iraqi")."""
    if start == 0:
        return False
    before = doc[start - 1]
    return before.tag_ in ("POS", "PRP$") or (before.pos_ in ("ADJ", "PROPN") and before.text[:1].isupper())


# capitalised words a place's name may hold between the name it is named after and its head
# ("the Saudi Maternity Hospital", "the Kamal Adwan Hospital")
NAME_WORDS_BETWEEN = 2


def named_place_after(doc, end: int) -> bool:
    """Whether the capitalised words from `end` on are the rest of a place's name, ending in a
    head of place names ("Bridge", "Street", "Hospital"), no more than `NAME_WORDS_BETWEEN`
    words before it."""
    for i in range(end, min(end + NAME_WORDS_BETWEEN + 1, len(doc))):
        if not doc[i].text[:1].isupper():
            return False
        if doc[i].lemma_.lower() in PLACE_NAME_HEADS:
            return True
    return False


def nominal_participle(doc, start: int, word) -> bool:
    """A participle used as a noun for the people it describes, after "the" ("visited the
    wounded", "the injured were taken to hospital"): the parse tags it a verb."""
    return word.tag_ == "VBN" and word.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj") and start > 0 and doc[start - 1].lower_ == "the"
