"""The stage contract: what a document carries between stages, the `Stage` base, the registry
and the order check.

A stage reads the spaCy parse and what earlier stages assigned, and assigns one kind of
annotation. Every annotation is a typed field: either a field of `DocState` (working data the
stages share that is not part of the record: sentence spans, time expressions, mention lists,
lookup tables) or a field of the record being built (`record.events`), or a field of every
event of the record (`event.location`). A stage declares the fields it `requires`, the fields
it `adds` and the fields it `uses` when present, by those names; `register_stage` refuses a
name that is not a real field (as spaCy's `validate_attrs` refuses an attribute path that does
not exist) and `check_order` refuses a pipeline in which a stage reads a field no earlier
stage assigns. So a misordered or misdeclared pipeline fails when it is built, not on the
thousandth article.

This module imports no stage: stages import it, `pipeline` runs them, and registration
happens when `flashpoint.stages` is imported.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from spacy.tokens import Doc, Span

from .errors import PipelineError
from .ingest import Document
from .records import DocumentRecord, Event, Speaker

if TYPE_CHECKING:  # the stages own these types; the state only holds them
    from .stages.actors import ActorIndex, ActorMention
    from .stages.dates import Timex
    from .stages.places import PlaceMention

# What the spaCy model itself provides, by the component that provides it.
MODEL_ANNOTATIONS = {"tok2vec": (), "tagger": ("pos",), "lemmatizer": ("lemmas",), "parser": ("parse",), "ner": ("ner",)}
# What every parsed document has whatever the model's components.
BASE_ANNOTATIONS = ("text", "tokens")


@dataclass(frozen=True)
class Speech:
    """One stretch of reported speech as the quotes stage found it, before it became a `Quote`
    (some are not reported: short uncued fragments). Claims and the quote evaluation read these.

    `span` covers the speech, `parts` are its pieces of quoted or reported text, `cue` the index
    of the token of the verb of saying (None for a quote with no cue)."""

    span: tuple[int, int]
    parts: tuple[tuple[int, int], ...]
    kind: str
    cue: int | None
    speaker: Speaker | None


@dataclass
class DocState:
    """One document on its way through the stages.

    A field that is None has not been assigned: the stage that adds it has not run."""

    document: Document
    doc: Doc
    record: DocumentRecord
    # sentence spans in document order; `record.sentences` holds their character offsets
    sentences: list[Span] | None = None
    # the publication date the dates are resolved against (None when unknown, even once assigned)
    published: date | None = None
    # every time expression found, resolved or not (`record.dates` lists the resolved ones)
    timexes: list[Timex] | None = None
    # every mention of a place or of a place word, resolved or not
    place_mentions: list[PlaceMention] | None = None
    # every mention of an actor, sorted by start, and the index from tokens to them
    actor_mentions: list[ActorMention] | None = None
    actor_index: ActorIndex | None = None
    # the speaker of each verb of saying, by the index of its token
    quote_index: dict[int, Speaker] | None = None
    speeches: list[Speech] | None = None


STATE_FIELDS = frozenset(f.name for f in dataclasses.fields(DocState)) - {"document", "doc", "record"}
RECORD_FIELDS = frozenset(DocumentRecord.model_fields)
EVENT_FIELDS = frozenset(Event.model_fields)


def is_field(name: str) -> bool:
    """Whether `name` names an annotation a stage can declare: a model annotation, a field of
    `DocState`, `record.<field>` or `event.<field>`."""
    if name in BASE_ANNOTATIONS or any(name in provided for provided in MODEL_ANNOTATIONS.values()):
        return True
    owner, _, attribute = name.partition(".")
    if not attribute:
        return name in STATE_FIELDS
    return (owner == "record" and attribute in RECORD_FIELDS) or (owner == "event" and attribute in EVENT_FIELDS)


class Stage:
    """Base class of pipeline stages. Subclasses set `name`, `requires`, `adds` and `__call__`."""

    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]] = ()
    adds: ClassVar[tuple[str, ...]] = ()
    # Fields the stage reads when present (events use dates and places if a pipeline has them):
    # a stage adding one of these must not come after this one.
    uses: ClassVar[tuple[str, ...]] = ()

    def __call__(self, state: DocState) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<stage {self.name}: {', '.join(self.requires) or '-'} -> {', '.join(self.adds)}>"


STAGES: dict[str, type[Stage]] = {}


def register_stage(cls: type[Stage]) -> type[Stage]:
    """Class decorator: make a stage available by name (`Pipeline(stages=[name, ...])`).

    Every name the stage declares must be a real field (see `is_field`)."""
    if cls.name in STAGES and STAGES[cls.name] is not cls:
        raise ValueError(f"a stage named {cls.name!r} is already registered")
    check_fields(cls)
    STAGES[cls.name] = cls
    return cls


def check_fields(stage: Stage | type[Stage]) -> None:
    """Raise PipelineError if the stage declares a name that is not a field (see `is_field`)."""
    unknown = [name for name in (*stage.requires, *stage.adds, *stage.uses) if not is_field(name)]
    if unknown:
        raise PipelineError("unknown-field", f"stage {stage.name!r} declares {', '.join(unknown)}, which name no field of the document state, record or event")


def model_annotations(pipe_names: Iterable[str]) -> set[str]:
    provided = set(BASE_ANNOTATIONS)
    for name in pipe_names:
        provided.update(MODEL_ANNOTATIONS.get(name, ()))
    return provided


def check_order(stages: Sequence[Stage], provided: set[str]) -> None:
    """Raise PipelineError naming the first stage that reads a field no earlier stage assigns,
    or that uses a field a later stage assigns."""
    available = set(provided)
    for position, stage in enumerate(stages):
        check_fields(stage)  # stages passed as instances are not registered, so not yet checked
        missing = [need for need in stage.requires if need not in available]
        if missing:
            raise PipelineError(
                "pipeline-order",
                f"stage {stage.name!r} needs {', '.join(missing)}, which no earlier stage adds "
                f"(available before it: {', '.join(sorted(available))})",
            )
        for later in stages[position + 1:]:
            late = [use for use in stage.uses if use in later.adds]
            if late:
                raise PipelineError(
                    "pipeline-order",
                    f"stage {stage.name!r} uses {', '.join(late)}, which stage {later.name!r} adds after it; move {later.name!r} earlier",
                )
        available.update(stage.adds)


__all__ = ["DocState", "Speech", "Stage", "STAGES", "register_stage", "check_fields", "check_order", "model_annotations", "is_field"]
