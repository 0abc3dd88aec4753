"""Verbs of granting a point used of a fact: "conceded that the offensive had crippled the
campaign" admits something, as "said" reports it; the act, if any, is in the clause. With an
object the verb is the act ("conceded defeat", "accepted the refugees", "recognised Kosovo")."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import words
from .words import OBJECTS

ADMITTING_VERBS = words("events_syntax", "admitting_verbs")


def admitted_fact(verb: Token) -> bool:
    """Whether a verb of granting a point has a clause (ccomp) and no object: an admission."""
    if verb.lemma_.lower() not in ADMITTING_VERBS or any(c.dep_ in OBJECTS for c in verb.children):
        return False
    return any(c.dep_ == "ccomp" for c in verb.children)
