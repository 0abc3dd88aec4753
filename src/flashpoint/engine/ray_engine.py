"""The pipeline on a Ray cluster: Ray Data reads, an actor pool annotates, sinks write.

The plan, one Ray Data dataset:

1. the driver expands the paths (directories walked as the local path walks them) into
   files; a read task per file runs the project's own reader on it (`ingest._read_one`),
   so formats, locations and failures are those of the local path, and streams its
   documents and failures out in small blocks;
2. `map_batches` on a pool of actors, each of which loads the spaCy model once, drops
   documents already stored (unless `replace`) and runs the pipeline (`Pipeline.process`)
   over its batch; a document that fails is a failure row, so failures travel with the
   data to wherever records go;
3. sinks: each actor writes its records to Parquet (partitioned by publication date) and,
   when the store is shared (PostgreSQL), to the store with `Store.write` and failures with
   `Store.record_failure`, exactly as a local ingest does. A SQLite file is written only by
   the driver, from the rows the actors send back.

Corpus linking (canonical events) is not done by the actors: the driver calls
`corpus.persist.sync` once all documents are stored, which links every pending document in
publication order under the store's linking lock, as after a local ingest.

Workers must see the input files at the same paths as the driver (a shared file system);
the driver's copy of the `flashpoint` package is shipped to the workers with the job, so a
cluster runs the code the driver runs.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import uuid
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import FlashpointError
from ..ingest import DEFAULT_MAX_BYTES, FORMATS, Document, Failure, Item
from ..ingest import _read_one, expand, printable  # the local path's own expansion and readers
from ..pipeline import Pipeline, Processed
from ..records import DocumentRecord
from ..store import Store

BLOCK_BYTES = 64 * 1024  # Ray Data block size: a few articles (see `_dataset`)
UNKNOWN_DATE = "unknown"  # the Parquet partition of documents without a publication date


# -- rows: what travels between the Ray stages (plain strings and ints, Arrow-friendly) -----


def _item_row(item: Item) -> dict:
    if isinstance(item, Failure):
        return {"kind": "failure", "doc_id": item.doc_id or "", "item": json.dumps(_failure_data(item))}
    return {"kind": "document", "doc_id": item.id, "item": json.dumps(dataclasses.asdict(item))}


def _failure_data(failure: Failure) -> dict:
    return {**failure.to_dict(), "size": failure.size}


def _failure(data: dict) -> Failure:
    return Failure(**data)


def _document(data: dict) -> Document:
    return Document(**data)


# -- stage 1: reading, on the workers ---------------------------------------------------


def _read_files(batch: dict, *, max_bytes: int, input_format: str | None, cwd: str, block: int) -> Iterator[dict]:
    """A read task: the project's reader over each file of the batch, streamed (a file of
    any size is never held whole)."""
    rows: list[dict] = []
    for path, fmt, failure in zip(batch["path"], batch["format"], batch["failure"]):
        if failure:
            rows.append({"kind": "failure", "doc_id": "", "item": failure})
            continue
        # A worker's directory is not the driver's: the file is opened by its absolute path,
        # and locations are shown as the user typed the path, as on the local path.
        full = os.path.join(cwd, path)
        for item in _read_one(full, input_format or fmt or None, max_bytes, None):
            if full != path:
                _relocate(item, printable(full), printable(path))
            rows.append(_item_row(item))
            if len(rows) >= block:
                yield _columns(rows)
                rows = []
    if rows:
        yield _columns(rows)


def _relocate(item: Item, absolute: str, typed: str) -> None:
    if item.location.startswith(absolute):
        item.location = typed + item.location[len(absolute):]


def _columns(rows: list[dict]) -> dict[str, list]:
    return {key: [row[key] for row in rows] for key in rows[0]}


def _rows(batch: dict) -> Iterator[dict]:
    keys = list(batch)
    for values in zip(*(batch[k] for k in keys)):
        yield dict(zip(keys, values))


# -- stage 2: annotating, on an actor pool ----------------------------------------------


class Annotator:
    """A Ray actor: the pipeline, loaded once, over batches of read rows."""

    def __init__(self, *, stages: list[str] | None, batch_size: int, store_url: str | None, stored_ids, replace: bool,
                 parquet: str | None, return_records: bool, label: str):
        import ray

        self.pipeline = Pipeline(stages, batch_size=batch_size)
        self.pipeline.nlp  # load the model now, once per actor
        self.store = None
        if store_url:
            from ..store import open_store

            self.store = open_store(store_url)
        self.stored = ray.get(stored_ids) if stored_ids is not None else None
        self.replace = replace
        self.parquet = parquet
        self.return_records = return_records
        self.label = label
        self.name = uuid.uuid4().hex[:12]
        self.written = 0

    def __call__(self, batch: dict) -> dict:
        out: list[dict] = []
        items: list[Item] = []
        rows = list(_rows(batch))
        already = self._already_stored([r["doc_id"] for r in rows if r["kind"] == "document"])
        for row in rows:
            data = json.loads(row["item"])
            if row["kind"] == "failure":
                items.append(_failure(data))
            elif row["doc_id"] in already:
                out.append({"kind": "skipped", "doc_id": row["doc_id"], "size": data["size"], "item": ""})
            else:
                items.append(_document(data))
        records: list[Processed] = []
        for result in self.pipeline.process(items):
            if isinstance(result, Failure):
                if self.store is not None:
                    self.store.record_failure(result)
                out.append({"kind": "failure", "doc_id": result.doc_id or "", "size": result.size, "item": json.dumps(_failure_data(result))})
                continue
            kind = "record"
            if self.store is not None:
                kind = "stored" if self.store.write(result.document, result.record, pipeline=self.label, replace=self.replace) else "skipped"
            if kind != "skipped":
                records.append(result)
            item = json.dumps({"document": dataclasses.asdict(result.document), "record": result.record.to_dict()}) if self.return_records else ""
            out.append({"kind": kind, "doc_id": result.document.id, "size": result.document.size, "item": item})
        if self.parquet and records:
            self._write_parquet(records)
        return _columns(out) if out else {"kind": [], "doc_id": [], "size": [], "item": []}

    def _already_stored(self, doc_ids: list[str]) -> set[str]:
        if self.replace or not doc_ids:
            return set()
        if self.store is not None:
            return self.store.stored_ids(doc_ids)
        if self.stored is not None:
            return {d for d in doc_ids if d in self.stored}
        return set()

    def _write_parquet(self, results: list[Processed]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist([parquet_row(r.document, r.record) for r in results], schema=_parquet_schema())
        pq.write_to_dataset(table, self.parquet, partition_cols=["published_date"],
                            basename_template=f"part-{self.name}-{self.written}-{{i}}.parquet")
        self.written += 1


def _parquet_schema():
    import pyarrow as pa

    return pa.schema([("doc_id", pa.string()), ("source", pa.string()), ("published", pa.string()), ("published_date", pa.string()),
                      ("title", pa.string()), ("url", pa.string()), ("location", pa.string()), ("events", pa.int32()),
                      ("record", pa.string())])


def parquet_row(document: Document, record: DocumentRecord) -> dict:
    """One document's row of the Parquet output: a few columns to filter on, and the whole record as JSON."""
    data = record.to_dict()
    return {"doc_id": document.id, "source": record.source, "published": record.published,
            "published_date": (record.published or "")[:10] or UNKNOWN_DATE, "title": record.title, "url": record.url,
            "location": document.location, "events": len(data["events"]), "record": json.dumps(data)}


