"""PETRARCH/TABARI verb dictionaries: an importer, and their CAMEO codes as PLOVER types.

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
general event coder. The stage that codes events the way PETRARCH does, with the patterns
applied to the dependency parse, is `flashpoint.stages.petrarch.PetrarchEvents`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Token

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
    """The coding of a PETRARCH code (its first event for an "A:B" pair), typed by `plover_type`."""
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


__all__ = ["VerbDictionary", "VerbFamily", "VerbPattern", "VerbEntry", "Element", "read_verb_dictionary",
           "to_event_lexicon", "coding_for", "plover_type"]
