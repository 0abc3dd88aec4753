"""Actor dictionaries: the built-in one (`actors.yaml`) and importers for PETRARCH/Phoenix.

An `ActorDictionary` holds

- entries: states, IGOs, armed groups, people, each with the surface forms that name them
  (names, aliases, demonyms, capitals used as metonyms, institutions such as "White House"
  that name the state in one sector) and one or more CAMEO-style codes, possibly bounded in
  time (`DatedCode`): the code valid on a document's date is the one used;
- sector terms: words that turn a country into a coded actor ("military" -> MIL,
  "foreign ministry" -> GOV), some of them titles of people ("Foreign Minister");
- discards: phrases whose presence means a sentence (or a whole story) is not coded, as in
  PETRARCH.

`ActorDictionary.builtin()` loads `actors.yaml` once per process. Users bring their own
dictionaries with `ActorDictionary.from_petrarch(actors=[...], agents=[...], discards=[...])`
and combine them with `ActorDictionary.merge(theirs, ActorDictionary.builtin())`: for a
phrase both know, the earlier dictionary wins.

The PETRARCH/TABARI formats read here:

- actors files: a line starting a new entry holds its name (words joined by `_` or spaces),
  optionally followed by codes in brackets; `+NAME` lines add synonyms; lines starting with
  `[` add codes. A code may be bounded in time: `[USAGOV >20090120]` (from that day on),
  `[HOB <950601]` (before that day), `[HOBGOV 20121109-20130119]` (from the first day, until
  the second). Dates are YYYYMMDD or YYMMDD (YY up to 30 is 20YY). Several codes may follow
  one name on one line. `[---]` means "recognised, not coded".
- agents files: `PHRASE {PLURAL} [~CODE]`; the code is appended to the actor's code
  (`~GOV`) or, written `NGO~`, put before it. Regular plurals are formed unless `{}` says
  there is none or `{FORMS}` gives them. `!MARKER! = A, B` defines substitutions used as
  `CONGRESS!PERSON!`.
- discards files: one phrase a line; `+PHRASE` discards the whole story, otherwise the
  sentence.

Comments: `#` to the end of the line, lines starting with `<!`, and `<!-- ... -->` blocks.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

BUILTIN_PATH = Path(__file__).with_name("actors.yaml")

KINDS = ("state", "igo", "group", "person", "block")


# --------------------------------------------------------------------------- codes


@dataclass(frozen=True)
class DatedCode:
    """A code, valid from `start` (inclusive) until `end` (exclusive); None bounds are open."""

    code: str | None
    start: date | None = None
    end: date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def applies(self, on: date) -> bool:
        return (self.start is None or on >= self.start) and (self.end is None or on < self.end)


def choose_code(codes: Sequence[DatedCode], on: date | None = None) -> str | None:
    """The code valid on `on`: the first dated code whose period contains it, else the first
    undated (default) code. Without a date: the default, else the code of the latest open-ended
    period (the current one), else the last listed."""
    if on is not None:
        for code in codes:
            if code.dated and code.applies(on):
                return code.code
    for code in codes:
        if not code.dated:
            return code.code
    if on is None and codes:
        current = [c for c in codes if c.end is None]
        if current:
            return max(current, key=lambda c: c.start or date.min).code
        return codes[-1].code
    return None


@functools.lru_cache(maxsize=1)
def _builtin_raw() -> dict:
    with open(BUILTIN_PATH, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@functools.lru_cache(maxsize=1)
def iso3_codes() -> frozenset[str]:
    """The state codes of the built-in dictionary (ISO 3166-1 alpha-3, plus XKX and SUN)."""
    return frozenset(state["code"] for state in _builtin_raw()["states"])


@functools.lru_cache(maxsize=None)
def state_name(code: str | None) -> str | None:
    """The built-in dictionary's name of the state with this ISO-3 code ("IRQ" -> "Iraq")."""
    return next((state["name"] for state in _builtin_raw()["states"] if state["code"] == code), None)


@functools.lru_cache(maxsize=1)
def sector_codes() -> frozenset[str]:
    return frozenset(_builtin_raw()["sectors"])


# First three letters of CAMEO codes that are not countries: international and
# transnational actors (IGO, NGO, NGM, IMG, MNC, INT, UIS) and bare sectors (REB, GOV...).
NON_COUNTRY_PREFIXES = frozenset({"IGO", "NGO", "NGM", "IMG", "MNC", "INT", "UIS", "UNO"})


