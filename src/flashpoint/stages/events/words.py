"""The small word sets the event coder tests tokens against: dependency labels it groups,
and short lists of English words. The longer lists live in `lexicon/data/events.yaml` and
`lexicon/data/events_syntax.yaml`; the event lexicon proper (triggers, codes, modes, status
cues) in `knowledge/events.yaml`."""

from __future__ import annotations

from types import MappingProxyType

from ...knowledge.events import Coding
from ...lexicon import table, words

# -- dependency labels -------------------------------------------------------------------------

SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
OBJECTS = {"dobj", "obj", "dative"}
NOMINAL_DEPS = {"pobj", "dobj", "nsubj", "nsubjpass"}  # where a gerund is used as a noun
NAME_ENTITIES = words("events_syntax", "name_entities")
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}  # named entities that are places
AGENT_ENTITIES = {"PERSON", "ORG", "NORP"}  # named entities that can act or be acted on
NOUN_PHRASE_MODIFIERS = words("events_syntax", "noun_phrase_modifiers")
NAMING_MODIFIERS = words("events_syntax", "naming_modifiers")
RELATIONAL_PARTIES = words("events_syntax", "relational_parties")
OBTAINING_VERBS = words("events_syntax", "obtaining_verbs")
# Acts that are given to someone, whose receiver a verb of obtaining names
GIVEN_TYPES = {"AGREE", "SUPPORT", "AID", "CONCEDE", "COOPERATE"}
STATUS_CLAUSE_LINKS = words("events_syntax", "status_clause_links")
PREDICTION_VERBS = words("events_syntax", "prediction_verbs")
CONDITIONAL_MARKS = words("events_syntax", "conditional_marks")
TIME_MARKS = words("events_syntax", "time_marks")
CONDITIONAL_PHRASES = frozenset(tuple(pair) for pair in table("events_syntax", "conditional_phrases"))
AGENT_PHRASES = table("events_syntax", "agent_phrases")
INSTRUMENT_VERBS = words("events_syntax", "instrument_verbs")
DESTINATION_VERBS = words("events_syntax", "destination_verbs")
PROMISING_VERBS = words("events_syntax", "promising_verbs")
ALLY_OR_OPPONENT_PREPS = words("events_syntax", "ally_or_opponent_preps")
SUMMONER_PURPOSES = words("events_syntax", "summoner_purposes")
CONTINUING_SPEECH = frozenset(words("events_syntax", "continuing_speech_participles"))
ADVANCING_VERBS = frozenset(words("events_syntax", "advancing_verbs"))
SIMULTANEOUS_MARKS = frozenset(words("events_syntax", "simultaneous_marks"))
PURPOSE_PREPS = words("events_syntax", "purpose_preps")
EFFORT_NOUNS = words("events_syntax", "effort_nouns")  # "in an effort to", "in a bid to"
CAUSE_PREPS = words("events_syntax", "cause_preps")
CAUSE_FRAMES = words("events_syntax", "cause_frames")
SUFFERING_VERBS = words("events_syntax", "suffering_verbs")
OPPONENT_PREPS = words("events_syntax", "opponent_preps")
COERCIVE_USES = frozenset(words("events_syntax", "coercive_uses"))
SUBJECTIVE_OF_NOUNS = frozenset(words("events_syntax", "subjective_of_nouns"))
VISITING_NOUNS = frozenset(words("events_syntax", "visiting_nouns"))
PLACE_PARTICLES = frozenset(words("events_syntax", "place_particles"))
PLACE_PREPS = words("events_syntax", "place_preps")
PATIENT_POSSESSOR_NOUNS = words("events_syntax", "patient_possessor_nouns")
BENEFICIARY_POSSESSOR_NOUNS = words("events_syntax", "beneficiary_possessor_nouns")
COMING_VERBS = words("events_syntax", "coming_verbs")
RESULTING_VERBS = {verb: frozenset(preps) for verb, preps in table("events_syntax", "resulting_verbs").items()}  # "could lead to clashes"
SENDING_VERBS = words("events_syntax", "sending_verbs")
MOVED_OBJECT_TYPES = words("events_syntax", "moved_object_types")
STATE_ENTRY_VERBS = words("events_syntax", "state_entry_verbs")  # "went on strike"
STRIKING_WORKERS = words("events_syntax", "striking_workers")  # "teachers began a strike"
MEDIUM_PREPS = words("events_syntax", "medium_preps")
RELUCTANCE_VERBS = words("events_syntax", "reluctance_verbs")
SUMMONING_VERBS = words("events_syntax", "summoning_verbs")
SUMMONING_OFFICES = words("events_syntax", "summoning_offices")
MEDIUM_NOUNS = words("events_syntax", "medium_nouns")
STATE_COERCION_WORDS = words("events_syntax", "state_coercion_words")
CROWD_TAKEOVERS = {verb: Coding.parse(entry, "crowd-takeover") for verb, entry in table("events_syntax", "crowd_takeovers").items()}
ATTRIBUTING_VERBS = words("events_syntax", "attributing_verbs")
DEFINITE_NULL_OBJECT_VERBS = words("events_syntax", "definite_null_object_verbs")
AIMING_VERBS = words("events_syntax", "aiming_verbs")
RESISTING_VERBS = words("events_syntax", "resisting_verbs")
STATE_ORGAN_SECTORS = words("events_syntax", "state_organ_sectors")
PERFORMING_PARTICIPLES = words("events_syntax", "performing_participles")
VOICING_PARTICIPLES = words("events_syntax", "voicing_participles")
MEDIATING_PARTICIPLES = words("events_syntax", "mediating_participles")
# Where to look for whom an act is aimed at or about when the parse gives no target.
TOPIC_DEPS = words("events_syntax", "topic_deps")
TOPIC_DEPS_OF_SPEECH = TOPIC_DEPS | {"ccomp", "xcomp", "acl"}  # (acl: the clause of a noun, "its refusal to offer ... to")

