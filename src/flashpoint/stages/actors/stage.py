"""The registered `actors` stage: runs `DocumentActors` over a document and assigns
`state.actor_mentions`, `state.actor_index` and `state.record.actors`."""

from __future__ import annotations

from datetime import date
from typing import Any

from spacy.tokens import Doc
from spacy.vocab import Vocab

from ...knowledge.actors import ActorDictionary
from ...records import Actor
from ...stage import DocState, Stage, register_stage
from .compiled import CompiledDictionary
from .document import DocumentActors
from .index import ActorIndex
from .mention import ActorMention, DraftMention


def public_mention(doc: Doc, m: DraftMention, sentence: int | None) -> ActorMention:
    """The `ActorMention` a finished draft is reported as."""
    span = doc[m.start:m.end]
    return ActorMention(m.start, m.end, span.start_char, span.end_char, span.text, m.name, m.code, m.country, m.sector, m.kind, m.head, m.how,
                        via=m.via, entity=m.entity, sentence=sentence, affiliation=m.affiliation)


def _record_actors(mentions: list[ActorMention]) -> list[Actor]:
    """One `Actor` per distinct actor (entry and code), with the texts that named it as aliases."""
    actors: dict[tuple, Actor] = {}
    for m in mentions:
        if m.kind == "sector" or (m.code is None and m.kind != "person"):
            continue
        key = (m.entity or m.name, m.code)
        actor = actors.get(key)
        if actor is None:
            actor = actors[key] = Actor(name=m.name, code=m.code, country=m.country, sector=m.sector, aliases=[])
        if m.text.lower() not in {a.lower() for a in actor.aliases}:
            actor.aliases.append(m.text)
    return list(actors.values())


@register_stage
class ActorsStage(Stage):
    """Actor mentions, coded; see the package docstring of `flashpoint.stages.actors`."""

    name = "actors"
    requires = ("parse", "ner", "sentences")
    adds = ("actor_mentions", "actor_index", "record.actors")
    uses = ("published",)  # the document's date picks date-bounded codes, when a pipeline has it

    def __init__(self, dictionary: ActorDictionary | None = None, as_of: date | None = None, *, unplaced_people: bool = True):
        self.dictionary = dictionary if dictionary is not None else ActorDictionary.builtin()
        self.as_of = as_of
        # People the dictionary and the text do not place are actors in their own name, uncoded;
        # False codes only what the dictionary or a stated role places (PETRARCH's convention).
        self.unplaced_people = unplaced_people
        self._compiled: dict[int, CompiledDictionary] = {}

    def __getstate__(self) -> dict[str, Any]:  # the matcher is rebuilt in each process
        state = dict(self.__dict__)
        state["_compiled"] = {}
        return state

    def compiled(self, vocab: Vocab) -> CompiledDictionary:
        key = id(vocab)
        if key not in self._compiled:
            self._compiled = {key: CompiledDictionary(self.dictionary, vocab)}
        return self._compiled[key]

    def __call__(self, state: DocState) -> None:
        doc = state.doc
        on = self.as_of or state.published
        found = DocumentActors(doc, self.compiled(doc.vocab), on, state.sentences or [], unplaced_people=self.unplaced_people)
        internal = found.run()
        public = [(public_mention(doc, m, found.sentence_of(m.start)), m) for m in internal]
        indexed = [(p, m.rank) for p, m in public if m.indexed]
        visible = sorted((p for p, m in public if not m.hidden), key=lambda p: (p.start, -p.end))
        state.actor_mentions = visible
        state.actor_index = ActorIndex(doc, [p for p, _ in indexed], [r for _, r in indexed], found.sentence_of)
        state.record.actors = _record_actors(visible)
