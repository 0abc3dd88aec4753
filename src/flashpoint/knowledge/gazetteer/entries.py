"""The gazetteer as the stages use it: `GeoEntry` (one place), `Match` (an entry found under
a name, and how the name is the entry's) and `Gazetteer` (name → candidate places), read from
the columns and the index the build writes."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .names import CODE, is_code, normalize, skeleton

KINDS = ("continent", "region", "country", "admin1", "admin2", "city")
CONTINENT, REGION, COUNTRY, ADMIN1, ADMIN2, CITY = range(6)


@dataclass(frozen=True, slots=True)
class GeoEntry:
    """One place of the gazetteer."""

    index: int  # position in the gazetteer
    kind: str  # continent, region, country, admin1, admin2, city
    name: str
    country_code: str | None  # ISO 3166-1 alpha-3
    admin1: str | None  # name of the first-level division it lies in (its own name for an admin1)
    admin1_index: int | None
    admin2_index: int | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int
    capital: bool  # capital of its country
    iso_code: str | None  # ISO 3166-2 code of a subdivision

    @property
    def precision(self) -> str:
        return {"city": "city", "admin2": "admin2", "admin1": "admin1", "country": "country"}.get(self.kind, "region")


@dataclass(frozen=True, slots=True)
class Match:
    """A gazetteer entry found under a name: `alternate` when the name is one of its alternate
    names rather than its own (main or English) name, `shortened` when it is its own name
    without its type word, article or connective ("Rapides" for "Rapides Parish"), and
    `prefixed` when the type word it lost came first ("Columbia" for "District of Columbia",
    "Buenos Aires" for "Provincia de Buenos Aires"): a division named so is rarely called by
    the bare name, which is more often another place's."""

    entry: GeoEntry
    alternate: bool
    shortened: bool = False
    prefixed: bool = False


class Gazetteer:
    """Name → candidate places. Build with `build()` or load with `get_gazetteer()`."""

    def __init__(self, data: dict):
        self._cols = data["columns"]
        self._index: dict[str, tuple[int, ...]] = data["index"]
        self._skeletons: dict[str, tuple[int, ...]] = data["skeletons"]
        self.demonyms: dict[str, tuple[str, str]] = data["demonyms"]  # key → ("country", ISO3) | ("name", place name)
        self.abbreviations: dict[str, int] = data["abbreviations"]  # key (dots kept) → admin1 entry
        self.countries: dict[str, int] = data["countries"]  # ISO3 → entry
        self.country_by_alpha2: dict[str, str] = data["alpha2"]
        self._entries: dict[int, GeoEntry] = {}
        self.size = len(self._cols["name"])

    # entries
    def entry(self, i: int) -> GeoEntry:
        found = self._entries.get(i)
        if found is None:
            c = self._cols
            a1 = c["admin1"][i]
            found = GeoEntry(
                index=i, kind=KINDS[c["kind"][i]], name=c["name"][i], country_code=c["country"][i] or None,
                admin1=c["name"][a1] if a1 >= 0 else None, admin1_index=a1 if a1 >= 0 else None,
                admin2_index=c["admin2"][i] if c["admin2"][i] >= 0 else None,
                lat=c["lat"][i] if not math.isnan(c["lat"][i]) else None, lon=c["lon"][i] if not math.isnan(c["lon"][i]) else None,
                geonameid=c["gid"][i] or None, population=c["pop"][i], capital=bool(c["capital"][i]), iso_code=c["iso"][i] or None,
            )
            self._entries[i] = found
        return found

    def country(self, iso3: str | None) -> GeoEntry | None:
        i = self.countries.get(iso3 or "")
        return self.entry(i) if i is not None else None

    # names
    def lookup(self, name: str) -> list[Match]:
        """Every entry known by `name` (folded: case, accents and dots do not matter, except that
        codes such as "UK" or "DRC" are only known in capitals)."""
        key = normalize(name)
        found = self.lookup_key(key)
        if is_code(name):
            seen = {m.entry.index for m in found}
            found += [m for m in self.lookup_key(CODE + key) if m.entry.index not in seen]
        return found

    def known(self, name: str) -> bool:
        """Whether `name` is in the gazetteer (as `lookup` reads it)."""
        key = normalize(name)
        return key in self._index or is_code(name) and CODE + key in self._index

    def lookup_key(self, key: str) -> list[Match]:
        return [Match(self.entry(p >> 2), (p & 3) == 2, (p & 3) in (1, 3), (p & 3) == 3) for p in self._index.get(key, ())]

    def lookup_skeleton(self, name: str) -> list[Match]:
        """Countries, divisions and large places whose name is spelt like `name` but for its
        vowels ("Sistan and Baluchistan" → Sistan and Baluchestan), as alternate matches."""
        sk = skeleton(normalize(name))
        if len(sk.replace(" ", "")) < 5:
            return []
        return [Match(self.entry(i), True) for i in self._skeletons.get(sk, ())]

    def has_key(self, key: str) -> bool:
        return key in self._index

    def demonym(self, word: str) -> GeoEntry | None:
        """The place a demonym or people's name stands for ("Iranian", "Pakistanis" → a country)."""
        found = self.demonyms.get(normalize(word))
        if found is None:
            return None
        kind, target = found
        if kind == "country":
            return self.country(target)
        matches = self.lookup(target)
        return max(matches, key=lambda m: (not m.alternate, m.entry.population), default=None).entry if matches else None

    def abbreviation(self, text: str) -> GeoEntry | None:
        """A US state or Canadian province written as in the press ("Ky.", "W.Va.", "B.C.")."""
        i = self.abbreviations.get(text.replace(" ", ""))
        return self.entry(i) if i is not None else None
