"""Event coding on the dependency parse: who did what to whom, with the rule that fired.

A trigger is a verb or an event noun of the lexicon (knowledge/events.yaml). Its
participants come from the syntax:

- verbs: the subject is the actor and the direct object (or the object of a preposition
  the event type takes: "on", "against", "with", ...) the recipient; in the passive the
  "by" agent is the actor and the subject the recipient; a verb with no subject of its own
  takes it from the verb it is coordinated with, from the clause it completes ("vowed to
  retaliate") or from the noun its relative clause modifies ("militants who attacked");
- nouns: the possessor or an actor-denoting modifier ("Iran's strike", "Pakistani strikes"),
  else the "by" phrase, else the subject of the light verb that carries the noun ("Pakistan
  carried out strikes", "held talks") or of the verb it is the instrument of ("sent
  shockwaves with a missile strike"); the recipient from "on", "against", "of", ...;
- coordination gives one event per actor and recipient ("the US, China and Turkey called for
  restraint" is three events);
- pronouns resolve to the speaker of the reporting verb ("Pakistan said it had attacked")
  or to the nearest earlier actor;
- an event's status comes from negation, modals, conditionals and the verbs above it
  ("denied attacking", "threatened to strike", "plans to", "could"), and from adverbs of
  habit ("have long carried out attacks" is background);
- a relative pronoun is the noun its clause modifies ("a bombing that killed 100" names no
  killer, never an actor of an earlier clause);
- mentions that report nothing are not coded: characterisations ("seen as a threat"),
  comments on an event in someone's words ("said Tehran's strikes were motivated by"),
  causes fought for ("fighting for autonomy") and figures of speech ("Iran is wounded").

Each event names the rule that produced it: "<type>.<lemma>:<trigger kind>:<actor path>><recipient path>".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Token

from ..knowledge.events import QUAD_CLASS, Coding, EventLexicon, default_lexicon
from ..models.event_type import EventTypeModel
from ..stage import DocState, Stage, register_stage
from ..records import ActorRef, Event, Location, Trigger

SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
OBJECTS = {"dobj", "obj", "dative"}
# Prepositions that introduce the recipient, by event type. "in" never does: it gives the place.
RECIPIENT_PREPS = {
    "ASSAULT": {"on", "against", "at", "into", "upon", "of"},
    "COERCE": {"on", "against", "of"},
    "SANCTION": {"on", "against", "from", "of"},
    "THREATEN": {"against", "on"},
    "ACCUSE": {"against", "on", "of"},
    "PROTEST": {"against", "outside"},
    "REJECT": set(),
    "REQUEST": {"to", "on", "upon"},
    "CONSULT": {"with", "between", "to"},
    "AGREE": {"with", "between", "to"},
    "COOPERATE": {"with", "to"},
    "AID": {"to", "for"},
    "SUPPORT": {"for", "to", "with"},
    "CONCEDE": {"to"},
    "RETREAT": {"from"},
    "MOBILIZE": {"against"},
}
# A noun of communication is an event only with a partner or a medium ("a phone call with").
NEEDS_PARTNER = {"call", "conversation"}
PERSONAL_PRONOUNS = {"he", "she", "him", "her", "his"}
PERSONAL_OBJECTS = {"him", "her", "them", "us", "me"}
NAME_ENTITIES = {"ORG", "GPE", "PERSON", "FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW", "NORP", "PRODUCT"}
DEONTIC = {"must", "should"}
NOMINAL_DEPS = {"pobj", "dobj", "nsubj", "nsubjpass"}
RECEIVING_VERBS = {"receive", "get", "accept"}
BOUND_WORDS = {"since", "until", "till", "before"}
# Types coded without an actor when a recipient is known ("two children were killed"); the
# victims of violence and repression matter even when the text does not say who did it.
ACTORLESS_TYPES = {"ASSAULT", "COERCE", "PROTEST"}
GROUP_PRONOUNS = {"it", "its", "they", "them", "their", "we", "our", "us"}
PAST_MARKERS = {"previous", "past", "prior", "former", "earlier"}
STATUS_RANK = ["denied", "negated", "threatened", "planned", "hypothetical", "claimed", "historical", "occurred"]
HISTORICAL_DAYS = 365
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}
EXPLETIVES = {"it", "there"}  # subjects that name nobody: "it is easy to blame Iran"
# Adverbs of habit: "militants have long carried out attacks", "often clash" describe a
# pattern (background), not an event the report is telling.
HABITUAL_ADVERBS = {"long", "often", "frequently", "usually", "traditionally",
                    "historically", "typically", "habitually"}
# Verbs of regarding and naming: "is seen as a threat", "described the attack as strikes"
# characterise; the noun after "as" is a description, not an event.
REGARD_VERBS = {"see", "regard", "view", "consider", "perceive", "describe", "label", "brand", "call", "characterize", "characterise", "deem", "treat"}
# Predicates that tell that an event happened, or what it did: a nominal event that is their
# subject is reported ("the attack took place", "the strike came a day after").
OCCURRENCE_VERBS = {"occur", "happen", "take", "come", "follow", "begin", "start", "continue", "resume", "leave", "cause", "hit"}
# Verbs that take animate patients: a state as their patient is a figure of speech ("Iran is
# wounded and is lashing out").
ANIMATE_PATIENT_VERBS = {"kill", "wound", "injure", "murder", "behead", "execute", "torture", "rape"}
# "fight for autonomy": to campaign for a cause, not to fight anyone.
CAUSE_VERBS = {"fight", "struggle", "battle"}
# People gathered to protest. What they demand, denounce or defy is the topic of their
# protest, which PLOVER codes as the PROTEST itself ("the topic of the protest, which will
# typically be a REQUEST, is not coded as a separate event"); a clash they are a side of is
# a violent demonstration (PROTEST riot), as SCAD and ACLED code it.
PROTEST_CROWDS = {"protester", "protestor", "demonstrator", "marcher", "rioter", "crowd"}
CROWD_VOICE_TYPES = {"REQUEST", "ACCUSE", "REJECT"}
CLASH_WORDS = {"clash", "skirmish", "scuffle", "confrontation"}
MUTUAL_TYPES = {"CONSULT", "AGREE", "COOPERATE"}  # acts both sides do together
PAST_STATUSES = {"occurred", "historical", "claimed", "denied", "negated"}  # told as done (or not done)
# Acts whose place abroad, with no target named, is aimed at that place's state.
PLACE_TARGET_TYPES = {"ASSAULT", "COERCE"}
# Object classes of things handed over (the theme), never the recipient.
THEME_CLASSES = {"material", "information", "weapons"}
SPEAKER_PRONOUNS = {"i", "me", "my", "you", "your"}
DEFINITE_DETERMINERS = {"the", "this", "these", "that", "those"}
# "press ahead", "push on": particles of carrying on (a phrasal verb in the lexicon aside).
CONTINUATIVE = {"ahead", "on"}
# Where to look for whom an act is aimed at or about when the parse gives no target.
TOPIC_DEPS = {"dobj", "obj", "dative", "prep", "attr", "oprd"}
TOPIC_DEPS_OF_SPEECH = TOPIC_DEPS | {"ccomp", "xcomp"}
SPEECH_TYPES = {"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN", "AGREE", "CONCEDE"}
# Prepositions of place, time and manner: their objects say where, when or how.
NOT_TOPIC_PREPS = {"in", "inside", "at", "during", "since", "until", "after", "before", "near", "within",
                   "across", "throughout", "amid", "by", "via", "through", "like", "as", "despite",
                   "alongside", "beside", "besides", "including", "among"}  # the last: company kept, not targets


@dataclass
class Found:
    """A trigger found in a sentence."""

    token: Token
    coding: Coding
    kind: str  # "verb", "noun", "particle", "weapon"
    particle: Token | None = None  # the particle or preposition of a phrasal trigger


def _free_relative(clause: Token) -> bool:
    """A clause that is a free relative: "what it said were militants"."""
    return any(t.lower_ == "what" for t in clause.subtree)


def _free_relative_targets(clause: Token) -> list[Token]:
    """The nouns a free relative names: the complement of "were" or the "as" phrase."""
    targets = [t for t in clause.subtree if t.dep_ in ("attr", "oprd") and t.pos_ in ("NOUN", "PROPN")]
    for t in clause.subtree:
        if t.lower_ == "as" and t.dep_ == "prep":
            targets += [c for c in t.children if c.dep_ == "pobj"]
    return targets


def _prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition: noun objects, and the nouns a clausal object names
    ("against what it described as militants")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    for clause in (c for c in prep.children if c.dep_ == "pcomp"):
        if _free_relative(clause):
            objects += _free_relative_targets(clause)
    return objects


NEGATIVE_PRONOUNS = {"none", "nobody", "nothing", "neither", "noone"}


def _negative_quantity(noun: Token) -> bool:
    """A noun phrase that counts nobody: "none (of the nationals)", "no civilians", "no one"."""
    if noun.lower_ in NEGATIVE_PRONOUNS or (noun.lower_ == "one" and noun.i > 0 and noun.doc[noun.i - 1].lower_ == "no"):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _clash_sides(clash: Token) -> list[Token]:
    """The sides named after a clash: "clashed with police", "clashes between police and
    protesters", also when the phrase hangs on the verb the noun is subject of ("clashes
    broke out between police and protesters")."""
    holders = [clash]
    if clash.pos_ in ("NOUN", "PROPN") and clash.dep_ in SUBJECTS and clash.head.pos_ == "VERB":
        holders.append(clash.head)
    return [o for holder in holders for p in holder.children if p.dep_ == "prep" and p.lower_ in ("with", "between", "among", "involving")
            for o in _prep_objects(p)]


