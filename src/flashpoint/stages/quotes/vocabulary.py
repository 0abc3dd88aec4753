"""The words the quotes stage reads: the cue verbs and nouns, the words of asides, titles and
people, by the names the stage's modules use.

The long lists live in `lexicon/data/quotes*.yaml` (see the comments there for what each is
for); the short ones and the parser's labels and marks stay here. Every list is a set: the stage
only asks whether a word is in it."""

from __future__ import annotations

from ...lexicon import table, words

# ---------------------------------------------------------------- cue verbs and nouns

SAY_VERBS = words("quotes", "say_verbs")
BELIEVE_VERBS = words("quotes", "believe_verbs")
REQUEST_VERBS = words("quotes", "request_verbs")
# The cues whose clausal complement is what was said.
INDIRECT_VERBS = (SAY_VERBS | BELIEVE_VERBS | REQUEST_VERBS) - words("quotes", "not_indirect_cues")
OBJECT_CONTENT_VERBS = words("quotes", "object_content_verbs")
SPEECH_ACT_VERBS = words("quotes", "speech_act_verbs")
PREP_CUES = table("quotes", "prep_cues")  # lemma -> prepositions (tuples)
JUDGING_ACTS = words("quotes", "judging_acts")
STANCE_VERBS = words("quotes", "stance_verbs")
# Speech acts that, with a person as object, are no speech about that person: "questioned the
# witnesses" (interrogated), "echoing Mr. Putin" (the person whose words are repeated).
PERSON_OBJECT_ACTS = frozenset({"question", "echo", "repeat"})
ACT_NOUNS = words("quotes", "act_nouns")
NOUN_CUES = words("quotes", "noun_cues")
DIRECT_ONLY_CUES = words("quotes", "direct_only_cues")
ACCORDANCE_NOUNS = words("quotes", "accordance_nouns")
OBLIGATION_VERBS = words("quotes", "obligation_verbs")
# Cue verbs with a common sense that says nothing: "protocol called for ...", "talks are continuing".
POLYSEMOUS_CUES = frozenset({"call", "continue"})
# Objects of "says ... about" by which "say" means "reveal": "says something about the media".
AMOUNT_PRONOUNS = frozenset({"something", "lot", "volumes"})
# Verbs of acts whose coordinated verb is an attribution of its own ("... and encouraged Americans
# to ...", "... and Democrats accused the GOP of ..."): saying, speech acts, and requests made to
# someone. An intention ("... and refused to drop the gun") may be the content's own subject's.
COORDINATED_CUES = SAY_VERBS | SPEECH_ACT_VERBS | words("quotes", "addressed_requests")

# ---------------------------------------------------------------- where a content ends

ADVERBIAL_MARKS = words("quotes_clauses", "adverbial_marks")
# Comma-set-off additions at the end of a content that the writer adds and the source did not
# say, which PolNeAR leaves out ("be conservative"): non-restrictive relatives and appositions,
# participial and concessive clauses ("..., arguing that ...", "..., although ...").
TRAILING_ASIDES = frozenset({"relcl", "appos", "acl", "parataxis"})
ASIDE_MARKS = ADVERBIAL_MARKS | {"whether", "if", "even", "despite"}
SET_OFF = frozenset({",", ";", "—", "–", "―", "--", "-", "("})
COMMENT_MARKS = words("quotes_clauses", "comment_marks")
STANCE_ADVERBS = words("quotes_clauses", "stance_adverbs")
DASHES = frozenset({"—", "–", "―", "-", "--"})

# ---------------------------------------------------------------- speakers

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"it", "they", "them"})
PERSON_NOUNS = words("quotes_speakers", "person_nouns")
ORG_PREPS = frozenset({"at", "with", "for", "from"})
HONORIFICS = words("quotes_speakers", "honorifics")
PUBLISHED_NOUNS = words("quotes_speakers", "published_nouns")
PUBLISHED_IN = words("quotes_speakers", "published_in")
QUANTIFIERS = words("quotes_speakers", "quantifiers")
PEOPLE_NOUNS = words("quotes_speakers", "people_nouns")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
# The parser's labels of clauses inside another clause (what was said, a condition or a time, a
# relative, a complement): their subjects are less salient than the main clause's.
EMBEDDED_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "pcomp", "acl", "relcl", "csubj"})
# How many words back a speaker pronoun looks for a named subject that may be its antecedent.
SUBJECT_WINDOW = 150

# ---------------------------------------------------------------- titles and labels

COLON_LABELS = words("quotes_titles", "colon_labels")
SOURCE_NOUNS = words("quotes_titles", "source_nouns")
TITLE_SMALL_WORDS = words("quotes_titles", "title_small_words")
TITLE_PREPS = words("quotes_titles", "title_preps")
TITLE_VERBS = words("quotes_titles", "title_verbs")
# Participles that with "as" introduce a name: "known as", "referred to as" (through "to"). ("Described
# as" and "labeled as" characterize: a speech act.)
NAMING_PARTICIPLES = frozenset({"know", "to"})