# -- the driver ---------------------------------------------------------------------------


def connect(address: str | None = None, *, quiet: bool = True):
    """Connect to the Ray cluster at `address` (`auto`, `host:port` or `ray://host:port`), or
    without one to RAY_ADDRESS, or else start a local one; the `flashpoint` package this
    driver runs is shipped to the workers."""
    try:
        import ray
    except ImportError:
        raise FlashpointError("missing-dependency", "the Ray engine needs the ray extra: pip install 'flashpoint[ray]'") from None
    # Ray Data's plan and tuning notes (INFO lines, UserWarnings about block counts) are
    # not the user's business; its errors still are.
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    warnings.filterwarnings("ignore", category=UserWarning, module=r"ray\.data\..*")
    if not ray.is_initialized():
        package = str(Path(__file__).resolve().parents[1])
        try:
            ray.init(address=address, runtime_env={"py_modules": [package]}, logging_level=logging.WARNING,
                     log_to_driver=not quiet, configure_logging=True)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            raise FlashpointError("bad-option", f"cannot connect to the Ray cluster at {address or 'RAY_ADDRESS or a new local one'}: {exc}") from None
    return ray


def _files(paths: Iterable[str]) -> list[dict]:
    """One row per input file (or per directory that cannot be listed), in the local path's order."""
    rows = []
    for path, fmt in expand(paths):
        if path == "-":
            raise FlashpointError("bad-option", "the Ray engine reads files and directories, not stdin (-)")
        failure = json.dumps(_failure_data(fmt)) if isinstance(fmt, Failure) else ""
        rows.append({"path": path, "format": "" if isinstance(fmt, Failure) else (fmt or ""), "failure": failure})
    return rows


