"""Whose a noun phrase is: the possessor of a noun that names no party itself ("Erdogan's
Kurdish vendetta", "their Syria agenda": Erdogan's and theirs, not the Kurds' or Syria's),
and the possessive phrase the parser splits into a noun and an apposition ("the Syrian
president Bashar al-Assad's main backers": the backers, not the president)."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.words import LEADING_VERBS
from .words import NAMING_MODIFIERS


def named_by_modifier(token: Token, mention) -> bool:
    """Whether the actor found for a noun is named only by an adjective or a compound before
    it ("Kurdish" in "Erdogan's Kurdish vendetta"), so that the noun itself names no party.
    Not a sector word ("its military wing", "their security apparatus"): that says what kind
    of body the noun names, not what it is about."""
    if mention is None or token.pos_ != "NOUN" or mention.head == token.i or (mention.kind == "sector" and not mention.country):
        return False
    return any(c.dep_ in NAMING_MODIFIERS and c.i < token.i and c.left_edge.i <= mention.head <= c.right_edge.i
               for c in token.children)


def speakers_own(token: Token, mention) -> bool:
    """Whether a bare sector word ("forces", "fighters", "the army") is possessed by "our":
    in quoted words ("'Our forces are pounding Isis positions,' the SDF spokesman said") the
    body of the side its speaker speaks for, as "we" is that side."""
    owner = possessor(token)
    return (mention is not None and mention.kind == "sector" and not mention.country and mention.head == token.i
            and owner is not None and owner.lower_ == "our")


def possessor(token: Token) -> Token | None:
    """The possessor of a noun ("Erdogan" in "Erdogan's vendetta", "their" in "their agenda")."""
    return next((c for c in token.children if c.dep_ == "poss"), None)


def possessed_apposition(token: Token) -> Token | None:
    """The noun a possessive phrase is about when the parser has hung it as an apposition of
    the possessor's own title: in "the Syrian president Bashar al-Assad's main backers" it
    reads "president" as the head and "Assad's main backers" as its apposition, though the
    president is only whose backers they are. Told by the apposition's possessor starting
    right after the title noun (its name): "the president, Assad's backers" is no such case."""
    for appos in (c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > token.i):
        owner = possessor(appos)
        if owner is not None and owner.left_edge.i == token.i + 1 and owner.pos_ == "PROPN":
            return appos
    return None


PERSONAL_RELATIVES = ("who", "whom")


def person_antecedent(relative: Token, antecedent: Token, names_people) -> Token:
    """The noun a "who" clause is about: a person. The parser hangs the clause on the nearest
    noun, which may be a thing in a phrase of the person noun before it ("an American fighter
    with Somali heritage, who was killed": the fighter; "the leader of the group, who said":
    the leader). A noun that can name people (`names_people`) stays the antecedent."""
    if relative.lower_ not in PERSONAL_RELATIVES or antecedent.pos_ != "NOUN" or names_people(antecedent):
        return antecedent
    prep = antecedent.head
    if antecedent.dep_ != "pobj" or prep.dep_ != "prep":
        return antecedent
    if prep.head.pos_ in ("NOUN", "PROPN"):
        return prep.head
    # the phrase hung on the verb ("married a fighter with Somali heritage, who"): its object
    objects = [c for c in prep.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i < prep.i]
    return objects[0] if prep.head.pos_ == "VERB" and objects else antecedent


def beyond_participle(noun: Token, conjunct: Token, path: str) -> bool:
    """Whether a noun's conjunct comes after the participle that makes the noun an event's
    doer (a reduced relative, `path` "acl"): "25 Syrian rebels fighting alongside Turkey and 26
    Kurdish fighters" tells the rebels fought alongside Turkey, not the Kurdish fighters; a
    participle after the last conjunct ("Turkish troops and rebels fighting in Afrin") is
    shared by all of them."""
    if path not in ("acl", "acl-pass"):
        return False
    participles = [c.i for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    return bool(participles) and conjunct.i > min(participles)


def parallel_owner(pronoun: Token) -> Token | None:
    """The owner named on the first of two coordinated noun phrases, which a possessive
    pronoun on the second refers to (parallelism): in "US policy in Syria, and especially its
    support for the YPG" "its" is the US's, not Syria's, the nearer name inside the first
    phrase's place phrase."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.dep_ != "conj" or noun.head.pos_ not in ("NOUN", "PROPN"):
        return None
    first = noun.head
    return next((c for c in first.children if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < first.i
                 and c.pos_ in ("PROPN", "ADJ", "PRON")), None)


def leader(noun: Token) -> Token | None:
    """Who leads an act a noun names, when a participle beside it says ("the military
    campaign, led by the SDF": the SDF's campaign; "an offensive commanded by Turkish
    officers"): its "by" phrase."""
    for clause in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in LEADING_VERBS):
        for agent in (c for c in clause.children if c.dep_ == "agent"):
            return next((o for o in agent.children if o.dep_ == "pobj"), None)
    return None
