"""Attack verbs aimed at words or measures, not at anyone's body or ground.

"Hit back at US criticism", "attacked the proposal", "fired back at the accusations" use no
force: what can only be spoken against is criticised (ACCUSE, CAMEO 111). "Struck back at
Washington's tariffs" answers a measure with a measure: retaliation in kind (SANCTION, 163)
against whoever imposed it.
"""

from __future__ import annotations

from ...knowledge.events import Coding
from .syntax import prep_objects
from .triggers import Found
from .words import OBJECTS, RETALIATED_MEASURES, VERBAL_TARGETS


def attack_on_words(found: Found) -> Coding | None:
    """The coding of an attack verb all of whose targets are words or measures, else None."""
    token = found.token
    if found.kind == "noun" or found.coding.event_type != "ASSAULT":
        return None
    targets = [c for c in token.children if c.dep_ in OBJECTS]
    targets += [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("at", "on", "against") for o in prep_objects(p)
                if o.ent_type_ not in ("DATE", "TIME")]  # not "on Monday"
    if targets and all(t.lemma_.lower() in RETALIATED_MEASURES for t in targets):
        return Coding("SANCTION", "discontinue", "163", "retaliation-in-kind")
    if targets and all(t.pos_ == "NOUN" and t.lemma_.lower() in VERBAL_TARGETS for t in targets):
        return Coding("ACCUSE", "disapprove", "111", "verbal-attack")
    return None