# -- words -------------------------------------------------------------------------------------

# Prepositions that introduce the recipient, by event type. "in" never does: it gives the place.
RECIPIENT_PREPS = MappingProxyType({event_type: frozenset(preps) for event_type, preps in table("events", "recipient_preps").items()})
# A noun of communication is an event only with a partner or a medium ("a phone call with").
NEEDS_PARTNER = words("events", "needs_partner")
DANGER_NOUNS = words("events", "danger_nouns")
CONSULT_SETTING_PREPS = words("events", "consult_setting_preps")
MESSAGE_NOUNS = words("events", "message_nouns")
MESSAGE_SENDERS = words("events", "message_senders")
COMPLIANCE_VERBS = words("events", "compliance_verbs")
AGREEMENT_NOUNS = words("events", "agreement_nouns")
COMPOUND_PREPOSITION_HEADS = words("events", "compound_preposition_heads")
# Verbs of joining someone in an act ("joined rebel fighters to take the town"): a joint action.
JOINT_ACTION_VERBS = words("events", "joint_action_verbs")
PERSONAL_PRONOUNS = {"he", "she", "him", "her", "his"}
PERSONAL_OBJECTS = {"him", "her", "them", "us", "me"}
GROUP_PRONOUNS = words("events", "group_pronouns")
GROUP_DESCRIPTIONS = frozenset(words("events", "group_descriptions"))
GROUP_DESCRIPTION_SENTENCES = int(table("events", "group_description_sentences"))
GROUP_DESCRIPTION_KINDS = table("events", "group_description_kinds")
RULED_STATES = table("events", "ruled_states")
SPEAKER_PRONOUNS = {"i", "me", "my", "you", "your"}
LISTENER_PRONOUNS = {"you", "your"}
FIRST_PERSON_POSSESSIVES = {"my", "our"}
# "we", "us", "our" in the later sentences of a quotation: the body its speaker speaks for
QUOTED_GROUP_PRONOUNS = {"we", "us", "our"}
# Pronouns that never stand for one person who speaks ("'they must act,' said Jones").
IMPERSONAL_PRONOUNS = {"it", "its", "they", "them", "their"}
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}
# A pronoun's antecedent: in its sentence or this many before it.
PRONOUN_SENTENCES_BACK = 2
# How many pronouns of a chain back a pronoun with no one named near it may go (each a window).
PRONOUN_CHAIN_HOPS = 3
# How a clause hangs on the verb that reports it ("Pakistan said it had attacked"), and the verbs
# besides the speech verbs that report: whose subject a pronoun in that clause refers to.
REPORTED_CLAUSES = ("ccomp", "xcomp", "advcl", "conj")
REPORTING_VERBS = {"claim", "deny"}
EXPLETIVES = {"it", "there"}  # subjects that name nobody: "it is easy to blame Iran"
NEGATIVE_PRONOUNS = {"none", "nobody", "nothing", "neither", "noone"}
NEGATIVE_DETERMINERS = {"no", "neither"}
DEFINITE_DETERMINERS = {"the", "this", "these", "that", "those"}
INDEFINITE_ARTICLES = {"a", "an"}
DEONTIC = {"must", "should", "ought"}
# "said refugees need to return": an obligation told with a verb rather than a modal
DEONTIC_VERBS = {"need"}
def type_of_word(name: str) -> MappingProxyType:
    """A table of the events lexicon that lists words by the act they voice, read as word -> act."""
    return MappingProxyType({word: event_type for event_type, lemmas in table("events", name).items() for word in lemmas})


