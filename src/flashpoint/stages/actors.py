"""Actors: who is named in a document, each mention resolved to a CAMEO-style code.

How a mention is found and coded, in order:

1. Dictionary matching (one spaCy PhraseMatcher, built once per stage and vocabulary) over
   names, aliases, demonyms, capitals, institutions and sector words; the longest match
   wins. Proper names must be capitalised in the text and short abbreviations (US, IS)
   must match exactly. A capital that is the object of a locative preposition ("in
   Tehran") is a place, not an actor; "Iran-backed" and "Washington-based" name an
   affiliation, not an actor.
2. Aliases learned from the text: "Jaish al-Adl (or the Army of Justice)", "(formerly
   Jundallah)", "X, also known as Y", "X, or the Y", "Y (X)", and short forms after a full
   mention ("Jaish" after "Jaish al-Adl"; the first word of an Arabic-style construct name
   such as "Jaysh al-Dhulm").
3. Sector words take their country (or IGO, or group) from the noun phrase: a possessive,
   adjective or compound modifier ("Pakistan's Foreign Office", "Iranian military"), the
   words just before them ("Pakistan's caretaker Prime Minister"), a possessive pronoun
   ("its ambassador" -> the subject of the clause above), an "in"/"from"/"of" phrase
   ("militants in Iran", "the foreign ministry in Tehran"), or the noun they stand in
   apposition to ("Islamic State, the militant group").
4. People (spaCy PERSON entities and dictionary people) take the actor of the title before
   their name ("Foreign Minister Jalil Abbas Jilani"), of an appositive ("X, Iran's Deputy
   President"), or of what a relative clause says they head ("X, who was heading the
   Pakistani delegation"); a role stated in the text beats the dictionary, and later
   mentions of the surname ("Jilani") are the same person.
5. A bare definite sector phrase ("the Foreign Office", "the foreign minister") refers to
   the last mention with the same words that had a country.

`state.actor_mentions` lists the mentions (sorted by start); `actor_for_token`
gives the actor a noun phrase denotes; `state.record.actors` has one `Actor` per distinct
actor.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date
from typing import Any

import spacy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from ..knowledge.actors import ActorDictionary, ActorEntry, Form, SectorTerm, country_of, form_variants, normalize, sector_of
from ..stage import DocState, Stage, register_stage
from ..records import Actor


@dataclass
class ActorMention:
    start: int  # first token index in state.doc
    end: int  # token index after the last
    start_char: int
    end_char: int
    text: str
    name: str  # canonical name: "Iran", "Jaish al-Adl", "United Nations", "Jalil Abbas Jilani"
    code: str | None  # e.g. "IRN", "IRNMIL", "PAKGOV", "IRNREB", "IGOUNO"
    country: str | None  # ISO-3
    sector: str | None  # "GOV", "MIL", "REB", "COP", "CVL", ...
    kind: str  # "state" | "igo" | "group" | "person" | "sector"
    head: int  # token index of the mention's syntactic head
    how: str  # "dictionary" | "demonym" | "capital" | "sector" | "role" | "alias" | "coref"
    via: str | None = None  # how parts were joined: "modifier", "pp", "pronoun", "apposition", "title", "relcl", "np", "of"
    entity: str | None = None  # dictionary entry id, or "person:<name>" for people found in the text
    sentence: int | None = None  # index into state.sentences


# Dependencies that stay inside a noun phrase (modifiers that can name its actor).
NP_MODIFIERS = {"poss", "amod", "compound", "nmod", "nn", "appos", "npadvmod"}
# Prepositions after a sector word that give its country: "militants in Iran".
SECTOR_PREPS = {"in", "from", "of", "inside"}
# Prepositions whose object is a place, not an actor, when the object is a capital.
PLACE_PREPS = {"in", "to", "into", "at", "from", "near", "outside", "inside", "toward", "towards", "via", "across", "around", "through", "within", "throughout", "between"}
POSSESSIVE_PRONOUNS = {"its", "their"}
SUBJECTS = {"nsubj", "nsubjpass"}
# Verbs of a relative clause that tie a person to what they lead: "who heads the Pakistani delegation".
LEADING_VERBS = {"head", "lead", "represent", "chair", "command", "run", "direct"}
# Second words of Arabic/Persian/Urdu construct names, whose first word is used alone: "Jaish al-Adl" -> "Jaish".
CONSTRUCT_PARTICLES = {"al", "el", "ul", "e", "i", "ud", "ad", "ud", "as", "ash", "an", "ar", "at", "az", "ur", "us", "o", "wal"}
# Words that introduce an alternative name.
ALIAS_CUES = [("also", "known", "as"), ("formerly", "known", "as"), ("previously", "known", "as"), ("better", "known", "as"),
              ("known", "as"), ("also", "called"), ("formerly", "called"), ("formerly",), ("previously",), ("aka",), ("a.k.a.",), ("or",)]
NAME_PARTICLES = {"al", "el", "ul", "e", "i", "ud", "ad", "as", "ash", "an", "ar", "at", "az", "ur", "o", "of", "the", "and", "bin", "ibn", "de", "wal", "-", "'", "’", "&"}
SENTENCE_WINDOW_COREF = 12  # sentences back a definite description may look for its referent


# --------------------------------------------------------------------------- matching


class _Compiled:
    """The dictionary as a PhraseMatcher over one vocabulary."""

    def __init__(self, dictionary: ActorDictionary, vocab: Vocab):
        self.dictionary = dictionary
        tokenizer = spacy.blank("en", vocab=vocab).tokenizer
        items_by_key: dict[str, list[tuple]] = {}
        spellings: dict[str, list[str]] = {}
        for entry in dictionary.entries:
            for form in entry.forms:
                for variant in form_variants(form.text):
                    key = normalize(variant)
                    items_by_key.setdefault(key, []).append(("entity", entry, form))
                    spellings.setdefault(key, []).append(variant)
        for term in dictionary.sectors:
            key = normalize(term.text)
            items_by_key.setdefault(key, []).append(("sector", term, None))
            spellings.setdefault(key, []).append(term.text)
        for discard in dictionary.discards:
            key = normalize(discard.text)
            items_by_key.setdefault(key, []).append(("discard", discard, None))
            spellings.setdefault(key, []).append(discard.text)
        self.items: dict[int, list[tuple]] = {}
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        keys, texts = [], []
        for key, variants in spellings.items():
            for text in dict.fromkeys(variants):
                keys.append(key)
                texts.append(text)
        patterns: dict[str, list[Doc]] = {}
        for key, pattern in zip(keys, tokenizer.pipe(texts)):
            if len(pattern):
                patterns.setdefault(key, []).append(pattern)
        for key, docs in patterns.items():
            label = "fp-actor:" + key
            self.items[vocab.strings.add(label)] = items_by_key[key]
            self.matcher.add(label, docs)
        self.modifier_words = {w for m in dictionary.role_modifiers for w in m.split()}
        self.former_words = {w.strip("-") for m in dictionary.former_modifiers for w in m.split() if w.strip("-")}
        self.state_names: dict[str, str] = {}
        for entry in dictionary.entries:
            if entry.kind == "state" and entry.country:
                self.state_names.setdefault(entry.country, entry.name)


def _case_ok(form: Form, tokens) -> bool:
    if form.case == "exact":
        return "".join(t.text for t in tokens) == form.text.replace(" ", "") or "".join(t.text for t in tokens) == form.text.replace(" ", "").replace("'", "’")
    if form.case == "upper":
        letters = [c for t in tokens for c in t.text if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters)
    if form.case == "name":
        return any(t.text[:1].isupper() for t in tokens if t.text[:1].isalpha())
    return True


def _shouting(doc: Doc, start: int, end: int) -> bool:
    """True when the words around a span are in capitals (a headline): "US", "IS" there may be words."""
    caps = 0
    for i in list(range(max(0, start - 3), start)) + list(range(end, min(len(doc), end + 3))):
        t = doc[i]
        if t.is_alpha and len(t.text) > 1 and t.text.isupper():
            caps += 1
    return caps >= 2


# --------------------------------------------------------------------------- internal mentions


@dataclass(eq=False)
class _M:
    start: int
    end: int
    kind: str  # state | igo | group | person | sector
    how: str
    name: str
    code: str | None
    country: str | None
    sector: str | None
    head: int
    entity: str | None = None
    form: Form | None = None
    term: SectorTerm | None = None
    via: str | None = None
    hidden: bool = False  # not reported: absorbed into a larger mention, a place, an affiliation
    indexed: bool = True  # available to actor_for_token
    dyad: bool = False  # "Iran" in "Iran-Pakistan": names a pair, not the phrase's actor
    place: bool = False
    short: bool = False
    rank: int = 1  # among mentions with the same head, the higher wins
    resolved: bool = False

    @property
    def entityish(self) -> bool:
        return self.kind != "sector" and self.code is not None

    def copy(self, **changes) -> _M:
        new = _M(**{k: getattr(self, k) for k in self.__dataclass_fields__})
        for key, value in changes.items():
            setattr(new, key, value)
        return new


class _DocActors:
    """Finds and resolves the actor mentions of one document."""

    def __init__(self, doc: Doc, compiled: _Compiled, on: date | None, sentences: list):
        self.doc = doc
        self.c = compiled
        self.on = on
        self.sent_starts = [s.start for s in sentences] if sentences else [s.start for s in doc.sents]
        self.atoms: list[_M] = []
        self.extra: list[_M] = []  # combined conjuncts, people, coreferent and alias mentions
        self.atom_at: list[_M | None] = [None] * len(doc)
        self.discarded_sentences: set[int] = set()
        self.discard_story = False
        self.people: dict[str, dict] = {}  # lower name or surname -> identity of a person resolved earlier
        self._resolving: set[int] = set()

    # ------------------------------------------------------------ helpers

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
        code = entry.code_on(self.on)
        if code is None:
            return None
        if form is not None and form.sector and len(code) == 3:
            code += form.sector
        country = entry.country or country_of(code)
        return {"name": entry.name, "code": code, "country": country, "sector": sector_of(code) if entry.kind != "igo" else None,
                "kind": entry.kind if entry.kind != "block" else "group", "entity": entry.id}

    def _place(self, atom: _M) -> bool:
        tok = self.doc[atom.head]
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS

    # ------------------------------------------------------------ 1. dictionary matching

    def match(self) -> None:
        doc = self.doc
        candidates = []
        for match_id, start, end in self.c.matcher(doc):
            tokens = doc[start:end]
            for item in self.c.items.get(match_id, ()):
                kind, obj, form = item
                if kind == "discard":
                    if obj.story:
                        self.discard_story = True
                    else:
                        self.discarded_sentences.add(self.sentence_of(start))
                    continue
                if kind == "entity":
                    if not _case_ok(form, tokens):
                        continue
                    if form.case in ("exact", "upper") and end - start == 1 and tokens[0].lower_ in STOP_WORDS and _shouting(doc, start, end):
                        continue
                    candidates.append((end - start, 1, start, end, item))
                    break
                if kind == "sector":
                    last = tokens[-1]
                    if last.pos_ not in ("NOUN", "PROPN") and not (last.pos_ == "ADJ" and not obj.title):
                        continue
                    candidates.append((end - start, 0, start, end, item))
                    break
        candidates.sort(key=lambda c: (-c[0], -c[1], c[2]))
        taken = [False] * len(doc)
        chosen = []
        for _, _, start, end, item in candidates:
            if any(taken[start:end]):
                continue
            for i in range(start, end):
                taken[i] = True
            chosen.append((start, end, item))
        chosen.sort()
        person_ents = [e for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
        for start, end, (kind, obj, form) in chosen:
            head = self.head_of(start, end)
            if kind == "sector":
                m = _M(start, end, "sector", "sector", obj.label, obj.code, None, obj.sector, head, term=obj, rank=0)
            else:
                if obj.kind == "block":
                    continue
                identity = self.entity_identity(obj, form)
                if identity is None:  # recognised but not coded ([---]) or not valid on this date
                    continue
                m = _M(start, end, identity["kind"], "alias" if form.short else form.how, identity["name"], identity["code"], identity["country"],
                       identity["sector"], head, entity=identity["entity"], form=form, short=form.short)
            self.atoms.append(m)
            for i in range(start, end):
                self.atom_at[i] = m
        for m in [a for a in self.atoms if a.kind == "state" and self._inside_person_name(a, person_ents)]:
            self.atoms.remove(m)
            for i in range(m.start, m.end):
                self.atom_at[i] = None
        # Affiliations ("Iran-backed"), dyads ("Iran-Pakistan"), capitals as places ("in Tehran").
        for m in self.atoms:
            if m.kind == "sector":
                continue
            after = doc[m.end] if m.end < len(doc) else None
            if after is not None and after.text in ("-", "–") and m.end + 1 < len(doc):
                nxt = doc[m.end + 1]
                other = self.atom_at[m.end + 1]
                if other is not None and other.entityish:
                    m.dyad = other.dyad = True
                elif nxt.is_alpha and nxt.text.islower():
                    m.hidden, m.indexed = True, False
            if m.how == "capital" and self._place(m):
                m.hidden, m.indexed, m.place = True, False, True

    def _inside_person_name(self, m: _M, person_ents) -> bool:
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

    # ------------------------------------------------------------ 2. aliases from the text

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

    def learn_aliases(self, mentions: list[_M]) -> list[tuple[_M, tuple[int, int]]]:
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
        forms: list[tuple[tuple[str, ...], _M, int]] = []  # (lower-case tokens, antecedent, first index allowed)
        for antecedent, (s, e) in pairs:
            forms.append((tuple(t.lower_ for t in doc[s:e]), antecedent, 0))
        # "Jaish al-Adl" -> "Jaish": construct names (a word, then al/ul/e/...) of groups.
        shorts: dict[str, list[_M]] = {}
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
        lowers = [t.lower_ for t in doc]
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

    # ------------------------------------------------------------ 3. sector words

    def _mention_at(self, i: int) -> _M | None:
        m = self.atom_at[i]
        if m is not None and m.kind == "sector" and not m.resolved:
            self.resolve_sector(m)
        return m

    def _usable(self, m: _M | None, allow_place: bool = False) -> bool:
        if m is None or not m.entityish or m.dyad:
            return False
        if m.place:
            return allow_place
        return m.indexed

    def _former_near(self, *positions: int) -> bool:
        doc = self.doc
        for p in positions:
            for i in range(max(0, p - 2), p):
                if doc[i].lower_.strip("-") in self.c.former_words:
                    return True
        return False

    def resolve_sector(self, s: _M) -> None:
        if s.resolved or id(s) in self._resolving:
            return
        self._resolving.add(id(s))
        try:
            self._resolve_sector(s)
        finally:
            s.resolved = True
            self._resolving.discard(id(s))

    def _resolve_sector(self, s: _M) -> None:
        doc = self.doc
        h = doc[s.head]
        former = any(c.lower_.strip("-") in self.c.former_words for c in h.children if c.i < s.start) or self._former_near(s.start)
        # Sector-only modifiers of the same phrase ("separatist militants") become part of it.
        absorbed = []
        for child in h.lefts:
            if child.i >= s.start or child.dep_ not in ("amod", "compound", "nmod"):
                continue
            m = self._mention_at(child.i)
            if m is not None and m is not s and m.kind == "sector" and not m.entityish:
                absorbed.append(m)
        # a) modifiers in the noun phrase, nearest first
        for child in sorted((c for c in h.lefts if c.i < s.start), key=lambda c: -c.i):
            if child.dep_ == "poss" and child.lower_ in POSSESSIVE_PRONOUNS:
                antecedent = self.pronoun_antecedent(child)
                if antecedent is not None:
                    self.combine(s, antecedent, "pronoun", former, span=(child.i, s.end), absorbed=absorbed)
                    return
                continue
            if child.dep_ not in NP_MODIFIERS:
                continue
            m = self._mention_at(child.i)
            if self._usable(m) and m is not s:
                self.combine(s, m, "modifier", former or self._former_near(m.start), span=(min(m.start, s.start), s.end), absorbed=absorbed, hide=True)
                for conj in doc[m.head].conjuncts:
                    other = self._mention_at(conj.i)
                    if self._usable(other) and other is not m:
                        extra = s.copy(start=other.start, end=other.end, head=other.head)
                        self.combine(extra, other, "modifier", former, span=(other.start, other.end), absorbed=[], hide=True)
                        self.extra.append(extra)
                return
        # b) the words just before: "Pakistan's caretaker Prime Minister"
        j = s.start - 1
        sent_start, _ = self.sentence_bounds(s.start)
        steps = 0
        while j >= sent_start and steps < 5:
            t = doc[j]
            m = self._mention_at(j)
            if m is not None and m is not s:
                if self._usable(m) and m.end == j + 1:
                    self.combine(s, m, "modifier", former or self._former_near(m.start), span=(m.start, s.end), absorbed=absorbed, hide=True)
                    return
                if m.kind == "sector" and not m.entityish:
                    j = m.start - 1
                    steps += 1
                    continue
                break
            if t.tag_ == "POS" or t.lower_ in self.c.modifier_words or t.lower_.strip("-") in self.c.former_words or t.text in ("-", "–"):
                if t.lower_.strip("-") in self.c.former_words:
                    former = True
                j -= 1
                steps += 1
                continue
            break
        # c) "militants in Iran", "the foreign ministry in Tehran", "the army of Pakistan"
        for child in h.rights:
            if child.dep_ != "prep" or child.lower_ not in SECTOR_PREPS:
                continue
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                m = self._mention_at(pobj.i)
                if self._usable(m, allow_place=True):
                    self.combine(s, m, "pp", former, span=(s.start, max(s.end, m.end)), absorbed=absorbed, hide=False)
                    return
        # d) apposition to a named actor: "Islamic State, the militant group"
        if h.dep_ == "appos":
            m = self._mention_at(h.head.i)
            if self._usable(m):
                self.combine(s, m, "apposition", former, span=(s.start, s.end), absorbed=absorbed, hide=False)
                return
        if former and s.term is not None and s.term.title:
            s.sector, s.code = "ELI", "ELI"
        for a in absorbed:
            a.hidden = True
            s.start = min(s.start, a.start)

    def combine(self, s: _M, entity: _M, via: str, former: bool, span: tuple[int, int], absorbed: list[_M], hide: bool = False) -> None:
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
            name = self.c.state_names.get(country, name)
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

    def pronoun_antecedent(self, pronoun: Token) -> _M | None:
        """"its"/"their": the subject of the nearest clause above, else the nearest actor before."""
        path = {pronoun.i}
        cur = pronoun.head
        for _ in range(12):
            path.add(cur.i)
            for child in cur.children:
                if child.dep_ in SUBJECTS and child.i not in path and child.i < pronoun.i:
                    m = self._mention_at(child.i)
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
            m = self._mention_at(i)
            if self._agrees(pronoun, m) and self.doc[m.head].dep_ in SUBJECTS:
                return m
        for i in range(pronoun.i - 1, sent_start - 1, -1):
            m = self._mention_at(i)
            if self._agrees(pronoun, m):
                return m
        return None

    def _agrees(self, pronoun: Token, m: _M | None) -> bool:
        """"its" refers to a state, IGO or group; "their" to a group or a plural ("the Houthis", "Iranians")."""
        if not self._usable(m) or m.kind not in ("state", "igo", "group"):
            return False
        if pronoun.lower_ == "their":
            return m.kind == "group" or self.doc[m.head].tag_ in ("NNS", "NNPS")
        return True

    # ------------------------------------------------------------ 4. people

    def person_spans(self) -> list[tuple[int, int, _M | None]]:
        """Name spans: dictionary people, and PERSON entities trimmed of titles."""
        doc = self.doc
        spans = [(m.start, m.end, m) for m in self.atoms if m.kind == "person" and m.entityish and not m.hidden]
        covered = {i for s, e, _ in spans for i in range(s, e)}
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            s, e = ent.start, ent.end
            while s < e and (self.atom_at[s] is not None or doc[s].lower_ in self.c.modifier_words or not doc[s].is_alpha):
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

    def _role_before(self, s: int) -> _M | None:
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

    def _role_after(self, root: Token) -> tuple[_M | None, str | None]:
        if root.dep_ == "appos":  # "the Turkish foreign minister, Mevlut Cavusoglu"
            m = self._mention_at(root.head.i)
            if m is not None and m.term is not None and m.term.title and m.head == root.head.i:
                return m, "apposition"
        for child in root.children:
            if child.dep_ == "appos":
                m = self._mention_at(child.i)
                if m is not None and m.term is not None and m.term.title and (m.head == child.i):
                    return m, "apposition"
            if child.dep_ == "relcl" and child.lemma_ in LEADING_VERBS:
                for obj in child.children:
                    if obj.dep_ in ("dobj", "obj"):
                        m = self._mention_at(obj.i)
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
            else:
                continue
            if code is None:
                continue
            entity = known["entity"] if known and known.get("entity") else f"person:{normalize(name)}"
            start = s
            if before is not None and before.end <= s and all(doc[k].is_space for k in range(before.end, s)):
                start = before.start
                before.hidden = True
            if atom is not None:
                atom.hidden = True
                atom.indexed = False
            m = _M(start, e, "person", how, name, code, country, sector, root.i, entity=entity, via=via if how == "role" else None, rank=3,
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
            self.extra.append(_M(i, e, "person", "alias", k["name"], k["code"], k["country"], k["sector"], i, entity=k["entity"], rank=3, resolved=True))
            taken.add(i)

    def _taken(self) -> set[int]:
        taken = set()
        for m in self.atoms + self.extra:
            if m.kind == "person" or (not m.hidden and m.entityish):
                taken.update(range(m.start, m.end))
        return taken

    # ------------------------------------------------------------ 5. definite descriptions

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

    # ------------------------------------------------------------ run

    def run(self) -> list[_M]:
        self.match()
        if self.discard_story:
            return []
        self.drop_orphan_short_forms()
        self.apply_aliases(self.learn_aliases(list(self.atoms)), final=False)
        for m in list(self.atoms):
            if m.kind == "sector":
                self.resolve_sector(m)
        self.resolve_people()
        self.resolve_definites()
        later = [m for m in self.extra if m.kind != "person"] + [m for m in self.atoms if m.kind == "sector" and m.entityish]
        self.apply_aliases(self.learn_aliases(later), final=True)
        mentions = [m for m in self.atoms + self.extra if m.code is not None]
        if self.discarded_sentences:
            mentions = [m for m in mentions if self.sentence_of(m.start) not in self.discarded_sentences]
        return mentions


# --------------------------------------------------------------------------- public API


def _public(doc: Doc, m: _M, sentence: int | None) -> ActorMention:
    span = doc[m.start:m.end]
    return ActorMention(m.start, m.end, span.start_char, span.end_char, span.text, m.name, m.code, m.country, m.sector, m.kind, m.head, m.how,
                        via=m.via, entity=m.entity, sentence=sentence)


class ActorIndex:
    """Mentions of one document by head token and by token, for `actor_for_token`."""

    def __init__(self, doc: Doc, mentions: list[ActorMention], ranks: list[int], sentence_of):
        self.doc = doc
        self.by_head: dict[int, ActorMention] = {}
        self.covering: dict[int, ActorMention] = {}
        best: dict[int, int] = {}
        for m, rank in zip(mentions, ranks):
            if m.head not in best or rank > best[m.head]:
                best[m.head] = rank
                self.by_head[m.head] = m
        for m in sorted(mentions, key=lambda m: -(m.end - m.start)):  # smaller spans win
            for i in range(m.start, m.end):
                self.covering[i] = m
        self.sentence_of = sentence_of

    def lookup(self, i: int, depth: int = 0) -> ActorMention | None:
        if i in self.by_head:
            return self.by_head[i]
        if i in self.covering:
            return self.covering[i]
        if depth > 3:
            return None
        tok = self.doc[i]
        entity, sector, used = None, None, []
        for child in sorted(tok.children, key=lambda c: abs(c.i - i)):
            if child.dep_ not in NP_MODIFIERS:
                continue
            m = self._in_modifier(child)
            if m is None:
                continue
            used.append(m)
            if m.kind == "sector" and not m.country:
                sector = sector or m
            elif entity is None or (entity.kind == "state" and m.kind in ("group", "igo", "person") and child.dep_ in ("appos", "compound")):
                entity = m
        if entity is not None or sector is not None:
            chosen = entity or sector
            left = min([i] + [c.left_edge.i for c in tok.children if c.i < i and c.dep_ not in ("relcl", "acl", "prep", "conj", "cc", "punct")])
            right = max([i] + [m.end - 1 for m in used if m is chosen or m is sector])
            code, sec = chosen.code, chosen.sector
            if entity is not None and sector is not None and entity.kind == "state" and not entity.sector and entity.country:
                code, sec = entity.country + (sector.code or ""), sector.sector
            return self._new(left, right + 1, chosen, code=code, sector=sec, via="np")
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = self.lookup(pobj.i, depth + 1)
                        if found is not None:
                            left = min([pobj.i] + [c.left_edge.i for c in pobj.children if c.i < pobj.i and c.dep_ not in ("relcl", "acl", "prep", "conj", "cc", "punct")])
                            right = max(pobj.i, found.end - 1)
                            if left <= found.start and right >= found.end - 1:
                                return self._new(left, right + 1, found, via="of")
                            return found
        return None

    def _in_modifier(self, child: Token, depth: int = 0) -> ActorMention | None:
        m = self.by_head.get(child.i) or self.covering.get(child.i)
        if m is not None:
            return m
        if depth >= 2 or child.dep_ not in ("compound", "appos", "nmod", "poss", "amod"):
            return None
        for grandchild in child.children:
            if grandchild.dep_ in NP_MODIFIERS:
                found = self._in_modifier(grandchild, depth + 1)
                if found is not None:
                    return found
        return None

    def _new(self, start: int, end: int, m: ActorMention, *, code=None, sector=None, via: str) -> ActorMention:
        span = self.doc[start:end]
        return ActorMention(start, end, span.start_char, span.end_char, span.text, m.name, code if code is not None else m.code, m.country,
                            sector if code is not None else m.sector, m.kind, m.head, m.how, via=via, entity=m.entity, sentence=m.sentence)


def actor_for_token(state: DocState, token_index: int) -> ActorMention | None:
    """The actor denoted by the noun phrase headed by `token_index`.

    A mention headed by or containing the token; else one named by a modifier of the phrase
    (compound, adjective, possessive, apposition: "Iranian missiles" -> IRN with the sector
    of "missiles", "the Sunni Muslim group Jaish al-Adl" -> Jaish al-Adl); else one named in an
    "of" phrase ("two bases of Jaish al-Adl"). Relative clauses and clausal children are never
    looked into. The result spans the words that named the actor.
    """
    index = state.actor_index
    if index is None:
        return None
    return index.lookup(token_index)


def _record_actors(mentions: list[ActorMention]) -> list[Actor]:
    actors: dict[tuple, Actor] = {}
    for m in mentions:
        if m.kind == "sector" or m.code is None:
            continue
        key = (m.entity or m.name, m.code)
        actor = actors.get(key)
        if actor is None:
            actor = actors[key] = Actor(name=m.name, code=m.code, country=m.country, sector=m.sector, aliases=[])
        if m.text.lower() not in {a.lower() for a in actor.aliases}:
            actor.aliases.append(m.text)
    return list(actors.values())


@register_stage
class ActorsStage(Stage):
    """Actor mentions, coded; see the module docstring."""

    name = "actors"
    requires = ("parse", "ner", "sentences")
    adds = ("actor_mentions", "actor_index", "record.actors")
    uses = ("published",)  # the document's date picks date-bounded codes, when a pipeline has it

    def __init__(self, dictionary: ActorDictionary | None = None, as_of: date | None = None):
        self.dictionary = dictionary if dictionary is not None else ActorDictionary.builtin()
        self.as_of = as_of
        self._compiled: dict[int, _Compiled] = {}

    def __getstate__(self) -> dict[str, Any]:  # the matcher is rebuilt in each process
        state = dict(self.__dict__)
        state["_compiled"] = {}
        return state

    def compiled(self, vocab: Vocab) -> _Compiled:
        key = id(vocab)
        if key not in self._compiled:
            self._compiled = {key: _Compiled(self.dictionary, vocab)}
        return self._compiled[key]

    def __call__(self, state: DocState) -> None:
        doc = state.doc
        on = self.as_of or state.published
        found = _DocActors(doc, self.compiled(doc.vocab), on, state.sentences or [])
        internal = found.run()
        public = [(_public(doc, m, found.sentence_of(m.start)), m) for m in internal]
        indexed = [(p, m.rank) for p, m in public if m.indexed]
        visible = sorted((p for p, m in public if not m.hidden), key=lambda p: (p.start, -p.end))
        state.actor_mentions = visible
        state.actor_index = ActorIndex(doc, [p for p, _ in indexed], [r for _, r in indexed], found.sentence_of)
        state.record.actors = _record_actors(visible)
