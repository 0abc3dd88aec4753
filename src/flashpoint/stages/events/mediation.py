"""Talks a third party hosts, brokers or mediates ("after talks hosted by Saudi Arabia", "talks
brokered by Qatar between Israel and Hamas"): the host meets the sides that talk, not the
other hosts. The sides are named by the noun's "between" phrase, else by the subject of the
clause the talks phrase belongs to ("the army and the RSF signed a truce after talks hosted by
Saudi Arabia": the army and the RSF talked)."""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import prep_objects, subject
from .words import MEDIATING_PARTICIPLES

# The phrase of the talks' own sides ("talks between Kyiv and Moscow").
SIDES_PREPS = ("between",)


def mediated(participle: Token, event_type: str) -> bool:
    """Whether a participle on a noun of talks says a third party arranged them ("hosted by")."""
    return event_type == "CONSULT" and participle.lemma_.lower() in MEDIATING_PARTICIPLES


def talking_sides(noun: Token, participle: Token) -> list[Token]:
    """The words that name the sides of talks a third party arranged: their "between" phrase
    (which the parse may hang from the participle), else the subject of the verb the talks
    phrase modifies ("agreed ... after talks hosted by X", "signed a deal at talks brokered by X")."""
    phrases = [*noun.children, *participle.children]
    sides = [o for p in phrases if p.dep_ == "prep" and p.lower_ in SIDES_PREPS for o in prep_objects(p)]
    if sides:
        return sides
    governor = noun.head
    if noun.dep_ == "pobj" and governor.dep_ == "prep" and governor.head.pos_ in ("VERB", "AUX"):
        subjects, _, passive = subject(governor.head)
        return [] if passive else subjects
    return []


def arranging_participle(token: Token, noun_coding) -> bool:
    """Whether a verb is the participle of arranging on a noun of talks or of an agreement
    ("talks hosted by Saudi Arabia", "a truce brokered by Qatar"): the noun codes the act and
    its arranger, the participle is no act of its own (its hosts did not meet each other)."""
    if token.lemma_.lower() not in MEDIATING_PARTICIPLES or token.dep_ != "acl" or token.tag_ != "VBN":
        return False
    coding = noun_coding(token.head)
    return coding is not None and coding.event_type in ("CONSULT", "AGREE")


def mediated_sides(verb: Token) -> list[Token]:
    """The sides of what a verb of mediating arranged, named by the "between" phrase of its
    object or passive subject ("the truce between Armenia and Azerbaijan was mediated by
    Russia", "brokered a deal between Israel and Hamas"): whom the mediators dealt with."""
    if verb.lemma_.lower() not in MEDIATING_PARTICIPLES:
        return []
    arranged = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return [o for a in arranged for p in a.children if p.dep_ == "prep" and p.lower_ in SIDES_PREPS for o in prep_objects(p)]
