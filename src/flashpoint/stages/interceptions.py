"""Weapons brought down: an act of its own, not a mention of the strikes a story tells.

A side that shoots down the other's drones ("Ukraine's air force said it shot down 48 of the
drones") and the same side's strike on a refinery that day are two attacks with one pair of
parties, one day and one country: what tells them apart is what was hit. An attack whose
object is a weapon (drones, missiles, rockets downed, intercepted, destroyed) is an
interception, which the merging of mentions (mentions.py) keeps apart from attacks on
people, places and forces. Weapons downed that the story has told of ("Russia launched 72
drones ... Ukraine's air force said it shot down 48 of the drones") are aimed at whoever
launched them: the interception takes the doer of the attack told with those weapons as its
target (`give_interception_targets`)."""

from __future__ import annotations

from ..lexicon import words
from ..nlp import root_at
from ..models.event_confidence import with_role_paths
from ..records import Event
from .events.instruments import weapon
from .events.words import OBJECTS, PASSIVE_SUBJECTS

DOWNING_VERBS = words("events_syntax", "downing_verbs")
DEFINITE = frozenset({"the", "these", "those"})
# the recipient path of a target taken from the launch of the weapons downed
LAUNCHER_PATH = "launcher"


def _hit(verb) -> list:
    """What a verb (or a verb it is coordinated with: "shot down or jammed 48 of the drones")
    acts on, a count read through its "of" phrase ("48 of the drones")."""
    nouns = [c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ in OBJECTS or c.dep_ in PASSIVE_SUBJECTS]
    return nouns + [o for n in nouns if n.pos_ == "NUM" for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"]


def brings_down_weapons(event: Event, doc) -> bool:
    """Whether an attack is told as weapons brought down ("shot down 30 drones", "intercepted
    a missile", "air defences destroyed 95 drones"), by a verb whose object is a weapon."""
    if doc is None or event.event_type != "ASSAULT":
        return False
    verb = root_at(doc, event.trigger.span)
    return (verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in DOWNING_VERBS
            and any(weapon(n) for n in _hit(verb)))


def same_aim(doc, told: Event, event: Event) -> bool:
    """Whether two mentions are alike in aim: both weapons brought down, or neither."""
    return brings_down_weapons(told, doc) == brings_down_weapons(event, doc)


def _weapons(doc, event: Event) -> list:
    """The weapons an attack's verb acts on, coordinated ones too ("drones and a missile")."""
    verb = root_at(doc, event.trigger.span)
    if verb is None:
        return []
    return [n for o in _hit(verb) for n in (o, *o.conjuncts) if weapon(n)]


def _names_weapons(ref, weapons: list) -> bool:
    """Whether a recipient is only the weapons downed, of no stated side ("the drones" read as
    a sector word): no target."""
    return ref.country is None and ref.span is not None and any(ref.span[0] <= w.idx < ref.span[1] for w in weapons)


def give_interception_targets(events: list[Event], doc) -> list[Event]:
    """An interception with no target, of weapons told before ("the drones", "48 of the
    drones"): aimed at the doer of the nearest earlier attack told with weapons of that kind
    ("Russia launched 72 drones"), when that doer is of another side. The events given one."""
    if doc is None:
        return []
    # each attack's weapons and whether it brings them down, read from the parse once
    attacks = [(e, brings_down_weapons(e, doc), _weapons(doc, e)) for e in events if e.event_type == "ASSAULT" and e.actor is not None]
    given = []
    for event, downing, weapons in attacks:
        if not downing or (event.recipient is not None and not _names_weapons(event.recipient, weapons)):
            continue
        downed = {n.lemma_.lower() for n in weapons if any(c.dep_ == "det" and c.lower_ in DEFINITE for c in n.children)}
        launches = [e for e, down, used in attacks if e.trigger.span[0] < event.trigger.span[0]
                    and not down and downed & {n.lemma_.lower() for n in used}]
        if not launches or (launches[-1].actor.country or launches[-1].actor.name) in (event.actor.country, event.actor.name):
            continue
        event.recipient = launches[-1].actor.model_copy()
        event.rule = with_role_paths(event.rule, recipient=LAUNCHER_PATH)
        given.append(event)
    return given
