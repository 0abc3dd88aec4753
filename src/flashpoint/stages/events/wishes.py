"""Wishes to come home: a party that wants, asks, hopes or pleads to return to a country ("she
wants to return to the UK", "the fighters asked to go back to Tunisia", "has pleaded to be
allowed to return to Alabama") asks that country to let it in, which PLOVER codes as the
request made (REQUEST), with the country as its recipient. The return itself is still to come
and is not coded; the trigger is the verb of wishing, so the request is dated by it."""

from __future__ import annotations

from spacy.tokens import Token

from ...knowledge.events import Coding
from .syntax import prep_objects
from ...lexicon import words
from .words import OBJECTS

WISH_CODING = Coding("REQUEST", None, "020", "wish")
# (word lists in lexicon/data/events.yaml: wish_verbs, return_verbs, homeward_verbs, ...)
WISH_VERBS = words("events", "wish_verbs")
RETURN_VERBS = words("events", "return_verbs")
HOMEWARD_VERBS = words("events", "homeward_verbs")
HOMEWARD_WORDS = words("events", "homeward_words")
PERMISSION_VERBS = words("events", "permission_verbs")
# Prepositions of the place returned to ("to the UK", "back to Tunisia", "to her family in Alabama").
DESTINATION_PREPS = {"to", "in"}


def _infinitive(verb: Token) -> Token | None:
    """The to-infinitive a verb governs with no object before it (its subject's own act:
    "wants to return", not "wants Moscow to return", a directive)."""
    for clause in verb.children:
        if clause.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            if not any(c.dep_ in OBJECTS and c.i < clause.i for c in verb.children):
                return clause
    return None


def _homecoming(clause: Token) -> bool:
    lemma = clause.lemma_.lower()
    if lemma in RETURN_VERBS:
        return True
    return lemma in HOMEWARD_VERBS and any(c.dep_ == "advmod" and c.lower_ in HOMEWARD_WORDS for c in clause.children)


def homecoming_destinations(verb: Token) -> list[Token] | None:
    """The places a verb of wishing asks to return to ("wants to return to the UK": [UK]), also
    through asking to be allowed ("pleaded to be allowed to return"); None when the verb asks
    for no return, or names no place."""
    if verb.lemma_.lower() not in WISH_VERBS:
        return None
    clause = _infinitive(verb)
    if clause is not None and clause.lemma_.lower() in PERMISSION_VERBS and clause.tag_ == "VBN":
        clause = _infinitive(clause)  # "to be allowed to return": the return is what is asked for
    if clause is None or not _homecoming(clause):
        return None
    heads = [clause, *(c for c in clause.children if c.dep_ == "advmod" and c.lower_ in HOMEWARD_WORDS)]
    places = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in DESTINATION_PREPS for o in prep_objects(p)]
    return places or None