def country_of(code: str | None) -> str | None:
    """The country a CAMEO-style code starts with: an ISO-3 code, or (in imported
    dictionaries) another three-letter CAMEO country code such as UAR; None for IGOs,
    NGOs, transnational groups and bare sectors."""
    if not code or len(code) < 3:
        return None
    prefix = code[:3]
    if prefix in iso3_codes():
        return prefix
    if prefix.isalpha() and prefix.isupper() and prefix not in NON_COUNTRY_PREFIXES and prefix not in sector_codes():
        return prefix
    return None


def sector_of(code: str | None) -> str | None:
    """The three-letter sector a code carries: IRNMIL -> MIL, REB -> REB, IGOUNO -> None."""
    if not code:
        return None
    if country_of(code):
        return code[3:6] or None
    if code[:3] in sector_codes():
        return code[:3]
    return None


# --------------------------------------------------------------------------- entries


@dataclass(frozen=True)
class Form:
    """One surface form of an entry.

    case: "name" (matched case-insensitively, but must be capitalised in the text),
    "exact" (case-sensitive: US, IS, LeT), "upper" (all capitals in the text: imported short
    forms whose original case is unknown), "any".
    how: "dictionary", "demonym", "capital".
    sector: for institutions that name the state in one sector ("White House" -> GOV).
    short: only counts after the entry's full name has appeared in the same document.
    """

    text: str
    how: str = "dictionary"
    case: str = "name"
    sector: str | None = None
    short: bool = False


@dataclass
class ActorEntry:
    id: str
    name: str
    kind: str
    codes: tuple[DatedCode, ...] = ()
    country: str | None = None
    forms: list[Form] = field(default_factory=list)
    source: str = "builtin"
    note: str | None = None

    def code_on(self, on: date | None = None) -> str | None:
        return choose_code(self.codes, on)

    def country_on(self, on: date | None = None) -> str | None:
        return self.country or country_of(self.code_on(on))

    def sector_on(self, on: date | None = None) -> str | None:
        return sector_of(self.code_on(on))


@dataclass(frozen=True)
class SectorTerm:
    """A word or phrase naming a sector; `code` is what it adds to an actor's code."""

    text: str
    sector: str
    code: str
    label: str
    title: bool = False  # a role of one person ("Foreign Minister"), may introduce a name
    prefix: bool = False  # PETRARCH "NGO~": the code goes before the actor's code
    source: str = "builtin"


@dataclass(frozen=True)
class Discard:
    text: str
    story: bool = False  # True: the whole story is not coded; False: the sentence


@dataclass(frozen=True)
class ActorMatch:
    """What `ActorDictionary.resolve` finds for a phrase."""

    name: str
    code: str | None
    country: str | None
    sector: str | None
    kind: str
    how: str
    entry: str | None  # the entry's id; None for sector terms


