"""Resignations: an official who resigns in disagreement protests against their own
government or leader (PLOVER PROTEST, as the codebook codes "resigned in protest at the
decision"); a leader who resigns after or amid protests against them ("resigned after months of
protests", "stepped down amid mass demonstrations", "quit under pressure") protests nothing but
gives way: a resignation, PLOVER RETREAT resign, as NGEC codes "resigned amid growing pressure"
(CAMEO's 0831, accede to demands for change in leadership, would make it CONCEDE)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...knowledge.events import Coding
from ...lexicon import words
from .syntax import prep_objects
from .words import PROTEST_CROWDS

PROTEST_CUES = words("events", "resignation_protest_cues")
RESIGNATION_PROTEST = Coding("PROTEST", None, "140", "resignation")
YIELDING_PREPS = words("events", "resignation_yielding_preps")
PRESSURE_NOUNS = words("events", "resignation_pressure_nouns")


def protest_resignation(found):
    """The trigger `found` with a resignation recoded as a protest when its clause tells a
    disagreement; any other trigger as it is. (A bare resignation stays RETREAT resign, as
    NGEC codes it, though the article analysts leave it uncoded.)"""
    if found is None or found.coding.mode != "resign":
        return found
    if _yields(found.token):
        return found  # (the protests it gives way to are no cue of resigning in protest)
    if not any(t.lemma_.lower() in PROTEST_CUES for t in _clause(found.token)):
        return found
    return replace(found, coding=RESIGNATION_PROTEST)


def _yields(token: Token) -> bool:
    """Whether the resignation's clause tells the pressure it gave way to: a phrase of time or
    circumstance (`YIELDING_PREPS`: "after", "amid", "under") of protests or pressure, or of a
    stretch of them ("after weeks of protests"), on it or on a verb joined to it that shares its
    subject, which the parse gives a phrase that ends the sentence ("resigned and fled the
    country, after weeks of protests")."""
    verbs = {token.i, *(c.i for c in token.children if c.dep_ == "conj" and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children))}
    told = [t for v in verbs for t in token.doc[v].subtree if t.dep_ == "pobj" and t.head.lower_ in YIELDING_PREPS and t.head.head.i == v]
    # a clause of time whose subject is the protests or the protesters: "resigned after weeks of
    # protests culminated in a march on her residence", "after protesters stormed the palace"
    told += [s for v in verbs for c in token.doc[v].children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in YIELDING_PREPS for m in c.children)
             for s in c.children if s.dep_ == "nsubj"]
    told += [o for t in told for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in prep_objects(p)]
    return any(t.lemma_.lower() in PRESSURE_NOUNS or t.lemma_.lower() in PROTEST_CROWDS for t in told)


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
