"""The stage protocol, the stage registry and the runner.

A document is parsed once by spaCy (`nlp.pipe`, batched, optionally over several
processes, the document travelling alongside its text as the context of the tuple), then
each stage reads the parse and what earlier stages added and adds one kind of annotation.
A stage declares the annotations it `requires` and those it `adds`; `Pipeline` checks the
order before a run, so a misordered pipeline fails at once, not on the thousandth article.

Stages are pure: a `DocState` in, annotations on it out, no I/O. A stage that raises on
one document turns into a `Failure` for that document; the batch goes on.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from spacy.language import Language
from spacy.tokens import Doc

from .errors import PipelineError
from .ingest import Document, Failure, Item
from .records import DocumentRecord

# What the spaCy model itself provides, by the component that provides it.
MODEL_ANNOTATIONS = {"tok2vec": (), "tagger": ("pos",), "lemmatizer": ("lemmas",), "parser": ("parse",), "ner": ("ner",)}


@dataclass
class DocState:
    """One document on its way through the stages."""

    document: Document
    doc: Doc
    record: DocumentRecord
    # Working annotations shared between stages that are not part of the record
    # (spaCy spans, lookup tables). Keys are annotation names.
    data: dict[str, Any] = field(default_factory=dict)


class Stage:
    """Base class of pipeline stages. Subclasses set `name`, `requires`, `adds` and `__call__`."""

    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]] = ()
    adds: ClassVar[tuple[str, ...]] = ()
    # Annotations the stage reads when present (events use dates and places if a pipeline
    # has them): a stage adding one of these must not come after this one.
    uses: ClassVar[tuple[str, ...]] = ()

    def __call__(self, state: DocState) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<stage {self.name}: {', '.join(self.requires) or '-'} -> {', '.join(self.adds)}>"


STAGES: dict[str, type[Stage]] = {}


def register_stage(cls: type[Stage]) -> type[Stage]:
    """Class decorator: make a stage available by name (`Pipeline(stages=[name, ...])`)."""
    if cls.name in STAGES and STAGES[cls.name] is not cls:
        raise ValueError(f"a stage named {cls.name!r} is already registered")
    STAGES[cls.name] = cls
    return cls


def default_stage_names() -> list[str]:
    from . import stages  # noqa: F401  (registers the built-in stages)

    return list(stages.DEFAULT)


def model_annotations(pipe_names: Iterable[str]) -> set[str]:
    provided = {"tokens", "text"}
    for name in pipe_names:
        provided.update(MODEL_ANNOTATIONS.get(name, ()))
    return provided


def resolve_stages(stages: Sequence[str | Stage]) -> list[Stage]:
    from . import stages as builtin  # noqa: F401  (registers the built-in stages)

    resolved = []
    for stage in stages:
        if isinstance(stage, Stage):
            resolved.append(stage)
        elif stage in STAGES:
            resolved.append(STAGES[stage]())
        else:
            raise PipelineError("unknown-stage", f"no stage named {stage!r}; registered: {', '.join(sorted(STAGES))}")
    return resolved


def check_order(stages: Sequence[Stage], provided: set[str]) -> None:
    """Raise PipelineError naming the first stage whose requirements are not met before it."""
    available = set(provided)
    for position, stage in enumerate(stages):
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


@dataclass
class Processed:
    """A document and the record the pipeline made of it."""

    document: Document
    record: DocumentRecord


class Pipeline:
    """The spaCy parse followed by stages, run over a stream of documents."""

    def __init__(
        self,
        stages: Sequence[str | Stage] | None = None,
        *,
        nlp: Language | None = None,
        n_process: int = 1,
        batch_size: int = 32,
    ):
        self.stages = resolve_stages(stages if stages is not None else default_stage_names())
        self._nlp = nlp
        self.n_process = n_process
        self.batch_size = batch_size
        if nlp is not None:
            self.check()

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from .nlp import load_model

            self._nlp = load_model()
            self.check()
        return self._nlp

    def check(self) -> None:
        check_order(self.stages, model_annotations(self.nlp.pipe_names))

    @property
    def stage_names(self) -> list[str]:
        return [s.name for s in self.stages]

    def annotate(self, document: Document, doc: Doc) -> Processed | Failure:
        result = self.run_stages(document, doc)
        return result if isinstance(result, Failure) else Processed(document, result.record)

    def run_stages(self, document: Document, doc: Doc) -> DocState | Failure:
        """The stages over one parsed document; the whole state, for callers that need the parse too."""
        record = DocumentRecord(
            doc_id=document.id,
            source=document.source,
            published=document.published,
            published_inferred=document.published_inferred,
            title=document.title,
            url=document.url,
        )
        state = DocState(document=document, doc=doc, record=record)
        for stage in self.stages:
            try:
                stage(state)
            except Exception as exc:  # one document's failure must not stop the batch
                return Failure(
                    location=document.location,
                    code="stage-error",
                    message=f"stage {stage.name} failed: {type(exc).__name__}: {exc}",
                    stage=stage.name,
                    doc_id=document.id,
                    size=document.size,
                )
        return state

    def process(self, items: Iterable[Item]) -> Iterator[Processed | Failure]:
        """Parse and annotate each document; failures from ingest pass through in order.

        With n_process > 1 the parse and the stages both run in worker processes (forked
        after the model is loaded, so it is shared, not reloaded): spaCy's own n_process
        would parallelise only the parse and leave every stage to this one process."""
        if self.n_process > 1:
            yield from self._process_parallel(items)
            return
        yield from self._process_batch(items)

    def _checked(self, items: Iterable[Item], waiting: deque) -> Iterator[tuple[str, Document]]:
        nlp = self.nlp
        for item in items:
            if isinstance(item, Failure):
                waiting.append(item)
            elif len(item.text) > nlp.max_length:
                waiting.append(Failure(item.location, "too-large", f"{len(item.text)} characters is over the parser's limit of {nlp.max_length}", doc_id=item.id, size=item.size))
            else:
                yield item.text, item

    def _process_batch(self, items: Iterable[Item]) -> Iterator[Processed | Failure]:
        waiting: deque[Failure] = deque()
        for doc, document in self.nlp.pipe(self._checked(items, waiting), as_tuples=True, batch_size=self.batch_size):
            while waiting:
                yield waiting.popleft()
            yield self.annotate(document, doc)
        while waiting:
            yield waiting.popleft()

    def _process_parallel(self, items: Iterable[Item]) -> Iterator[Processed | Failure]:
        import multiprocessing
        from itertools import islice

        global _WORKER_PIPELINE
        self.nlp  # load the model before forking
        _WORKER_PIPELINE = self
        iterator = iter(items)
        pending: deque = deque()
        # A bounded window of batches in flight keeps memory flat on a stream of any length.
        with multiprocessing.get_context("fork").Pool(self.n_process) as pool:
            while True:
                while len(pending) < 2 * self.n_process and (batch := list(islice(iterator, self.batch_size))):
                    pending.append(pool.apply_async(_work_batch, (batch,)))
                if not pending:
                    break
                yield from pending.popleft().get()


_WORKER_PIPELINE: "Pipeline | None" = None


def _work_batch(batch: list[Item]) -> list[Processed | Failure]:
    """In a worker: the forked parent's pipeline over one batch."""
    return list(_WORKER_PIPELINE._process_batch(batch))
