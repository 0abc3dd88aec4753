"""Accidents: a killing with no doer told by the mishap that caused it ("38 people were
killed when the plane crashed", "nine were killed when their boat capsized") is no attack.
The clause says what killed them, a vehicle or a building that failed, and no one did it;
an attacker the text does not name would leave it untold, not told as a crash. A weapon that
"crashed" into a house is a strike (`impact_preps`), and a clause with an object or an agent ("when a truck
hit their car", "when the bus was overturned by rioters") tells someone's doing."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import words
from .instruments import weapon
from .words import OBJECTS, SUBJECTS

MISHAP_VERBS = words("doers", "mishap_verbs")
MISHAP_MARKS = words("doers", "mishap_marks")
IMPACT_PREPS = words("doers", "impact_preps")


def mishap_clause(verb: Token) -> Token | None:
    """The clause of a mishap a verb of killing is told by ("killed when the plane crashed"),
    or None."""
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in MISHAP_VERBS):
        children = list(clause.children)
        if not any(c.dep_ in ("advmod", "mark") and c.lower_ in MISHAP_MARKS for c in children):
            continue
        if any(c.dep_ in OBJECTS or c.dep_ == "agent" for c in children):
            continue  # "when a truck hit their car": someone's doing
        if any(c.dep_ in SUBJECTS and weapon(c) for c in children) and any(c.dep_ == "prep" and c.lower_ in IMPACT_PREPS for c in children):
            continue  # "when a missile crashed into the house": a strike (a plane that crashed near a town fell)
        return clause
    return None
