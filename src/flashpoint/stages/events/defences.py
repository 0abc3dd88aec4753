"""Defending one's own act: a rebuttal of its critics (PLOVER REJECT, as the article codebook
codes "Trump defended his decision to withdraw"), not support for another party (PLOVER
SUPPORT, CAMEO 052, is defending someone else: "Arafat defended Iraq against Western
criticism", "defended the right of Russian troops to fire")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...knowledge.events import Coding
from ...lexicon import words

JUSTIFYING_VERBS = frozenset(words("events", "justifying_verbs"))
OWN_WORDS = frozenset(words("events", "own_words"))
DEFENDED_ACTS = frozenset(words("events", "defended_acts"))
OWN_DEFENCE = Coding("REJECT", None, "12", "verb")


def own_defence(found):
    """The trigger `found` with a defence of one's own act or of oneself recoded as a
    rejection of its critics; any other trigger as it is."""
    if found is None or found.kind != "verb" or found.token.lemma_.lower() not in JUSTIFYING_VERBS:
        return found
    return replace(found, coding=OWN_DEFENCE) if any(_own(o) for o in _objects(found.token)) else found


def _objects(verb: Token) -> list[Token]:
    return [o for c in verb.children if c.dep_ in ("dobj", "obj") for o in (c, *c.conjuncts)]


def _own(noun: Token) -> bool:
    """Whether what is defended is the doer itself or its own: a reflexive ("defended
    himself"), or an act or decision whose possessor is a pronoun or "own" ("his decision",
    "its own record", "their conduct"); not a named other's ("Turkey's offensive"), a party
    ("Iraq"), nor ground held ("defended their positions")."""
    if noun.lower_ in OWN_WORDS:
        return True
    return noun.lemma_.lower() in DEFENDED_ACTS and any((c.dep_ == "poss" and c.pos_ == "PRON") or (c.dep_ == "amod" and c.lower_ == "own") for c in noun.children)
