"""Infinitives that tell what an act is for or what it is judged to be, not an act done: the
purpose a thing is made or meant for ("the resolution is intended to allow aid in", "the
operation is meant to drive the militia out") and the judgement of an act of a kind ("it is
necessary to withdraw")."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import words
from .words import PASSIVE_SUBJECTS, SUBJECT_ADJECTIVES, SUBJECTS

PURPOSE_VERBS = words("events_syntax", "purpose_verbs")


def extraposed_infinitive(head: Token, clause: Token) -> bool:
    """Whether an infinitive is the extraposed subject of "it is ADJ": "it is important to
    withdraw", "it was necessary to halt", "it is legal to kill them". What such a sentence
    tells is a judgement of an act of that kind (needed, lawful, easy), not an act done.
    The head is "be" (or its adjective, as the parse may hang the infinitive from either),
    whose subject is "it". Not an adjective whose infinitive is its subject's own act ("it was
    able to bomb", "it was quick to condemn", `SUBJECT_ADJECTIVES`): there "it" names a party."""
    with_for = clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) or not (clause.dep_ == "xcomp" or with_for):
        return False  # "it is important (for Turkey) to withdraw"
    adjective = head if head.pos_ == "ADJ" and head.dep_ == "acomp" else None
    copula = head.head if adjective is not None else head
    if copula.lemma_.lower() != "be" or not any(c.dep_ in SUBJECTS and c.lower_ == "it" for c in copula.children):
        return False
    adjectives = [adjective] if adjective is not None else [c for c in copula.children if c.dep_ == "acomp" and c.pos_ == "ADJ"]
    return bool(adjectives) and all(a.lemma_.lower() not in SUBJECT_ADJECTIVES and a.i < clause.i for a in adjectives)


def purpose_of_thing(head: Token, clause: Token) -> bool:
    """Whether an infinitive is the purpose a passive verb of purpose gives its subject ("the
    resolution is intended to allow aid in", "the law was designed to punish them", "the
    operation is meant to drive them out"): it tells what the thing is for, not an act done,
    nor an intent anyone announced (as the active "Turkey intends to withdraw" does). The
    passive is the verb's own ("is intended") or shared with the verb it is joined to ("is
    limited in scope and intended to")."""
    if clause.dep_ != "xcomp" or head.lemma_.lower() not in PURPOSE_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    return _passive(head) or (head.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in head.children) and _passive(head.head))


def _passive(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ in PASSIVE_SUBJECTS | {"auxpass"} for c in verb.children)
