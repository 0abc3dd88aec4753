"""Resignations: an official who resigns in disagreement protests against their own
government or leader (PLOVER PROTEST, as the codebook codes "resigned in protest at the
decision")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...knowledge.events import Coding
from ...lexicon import words

PROTEST_CUES = words("events", "resignation_protest_cues")
RESIGNATION_PROTEST = Coding("PROTEST", None, "140", "resignation")


def protest_resignation(found):
    """The trigger `found` with a resignation recoded as a protest when its clause tells a
    disagreement; any other trigger as it is. (A bare resignation stays RETREAT resign, as
    NGEC codes it, though the article analysts leave it uncoded.)"""
    if found is None or found.coding.mode != "resign":
        return found
    if not any(t.lemma_.lower() in PROTEST_CUES for t in _clause(found.token)):
        return found
    return replace(found, coding=RESIGNATION_PROTEST)


def _clause(token: Token):
    """The words of the resignation's own clause: its subtree without coordinated clauses
    ("resigned, and the president defended his decision" tells no disagreement of hers) and
    without clauses of another doer ("resigned as the opposition threatened to storm his
    residence": the opposition's act, not his disagreement)."""
    for child in token.children:
        if child.dep_ in ("conj", "cc") or (child.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)):
            continue
        yield from child.subtree



def own_government(trigger: Token, actors: list) -> list:
    """Whom a resignation in protest is against when the clause names no one: the resigner's
    own state ("the minister resigned over the decision": her government), named at the
    trigger (the resigner's own words are the actor)."""
    from ...knowledge.actors import state_name
    from .participants import Participant, Unresolved

    countries = {a.mention.country for a in actors if a.mention.country}
    if len(countries) != 1:
        return []
    country = countries.pop()
    name = state_name(country)
    if name is None:
        return []
    state = Unresolved(start=trigger.i, end=trigger.i + 1, start_char=trigger.idx, end_char=trigger.idx + len(trigger),
                       text=name, head=trigger.i, name=name, code=country, country=country, kind="state")
    return [Participant(state, "own-government")]