def _period_start(value: str | None, *, year_end: bool = False) -> date | None:
    """The first day of the period an ISO value names ("2024-W03": its Monday; "2018-03": the
    1st), or None; a bare year counts from its last day with `year_end` (an event of "2015"
    is historical only if the whole year is)."""
    if not value:
        return None
    try:
        if value[5:6] == "W":
            return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        if len(value) >= 10:
            return date.fromisoformat(value[:10])
        if len(value) == 7:
            return date.fromisoformat(f"{value[:7]}-01")
        return date.fromisoformat(f"{value[:4]}-12-31" if year_end else f"{value[:4]}-01-01")
    except ValueError:
        return None


def _names_people(token: Token) -> bool:
    """Whether an unresolved noun phrase can be a victim worth keeping: people counted or
    named ("50 persons", "two children", "a man", "Naresh Yadav"), not "the insecurity"."""
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "NORP", "ORG"):
        return True
    if token.pos_ != "NOUN":
        return False
    if token.tag_ in ("NNS", "NNPS"):
        return True
    return any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an", "another")) for c in token.children)


def _names_place(participant: Participant, location: Location | None) -> bool:
    """Whether a participant the dictionary does not know is the event's place itself."""
    m = participant.mention
    return (isinstance(m, Unresolved) and location is not None and location.span is not None
            and m.start_char < location.span[1] and location.span[0] < m.end_char)


def _continuative(particle: Token) -> bool:
    """"press ahead", "push on": a particle of carrying on; not "arrested ahead of the rally"
    (a time) or "attacked on Monday" (a preposition)."""
    return (particle.dep_ in ("advmod", "prt") and particle.lower_ in CONTINUATIVE
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in particle.children))


def _described_group(token: Token) -> bool:
    """Whether an unresolved subject is a group the text describes well enough to be an actor:
    a plural noun with a modifier that says whose it is or what kind ("United States-backed
    fighters", "Sunni Arab forces", "the rebel commanders"), not "they" or "officials"."""
    if token.pos_ != "NOUN" or token.tag_ not in ("NNS", "NNPS"):
        return False
    return any(c.dep_ in ("amod", "compound", "nmod") and c.pos_ in ("ADJ", "PROPN", "NOUN", "VERB") and c.i < token.i
               for c in token.children)


