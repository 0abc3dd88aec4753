"""The main event of a short text (a snippet, a headline, a training passage): the rule
coder's reading of it (`passage`) and the features the event-type model reads; `classify`
and `main_event` decide between the rules and the model."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...knowledge.events import Coding, EventLexicon, default_lexicon
from ...lexicon import words
from ...models.event_type import EventTypeModel
from ...records import Event
from ...stage import DocState
from .circumstances import first_mode_word
from .coder import EventCoder
from .status import speech_act
from .syntax import depth
from .triggers import Found

# Prepositions that make an event a point in time before or after the one a passage tells
# ("after the attack", "since the coup"). Not "during" or "amid": what happens during a
# demonstration is part of it.
TIME_PREPOSITIONS = words("events", "time_prepositions")
# Taking a place: after the other side's withdrawal it is a transfer of territory, not a battle.
TAKEOVER_LEMMAS = words("events", "takeover_lemmas")


@dataclass
class Passage:
    """What the rule coder says about a short text's main event, and the model's features."""

    features: list[str]
    rule_type: str | None
    rule_mode: str | None
    modes: dict[str, str | None]  # the mode the main trigger's context gives, for each type
    trigger: Token | None


def time_anchor(token: Token) -> bool:
    """An event named as a point in time: "after the attack"."""
    if token.dep_ != "pobj":
        return False
    return token.head.lower_ in TIME_PREPOSITIONS


def withdrawal_before(coder: EventCoder, takeover: Token) -> Found | None:
    """The other side's withdrawal a takeover follows ("seized the area following the
    withdrawal of Puntland forces", "recaptured Palmyra after Syrian forces pulled out")."""
    for child in takeover.children:
        timed = (child.dep_ == "prep" and child.lower_ in ("after", "following")) or (
            child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "once", "as") for m in child.children))
        if timed:
            for t in child.subtree:
                found = coder.find(t)
                if found is not None and found.coding.event_type == "RETREAT" and found.coding.mode == "withdraw":
                    return found
    return None


def main_trigger(coder: EventCoder, sentences, by_start: dict[int, Event]) -> Found | None:
    """The trigger that stands highest in the dependency tree of the first sentence that has
    one, leaving out events named as a point in time. A takeover after the other side
    withdrew gives way to the withdrawal: the passage tells a transfer of territory."""
    for sentence in sentences:
        candidates = [(depth(t), t.i, found) for t in sentence
                      if (found := coder.find(t)) is not None and (t.idx in by_start or not coder.unresolved_subject(found))
                      and not time_anchor(t)]
        if candidates:
            found = min(candidates, key=lambda c: (c[0], c[1]))[2]
            if found.token.lemma_.lower() in TAKEOVER_LEMMAS:
                return withdrawal_before(coder, found.token) or found
            return found
    return None


def passage(coder: EventCoder, sentences, events: list[Event]) -> Passage:
    """The rule coder's reading of sentences (their main event's type and mode) and the
    features the event-type model reads: the words, every trigger the lexicon finds with its
    candidate type, the main trigger with its type and status, the coded events' types and
    the sectors of their participants."""
    sentences = list(sentences)
    by_start = {e.trigger.span[0]: e for e in events}
    features = _passage_features(coder, sentences, events)
    found = main_trigger(coder, sentences, by_start)
    if found is None:
        return Passage(features + ["main=NONE"], None, None, _modes_without_trigger(coder.lexicon, sentences), None)
    event = by_start.get(found.token.idx)
    if event is not None:
        rule_type, rule_mode, status = event.event_type, event.mode, event.status
    else:
        coding, mode = coder.coding_and_mode(found)
        coding, status, rule_mode = speech_act(coding, coder.status(found.token), mode, coder.announced(found.token))
        rule_type = coding.event_type
    if rule_mode is None:
        # The instrument is often named away from the trigger ("attacked the base, firing
        # rockets from drones"): the first mode word of the type in the trigger's sentence.
        rule_mode = first_mode_word(coder.lexicon.modes.get(rule_type, {}), found.token.sent)
    features += [f"main={rule_type}", f"mtrig={found.token.lemma_.lower()}", f"status={status}", f"kind={found.kind}",
                 f"coded={'yes' if event is not None else 'no'}"]
    modes = {t: coder.mode(Found(found.token, Coding(t, None, None, found.kind), found.kind, found.particle))
             for t in coder.lexicon.modes}
    return Passage(features, rule_type, rule_mode, modes, found.token)


def _passage_features(coder: EventCoder, sentences: list, events: list[Event]) -> list[str]:
    """The features of a passage before its main trigger: words, triggers and candidate
    types, the coded events' types and their participants' sectors."""
    from ...models.event_type import text_features

    features = text_features(t for s in sentences for t in s)
    for sentence in sentences:
        for token in sentence:
            found = coder.find(token)
            if found is not None:
                features += [f"trig={token.lemma_.lower()}", f"cand={found.coding.event_type}"]
    starts = {s.start_char for s in sentences}
    for event in events:
        if event.span[0] in starts:
            features.append(f"ev={event.event_type}")
            features += [f"{side}={ref.sector}" for side, ref in (("asec", event.actor), ("rsec", event.recipient)) if ref is not None and ref.sector]
    return features


def _modes_without_trigger(lex: EventLexicon, sentences: list) -> dict[str, str | None]:
    """No trigger (as the parse went): should the model name a type, its mode is the mode of
    the first lexicon word of that type in the passage ("forces have raped": sexual), else
    of its first mode word ("a grenade exploded at a school": explosives)."""
    tokens = [t for s in sentences for t in s]
    modes = {}
    for event_type, mode_words in lex.modes.items():
        entries = (lex.verbs.get(w.lemma_.lower()) or lex.nouns.get(w.lower_) or lex.nouns.get(w.lemma_.lower()) for w in tokens)
        modes[event_type] = next((c.mode for c in entries if c is not None and c.event_type == event_type and c.mode), None) or first_mode_word(mode_words, tokens)
    return modes


def main_event(state: DocState, lexicon: EventLexicon | None = None, model: EventTypeModel | None = None) -> tuple[str | None, str | None]:
    """(type, mode) of the main event of a short text, for classifying snippets: the type of
    the event coded at the main trigger (see `main_trigger`), or for an uncoded trigger (no
    participant found) the type of its lexicon entry after the same status and speech-act
    rules. With `model`, its decision where it may override the rules (see
    `models.event_type.may_override`), e.g. `classify(state)[2]` names which decided."""
    event_type, mode, _ = classify(state, lexicon, model)
    return event_type, mode


def classify(state: DocState, lexicon: EventLexicon | None = None, model: EventTypeModel | None = None) -> tuple[str | None, str | None, str | None]:
    """(type, mode, evidence) of a short text's main event; evidence is the coded event's
    rule id, the model's decision ("model:event-type@v1=MOBILIZE:0.64"), or "lexicon"."""
    reading = passage(EventCoder(state, lexicon or default_lexicon()), state.sentences, state.record.events)
    if model is not None:
        decision = model.decide(reading.rule_type, reading.features)
        if decision.overrides:
            final = decision.final_type
            return final, reading.modes.get(final) if final else None, decision.tag
    by_start = {e.trigger.span[0]: e for e in state.record.events}
    event = by_start.get(reading.trigger.idx) if reading.trigger is not None else None
    return reading.rule_type, reading.rule_mode, event.rule if event is not None else ("lexicon" if reading.trigger is not None else None)
