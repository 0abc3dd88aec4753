"""Who used an instrument of attack, told in the instrument's own phrase.

An attack is often told through its instrument ("was killed by a roadside bomb", "a bomb
exploded, killing twelve"), and the instrument's phrase may say whose it was:

- the doer of a participle or a relative clause of setting or setting off the instrument
  (`placing_verbs`): "a bomb planted by the Taliban", "a mine laid by the rebels", "rockets
  fired by Hamas", "a bomb that the Taliban had hidden";
- its possessor: "the group's bombs", "their rockets";
- of a conveyance, who sent or ran it ("a convoy sent by the UN delivered food", "planes
  chartered by Qatar brought aid": `conveyances`, `sending_verbs`);
- of a thing rigged to go off ("a house booby-trapped by Isis", "a building rigged with Isis
  bombs"), who rigged it, else whose the instrument it was rigged with is.

Whoever used the instrument did the attack it served: "a police officer was killed by a
roadside bomb planted by the Taliban" is the Taliban's attack, not unknown bombers'. A word
before the head names the owner as it names any noun's ("Houthi missiles", "Isis bombs": the
actor stage reads those). Who made, sold or supplied a weapon did not use it ("rockets
supplied by Iran"): no such verb is in the list.

`instrument_users` gives the words that name the user, for the participant resolver to
resolve (events/participants.py: the instrument as subject or "by" phrase of an attack);
`InstrumentArguments.instrument_actors` reads the instrument where an attack told with no
doer names its means (its cause or "with" phrase, a clause of time, a device going off: the
same places stages/unidentified.py reads for a doer it does not name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...knowledge.events import default_lexicon
from ...lexicon import table, words
from .syntax import prep_objects
from .words import RELATIVE_PRONOUNS

if TYPE_CHECKING:
    from .participants import Participant

INSTRUMENT_DOERS = table("doers", "instrument_doers")
PLACING_VERBS = words("doers", "placing_verbs")
TRAPPING_VERBS = words("doers", "trapping_verbs")
LOADING_VERBS = words("doers", "loading_verbs")
CONVEYANCES = words("doers", "conveyances")
SENDING_VERBS = words("doers", "sending_verbs")
INSTRUMENT_PATH = "instrument"


def weapon(noun: Token) -> bool:
    """Whether a noun is a weapon or a machine of attack ("a bomb", "rockets", "an IED",
    "drones"), not an act ("an attack", "gunfire": those have doers of their own)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    lexicon, lemma = default_lexicon(), noun.lemma_.lower()
    if lemma in lexicon.nouns or noun.lower_ in lexicon.nouns:
        return False
    weapons = lexicon.object_classes["weapons"]
    return lemma in weapons or noun.lower_ in weapons or lemma in INSTRUMENT_DOERS


def _clauses(noun: Token) -> list[Token]:
    """The participles and relative clauses that describe a noun ("planted by", "that ... fired");
    the participle itself where the parse has made it the head of the noun's phrase, the noun
    hung under it ("in a tunnel booby-trapped by Isis": "trapped" the object of "in")."""
    if noun.tag_ == "VBN" and noun.dep_ == "pobj" and any(c.dep_ in ("npadvmod", "compound") and c.pos_ == "NOUN" for c in noun.lefts):
        return [noun]
    return [c for c in noun.children if c.dep_ in ("acl", "relcl", "amod") and c.pos_ == "VERB"]


def _verb_word(verb: Token) -> str:
    """A verb's lemma, "booby-trap" for "booby-trapped" parsed as a noun and a participle."""
    lemma = verb.lemma_.lower()
    return "booby-trap" if lemma.startswith("booby") or any(c.lower_ == "booby" for c in verb.children) else lemma


def _doers(clause: Token) -> list[Token]:
    """Who does what a participle or a relative clause tells: its "by" phrase; of an active
    relative clause, its subject ("a bomb that the Taliban had planted")."""
    by = [o for c in clause.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for o in prep_objects(c)]
    if by or clause.dep_ != "relcl":
        return by
    return [s for s in clause.children if s.dep_ == "nsubj" and s.lower_ not in RELATIVE_PRONOUNS]


def instrument_users(noun: Token) -> list[Token]:
    """The words that name who used an instrument of attack in its own phrase (see the module
    docstring); none for a noun that is no instrument or says nothing of its user."""
    if weapon(noun):
        # (a possessive pronoun is left to the actor stage's coreference: "its rockets"; in
        # "civilians were killed by their bombs" the nearest party is the victims)
        users = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        return users + [d for clause in _clauses(noun) if _verb_word(clause) in PLACING_VERBS for d in _doers(clause)]
    users = []
    for clause in _clauses(noun):
        word = _verb_word(clause)
        if noun.lower_ in CONVEYANCES and word in SENDING_VERBS:
            users += _doers(clause)  # "a convoy sent by the UN", "a flight that Qatar chartered"
        loaded = [o for c in clause.children if c.dep_ == "prep" and c.lower_ == "with" for o in prep_objects(c) if weapon(o)]
        if word in TRAPPING_VERBS or (word in LOADING_VERBS and loaded):
            users += _doers(clause) or loaded
    return users


def rigged(noun: Token) -> bool:
    """Whether a noun is a thing rigged to go off ("a house booby-trapped by Isis", "a car
    packed with explosives")."""
    for clause in _clauses(noun):
        word = _verb_word(clause)
        if word in TRAPPING_VERBS or (word in LOADING_VERBS and any(
                weapon(o) for c in clause.children if c.dep_ == "prep" and c.lower_ == "with" for o in prep_objects(c))):
            return True
    return False


def bare_weapon(mention, noun: Token) -> bool:
    """Whether an actor mention is only the word for a weapon ("rockets", "missiles": the
    dictionary's military sector), which names no one's."""
    return mention.kind == "sector" and mention.country is None and mention.head == noun.i and weapon(noun)


class InstrumentArguments:
    """The doer of an attack told through its means: `ArgumentReader` mixin (needs `people`)."""

    def instrument_actors(self, verb: Token, index: int) -> list["Participant"]:
        """Who used the instrument an attack with no doer of its own is told by: "were killed
        when a bomb planted by the Taliban exploded", "when their truck hit a mine laid by the
        rebels", "killed in a house booby-trapped by Isis", "when a Taliban bomb went off"."""
        from ..unidentified import verb_candidates

        _, means, _ = verb_candidates(verb)
        for noun in means:
            if not (weapon(noun) or rigged(noun)):
                continue
            actors = [p for p in self.people.participants(noun, INSTRUMENT_PATH, index) if not bare_weapon(p.mention, verb.doc[p.mention.head])]
            if actors:
                return actors
        return []
