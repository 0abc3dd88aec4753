"""The target of a protest told with none, from what the story says its protests are against.

A report of a day of protests states once what they are against and then tells each protest
by its place: "In Manchester, about 100 protesters demonstrated on the railway tracks. [...]
A similar protest was staged at King's Cross. The protests were part of a day of action to
raise awareness of Turkish attacks on Afrin." A reader takes every protest of the story to
be against Turkey, not against the authorities of the town it was held in.

The story's protest target is stated by
- a protest told with its target ("demonstrated against the Turkish offensive"), or
- an act of a `protested_act_types` type (lexicon/data/discourse.yaml) whose words hang below
  a protest word, or below a clause a protest word is the subject of, through phrases and
  purpose clauses (language/trees.governing_word): "the protests were part of a day of action
  to raise awareness of Turkish attacks" (the attacks' doer, Turkey).

When the story states one target (no two different ones), each protest told with none, or
with only the state of the place it was held in (`place-state`, the default of a protest at
home), takes it; not a protest by that state's own people at home ("Iranians protested in
Tehran", against their own state as far as the words go). The rule id's recipient path
becomes `protest-target`.
"""

from __future__ import annotations

from ..language.trees import governing_word
from ..lexicon import table, words
from ..models.event_confidence import rule_parts, with_role_paths
from ..nlp import root_at
from ..records import ActorRef, Event
from .event_identity import identity, specific

PROTEST_WORDS = frozenset(table("doers", "crowd_act_doers")) | frozenset(words("events", "protest_crowds"))
PROTESTED_TYPES = frozenset(words("discourse", "protested_act_types"))
TARGET_PATH = "protest-target"
# Recipient paths that state no target of the protest's own: none, the place's state.
UNSTATED_PATHS = frozenset({"-", "", "place-state"})


def _recipient_path(rule: str) -> str:
    return rule_parts(rule)[2].partition(">")[2]


def stated_targets(events: list[Event], doc) -> dict[tuple, ActorRef]:
    """The targets the story states for its protests, by identity, with the first reference."""
    found: dict[tuple, ActorRef] = {}
    for event in events:
        if event.event_type == "PROTEST" and specific(event.recipient) and _recipient_path(event.rule) not in UNSTATED_PATHS:
            found.setdefault(identity(event.recipient), event.recipient)
        elif event.event_type in PROTESTED_TYPES and specific(event.actor):
            for mention in event.mentions or []:
                trigger = root_at(doc, tuple(mention.trigger.span))
                if trigger is not None and governing_word(trigger, PROTEST_WORDS) is not None:
                    found.setdefault(identity(event.actor), event.actor)
    return found


def give_protest_targets(events: list[Event], doc) -> list[Event]:
    """Give each protest told with no target of its own the one target the story states for
    its protests (see the module docstring); the events that took it are returned."""
    if doc is None or not any(e.event_type == "PROTEST" for e in events):
        return []
    targets = stated_targets(events, doc)
    if len(targets) != 1:
        return []
    key, target = next(iter(targets.items()))
    given = []
    for event in events:
        if event.event_type != "PROTEST" or _recipient_path(event.rule) not in UNSTATED_PATHS:
            continue
        if event.recipient is not None and identity(event.recipient) == key:
            continue
        if event.actor is not None and identity(event.actor) == key:
            continue
        if event.recipient is not None and event.actor is not None and event.actor.country == event.recipient.country:
            continue  # nationals protesting at home ("Iranians protested in Tehran"): against their own state
        event.recipient = target.model_copy()
        event.rule = with_role_paths(event.rule, recipient=TARGET_PATH)
        given.append(event)
    return given
