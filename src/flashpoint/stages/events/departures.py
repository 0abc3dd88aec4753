"""Troops leaving a place, and troops kept in one.

News tells a withdrawal of forces with verbs of going as often as with "withdraw": "US troops
left Afghanistan", "Trump ordered US forces in Syria to leave", "brought its troops home from
Mali", "ordered the soldiers to come home". PLOVER codes it RETREAT (CAMEO 0872) by the
forces' state, from the state of the place they leave. The verbs of going mean nothing of the
kind with other subjects ("the minister left the summit", "refugees went home"), so only armed
forces as the ones who go, or as what is brought or sent home, make a withdrawal.

Forces that stay, or that their state keeps, in a place ("British forces would stay in Iraq",
"will keep 500 troops in Afghanistan", "to maintain its military presence in Syria") remain
deployed there: MOBILIZE (CAMEO 154) by that state, aimed at the place's state (the codebook's
"troop deployments"; a commitment to keep a presence is coded as a deployment).

Word lists: `lexicon/data/departures.yaml`. The argument side (`DepartureArguments`, a part
of `ArgumentReader`) reads the place left: "home from Afghanistan", "US forces in Syria".
"""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...knowledge.events import Coding
from ...lexicon import table, words
from ...language.trees import SAYING_VERBS
from .syntax import governing_preposition, prep_objects, subject
from .words import ARMED_SECTORS, DECISION_NOUNS, OBJECTS, PASSIVE_SUBJECTS, STATE_FORCE_SECTORS

# (the state's bodies that tell of their own side's deployments: "the ministry said troops had been deployed")
REPORTING_STATE_SECTORS = STATE_FORCE_SECTORS | {"GOV"}

if TYPE_CHECKING:  # (participants imports the trigger finder, which imports this module)
    from .participants import Participant

MILITARY_FORCES = words("departures", "military_forces")
LEAVING_VERBS = words("departures", "leaving_verbs")
HOMEWARD_VERBS = words("departures", "homeward_verbs")
HOME_WORDS = words("departures", "home_words")
BRINGING_VERBS = words("departures", "bringing_verbs")
BACK_WORDS = words("departures", "back_words")
STAYING_VERBS = words("departures", "staying_verbs")
KEEPING_VERBS = words("departures", "keeping_verbs")
PRESENCE_NOUNS = words("departures", "presence_nouns")
ORDERING_VERBS = words("departures", "ordering_verbs")
DEPARTURE_NOUNS = words("departures", "departure_nouns")
REDUCING_VERBS = words("departures", "reducing_verbs")
REDUCING_PHRASES = MappingProxyType({verb: frozenset(particles) for verb, particles in table("departures", "reducing_phrases").items()})

WITHDRAWAL = Coding("RETREAT", "withdraw", "0872", "departure")
STATIONING = Coding("MOBILIZE", "troops", "154", "stationing")


def forces(noun: Token) -> bool:
    """Whether a noun (or a noun coordinated with it) names armed forces: "US troops", "the
    soldiers", "American and British forces"."""
    return any(n.pos_ in ("NOUN", "PROPN") and n.lemma_.lower() in MILITARY_FORCES for n in (noun, *noun.conjuncts))


def movers(verb: Token) -> list[Token]:
    """The forces that go or stay: the verb's subject, including one it shares with the verb
    that controls it ("ordered US forces to leave": the object of "ordered") or the noun its
    relative clause modifies ("troops who left")."""
    tokens, _, passive = subject(verb)
    return [] if passive else [t for t in tokens if forces(t)]


def _sharers(verb: Token) -> list[Token]:
    """The verb, and the verbs coordinated after it whose object and phrases it shares when it
    has no object of its own ("maintain or increase its presence in Mali")."""
    if any(c.dep_ in OBJECTS for c in verb.children):
        return [verb]
    return [verb, *(v for v in verb.conjuncts if v.i > verb.i and v.pos_ == "VERB")]


def _objects(verb: Token) -> list[Token]:
    """A verb's objects, or those it shares with a verb coordinated after it."""
    return [c for v in _sharers(verb) for c in v.children if c.dep_ in OBJECTS]


def _reducing(verb: Token, lemma: str) -> bool:
    """A verb of cutting down: "reduced", "drew down", "scaled back"."""
    return lemma in REDUCING_VERBS or any(c.lower_ in REDUCING_PHRASES.get(lemma, ()) for c in verb.children if c.dep_ in ("prt", "advmod"))


def _marked(verb: Token, marks: frozenset[str]) -> list[Token]:
    """The verb's own word of direction ("home", "back"), as adverb, particle or bare noun."""
    return [c for c in verb.children if c.lower_ in marks and c.dep_ in ("advmod", "npadvmod", "prt", "dobj", "advcl", "prep")]


