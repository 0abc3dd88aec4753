"""The runner: the spaCy parse and the stages over a stream of documents.

The stage contract (`DocState`, `Stage`, the registry, `check_order`) is in `stage.py`.
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
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from .errors import PipelineError
from .ingest import Document, Failure, Item
from .nlp import known_text
from .records import DocumentRecord
from .stage import STAGES, DocState, Stage, check_order, model_annotations, register_stage

__all__ = ["Pipeline", "Processed", "DocState", "Stage", "register_stage", "default_stage_names"]


def default_stage_names() -> list[str]:
    from . import stages  # the built-in stages register themselves when their package is imported

    return list(stages.DEFAULT)


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
            yield self.annotate(document, known_text(doc, document.text))
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
