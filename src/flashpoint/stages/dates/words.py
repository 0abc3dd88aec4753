"""The words the dates stage reads: calendar names and numbers from `lexicon/data/dates.yaml`,
the context words that judge a candidate and its tense from `lexicon/data/dates_context.yaml`."""

from __future__ import annotations

from ...language.numbers import with_cardinals
from ...lexicon import table, words

# Calendar names and the values they stand for (ordered where the position is the value).
MONTHS = table("dates", "months")  # a month's number is its index + 1
MONTH_ABBR = table("dates", "month_abbreviations")
WEEKDAYS = table("dates", "weekdays")  # a weekday's number (Monday 0) is its index
WEEKDAY_ABBR = table("dates", "weekday_abbreviations")
NUMBER_WORDS = with_cardinals(table("dates", "number_words"))  # numbers.yaml's cardinals and the dates' own
ORDINALS = table("dates", "quarter_ordinals")
ORDINAL_WORDS = table("dates", "century_ordinals")
DECADE_WORDS = table("dates", "decade_words")
SEASONS = table("dates", "seasons")
MODS = table("dates", "modifiers")
FIXED_HOLIDAYS = table("dates", "fixed_holidays")

# Whether a candidate is a date (see accept.py).
TEMPORAL_PREPS = words("dates_context", "temporal_prepositions")
BAD_YEAR_ENTS = words("dates_context", "not_year_entities")
BAD_MONTH_ENTS = words("dates_context", "not_month_entities")
MONTHS_ALSO_WORDS = words("dates_context", "months_also_words")
DAY_PREPS = words("dates_context", "day_prepositions")
DATE_JOINERS = words("dates_context", "date_joiners")
BOUND_PREPS = words("dates_context", "bound_prepositions")
DEADLINE_PREPS = words("dates_context", "deadline_prepositions")
SEQUEL_ADVERBS = words("dates_context", "sequel_adverbs")
SIMULTANEOUS_CLAUSE_WORDS = words("dates_context", "simultaneous_clause_words")
OTHER_OCCASION_ADVERBS = words("dates_context", "other_occasion_adverbs")
TIME_ONLY_PREPS = words("dates_context", "time_only_prepositions")
NOT_YEAR_BEFORE = words("dates_context", "not_year_before")
NOT_YEAR_AFTER = words("dates_context", "not_year_after")
APPROXIMATE_BEFORE = words("dates_context", "approximate_before")
SEASON_PREPS = words("dates_context", "season_prepositions")
POSSESSIVES = words("dates_context", "possessives")

# Which way the governing verb's tense points (see tense.py).
FUTURE_AUX = words("dates_context", "future_auxiliaries")
REPORTING = words("dates_context", "reporting_verbs")
SAME_TIME_HEADS = words("dates_context", "same_time_heads")
TIME_NOUNS = words("dates_context", "time_nouns")
FUTURE_HEADS = words("dates_context", "future_heads")
COMMITMENT_HEADS = words("dates_context", "commitment_heads")
IRREGULAR_PRESENT_LEMMAS = words("dates_context", "irregular_present_lemmas")

# What a relative expression counts from (see resolve.py).
ANAPHORIC_WEEKDAY_RELATIONS = words("dates_context", "anaphoric_weekday_relations")
BACKWARD_DIRECTIONS = words("dates_context", "backward_directions")
DAY_FINE_UNITS = words("dates_context", "day_fine_units")
RELATIVE_DAYS = table("dates_context", "relative_days")
PARTS_OF_DAY_RELATIONS = words("dates_context", "parts_of_day_relations")
REFERENCE_UNIT_RELATIONS = words("dates_context", "reference_unit_relations")

# A message and the verbs of putting it out ("in a statement issued late on Tuesday"): the
# date of the issuing is the date of what the message says (the events' lists).
MESSAGE_NOUNS = words("events", "message_nouns")
MESSAGE_SENDERS = words("events", "message_senders")