def normalize(text: str) -> str:
    """Lower case, straight apostrophes, single spaces: the key phrases are compared by."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.lower().split())


def _case_ok(form: Form, text: str) -> bool:
    if form.case == "exact":
        return text.replace(" ", "") == form.text.replace(" ", "")
    if form.case == "upper":
        letters = [c for c in text if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters)
    if form.case == "name":
        return any(word[:1].isupper() for word in re.findall(r"[^\W\d_]+", text))
    return True


class _Merge:
    """`ActorDictionary.merge(a, b, ...)` and `a.merge(b, ...)` both work."""

    def __get__(self, obj, owner):
        if obj is None:
            return lambda *dictionaries: owner._merged(dictionaries)
        return lambda *dictionaries: owner._merged((obj, *dictionaries))


class ActorDictionary:
    """Actor entries, sector terms and discards; see the module docstring."""

    merge = _Merge()

    def __init__(
        self,
        entries: Iterable[ActorEntry] = (),
        sectors: Iterable[SectorTerm] = (),
        discards: Iterable[Discard] = (),
        *,
        role_modifiers: Iterable[str] = (),
        former_modifiers: Iterable[str] = (),
        name: str = "custom",
        warnings: Iterable[str] = (),
    ):
        self.entries: list[ActorEntry] = list(entries)
        self.sectors: list[SectorTerm] = list(sectors)
        self.discards: list[Discard] = list(discards)
        self.role_modifiers: frozenset[str] = frozenset(normalize(m) for m in role_modifiers)
        self.former_modifiers: frozenset[str] = frozenset(normalize(m) for m in former_modifiers)
        self.name = name
        self.warnings: list[str] = list(warnings)  # lines an importer could not read
        self._index: dict[str, list[tuple[ActorEntry, Form]]] | None = None
        self._sector_index: dict[str, SectorTerm] | None = None

    def __repr__(self) -> str:
        stats = self.stats()
        return f"<ActorDictionary {self.name}: " + ", ".join(f"{k} {v}" for k, v in stats.items()) + ">"

    def __len__(self) -> int:
        return len(self.entries)

    # ---------------------------------------------------------------- building

    @classmethod
    def builtin(cls) -> ActorDictionary:
        """The dictionary in `actors.yaml`, loaded once per process."""
        return _builtin()

    @classmethod
    def from_yaml(cls, source: str | Path | Mapping[str, Any], *, name: str | None = None) -> ActorDictionary:
        """A dictionary in the format of `actors.yaml` (a path or an already loaded mapping)."""
        if isinstance(source, Mapping):
            data, label = source, name or "yaml"
        else:
            with open(source, encoding="utf-8") as handle:
                data = yaml.safe_load(handle)
            label = name or Path(source).name
        return _from_mapping(data, label)

    @classmethod
    def from_petrarch(
        cls,
        actors: Iterable[str | Path] = (),
        agents: Iterable[str | Path] = (),
        discards: Iterable[str | Path] = (),
        *,
        name: str = "petrarch",
    ) -> ActorDictionary:
        """Import PETRARCH/TABARI/Phoenix `.actors`, `.agents` and `.discards` files."""
        warnings: list[str] = []
        entries: list[ActorEntry] = []
        for path in _as_list(actors):
            entries.extend(_read_petrarch_actors(Path(path), warnings))
        terms: list[SectorTerm] = []
        for path in _as_list(agents):
            terms.extend(_read_petrarch_agents(Path(path), warnings))
        found: list[Discard] = []
        for path in _as_list(discards):
            found.extend(_read_petrarch_discards(Path(path)))
        return cls(entries, terms, found, name=name, warnings=warnings)

    @classmethod
    def _merged(cls, dictionaries: Sequence[ActorDictionary]) -> ActorDictionary:
        entries, sectors, discards, modifiers, former, warnings = [], [], [], set(), set(), []
        for d in dictionaries:
            entries += d.entries
            sectors += d.sectors
            discards += d.discards
            modifiers |= d.role_modifiers
            former |= d.former_modifiers
            warnings += d.warnings
        return cls(entries, sectors, discards, role_modifiers=modifiers, former_modifiers=former,
                   name="+".join(d.name for d in dictionaries), warnings=warnings)

    # ---------------------------------------------------------------- lookups

    def stats(self) -> dict[str, int]:
        counts = {kind: 0 for kind in KINDS}
        for entry in self.entries:
            counts[entry.kind] = counts.get(entry.kind, 0) + 1
        counts["forms"] = sum(len(e.forms) for e in self.entries)
        counts["sector_terms"] = len(self.sectors)
        counts["discards"] = len(self.discards)
        return counts

    def _forms_index(self) -> dict[str, list[tuple[ActorEntry, Form]]]:
        if self._index is None:
            index: dict[str, list[tuple[ActorEntry, Form]]] = {}
            for entry in self.entries:
                for form in entry.forms:
                    for variant in form_variants(form.text):
                        index.setdefault(normalize(variant), []).append((entry, form))
            self._index = index
        return self._index

    def sector_term(self, text: str) -> SectorTerm | None:
        if self._sector_index is None:
            self._sector_index = {}
            for term in self.sectors:
                self._sector_index.setdefault(normalize(term.text), term)
        return self._sector_index.get(normalize(text))

    def candidates(self, text: str) -> list[tuple[ActorEntry, Form]]:
        """Entries with a form spelled like `text` (ignoring case), in precedence order."""
        return list(self._forms_index().get(normalize(text), ()))

    def resolve(self, text: str, on: date | None = None) -> ActorMatch | None:
        """The actor a phrase names on a date, as the dictionary alone says: "Islamabad" ->
        Pakistan (PAK), "Pakistani" -> PAK, "Sam Gamgee" -> the code valid on `on`.
        Case rules apply ("us" is not the United States). A sector term alone resolves to
        its sector code."""
        for entry, form in self.candidates(text):
            if not _case_ok(form, text):
                continue
            if entry.kind == "block":
                return None
            code = entry.code_on(on)
            if code is None:
                return None
            if form.sector and len(code) == 3:
                code += form.sector
            return ActorMatch(entry.name, code, entry.country or country_of(code), sector_of(code), entry.kind, form.how, entry.id)
        term = self.sector_term(text)
        if term is not None:
            return ActorMatch(term.label, term.code, None, term.sector, "sector", "sector", None)
        return None


def form_variants(text: str) -> list[str]:
    """Spellings a form also matches: curly/straight apostrophes, and "al-Adl" as "al Adl"."""
    variants = [text]
    if "\u2019" in text:
        variants.append(text.replace("\u2019", "'"))
    if "'" in text:
        variants.append(text.replace("'", "\u2019"))
    for v in list(variants):
        if re.search(r"[^\W\d_]-[^\W\d_]", v):
            variants.append(re.sub(r"(?<=[^\W\d_])-(?=[^\W\d_])", " ", v))
    return list(dict.fromkeys(variants))


def _as_list(paths: Iterable[str | Path] | str | Path) -> list[str | Path]:
    if isinstance(paths, (str, Path)):
        return [paths]
    return list(paths)


# --------------------------------------------------------------------------- built-in YAML


@functools.lru_cache(maxsize=1)
def _builtin() -> ActorDictionary:
    return _from_mapping(_builtin_raw(), "builtin")


def builtin_dictionary() -> ActorDictionary:
    """The built-in dictionary (loaded once, then cached)."""
    return _builtin()


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize(text)).strip("-")


def _parse_day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _yaml_codes(item: Mapping[str, Any]) -> tuple[DatedCode, ...]:
    if "codes" in item:
        return tuple(DatedCode(c.get("code"), _parse_day(c.get("from")), _parse_day(c.get("until"))) for c in item["codes"])
    if "code" in item:
        return (DatedCode(item["code"]),)
    return ()


def _name_case(text: str) -> str:
    """Short all-capital or mixed-case abbreviations are matched exactly, the rest as names."""
    if " " not in text and len(text) <= 5 and re.fullmatch(r"[A-Za-z&]+[0-9]?", text) and sum(c.isupper() for c in text) >= 2:
        return "exact"
    return "name"


def _from_mapping(data: Mapping[str, Any], label: str) -> ActorDictionary:
    entries: list[ActorEntry] = []

    def forms(item: Mapping[str, Any], keys: Sequence[str], how: str = "dictionary", case: str | None = None, short: bool = False) -> list[Form]:
        out = []
        for key in keys:
            for text in item.get(key) or ():
                text = str(text)
                out.append(Form(text, how=how, case=case or _name_case(text), short=short))
        return out

    for state in data.get("states") or ():
        code = state["code"]
        fs = [Form(state["name"], case=_name_case(state["name"]))]
        fs += forms(state, ["names"])
        fs += forms(state, ["short"], case="exact")
        fs += forms(state, ["demonyms"], how="demonym")
        fs += forms(state, ["capitals"], how="capital")
        for sector, texts in (state.get("institutions") or {}).items():
            fs += [Form(str(t), case=_name_case(str(t)), sector=sector) for t in texts]
        entries.append(ActorEntry(f"state:{code}", state["name"], "state", (DatedCode(code),), code, fs, label))
    for item in data.get("igos") or ():
        kind = "group" if item.get("kind") == "ngo" else "igo"
        fs = [Form(item["name"], case=_name_case(item["name"]))] + forms(item, ["names"]) + forms(item, ["short"], case="exact")
        entries.append(ActorEntry(f"{kind}:{_slug(item['name'])}", item["name"], kind, _yaml_codes(item), item.get("country"), fs, label, item.get("note")))
    for item in data.get("groups") or ():
        fs = [Form(item["name"], case=_name_case(item["name"]))] + forms(item, ["aliases", "former"]) + forms(item, ["acronyms"], case="exact")
        fs += forms(item, ["short"], short=True)
        entries.append(ActorEntry(f"group:{_slug(item['name'])}", item["name"], "group", _yaml_codes(item), item.get("country"), fs, label, item.get("note")))
    for item in data.get("people") or ():
        fs = [Form(item["name"])] + forms(item, ["aliases"])
        entries.append(ActorEntry(f"person:{_slug(item['name'])}", item["name"], "person", _yaml_codes(item), item.get("country"), fs, label, item.get("note")))
    for text in data.get("not_actors") or ():
        entries.append(ActorEntry(f"block:{_slug(str(text))}", str(text), "block", (), None, [Form(str(text), case="any")], label))

    terms: list[SectorTerm] = []
    for sector, spec in (data.get("sectors") or {}).items():
        spec = spec or {}
        sector_label = spec.get("label", sector.lower())
        for key, title in (("terms", False), ("titles", True)):
            for text in spec.get(key) or ():
                terms.append(SectorTerm(str(text), sector, sector, sector_label, title=title, source=label))
    modifiers = data.get("role_modifiers") or {}
    return ActorDictionary(entries, terms, (), role_modifiers=modifiers.get("current") or (), former_modifiers=modifiers.get("former") or (), name=label)


# --------------------------------------------------------------------------- PETRARCH


_COMMENT_BLOCK = re.compile(r"<!--.*?-->", re.S)
_BRACKET = re.compile(r"\[([^\]]*)\]")


def _petrarch_lines(path: Path) -> list[tuple[int, str]]:
    """(line number, content) of the non-comment lines of a PETRARCH dictionary file."""
    text = path.read_text(encoding="utf-8", errors="replace")
    # Blank out comment blocks but keep their newlines, so line numbers stay right.
    text = _COMMENT_BLOCK.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith("<!"):
            continue
        line = line.split("#", 1)[0]
        if line.strip():
            out.append((number, line.rstrip()))
    return out


def _petrarch_date(text: str) -> date:
    """A date as PETRARCH reads it: up to 7 digits are YYMMDD (YY up to 30 is 20YY, and
    a stray seventh digit is ignored); 8 or more are YYYYMMDD, extra digits ignored."""
    digits = text.strip()
    if not digits.isdigit() or len(digits) < 6:
        raise ValueError(f"bad date {text!r}")
    if len(digits) >= 8:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    year = int(digits[:2])
    year += 2000 if year <= 30 else 1900
    return date(year, int(digits[2:4]), int(digits[4:6]))


def parse_petrarch_code(inner: str) -> DatedCode:
    """The inside of one bracket: `USAGOV`, `USAGOV >20090120`, `HOB <950601`,
    `HOBGOV 19950601 - 19990815`. Raises ValueError on a malformed date."""
    parts = inner.split(None, 1)
    if not parts:
        raise ValueError("empty code")
    code = parts[0].strip().upper()
    # Codes without letters ([---], [+++], [###]) mean "recognised, not coded".
    if not any(c.isalpha() for c in code):
        code_value: str | None = None
    else:
        code_value = code.split("/")[0]  # TABARI's FRO/BIL/SAM: several actors; keep the first
    if len(parts) == 1:
        return DatedCode(code_value)
    bound = parts[1].replace(" ", "")
    if bound.startswith("<"):
        return DatedCode(code_value, None, _petrarch_date(bound[1:]))
    if bound.startswith(">"):
        return DatedCode(code_value, _petrarch_date(bound[1:]), None)
    if "-" in bound:
        first, second = bound.split("-", 1)
        return DatedCode(code_value, _petrarch_date(first), _petrarch_date(second))
    return DatedCode(code_value, _petrarch_date(bound), None)


def _petrarch_phrases(raw: str) -> list[str]:
    """A PETRARCH name as phrases: `_` joins words, a trailing `_` is dropped, "(AAIA)" becomes
    its own phrase, a stray `+` separates two names."""
    raw = raw.strip().lstrip("+")
    phrases = []
    for piece in raw.split("+"):
        inner = re.findall(r"\(([^)]*)\)", piece)
        piece = re.sub(r"\([^)]*\)", " ", piece)
        for candidate in [piece, *inner]:
            text = " ".join(candidate.replace("_", " ").split())
            if text and any(c.isalnum() for c in text):
                phrases.append(text)
    return phrases


def _display_name(phrase: str) -> str:
    words = []
    for word in phrase.split():
        if "." in word or (len(word) <= 3 and word.isalpha() and len(phrase.split()) == 1):
            words.append(word)
        else:
            words.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(words)


def _petrarch_case(phrase: str) -> str:
    # The files are in capitals, so an abbreviation cannot be told from a word by case;
    # short single words (UN, US, IS) must be in capitals in the text too.
    if " " not in phrase and phrase.isalpha() and len(phrase) <= 3:
        return "upper"
    return "name"


def _petrarch_kind(codes: Sequence[DatedCode]) -> str:
    default = choose_code(codes)
    if default and default.startswith("IGO"):
        return "igo"
    if any(c.dated for c in codes):
        return "person"
    if default and len(default) == 3 and country_of(default) == default:
        return "state"
    return "group"


def _read_petrarch_actors(path: Path, warnings: list[str]) -> list[ActorEntry]:
    entries: list[ActorEntry] = []
    current: dict[str, Any] | None = None

    def codes_in(text: str, number: int) -> list[DatedCode]:
        found = []
        for inner in _BRACKET.findall(text):
            try:
                found.append(parse_petrarch_code(inner))
            except ValueError as exc:
                warnings.append(f"{path.name}:{number}: code [{inner.strip()}] skipped ({exc})")
        return found

    def flush() -> None:
        if current is None:
            return
        if not current["codes"]:
            warnings.append(f"{path.name}:{current['line']}: {current['phrases'][0] if current['phrases'] else '?'} has no code; skipped")
            return
        if not current["phrases"]:
            return
        codes = tuple(current["codes"])
        root = current["phrases"][0]
        entry_id = f"petrarch:{path.name}:{current['line']}"
        forms = [Form(p, case=_petrarch_case(p)) for p in dict.fromkeys(current["phrases"])]
        entries.append(ActorEntry(entry_id, _display_name(root), _petrarch_kind(codes), codes, None, forms, f"petrarch:{path.name}"))

    for number, line in _petrarch_lines(path):
        stripped = line.strip()
        if stripped.startswith("["):
            if current is None:
                warnings.append(f"{path.name}:{number}: code line before any actor; skipped")
                continue
            current["codes"] += codes_in(stripped, number)
        elif stripped.startswith("+"):
            if current is None:
                warnings.append(f"{path.name}:{number}: synonym before any actor; skipped")
                continue
            name_part = stripped.split("[", 1)[0]
            current["phrases"] += _petrarch_phrases(name_part)
            current["codes"] += codes_in(stripped[len(name_part):], number)
        else:
            flush()
            name_part = stripped.split("[", 1)[0]
            current = {"line": number, "phrases": _petrarch_phrases(name_part), "codes": codes_in(stripped[len(name_part):], number)}
    flush()
    return entries


def _plural(phrase: str) -> str:
    if phrase.endswith("Y") or phrase.endswith("y"):
        return phrase[:-1] + ("IES" if phrase.isupper() else "ies")
    if phrase[-1:] in "Ss":
        return phrase + ("ES" if phrase.isupper() else "es")
    return phrase + ("S" if phrase.isupper() else "s")


def _read_petrarch_agents(path: Path, warnings: list[str]) -> list[SectorTerm]:
    markers: dict[str, list[str]] = {}
    terms: list[SectorTerm] = []
    for number, line in _petrarch_lines(path):
        if "!" in line and "=" in line and "[" not in line:
            marker, _, values = line.partition("=")
            markers[marker.strip().strip("!")] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        if "[" not in line:
            warnings.append(f"{path.name}:{number}: agent without a code; skipped")
            continue
        phrase_part, _, rest = line.partition("[")
        raw_code = rest.split("]", 1)[0].strip().replace(" ", "")
        if not raw_code:
            warnings.append(f"{path.name}:{number}: empty agent code; skipped")
            continue
        prefix = raw_code.endswith("~") and not raw_code.startswith("~")
        code = raw_code.strip("~").upper()
        if not code:
            continue
        plurals: list[str] | None = None
        if "{" in phrase_part:
            inside = phrase_part[phrase_part.find("{") + 1: phrase_part.find("}")] if "}" in phrase_part else ""
            plurals = [p for p in inside.split() if p]
            phrase_part = phrase_part[: phrase_part.find("{")]
        phrase_part = phrase_part.strip()
        if not phrase_part:
            continue
        phrases: list[str] = []
        marker = re.search(r"!([^!]+)!", phrase_part)
        if marker:
            values = markers.get(marker.group(1))
            if values is None:
                warnings.append(f"{path.name}:{number}: substitution marker !{marker.group(1)}! is not defined; skipped")
                continue
            phrases = [phrase_part[: marker.start()] + v + phrase_part[marker.end():] for v in values]
        else:
            phrases = [phrase_part] + ([_plural(phrase_part.rstrip("_"))] if plurals is None else plurals)
        for phrase in phrases:
            text = " ".join(phrase.replace("_", " ").split())
            if text:
                label = text.lower()
                terms.append(SectorTerm(text.lower(), code[:3], code, label, title=True, prefix=prefix, source=f"petrarch:{path.name}"))
    return terms


def _read_petrarch_discards(path: Path) -> list[Discard]:
    out = []
    for _, line in _petrarch_lines(path):
        text = line.strip()
        story = text.startswith("+")
        text = " ".join(text.lstrip("+").replace("_", " ").split())
        if text:
            out.append(Discard(text.lower(), story))
    return out
