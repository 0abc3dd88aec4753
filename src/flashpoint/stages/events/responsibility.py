"""Who claimed an attack: "the bombing claimed by the Islamic State", "Islamic State claimed
responsibility for the bombing, which killed 84 people". The claimant is the attack's doer as a
party's claim tells it (the codebook codes a party's claim as its act)."""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import subject
from .words import CLAIMING_VERBS


def claimant_token(noun: Token) -> Token | None:
    """The word naming who claimed the attack a noun names: the agent of "claimed by", or the
    subject of a verb of taking responsibility for it ("claimed responsibility for the
    bombing"); None when no one is said to have claimed it."""
    for clause in noun.children:
        if clause.dep_ == "acl" and clause.lemma_.lower() == "claim":
            for agent in (c for c in clause.children if c.dep_ == "agent"):
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
    for_ = noun.head
    if noun.dep_ == "pobj" and for_.lower_ == "for" and for_.head.lemma_.lower() == "responsibility":
        verb = for_.head.head
        if verb.lemma_.lower() in CLAIMING_VERBS:
            subjects, _, passive = subject(verb)
            return subjects[0] if subjects and not passive else None
    return None
