"""Importers of PETRARCH/TABARI/Phoenix dictionary files (`ActorDictionary.from_petrarch`).

The formats read here:

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
Lines an importer cannot read are skipped and described in `warnings`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from .codes import DatedCode, choose_code, country_of
from .entries import ActorEntry, Discard, Form, SectorTerm


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


def read_petrarch_actors(path: Path, warnings: list[str]) -> list[ActorEntry]:
    """The entries of an `.actors` file; lines it cannot read are described in `warnings`."""
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


def read_petrarch_agents(path: Path, warnings: list[str]) -> list[SectorTerm]:
    """The sector terms of an `.agents` file, plurals included; all are titles."""
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


def read_petrarch_discards(path: Path) -> list[Discard]:
    """The phrases of a `.discards` file, lower-cased."""
    out = []
    for _, line in _petrarch_lines(path):
        text = line.strip()
        story = text.startswith("+")
        text = " ".join(text.lstrip("+").replace("_", " ").split())
        if text:
            out.append(Discard(text.lower(), story))
    return out
