"""Forces raised with another party in them: building, forming or training a force that
includes a group ("the US would build a border force that would include the YPG", "to train a
force comprising the SDF") backs that group, PLOVER's SUPPORT of the builder for the group. The
trigger is the verb of building, so its status is the building's (an announced plan to build
one is coded as the announcement, see status.speech_act)."""

from __future__ import annotations

from spacy.tokens import Token

from ...knowledge.events import Coding
from ...lexicon import words
from .syntax import prep_objects
from .words import OBJECTS

MEMBERSHIP_CODING = Coding("SUPPORT", None, "050", "membership")
# (lemmas, in lexicon/data/events.yaml)
FORMING_VERBS = words("events", "forming_verbs")
FORCE_NOUNS = words("events", "armed_body_nouns")
MEMBER_VERBS = words("events", "member_verbs")


def force_member(verb: Token) -> Token | None:
    """The party a verb of building says the force it builds includes: the object of a clause
    of including on the force noun ("a force that would include the YPG") or on the noun of its
    "of" phrase ("a force of 20,000 men comprising the SDF"), or further on in the verb's phrase,
    where the parse hangs it on the nearest noun ("a force to patrol the frontiers that would
    include the YPG": nothing else there includes a party); None otherwise."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FORMING_VERBS:
        return None
    for force in (c for c in verb.children if c.dep_ in OBJECTS and c.lemma_.lower() in FORCE_NOUNS):
        heads = [force, *(o for p in force.children if p.dep_ == "prep" and p.lower_ == "of" for o in prep_objects(p))]
        heads += [t for t in verb.subtree if t.i > force.i and t.pos_ in ("NOUN", "PROPN") and t not in heads]
        for clause in (c for h in heads for c in h.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in MEMBER_VERBS):
            members = [c for c in clause.children if c.dep_ in OBJECTS]
            if members:
                return members[0]
    return None
