"""The pairs of parties the events told so far name: what "both sides", "the two countries"
refer back to when the pair was told as the doer of an act and the one it befell ("Israeli
jets struck Hamas positions. Egypt urged both sides to return to the truce": Israel and
Hamas), not only as two names joined by "and" (coreference.pair_referents reads those)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby

from spacy.tokens import Token

from ...language.coreference import clause_chain, relation_sides
from .words import PASSIVE_SUBJECTS, SUBJECTS


def told_pairs(people, noun: Token) -> Iterator[tuple[int, list[Token]]]:
    """(position of the trigger, a word of each party) of the events told before a noun whose
    named parties, doers and recipients together, are exactly two, nearest first. An event
    one of whose parties is a subject of a clause above the noun is passed over: those who
    speak to "both sides" are not one of them ("Israel struck Hamas. Israel urged both sides"
    says nothing of a pair), unless it names the sides of a relation ("between the two"). The
    nearest event of more parties, or of one the text does not name where the event was told (the state of a place struck), ends the search: the pair
    it told is not for certain two named (a pair further back would be the wrong one). Lazy:
    the subjects are read only when a pair is sought."""
    speakers = None
    for index, entries in groupby(reversed(people.told), key=lambda told: told[0]):
        if index >= noun.i:
            continue
        parties = {}
        for _, _, actor, recipients in entries:
            for mention in (actor, *recipients):
                if mention.kind != "unresolved":
                    parties.setdefault(party_key(mention), mention)
        if len(parties) < 2:
            continue
        if len(parties) > 2 or not all(_named_at_head(people, m) for m in parties.values()):
            return
        if speakers is None:
            speakers = set() if relation_sides(noun) else _speakers(people, noun)
        if speakers & parties.keys():
            continue
        yield index, [people.doc[m.head] for m in parties.values()]


def party_key(mention) -> str:
    """Which side a mention names, for counting the parties of an event: a state's organs
    are the state ("the Sudanese army" and "Khartoum" are one side), a named armed group is
    itself even when it is of that state ("Sudan's army and the RSF", "Colombia's government
    and the ELN": two sides)."""
    return mention.name if mention.kind == "group" else (mention.country or mention.name)


def _named_at_head(people, mention) -> bool:
    """Whether the word a mention is hung on names that party itself (not a place's state
    added for a place struck, nor a doer through an event noun)."""
    found = people.actor_at(people.doc[mention.head])
    return found is not None and party_key(found) == party_key(mention)


def _speakers(people, noun: Token) -> set[str]:
    """The parties the subjects of the clauses above a noun name (as `told_pairs` keys them)."""
    found = set()
    for branch, clause in clause_chain(noun):
        for doer in (c for c in clause.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS and c.i != branch.i):
            mention = people.resolve(doer, people.sentence_of(doer))
            if mention is not None:
                found.add(party_key(mention))
    return found
