"""`ActorDictionary`: actor entries, sector terms and discards, looked up by phrase.

Built from the built-in `actors.yaml` (`ActorDictionary.builtin()`, loaded once per process),
from another file in that format (`from_yaml`, read in `yaml_format`), or from PETRARCH/TABARI/
Phoenix files (`from_petrarch`, read in `petrarch`). `merge` combines dictionaries: for a
phrase both know, the earlier dictionary wins.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from .codes import builtin_data, country_of, sector_of
from .entries import ActorEntry, ActorMatch, Discard, Form, SectorTerm, case_matches, form_variants, normalize
from .petrarch import read_petrarch_actors, read_petrarch_agents, read_petrarch_discards
from .yaml_format import yaml_entries, yaml_sector_terms

KINDS = ("state", "igo", "group", "person", "block")


class _Merge:
    """`ActorDictionary.merge(a, b, ...)` and `a.merge(b, ...)` both work."""

    def __get__(self, obj, owner):
        if obj is None:
            return lambda *dictionaries: owner._merged(dictionaries)
        return lambda *dictionaries: owner._merged((obj, *dictionaries))


class ActorDictionary:
    """Actor entries, sector terms and discards; see the package docstring of `flashpoint.knowledge.actors`."""

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
        modifiers = data.get("role_modifiers") or {}
        return cls(yaml_entries(data, label), yaml_sector_terms(data, label), (), role_modifiers=modifiers.get("current") or (),
                   former_modifiers=modifiers.get("former") or (), name=label)

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
            entries.extend(read_petrarch_actors(Path(path), warnings))
        terms: list[SectorTerm] = []
        for path in _as_list(agents):
            terms.extend(read_petrarch_agents(Path(path), warnings))
        found: list[Discard] = []
        for path in _as_list(discards):
            found.extend(read_petrarch_discards(Path(path)))
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
            if not case_matches(form, text):
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



def _as_list(paths: Iterable[str | Path] | str | Path) -> list[str | Path]:
    if isinstance(paths, (str, Path)):
        return [paths]
    return list(paths)


@functools.lru_cache(maxsize=1)
def _builtin() -> ActorDictionary:
    return ActorDictionary.from_yaml(builtin_data(), name="builtin")


def builtin_dictionary() -> ActorDictionary:
    """The built-in dictionary (loaded once, then cached)."""
    return _builtin()
