"""The doer of an agentless attack or coercion, from the discourse around it.

A report names the attacker once and then tells what the attack did without naming it
again: "Russian jets struck the town on Tuesday. At least ten civilians were killed." The
second sentence's passive has no agent, but no reader doubts who did it. The same holds of an
attack noun with no possessor and no "by" phrase ("the strikes hit a school"). An event of
type ASSAULT or COERCE whose sentence names no doer (`agentless`) takes the actor of the
nearest explicit event of the same type told before it (`antecedent`), when that event is
close (`WINDOW` sentences, the same paragraph) and nothing says the two are apart:

- a date or a place that differs (the day or the town of each, as `mentions` compares them);
- victims of the doer's own side ("two of its soldiers were killed"): the doer is not the
  one who attacked them;
- a change of topic between them: a new paragraph, or a sentence opened by an adverb that
  turns to another scene ("Meanwhile, in the east ...", `lexicon/data/discourse.yaml`);
- a target that is not the antecedent's: the dead counted ("ten civilians were killed",
  "dozens were wounded", people of no named side), no target, or the antecedent's own target
  ("the town was shelled again") continue its story; a named person, or a group or state it
  did not attack, may have been hit by anyone.

A count over a long span ("25 journalists have been killed since 1992") is background
(status "historical", events.coder), a tally of many acts: it takes no doer; nor does a count
since a month or a year ("since the beginning of the year"), which sums many acts too.

The nearest antecedent decides: when it contradicts, no older one is tried, and two nearest
antecedents with different doers give none. The actor taken is marked in the rule id, whose
actor path becomes `context` ("assault.kill:verb:context>nsubjpass"), so the confidence model
can learn that an inherited doer is weaker than a stated one.
"""

from __future__ import annotations

from bisect import bisect_right

from ..lexicon import words
from ..nlp import doc_text, root_at
from ..records import Event
from ..models.event_confidence import rule_parts, with_role_paths
from .event_identity import dates_agree, identity, nearest_told_before, places_agree, specific, victims

DOER_TYPES = frozenset({"ASSAULT", "COERCE"})
# Statuses that tell an act as done: only these take a doer from an act told before.
TOLD_AS_DONE = frozenset({"occurred", "claimed"})
# How many sentences back the antecedent may be (0: the same sentence).
WINDOW = 2
CONTEXT_PATH = "context"
TOPIC_SHIFT_OPENERS = words("discourse", "topic_shift_openers")


def inherited(event: Event) -> bool:
    """Whether the event's actor was taken from the discourse (its rule's actor path is `context`)."""
    return rule_parts(event.rule)[2].partition(">")[0] == CONTEXT_PATH


def _trigger(doc, event: Event):
    return root_at(doc, event.trigger.span) if doc is not None else None


def agentless(event: Event, doc) -> bool:
    """Whether the event's sentence names no doer at all: a passive verb without a "by" (or "at
    the hands of") phrase, or an event noun without a possessor or a "by" phrase. An active verb
    whose subject the parse missed, or a "by" phrase naming someone the actor stage could not
    place ("abducted by their father"), names a doer, so it is not agentless; a passive
    participle describing a noun ("the fighters pushed out of the city") is left alone."""
    from .events.syntax import agent_objects, reduced_passive, subject

    if event.actor is not None or event.event_type not in DOER_TYPES:
        return False
    token = _trigger(doc, event)
    if token is None:
        return False
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in token.children) or agent_objects(token):
        return False
    if token.pos_ in ("NOUN", "PROPN"):
        return not any(c.dep_ == "poss" for c in token.children)
    if token.pos_ != "VERB" or reduced_passive(token):
        # a participle describing a noun ("fighters pushed out of Syria", "the fifth volunteer
        # killed there") tells who someone is, not an act the story goes on with
        return False
    return subject(token)[2] or (token.tag_ == "VBN" and token.dep_ == "conj" and subject(token.head)[2])


