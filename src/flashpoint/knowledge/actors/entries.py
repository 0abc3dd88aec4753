"""What an actor dictionary is made of: entries (states, IGOs, groups, people) with their
surface forms, sector terms, discards, and what a lookup finds (`ActorMatch`); and the
spelling rules phrases are compared by (`normalize`, `form_variants`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .codes import DatedCode, choose_code, country_of, sector_of


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


def case_matches(form: Form, text: str) -> bool:
    """Whether `text` is written in the case the form asks for (see `Form.case`)."""
    if form.case == "exact":
        return text.replace(" ", "") == form.text.replace(" ", "")
    if form.case == "upper":
        letters = [c for c in text if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters)
    if form.case == "name":
        return any(word[:1].isupper() for word in re.findall(r"[^\W\d_]+", text))
    return True



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
