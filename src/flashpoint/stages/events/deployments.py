"""Forces deployed, told in the passive with no one named who sent them: "troops were deployed
to the capital", "riot police were deployed in large numbers", "the army had been deployed to
support the police" is the mobilisation of those forces' side (PLOVER MOBILIZE, CAMEO 154): the
forces name who mobilised them, as "Kenya deployed troops" names Kenya. Not a deployment that
a "by" phrase says who made ("troops deployed by Russia": Russia's), and not a passive subject
that is no force ("funds were deployed")."""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from ...lexicon import words
from .syntax import passive_agent
from .triggers import Found
from .words import ARMED_SECTORS, PASSIVE_SUBJECTS

DEPLOYMENT_TYPES = frozenset(words("events_syntax", "deployment_types"))


def deployed_forces(found: Found, actors: list, participants: Callable[[Token, str], list],
                    in_class: Callable[[Token, str], bool]) -> list:
    """The actors of a passive verb of deploying with none named: the forces deployed (its
    passive subject, when of the lexicon's `forces` or an armed body: "the military has been
    deployed"); else `actors` as read."""
    token = found.token
    if actors or found.kind != "verb" or found.coding.event_type not in DEPLOYMENT_TYPES or passive_agent(token) is not None:
        return actors
    deployed = [(c, p) for c in token.children if c.dep_ in PASSIVE_SUBJECTS for p in participants(c, "deployed")]
    return [p for c, p in deployed if in_class(c, "forces") or getattr(p.mention, "sector", None) in ARMED_SECTORS]
