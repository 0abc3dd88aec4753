"""The words and weights the places stages read: word lists from `lexicon/data/places.yaml`,
spaCy labels, and the numbers that weigh a candidate place against the document.

Every list here is used for membership only, so sets are fine (no order is kept).
"""

from __future__ import annotations

from ...lexicon import table, words

# Roles of a mention.
PLACE, ACTOR, DEMONYM, IN_NAME = "place", "actor", "demonym", "in_name"

# Words that say what kind of place a name is, after it ("Kerman province") or before it ("the city of Kerman").
ADMIN_AFTER = words("places", "admin_after")
ADMIN1_AFTER = words("places", "admin1_after")
ADMIN2_AFTER = words("places", "admin2_after")
CITY_AFTER = frozenset({"city"})
CITY_BEFORE = words("places", "city_before")
ADMIN_BEFORE = words("places", "admin_before")
TYPE_WORDS_AFTER = ADMIN_AFTER | {"county", "parish"}
# Plural type words ending a list of names, and the kind they give the names ("... and Wilkin counties").
PLURAL_TYPES = table("places", "plural_types")

# Verbs and possessed nouns after which a country or a capital stands for its government.
ACTING_VERBS = words("places", "acting_verbs")
ACTING_POSSESSIONS = words("places", "acting_possessions")
# Titles that make the name after them a person's ("Gov. Jackson").
TITLES = words("places", "titles")
# Lower-case words inside multi-word place names ("Sistan and Baluchestan").
CONNECTIVES = words("places", "connectives")

# spaCy entity labels: never a place, and places.
SKIP_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LANGUAGE", "LAW"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Prepositions that locate a happening ("strikes in Balochistan", "an attack near Panjgur").
LOCATIVE_PREPS = words("places", "locative_preps")
LOCATIVE_PREPS_OR_OF = LOCATIVE_PREPS | {"of"}
# Words of time naming the occasion a statement was made at ("said ahead of a meeting in London").
OCCASION_WORDS = words("places", "occasion_words")
# Prepositions that, after a verbal act, name its addressee or its topic, not where it happened ("called on Ankara").
ADDRESSEE_PREPS = words("places", "addressee_preps")
# Words after a place name that make the whole a street or a building named after it ("Dublin Road").
STREET_WORDS = words("places", "street_words")
# Natural features and landmarks the gazetteer does not hold, named after a place ("Red River", "Lake Vermont").
FEATURE_AFTER = words("places", "feature_after")
FEATURE_BEFORE = words("places", "feature_before")
STREET_OR_FEATURE_AFTER = STREET_WORDS | FEATURE_AFTER
# Nouns of a ship: the name after one is the vessel's, no place ("the tanker Advantage Sweet").
VESSEL_NOUNS = words("places", "vessel_nouns")

DIRECTIONS = words("places", "directions")
GENERIC_WORDS = words("places", "generic_words")
COMMON_WORD_NAMES = words("places", "common_word_names")

# Nouns naming events: where they happened is theirs, not that of the verb that governs them.
EVENT_NOUNS = words("places", "event_nouns")
# Nouns that locate one place in another ("in the southeast of Iran", "on the outskirts of Quetta").
LOCATING_NOUNS = words("places", "locating_nouns")
# Nouns for a part of a country that a country's adjective places in it ("the Syrian coast", "a Turkish town"); not
# "border", which has two sides.
PART_NOUNS = LOCATING_NOUNS - {"border", "borders"}
# Nouns a place name may modify or own and still say where ("Quetta city", "the Iran border").
LOCATING_OR_CITY_NOUNS = LOCATING_NOUNS | CITY_BEFORE
# Nouns a country's name may modify and still say where, not whose ("the Iran border", "Kerman province").
WHERE_NOUNS = LOCATING_NOUNS | ADMIN_AFTER | CITY_BEFORE

MAX_NAME_TOKENS = 6
STRONG_CITY_POPULATION = 100_000
# Weights of the document context: the share of the other mentions in the same first-level division
# and in the same country, the share computed as agreeing / (all + CONTEXT_PRIOR).
ADMIN_CONTEXT = 3.5
COUNTRY_CONTEXT = 3.0
CONTEXT_PRIOR = 0.5
# Weight of the places listed with a name ("A, B and C") that are of its kind and country.
SIBLING_FIT = 3.0

# Kinds of place from the most precise; an event's place is the nearest in the parse, then the most precise.
KIND_ORDER = {"city": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4, "continent": 5}
