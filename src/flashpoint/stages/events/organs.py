"""Organs of one state answer for each other: a denial by the interior ministry answers an
accusation made against the police ("rights groups accused the police of torture; the
interior ministry denied it"), as one by the government answers one against the army. The
organs of a state (government, military, police, intelligence, courts: `STATE_ORGAN_SECTORS`):
an organ named with no state ("the interior ministry") answers for the organs of the state the
story has just named ("the police in Lima"); an organ of a state named answers for that state's
organs only ("the Libyan government" not for the Egyptian police)."""

from __future__ import annotations

from .words import STATE_ORGAN_SECTORS


def answers_for(challenged, answerers: list) -> bool:
    """Whether an actor challenged (a mention) is one of the `answerers` (participants) or an
    organ of the same state as one of them."""
    for answerer in (a.mention for a in answerers):
        if (challenged.country or challenged.name) == (answerer.country or answerer.name):
            return True
        if (getattr(challenged, "sector", None) in STATE_ORGAN_SECTORS and getattr(answerer, "sector", None) in STATE_ORGAN_SECTORS
                and answerer.country in (None, challenged.country)):
            return True
    return False
