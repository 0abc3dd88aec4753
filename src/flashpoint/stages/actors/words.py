"""The word lists and small constants the actor steps read. The long lists live in
`lexicon/data/actors.yaml`; see the comments there."""

from __future__ import annotations

from ...lexicon import table, words

# Dependencies that stay inside a noun phrase (modifiers that can name its actor).
NP_MODIFIERS = words("actors", "noun_phrase_modifiers")
ASSOCIATION_HEADS = words("actors", "association_heads")
# Dependencies of children outside the noun phrase proper: an actor phrase does not stretch over them.
CLAUSE_DEPENDENCIES = words("actors", "clause_dependencies")
# Prepositions after a sector word that give its country: "militants in Iran".
SECTOR_PREPS = {"in", "from", "of", "inside"}
# Prepositions whose object is a place, not an actor, when the object is a capital.
PLACE_PREPS = words("actors", "place_prepositions")
ADDRESSED_WORDS = words("actors", "addressed_words")
ENVOY_WORDS = words("actors", "envoy_words")
PLACE_NAME_HEADS = words("actors", "place_name_heads")
GIVEN_WORDS = words("actors", "given_words")
CRITICISM_PARTICLES = words("actors", "criticism_particles")
POSSESSIVE_PRONOUNS = {"its", "their"}
# the possessive relative pronoun: its owner is the noun its clause modifies
RELATIVE_POSSESSIVE = "whose"
SUBJECTS = {"nsubj", "nsubjpass"}
RELATIVE_PRONOUNS = {"that", "which", "who"}  # a subject that stands for the noun its clause modifies
# Verbs of a relative clause that tie a person to what they lead: "who heads the Pakistani delegation".
LEADING_VERBS = words("actors", "leading_verbs")
# Second words of Arabic/Persian/Urdu construct names, whose first word is used alone: "Jaish al-Adl" -> "Jaish".
CONSTRUCT_PARTICLES = words("actors", "construct_particles")
# Words that introduce an alternative name, in the order they are tried (tuples of lower-case words).
ALIAS_CUES = table("actors", "alias_cues")
# Words allowed inside a capitalised name: "Jaish al-Adl", "Army of Justice".
NAME_PARTICLES = words("actors", "name_particles")
# Clauses a possessive pronoun looks up through for the subject it refers to: "Pakistan said its army ...".
CLAUSES_UP = 12
# Sentences before its own in which a possessive pronoun looks for the nearest subject.
PRONOUN_SENTENCES_BACK = 2
SENTENCE_WINDOW_COREF = 12  # sentences back a definite description may look for its referent
SALIENT_SENTENCES_BACK = 2  # sentences back a bare "the government" looks for the state it is the government of
# Sectors of a state's officials: a person coded in one acts for the state.
AFFILIATING_SECTORS = words("actors", "affiliating_sectors")
# Sectors whose word before a title of office names whose office it is ("a rebel official").
OFFICE_HOLDING_SECTORS = words("actors", "office_holding_sectors")
# Titles whose adjective is another word ("an official statement").
OTHER_SENSE_TITLE_ADJECTIVES = words("actors", "other_sense_title_adjectives")
# Positions in an organisation ("commissioner", "director", "head") and the prepositions that name it.
OFFICE_NOUNS = words("actors", "office_nouns")
# Sector words that before a noun naming no one tell a kind ("military aid"): no actor.
KIND_ADJECTIVES = words("actors", "kind_adjectives")
KIND_HEADS = words("actors", "kind_heads")
OFFICE_PREPS = words("actors", "office_prepositions")
# Titles whose "for" phrase names whom the holder speaks for: "a spokesman for the SDF".
SPEAKING_FOR_TITLES = words("actors", "speaking_for_titles")
# Kinds of organisation before a proper name: "the nonprofit Reprieve".
ORGANISATION_NOUNS = words("actors", "organisation_nouns")
# Portfolios before an office ("the Defence Secretary"): not an organisation the holder acts for.
PORTFOLIO_WORDS = words("actors", "portfolio_words")
