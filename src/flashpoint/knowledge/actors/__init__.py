"""Actor dictionaries: the built-in one (`knowledge/actors.yaml`) and importers for PETRARCH/Phoenix.

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

Modules:

- `codes`: `DatedCode`, `choose_code`, taking codes apart (`country_of`, `sector_of`) and the
  built-in file as loaded (`builtin_data`, `state_name`);
- `entries`: what a dictionary is made of (`ActorEntry`, `Form`, `SectorTerm`, `Discard`,
  `ActorMatch`) and how phrases are compared (`normalize`, `form_variants`);
- `dictionary`: `ActorDictionary` and the cached built-in dictionary;
- `yaml_format`: reading the format of `actors.yaml`;
- `petrarch`: reading PETRARCH/TABARI/Phoenix `.actors`, `.agents` and `.discards` files.
"""

from .codes import (
    BUILTIN_PATH,
    NON_COUNTRY_PREFIXES,
    DatedCode,
    builtin_data,
    choose_code,
    country_of,
    iso3_codes,
    sector_codes,
    sector_of,
    state_name,
)
from .dictionary import KINDS, ActorDictionary, builtin_dictionary
from .entries import ActorEntry, ActorMatch, Discard, Form, SectorTerm, case_matches, form_variants, normalize
from .petrarch import parse_petrarch_code

__all__ = [
    "BUILTIN_PATH", "KINDS", "NON_COUNTRY_PREFIXES",
    "ActorDictionary", "ActorEntry", "ActorMatch", "DatedCode", "Discard", "Form", "SectorTerm",
    "builtin_data", "builtin_dictionary", "case_matches", "choose_code", "country_of", "form_variants",
    "iso3_codes", "normalize", "parse_petrarch_code", "sector_codes", "sector_of", "state_name",
]