def _located(head: Token, is_place: Callable[[Token], bool]) -> bool:
    """Whether a verb or a noun has an "in" phrase that names a place ("stay in Iraq", "troops
    in Afghanistan")."""
    return any(o for p in head.children if p.dep_ == "prep" and p.lower_ == "in" for o in prep_objects(p) if is_place(o))


def forces_departure(noun: Token, is_place: Callable[[Token], bool]) -> bool:
    """Whether a noun of leaving tells forces leaving: forces in its "of" phrase or as its
    modifier ("the departure of US troops", "the troop exit"), or a place it is "from" ("the US
    exit from Syria")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DEPARTURE_NOUNS:
        return False
    leavers = [c for c in noun.children if c.dep_ in ("compound", "nmod")]
    leavers += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in prep_objects(p)]
    left = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "from" for o in prep_objects(p)]
    return any(forces(t) for t in leavers) or any(is_place(o) for o in left)


def forces_movement(verb: Token, is_place: Callable[[Token], bool]) -> Coding | None:
    """The coding of a verb that tells forces leaving or staying, or of a noun of forces
    leaving (see the module's doc), or None. `is_place` says whether a noun names a place."""
    if forces_departure(verb, is_place):
        return WITHDRAWAL
    if verb.pos_ != "VERB" or verb.dep_ in ("amod", "compound"):
        return None
    lemma = verb.lemma_.lower()
    objects = _objects(verb)
    if lemma in LEAVING_VERBS and movers(verb) and all(is_place(o) for o in objects):
        return WITHDRAWAL  # "US troops left Afghanistan", "ordered US forces in Syria to leave"
    if lemma in HOMEWARD_VERBS and movers(verb) and _marked(verb, HOME_WORDS):
        return WITHDRAWAL  # "the soldiers came home from Iraq"
    moved = [o for o in objects if not o.lower_ in BACK_WORDS and forces(o)]
    if lemma in BRINGING_VERBS and moved and _marked(verb, BACK_WORDS):
        return WITHDRAWAL  # "brought its troops home from Mali", "ordered the troops home"
    if lemma in STAYING_VERBS and movers(verb) and _located(verb, is_place):
        return STATIONING  # "British forces would stay in Iraq"
    # (not forces left in a state: "the attack left three soldiers dead in Kabul")
    predicated = any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") for c in verb.children)
    kept = [o for o in objects if (forces(o) or o.lemma_.lower() in PRESENCE_NOUNS) and not predicated]
    if kept and _reducing(verb, lemma):
        return WITHDRAWAL  # "drew down its presence in Iraq", "reduced its troops in Afghanistan"
    if lemma in KEEPING_VERBS and kept and any(_located(h, is_place) for h in (*_sharers(verb), *kept)):
        return STATIONING  # "will keep 500 troops in Afghanistan", "maintain its presence in Syria"
    return None


class DepartureArguments:
    """Methods of `ArgumentReader` for forces leaving (they use its `people` resolver and
    `triggers` finder)."""

    def forces_place(self, verb: Token, index: int) -> list[Participant]:
        """The state of the place forces leave or are kept in, when no phrase of the verb names
        it: the "from" phrase of its "home" or "back" ("brought its troops home from Mali"),
        else the place the forces (or the presence) moved are said to be in ("ordered US forces
        in Syria to leave", "maintain or increase its presence in Syria")."""
        participants = self.people.participants
        homeward = [p for d in _marked(verb, BACK_WORDS | HOME_WORDS) for p in d.children if p.dep_ == "prep" and p.lower_ == "from"]
        found = [r for p in homeward for o in prep_objects(p) for r in participants(o, "home-from", index)]
        if found:
            return found
        tokens, _, _ = subject(verb)
        moved = [t for t in (*tokens, *_objects(verb), *(c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS))
                 if forces(t) or t.lemma_.lower() in PRESENCE_NOUNS]
        # (a presence cut down is cut where the verb's phrase says: "in Iraq, Washington is
        # drawing down its presence")
        holders = moved + (_sharers(verb) if any(t.lemma_.lower() in PRESENCE_NOUNS for t in moved) or _reducing(verb, verb.lemma_.lower()) else [])
        located = [o for t in holders for p in t.children if p.dep_ == "prep" and p.lower_ == "in" for o in prep_objects(p)]
        return [r for o in located if self.triggers.is_place(o) for r in participants(o, "forces-in", index)]

    def forces_arguments(self, verb: Token, event_type: str, actors: list[Participant], recipients: list[Participant],
                         index: int) -> tuple[list[Participant], list[Participant]]:
        """The arguments of forces moved or kept, completed: the state whose forces they are
        (`forces_state`); for forces kept, with no recipient named, the place they are kept in
        ("will maintain or increase its presence in Syria": the phrase of the shared object)."""
        if event_type == "MOBILIZE" and not any(a.mention.country for a in actors):
            senders = self.deployed_forces_state(verb, index)
            if senders:  # (the forces sent are no recipient: they are the sender's own)
                actors, recipients = senders, []
        if event_type == "MOBILIZE" and not recipients:
            recipients = self.forces_place(verb, index)
        return self.forces_state(verb, event_type, actors, index), recipients

    def deployed_forces_state(self, verb: Token, index: int) -> list[Participant]:
        """Who sent forces told in the passive: their state ("2,000 Kenyan police have been
        deployed to Haiti": Kenya); for forces no state is named for, the state whose official
        reports it ("the defence ministry said troops had been deployed to the border": officials
        tell of their own side's deployments)."""
        tokens, _, passive = subject(verb)
        # (forces by their word, "troops", or by their sector, "riot police")
        sent = [p for t in tokens if passive for p in self.people.participants(t, "deployed-forces", index)
                if forces(t) or p.mention.sector in ARMED_SECTORS]
        owners = [p for p in sent if p.mention.country]
        if owners or not sent:
            return owners
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SAYING_VERBS:
            reporters, path, _ = subject(verb.head)
            owners = [p for r in reporters for p in self.people.participants(r, f"reporter-{path}", index)
                      if p.mention.country or p.mention.sector in REPORTING_STATE_SECTORS]
        # else the forces name their side, as "riot police were deployed in Tunis" names the police
        return owners or sent

    def forces_state(self, verb: Token, event_type: str, actors: list[Participant], index: int) -> list[Participant]:
        """Whose forces are moved, when the doer read from the syntax names no state: the one
        who ordered them ("Biden ordered the troops to come home": not "the troops", whoever's
        they are), else the state the moved forces belong to ("the decision to pull American
        troops out of Syria": the US). Other acts and named doers keep their actors."""
        if event_type not in ("RETREAT", "MOBILIZE") or any(a.mention.country for a in actors):
            return actors
        tokens, path, passive = subject(verb)
        if actors and path == "xcomp-obj" and verb.head.lemma_.lower() in ORDERING_VERBS and not passive and any(forces(t) for t in tokens):
            orderers, orderer_path, _ = subject(verb.head)
            found = [p for o in orderers for p in self.people.participants(o, f"orderer-{orderer_path}", index) if p.mention.country]
            return found or actors
        if not actors:
            moved = [o for o in _objects(verb) if forces(o)]
            return [p for o in moved for p in self.people.participants(o, "forces-owner", index) if p.mention.country] or actors
        return actors

    def noun_forces_arguments(self, found, actors: list[Participant], recipients: list[Participant],
                              index: int) -> tuple[list[Participant], list[Participant]]:
        """The doer of a noun of withdrawal or deployment, completed. Forces with no owner and
        a "from" phrase ("the withdrawal of troops from Iraq") are not that place's forces: the
        "from" names the place left, so they name no doer. With no doer named, the one who
        decided it acts: the owner of the noun of decision whose "of" phrase it is ("Trump's
        announcement of a withdrawal from Syria"), else the subject of the verb that carries it
        ("Biden ordered a withdrawal of troops from Iraq")."""
        noun = found.token
        if found.coding.event_type not in ("RETREAT", "MOBILIZE"):
            return actors, recipients
        doers = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in prep_objects(p)] if found.coding.event_type == "RETREAT" else []
        left = found.coding.event_type == "RETREAT" and any(p.dep_ == "prep" and p.lower_ == "from" for p in noun.children)
        if actors and all(a.path == "of-doer" for a in actors) and any(self._left_from(d, left) for d in doers):
            actors = []
        if actors:
            return actors, recipients
        governor = governing_preposition(noun)
        decision = governor.head if noun.dep_ == "pobj" and governor.lower_ == "of" and governor.head.lemma_.lower() in DECISION_NOUNS else noun
        owners = [c for c in decision.children if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and self.people.actor_at(c) is not None)]
        actors = [p for o in owners if decision is not noun for p in self.people.participants(o, "decision-owner", index)]
        carrier = self.triggers.light_carrier(decision)
        if not actors and carrier is not None:
            tokens, path, passive = subject(carrier)
            actors = [p for t in ([] if passive else tokens) for p in self.people.participants(t, f"light-{path}", index)]
        return actors, recipients

    def _left_from(self, moved: Token, left: bool) -> bool:
        """Forces withdrawn that only a "from" phrase places ("troops from Iraq", on them or on
        the withdrawal, `left`): no word of theirs names whose they are. (Forces deployed "from"
        a place come from their own state: "the deployment of troops from Chad".)"""
        owned = any(c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and self.people.actor_at(c) is not None) for c in moved.children)
        left = left or any(p.dep_ == "prep" and p.lower_ == "from" for p in moved.children)
        return forces(moved) and not owned and left
