"""The addressee of a request for a person held: whoever holds them.

"Britain demanded the release of two British journalists held in Turkey", "the family called
for his release", "we are aware of the detention of a British national in Turkey, and have
requested consular access": what is asked (`detainee_requests` of lexicon/data/discourse.yaml,
the object of the request or of its "for" phrase) is for someone held, and only the one who
holds them can grant it. A reader takes the request to be addressed to the doer of the
detention the story tells: the nearest COERCE event told in the request's sentence or
before it (`WINDOW` sentences), with a named doer of another side than the one asking; none
when the detentions told nearest disagree on their doer. The recipient so given replaces
none, or the person held (the words of what is asked, "the release of two British
journalists"); the rule id's recipient path becomes `detainer`.

This runs on each sentence's codings before the mentions of one event are joined, so that a
request addressed to the detainer is not joined to another request by the same party.
"""

from __future__ import annotations


from ..lexicon import words
from ..models.event_confidence import with_role_paths
from ..nlp import root_at, sentence_index_of
from ..records import Event
from .event_identity import identity, specific
from .targets import side_of

DETAINEE_REQUESTS = frozenset(words("discourse", "detainee_requests"))
DETAINER_PATH = "detainer"
WINDOW = 4


def asked_for(trigger):
    """The noun of what a request asks for a person held: its object, or the object of its
    "for" phrase ("called for his release"); None if it asks for something else."""
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    objects += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    return next((o for o in objects if o.lemma_.lower() in DETAINEE_REQUESTS and o.pos_ == "NOUN"), None)


def _detainers(event: Event, events: list[Event], sentence_of) -> list:
    here = sentence_of(event.trigger.span[0])
    side = side_of(event.actor)
    best, found = None, {}
    for other in events:
        if other.event_type != "COERCE" or not specific(other.actor) or side_of(other.actor) == side:
            continue
        told = sentence_of(other.trigger.span[0])
        if told > here or here - told > WINDOW:
            continue
        if best is None or told > best:
            best, found = told, {identity(other.actor): other.actor}
        elif told == best:
            found.setdefault(identity(other.actor), other.actor)
    return list(found.values())


def give_detainers(events: list[Event], doc) -> list[Event]:
    """Address each request for a person held to the detainer (see the module docstring);
    the events so changed are returned."""
    if doc is None or not any(e.event_type == "REQUEST" for e in events):
        return []
    sentence_of = sentence_index_of(doc)
    given = []
    for event in events:
        if event.event_type != "REQUEST" or event.actor is None:
            continue
        trigger = root_at(doc, tuple(event.trigger.span))
        noun = asked_for(trigger) if trigger is not None else None
        if noun is None:
            continue
        held = [t.idx for t in noun.subtree]
        span = event.recipient.span if event.recipient is not None else None
        if event.recipient is not None and not (span is not None and min(held) <= span[0] <= max(held)):
            continue  # addressed to someone named apart from what is asked ("urged Turkey to release him")
        detainers = _detainers(event, events, sentence_of)
        if len(detainers) != 1:
            continue
        event.recipient = detainers[0].model_copy()
        event.rule = with_role_paths(event.rule, recipient=DETAINER_PATH)
        given.append(event)
    return given
