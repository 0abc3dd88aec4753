"""Weapons named as a verb's object, and a weapon used against someone as an attack on them:
"police used tear gas and rubber bullets against protesters", "security forces used live
ammunition on the crowd", "the regime used chemical weapons against civilians" (PLOVER ASSAULT,
in the weapon's mode: crowd-control for tear gas or water cannon), as "fired tear gas at" is.
Only with the party it is used against named: "weapons used in the war", "the tear gas police
use" tell no attack."""

from __future__ import annotations

from spacy.tokens import Token

from ...knowledge.events import Coding, default_lexicon
from ...lexicon import words
from .instruments import weapon
from .syntax import dated, prep_objects
from .words import INSTRUMENT_VERBS, OBJECTS

WEAPON_TARGET_PREPS = frozenset(words("events_syntax", "weapon_target_preps"))


def weapon_name(noun: Token) -> str:
    """A weapon's name with the modifier just before it ("tear gas", "water cannon"): names of
    two words, the second of which alone may be no weapon ("gas")."""
    modifier = next((c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i == noun.i - 1), None)
    return f"{modifier.lower_} {noun.lower_}" if modifier is not None else noun.lower_


def weapon_mode(noun: Token) -> str | None:
    """The ASSAULT mode a weapon's name sets ("tear gas": crowd-control), if any."""
    modes = default_lexicon().modes.get("ASSAULT", {})
    return modes.get(noun.lower_) or modes.get(weapon_name(noun))


def weapon_use(verb: Token) -> Coding | None:
    """The attack a verb of using tells, when its object is a weapon (of a mode, or of the
    lexicon's `weapons`) and a phrase names whom it was used against; else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in INSTRUMENT_VERBS:
        return None
    used = next((c for c in verb.children if c.dep_ in OBJECTS and (weapon_mode(c) or weapon(c))), None)
    targeted = any(p.dep_ == "prep" and p.lower_ in WEAPON_TARGET_PREPS and not dated(p) and prep_objects(p) for p in verb.children)
    if used is None or not targeted:
        return None
    mode = weapon_mode(used)
    return Coding("ASSAULT", mode, "195" if mode in ("aerial", "drone") else "190", "weapon")
