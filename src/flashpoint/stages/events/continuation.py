"""Pronouns that continue a pronoun: the same subject pronoun in consecutive sentences
refers to the same party (centering: the topic goes on)."""

from __future__ import annotations

from spacy.tokens import Token

from .words import PRONOUN_CHAIN_HOPS, SUBJECTS

# subject pronouns a later one of the same form continues ("it" is left out: it is so often an
# expletive, "it is clear that ...", that its chain would carry nothing)
CONTINUED_PRONOUNS = frozenset({"they", "he", "she"})


def continued_subject(finder, doer: Token, pronoun: Token, hops: int, agrees, eligible):
    """The party a subject pronoun stands for when the subject of the sentence before is the same
    pronoun: in "'If you complain, they beat you and your children. They threaten to burn your
    tent'" the second "they" is whoever the first is, not the children named between them (a
    nearer noun of the object, which the nearest-actor search would take). None when the chain
    does not resolve (then the nearest actor is taken, as before)."""
    if doer.lower_ != pronoun.lower_ or pronoun.lower_ not in CONTINUED_PRONOUNS or hops >= PRONOUN_CHAIN_HOPS:
        return None
    found = finder.antecedent(doer, finder.sentence_of(doer), hops=hops + 1)
    return found if found is not None and agrees(found) and eligible(found) else None


def chained_pronoun(finder, pronoun: Token, earliest: int, other_than: frozenset, hops: int):
    """"Robinson travelled to Syria. There, he served as a medic. He then crossed the
    border. On landing, he was arrested": a personal pronoun with no one named in its window
    (from the word at `earliest`) continues the chain of the same pronoun before it, and
    refers to what that does."""
    gender = {"he", "him", "his"} if pronoun.lower_ in ("he", "him", "his") else {"she", "her"}
    chain = [t for t in finder.doc[earliest:pronoun.i] if t.lower_ in gender and t.dep_ in SUBJECTS]
    return finder.antecedent(chain[-1], finder.sentence_of(chain[-1]), other_than, hops + 1) if chain else None
