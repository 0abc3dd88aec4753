"""PETRARCH/TABARI verb dictionaries: an importer, and an event coder that applies them to
spaCy dependency parses.

A PETRARCH verb dictionary (`PETR.Validate.verbs.txt`, `CAMEO.2.0.txt`) is made of

- synsets: a line `&NAME` followed by `+MEMBER` lines (a member may be a phrase, or another
  synset), ended by a blank line; a pattern word `&NAME` matches any member;
- verb families: a header `--- VERB [code] ---` whose code is the family's default (`---`:
  recognised, not coded), then the family's verbs, one a line: `VERB {IRREGULAR FORMS}`,
  optionally with a code of its own (`DOWNPLAY [014]`); a multi-word verb marks its verb
  word with `+` (`+BREAK_DOWN`, `WIRE_+TAP`, `LASH OUT`);
- patterns: `- WORDS * WORDS [code]`, where `*` is the verb, the words before it must come
  before the verb and those after it after the verb, in order; `_` joins words that must be
  adjacent, a space allows words in between; a word matches a token as written, as in
  PETRARCH ("EFFORT" is not "efforts"); `$` marks the source, `+` the target,
  `%` an actor that is both (a compound subject meeting among itself), `^` skips a noun
  phrase; PETRARCH 2's `{A B}` (a noun phrase) and `(PREP X)` (a prepositional phrase) are
  read as their words.
- a code `A:B` codes two events: the source does A to the target, the target B to the source
  ("LEFT [032:033]": a visit and the receipt of it).

`read_verb_dictionary(path)` gives a `VerbDictionary`; `to_event_lexicon(dictionary)` an
`EventLexicon` (lemma -> family code, with the PLOVER type from `plover_type`) for the
general event coder; `PetrarchEvents(dictionary)` a pipeline stage that codes events the way
PETRARCH does, with the patterns applied to the dependency parse.
"""

from __future__ import annotations

import dataclasses

import re
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Token

from ..stage import DocState, Stage
from .events import Coding, EventLexicon, default_lexicon

# --------------------------------------------------------------------------- CAMEO -> PLOVER

# PLOVER type by CAMEO root (two digits), after the PLOVER manual's correspondence; a few
# three-digit codes leave their root's type. Roots 21 and 22 are the WEIS codes for seizure
# and force that older (KEDS/TABARI) dictionaries still carry.
PLOVER_BY_ROOT = {
    "01": "CONSULT",  # public statement: no PLOVER type of its own; the nearest verbal-cooperation type
    "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
    "07": "AID", "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE",
    "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION",
    "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
    "21": "COERCE", "22": "ASSAULT",
}
PLOVER_BY_CODE = {
    "012": "ACCUSE",  # pessimistic comment
    "013": "SUPPORT",  # optimistic comment
    "057": "AGREE",  # sign a formal agreement
    "087": "RETREAT",  # de-escalate militarily
    "0871": "RETREAT", "0872": "RETREAT", "0873": "RETREAT", "0874": "RETREAT",
    "161": "SANCTION", "166": "SANCTION",
}
FALLBACK_TYPE = "CONSULT"


def plover_type(cameo: str | None) -> str:
    """The PLOVER type of a CAMEO code (by its most specific known prefix, then its root)."""
    code = (cameo or "").strip()
    for length in range(len(code), 2, -1):
        if code[:length] in PLOVER_BY_CODE:
            return PLOVER_BY_CODE[code[:length]]
    return PLOVER_BY_ROOT.get(code[:2], FALLBACK_TYPE)


# --------------------------------------------------------------------------- the dictionary


@dataclass(frozen=True)
class Element:
    """One element of a pattern: a word, a synset, or a marker ($ + % ^)."""

    kind: str  # "word" | "synset" | "source" | "target" | "compound" | "skip"
    value: str = ""  # the word (lower case) or the synset name
    exact: bool = False  # kept for dictionaries that mark whole words; words always match as written
    joined: bool = False  # adjacent to the element before it (nearer the verb for the words before)