class Sentences:
    """The sentence of a character offset, and whether the text changes scene between two sentences."""

    def __init__(self, doc):
        sentences = list(doc.sents)
        self.starts = [s.start_char for s in sentences]
        self.sentences = sentences
        self.text = doc_text(doc)

    def index(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1

    def shift_between(self, a: int, b: int) -> bool:
        """A new paragraph, or a sentence that turns to another scene, after sentence a up to b."""
        if b > a and "\n" in self.text[self.starts[a]:self.starts[b]]:
            return True
        for sentence in self.sentences[a + 1:b + 1]:
            opener = " ".join(t.lower_ for t in sentence[:3] if not t.is_punct)
            if any(opener == w or opener.startswith(w + " ") for w in TOPIC_SHIFT_OPENERS):
                return True
        return False


def _antecedents(event: Event, events: list[Event], sentences: Sentences) -> list[tuple[int, Event]]:
    """The nearest earlier explicit events of the same type within the window: (sentence, event);
    one told in its own sentence counts ("ten civilians were killed when Russian jets bombed
    the market")."""
    candidates = [other for other in events
                  if other is not event and other.event_type == event.event_type and other.status in TOLD_AS_DONE
                  and specific(other.actor) and not inherited(other)]
    return nearest_told_before(event, candidates, sentences.index, WINDOW, same_sentence=True)


def _unsided(ref) -> bool:
    """People of no named side: a bare sector ("journalists", "students") or words the actor
    stage placed nowhere ("dozens"), not a named person or a group of its own."""
    return not specific(ref) and (ref.code is not None or ref.name is None)


def _contradicts(event: Event, antecedent: Event) -> bool:
    """Whether something the agentless event says sets it apart from the antecedent (see the
    module docstring)."""
    if not (dates_agree(event, antecedent) and places_agree(event, antecedent)):
        return True
    victim, doer, target = event.recipient, antecedent.actor, antecedent.recipient
    if victim is None or victims(victim) or _unsided(victim):
        return False  # "ten civilians were killed", "dozens were wounded": the toll of the attack told before
    if identity(victim) == identity(doer) or (victim.country and victim.country == doer.country):
        return True  # "two of its soldiers were killed": not by their own side
    # the antecedent's own target, told again ("the town was shelled again"); anyone else
    # may have been hit by another
    return target is None or not (identity(victim) == identity(target) or (victim.country and victim.country == target.country))


def with_context_path(rule: str) -> str:
    """The rule id with its actor path replaced by `context`: "assault.kill:verb:->nsubjpass"
    -> "assault.kill:verb:context>nsubjpass"."""
    return with_role_paths(rule, actor=CONTEXT_PATH)


def counted_since(event: Event, state) -> bool:
    """A count over a span that does not start on a day: "more than 100 civilians have been
    killed since the beginning of the year", "since March". It sums many acts, so it is no
    toll of the one told before; one counted from a day ("since Monday") may be."""
    from .events.circumstances import since_date, since_phrase

    token = _trigger(state.doc, event)
    if token is None or state.sentences is None or not since_phrase(token):
        return False
    index = next((i for i, s in enumerate(state.sentences) if s.start <= token.i < s.end), None)
    since = since_date(state, token, index) if index is not None else None
    return since is None or since.precision != "day"


def give_context_doers(events: list[Event], doc, state=None) -> list[Event]:
    """Give each agentless ASSAULT or COERCE event the doer of its antecedent (see the module
    docstring); the events that took one are returned. With the document's state, a count
    since a month or a year (`counted_since`) takes none."""
    if doc is None or not events:
        return []
    sentences = Sentences(doc)
    given = []
    for event in events:
        if event.status not in TOLD_AS_DONE or not agentless(event, doc):
            continue
        if state is not None and counted_since(event, state):
            continue
        nearest = _antecedents(event, events, sentences)
        if not nearest or len({(o.actor.name, o.actor.country) for _, o in nearest}) != 1:
            continue
        where, antecedent = nearest[0]
        if any(_contradicts(event, o) for _, o in nearest):
            continue
        if sentences.shift_between(where, sentences.index(event.trigger.span[0])):
            continue
        event.actor = antecedent.actor.model_copy()
        event.rule = with_context_path(event.rule)
        given.append(event)
    return given
