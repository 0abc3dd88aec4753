"""Putting documents in: the one ingest loop (CLI, HTTP, watch), extraction without a store,
and documents given as JSON objects (the HTTP API's body)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from ..errors import FlashpointError
from ..ingest import DEFAULT_MAX_BYTES, Document, Failure, Item, documents_from_objects, input_size, read_inputs
from ..pipeline import Pipeline, Processed
from ..progress import reporter
from ..records import DocumentRecord
from ..store import Store

FAILURES_KEPT = 50  # failures an IngestReport keeps in memory; all of them go to the store


@dataclass
class IngestReport:
    stored: int = 0
    skipped: int = 0  # already in the store
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)

    def add_failure(self, failure: Failure) -> None:
        self.failed += 1
        if len(self.failures) < FAILURES_KEPT:
            self.failures.append(failure)

    def to_dict(self) -> dict:
        return {"stored": self.stored, "skipped": self.skipped, "failed": self.failed, "failures": [f.to_dict() for f in self.failures]}


def _skip_stored(items: Iterable[Item], store: Store, report: IngestReport, on_skip, chunk: int = 200) -> Iterator[Item]:
    """Drop documents already stored (and repeats within the batch) before they are parsed."""
    seen: set[str] = set()
    iterator = iter(items)
    while batch := list(islice(iterator, chunk)):
        stored = store.stored_ids(i.id for i in batch if isinstance(i, Document))
        for item in batch:
            if isinstance(item, Document) and (item.id in stored or item.id in seen):
                report.skipped += 1
                on_skip(item.size)
                continue
            if isinstance(item, Document):
                seen.add(item.id)
            yield item


def process_paths(
    paths: Iterable[str],
    *,
    pipeline: Pipeline | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    input_format: str | None = None,
    progress: bool | None = False,
) -> Iterator[Processed | Failure]:
    """Read, parse and annotate inputs, streaming results; nothing is stored."""
    paths = list(paths)
    pipeline = pipeline or Pipeline()
    pipeline.check()
    with reporter(input_size(paths), show=progress, label="extract") as bar:
        for result in pipeline.process(read_inputs(paths, max_bytes=max_bytes, input_format=input_format)):
            bar.advance(result.size if isinstance(result, Failure) else result.document.size, failed=isinstance(result, Failure))
            yield result


def ingest(
    paths: Iterable[str],
    store: Store,
    *,
    pipeline: Pipeline | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    input_format: str | None = None,
    replace: bool = False,
    progress: bool | None = False,
) -> IngestReport:
    """Read, process and store inputs, one transaction per document; resumable."""
    paths = list(paths)
    with reporter(input_size(paths), show=progress, label="ingest") as bar:
        items = read_inputs(paths, max_bytes=max_bytes, input_format=input_format)
        return store_items(items, store, pipeline=pipeline, replace=replace, advance=bar.advance)


def store_items(
    items: Iterable[Item],
    store: Store,
    *,
    pipeline: Pipeline | None = None,
    replace: bool = False,
    advance=lambda size, failed=False: None,
    on_stored=lambda doc_id: None,
) -> IngestReport:
    """The one ingest loop (CLI and HTTP): skip what is stored, process, store each
    document in its own transaction, record failures."""
    pipeline = pipeline or Pipeline()
    pipeline.check()
    report = IngestReport()
    label = ",".join(pipeline.stage_names)
    if not replace:
        items = _skip_stored(items, store, report, on_skip=advance)
    for result in pipeline.process(items):
        if isinstance(result, Failure):
            store.record_failure(result)
            report.add_failure(result)
            advance(result.size, failed=True)
            continue
        if store.write(result.document, result.record, pipeline=label, replace=replace):
            report.stored += 1
            on_stored(result.document.id)
        else:
            report.skipped += 1
        advance(result.document.size)
    if report.stored:
        # New documents join the stored canonical events now rather than on the next read.
        from .. import corpus

        corpus.persist.sync(store)
    return report


def ingest_objects(objects: object, store: Store, *, pipeline: Pipeline | None = None, replace: bool = False) -> tuple[IngestReport, list[str]]:
    """Store documents given as JSON objects (the JSONL fields); returns the report and the
    ids of the documents stored."""
    if isinstance(objects, dict):
        objects = [objects]
    if not isinstance(objects, list):
        raise FlashpointError("bad-field", "the body must be a document object or a list of them")
    for index, item in enumerate(objects):
        if not isinstance(item, dict):
            raise FlashpointError("bad-field", f"item {index} is a {type(item).__name__}, not a document object")
    stored: list[str] = []
    report = store_items(documents_from_objects(objects), store, pipeline=pipeline, replace=replace, on_stored=stored.append)
    return report, stored


def extract(items: object, *, errors: str = "raise", pipeline: Pipeline | None = None) -> list[DocumentRecord]:
    """Records for texts, dicts (the JSON fields) or Documents; the Python API's entry point.

    With errors="raise" the first input that cannot be processed raises FlashpointError;
    with errors="skip" it is left out.
    """
    if errors not in ("raise", "skip"):
        raise ValueError("errors must be 'raise' or 'skip'")
    pipeline = pipeline or Pipeline()
    records = []
    for result in pipeline.process(documents_from_objects(items)):
        if isinstance(result, Failure):
            if errors == "raise":
                raise FlashpointError(result.code, result.message, location=result.location)
            continue
        records.append(result.record)
    return records
