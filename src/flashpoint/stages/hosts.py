"""The addressee of an offer or a plan of a trip: the state it goes to.

"De Mistura repeated his offer to go to Idlib", "the president pledged to travel to Kabul",
"offered to visit the region": a trip is made to someone, its host, whom the offer or the
plan is addressed to as well. An event of a `hosted_types` type (lexicon/data/discourse.yaml)
with a doer and no recipient whose trigger governs a verb of a trip (`trip_verbs` of
events.yaml with a "to" phrase, or `visiting_verbs` with an object) takes the state of the
place the trip goes to, as the gazetteer placed it in the record's places; not the doer's own
state (a trip at home is hosted by no other party). The rule id's recipient path becomes
`host`.
"""

from __future__ import annotations

from ..knowledge.actors import state_name
from ..lexicon import words
from ..models.event_confidence import with_role_paths
from ..nlp import root_at
from ..records import ActorRef, Event, Place

HOSTED_TYPES = frozenset(words("discourse", "hosted_types"))
TRIP_VERBS = frozenset(words("events", "trip_verbs"))
VISITING_VERBS = frozenset(words("discourse", "visiting_verbs"))
HOST_PATH = "host"


def trip_destinations(trigger) -> list:
    """The places a trigger's trip goes to: the "to" object of a verb of a trip, or the object
    of a verb of visiting, that the trigger governs as its complement ("offer to go to Idlib",
    "pledged to travel to Kabul", "offered to visit Tehran") or is itself."""
    verbs = [trigger, *(c for c in trigger.children if c.dep_ in ("acl", "xcomp", "advcl"))]
    out = []
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma in TRIP_VERBS:
            out += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
        elif lemma in VISITING_VERBS:
            out += [o for o in verb.children if o.dep_ == "dobj"]
    return out


def _place_at(places: list[Place], token) -> Place | None:
    return next((p for p in places if p.span[0] <= token.idx < p.span[1] and p.country_code), None)


def give_hosts(events: list[Event], doc, places: list[Place]) -> list[Event]:
    """Address each offer or plan of a trip told with no recipient to the state it goes to
    (see the module docstring); the events that took one are returned."""
    if doc is None or not places:
        return []
    given = []
    for event in events:
        if event.event_type not in HOSTED_TYPES or event.recipient is not None or event.actor is None:
            continue
        trigger = root_at(doc, tuple(event.trigger.span))
        if trigger is None:
            continue
        found = [p for t in trip_destinations(trigger) for p in [_place_at(places, t)] if p is not None]
        hosts = {p.country_code for p in found}
        if len(hosts) != 1 or event.actor.country in hosts:
            continue
        place = found[0]
        name = state_name(place.country_code)
        if name is None:
            continue
        event.recipient = ActorRef(name=name, code=place.country_code, country=place.country_code, text=place.text, span=place.span)
        event.rule = with_role_paths(event.rule, recipient=HOST_PATH)
        given.append(event)
    return given
