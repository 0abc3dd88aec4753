"""What a death was caused by: the cause phrase of a verb of killing or dying ("killed in an
ambush", "died during the shelling", "killed in the first days of Turkey's offensive") names
the act whose doer killed. When that act is fighting between two sides ("three soldiers were
killed in fighting with the Taliban", "died in a gunfight with police"), it names no doer of
its own, but the party those killed fought, with "with" or "against": the one who killed them
(`combat_nouns` in lexicon/data/events_syntax.yaml)."""

from __future__ import annotations

from spacy.tokens import Token

from ...knowledge.events import QUAD_CLASS
from .participants import Participant
from .syntax import prep_objects
from .words import ALLY_OR_OPPONENT_PREPS, CAUSE_FRAMES, CAUSE_PREPS, COMBAT_NOUNS, COMBATANT_OPPONENT_PREPS, COMBATANT_PARTICIPLES, OBJECTS


def cause_nouns(verb: Token) -> list[Token]:
    """The nouns of a verb's cause phrases ("killed in an ambush", "died during the
    shelling"), a stretch of time standing for the act that filled it ("in the first three days
    of the offensive" is in the offensive)."""
    nouns = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in CAUSE_PREPS:
            for cause in (c for c in prep.children if c.dep_ == "pobj"):
                nouns.append(cause)
                if cause.lemma_.lower() in CAUSE_FRAMES:
                    nouns += [o for of in cause.children if of.dep_ == "prep" and of.lower_ == "of"
                              for o in of.children if o.dep_ == "pobj"]
    return nouns


def caused_verb(noun: Token) -> Token | None:
    """The verb whose cause phrase a noun is (see `cause_nouns`), or None; a gerund too
    (`cause_gerund`)."""
    if noun.dep_ != "pobj" and not cause_gerund(noun):
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.lemma_.lower() in CAUSE_FRAMES:
        prep = prep.head.head
    if prep.dep_ == "prep" and prep.lower_ in CAUSE_PREPS and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


def cause_gerund(verb: Token) -> bool:
    """Whether a gerund is the cause phrase of a verb and tells its doer in a "by" phrase, as an
    event noun does: in "Syrian soldiers died in shelling by Turkish forces" the shelling is
    read as "the shelling by Turkish forces", whose victims the soldiers are, not (as a
    gerund's doer would be) the subject of the verb it hangs on."""
    prep = verb.head
    return (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.dep_ == "prep" and prep.lower_ in CAUSE_PREPS
            and prep.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children))


def fallen(participant: Participant) -> bool:
    """Whether a participant of an attack noun is one its cause phrase says was killed by it
    (`cause_victims`, path "victim-..."): in "five policemen were killed in clashes with
    rebels" the police are whom the clash befell, not a side that acted in it."""
    return participant.path.startswith("victim-")


def fought_opponents(noun: Token) -> list[Token]:
    """The party a noun of fighting between two sides names as the other side: the objects of
    its "with" or "against" phrase ("fighting with the Taliban", "a battle against Isis and
    its allies"); [] for any other noun."""
    if noun.lemma_.lower() not in COMBAT_NOUNS and noun.lower_ not in COMBAT_NOUNS:
        return []
    preps = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in COMBATANT_OPPONENT_PREPS]
    # "in fighting with the YPG against Isis": with an opponent named, "with" names an ally
    foes = [p for p in preps if p.lower_ not in ALLY_OR_OPPONENT_PREPS] or preps
    return [o for prep in foes for o in prep_objects(prep) for o in (o, *o.conjuncts)]


def fighting_opponents(verb: Token) -> list[Token]:
    """Whom those a verb of killing or dying tells of were fighting when it befell them, told
    by a participle of fighting beside it (`combatant_participles`) with its object or its
    "against" phrase: "two volunteers were killed fighting Isis", "three soldiers
    died while fighting against the Taliban": the ones fought killed them. [] for any other."""
    fighting = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" and c.lemma_.lower() in COMBATANT_PARTICIPLES]
    # (not "with": "killed fighting with Kurdish forces" is fighting alongside them)
    foe_preps = COMBATANT_OPPONENT_PREPS - ALLY_OR_OPPONENT_PREPS
    return [o for f in fighting for c in f.children
            for o in ([c] if c.dep_ in OBJECTS else prep_objects(c) if c.dep_ == "prep" and c.lower_ in foe_preps else [])
            for o in (o, *o.conjuncts)]


class CauseArguments:
    """The doer of a killing told by its cause, and whom an attack named as the cause killed
    (mixin of the argument reader: uses `self.triggers`, `self.people`, `self.noun_arguments`
    and `self.cause_victims`)."""

    def cause_actors(self, verb: Token, index: int) -> list[Participant]:
        """In "two were killed in police firing" the actor of the cause is the actor (also
        through a stretch of time the cause filled: "killed in the first days of Turkey's
        offensive"); of fighting that names no doer, the side those killed fought ("killed
        in fighting with the Taliban": the Taliban, see `fought_opponents`); with no cause
        phrase, whom they were fighting ("killed fighting Isis", `fighting_opponents`)."""
        for cause in cause_nouns(verb):
            found = self.triggers.find(cause)
            attack = found is not None and found.kind == "noun" and QUAD_CLASS[found.coding.event_type] == 4
            actors = self.noun_arguments(found, index, victims=False)[0] if attack else []
            if actors:
                return [Participant(a.mention, f"cause-{a.path}") for a in actors]
            opponents = [p for o in fought_opponents(cause) for p in self.people.participants(o, "cause-opponent", index)]
            if opponents or attack:
                return opponents
        # "two volunteers were killed fighting Isis", "killed while fighting against the Taliban"
        return [p for o in fighting_opponents(verb) for p in self.people.participants(o, "fought-opponent", index)]

    def fallen_arguments(self, noun: Token, actors: list[Participant], recipients: list[Participant],
                         index: int) -> tuple[list[Participant], list[Participant]]:
        """(actors, recipients) of an attack noun that is the cause of deaths: an attack with no
        target named hit whoever its cause phrase says was killed (`cause_victims`); fighting
        with no doer named was done by the side those killed fought, to them ("five policemen
        died in fighting with rebels", "rebels died during fighting against the army")."""
        if actors and recipients:
            return actors, recipients
        fallen = self.cause_victims(noun, index)
        if fallen and not actors and fought_opponents(noun):
            opponents = [p for o in fought_opponents(noun) for p in self.people.participants(o, "opponent", index)]
            if opponents:
                return opponents, fallen
        return actors, recipients or fallen
