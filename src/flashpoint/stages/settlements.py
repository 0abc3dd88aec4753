"""The sides of a settlement a third party welcomes or arranges.

"Thailand and Cambodia agreed to a ceasefire on Monday. The UN welcomed the ceasefire", "the
deal was mediated by Qatar and Egypt", "the African Union hailed the agreement": praise of a
truce or a deal, and mediating one, are aimed at the parties who came to it, whom the story
told agreeing before: the settlement a story reports, and others react to, is the one its
lede tells, before any other deal it mentions ("Armenia and Azerbaijan signed a joint
declaration [...] Washington will sign a deal with Yerevan [...] The EU welcomed the
agreement"). An act of a `settlement_judging_types` type (lexicon/data/discourse.yaml)
with a doer and no recipient named in its sentence (none, or a counterpart guessed), whose
object or passive subject is a settlement (`settlements` of the event lexicon: a truce, a deal,
an agreement), takes the sides of the first settlement the story told, in its sentence or
before it: the doers and recipients of the agreements that name one,
or that sign one, not of the actor's own side. One event per side; the rule id's
recipient path becomes `settled`. None when no settlement told names two sides.
"""

from __future__ import annotations

from ..knowledge.events import default_lexicon
from ..lexicon import words
from ..models.event_confidence import with_role_paths
from ..nlp import root_at, sentence_index_of
from ..records import ActorRef, Event
from .event_identity import identity, specific
from .targets import side_of

SETTLEMENT_JUDGING_TYPES = frozenset(words("discourse", "settlement_judging_types"))
# Verbs of the sides concluding a settlement ("signed a peace deal"), told as acts of their own
# type (SUPPORT for signing); other acts on one are a third party's ("welcomed the truce").
SETTLING_VERBS = frozenset(words("discourse", "settling_verbs"))
# Texts the sides sign that settle their dispute as a deal does ("signed a joint declaration").
SETTLEMENT_TEXTS = frozenset(words("discourse", "settlement_texts"))
SETTLED_PATH = "settled"


def settlement_object(trigger) -> bool:
    """Whether a trigger's object or passive subject is a settlement ("welcomed the truce",
    "the deal was mediated by Qatar")."""
    settlements = default_lexicon().object_classes["settlements"]
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in settlements for c in trigger.children)


def settling(event: Event, doc) -> bool:
    """Whether an event tells sides coming to a settlement: an agreement to one, or the signing
    of one ("signed a peace deal", "signed a joint declaration"); not a third party's praise of
    one ("China welcomed the truce"), nor the signing of anything else ("signed a waiver")."""
    trigger = root_at(doc, tuple(event.trigger.span))
    if trigger is None:
        return False
    return (event.event_type == "AGREE" or trigger.lemma_.lower() in SETTLING_VERBS) and names_settlement(trigger)


def names_settlement(trigger) -> bool:
    """Whether an agreement's words name a settlement: its noun ("the ceasefire", "a peace deal")
    or its object or that of its phrase ("agreed to a truce", "agreed on a ceasefire"); not an
    agreement to do something else ("agreed to share intelligence"), which no one welcomes as
    "the deal"."""
    settlements = default_lexicon().object_classes["settlements"] | SETTLEMENT_TEXTS
    words = [trigger, *trigger.children, *(o for p in trigger.children if p.dep_ == "prep" for o in p.children)]
    return any(w.lemma_.lower() in settlements for w in words)


def _settling_sides(event: Event, events: list[Event], doc, sentence_of) -> list[ActorRef]:
    """The sides of the first settlement the story tells, up to `event`'s sentence (see the
    docstring)."""
    here = sentence_of(event.trigger.span[0])
    own = side_of(event.actor)
    best, sides = None, {}
    for other in events:
        if other is event or not (specific(other.actor) and specific(other.recipient)) or not settling(other, doc):
            continue
        told = sentence_of(other.trigger.span[0])
        if told > here or (best is not None and told > best):
            continue
        if best is None or told < best:
            best, sides = told, {}
        for ref in (other.actor, other.recipient):
            if side_of(ref) != own:
                sides.setdefault(identity(ref), ref)
    return list(sides.values()) if len(sides) >= 2 else []


def told_in_sentence(recipient: ActorRef | None, trigger) -> bool:
    """Whether a recipient is named in the trigger's own sentence ("welcomed the truce between
    Kyiv and Moscow"); not one the settlement's noun was read as, named before ("the deal")."""
    sentence = trigger.sent
    return recipient is not None and recipient.span is not None and sentence.start_char <= recipient.span[0] < sentence.end_char


def give_settlement_sides(events: list[Event], doc) -> list[Event]:
    """Aim each welcome or mediation of a settlement told with no recipient at the settlement's
    sides (see the module docstring), one event per side, added to `events`; the events that
    took one are returned."""
    if doc is None:
        return []
    sentence_of = sentence_index_of(doc)
    given = []
    for event in list(events):
        if event.event_type not in SETTLEMENT_JUDGING_TYPES or not specific(event.actor):
            continue
        trigger = root_at(doc, tuple(event.trigger.span))
        if trigger is None or not settlement_object(trigger) or told_in_sentence(event.recipient, trigger):
            continue
        sides = _settling_sides(event, events, doc, sentence_of)
        for n, side in enumerate(sides):
            told = event if n == 0 else event.model_copy(deep=True)
            told.recipient = side.model_copy()
            told.rule = with_role_paths(told.rule, recipient=SETTLED_PATH)
            if n:
                events.append(told)
            given.append(told)
    return given