@dataclass(frozen=True)
class VerbPattern:
    before: tuple[Element, ...]  # in text order, the last one nearest the verb
    after: tuple[Element, ...]  # in text order, the first one nearest the verb
    code: str | None  # None: recognised, not coded ("---")
    family: str
    text: str
    line: int = 0

    @property
    def specificity(self) -> int:
        return sum(1 for e in (*self.before, *self.after) if e.kind in ("word", "synset"))

    @property
    def markers(self) -> set[str]:
        return {e.kind for e in (*self.before, *self.after) if e.kind in ("source", "target", "compound")}


@dataclass(frozen=True)
class VerbEntry:
    """A verb of a family: its word, the words it needs around it, its code."""

    word: str  # lower case, the verb itself
    before: tuple[str, ...] = ()  # words just before the verb ("wire" in WIRE_+TAP)
    after: tuple[str, ...] = ()  # words just after ("down" in +BREAK_DOWN, "out" in LASH OUT)
    code: str | None = None
    family: str = ""
    has_code: bool = False  # a code of its own, not the family's


@dataclass
class VerbFamily:
    name: str
    code: str | None
    verbs: list[VerbEntry] = field(default_factory=list)
    patterns: list[VerbPattern] = field(default_factory=list)


@dataclass
class VerbDictionary:
    families: list[VerbFamily]
    synsets: dict[str, list[tuple[str, ...]]]  # name (without &) -> members as word tuples, expanded
    forms: dict[str, list[VerbEntry]]  # a word form (lower case) -> the entries it can be
    warnings: list[str] = field(default_factory=list)

    def family(self, name: str) -> VerbFamily | None:
        return next((f for f in self.families if f.name.lower() == name.lower()), None)

    def entries(self, token: Token) -> list[VerbEntry]:
        """Entries a token can be: its own form first (SAID, LEFT, MET), then its lemma."""
        found = list(self.forms.get(token.lower_, ()))
        if not found:
            found = list(self.forms.get(token.lemma_.lower(), ()))
        return found

    def lemma_codes(self) -> dict[str, str]:
        """A verb lemma -> the CAMEO code of its family (verbs whose family codes nothing are left out)."""
        table: dict[str, str] = {}
        for family in self.families:
            for verb in family.verbs:
                if not verb.before and not verb.after and verb.code:
                    table.setdefault(verb.word, verb.code)
        return table

    def merged(self, other: "VerbDictionary") -> "VerbDictionary":
        forms = {k: list(v) for k, v in self.forms.items()}
        for k, v in other.forms.items():
            forms.setdefault(k, []).extend(v)
        return VerbDictionary(self.families + other.families, {**other.synsets, **self.synsets}, forms, self.warnings + other.warnings)


_CODE = re.compile(r"\[([^\]]*)\]")
_HEADER = re.compile(r"^---\s*(.*?)\s*(?:---)?\s*$")


def _code(text: str) -> str | None:
    """The code in a bracket: None for "---", "+++", "###" and the like (nothing to code)."""
    code = text.strip().split()[0] if text.strip() else ""
    return code if any(c.isalnum() for c in code) else None