# "should be able to": a modal of expectation, not of obligation, before these predicates
EXPECTATION_WORDS = words("events", "expectation_words")
AIM_NOUNS = words("events", "aim_nouns")  # "our priority must be public safety": what the aim is
SELF_PRONOUNS = words("events", "self_pronouns")
SPEAKER_COGNITION_VERBS = frozenset(words("events", "speaker_cognition_verbs"))
OPINION_VERBS = frozenset(words("events", "opinion_verbs"))  # "believes government should emote": a view, no demand
DIRECTIVE_VERBS = words("events", "directive_verbs")
FORECASTING_DIRECTIVES = words("events", "forecasting_directives")  # "expect Baghuz to be cleared"
WARNING_VERBS = words("events", "warning_verbs")
PERMITTING_VERBS = words("events", "permitting_verbs")
FORCE_TYPES = words("events", "force_types")
FORCE_NOUNS = words("events", "force_nouns")
CONSEQUENCE_VERBS = words("events", "consequence_verbs")
DIRECTIVE_NOUNS = words("events", "directive_nouns")
DECISION_NOUNS = words("events", "decision_nouns")
COMMITMENT_NOUNS = words("events", "commitment_nouns")
ANNOUNCEMENT_NOUNS = words("events", "announcement_nouns")
# Nouns of a stance a speaker states ("signalled his determination that the US should not leave")
STANCE_NOUNS = words("events", "stance_nouns")
SCHEDULING_WORDS = words("events", "scheduling_words")
TRIP_VERBS = words("events", "trip_verbs")
# lemma -> the act a judgement in a reported clause is (ACCUSE, SUPPORT)
EVALUATION_WORDS = type_of_word("evaluation_words")
# Verbs of going on, trying and seeming: their open complement is the predicate a judgement is
# read in ("continues to inflict brutal suffering", "seems to be a terrorist group").
JUDGEMENT_CARRIERS = words("events", "judgement_carriers")
# Verbs of making a lot and the hard lots: "said Turkey made life hell for them" blames Turkey
CAUSATIVE_VERBS = words("events", "causative_verbs")
INFLICTED_STATES = words("events", "inflicted_states")
# Verbs of being a danger and their objects: "said the militias posed a threat" blames them
POSING_VERBS = words("events", "posing_verbs")
POSED_DANGERS = words("events", "posed_dangers")
# Nouns of what a party puts forward: to judge one harshly is to reject it ("said the demands
# were unrealistic").
PROPOSAL_NOUNS = words("events", "proposal_nouns")
PROPOSING_VERBS = words("events", "proposing_verbs")
# what only speech attacks ("hit back at US criticism", "attacked the proposal")
VERBAL_TARGETS = words("events", "verbal_targets") | PROPOSAL_NOUNS
RETALIATED_MEASURES = words("events", "retaliated_measures")
PHRASAL_TARGET_PREPS = words("events", "phrasal_target_preps")
# Sectors of the people a reported obligation is for, not of ("said refugees need to return").
BENEFICIARY_SECTORS = words("events", "beneficiary_sectors")
# Nouns of a state of affairs: no party, whoever's adjective they carry ("the Syrian conflict").
SITUATION_NOUNS = words("events", "situation_nouns")
CONFLICT_OBJECTS = words("events", "conflict_objects")
# Feelings about someone's doing, by the act voicing them is ("said he was concerned about"),
# and the prepositions that name what they are about.
ATTITUDE_WORDS = type_of_word("attitude_words")
PLIGHT_NOUNS = words("events", "plight_nouns")  # "concerned about the fate of the children": for them, of no one's doing
ATTITUDE_PREPS = words("events", "attitude_preps")
FEAR_VERBS = frozenset(words("events", "fear_verbs"))
COMMENTATOR_ROLES = words("events", "commentator_roles")
NEEDS_TOPIC = words("events", "needs_topic_objects")
PARTNER_PREPS = words("events", "partner_preps")
TOPIC_PREPS = words("events", "topic_preps")
RECEIVING_VERBS = {"receive", "get", "accept"}
BOUND_WORDS = {"since", "until", "till", "before"}  # a date after them bounds the event, does not date it
PAST_MARKERS = {"previous", "past", "prior", "former", "earlier"}
BACKGROUND_MARKERS = PAST_MARKERS | words("events", "standing_relation_adjectives")  # "former", "close cooperation"
HABITUAL_ADVERBS = words("events", "habitual_adverbs")
CONTRAST_WORDS = {"but", "yet"}  # coordinators of contrast: "did not attack but shelled"
COMBATANT_PARTICIPLES = words("events_syntax", "combatant_participles")  # "forces fighting in Syria"
COMBATANT_OPPONENT_PREPS = words("events_syntax", "combatant_opponent_preps")
COMBAT_NOUNS = words("events_syntax", "combat_nouns")  # "killed in fighting with the Taliban": the Taliban killed
COMPARISON_PREPS = words("events_syntax", "comparison_preps")
GENERIC_HEADS = words("events_syntax", "generic_heads")  # "those fighting new wars"
COUNT_WORDS = words("events_syntax", "count_words")  # "several, and maybe dozens, of ..."
STATE_FORCE_SECTORS = words("events_syntax", "state_force_sectors")  # "police will not tolerate": a state's forces
ARMED_SECTORS = words("events_syntax", "armed_sectors")  # "Turkish troops and the Arab forces they sponsor"
OBJECT_GERUND_PREPS = words("events_syntax", "object_gerund_preps")  # "accused Israel of attacking"  # "like attacks on doctors"
PREVENTION_VERBS = words("events_syntax", "prevention_verbs")  # "stopped the army from advancing"
AVERTING_VERBS = words("events_syntax", "averting_verbs")  # "averted an attack"
PRESENT_BE = words("events_syntax", "present_be")  # the present passive: "journalists are killed"
FREQUENCY_WORDS = words("events", "frequency_words")
SUBJECT_ADJECTIVES = words("events", "subject_adjectives")
REGARD_VERBS = words("events", "regard_verbs")
HOLDING_VERBS = frozenset(words("events", "holding_verbs"))
OCCURRENCE_VERBS = words("events", "occurrence_verbs")
ANIMATE_PATIENT_VERBS = words("events", "animate_patient_verbs")
# "fight for autonomy": to campaign for a cause, not to fight anyone.
CAUSE_VERBS = {"fight", "struggle", "battle"}
PROTEST_CROWDS = words("events", "protest_crowds")
INTRANSITIVE_TRIGGERS = words("events", "intransitive_triggers")
CLASH_WORDS = words("events_syntax", "clash_nouns")
# "press ahead", "push on": particles of carrying on (a phrasal verb in the lexicon aside).
CONTINUATIVE = {"ahead", "on"}
# Territory changing hands: verbs of taking a place, those told from the side that loses it
# ("fell to", "lost ... to"), and the words that say who held a place ("a town held by Isis").
TAKING_VERBS = words("events", "taking_verbs")
TAKEOVER_LEMMAS = frozenset(words("events", "takeover_lemmas"))
TARGETED_PHRASES = frozenset(words("events", "targeted_phrases"))
SEQUENCE_MARKS = frozenset(words("events", "sequence_marks"))
LOSING_VERBS = words("events", "losing_verbs")
HOLDING_WORDS = words("events", "holding_words")
# Forced withdrawals: verbs of compelling ("forced them to withdraw") and phrasal verbs of
# driving out ("pushed out of Kirkuk"), whose patient retreats from whoever forced them.
COMPELLING_VERBS = words("events", "compelling_verbs")
DRIVING_OUT = words("events", "driving_out")
NOT_TOPIC_PREPS = words("events", "not_topic_preps")
ADVERSARY_PREPS = words("events", "adversary_preps")
COMPANY_PREPS = table("events", "company_preps")  # by event type: "withdrew with their families"

