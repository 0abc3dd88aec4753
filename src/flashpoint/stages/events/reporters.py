"""Arrests told in the passive with no doer, as the authority that made them reports them:
"the interior ministry said 224 people had been detained", "40 protesters were arrested
overnight, police said". An interior ministry, the police or prosecutors give the figures of
their own arrests: the state whose organ speaks made them (as "a Briton arrested in Turkey" is
Turkey's act, `state_of_place`). Not a rights group or an opposition party that counts them
("activists said 40 were arrested": no doer told), and not a government speaking of its own
nationals held ("the Foreign Office said a British man had been detained": held abroad, by
someone else)."""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Token

from ...lexicon import words
from .circumstances import state_of_place
from .syntax import subject

ARRESTING_SECTORS = frozenset(words("events_syntax", "arresting_sectors"))
# (the verb of saying after the report: "40 were arrested, police said")
TRAILING_SAY_DEPS = ("parataxis", "ccomp", "advcl")


def reporting_verb(trigger: Token, speech_verbs: Collection[str]) -> Token | None:
    """The verb of saying whose clause tells the trigger: "said that 61 people had been
    detained" (the clause it completes), or "were arrested overnight, police said" (the
    verb the parse hangs after it)."""
    clause = trigger
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in speech_verbs:
        return clause.head
    return next((c for c in trigger.children if c.dep_ in TRAILING_SAY_DEPS and c.i > trigger.i
                 and c.lemma_.lower() in speech_verbs), None)


def reporting_authority(trigger: Token, speech_verbs: Collection[str], recipients: list,
                        participants: Callable[[Token, str, int], list], index: int) -> list:
    """The state organ that reports an arrest it made (see the module's doc), as the actor;
    empty when no such organ speaks."""
    verb = reporting_verb(trigger, speech_verbs)
    if verb is None:
        return []
    speakers, _, passive = subject(verb)
    if passive:
        return []
    found = [p for s in speakers for p in participants(s, "reporting-authority", index)]
    organs = [p for p in found if getattr(p.mention, "country", None) and getattr(p.mention, "sector", None) in ARRESTING_SECTORS]
    own_nationals = any(getattr(r.mention, "country", None) in {p.mention.country for p in organs} for r in recipients)
    return [] if own_nationals else organs


def coercing_state(state, kind: str, trigger: Token, location, recipients: list, speech_verbs: Collection[str],
                   participants: Callable[[Token, str, int], list], index: int) -> list:
    """The actor of an arrest, a charge or a sentence told with no doer: the state where it
    happened, its police and courts ("a British soldier arrested in Turkey"; not the detainee's
    own state named as the place), else the state organ that reports it (`reporting_authority`).
    `kind`: the trigger's ("noun", "verb"); a verb only in the passive."""
    actors = state_of_place(state, location, []) if (kind == "noun" or subject(trigger)[2]) else []
    actors = [a for a in actors if all(r.mention.country != a.mention.country or r.mention.kind != "state" for r in recipients)]
    return actors or reporting_authority(trigger, speech_verbs, recipients, participants, index)
