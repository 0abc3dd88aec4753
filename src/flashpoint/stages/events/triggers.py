"""Finding triggers: the verbs and nouns of the event lexicon (knowledge/events.yaml) that
name an event, with the coding they carry in their phrase ("lodged a protest", "hunger
strike", "fired rockets", "said Iraq must cooperate")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from types import MappingProxyType

from spacy.tokens import Token

from ...knowledge.events import Coding, EventLexicon
from ...lexicon import table
from ...language.trees import counted, infinitival_relative_noun, object_of_phrases, progressive, record_modifier, stranded_particle
from .appeals import addressees, imperative
from .briefings import unless_briefing
from .commitments import COMMITMENT_CODINGS, commitment_clause
from .departures import forces_movement
from .responses import announced_response
from .forces import MEMBERSHIP_CODING, force_member
from .gatherings import crowd_gathering, labour_strike
from .defences import own_defence
from .dismissals import DISMISSAL_CODING, EVACUATION_CODING, TELLING_VERBS, dismissal, evacuation_order, infinitive_to
from .judgements import JudgementReading, self_pronoun
from .scopes import SCOPE_CODINGS, scope_clause
from .reciprocals import reciprocal_pronoun
from .refusals import refusal
from .resignations import protest_resignation
from .syntax import (adverb_particle, coercive_use, combatants, content_or_maker, continuative, dated, displaced_preps, infinitive_object, medium_phrases, place_phrase,
                     place_description, reduced_passive, withheld_statement)
from .mediation import arranging_participle
from .cessation import CEASEFIRE_CODING, ceased_act, cessation, military_campaign
from .words import (ADVERSARY_PREPS, CARRIED_NOUNS, CAUSE_VERBS, HOLDING_VERBS, COMPELLING_VERBS, DIRECTIVE_VERBS, FORECASTING_DIRECTIVES, INTRANSITIVE_TRIGGERS, JOINT_ACTION_VERBS, LOSING_VERBS,
                    NAME_ENTITIES, NEEDS_PARTNER, NEEDS_TOPIC, DANGER_NOUNS, NOMINAL_DEPS, OBJECTS, PARTNER_PREPS, PASSIVE_SUBJECTS,
                    PERSONAL_OBJECTS, PLACE_ENTITIES, PROPOSAL_NOUNS, REFUSAL_VERBS, REGARD_VERBS, RELATIVE_PRONOUNS, SPEAKER_PRONOUNS,
                    SPEECH_TYPES, SUBJECTS, TAKING_VERBS, TOPIC_PREPS)

# How a judgement in reported speech is coded, by the act it is (criticise, praise, reject).
JUDGEMENT_CODINGS = MappingProxyType({event_type: Coding.parse(text, "evaluation") for event_type, text in table("events", "judgement_codings").items()})
# A clause introduced by "for" that says what is called or pressed for: "pushing for Kurdish
# fighters to be allowed to stay" reads as "push for" as much as "pushing for a ceasefire" does.
CLAUSE_LINKS = ("advcl", "ccomp", "xcomp")
# Who can be directed to act: a named party or a pronoun ("told the Turks to", "wants them to"),
# not "told reporters to wait".
PARTY_ENTITIES = {"GPE", "ORG", "NORP", "PERSON"}
# Pronouns that stand for people, as object or as passive subject ("captured them", "she was captured").
CAPTIVE_PRONOUNS = PERSONAL_OBJECTS | {"he", "she", "they", "we", "i"}
# Object classes of what changes hands: the head of the object itself, never a compound
# ("took the Damascus road" takes a road, not Damascus).
TERRITORY_CLASSES = ("places", "battles")


@dataclass
class Found:
    """A trigger found in a sentence."""

    token: Token
    coding: Coding
    kind: str  # "verb", "noun", "particle", "weapon", "deontic", "attribution"
    particle: Token | None = None  # the particle or preposition of a phrasal trigger
    # a statement in quoted words whose verb of saying is in another sentence: that verb (who
    # speaks, and when and where)
    cue: Token | None = None


def weapon_name(noun: Token) -> str:
    """A weapon's name with the modifier just before it ("tear gas", "water cannon"): names of
    two words, the second of which alone may be no weapon ("gas")."""
    modifier = next((c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i == noun.i - 1), None)
    return f"{modifier.lower_} {noun.lower_}" if modifier is not None else noun.lower_


class TriggerFinder(JudgementReading):
    """Which tokens are triggers, and what they code: reads the lexicon and the parse, and
    which words are toponyms (`place_at`, for what changes hands: "took Raqqa")."""

    def __init__(self, lexicon: EventLexicon, place_at: Callable[[Token], bool] | None = None):
        self.lexicon = lexicon
        # whether a token is in a toponym (see `coder.toponym_reader`; None: no places stage,
        # the parser's entity labels say)
        self.place_at = place_at

    def find(self, token: Token) -> Found | None:
        """The trigger `token` is, if any (a resignation only as a protest: resignations.py; a crowd
        gathering: gatherings.py; forces moved: departures.py; "would respond": responses.py)."""
        movement = forces_movement(token, self.is_place) or announced_response(token)
        if movement is not None:
            return Found(token, movement, "noun" if token.pos_ == "NOUN" else "verb")  # "US troops left Afghanistan", "would stay in Iraq"
        found = unless_briefing(own_defence(protest_resignation(self._find(token))))  # (speaking to the press: briefings.py)
        return found if found is not None else crowd_gathering(token, self.find)

    def _find(self, token: Token) -> Found | None:
        if token.ent_type_ in ("DATE", "TIME") and token.text[:1].isupper():
            return None  # a month's name in a date ("March 7", "Friday, March 6"), not a march
        if ceased_act(token):
            return None  # "agreed to stop attacking ships": the attacks end (cessation.py)
        attributed = self.attributed_event(token)
        if attributed is not None:
            return Found(token, Coding("ACCUSE", "allege", "112", "attribution"), "attribution", attributed)
        if token.pos_ == "VERB" and token.tag_ == "VBG" and token.dep_ in NOMINAL_DEPS and self.noun_coding(token) is not None:
            return Found(token, self.noun_coding(token), "noun")  # a gerund used as a noun: "killed in police firing"
        if evacuation_order(token):  # "ordered residents to leave Rafah": driven out (dismissals.py)
            return Found(token, EVACUATION_CODING, "verb")
        if token.pos_ == "VERB":
            return self._find_verb(token)
        if token.pos_ in ("NOUN", "PROPN"):
            coding = self.noun_coding(token)
            if coding is not None:
                lemma = token.lemma_.lower()
                particle = next((c for c in token.children if c.dep_ == "prep" and not dated(c)
                                 and (lemma, c.lower_) in self.lexicon.particles), None)
                return Found(token, coding, "noun", particle)
        return None

    def _find_verb(self, token: Token) -> Found | None:
        lex = self.lexicon
        lemma = token.lemma_.lower()
        if token.dep_ == "amod" or place_description(token, self.is_place) or record_modifier(token) or arranging_participle(token, self.noun_coding):
            return None  # "Israeli-occupied", "the besieged town", "beheading videos": a description; "talks hosted by X": the noun's (mediation.py)
        if refusal(token) is not None:  # "will not tolerate", "would not attend the talks", "boycotted the summit"
            return Found(token, refusal(token)[0], "refusal", refusal(token)[1])
        found = self._particle_found(token, lemma)
        if found is not None:
            return found
        if reduced_passive(token):
            # a passive participle's object is the noun it modifies: "a bargain struck in 2016"
            # is "struck a bargain"
            for word in (token.head.lower_, token.head.lemma_.lower()):
                if (lemma, word) in lex.particles:
                    return Found(token, lex.particles[(lemma, word)], "particle", token.head)
        mark = self.for_clause_mark(token)
        if mark is not None and (lemma, "for") in lex.particles:
            return Found(token, lex.particles[(lemma, "for")], "particle", mark)
        if lemma in DIRECTIVE_VERBS and self.directive_clause(token) is not None:
            # ("told the Turks to get lost": sent away, a rebuff; dismissals.py)
            return Found(token, DISMISSAL_CODING if dismissal(self.directive_clause(token)) else Coding("REQUEST", None, "020", "verb"), "verb")
        if force_member(token) is not None:  # "would build a force that would include the YPG": backs the YPG
            return Found(token, MEMBERSHIP_CODING, "membership", force_member(token))
        if lemma in lex.speech_verbs and self.demand_clause(token) is not None:
            return Found(token, Coding("REQUEST", None, "10", "deontic"), "deontic", self.demand_clause(token))
        if lemma in lex.speech_verbs and commitment_clause(token) is not None:  # "said they would implement the truce"
            agreement, event_type = commitment_clause(token)
            return Found(token, COMMITMENT_CODINGS[event_type], "commitment", agreement)
        # "said the truce did not apply to the rebels", "claimed it applied to Turkish forces"
        if (lemma in lex.speech_verbs or lemma == "claim") and scope_clause(token) is not None:
            return Found(token, SCOPE_CODINGS[scope_clause(token)[1]], "scope", scope_clause(token)[0])
        if lemma in REGARD_VERBS and self.regard_judgement(token) is not None:
            judged, event_type = self.regard_judgement(token)
            return Found(token, JUDGEMENT_CODINGS[event_type], "evaluation", judged)
        if (lemma in lex.speech_verbs or lemma in REGARD_VERBS) and self.evaluation_clause(token) is not None:
            clause, event_type = self.evaluation_clause(token)
            return Found(token, JUDGEMENT_CODINGS[event_type], "evaluation", clause)
        if lemma in ("fire", "launch") and self.weapon_object(token) is not None:
            weapon = self.weapon_object(token)
            mode = lex.modes.get("ASSAULT", {}).get(weapon.lower_) or lex.modes.get("ASSAULT", {}).get(weapon_name(weapon))
            return Found(token, Coding("ASSAULT", mode or "firearms", "195" if mode in ("aerial", "drone") else "190", "weapon"), "weapon")
        if lemma == "fire" and not any(c.dep_ in OBJECTS for c in token.children):
            if self.dismissed(token):
                return None  # "Tillerson was fired by Trump": dismissed from a post, not shot at
            # Used absolutely, "fire" is to shoot: "the police fired", "police firing".
            return Found(token, Coding("ASSAULT", "firearms", "193", "verb"), "verb")
        if coercive_use(token) and self._has_object_of_class(token, [c for c in token.children if c.dep_ in OBJECTS], "persons"):
            return Found(token, Coding("COERCE", None, "17", "verb"), "verb")  # "used civilians as human shields"
        if lemma in COMPELLING_VERBS and self.compelled_retreat(token) is not None:
            return Found(token, Coding("ASSAULT", None, "190", "verb"), "verb")  # "forced the militia to withdraw"
        if lemma in JOINT_ACTION_VERBS and self.joint_action(token) is not None:
            return Found(token, Coding("COOPERATE", None, "060", "verb"), "verb")
        if lemma in CAUSE_VERBS and not any(c.dep_ in OBJECTS for c in token.children) and any(
                c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
            return None  # "groups fighting for greater autonomy"
        if lemma in lex.verbs and any(continuative(c) for c in token.children):
            return None  # "pressed ahead with", "pushed on": to carry on, not the verb's act
        if cessation(token, lex.verbs):
            return Found(token, CEASEFIRE_CODING, "verb")  # "stopped attacking the convoys": hostilities halted
        if lemma not in lex.verbs:
            return self._object_sense(token, lemma)  # an event only with some objects ("disrupted internet access")
        if lemma in REFUSAL_VERBS and withheld_statement(token):
            return None  # "declined to comment", "refused to confirm": a statement withheld, no act
        if combatants(token):
            return None  # "Kurdish forces fighting in Syria": who they are, not an act against anyone
        coding = lex.verbs[lemma]
        objects = [c for c in token.children if c.dep_ in OBJECTS]
        if lemma in INTRANSITIVE_TRIGGERS and (objects or infinitive_object(token) is not None):
            return None  # "demonstrated its resolve", "rallied its supporters": to show, to gather others
        if coding.needs_object in TERRITORY_CLASSES:
            if self.taken_place(token) is None:
                return None  # "took the stage", "gained approval": no place taken
        elif coding.needs_object and not self._has_object_of_class(token, objects, coding.needs_object):
            # "sent shockwaves", "found a solution", "released a report": not this event; an object
            # of another sense still makes that one ("cut internet access": withheld, not cut aid)
            return self._object_sense(token, lemma)
        if lemma in lex.light_verbs and any(self.noun_coding(o) for o in objects):
            return None  # "gave a warning": the noun carries the event
        return self._object_sense(token, lemma, Found(token, coding, "verb"))

    def _object_sense(self, verb: Token, lemma: str, otherwise: Found | None = None) -> Found | None:
        """The verb's event as its object makes it (lexicon `object_senses`), else `otherwise`."""
        objects = [c for c in verb.children if c.dep_ in OBJECTS]
        for object_class, sense in self.lexicon.object_senses.get(lemma, ()):
            # "captured three fighters": captive; "seized the chance": none; "are negotiating a truce": no deal yet
            if self._object_is_of_class(verb, objects, object_class) and not (sense and sense.event_type == "AGREE" and progressive(verb)):
                return Found(verb, sense, "verb") if sense is not None else None
        return otherwise

    def _particle_found(self, token: Token, lemma: str) -> Found | None:
        """The verb with a particle, preposition or object of the lexicon's phrases."""
        lex = self.lexicon
        moving = any(c.dep_ == "dobj" and c.lower_ == "way" for c in token.children)  # "forced their way out": moving
        stranded = [token.doc[token.i + 1]] if token.i + 1 < len(token.doc) and stranded_particle(token, token.doc[token.i + 1]) else []
        for child in [*token.children, *medium_phrases(token), *object_of_phrases(token), *stranded]:  # ("stripped the cleric of his nationality")
            if (child.dep_ in ("prt", "prep", "dobj") or adverb_particle(child) or stranded_particle(token, child)) and not moving and not (child.dep_ == "prep" and dated(child)) and not place_phrase(child):
                # not a phrase of time: "fired on Monday" is no "fire on", "called on Tuesday" no "call on"
                # (a noun object by its lemma, "held talks"; a preposition by its form: "according" is no "accord")
                for word in (child.lower_, child.lemma_.lower()) if child.pos_ in ("NOUN", "PROPN") else (child.lower_,):
                    if (lemma, word) in lex.particles and not self._lacks_topic(token, child) and not self._lacks_partner(child):
                        coding = lex.particles[(lemma, word)]
                        if not self._particle_object_fits(token, coding):
                            continue  # "took control of the company", "pushed back the vote": not its object
                        weapon = self.weapon_object(token) if coding.event_type == "ASSAULT" else None
                        mode = weapon is not None and (lex.modes.get("ASSAULT", {}).get(weapon.lower_) or lex.modes.get("ASSAULT", {}).get(weapon_name(weapon)))
                        if mode:
                            # "fired mortars at the barracks": the weapon fired sets the mode
                            coding = replace(coding, mode=mode)
                        return Found(token, coding, "particle", child)
        return None

    def _has_object_of_class(self, verb: Token, objects: list[Token], object_class: str) -> bool:
        """Whether a verb that codes an event only for some objects ("released prisoners",
        not "released a report") has one of them."""
        # In the passive the object is the subject: "explosives were found".
        candidates = objects + [infinitival_relative_noun(c) or c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS]
        if verb.dep_ in ("relcl", "acl"):
            # The noun a relative clause modifies is its object: "the prisoners
            # (that were) released", "the report that police released".
            candidates = [c for c in candidates if c.lower_ not in RELATIVE_PRONOUNS] + [verb.head]
        # "tons of food aid", "a cache of weapons": the measured noun counts; so does what a sum
        # is paid in ("$40 billion in military aid", "$2 million in loans")
        candidates += [g for c in candidates for p in c.children if p.dep_ == "prep" and (p.lower_ == "of" or (p.lower_ == "in" and c.ent_type_ == "MONEY"))
                       for g in p.children if g.dep_ == "pobj"]
        # (an "of" the parse hung on the verb right after the object is the object's: "took control of ...")
        candidates += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ in OBJECTS and o.right_edge.i + 1 == p.i for o in objects)
                       for g in p.children if g.dep_ == "pobj"]
        candidates = [n for c in candidates for n in counted(c)]  # "control of a series of YPG military points"
        nouns = [n for obj in candidates for o in (obj, *obj.conjuncts) for n in (o, *(m for m in o.children if m.dep_ == "compound"))]
        return any(self.in_object_class(n, object_class) for n in nouns)

    def _object_is_of_class(self, verb: Token, objects: list[Token], object_class: str) -> bool:
        """Whether the head of what a verb acts on (its object, or its subject in the passive)
        is of a class: stricter than `_has_object_of_class`, for a verb whose sense changes with
        its object. "captured the fighters", "she was captured"; not "captured the town of
        Kafr Nabl" (no "of" measure counts) nor "captured the Islamic State stronghold" (a
        compound names the owner, not what is taken)."""
        candidates = objects + [infinitival_relative_noun(c) or c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS]
        if verb.dep_ in ("relcl", "acl") and all(c.lower_ in RELATIVE_PRONOUNS for c in candidates):
            candidates = [verb.head]  # "the fighters (who were) captured", "fighters that we captured"
        for noun in (o for c in candidates for o in (c, *c.conjuncts)):
            if object_class in TERRITORY_CLASSES and noun.pos_ != "PRON" and self.in_object_class(noun, object_class):
                return True
            if noun.ent_type_ in PLACE_ENTITIES:
                continue
            if object_class == "persons" and noun.pos_ == "PRON" and noun.lower_ in CAPTIVE_PRONOUNS:
                return True
            if noun.pos_ != "PRON" and self.in_object_class(noun, object_class) and noun.ent_type_ != "ORG":
                return True
        return False

    def compelled_retreat(self, verb: Token) -> Token | None:
        """The withdrawal a verb of compelling forces: "forced the militia to withdraw", "were
        forced to retreat by Iraqi forces". None when no one is named as forcing them (a
        passive with no "by": "were forced to withdraw" may be by hunger or by orders)."""
        for clause in verb.children:
            if clause.dep_ == "xcomp" and clause.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                found = self.find(clause)
                if found is not None and found.coding.event_type == "RETREAT" and found.coding.cameo in ("0872", "0874"):
                    passive = any(c.dep_ in PASSIVE_SUBJECTS for c in verb.children)
                    return None if passive and not self.forcers(verb) else clause
        return None

    @staticmethod
    def forcers(verb: Token) -> list[Token]:
        """Who forced, in the passive: the "by" phrase of the verb of compelling, or of the
        withdrawal it forced, where the parse may hang it ("was forced to withdraw from the
        town by Iraqi forces")."""
        phrases = [c for c in verb.children if c.dep_ == "agent"]
        phrases += [p for clause in verb.children if clause.dep_ == "xcomp"
                    for p in clause.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"]
        return [o for p in phrases for o in p.children if o.dep_ == "pobj"]

    def joint_action(self, verb: Token) -> Token | None:
        """The act a verb of joining does together with its object: "joined rebel fighters to
        take the town", "joined the army in shelling the camp" (to join someone in doing
        something is to do it with them). None when the one joined is no party or the act is
        speech ("joined France in calling for", a shared statement, not a joint operation)."""
        party = next((c for c in verb.children if c.dep_ in OBJECTS), None)
        if party is None or not (self._party(party) or self.in_object_class(party, "forces")
                                 or self.in_object_class(party, "persons")):
            return None
        acts = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > party.i
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        acts += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                 if g.dep_ == "pcomp" and g.tag_ == "VBG"]
        act = next(iter(acts), None)
        if act is None or act.lemma_.lower() in self.lexicon.speech_verbs:
            return None
        said = self.find(act)
        return None if said is not None and said.coding.event_type in SPEECH_TYPES else act

    def attributed_event(self, token: Token) -> Token | None:
        """The event noun a predicate of responsibility names: "X is responsible for the
        attacks", "X was behind the bombing", "X bears responsibility for the raid", "X is to blame for the attack". Saying so is an accusation (CAMEO 112), made
        by whoever says it, against the subject."""
        # (after an object the parse may make it the object's modifier: "held Turkey responsible")
        postposed = (token.dep_ == "amod" and token.head.i < token.i and token.head.dep_ in OBJECTS
                     and token.head.head.lemma_.lower() in HOLDING_VERBS)
        if token.lower_ == "responsible" and (token.dep_ in ("acomp", "oprd") or postposed):
            preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"]
        elif (token.lemma_.lower() == "blame" and token.dep_ == "xcomp" and token.head.lemma_ == "be"
              and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)):
            # "X is to blame (for the deaths)": blame is always laid, whatever for; X never blames
            return next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"), token)
        elif token.lower_ == "behind" and token.dep_ == "prep" and token.head.lemma_ == "be":
            preps = [token]
        elif token.lower_ == "responsibility" and token.dep_ in OBJECTS and token.head.lemma_.lower() in ("bear", "carry"):
            # "Israel bears full responsibility for the attack" (the "for" phrase may hang on the verb)
            preps = [c for h in (token, token.head) for c in h.children if c.dep_ == "prep" and c.lower_ == "for"]
        else:
            return None
        for prep in preps:
            for noun in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
                coding = self.noun_coding(noun)
                if coding is not None and coding.event_type in ("ASSAULT", "COERCE"):
                    return noun
        return None

    def taken_place(self, verb: Token) -> Token | None:
        """The place a verb of taking says changed hands: its object ("took Raqqa", "took
        control of the town": the place "of" which control is taken), its subject in the passive
        ("the city was retaken") or the noun its participle modifies ("areas retaken by
        Damascus"), the subject of an intransitive ("Raqqa fell to the SDF"); the place a battle
        won was for ("won the battle for Tal Afar"). None for another verb or object ("took the
        stage", "took a flight to Turkey": the object is no place, a phrase after it is not
        what was taken)."""
        lemma = verb.lemma_.lower()
        if lemma not in TAKING_VERBS and verb.lower_ not in TAKING_VERBS:
            return None
        candidates = [c for c in verb.children if c.dep_ in OBJECTS | PASSIVE_SUBJECTS]
        if verb.dep_ in ("relcl", "acl") and (not candidates or all(c.lower_ in RELATIVE_PRONOUNS for c in candidates)):
            candidates = [verb.head]
        if not any(c.dep_ in OBJECTS for c in verb.children):
            candidates += [c for c in verb.children if c.dep_ in SUBJECTS]
        # "seized control of the town", "lost control of the town to": the place "of" which
        # control changed hands, for a verb whose phrase with "control" the lexicon codes (not
        # "took control of", which need not be by force: see `wrest control` in events.yaml)
        if getattr(self.lexicon.particles.get((lemma, "control")), "needs_object", None) in TERRITORY_CLASSES or lemma in LOSING_VERBS:
            candidates += [g for c in candidates if c.lower_ == "control" for p in c.children
                           if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        for noun in (o for c in candidates for o in (c, *c.conjuncts)):
            if noun.pos_ in ("PRON", "NUM") and noun.lower_ not in RELATIVE_PRONOUNS:
                continue
            if self.is_place(noun):
                return noun
            if self.in_object_class(noun, "battles"):
                return self.battle_place(noun)
        return None

    def is_place(self, noun: Token) -> bool:
        """Whether a noun names a place: a place word of the lexicon ("town", "enclave") or a
        toponym (as the places stage read it, else as the parser did)."""
        words = self.lexicon.object_classes["places"]
        if noun.lemma_.lower() in words or noun.lower_ in words:
            return True
        if self.place_at is not None:
            return self.place_at(noun)
        return noun.ent_type_ in PLACE_ENTITIES

    def battle_place(self, noun: Token) -> Token | None:
        """The place a battle was for or of ("the battle for Tal Afar", "the battle of Mosul")."""
        if noun.lemma_.lower() not in self.lexicon.object_classes["battles"]:
            return None
        return next((g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "over")
                     for g in p.children if g.dep_ == "pobj" and self.is_place(g)), None)

    def _particle_object_fits(self, verb: Token, coding: Coding) -> bool:
        """Whether a phrasal verb coded only for some objects has one: "took control of the town" (not "of the company"); a
        cooperative one of a verb that tells an act of its own names no enemy ("fought alongside the US against Isis": the fight)."""
        if coding.needs_object in TERRITORY_CLASSES:
            return self.taken_place(verb) is not None
        if coding.event_type == "COOPERATE" and verb.lemma_.lower() in self.lexicon.verbs and any(
                c.dep_ in OBJECTS or (c.dep_ == "prep" and c.lower_ in ADVERSARY_PREPS) for c in verb.children):
            return False
        objects = [c for c in verb.children if c.dep_ in OBJECTS]
        things = any(self.in_object_class(o, c) for o in objects for c in ("material", "weapons", "information"))
        if coding.needs_object == "persons" and coding.event_type == "COERCE" and not things and any(
                self.in_object_class(d, "forces") for d in (*(c for c in verb.children if c.dep_ == "nsubj"),
                                                             *(o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"))):
            return True  # "was picked up by police": what police pick up is a person, however named
        return not coding.needs_object or self._has_object_of_class(verb, objects, coding.needs_object)

    def in_object_class(self, noun: Token, object_class: str) -> bool:
        """Whether a noun is of a class of objects of the lexicon ("persons", "weapons", ...)."""
        if object_class == "places":
            return self.is_place(noun)
        if object_class == "battles":
            return self.battle_place(noun) is not None
        if object_class == "parties":
            # people or a state ("prevented Iran from ..."), or an act or a gain of theirs ("prevent
            # Iran's growing influence"): who is held back
            party = lambda t: (self.in_object_class(t, "persons") or self.in_object_class(t, "forces") or t.ent_type_ == "GPE"
                               or t.lemma_.lower() in self.lexicon.object_classes["parties"]
                               or any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in t.children))
            # a gathering of people ("prevented the demonstration", "banned the rally") holds back
            # those who gather, as preventing them would
            gathering = getattr(self.lexicon.nouns.get(noun.lemma_.lower()), "event_type", None) == "PROTEST"
            return gathering or party(noun) or any(c.dep_ == "poss" and party(c) for c in noun.children)
        words = self.lexicon.object_classes[object_class]
        if noun.lemma_.lower() in words or noun.lower_ in words:
            return True
        if object_class == "hostilities" and military_campaign(noun, words):
            return True  # "halted its bombing campaign"
        if object_class == "utilities":
            return any(c.dep_ in ("compound", "amod") and c.lower_ in words for c in noun.children)  # "internet access", "internet services"
        if object_class == "visitors":
            # a guest received is an official or someone named ("received Blinken in Amman")
            return self.in_object_class(noun, "officials") or noun.ent_type_ == "PERSON"
        # People may be named rather than counted: "released Ahmed Shah", "freed them".
        return object_class == "persons" and (noun.ent_type_ in ("PERSON", "NORP", "ORG") or noun.lower_ in PERSONAL_OBJECTS)

    def noun_coding(self, token: Token) -> Coding | None:
        """The coding of an event noun in its phrase, or None when the noun is no event here
        (part of a name, the object of a phrasal verb, a call with no partner, ...)."""
        lex = self.lexicon
        lemma, lower = token.lemma_.lower(), token.lower_
        if token.ent_type_ in NAME_ENTITIES:
            return None  # "Asia-Pacific Economic Cooperation", "Peace Agreement Day": a name
        governor = token.head
        if token.dep_ in OBJECTS and ((governor.lemma_.lower(), lower) in lex.particles or (governor.lemma_.lower(), lemma) in lex.particles):
            return None  # "lodged a protest": the verb phrase is the event
        modifiers = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
        phrase = self._phrase_coding(token, modifiers)
        if phrase is not None:
            # ("military action" is talked of as a prospect: an act only when carried out: "would
            # escalate military action against")
            return phrase if lemma not in CARRIED_NOUNS or self.light_carrier(token) is not None else None
        coding = lex.nouns.get(lower) or lex.nouns.get(lemma)
        if coding is None:
            return None
        if coding.needs_object:
            # A noun says what it acts on with "of": "the release of prisoners", not "the
            # release of the report". Without one ("his release") the noun stands.
            measured = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            if measured and not any(self.in_object_class(n, coding.needs_object) for m in measured for n in (m, *m.conjuncts)):
                return None
        if lemma == "strike" and ("hunger" in modifiers or "general" in modifiers or labour_strike(token, lex.light_verbs)):
            # "hunger strike", "general strike", "went on strike", "teachers began a strike": the labour sense.
            return Coding("PROTEST", "hunger" if "hunger" in modifiers else "strike", "143", "noun")
        if lemma in DANGER_NOUNS and not (self.light_carrier(token) is not None or content_or_maker(token)):
            return None  # "the Iranian threat": a danger; "issued a threat", "his threat to advance": made
        if lemma in NEEDS_PARTNER:
            partner = any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children)
            medium = modifiers & set(lex.modes.get("CONSULT", {}))
            if not (partner or medium):
                return None
        return coding

    def light_carrier(self, noun: Token) -> Token | None:
        """The light verb an event noun is the object of ("launched an operation"), if any."""
        return noun.head if noun.dep_ in OBJECTS and noun.head.lemma_.lower() in self.lexicon.light_verbs else None

    def _phrase_coding(self, token: Token, modifiers: set[str]) -> Coding | None:
        """The coding of a lexicon phrase the noun heads: "<modifier> <noun>", "<noun> <prep>",
        "<noun> of <word>", or the noun as a phrase of its own."""
        lex = self.lexicon
        lemma, lower = token.lemma_.lower(), token.lower_
        # the modifier nearest the noun first: it forms the compound the outer ones modify ("a
        # wildcat general strike" is a general strike); a fixed order, never a set's
        nearest = sorted((c for c in token.children if c.lower_ in modifiers), key=lambda c: abs(token.i - c.i))
        for modifier in [c.lower_ for c in nearest]:
            if (modifier, lower, "") in lex.phrases:
                return lex.phrases[(modifier, lower, "")]
        carrier = self.light_carrier(token)
        # "launched an operation on Monday against the rebels": the parse may hang the noun's
        # preposition from the light verb that carries it
        # or from a place phrase between ("launched an operation in Afrin against the YPG")
        displaced = [p for p in displaced_preps(token, [carrier] if carrier is not None else []) if p.i > token.i]
        for child in [*token.children, *(c for c in (carrier.children if carrier is not None else ()) if c.i > token.i), *displaced]:
            if child.dep_ == "prep" and not dated(child):
                if (lemma, child.lower_) in lex.particles:
                    return lex.particles[(lemma, child.lower_)]
                if child.lower_ == "of":
                    for pobj in child.children:
                        if (lemma, "of", pobj.lower_) in lex.phrases:
                            return lex.phrases[(lemma, "of", pobj.lower_)]
        if (lower, "", "") in lex.phrases:
            return lex.phrases[(lower, "", "")]
        doc = token.doc
        if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_:
            # a hyphenated noun the parser splits ("sit-in": "sit", "-", "in")
            return lex.phrases.get((f"{doc[token.i - 2].lower_}-{lower}", "", ""))
        return None

    def quoted_statement(self, clause: Token, cue: Token) -> Found | None:
        """A statement a clause of quoted words makes on its own, its verb of saying (`cue`) in
        another sentence ("'Turkey's forces have committed war crimes.' ... they said"): a
        judgement of its subject (ACCUSE, SUPPORT; REJECT of a proposal), or an obligation
        laid on it (REQUEST: "'Each country must take back its citizens'"). Not of the
        speaker's own side ("we must", "we were wrong"), nor a negated judgement."""
        subjects = [c for c in clause.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
        if imperative(clause) and addressees(cue):
            # "He told Putin: 'We have been patient. Withdraw your troops.'": an appeal to whom the
            # verb of saying speaks to (apart from that verb, one to no one named may be any
            # slogan or outburst the quotation holds)
            return Found(clause, Coding("REQUEST", None, "10", "deontic"), "deontic", clause, cue)
        if not subjects or self_pronoun(subjects[0]) or subjects[0].lower_ in SPEAKER_PRONOUNS:
            return None
        if self.obligation(clause):
            return Found(clause, Coding("REQUEST", None, "10", "deontic"), "deontic", clause, cue)
        event_type = self.judgement(clause)
        if event_type is None:
            return None
        if event_type == "ACCUSE" and subjects[0].lemma_.lower() in PROPOSAL_NOUNS:
            event_type = "REJECT"
        return Found(clause, JUDGEMENT_CODINGS[event_type], "evaluation", clause, cue)

    def directive_clause(self, verb: Token) -> Token | None:
        """The to-infinitive with its own subject that a directive verb asks for: "told the US
        to get out" (object and xcomp), "wants Moscow to rein in Iran" (a ccomp with a
        subject). None when the one directed is no party or the verb is passive."""
        if any(c.dep_ in PASSIVE_SUBJECTS for c in verb.children):
            return None  # "is expected to announce": a forecast, not a directive
        party = next((c for c in verb.children if c.dep_ in OBJECTS), None)
        for clause in verb.children:
            if not infinitive_to(clause):
                continue
            # (the parse may call the infinitive after the object of "tell" an adverbial one,
            # as if of purpose; with no that-clause said, it is what the one told is to do)
            told = clause.dep_ == "advcl" and verb.lemma_.lower() in TELLING_VERBS and not any(c.dep_ == "ccomp" for c in verb.children)
            if (clause.dep_ == "xcomp" or told) and party is not None and clause.i > party.i:
                return clause if self._party(party) else None
            if clause.dep_ == "ccomp":
                subjects = [c for c in clause.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
                if subjects and subjects[0].dep_ in PASSIVE_SUBJECTS and verb.lemma_.lower() in FORECASTING_DIRECTIVES:
                    continue  # "expect Baghuz to be cleared this week": a forecast
                if subjects and self._party(subjects[0]):
                    return clause
        return None

    @staticmethod
    def _lacks_topic(verb: Token, particle: Token) -> bool:
        """A phrase object that needs what it is about and names nothing: "expressed concern"
        with no "over", "about", ... on the object or the verb."""
        if particle.dep_ not in OBJECTS or particle.lower_ not in NEEDS_TOPIC:
            return False
        return not any(c.dep_ == "prep" and c.lower_ in TOPIC_PREPS for node in (verb, particle) for c in node.children)

    def _lacks_partner(self, particle: Token) -> bool:
        """A phrase of company that names no party: "working with a display of courage" (not
        "working with the SDF", "with Kurdish fighters"; nor "fought alongside each other", whose
        partners are the sides that act, see `joint.reciprocal`)."""
        if particle.dep_ != "prep" or particle.lower_ not in PARTNER_PREPS:
            return False
        partners = [o for c in particle.children if c.dep_ == "pobj" for o in (c, *c.conjuncts)]
        # the head or a word naming whose it is ("the Libyan coastguard", "Turkey's army")
        partners += [m for o in partners for m in o.children if m.dep_ in ("amod", "compound", "poss")]
        return not any(self._party(o) or reciprocal_pronoun(o) or self.in_object_class(o, "forces") or self.in_object_class(o, "persons") for o in partners)

    @staticmethod
    def _party(noun: Token) -> bool:
        """A noun phrase that can name a party: a name or a pronoun."""
        return noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in PARTY_ENTITIES

    @staticmethod
    def for_clause_mark(verb: Token) -> Token | None:
        """The "for" that introduces a clause the verb governs ("pushing for X to be allowed")."""
        for clause in verb.children:
            if clause.dep_ in CLAUSE_LINKS and clause.i > verb.i:
                mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"), None)
                if mark is not None:
                    return mark
        return None

    def dismissed(self, verb: Token) -> bool:
        """Whether "fire" in the passive is said of a person, who is dismissed from a post: "the
        minister was fired", "officials who were fired by the president", "the general fired
        last week". Not a weapon ("rockets were fired") nor one fired on ("they were fired on")."""
        if any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "at", "into") and not dated(c) for c in verb.children):
            return False
        patients = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS]
        if verb.dep_ == "relcl":
            patients = [verb.head if p.lower_ in RELATIVE_PRONOUNS else p for p in patients]
        if reduced_passive(verb):
            patients.append(verb.head)
        return any((p.pos_ == "PRON" and p.lower_ in CAPTIVE_PRONOUNS)
                   or (p.pos_ != "PRON" and (self.in_object_class(p, "persons") or self.in_object_class(p, "officials")))
                   for p in patients)

    def weapon_object(self, verb: Token) -> Token | None:
        """A weapon that is the object of a verb ("fired rockets", "launched drones")."""
        weapons = self.lexicon.modes.get("ASSAULT", {})
        return next((c for c in verb.children if c.dep_ in OBJECTS and (c.lower_ in weapons or weapon_name(c) in weapons)), None)
