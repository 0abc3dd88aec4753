"""Finding the toponyms and demonyms of a parsed document.

The small spaCy model misses or mislabels many place names (a province as two GPEs, a town
as a PERSON or an ORG, datelines in capitals), so the gazetteer is matched over the text as
well. In this order, each taking tokens the later ones cannot: press abbreviations of states
("Alexandria, La."), the dateline ("ISLAMABAD, Jan. 18"), demonyms ("Iranian"), the longest
capitalised sequence the gazetteer knows (kept or not by `accept`), and last the GPE/LOC/FAC
entities the gazetteer does not know as written (kept unresolved).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Token

from ...nlp import entities as doc_entities
from ...nlp import doc_text, token_texts
from ...language.datelines import dateline_parts, dateline_place
from ...knowledge.gazetteer import Gazetteer, Match
from .accept import accept
from .mention import PlaceMention
from .names import capitalised, capitalised_word, strong, vessel_name
from .words import (ADMIN_AFTER, COMMON_WORD_NAMES, CONNECTIVES, DEMONYM, DIRECTIONS, GENERIC_WORDS, MAX_NAME_TOKENS, PLACE_LABELS,
                    SKIP_LABELS)


class Finder:
    """The mentions of one document: `Finder(doc, sentences, gaz).find()`."""

    def __init__(self, doc: Doc, sentences, gaz: Gazetteer):
        self.doc = doc
        self.gaz = gaz
        self.sent_starts = [s.start for s in sentences]
        self.sentences = sentences
        self.ent_of: list = [None] * len(doc)
        for ent in doc_entities(doc):
            for t in range(ent.start, ent.end):
                self.ent_of[t] = ent
        # Tokens that are part of a person's name written in full elsewhere ("Jackson" after "Tom Jackson").
        self.person_words: set[str] = set()
        for ent in doc_entities(doc):
            words = [t for t in ent if capitalised(t) and t.text not in ("'s", "’s")]
            if ent.label_ == "PERSON" and len(words) >= 2:
                self.person_words.add(words[-1].text)  # the surname
        self.found: list[PlaceMention] = []
        self.taken = [False] * len(doc)  # tokens a mention already covers
        # `capitalised` per token, once: the finders below test each token for many windows
        self.caps = [capitalised_word(w) for w in token_texts(doc)]

    def sentence_of(self, token_i: int) -> int:
        return max(0, bisect_right(self.sent_starts, token_i) - 1)

    def mention(self, start: int, end: int, source: str, **kw) -> PlaceMention:
        span = self.doc[start:end]
        m = PlaceMention(text=span.text, start_char=span.start_char, end_char=span.end_char, start=start, end=end,
                         sentence=self.sentence_of(start), source=source, **kw)
        if m.role != DEMONYM and (all(w in DIRECTIONS or w in GENERIC_WORDS for w in m.key.split()) or m.key in COMMON_WORD_NAMES):
            m.weak = True  # "West", "Central", "North West", "Free": places of some countries, words in all
        return m

    def take(self, m: PlaceMention) -> None:
        self.found.append(m)
        for t in range(m.start, m.end):
            self.taken[t] = True

    def find(self) -> list[PlaceMention]:
        self._abbreviations()
        self._dateline()
        self._demonyms()
        self._gazetteer_names()
        self._parsed_places()
        self.found.sort(key=lambda m: (m.start, m.start_char))
        return self.found

    def _gazetteer_names(self) -> None:
        """Gazetteer names: the longest capitalised sequence the gazetteer knows, left to right."""
        doc, taken, caps = self.doc, self.taken, self.caps
        i = 0
        n = len(doc)
        while i < n:
            if taken[i] or not caps[i]:
                i += 1
                continue
            tok = doc[i]
            if tok.is_punct:
                i += 1
                continue
            if tok.is_stop and not (self.ent_of[i] is not None and self.ent_of[i].label_ in PLACE_LABELS):
                i += 1  # "In", "On", "Us" at the start of a sentence or a title
                continue
            best = self._longest_known(i, n)
            if best is None:
                best = self._variant_spelling(i, n)
            if best is None:
                self._hyphenated(tok)
                i += 1
                continue
            if best == i + 1 and tok.lower_ in DIRECTIONS and i + 1 < n and caps[i + 1]:
                i += 1  # "Southern California", "South African": the direction is not the place
                continue
            m = accept(self, i, best)
            if m is not None:
                self.take(m)
                i = best
            else:
                i += 1

    def _longest_known(self, i: int, n: int) -> int | None:
        """The end of the longest name the gazetteer knows starting at token i, within its sentence,
        of capitalised words and connectives."""
        doc, taken, caps = self.doc, self.taken, self.caps
        sent_end = self.sentences[self.sentence_of(i)].end if self.sentences else n
        for j in range(min(n, max(sent_end, i + 1), i + MAX_NAME_TOKENS), i, -1):
            if any(taken[t] for t in range(i, j)) or not caps[j - 1]:
                continue
            if j - i > 1 and not all(caps[t.i] or t.lower_ in CONNECTIVES or t.text in ("-", "'", ".") for t in doc[i + 1:j - 1]):
                continue
            if self.gaz.known(doc[i:j].text):
                return j
        return None

    def _parsed_places(self) -> None:
        """Places the parse found that the gazetteer does not know as written."""
        doc = self.doc
        for ent in doc_entities(doc):
            if ent.label_ not in PLACE_LABELS or any(self.taken[t] for t in range(ent.start, ent.end)):
                continue
            start, end = ent.start, ent.end
            while start < end and (doc[start].lower_ in ("the",) or doc[start].is_punct):
                start += 1
            while end > start and (doc[end - 1].is_punct or doc[end - 1].text in ("'s", "’s")):
                end -= 1
            if start >= end or not any(c.isupper() for c in doc[start:end].text) or vessel_name(doc, start, end):
                continue  # (a ship's name is no place: "the tanker Advantage Sweet")
            self.take(self.mention(start, end, ent.label_))

    def _demonyms(self) -> None:
        """Demonyms: "Iranian", "Pakistanis", "Sri Lankan", "German-Iraqi", however the parse labelled them."""
        doc, gaz, taken, caps = self.doc, self.gaz, self.taken, self.caps
        n = len(doc)
        i = 0
        while i < n:
            ent = self.ent_of[i]
            if taken[i] or not caps[i] or ent is not None and ent.label_ in SKIP_LABELS:
                i += 1
                continue
            tok = doc[i]
            for j in range(min(n, i + 3), i, -1):
                if any(taken[t] for t in range(i, j)) or not all(caps[i:j]):
                    continue
                place = gaz.demonym(doc[i:j].text)
                if place is not None and self._begins_place_name(i, j):
                    i += 1  # "British Columbia", "Dominican Republic": the adjective is the first word of a place's name
                    break
                if place is not None:
                    self.take(self.mention(i, j, ent.label_ if ent is not None else "gazetteer", role=DEMONYM, entry=place, confidence=1.0))
                    i = j
                    break
            else:
                if "-" in tok.text:  # "German-Iraqi", "Saudi-led"
                    self._hyphenated_demonyms(tok)
                i += 1

    def _hyphenated_demonyms(self, tok: Token) -> None:
        for part, offset in _parts(tok.text):
            place = self.gaz.demonym(part) if part[:1].isupper() else None
            if place is not None:
                self.take(PlaceMention(text=part, start_char=tok.idx + offset, end_char=tok.idx + offset + len(part),
                                       start=tok.i, end=tok.i + 1, sentence=self.sentence_of(tok.i), source="gazetteer",
                                       role=DEMONYM, entry=place, confidence=1.0))

    def _begins_place_name(self, i: int, j: int) -> bool:
        """Whether the words [i, j) begin a longer name of an important place (by its own name) written on:
        "British Columbia", "Dominican Republic", "South African Republic"."""
        doc = self.doc
        for k in range(min(len(doc), i + MAX_NAME_TOKENS), j, -1):
            if not all(capitalised(t) or t.lower_ in CONNECTIVES for t in doc[j:k]) or not capitalised(doc[k - 1]):
                continue
            if self.gaz.known(doc[i:k].text) and strong([m for m in self.gaz.lookup(doc[i:k].text) if not m.alternate]):
                return True
        return False

    def _variant_spelling(self, i: int, n: int) -> int | None:
        """A name of several words spelt otherwise than in the gazetteer ("Sistan and Baluchistan"),
        taken when the text says it is a division ("... province") or the parse that it is a place."""
        doc, taken = self.doc, self.taken
        j = i
        while j < n and j - i < MAX_NAME_TOKENS and not taken[j] and (capitalised(doc[j]) or doc[j].lower_ in CONNECTIVES or doc[j].text == "-"):
            j += 1
        while j > i and not capitalised(doc[j - 1]):
            j -= 1
        if j - i < 2:
            return None
        typed = j < n and doc[j].lower_ in ADMIN_AFTER
        placed = all(self.ent_of[t] is not None and self.ent_of[t].label_ in PLACE_LABELS for t in (i, j - 1))
        if (typed or placed) and self.gaz.lookup_skeleton(doc[i:j].text):
            return j
        return None

    def _hyphenated(self, tok: Token) -> None:
        """A place name fused to a word by a hyphen in one token: "U.S.-led", "Saudi-backed"."""
        if "-" not in tok.text:
            return
        head = tok.text.split("-")[0]
        if not head or not head[0].isupper():
            return
        matches = self.gaz.lookup(head)
        if strong(matches):
            self.take(PlaceMention(text=head, start_char=tok.idx, end_char=tok.idx + len(head), start=tok.i, end=tok.i + 1,
                                   sentence=self.sentence_of(tok.i), source="gazetteer"))

    def _dateline(self) -> None:
        """A dateline: the place in capitals the article opens with ("CHARLESTON, W.Va. —", "ISLAMABAD, Jan. 18")."""
        dateline = dateline_place(self.doc)
        if dateline is None or any(self.taken[dateline[0]:dateline[1]]):
            return
        for start, j in dateline_parts(self.doc, dateline[0], dateline[1]):
            if self.gaz.known(self.doc[start:j].text):
                self.take(self.mention(start, j, "dateline"))

    def _abbreviations(self) -> None:
        """US states and Canadian provinces abbreviated after a place ("Alexandria, La.", "CHARLESTON, W.Va.",
        "Gatineau, Que."), tagged as a place by the parse, or written with two dots or more anywhere ("S.C.")."""
        doc, text = self.doc, doc_text(self.doc)
        for match in _abbreviation_pattern(self.gaz).finditer(text):
            abbr = match.group(1)
            entry = self.gaz.abbreviation(abbr)
            if entry is None:
                continue
            span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
            if span is None or any(self.taken[t] for t in range(span.start, span.end)):
                continue
            before = text[max(0, match.start(1) - 3):match.start(1)]
            ent = self.ent_of[span.start]
            # Written with two dots or more ("S.C.", "D.C.", "W. Va."), an abbreviation is no word of the language:
            # a state wherever it stands ("the S.C. Highway Patrol", "Rep. Clyburn, D-S.C."); after a number, an era.
            if re.search(r"\d\s*$", before):
                continue  # "300 B.C."
            dotted = abbr.count(".") >= 2
            # "Sen. Bob Casey, D-Pa.": a legislator's party and state.
            party = re.search(r"(?<![A-Za-z])[DRI]-$", before) is not None
            if not (dotted or party or re.search(r"[A-Za-z)],\s*$", before) or ent is not None and ent.label_ == "GPE"):
                continue
            ab = PlaceMention(text=abbr, start_char=match.start(1), end_char=match.end(1), start=span.start, end=span.end,
                              sentence=self.sentence_of(span.start), source="abbreviation", entry=entry, confidence=1.0)
            ab.candidates = [Match(entry, False)]
            self.take(ab)


def _parts(text: str) -> list[tuple[str, int]]:
    out, offset = [], 0
    for part in text.split("-"):
        out.append((part, offset))
        offset += len(part) + 1
    return out


_ABBREVIATION_PATTERNS: dict[int, re.Pattern] = {}


def _abbreviation_pattern(gaz: Gazetteer) -> re.Pattern:
    pattern = _ABBREVIATION_PATTERNS.get(id(gaz))
    if pattern is None:
        forms = sorted(gaz.abbreviations, key=len, reverse=True)
        # "W.Va." is also written "W. Va.": a space may follow each inner dot.
        alternatives = [r"\.\s?".join(re.escape(part) for part in f.split(".")[:-1]) + r"\." for f in forms]
        pattern = re.compile(r"(?<![A-Za-z.])(" + "|".join(alternatives) + r")(?![A-Za-z])")
        _ABBREVIATION_PATTERNS[id(gaz)] = pattern
    return pattern
