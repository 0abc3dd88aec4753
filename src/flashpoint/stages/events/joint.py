"""Acts two sides named together do with each other whatever their type (see `joint_act`)."""

from __future__ import annotations

from .triggers import Found
from .words import JOINT_ACTS


def joint_act(found: Found) -> bool:
    """Whether a trigger names an act two sides do together whatever its type ("signed a
    memorandum", "restored relations": lexicon events joint_acts)."""
    verb = found.token.lemma_.lower()
    objects = {found.particle.lemma_.lower(), found.particle.lower_} if found.kind == "particle" and found.particle is not None else set()
    return found.kind in ("verb", "particle") and (verb in JOINT_ACTS or any(f"{verb} {o}" in JOINT_ACTS for o in objects))
