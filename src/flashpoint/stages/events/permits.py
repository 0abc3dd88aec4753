"""Permitting another party's use of force: allowing it backs the one who uses force (PLOVER
SUPPORT), while allowing anything else yields (CONCEDE: "allowed inspectors in", "allowed
aid convoys to use the crossing")."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import words
from .words import FORCE_NOUNS, FORCE_TYPES, OBJECTS, PERMITTING_VERBS

MILITARY_FACILITIES = frozenset(words("events", "military_facilities"))


def permitted_force(found, find) -> bool:
    """Whether a verb of permitting lets another party use force: "allowed Turkey to bomb
    the Kurds", "allowing Turkey to conduct the operation" (the force a trigger in the
    complement, or a noun of a military operation as its object), or a state's airspace or
    bases (`military_use`). `find` reads the trigger a token is (`TriggerFinder.find`)."""
    token = found.token
    if found.kind != "verb" or token.lemma_.lower() not in PERMITTING_VERBS:
        return False
    if military_use(token):
        return True
    for clause in (c for c in token.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"):
        for act in (clause, *(o for o in clause.children if o.dep_ in OBJECTS)):
            if act.pos_ == "NOUN" and act.lemma_.lower() in FORCE_NOUNS:
                return True
            act_found = find(act)
            if act_found is not None and act_found.coding.event_type in FORCE_TYPES:
                return True
    return False


def military_use(verb: Token) -> bool:
    """Whether what a verb of permitting allows is the use of airspace or military bases
    ("allowing the use of Afrin's airspace by Turkish warplanes", "allowed US jets to use its
    airbases"): letting another's forces fly or operate from one's ground backs them."""
    used: list[Token] = []
    for child in verb.children:
        if child.dep_ in OBJECTS and child.lemma_.lower() == "use":  # "the use of its airspace"
            used += [o for p in child.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        elif child.dep_ in ("ccomp", "xcomp") and child.lemma_.lower() == "use":  # "to use its airbases"
            used += [o for o in child.children if o.dep_ in OBJECTS]
    return any(o.lemma_.lower() in MILITARY_FACILITIES for u in used for o in (u, *u.conjuncts))