def _clean(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _verb_forms(word: str) -> list[str]:
    """Regular forms of a verb, as PETRARCH generates them: -s/-es, -ed, -ing."""
    w = word
    forms = {w}
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        forms |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
    elif w.endswith("e"):
        forms |= {w + "s", w + "d", w[:-1] + "ing"}
    elif w.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {w + "es", w + "ed", w + "ing"}
    else:
        forms |= {w + "s", w + "ed", w + "ing"}
    return sorted(forms)


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[_\s]+", text.strip().lower()) if w]


def _parse_verb_line(text: str, family: VerbFamily, forms: dict[str, list[VerbEntry]]) -> None:
    code_match = _CODE.search(text)
    own = _code(code_match.group(1)) if code_match else None
    body = _CODE.sub(" ", text)
    irregular = re.search(r"\{([^}]*)\}", body)
    body = re.sub(r"\{[^}]*\}", " ", body).strip()
    if not body:
        return
    # The verb word: marked with "+" in a multi-word verb, else the first word.
    words = [w for w in re.split(r"[_\s]+", body) if w]
    index = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    words = [w.lstrip("+").lower() for w in words]
    verb = words[index]
    entry = VerbEntry(verb, tuple(words[:index]), tuple(words[index + 1:]), own if code_match else family.code,
                      family.name, has_code=code_match is not None)
    family.verbs.append(entry)
    spellings = set(_verb_forms(verb))
    if irregular:
        for form in irregular.group(1).split():
            form_words = [w for w in re.split(r"[_\s]+", form) if w]
            marked = next((w for w in form_words if w.startswith("+")), form_words[0] if form_words else "")
            if marked:
                spellings.add(marked.lstrip("+").lower())
    for spelling in spellings:
        forms.setdefault(spelling, []).append(entry)


def _parse_pattern(text: str, family: VerbFamily, line: int, warnings: list[str]) -> VerbPattern | None:
    code_match = _CODE.search(text)
    if code_match is None:
        warnings.append(f"line {line}: pattern without a code: {text!r}")
        return None
    body = text[text.index("-") + 1:code_match.start()]
    body = body.replace("{", " ").replace("}", " ").replace("(", " ").replace(")", " ")
    if "*" not in body:
        warnings.append(f"line {line}: pattern without '*': {text!r}")
        return None
    left, _, right = body.partition("*")
    before = _elements(left, towards_verb="after")
    after = _elements(right, towards_verb="before")
    return VerbPattern(tuple(before), tuple(after), _code(code_match.group(1)), family.name, text.strip(), line)


def _synset_name(text: str) -> str:
    """A synset's name without its "&" and the trailing "_" some definitions carry (&PREPOSIT1_)."""
    return text.strip().lstrip("&").rstrip("_").upper()


def _elements(part: str, towards_verb: str) -> list[Element]:
    """The elements of one side of a pattern. `joined` is set on an element that must touch
    its neighbour on the verb side: for the words after the verb, the separator before it;
    for the words before, the separator after it ("_" joins, whitespace allows a gap)."""
    pieces = re.findall(r"[^\s_]+|[_\s]+", part)
    out: list[Element] = []
    for i, piece in enumerate(pieces):
        if re.fullmatch(r"[_\s]+", piece):
            continue
        sep = pieces[i - 1] if towards_verb == "before" and i > 0 else pieces[i + 1] if towards_verb == "after" and i + 1 < len(pieces) else ""
        joined = "_" in sep
        if piece in ("$", "+", "%", "^"):
            out.append(Element({"$": "source", "+": "target", "%": "compound", "^": "skip"}[piece], joined=joined))
        elif piece.startswith("&"):
            out.append(Element("synset", _synset_name(piece[1:]), joined=joined))
        else:
            out.append(Element("word", piece.lower(), False, joined))
    return out


def read_verb_dictionary(path: str | Path) -> VerbDictionary:
    """Read a PETRARCH verb dictionary (TABARI-style `PETR.Validate.verbs.txt` or `CAMEO.2.0.txt`)."""
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    families: list[VerbFamily] = []
    raw_synsets: dict[str, list[str]] = {}
    forms: dict[str, list[VerbEntry]] = {}
    warnings: list[str] = []
    family: VerbFamily | None = None
    synset: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw.lstrip().startswith("#"):
            continue
        line = _clean(raw)
        stripped = line.strip()
        if not stripped:
            synset = None
            continue
        if stripped.startswith("<"):
            continue
        header = _HEADER.match(stripped)
        if header:
            synset = None
            inner = header.group(1)
            codes = _CODE.findall(inner)
            name = _CODE.sub(" ", inner).strip()
            family = VerbFamily(name, _code(codes[0]) if codes else None)
            families.append(family)
            continue
        if stripped.startswith("&"):
            synset = _synset_name(stripped[1:].split()[0])
            raw_synsets[synset] = []
            continue
        if synset is not None and stripped.startswith("+"):
            raw_synsets[synset].append(stripped[1:].strip())
            continue
        synset = None
        if family is None:
            continue
        if stripped.startswith("-"):
            pattern = _parse_pattern(stripped, family, number, warnings)
            if pattern is not None:
                family.patterns.append(pattern)
        else:
            _parse_verb_line(stripped, family, forms)
    synsets = {name: _expand(name, raw_synsets, set()) for name in raw_synsets}
    return VerbDictionary(families, synsets, forms, warnings)


def _expand(name: str, raw: dict[str, list[str]], seen: set[str]) -> list[tuple[str, ...]]:
    """A synset's members as word tuples, nested synsets expanded ("&TIETYPES" inside "&ACCORDSYN")."""
    if name in seen:
        return []
    seen = seen | {name}
    out: list[tuple[str, ...]] = []
    for member in raw.get(name, []):
        member = member.strip()
        if member.startswith("&"):
            out.extend(_expand(_synset_name(member[1:].split()[0]), raw, seen))
        else:
            words = tuple(w.lower() for w in re.split(r"[_\s]+", member) if w)
            if words:
                out.append(words)
    return out


# --------------------------------------------------------------------------- to an EventLexicon


def coding_for(code: str | None, source: str = "petrarch") -> Coding | None:
    if not code:
        return None
    first = code.split(":")[0]
    return Coding(plover_type(first), None, first, source)


def to_event_lexicon(dictionary: VerbDictionary, base: EventLexicon | None = None) -> EventLexicon:
    """An EventLexicon whose verbs are the dictionary's (lemma -> family code, with its PLOVER
    type) and whose particles are its phrasal verbs and its "* PREP" patterns; status cues,
    speech verbs, modes and Goldstein scores come from `base` (the built-in lexicon)."""
    base = base or default_lexicon()
    verbs = {lemma: coding_for(code) for lemma, code in dictionary.lemma_codes().items()}
    particles: dict[tuple[str, str], Coding] = {}
    for family in dictionary.families:
        for verb in family.verbs:
            if verb.after and not verb.before and verb.code:
                particles.setdefault((verb.word, verb.after[0]), coding_for(verb.code, "particle"))
        for pattern in family.patterns:
            if not pattern.before and len(pattern.after) == 1 and pattern.after[0].kind == "word" and pattern.code:
                for verb in family.verbs:
                    particles.setdefault((verb.word, pattern.after[0].value), coding_for(pattern.code, "particle"))
    # The imported verbs replace our triggers; cues, modes and scores stay ours.
    return dataclasses.replace(base, verbs={k: v for k, v in verbs.items() if v is not None}, nouns={}, particles=particles, phrases={})


# --------------------------------------------------------------------------- the coder


def _events_module():
    from ..stages import events

    return events


@dataclass
class _Match:
    pattern: VerbPattern | None
    code: str | None
    sources: list = field(default_factory=list)  # actor mentions from "$" or "%"
    targets: list = field(default_factory=list)  # from "+" or "%"
    compound: bool = False


class PetrarchCoder:
    """Codes events PETRARCH's way on a spaCy parse: every verb of the dictionary, the most
    specific pattern of its family that matches, the subject's actors as sources and the
    first actors of the verb phrase as targets (or those the pattern's $ + % mark)."""

    def __init__(self, state: DocState, dictionary: VerbDictionary, lexicon: EventLexicon):
        events = _events_module()
        self.state = state
        self.doc = state.doc
        self.dictionary = dictionary
        self.lexicon = lexicon
        self.coder = events.EventCoder(state, lexicon)
        self.events = events
        self._families = {(e.family, id(e)): f for f in dictionary.families for e in f.verbs}
        self.mentions = sorted(state.actor_mentions or [], key=lambda m: m.start)
        self.mention_at: dict[int, object] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.mention_at.setdefault(i, m)

    # -- matching words ------------------------------------------------------------------------

    @staticmethod
    def _word_matches(word: str, exact: bool, token: Token) -> bool:
        # PETRARCH matches pattern words against the words as written: "EFFORT" is not
        # "efforts", "FOR" is not "foreign".
        return token.lower_ == word

    def _phrase_at(self, words: tuple[str, ...], i: int, lo: int, hi: int, forward: bool) -> int | None:
        """If the phrase `words` is at token i (starting there going forward, or ending there
        going backward), the index just past it in the direction of travel."""
        doc = self.doc
        n = len(words)
        if forward:
            if i + n > hi:
                return None
            return i + n if all(self._word_matches(w, False, doc[i + k]) for k, w in enumerate(words)) else None
        if i - n + 1 < lo:
            return None
        return i - n if all(self._word_matches(w, False, doc[i - n + 1 + k]) for k, w in enumerate(words)) else None

    def _element_at(self, e: Element, i: int, lo: int, hi: int, forward: bool) -> tuple[int, object | None] | None:
        """Whether element e matches at token i: (next position, actor mention or None)."""
        doc = self.doc
        if not lo <= i < hi:
            return None
        if e.kind == "word":
            return ((i + 1 if forward else i - 1), None) if self._word_matches(e.value, e.exact, doc[i]) else None
        if e.kind == "synset":
            for member in sorted(self.dictionary.synsets.get(e.value, []), key=len, reverse=True):
                end = self._phrase_at(member, i, lo, hi, forward)
                if end is not None:
                    return end, None
            return None
        if e.kind in ("source", "target", "compound"):
            m = self.mention_at.get(i)
            if m is None:
                return None
            return ((m.end if forward else m.start - 1), m)
        if e.kind == "skip":
            # A noun phrase: a run of determiners, modifiers and nouns.
            j = i
            step = 1 if forward else -1
            while lo <= j < hi and doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON") or (lo <= j < hi and doc[j].tag_ == "POS"):
                j += step
            return (j, None) if j != i else None
        return None

    def _match_side(self, elements: tuple[Element, ...], start: int, lo: int, hi: int, forward: bool) -> list | None:
        """Match elements in order from `start` (forward after the verb, or backward before
        it, the elements then nearest-first); a joined element must be at the very next
        position, others may skip tokens. The (marker, mention) pairs found, or None."""
        if not elements:
            return []
        e, rest = elements[0], elements[1:]
        positions = [start] if e.joined else (range(start, hi) if forward else range(start, lo - 1, -1))
        for i in positions:
            hit = self._element_at(e, i, lo, hi, forward)
            if hit is None:
                continue
            nxt, mention = hit
            tail = self._match_side(rest, nxt, lo, hi, forward)
            if tail is not None:
                return ([(e.kind, mention)] if mention is not None else []) + tail
        return None

    def match(self, verb: Token, entry: VerbEntry, family: VerbFamily, clause: tuple[int, int], verb_span: tuple[int, int]) -> _Match:
        lo, hi = clause
        best: _Match | None = None
        best_key = None
        for order, pattern in enumerate(family.patterns):
            found_after = self._match_side(pattern.after, verb_span[1], verb_span[1], hi, True)
            if found_after is None:
                continue
            # Nearest the verb first; "joined" on a word before means it touches the verb side.
            found_before = self._match_side(tuple(reversed(pattern.before)), verb_span[0] - 1, lo, verb_span[0], False)
            if found_before is None:
                continue
            key = (pattern.specificity, -order)
            if best_key is None or key > best_key:
                marks = found_before + found_after
                best = _Match(pattern, pattern.code,
                              [m for k, m in marks if k in ("source",)],
                              [m for k, m in marks if k in ("target",)],
                              any(k == "compound" for k, _ in marks))
                if best.compound:
                    both = [m for k, m in marks if k == "compound"]
                    best.sources = best.sources or both
                best_key = key
        if best is not None:
            return best
        return _Match(None, entry.code)

    # -- the verbs of a sentence ------------------------------------------------------------------

    def _entries(self, token: Token) -> list[tuple[VerbEntry, VerbFamily, tuple[int, int]]]:
        """The dictionary entries a verb token can be, with the tokens each covers; a
        multi-word verb ("wire tapped", "broke down") only when its other words are there."""
        doc = self.doc
        out = []
        for entry in self.dictionary.entries(token):
            start, end = token.i, token.i + 1
            ok = True
            for k, w in enumerate(entry.after):
                j = end
                if j < len(doc) and self._word_matches(w, True, doc[j]):
                    end = j + 1
                    continue
                # A particle after the object ("set it up"): a particle child of the verb.
                near = [c for c in token.children if c.dep_ == "prt" and self._word_matches(w, True, c)]
                if k == len(entry.after) - 1 and near:
                    continue
                ok = False
                break
            for k, w in enumerate(reversed(entry.before)):
                j = token.i - 1 - k
                if j >= 0 and self._word_matches(w, True, doc[j]):
                    start = j
                else:
                    ok = False
                    break
            if ok:
                family = self._families[entry.family, id(entry)]
                out.append((entry, family, (start, end)))
        # Longer verbs first ("break down" before "break").
        out.sort(key=lambda x: -(len(x[0].before) + len(x[0].after)))
        return out

    def _is_verb(self, token: Token) -> bool:
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            return token.dep_ != "amod"
        return False

    def code(self) -> list:
        from ..stages.events import unique_numbered

        sentences = self.state.sentences or list(self.doc.sents)

        def candidates():
            for index, sentence in enumerate(sentences):
                for token in sentence:
                    entries = self._entries(token) if self._is_verb(token) else None
                    if entries:
                        yield from self._code_verb(token, entries, index, sentence)

        return unique_numbered(
            candidates(), self.state.document.id,
            key=lambda e: (e.actor and e.actor.code, e.recipient and e.recipient.code, e.cameo, e.trigger.span))

    def _code_verb(self, verb: Token, candidates, index: int, sentence) -> list:
        # The most specific pattern of any family the verb can belong to; without one, the
        # code of the longest verb entry that has a code.
        best = None
        for rank, (entry, family, span) in enumerate(candidates):
            match = self.match(verb, entry, family, (sentence.start, sentence.end), span)
            key = (match.pattern is not None, match.pattern.specificity if match.pattern else 0, -rank)
            if best is None or key > best[0]:
                best = (key, match, entry, family)
        _, match, entry, family = best
        if match.pattern is None:
            coded = next(((e, f) for e, f, _ in candidates if e.code), None)
            if coded is None:
                return []
            entry, family = coded
        code = match.code if match.pattern is not None else entry.code
        if not code:
            return []
        sources = match.sources or self._sources(verb, index)
        targets = match.targets or self._targets(verb, index, sources)
        if match.compound and len(sources) < 2:
            sources = self._sources(verb, index)
        if (match.compound or not targets) and len(sources) >= 2 and not match.targets:
            # A compound subject acting among itself: "Gondor and Osgiliath have delayed their meeting".
            pairs = [(a, b) for a in sources for b in sources if a is not b and a.code != b.code]
        else:
            pairs = [(a, b) for a in sources for b in targets if a.code != b.code or a.start != b.start]
        if not pairs:
            return []
        events = self.events
        first, _, second = code.partition(":")
        out = []
        status = "occurred"
        for source, target in pairs:
            for c, (a, b) in ((first, (source, target)), (second, (target, source))):
                if not c:
                    continue
                coding = coding_for(c, "petrarch")
                rule_found = events.Found(verb, coding, "verb")
                event = self.coder._event(rule_found, coding, sentence, events.Participant(a, "petrarch-source"),
                                          events.Participant(b, "petrarch-target"), status, None, None, None)
                pattern = match.pattern.text if match.pattern is not None else f"{family.name} [{entry.code}]"
                event.rule = f"petrarch.{entry.word}:{pattern}"
                out.append(event)
        return out

    # -- participants ---------------------------------------------------------------------------

    def _mentions(self, token: Token, index: int) -> list:
        """The actors a noun phrase names: the coded mention at its head or in it; conjuncts
        too ("Gondor and Arnor", "Eriadori and Calenardhon leaders")."""
        out = []
        left = range(token.left_edge.i, token.i)
        if token.pos_ != "PRON" and any(self.doc[i].dep_ in ("cc", "conj") for i in left):
            # A coordination the parser hung before the head ("Arnor, Calenardhon and the evil
            # awful Gondor" with Arnor as a modifier of Gondor): every actor named there.
            for i in [*left, token.i]:
                m = self.mention_at.get(i)
                if m is not None and m.code and m not in out and self.doc[m.head].dep_ in ("conj", "nmod", "compound", "appos", "nsubj", "nsubjpass", "dobj", "pobj"):
                    out.append(m)
        for head in [token, *token.conjuncts]:
            m = self._mention_in(head, index)
            if m is None:
                continue
            for mm in [m, *self._coordinated(m)]:
                if mm not in out:
                    out.append(mm)
        return out

    def _coordinated(self, m) -> list:
        """Mentions coordinated with a mention inside a noun phrase ("Eriadori and Calenardhon leaders")."""
        head = self.doc[m.head]
        out = []
        for conj in head.conjuncts:
            mm = self.mention_at.get(conj.i)
            if mm is not None and mm.code and mm is not m:
                out.append(mm)
        return out

    def _mention_in(self, head: Token, index: int):
        """The actor of a noun phrase, PETRARCH's way: the most specific coded mention in the
        phrase up to its head ("Bree Prime Minister Romendacil" is BREGOV, not BRE), else the
        first coded mention after it (not inside a clause), else the pronoun's antecedent."""
        if head.pos_ == "PRON":
            m = self.coder._resolve(head, index)
            return m if m is not None and getattr(m, "code", None) else None
        left = head.left_edge.i
        inside = []
        for i in range(left, head.i + 1):
            m = self.mention_at.get(i)
            if m is not None and m.code and m not in inside:
                inside.append(m)
        if inside:
            return max(inside, key=lambda m: (len(m.code), m.end))
        m = self.coder._resolve(head, index)
        if m is not None and getattr(m, "code", None):
            return m
        for t in sorted(head.subtree, key=lambda t: t.i):
            if t.i <= head.i:
                continue
            if t.dep_ in ("relcl", "acl", "appos", "advcl", "ccomp"):
                break
            mm = self.mention_at.get(t.i)
            if mm is not None and mm.code:
                return mm
        return None

    def _subject(self, verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
        """(subject tokens, passive) of a verb; a verb without one takes it from the verb it
        completes ("is about to restore"), is coordinated with, or the noun of its relative clause."""
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj", "expl"):
                if child.dep_ == "expl":
                    continue
                return [child], False
            if child.dep_ in ("nsubjpass", "csubjpass"):
                return [child], True
        head = verb.head
        if head.i == verb.i or depth > 6:
            return [], False
        if verb.dep_ == "xcomp":
            objects = [c for c in head.children if c.dep_ in ("dobj", "obj")]
            if objects and head.pos_ in ("VERB", "AUX"):
                return objects, False
            tokens, _ = self._subject(head, depth + 1)
            return tokens, False
        if verb.dep_ in ("acomp", "conj"):
            tokens, passive = self._subject(head, depth + 1)
            return tokens, passive and not any(c.dep_ == "auxpass" for c in verb.children) if verb.dep_ == "conj" else False
        if verb.dep_ == "relcl":
            return [head], False
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            tokens, _ = self._subject(head.head, depth + 1)
            return tokens, False
        if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VB"):
            tokens, _ = self._subject(head, depth + 1)
            return tokens, False
        return [], False

    def _sources(self, verb: Token, index: int) -> list:
        subjects, passive = self._subject(verb)
        if passive:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            objs = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
            return [m for o in objs for m in self._mentions(o, index)]
        return [m for s in subjects for m in self._mentions(s, index)]

    def _targets(self, verb: Token, index: int, sources: list) -> list:
        subjects, passive = self._subject(verb)
        if passive:
            return [m for s in subjects for m in self._mentions(s, index)]
        for child in sorted(verb.children, key=lambda c: c.i):
            if child.i < verb.i:
                continue
            if child.dep_ in ("dobj", "obj", "dative", "attr", "oprd"):
                found = self._mentions(child, index)
                if found:
                    return found
            if child.dep_ == "prep":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    found = self._mentions(pobj, index)
                    if found:
                        return found
        # An actor inside the object's phrases ("ties with Gondor").
        # Else, as PETRARCH does, the first actor in the verb phrase.
        for child in sorted(verb.children, key=lambda c: c.i):
            if child.i > verb.i and child.dep_ not in ("punct", "cc", "conj", "nsubj", "nsubjpass"):
                for t in sorted(child.subtree, key=lambda t: t.i):
                    m = self.mention_at.get(t.i)
                    if m is not None and m.code and m not in sources:
                        return [m, *(c for c in self._coordinated(m) if c not in sources)]
        return []


class PetrarchEvents(Stage):
    """Events coded through a PETRARCH verb dictionary (a drop-in for the `events` stage)."""

    name = "events"
    requires = ("parse", "sentences", "actor_mentions", "actor_index")
    uses = ("published", "timexes", "place_mentions")
    adds = ("record.events",)

    def __init__(self, dictionary: VerbDictionary, lexicon: EventLexicon | None = None):
        self.dictionary = dictionary
        self.lexicon = lexicon or to_event_lexicon(dictionary)

    def __call__(self, state: DocState) -> None:
        state.record.events = PetrarchCoder(state, self.dictionary, self.lexicon).code()


__all__ = ["VerbDictionary", "VerbFamily", "VerbPattern", "VerbEntry", "Element", "read_verb_dictionary",
           "to_event_lexicon", "plover_type", "PetrarchEvents", "PetrarchCoder"]
