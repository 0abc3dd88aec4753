"""Which named actor a definite description may refer back to ("the group", "the alliance",
"the kingdom"): one of the kinds the description names (events.yaml
group_description_kinds; a group when it says none), and for a noun of a form of government
a state ruled so ("the kingdom" is Saudi Arabia or Jordan, never Iran named between:
events.yaml ruled_states)."""

from __future__ import annotations

from .words import GROUP_DESCRIPTION_KINDS, RULED_STATES


def fits_description(lemma: str, mention) -> bool:
    """Whether an actor mention is of the kind the description noun `lemma` names."""
    return mention.kind in GROUP_DESCRIPTION_KINDS.get(lemma, ("group",)) and (lemma not in RULED_STATES or mention.country in RULED_STATES[lemma])