@dataclass
class Unresolved:
    """A participant named by a noun phrase that resolves to no actor in the dictionary."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    head: int
    name: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    kind: str = "unresolved"

    @classmethod
    def of(cls, token: Token) -> "Unresolved":
        # The noun phrase without relative clauses or long modifiers: determiners, numbers,
        # adjectives and compounds before the head.
        left = token
        for child in token.lefts:
            if child.dep_ in ("det", "nummod", "amod", "compound", "quantmod", "advmod", "poss"):
                left = min(left, child, key=lambda t: t.i)
                left = min([left, *child.subtree], key=lambda t: t.i)
        span = token.doc[left.i:token.i + 1]
        return cls(span.start, span.end, span.start_char, span.end_char, span.text, token.i)


@dataclass
class Participant:
    mention: object  # stages.actors.ActorMention
    path: str  # how it was found, for the rule id


def _quad(event_type: str) -> int:
    return QUAD_CLASS[event_type]


class EventCoder:
    """Codes the events of one document."""

    def __init__(self, state: DocState, lexicon: EventLexicon):
        from .actors import actor_for_token

        self.state = state
        self.doc = state.doc
        self.lexicon = lexicon
        self.actor_for_token = actor_for_token
        self.mentions = state.actor_mentions or []
        # (trigger index, type, actor mention) of the events told so far, in text order: what
        # a later definite description ("rejected the demands") can refer back to
        self.told: list[tuple[int, str, object]] = []

    # -- triggers ------------------------------------------------------------------------

    def find(self, token: Token) -> Found | None:
        lex = self.lexicon
        lemma = token.lemma_.lower()
        if token.ent_type_ in ("DATE", "TIME") and token.text[:1].isupper():
            return None  # a month's name in a date ("March 7", "Friday, March 6"), not a march
        attributed = self._attributed_event(token)
        if attributed is not None:
            return Found(token, Coding("ACCUSE", "allege", "112", "attribution"), "attribution", attributed)
        if token.pos_ == "VERB" and token.tag_ == "VBG" and token.dep_ in NOMINAL_DEPS and self._noun_coding(token) is not None:
            return Found(token, self._noun_coding(token), "noun")  # a gerund used as a noun: "killed in police firing"
        if token.pos_ == "VERB":
            if token.dep_ == "amod":
                return None  # "Israeli-occupied", "the besieged town": a description, not an event
            # "forced their way out (of the crowd)": moving, not forcing anyone out
            moving = any(c.dep_ == "dobj" and c.lower_ == "way" for c in token.children)
            for child in token.children:
                if child.dep_ in ("prt", "prep", "dobj") and not moving:
                    for word in (child.lower_, child.lemma_.lower()):
                        if (lemma, word) in lex.particles:
                            return Found(token, lex.particles[(lemma, word)], "particle", child)
            if lemma in lex.speech_verbs and self._demand_clause(token) is not None:
                return Found(token, Coding("REQUEST", None, "10", "deontic"), "deontic", self._demand_clause(token))
            if lemma in ("fire", "launch") and self._weapon_object(token) is not None:
                weapon = self._weapon_object(token)
                mode = lex.modes.get("ASSAULT", {}).get(weapon.lower_)
                return Found(token, Coding("ASSAULT", mode or "firearms", "195" if mode in ("aerial", "drone") else "190", "weapon"), "weapon")
            if lemma == "fire" and not any(c.dep_ in OBJECTS for c in token.children):
                # Used absolutely, "fire" is to shoot: "the police fired", "police firing".
                return Found(token, Coding("ASSAULT", "firearms", "193", "verb"), "verb")
            if lemma in CAUSE_VERBS and not any(c.dep_ in OBJECTS for c in token.children) and any(
                    c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
                return None  # "groups fighting for greater autonomy"
            if lemma in lex.verbs and any(_continuative(c) for c in token.children):
                return None  # "pressed ahead with", "pushed on": to carry on, not the verb's act
            if lemma in lex.verbs:
                coding = lex.verbs[lemma]
                objects = [c for c in token.children if c.dep_ in OBJECTS]
                if coding.needs_object:
                    # In the passive the object is the subject: "explosives were found".
                    candidates = objects + [c for c in token.children if c.dep_ in PASSIVE_SUBJECTS]
                    if token.dep_ in ("relcl", "acl"):
                        # The noun a relative clause modifies is its object: "the prisoners
                        # (that were) released", "the report that police released".
                        candidates = [c for c in candidates if c.lower_ not in RELATIVE_PRONOUNS] + [token.head]
                    # "tons of food aid", "a cache of weapons": the measured noun counts.
                    candidates += [g for c in candidates for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
                    nouns = [n for obj in candidates for o in (obj, *obj.conjuncts) for n in (o, *(m for m in o.children if m.dep_ == "compound"))]
                    if not any(self._in_object_class(n, coding.needs_object) for n in nouns):
                        return None  # "sent shockwaves", "found a solution", "released a report": not this event
                if lemma in lex.light_verbs and any(self._noun_coding(o) for o in objects):
                    return None  # "gave a warning": the noun carries the event
                return Found(token, coding, "verb")
            return None
        if token.pos_ in ("NOUN", "PROPN"):
            coding = self._noun_coding(token)
            if coding is not None:
                particle = next((c for c in token.children if c.dep_ == "prep" and (lemma, c.lower_) in lex.particles), None)
                return Found(token, coding, "noun", particle)
        return None

    def _attributed_event(self, token: Token) -> Token | None:
        """The event noun a predicate of responsibility names: "X is responsible for the
        attacks", "X was behind the bombing". Saying so is an accusation (CAMEO 112), made
        by whoever says it, against the subject."""
        if token.lower_ == "responsible" and token.dep_ in ("acomp", "oprd"):
            preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"]
        elif token.lower_ == "behind" and token.dep_ == "prep" and token.head.lemma_ == "be":
            preps = [token]
        else:
            return None
        for prep in preps:
            for noun in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
                coding = self._noun_coding(noun)
                if coding is not None and coding.event_type in ("ASSAULT", "COERCE"):
                    return noun
        return None

    def _in_object_class(self, noun: Token, object_class: str) -> bool:
        words = self.lexicon.object_classes[object_class]
        if noun.lemma_.lower() in words or noun.lower_ in words:
            return True
        # People may be named rather than counted: "released Ahmed Shah", "freed them".
        return object_class == "persons" and (noun.ent_type_ in ("PERSON", "NORP", "ORG") or noun.lower_ in PERSONAL_OBJECTS)

    def _noun_coding(self, token: Token) -> Coding | None:
        lex = self.lexicon
        lemma, lower = token.lemma_.lower(), token.lower_
        if token.ent_type_ in NAME_ENTITIES:
            return None  # "Asia-Pacific Economic Cooperation", "Peace Agreement Day": a name
        governor = token.head
        if token.dep_ in OBJECTS and ((governor.lemma_.lower(), lower) in lex.particles or (governor.lemma_.lower(), lemma) in lex.particles):
            return None  # "lodged a protest": the verb phrase is the event
        modifiers = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
        for modifier in modifiers:
            if (modifier, lower, "") in lex.phrases:
                return lex.phrases[(modifier, lower, "")]
        for child in token.children:
            if child.dep_ == "prep":
                if (lemma, child.lower_) in lex.particles:
                    return lex.particles[(lemma, child.lower_)]
                if child.lower_ == "of":
                    for pobj in child.children:
                        if (lemma, "of", pobj.lower_) in lex.phrases:
                            return lex.phrases[(lemma, "of", pobj.lower_)]
        if (lower, "", "") in lex.phrases:
            return lex.phrases[(lower, "", "")]
        coding = lex.nouns.get(lower) or lex.nouns.get(lemma)
        if coding is None:
            return None
        if coding.needs_object:
            # A noun says what it acts on with "of": "the release of prisoners", not "the
            # release of the report". Without one ("his release") the noun stands.
            measured = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            if measured and not any(self._in_object_class(n, coding.needs_object) for m in measured for n in (m, *m.conjuncts)):
                return None
        bare = not any(c.dep_ in ("det", "poss") for c in token.children)
        on_strike = bare and token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.lemma_ in ("go", "be", "remain", "stay", "come")
        if lemma == "strike" and ("hunger" in modifiers or "general" in modifiers or on_strike):
            # "hunger strike", "general strike", "went on strike": the labour sense.
            return Coding("PROTEST", "hunger" if "hunger" in modifiers else "strike", "143", "noun")
        if lemma in NEEDS_PARTNER:
            partner = any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children)
            medium = modifiers & set(lex.modes.get("CONSULT", {}))
            if not (partner or medium):
                return None
        return coding

    def _demand_clause(self, verb: Token) -> Token | None:
        """The complement of a speech verb that says what someone must do ("said Iraq must
        cooperate"): a reported obligation is a demand on the clause's subject."""
        for clause in verb.children:
            if clause.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in clause.children):
                if any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in clause.children):
                    return clause
        return None

    def _weapon_object(self, verb: Token) -> Token | None:
        weapons = self.lexicon.modes.get("ASSAULT", {})
        return next((c for c in verb.children if c.dep_ in OBJECTS and c.lower_ in weapons), None)

    # -- participants --------------------------------------------------------------------

    def subject(self, verb: Token, seen: frozenset = frozenset()) -> tuple[list[Token], str, bool]:
        """(subject tokens, path, passive) of a verb, inherited when it has none of its own."""
        if verb.i in seen:
            return [], "", False
        seen = seen | {verb.i}
        for child in verb.children:
            if child.dep_ in SUBJECTS:
                return [child], "nsubj", False
            if child.dep_ in PASSIVE_SUBJECTS:
                return [child], "nsubjpass", True
        head = verb.head
        if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
            tokens, path, passive = self.subject(head, seen)
            # The shared subject is the patient when this verb is itself passive: "the
            # targets were in Iran and were attacked".
            return tokens, f"conj-{path}" if tokens else "", bool(tokens) and (self._own_passive(verb) or (passive and not self._own_active(verb)))
        if verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
            # Object control: "urged Iran to withdraw" -> Iran; subject control: "vowed to retaliate".
            objects = [c for c in head.children if c.dep_ in OBJECTS]
            if objects:
                return objects, "xcomp-obj", False
            tokens, path, _ = self.subject(head, seen)
            return tokens, f"xcomp-{path}" if tokens else "", False
        if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head.pos_ in ("VERB", "AUX"):
            # Adjectival control: "the air force was able to bomb Douma", "Iran is ready to
            # retaliate" -> the subject of the copula. An expletive ("it is easy to blame
            # Iran") names nobody.
            tokens, path, _ = self.subject(head.head, seen)
            if tokens and tokens[0].lower_ in EXPLETIVES:
                return [], "", False
            return tokens, f"acomp-{path}" if tokens else "", False
        if verb.dep_ == "relcl":
            return [head], "relcl", False
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            return [head], "acl", False  # a reduced relative: "gunmen firing on the crowd"
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and head.pos_ in ("NOUN", "PROPN", "PRON"):
            return [head], "acl-pass", True  # a reduced passive relative: "the people killed in the firing"
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            # "Pakistan reacted by recalling its ambassador": the subject of the verb the
            # phrase modifies.
            tokens, path, _ = self.subject(head.head, seen)
            return tokens, f"pcomp-{path}" if tokens else "", False
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":
            tokens, path, _ = self.subject(head, seen)
            return tokens, f"advcl-{path}" if tokens else "", False
        if verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(c.dep_ in ("mark", "aux", "auxpass") for c in verb.children):
            # a bare passive participle clause: "forces pounded the area, backed by Iranian
            # allies" -> the forces are backed
            tokens, path, passive = self.subject(head, seen)
            return (tokens, f"advcl-{path}", True) if tokens and not passive else ([], "", False)
        return [], "", False

    @staticmethod
    def _own_passive(verb: Token) -> bool:
        return any(c.dep_ == "auxpass" for c in verb.children)

    @staticmethod
    def _own_active(verb: Token) -> bool:
        """A verb with its own auxiliaries and no passive one: "was struck and has retaliated"."""
        return any(c.dep_ == "aux" for c in verb.children) and not any(c.dep_ == "auxpass" for c in verb.children)

    def participants(self, token: Token, path: str, sentence_index: int, *, keep_unresolved: bool = False) -> list[Participant]:
        """The actors a noun phrase denotes: one per conjunct; pronouns resolved.

        With `keep_unresolved`, a noun phrase that names no known actor is kept as it is
        ("over 50 persons were arrested"): victims matter even when unclassified."""
        out = []
        for head in [token, *token.conjuncts]:
            if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl" and head.head.head.i != head.head.i:
                # "militants who attacked", "Siddiqui, who was arrested": the noun the relative
                # clause modifies, never an actor named earlier; for an event noun ("a bombing
                # that killed 100") whoever carried it out, if the noun phrase says.
                antecedent = head.head.head
                if antecedent.pos_ == "NOUN" and self._noun_coding(antecedent) is not None:
                    mention = self._noun_actor(antecedent) or self._claimant(antecedent)
                    if mention is not None:
                        out.append(Participant(mention, path))
                    continue
                head = antecedent
            mention = self._resolve(head, sentence_index)
            if mention is None and keep_unresolved and _names_people(head) and self._noun_coding(head) is None:
                mention = Unresolved.of(head)
            if mention is not None:
                out.append(Participant(mention, path))
        return out

    def _resolve(self, token: Token, sentence_index: int):
        lower = token.lower_
        # (not "US" in capitals, which the tagger may even call a pronoun: the United States)
        if (token.pos_ == "PRON" or lower in GROUP_PRONOUNS | PERSONAL_PRONOUNS) and not (token.text.isupper() and len(token.text) > 1):
            if lower in ("what", "which"):
                # "against what it described as militants": the "as" phrase names them.
                for t in token.head.subtree if token.dep_ != "pobj" else token.subtree:
                    if t.lower_ == "as" and t.dep_ == "prep":
                        target = next((c for c in t.children if c.dep_ == "pobj"), None)
                        if target is not None:
                            return self._resolve(target, sentence_index)
                return None
            return self._antecedent(token, sentence_index)
        mention = self.actor_for_token(self.state, token.i)
        if token.lemma_.lower() in self.lexicon.other_party:
            # "Assad's main backer", "Pakistan's neighbour": someone other than the possessor,
            # named by an apposition ("..., the Russian president, Vladimir Putin") or a
            # modifier ("his Pakistani counterpart"), if at all.
            named = next((m for a in token.children if a.dep_ == "appos" for m in [self._resolve(a, sentence_index)] if m is not None), None)
            possessors = [t.i for c in token.children if c.dep_ == "poss" for t in c.subtree]
            if named is not None or (mention is not None and any(mention.start <= i < mention.end for i in possessors)):
                return named
        if mention is None or (mention.kind == "sector" and mention.country is None):
            allegiance = self._allegiance(token, sentence_index)
            armed = mention is not None and mention.sector not in (None, "CVL")
            if allegiance is not None and allegiance.country is not None and allegiance.kind not in ("group", "igo") and armed:
                # "soldiers loyal to the Syrian government": that state's soldiers
                return dataclasses.replace(mention, country=allegiance.country, code=allegiance.country + mention.sector, name=allegiance.name)
            if allegiance is not None and not armed:
                # "people linked to Islamic State": its people; an armed sector word keeps its
                # own sector ("militants linked to IS" are militants, not IS itself)
                return allegiance
        if mention is not None and mention.kind == "sector" and mention.country is None:
            mention = self._with_stated_country(token, mention)
        if mention is None and token.pos_ == "NOUN" and self._noun_coding(token) is not None:
            # "condemned Iran's strike": the target of the accusation is the striker;
            # "a bombing claimed by Islamic State killed 95": the claimant.
            return self._noun_actor(token) or self._claimant(token) or self._described_event_actor(token)
        return mention

    def _allegiance(self, token: Token, sentence_index: int):
        """People named by whom they belong to: "dozens of people linked to Islamic State",
        "soldiers loyal to the government", "men affiliated with the Taliban" are that
        group's members (the state's, for a sector word: the government's soldiers)."""
        heads = [token, *(o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]
        for head in heads:
            for modifier in head.children:
                if modifier.dep_ not in ("acl", "amod") or modifier.lemma_.lower() not in self.lexicon.allegiance:
                    continue
                for prep in (c for c in modifier.children if c.dep_ == "prep" and c.lower_ in ("to", "with")):
                    for owner in (c for c in prep.children if c.dep_ == "pobj"):
                        found = self._resolve(owner, sentence_index)
                        if found is not None and (found.kind != "sector" or found.country is not None):
                            return found
        return None

    def _described_event_actor(self, noun: Token):
        """Who did the event a definite description refers back to: in "Erdogan rejected the
        demands", "both welcomed the pullout", the demands and the pullout are the last such
        event told before, and their doer is whom the act is aimed at."""
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children):
            return None
        coding = self._noun_coding(noun)
        governor = self.lexicon.verbs.get(noun.head.lemma_.lower())
        if governor is not None and governor.event_type == coding.event_type:
            return None  # "attacked ... the first air strike": the act renamed, not an earlier one
        # "Erdogan rejected the demands": demands made of him, not his own earlier ones
        doers = self.subject(noun.head)[0] if noun.dep_ in OBJECTS else []
        own = {m.country for d in doers for m in [self.actor_for_token(self.state, d.i)] if m is not None and m.country}
        for trigger_index, event_type, actor in reversed(self.told):
            if trigger_index < noun.i and event_type == coding.event_type and not (actor.country and actor.country in own):
                return actor
        return None

    def _with_stated_country(self, token: Token, mention):
        """A sector word with its country in a phrase: "separatist militants in Iran"."""
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "inside", "from", "of"):
                for place in (c for c in prep.children if c.dep_ == "pobj"):
                    found = self.actor_for_token(self.state, place.i)
                    if found is not None and found.kind == "state" and found.country:
                        end = place.idx + len(place.text)
                        return dataclasses.replace(
                            mention, country=found.country, code=found.country + (mention.sector or ""), name=found.name,
                            end=place.i + 1, end_char=end, text=self.doc.text[mention.start_char:end])
        return mention

    def _antecedent(self, pronoun: Token, sentence_index: int):
        lower = pronoun.lower_
        if lower in SPEAKER_PRONOUNS:
            return None  # "I", "you": the writer or a quoted speaker and their listener, never a group named before
        # Reported speech: "Pakistan said it had attacked" -> the speaker.
        node = pronoun.head
        while node.dep_ not in ("ROOT",) and node.head.i != node.i:
            if node.dep_ in ("ccomp", "xcomp", "advcl", "conj") and node.head.lemma_.lower() in self.lexicon.speech_verbs | {"claim", "deny"}:
                speakers, _, _ = self.subject(node.head)
                for speaker in speakers:
                    if speaker.pos_ != "PRON":
                        found = self.actor_for_token(self.state, speaker.i)
                        if found is not None:
                            return found
            node = node.head
        # Otherwise the nearest earlier actor of the right kind, in this or the previous two sentences.
        sentences = self.state.sentences
        earliest = sentences[max(0, sentence_index - 2)].start
        wanted = {"person"} if lower in PERSONAL_PRONOUNS else {"state", "igo", "group", "sector"}
        bound = self._own_clause_subjects(pronoun)
        for mention in reversed(self.mentions):
            if mention.end <= pronoun.i and mention.start >= earliest and mention.kind in wanted:
                if any(mention.start <= s.i < mention.end for s in bound):
                    continue  # "Erdogan urged him": an object pronoun is never its own clause's subject
                return mention
        return None

    def _own_clause_subjects(self, pronoun: Token) -> list[Token]:
        """The subjects of the clause whose object the pronoun is (a relative "who" standing
        for the noun it modifies), which the pronoun cannot refer to (binding principle B)."""
        if pronoun.dep_ in OBJECTS:
            verb = pronoun.head
        elif pronoun.dep_ == "pobj" and pronoun.head.head.pos_ == "VERB":
            verb = pronoun.head.head
        else:
            return []
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        return [verb.head if s.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else s for s in subjects]

    def _noun_actor(self, noun: Token):
        for child in noun.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod"):
                mention = self.actor_for_token(self.state, child.i)
                if mention is not None and mention.start <= child.i < mention.end:
                    return mention
        return None

    def _claimant(self, noun: Token):
        """The group that claimed an attack: "the bombing claimed by the Islamic State"."""
        for clause in noun.children:
            if clause.dep_ == "acl" and clause.lemma_.lower() == "claim":
                for agent in (c for c in clause.children if c.dep_ == "agent"):
                    for o in (c for c in agent.children if c.dep_ == "pobj"):
                        return self.actor_for_token(self.state, o.i)
        return None

    # -- coding ----------------------------------------------------------------------------

    def code(self) -> list[Event]:
        def candidates():
            for index, sentence in enumerate(self.state.sentences):
                for token in sentence:
                    found = self.find(token)
                    if found is not None:
                        yield from self._events(found, index, sentence)

        return unique_numbered(
            candidates(), self.state.document.id,
            key=lambda e: (e.trigger.span, e.actor and e.actor.span, e.recipient and e.recipient.span))

    def _events(self, found: Found, index: int, sentence) -> list[Event]:
        token, coding = found.token, found.coding
        if found.kind == "noun":
            actors, recipients = self._noun_arguments(found, index)
        elif found.kind == "attribution":
            # The accused is the subject of "is responsible" / "was behind"; the accuser is
            # whoever says so ("Riyadh said Iran is responsible"), else no one named.
            copula = token.head
            accused, path, _ = self.subject(copula)
            recipients = [p for s_ in accused for p in self.participants(s_, f"responsible-{path}", index)]
            actors = []
            if copula.dep_ in ("ccomp", "xcomp") and copula.head.lemma_.lower() in self.lexicon.speech_verbs | {"accuse", "suspect", "blame"}:
                speakers, speaker_path, passive = self.subject(copula.head)
                actors = [p for s_ in (speakers if not passive else []) for p in self.participants(s_, f"say-{speaker_path}", index)]
        elif found.kind == "deontic":
            subjects, path, _ = self.subject(token)
            actors = [p for s in subjects for p in self.participants(s, path, index)]
            clause_subjects, _, _ = self.subject(found.particle)
            recipients = [p for s in clause_subjects for p in self.participants(s, "must-nsubj", index)]
        else:
            actors, recipients = self._verb_arguments(found, index)
        pairs = None
        if coding.event_type in MUTUAL_TYPES and not recipients and len({a.mention.name for a in actors}) > 1:
            # "Iran and Saudi Arabia held talks": each side acts with each other one, coded both
            # ways as PETRARCH and GDELT code a joint act (Iran -> Saudi Arabia, Saudi Arabia -> Iran).
            pairs = [(a, b) for a in actors for b in actors if a.mention.name != b.mention.name]
        if actors and not recipients and not pairs and found.kind in ("verb", "particle", "noun"):
            recipients = self._topic_recipients(found, actors, index)
        if not actors and not recipients:
            return []
        if self._not_reported(found, actors, recipients):
            return []
        if not actors and self._unresolved_subject(found):
            return []  # "an earthquake killed eight": the doer is named but is no actor
        if not actors and coding.event_type not in ACTORLESS_TYPES:
            return []  # who requested, agreed, accused? Without an actor there is no event.
        status = self._status(token)
        coding, mode = self.coding_and_mode(found)
        coding, status, mode = self._speech_act(coding, status, mode)
        date_info = self._date(token, index)
        location = self._location(token, coding, actors, recipients)
        if actors and coding.event_type in PLACE_TARGET_TYPES and all(_names_place(r, location) for r in recipients):
            # no target, or only the place itself ("shelled Odesa"): the place's state
            recipients = self._state_of_place(location, actors) or recipients
        if status in PAST_STATUSES and date_info is not None and self._after_publication(date_info):
            # "talks ended in failure, and resume on 28 November": a report cannot tell of a
            # done act dated after it was published; that date is another clause's plan
            date_info = None
        if status == "occurred" and date_info is not None and self._is_historical(date_info):
            status = "historical"
        self.told += [(token.i, coding.event_type, a.mention) for a in actors if a.mention.kind != "unresolved"]
        events = []
        for actor, recipient in pairs or [(a, r) for a in actors or [None] for r in recipients or [None]]:
            if actor is not None and recipient is not None and actor.mention.code == recipient.mention.code and actor.mention.start == recipient.mention.start:
                recipient = None
            events.append(self._event(found, coding, sentence, actor, recipient, status, mode, date_info, location))
        return events

    def _topic_recipients(self, found: Found, actors: list[Participant], index: int) -> list[Participant]:
        """Whom an act with no direct target is aimed at or about: the first other actor named
        in its complements ("downed two Turkish drones" -> Turkey, "threatened that Mr Assad
        would pay" -> Assad, "opposes the attendance of the Kurdish groups" -> the Kurdish
        groups, "surrendering to the SDF" -> the SDF). Phrases of place and time ("in Syria",
        "on Sunday") say where and when, not to whom; clauses are read only for acts of
        speech (an attack's clause says something else)."""
        token = found.token
        deps = TOPIC_DEPS_OF_SPEECH if found.coding.event_type in SPEECH_TYPES else TOPIC_DEPS
        own_countries = {a.mention.country for a in actors if a.mention.country}
        own_names = {a.mention.name for a in actors}
        for child in token.children:
            if child.dep_ not in deps or (child.dep_ == "prep" and child.lower_ in NOT_TOPIC_PREPS):
                continue
            if _same(child, found.particle) and child.lower_ == "for" and found.coding.event_type == "REQUEST":
                continue  # "call for restraint": what is asked for
            for t in child.subtree:
                if t.pos_ not in ("PROPN", "NOUN", "ADJ") or t.i == token.i:
                    continue
                if t.dep_ == "pobj" and t.head.lower_ in NOT_TOPIC_PREPS:
                    continue
                mention = self.actor_for_token(self.state, t.i)
                if mention is None or not (mention.start <= t.i < mention.end):
                    continue
                if mention.name in own_names or (mention.country and mention.country in own_countries and not mention.sector):
                    continue
                return [Participant(mention, f"topic-{child.dep_}")]
        return []

    def coding_and_mode(self, found: Found) -> tuple[Coding, str | None]:
        """The trigger's coding and mode before status: its lexicon entry with the mode its
        phrase gives, or a crowd's protest."""
        crowd = self._crowd_coding(found)
        if crowd is not None:
            return crowd, crowd.mode
        return found.coding, self._mode(found) or found.coding.mode

    def _crowd_coding(self, found: Found) -> Coding | None:
        """PROTEST for a crowd's demands ("protesters demanded", "thousands of demonstrators
        urged") and riot for a clash with a crowd on one side ("clashes between police and
        protesters"); None when the trigger is no such thing."""
        token, event_type = found.token, found.coding.event_type
        if event_type in CROWD_VOICE_TYPES and found.kind != "noun":
            subjects, _, passive = self.subject(token)
            if not passive and any(self._is_crowd(s) for s in subjects):
                return Coding("PROTEST", "demo", "141", "crowd-voice")
        if event_type == "ASSAULT" and token.lemma_.lower() in CLASH_WORDS:
            sides = self.subject(token)[0] if found.kind != "noun" else [c for c in token.children if c.dep_ == "poss"]
            sides += _clash_sides(token)
            if any(self._is_crowd(t) for side in sides for t in (side, *side.conjuncts)):
                return Coding("PROTEST", "riot", "145", "crowd-clash")
        return None

    @staticmethod
    def _is_crowd(noun: Token) -> bool:
        """Protesters, or a number or crowd of them ("thousands of demonstrators")."""
        if noun.lemma_.lower() in PROTEST_CROWDS or noun.lower_.rstrip("s") in PROTEST_CROWDS:
            return True
        return any(g.lemma_.lower() in PROTEST_CROWDS for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj")

    def _not_reported(self, found: Found, actors: list[Participant], recipients: list[Participant]) -> bool:
        """Mentions that name an event without reporting one:

        - a description after "as" with a verb of regarding: "is seen as a threat by Iran";
        - commentary: an event noun that is the subject of a predicate that neither tells it
          happened nor what it did, in someone's reported words: "Brew said Tehran's strikes
          were motivated by ...", "said Pakistan's retaliation raised the risk";
        - a figure of speech: a state as the patient of a verb of bodily harm, with no one
          doing it ("Iran is wounded").
        """
        token = found.token
        if found.kind == "noun":
            if token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.lemma_.lower() in REGARD_VERBS:
                return True
            predicate = token.head
            if (token.dep_ in SUBJECTS | PASSIVE_SUBJECTS and predicate.pos_ in ("VERB", "AUX")
                    and self.find(predicate) is None and predicate.lemma_.lower() not in OCCURRENCE_VERBS
                    and self._in_reported_speech(predicate)):
                return True
        if (found.kind == "verb" and token.lemma_.lower() in ANIMATE_PATIENT_VERBS and not actors and recipients
                and all(getattr(r.mention, "kind", "") == "state" and not r.mention.sector for r in recipients)):
            return True
        return False

    def _in_reported_speech(self, verb: Token) -> bool:
        node, depth = verb, 0
        while node.head.i != node.i and depth < 4:
            if node.dep_ in ("ccomp", "xcomp") and node.head.lemma_.lower() in self.lexicon.speech_verbs:
                return True
            node, depth = node.head, depth + 1
        return False

    @staticmethod
    def _speech_act(coding: Coding, status: str, mode: str | None) -> tuple[Coding, str, str | None]:
        """An announced action is coded as the announcement, as PLOVER does: an intent to
        cooperate is AGREE, an intent to harm is THREATEN, a refusal is REJECT. The
        announcement itself occurred; the action it names keeps its code in the rule."""
        quad = QUAD_CLASS[coding.event_type]
        if status == "refused":
            return Coding("REJECT", None, "12", f"intent-{coding.event_type.lower()}"), "occurred", None
        if coding.event_type in ("AGREE", "THREATEN", "REJECT", "REQUEST", "ACCUSE"):
            return coding, status, mode
        if status == "planned":
            if quad in (1, 2):
                return Coding("AGREE", None, "03", f"intent-{coding.event_type.lower()}"), "occurred", None
            threat_mode = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "relations", "PROTEST": "relations"}.get(coding.event_type)
            return Coding("THREATEN", threat_mode, "13", f"intent-{coding.event_type.lower()}"), "occurred", threat_mode
        return coding, status, mode

    def _passive_agent(self, verb: Token) -> Token | None:
        """The "by" phrase of a passive verb. Coordinated participles share one: "were
        detained and tortured by the police", "was attacked by gunmen and wounded"."""
        own = next((c for c in verb.children if c.dep_ == "agent"), None)
        if own is not None:
            return own
        chain = [verb.head] if verb.dep_ == "conj" else []
        chain += [c for c in verb.children if c.dep_ == "conj"]
        for other in chain:
            # the head carries the shared subject; a later conjunct with a subject of its own
            # is another clause ("was arrested and his house was searched by police")
            own_subject = other is not verb.head and any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in other.children)
            if other.tag_ != "VBN" or own_subject:
                continue
            found = next((c for c in other.children if c.dep_ == "agent"), None)
            if found is not None:
                return found
        return None

    def _cause_actors(self, verb: Token, index: int) -> list[Participant]:
        """In "two were killed in police firing" the actor of the cause is the actor."""
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "during", "after"):
                for cause in (c for c in prep.children if c.dep_ == "pobj"):
                    found = self.find(cause)
                    if found is not None and found.kind == "noun" and QUAD_CLASS[found.coding.event_type] == 4:
                        actors, _ = self._noun_arguments(found, index)
                        return [Participant(a.mention, f"cause-{a.path}") for a in actors]
        return []

    def _unresolved_subject(self, found: Found) -> bool:
        """A verb trigger whose own subject (active voice) names something that is not an actor."""
        if found.kind == "noun" or found.coding.event_type not in ("ASSAULT", "COERCE"):
            return False  # protesters are often unnamed crowds: a PROTEST keeps its event
        for child in found.token.children:
            if child.dep_ in SUBJECTS and child.pos_ != "PRON":
                return self._resolve(child, 0) is None
        return False

    def _verb_arguments(self, found: Found, index: int) -> tuple[list[Participant], list[Participant]]:
        verb, coding = found.token, found.coding
        subjects, subject_path, passive = self.subject(verb)
        if subject_path.startswith("conj-") and not any(self.participants(s, subject_path, index) for s in subjects):
            # The subject the parse lends a conjoined verb names no actor: a parenthetical
            # between subject and verb may have broken the parse ("Pakistan, in retaliatory
            # attacks on ..., killed ten people" read as a second verb of the main clause).
            before = self._subject_before_parenthetical(verb)
            if before is not None:
                subjects, subject_path, passive = [before], "before-parenthetical", self._own_passive(verb)
        victims = coding.event_type in ("ASSAULT", "COERCE") and coding.needs_object is None
        actors: list[Participant] = []
        recipients: list[Participant] = []
        if passive:
            agent = self._passive_agent(verb)
            agent_object = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if agent_object is not None:
                actors = self.participants(agent_object, "agent", index)
            else:
                actors = self._cause_actors(verb, index)
            for s in subjects:
                recipients += self.participants(s, subject_path, index, keep_unresolved=victims)
        else:
            for s in subjects:
                actors += self.participants(s, subject_path, index, keep_unresolved=_described_group(s))
            objects = [c for c in verb.children if c.dep_ in OBJECTS and c.lower_ not in self.lexicon.modes.get("ASSAULT", {})]
            if coding.needs_object in THEME_CLASSES:
                # "shared intelligence with Israel": what is handed over is no recipient
                objects = [o for o in objects if not self._in_object_class(o, coding.needs_object)]
            for o in objects:
                recipients += self.participants(o, "dobj", index, keep_unresolved=victims and o.dep_ != "dative")
            if not recipients:
                for clause in (c for c in verb.children if c.dep_ == "ccomp" and _free_relative(c)):
                    for target in _free_relative_targets(clause):
                        recipients += self.participants(target, "what-dobj", index)
        own = {a.mention.country for a in actors if a.mention.country}
        if recipients and own and all(r.mention.country in own for r in recipients):
            # "Pakistan recalled its ambassador from Iran": the actor's own agent is the
            # means; the other side is in the "from", "to" or "with" phrase.
            # ("pulled its troops out of Syria": the "of" under "out" is a "from")
            out_of = [c for out in verb.children if out.lower_ == "out" for c in out.children if c.dep_ == "prep" and c.lower_ == "of"]
            phrases = [*verb.children, *(c for o in verb.children if o.dep_ in OBJECTS for c in o.children)]
            phrases = [p for p in phrases if p.dep_ == "prep" and p.lower_ in ("from", "to", "with")] + out_of
            others = [p for prep in phrases
                      for o in prep.children if o.dep_ == "pobj" for p in self.participants(o, f"prep-{prep.lower_}", index)]
            others = [p for p in others if p.mention.country not in own]
            if others:
                recipients = others
        if not recipients and coding.event_type == "REQUEST":
            # "demanded that the US cancel the sale": who is asked to act is the subject of the
            # clause that says what is asked
            for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
                for s_ in (c for c in clause.children if c.dep_ in SUBJECTS):
                    recipients += self.participants(s_, "demanded-nsubj", index)
        if not recipients:
            preps = RECIPIENT_PREPS.get(coding.event_type, set())
            # A phrase after an object that names no actor may hang from the object in the
            # parse ("shared evidence with the U.S."): look there too.
            attached = [c for o in verb.children if o.dep_ in OBJECTS for c in o.children]
            for prep in [*verb.children, *attached]:
                if prep.dep_ != "prep":
                    continue
                if _same(prep, found.particle) and prep.lower_ == "for":
                    continue  # "call for restraint": the thing asked for, not a recipient
                if prep.lower_ in preps or _same(prep, found.particle):
                    for pobj in _prep_objects(prep):
                        recipients += self.participants(pobj, f"prep-{prep.lower_}", index)
        return actors, recipients

    def _subject_before_parenthetical(self, verb: Token) -> Token | None:
        """The actor noun right before a comma-delimited phrase that ends just before the
        verb: "<actor>, <parenthetical>, <verb>"."""
        sentence = verb.sent
        if verb.i - 1 <= sentence.start or verb.doc[verb.i - 1].text != ",":
            return None
        for j in range(verb.i - 2, max(sentence.start, verb.i - 40), -1):
            if verb.doc[j].text == ",":
                candidate = verb.doc[j - 1] if j - 1 >= sentence.start else None
                if (candidate is not None and candidate.pos_ in ("PROPN", "NOUN") and candidate.dep_ not in SUBJECTS | PASSIVE_SUBJECTS | {"pobj"}
                        and self.actor_for_token(self.state, candidate.i) is not None):
                    return candidate
                return None
        return None

    def _noun_arguments(self, found: Found, index: int) -> tuple[list[Participant], list[Participant]]:
        noun, coding = found.token, found.coding
        actors: list[Participant] = []
        recipients: list[Participant] = []
        preps = RECIPIENT_PREPS.get(coding.event_type, set())
        for child in noun.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod") and not actors:
                mention = self.actor_for_token(self.state, child.i)
                if child.dep_ == "poss" and child.pos_ == "PRON":
                    mention = self._antecedent(child, index)
                if (mention is not None and mention.country is None and mention.kind == "sector"
                        and (child.dep_ in ("amod", "nmod") or child.lower_ in self.lexicon.modes.get("ASSAULT", {}))):
                    mention = None  # "military riposte", "missile strike": the kind of event, not who ("police firing" is who)
                if mention is not None:
                    actors = [Participant(mention, child.dep_)]
            elif child.dep_ == "prep":
                objects = _prep_objects(child)
                if child.lower_ == "by":
                    for o in objects:
                        actors += self.participants(o, "by", index)
                elif child.lower_ in preps and not (_same(child, found.particle) and child.lower_ == "for"):
                    for o in objects:
                        recipients += self.participants(o, f"prep-{child.lower_}", index)
        if not actors and coding.event_type in MUTUAL_TYPES:
            # "talks between Iran and Saudi Arabia", "a call between Trump and Erdogan": a
            # mutual act names its sides together; `_events` codes each side with each other.
            sides = [s_ for p in noun.children if p.dep_ == "prep" and p.lower_ == "between"
                     for o in _prep_objects(p) for s_ in self.participants(o, "between", index)]
            if len(sides) >= 2:
                actors, recipients = sides, []
        if not actors and not recipients and noun.lemma_.lower() in CLASH_WORDS:
            # A clash is mutual: the first side named acts, the others are acted on.
            sides = [t for side in _clash_sides(noun) for t in (side, *side.conjuncts)]
            if sides:
                actors = self.participants(sides[0], "between", index, keep_unresolved=True)
                for other in sides[1:]:
                    recipients += self.participants(other, "between", index, keep_unresolved=True)
        if not actors:
            governor = noun.head
            if noun.dep_ in OBJECTS and governor.pos_ == "VERB":
                # "Pakistan carried out strikes", "held talks", "condemned the attack" is not this:
                # only light verbs lend their subject to their object noun.
                if governor.lemma_.lower() in RECEIVING_VERBS:
                    # "received a call from his Iranian counterpart": the caller acts on the receiver.
                    for prep in [*noun.children, *governor.children]:
                        if prep.dep_ == "prep" and prep.lower_ == "from":
                            for o in (c for c in prep.children if c.dep_ == "pobj"):
                                actors += self.participants(o, "receive-from", index)
                    subjects, path, passive = self.subject(governor)
                    if not recipients and not passive:
                        for s_ in subjects:
                            recipients += self.participants(s_, f"receive-{path}", index)
                elif governor.lemma_.lower() in self.lexicon.light_verbs:
                    subjects, path, passive = self.subject(governor)
                    for s in subjects if not passive else []:
                        actors += self.participants(s, f"light-{path}", index)
                    if not recipients:
                        for prep in governor.children:
                            if prep.dep_ in ("prep", "dative") and prep.lower_ in preps:
                                # "gave assurances to the Kurds" (the parser calls that "to" a dative)
                                for o in (c for c in prep.children if c.dep_ == "pobj"):
                                    recipients += self.participants(o, f"light-prep-{prep.lower_}", index)
                            elif prep.dep_ == "dative" and prep.pos_ in ("NOUN", "PROPN", "PRON"):
                                recipients += self.participants(prep, "light-dative", index)  # "gave Iran assurances"
            elif noun.dep_ == "pobj" and governor.lower_ == "with" and governor.head.pos_ == "VERB":
                subjects, path, passive = self.subject(governor.head)
                for s in subjects if not passive else []:
                    actors += self.participants(s, f"with-{path}", index)
        return actors, recipients

    # -- status, mode, date, place -------------------------------------------------------------

    def _status(self, trigger: Token) -> str:
        statuses = []
        node = trigger
        if trigger.pos_ == "NOUN":
            # A noun takes the status of its clause: "threatened a strike", "no attack took place".
            if any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
                statuses.append("negated")
            if trigger.dep_ == "pobj" and trigger.head.head.pos_ == "NOUN":
                owner = trigger.head.head.lemma_.lower()  # "the threat of strikes", "plans for an attack"
                if owner in self.lexicon.status_cues or owner in ("threat", "plan", "possibility", "risk", "fear"):
                    statuses.append({"threat": "threatened", "plan": "planned"}.get(owner, self.lexicon.status_cues.get(owner, "hypothetical")))
            if any(c.lower_ in PAST_MARKERS and c.dep_ == "amod" for c in trigger.children):
                statuses.append("historical")
            node = trigger.head if trigger.dep_ in OBJECTS | SUBJECTS | PASSIVE_SUBJECTS and trigger.head.pos_ in ("VERB", "AUX") else None
            if node is not None and trigger.dep_ in OBJECTS and self._governing_cue(node):
                statuses.append(self._governing_cue(node))  # "demanded the arrest of", "threatened a strike"
        if trigger.pos_ == "VERB" and trigger.dep_ == "relcl" and trigger.tag_ in ("VBP", "VBZ") and not any(
                c.dep_ in ("aux", "auxpass") for c in trigger.children) and any(
                c.dep_ in SUBJECTS and c.lower_ in RELATIVE_PRONOUNS for c in trigger.children):
            statuses.append("hypothetical")  # "people who kill large numbers": a kind of person, not an event
        if self._habitual(trigger):
            statuses.append("historical")
        if self._precedent(trigger):
            statuses.append("historical")
        if trigger.pos_ == "VERB":
            arguments = [c for c in trigger.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS | OBJECTS]
            if any(_negative_quantity(a) for a in arguments):
                statuses.append("negated")  # "none of the nationals were targeted", "killed no one"
        depth = 0
        while node is not None and depth < 6:
            for child in node.children:
                if child.dep_ == "neg":
                    statuses.append("negated")
                elif child.dep_ == "aux" and child.tag_ == "MD":
                    word = child.lower_
                    if word in ("will", "shall", "'ll", "wo"):
                        statuses.append("planned")
                    elif word == "would" and self._reported(node):
                        statuses.append("planned")  # reported speech shifts "will" to "would"
                    elif word in self.lexicon.status_cues:
                        statuses.append(self.lexicon.status_cues[word])
                elif child.dep_ == "mark" and child.lower_ in ("if", "unless"):
                    statuses.append("hypothetical")
            if node.dep_ in ("xcomp", "ccomp", "advcl", "conj", "pcomp", "acomp") and node.head.i != node.i:
                head = node.head
                cue = self.lexicon.status_cues.get(head.lemma_.lower()) or self._governing_cue(head)
                if cue is not None and node.dep_ != "conj":
                    statuses.append(cue if cue != "denied" or head.lemma_.lower() == "deny" else "denied")
                node = head
                depth += 1
                continue
            if node.dep_ == "prep" and node.head.pos_ == "NOUN" and node.head.lemma_.lower() in self.lexicon.status_cues:
                statuses.append(self.lexicon.status_cues[node.head.lemma_.lower()])  # "a playbook of creating proxies to attack"
                break
            if node.dep_ == "pcomp" or (node.dep_ == "pobj" and node.head.dep_ == "prep"):
                node = node.head.head
                depth += 1
                continue
            break
        if "negated" in statuses and any(s == "denied" for s in statuses):
            statuses.remove("negated")
        if "negated" in statuses and "planned" in statuses:
            return "refused"  # "will not accept": a refusal, coded as REJECT by _speech_act
        return min(statuses, key=STATUS_RANK.index) if statuses else "occurred"

    def _precedent(self, trigger: Token) -> bool:
        """An earlier member of a series that ends "and now <event>", told before the
        sentence's main verb: "The raid on Abbottabad, the bombing of Balakot, and now Iran's
        strikes have all taken place undetected" lists precedents (past events) before the
        one the report is about. Read from the words, as the parse of such lists varies."""
        sentence = trigger.sent
        for now in sentence:
            if now.lower_ != "now" or now.i - 1 <= sentence.start or now.doc[now.i - 1].lower_ != "and" or trigger.i >= now.i - 1:
                continue
            before = now.doc[sentence.start:now.i]
            if any(t.dep_ == "ROOT" for t in before):
                continue  # "and now" after the main verb joins clauses, not a list of events
            after = now.doc[now.i + 1:min(now.i + 8, sentence.end)]
            if any(t.pos_ == "NOUN" and self._noun_coding(t) is not None for t in after):
                return True
        return False

    @staticmethod
    def _habitual(trigger: Token) -> bool:
        """An action told as a habit: an adverb of habit on the trigger or on the light verb
        that carries it ("have long carried out attacks")."""
        nodes = [trigger]
        if trigger.dep_ in OBJECTS and trigger.head.pos_ == "VERB":
            nodes.append(trigger.head)
        return any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for node in nodes for c in node.children)

    def _governing_cue(self, verb: Token) -> str | None:
        """The status a verb gives to the action it asks for, threatens or refuses."""
        coding = self.lexicon.verbs.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
        return {"REQUEST": "hypothetical", "THREATEN": "threatened", "REJECT": "negated"}.get(coding.event_type) if coding else None

    def _reported(self, verb: Token) -> bool:
        """Whether a clause is the complement of a speech verb ("X said it would ...")."""
        return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.lexicon.speech_verbs

    def _mode(self, found: Found) -> str | None:
        words = self.lexicon.modes.get(found.coding.event_type)
        if not words:
            return None
        near = [c for c in found.token.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")]
        for prep in (c for c in found.token.children if c.dep_ == "prep" and c.lower_ in ("with", "by", "using")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                near += [pobj, *pobj.conjuncts]
        if found.kind == "weapon":
            near += [c for c in found.token.children if c.dep_ in OBJECTS]
        # The instrument as the doer: "Iranian missiles struck", "was hit by drones".
        near += [c for c in found.token.children if c.dep_ in SUBJECTS]
        near += [g for a in found.token.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        for token in near:
            mode = words.get(token.lower_) or words.get(token.lemma_.lower())
            if mode:
                return mode
        return None

    def _date(self, trigger: Token, index: int):
        if self.state.timexes is None:  # no dates stage in this pipeline
            return None
        from .dates import event_date

        found = event_date(self.state, trigger.i, index)
        start = getattr(found, "token_start", None)
        while start is not None and start > 0 and self.doc[start - 1].dep_ == "det":
            start -= 1
        if found is not None and start is not None and start > 0 and self.doc[start - 1].lower_ in BOUND_WORDS:
            return None  # "since the 1980-88 war", "until March": a bound, not the event's date
        return found

    def _location(self, trigger: Token, coding: Coding, actors: list[Participant], recipients: list[Participant]) -> Location | None:
        """Where the event happened: a place attached to the trigger; for material events
        also the recipient's place ("struck Pakistan", "militants in Iran"), then the
        actor's stated place, never the actor itself. A statement, a request or an
        accusation happens where it is made, not where its addressee is."""
        if self.state.place_mentions is None:  # no places stage in this pipeline
            return None
        from .places import event_location

        if QUAD_CLASS[coding.event_type] in (1, 3):
            return event_location(self.state, trigger.i, []) or self._speaker_country(actors)
        location = event_location(self.state, trigger.i, [p.mention.head for p in recipients])
        if location is None and trigger.dep_ == "conj" and trigger.head.lemma_ == "be":
            # "The targets were in Sistan and Baluchestan and were attacked": the shared
            # subject's stated place.
            location = event_location(self.state, trigger.head.i, [])
        if location is None and actors:
            location = event_location(self.state, trigger.i, [p.mention.head for p in actors])
            if location is not None and location.span is not None and any(
                    p.mention.start_char <= location.span[0] < p.mention.end_char for p in actors):
                location = None  # the actor named, not the place of the event
        return location

    def _state_of_place(self, location: Location | None, actors: list[Participant]) -> list[Participant]:
        """An attack on a place abroad with no target named is an attack on that place's
        state ("launched attacks in Iraq and Syria", "strikes on camps in northern Iraq")."""
        from ..knowledge.actors import state_name

        if location is None or location.basis not in ("trigger", "argument") or location.span is None:
            return []
        country = location.country_code
        if not country or any(a.mention.country in (country, None) for a in actors):
            return []
        name = state_name(country)
        words = self.doc.char_span(*location.span, alignment_mode="expand")
        if name is None or words is None:
            return []
        state = Unresolved(start=words.start, end=words.end, start_char=location.span[0], end_char=location.span[1],
                           text=location.text or words.text, head=words.root.i, name=name, code=country,
                           country=country, kind="state")
        return [Participant(state, "place-state")]

    def _speaker_country(self, actors: list[Participant]) -> Location | None:
        """Where a statement with no stated place was made: the speaking state's own country
        (GDELT's fallback of the actor's geography). Never for bodies of several states."""
        from ..knowledge.gazetteer import get_gazetteer
        from .places import entry_location

        mention = actors[0].mention if len(actors) == 1 else None
        if mention is None or not mention.country or mention.kind not in ("state", "person", "sector"):
            return None
        entry = get_gazetteer().country(mention.country)
        if entry is None:
            return None
        return entry_location(entry, text=mention.text, span=(mention.start_char, mention.end_char), basis="argument")

    def _after_publication(self, date_info) -> bool:
        """Whether the whole period a date names begins after the publication day."""
        published = self.state.published
        start = _period_start(getattr(date_info, "value", None))
        return bool(published and start) and start > published

    def _is_historical(self, date_info) -> bool:
        published = self.state.published
        start = _period_start(getattr(date_info, "value", None), year_end=True)
        return bool(published and start) and (published - start).days > HISTORICAL_DAYS

    def _event(self, found: Found, coding: Coding, sentence, actor: Participant | None, recipient: Participant | None, status, mode, date_info, location) -> Event:
        trigger = found.token
        lemma = trigger.lemma_.lower() + (f"-{found.particle.lower_}" if found.particle is not None and found.kind != "deontic" else "")
        shape = f"{actor.path if actor else '-'}>{recipient.path if recipient else '-'}"
        return Event(
            id="",
            event_type=coding.event_type,
            mode=mode,
            context=_context(coding.event_type, actor, recipient),
            cameo=coding.cameo,
            goldstein=self.lexicon.goldstein(coding.cameo),
            quad_class=_quad(coding.event_type),
            actor=_ref(actor),
            recipient=_ref(recipient),
            date=getattr(date_info, "value", None),
            date_precision=getattr(date_info, "precision", None),
            date_text=getattr(date_info, "text", None),
            location=location,
            status=status,
            text=sentence.text,
            span=(sentence.start_char, sentence.end_char),
            trigger=Trigger(text=trigger.text, span=(trigger.idx, trigger.idx + len(trigger.text))),
            rule=f"{coding.event_type.lower()}.{lemma}:{found.kind}:{shape}" + (f"+{coding.source}" if coding.source.startswith("intent") else ""),
        )


def unique_numbered(events: Iterable[Event], doc_id: str, key: Callable[[Event], tuple]) -> list[Event]:
    """Events in order without repeats (two rules coding the same thing), numbered
    <doc_id>:e1, e2, ... in text order."""
    out: list[Event] = []
    seen: set[tuple] = set()
    for event in events:
        if key(event) not in seen:
            seen.add(key(event))
            out.append(event)
    for number, event in enumerate(out, start=1):
        event.id = f"{doc_id}:e{number}"
    return out


def _ref(participant: Participant | None) -> ActorRef | None:
    if participant is None:
        return None
    m = participant.mention
    return ActorRef(name=m.name, code=m.code, country=m.country, sector=m.sector, text=m.text, span=(m.start_char, m.end_char))


def _context(event_type: str, actor: Participant | None, recipient: Participant | None) -> list[str]:
    sectors = {p.mention.sector for p in (actor, recipient) if p is not None}
    context = []
    if "MIL" in sectors:
        context.append("military")
    if event_type == "ASSAULT" and sectors & {"REB", "INS"}:
        context.append("terrorism")
    return context


@register_stage
class Events(Stage):
    """PLOVER events with CAMEO codes, Goldstein scores, quad classes, status and evidence."""

    name = "events"
    requires = ("parse", "sentences", "actor_mentions", "actor_index")
    uses = ("published", "timexes", "place_mentions")
    adds = ("record.events",)

    def __init__(self, lexicon: EventLexicon | None = None):
        self.lexicon = lexicon or default_lexicon()

    def __call__(self, state: DocState) -> None:
        state.record.events = EventCoder(state, self.lexicon).code()


def _same(a: Token | None, b: Token | None) -> bool:
    """One token of the doc: spaCy makes a new Token object on every access, so `is` fails."""
    return a is not None and b is not None and a.i == b.i


def _first_mode_word(words: dict[str, str], tokens) -> str | None:
    return next((words.get(t.lower_) or words.get(t.lemma_.lower()) for t in tokens if words.get(t.lower_) or words.get(t.lemma_.lower())), None)


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


@dataclass
class Passage:
    """What the rule coder says about a short text's main event, and the model's features."""

    features: list[str]
    rule_type: str | None
    rule_mode: str | None
    modes: dict[str, str | None]  # the mode the main trigger's context gives, for each type
    trigger: Token | None


# Prepositions that make an event a point in time before or after the one a passage tells
# ("after the attack", "since the coup"). Not "during" or "amid": what happens during a
# demonstration is part of it.
TIME_PREPOSITIONS = {"after", "before", "since", "following", "until", "ahead"}
# Taking a place: after the other side's withdrawal it is a transfer of territory, not a battle.
TAKEOVER_LEMMAS = {"seize", "capture", "recapture", "retake", "regain", "occupy", "overrun", "take", "enter", "control"}


def _time_anchor(token: Token) -> bool:
    if token.dep_ != "pobj":
        return False
    return token.head.lower_ in TIME_PREPOSITIONS


def _withdrawal_before(coder: "EventCoder", takeover: Token) -> Found | None:
    """The other side's withdrawal a takeover follows ("seized the area following the
    withdrawal of Puntland forces", "recaptured Palmyra after Syrian forces pulled out")."""
    for child in takeover.children:
        timed = (child.dep_ == "prep" and child.lower_ in ("after", "following")) or (
            child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "once", "as") for m in child.children))
        if timed:
            for t in child.subtree:
                found = coder.find(t)
                if found is not None and found.coding.event_type == "RETREAT" and found.coding.mode == "withdraw":
                    return found
    return None


def _main_trigger(coder: "EventCoder", sentences, by_start: dict[int, Event]) -> Found | None:
    """The trigger that stands highest in the dependency tree of the first sentence that has
    one, leaving out events named as a point in time. A takeover after the other side
    withdrew gives way to the withdrawal: the passage tells a transfer of territory."""
    for sentence in sentences:
        candidates = [(_depth(t), t.i, found) for t in sentence
                      if (found := coder.find(t)) is not None and (t.idx in by_start or not coder._unresolved_subject(found))
                      and not _time_anchor(t)]
        if candidates:
            found = min(candidates, key=lambda c: (c[0], c[1]))[2]
            if found.token.lemma_.lower() in TAKEOVER_LEMMAS:
                return _withdrawal_before(coder, found.token) or found
            return found
    return None


def passage(coder: "EventCoder", sentences, events: list[Event]) -> Passage:
    """The rule coder's reading of sentences (their main event's type and mode) and the
    features the event-type model reads: the words, every trigger the lexicon finds with its
    candidate type, the main trigger with its type and status, the coded events' types and
    the sectors of their participants."""
    from ..models.event_type import text_features

    sentences = list(sentences)
    by_start = {e.trigger.span[0]: e for e in events}
    features = text_features(t for s in sentences for t in s)
    for sentence in sentences:
        for token in sentence:
            found = coder.find(token)
            if found is not None:
                features += [f"trig={token.lemma_.lower()}", f"cand={found.coding.event_type}"]
    starts = {s.start_char for s in sentences}
    for event in events:
        if event.span[0] in starts:
            features.append(f"ev={event.event_type}")
            features += [f"{side}={ref.sector}" for side, ref in (("asec", event.actor), ("rsec", event.recipient)) if ref is not None and ref.sector]
    found = _main_trigger(coder, sentences, by_start)
    if found is None:
        # No trigger (as the parse went): should the model name a type, its mode is the
        # mode of the first lexicon word of that type in the passage ("forces have raped":
        # sexual), else of its first mode word ("a grenade exploded at a school": explosives).
        tokens = [t for s in sentences for t in s]
        lex = coder.lexicon
        modes = {}
        for event_type, words in lex.modes.items():
            entries = (lex.verbs.get(w.lemma_.lower()) or lex.nouns.get(w.lower_) or lex.nouns.get(w.lemma_.lower()) for w in tokens)
            modes[event_type] = next((c.mode for c in entries if c is not None and c.event_type == event_type and c.mode), None) or _first_mode_word(words, tokens)
        return Passage(features + ["main=NONE"], None, None, modes, None)
    event = by_start.get(found.token.idx)
    if event is not None:
        rule_type, rule_mode, status = event.event_type, event.mode, event.status
    else:
        coding, mode = coder.coding_and_mode(found)
        coding, status, rule_mode = coder._speech_act(coding, coder._status(found.token), mode)
        rule_type = coding.event_type
    if rule_mode is None:
        # The instrument is often named away from the trigger ("attacked the base, firing
        # rockets from drones"): the first mode word of the type in the trigger's sentence.
        rule_mode = _first_mode_word(coder.lexicon.modes.get(rule_type, {}), found.token.sent)
    features += [f"main={rule_type}", f"mtrig={found.token.lemma_.lower()}", f"status={status}", f"kind={found.kind}",
                 f"coded={'yes' if event is not None else 'no'}"]
    modes = {t: coder._mode(Found(found.token, Coding(t, None, None, found.kind), found.kind, found.particle))
             for t in coder.lexicon.modes}
    return Passage(features, rule_type, rule_mode, modes, found.token)


def main_event(state: DocState, lexicon: EventLexicon | None = None, model: EventTypeModel | None = None) -> tuple[str | None, str | None]:
    """(type, mode) of the main event of a short text, for classifying snippets: the type of
    the event coded at the main trigger (see `_main_trigger`), or for an uncoded trigger (no
    participant found) the type of its lexicon entry after the same status and speech-act
    rules. With `model`, its decision where it may override the rules (see
    `models.event_type.may_override`), e.g. `classify(state)[2]` names which decided."""
    event_type, mode, _ = classify(state, lexicon, model)
    return event_type, mode


def classify(state: DocState, lexicon: EventLexicon | None = None, model: EventTypeModel | None = None) -> tuple[str | None, str | None, str | None]:
    """(type, mode, evidence) of a short text's main event; evidence is the coded event's
    rule id, the model's decision ("model:event-type@v1=MOBILIZE:0.64"), or "lexicon"."""
    reading = passage(EventCoder(state, lexicon or default_lexicon()), state.sentences, state.record.events)
    if model is not None:
        decision = model.decide(reading.rule_type, reading.features)
        if decision.overrides:
            final = decision.final_type
            return final, reading.modes.get(final) if final else None, decision.tag
    by_start = {e.trigger.span[0]: e for e in state.record.events}
    event = by_start.get(reading.trigger.idx) if reading.trigger is not None else None
    return reading.rule_type, reading.rule_mode, event.rule if event is not None else ("lexicon" if reading.trigger is not None else None)
