"""Sentences and named-entity mentions: the raw material of every later stage."""

from __future__ import annotations

from bisect import bisect_right

from ..nlp import entities as doc_entities
from ..stage import DocState, Stage, register_stage
from ..records import Entity


@register_stage
class Sentences(Stage):
    """Sentence spans, trimmed of surrounding whitespace; empty sentences dropped."""

    name = "sentences"
    requires = ("parse",)
    adds = ("sentences", "record.sentences")

    def __call__(self, state: DocState) -> None:
        spans = []
        for sent in state.doc.sents:
            # The parser attaches paragraph whitespace to sentences; the record's spans should not.
            while sent and sent[0].is_space:
                sent = sent[1:]
            while sent and sent[-1].is_space:
                sent = sent[:-1]
            if len(sent):
                spans.append(sent)
        state.sentences = spans
        state.record.sentences = [(s.start_char, s.end_char) for s in spans]


@register_stage
class Entities(Stage):
    """Named-entity mentions with the index of their sentence."""

    name = "entities"
    requires = ("ner", "sentences")
    adds = ("record.entities",)

    def __call__(self, state: DocState) -> None:
        starts = [s.start_char for s in state.sentences]
        entities = []
        for ent in doc_entities(state.doc):
            text = ent.text.strip()
            if not text:
                continue
            start = ent.start_char + (len(ent.text) - len(ent.text.lstrip()))
            entities.append(Entity(text=text, label=ent.label_, span=(start, start + len(text)), sentence=max(0, bisect_right(starts, start) - 1)))
        state.record.entities = entities