def _dataset(paths, *, workers: int, batch_size: int, max_bytes: int, input_format: str | None, stages: list[str] | None,
             store_url: str | None, stored_ids, replace: bool, parquet: str | None, return_records: bool, ordered: bool, quiet: bool):
    import ray
    from ray.data import ActorPoolStrategy, DataContext, TaskPoolStrategy

    if input_format is not None and input_format not in FORMATS:
        raise FlashpointError("bad-option", f"unknown input format {input_format!r}; one of {', '.join(FORMATS)}")
    Pipeline(stages).stage_names  # an unknown stage fails here, on the driver, before any worker starts
    files = _files(paths)
    if not files:
        return None
    context = DataContext.get_current()
    context.execution_options.preserve_order = ordered
    context.enable_progress_bars = not quiet
    # A task's output is gathered into blocks of up to this many bytes, and an actor takes a
    # whole block: with Ray's default (128 MiB) one big input file would go to one actor
    # whole. A few articles a block spreads it over the pool. (A repartition step would do
    # it too, but it needs a CPU of its own beside the actors, and a pool that fills the
    # cluster would then wait for ever.)
    context.target_max_block_size = BLOCK_BYTES
    label = ",".join(Pipeline(stages).stage_names)
    ds = ray.data.from_items(files, override_num_blocks=len(files))
    # Reading is light next to parsing: read tasks take no CPU of the actors' share.
    ds = ds.map_batches(_read_files, batch_size=1, num_cpus=0, compute=TaskPoolStrategy(size=max(1, workers)),
                        fn_kwargs={"max_bytes": max_bytes, "input_format": input_format, "cwd": os.getcwd(), "block": batch_size})
    return ds.map_batches(
        Annotator, batch_size=batch_size, compute=ActorPoolStrategy(size=workers), num_cpus=1,
        fn_constructor_kwargs={"stages": stages, "batch_size": batch_size, "store_url": store_url, "stored_ids": stored_ids,
                               "replace": replace, "parquet": parquet, "return_records": return_records, "label": label},
    )


def process_paths(
    paths: Iterable[str],
    *,
    stages: list[str] | None = None,
    workers: int = 2,
    batch_size: int = 32,
    address: str | None = None,
    parquet: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    input_format: str | None = None,
    quiet: bool = True,
) -> Iterator[Processed | Failure]:
    """`service.process_paths` on Ray: results in input order; nothing is stored (Parquet aside)."""
    connect(address, quiet=quiet)
    ds = _dataset(list(paths), workers=workers, batch_size=batch_size, max_bytes=max_bytes, input_format=input_format,
                  stages=stages, store_url=None, stored_ids=None, replace=True, parquet=_absolute(parquet),
                  return_records=True, ordered=True, quiet=quiet)
    if ds is None:
        return
    for row in ds.iter_rows():
        data = json.loads(row["item"])
        if row["kind"] == "failure":
            yield _failure(data)
        else:
            yield Processed(_document(data["document"]), DocumentRecord.model_validate(data["record"]))


def ingest(
    paths: Iterable[str],
    store: Store,
    *,
    stages: list[str] | None = None,
    workers: int = 2,
    batch_size: int = 32,
    address: str | None = None,
    parquet: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    input_format: str | None = None,
    replace: bool = False,
    quiet: bool = True,
):
    """`service.ingest` on Ray. A PostgreSQL store is written by the actors themselves; a
    SQLite file by this driver from the records the actors return. Canonical events are
    linked at the end, by this driver."""
    from .. import corpus
    from ..service import IngestReport

    ray = connect(address, quiet=quiet)
    shared = store.dialect == "postgresql"
    stored_ids = None
    if not shared and not replace:
        # The workers cannot open a SQLite file (it may not even be on their machine): they
        # get the stored ids to skip instead.
        stored_ids = ray.put(_all_ids(store))
    ds = _dataset(list(paths), workers=workers, batch_size=batch_size, max_bytes=max_bytes, input_format=input_format,
                  stages=stages, store_url=store.engine.url.render_as_string(hide_password=False) if shared else None,
                  stored_ids=stored_ids, replace=replace, parquet=_absolute(parquet), return_records=not shared,
                  ordered=False, quiet=quiet)
    report = IngestReport()
    if ds is None:
        return report
    label = ",".join(Pipeline(stages).stage_names)
    seen: set[str] = set()
    for row in ds.iter_rows():
        kind = row["kind"]
        if kind == "failure":
            failure = _failure(json.loads(row["item"]))
            if not shared:
                store.record_failure(failure)
            report.add_failure(failure)
        elif kind == "skipped" or (kind == "record" and row["doc_id"] in seen and not replace):
            report.skipped += 1
        elif kind == "stored":
            report.stored += 1
        else:  # a record for the driver to store (SQLite)
            seen.add(row["doc_id"])
            data = json.loads(row["item"])
            if store.write(_document(data["document"]), DocumentRecord.model_validate(data["record"]), pipeline=label, replace=replace):
                report.stored += 1
            else:
                report.skipped += 1
    if report.stored:
        corpus.persist.sync(store)
    return report


def _all_ids(store: Store) -> frozenset[str]:
    import sqlalchemy as sa

    from ..store import schema

    with store.engine.connect() as conn:
        return frozenset(conn.execute(sa.select(schema.documents.c.id)).scalars())


def _absolute(path: str | None) -> str | None:
    return str(Path(path).resolve()) if path else None
