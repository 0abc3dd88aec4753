"""Whom an act answering a grievance is aimed at: whose deed the grievance is.

"Pakistan recalled its ambassador over India's decision", "Damascus boycotted the talks over
the demands of the opposition", "Cairo suspended cooperation over the arrest of its citizens
by Ethiopian police": an act whose object is the actor's own agent or a meeting names the
party it answers only in its reason phrase (`grievance_preps`). That party is the doer of the
deed the phrase names: its possessor ("India's decision"), a nationality adjective or name
before it ("the American demands"), its "by" agent, or the "of" phrase of a noun of a stance
("the demands of the opposition", `doer_of_nouns`; not "the arrest of the mayor", whom the
arrest was done to). Read only where nothing else names the recipient.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import words
from .syntax import prep_objects

GRIEVANCE_PREPS = words("events_syntax", "grievance_preps")
STATE_ORGAN_SECTORS = words("events_syntax", "state_organ_sectors")
DOER_OF_NOUNS = words("events_syntax", "doer_of_nouns")


def deed_doers(deed: Token) -> list[Token]:
    """The words naming who did a deed a noun names (see the module docstring)."""
    named = [c for c in deed.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    phrases = [c for c in deed.children if c.dep_ in ("prep", "agent")]
    phrases += [c for a in deed.children if a.dep_ == "acl" for c in a.children if c.dep_ == "agent"]
    named += [o for p in phrases if p.lower_ == "by" for o in prep_objects(p)]
    if not named and deed.lemma_.lower() in DOER_OF_NOUNS:
        named = [o for p in phrases if p.lower_ == "of" for o in prep_objects(p)]
    return named


def grievance_holders(verb: Token) -> list[Token]:
    """The words naming whose deed a verb's reason phrase tells: "recalled its ambassador over
    India's decision" -> "India". The parse often hangs the phrase on the verb's object
    ("its ambassador over India's decision"), read as the verb's."""
    heads = [verb, *(o for o in verb.children if o.dep_ in ("dobj", "obj"))]
    return [d for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in GRIEVANCE_PREPS
            for o in prep_objects(p) for d in deed_doers(o)]


def another_side(mention, actors) -> bool:
    """Whether a party named in a grievance is not the actors' own: another name, and of
    another state, or of the same state but not its organs ("Damascus boycotted the talks over
    the demands of the Syrian opposition": the opposition is Syrian, not Syria's)."""
    if not any(mention.country and mention.country == a.mention.country for a in actors):
        return not any(mention.name == a.mention.name for a in actors)
    return mention.sector is not None and mention.sector not in STATE_ORGAN_SECTORS and all(a.mention.sector != mention.sector for a in actors)