# -- event types and statuses ------------------------------------------------------------------

# Types coded without an actor when a recipient is known ("two children were killed"); the
# victims of violence and repression matter even when the text does not say who did it.
ACTORLESS_TYPES = {"ASSAULT", "COERCE", "PROTEST"}
CROWD_VOICE_TYPES = {"REQUEST", "ACCUSE", "REJECT"}
MUTUAL_TYPES = {"CONSULT", "AGREE", "COOPERATE"}  # acts both sides do together
# Acts of other types that both sides do together (a verb, or "verb object" of a phrasal trigger)
JOINT_ACTS = words("events", "joint_acts")
RECIPROCALS = words("events_syntax", "reciprocals")  # "accused each other": each side the other
# Acts whose place abroad, with no target named, is aimed at that place's state.
PLACE_TARGET_TYPES = {"ASSAULT", "COERCE"}
SPEECH_TYPES = words("events", "speech_types")
REFUSAL_VERBS = words("events", "refusal_verbs")
# Heads of event phrases that name an act only when a light verb carries them out ("would
# escalate military action"; "military action in Syria" is mostly talked of as a prospect).
CARRIED_NOUNS = words("events", "carried_nouns")
WITHHELD_STATEMENT_VERBS = words("events", "withheld_statement_verbs")
# Acts of judging someone (blame and praise): aimed at whose deed their object names.
JUDGEMENT_TYPES = {"ACCUSE", "SUPPORT"}
# Acts aimed at another's act, whose recipient is its doer, never its victims ("condemned the
# strikes on Yemen": not Yemen; a threat of an attack is aimed at its victims, so not THREATEN)
DOER_AIMED_TYPES = {"ACCUSE", "PROTEST"}
# Acts whose recipients are victims: the blame of such an act is not aimed at them
VICTIMISING_TYPES = {"ASSAULT", "COERCE"}
# Acts aimed at another party, never at what is the doer's own: a possessive in what they are
# aimed at refers outside their clause ("accused Israel of attacking its embassy": binding.py)
OTHER_AIMED_TYPES = {"ASSAULT", "COERCE", "ACCUSE", "THREATEN", "REJECT"}
# Clauses whose subject pronoun continues the subject of the clause they attach to: coordinated
# ("Isis has sought to sow chaos, and it has continued attacks"), or concessive (binding.py)
ATTACHED_CLAUSES = {"conj"}
CONCESSIVE_MARKS = words("events_syntax", "concessive_marks")
REASON_PREPS = words("events_syntax", "reason_preps")  # "condemned Russia for its invasion": the object's deed (binding.py)
# Acts that pass judgement on another's deed (condemn, praise, reject): the deed's doer is whom they are aimed at.
JUDGING_TYPES = JUDGEMENT_TYPES | {"REJECT"}
# Acts a refusal or a denial answers (a demand, an accusation), and how many sentences back
# the one answered may be told.
CHALLENGE_TYPES = {"REQUEST", "ACCUSE"}
ANSWER_SENTENCES_BACK = 1
# Object classes of things handed over (the theme), never the recipient.
THEME_CLASSES = {"material", "information", "weapons"}
STATUS_RANK = table("events", "status_rank")  # a tuple: the order is the rank
PAST_STATUSES = {"occurred", "historical", "claimed", "denied"}  # told as done (or as not done)
HISTORICAL_DAYS = 365  # an event dated more than this before publication is background
PREPARING_VERBS = words("events_syntax", "preparing_verbs")  # "trained local forces to fight Isis": their aim
