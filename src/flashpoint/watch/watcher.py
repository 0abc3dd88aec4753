"""The poll loop: sources → the one ingest path → incremental linking → rules → delivery.

One poll: every source that is due is polled (a source that failed waits out its back-off);
what is new goes through `service.store_items`, the loop `flashpoint ingest` runs (skip what
is stored, process, one transaction per document, failures recorded, then linking); the
source's state is saved only after that; then, if anything was stored (or on the first poll
of the process), the rules run over the canonical events, alerts not raised before are
stored and delivered. A status line per poll says what happened.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from .. import service
from ..errors import FlashpointError
from ..pipeline import Pipeline
from ..store import Store
from ..store.watch import WatchTables
from .delivery import Channel
from .http import Fetcher
from .rules import Rule, evaluate
from .sources import PollContext, Source

BACKOFF_START = 60.0  # seconds after a first failure; doubles with each failure in a row
BACKOFF_MAX = 3600.0


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


@dataclass
class SourceStatus:
    source: str
    kind: str
    ok: bool | None  # None: not polled (backing off)
    new: int = 0  # documents stored
    failed: int = 0  # items that failed (recorded in the failures table)
    error: str | None = None
    retry_at: str | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class PollReport:
    poll: int
    started: str
    sources: list[SourceStatus] = field(default_factory=list)
    alerts: list[dict] = field(default_factory=list)  # raised by this poll
    delivery_errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return sum(s.new for s in self.sources)

    def status_line(self) -> str:
        ok = sum(s.ok is True for s in self.sources)
        failed = [s for s in self.sources if s.ok is False]
        waiting = sum(s.ok is None for s in self.sources)
        parts = [f"poll {self.poll} {self.started}", f"{ok} source(s) ok"]
        if failed:
            parts.append(f"{len(failed)} failed")
        if waiting:
            parts.append(f"{waiting} backing off")
        parts.append(f"{self.stored} new document(s)")
        item_failures = sum(s.failed for s in self.sources)
        if item_failures:
            parts.append(f"{item_failures} item(s) failed")
        parts.append(f"{len(self.alerts)} alert(s)")
        if self.delivery_errors:
            parts.append(f"{len(self.delivery_errors)} delivery error(s)")
        return ", ".join(parts)

    def detail_lines(self) -> list[str]:
        lines = []
        for s in self.sources:
            if s.ok is False:
                lines.append(f"  failed: {s.source}: {s.error}; retry after {s.retry_at}")
            lines.extend(f"  {s.source}: {note}" for note in s.notes)
        lines.extend(f"  delivery: {e}" for e in self.delivery_errors)
        lines.extend(f"  {n}" for n in self.notes)
        return lines

    def to_dict(self) -> dict:
        return {"poll": self.poll, "started": self.started, "stored": self.stored,
                "sources": [s.__dict__ for s in self.sources], "alerts": [a["id"] for a in self.alerts],
                "delivery_errors": self.delivery_errors, "notes": self.notes}


class Watcher:
    def __init__(self, store: Store, sources: list[Source], rules: list[Rule], channels: list[Channel], *,
                 pipeline: Pipeline | None = None, fetcher: Fetcher | None = None, max_bytes: int | None = None,
                 fetch_articles: str = "auto", clock=None):
        self.store = store
        self.sources = sources
        self.rules = rules
        self.channels = channels
        self.pipeline = pipeline
        self.fetcher = fetcher or Fetcher()
        self.tables = WatchTables(store)
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self.context = PollContext(fetcher=self.fetcher, stored_ids=store.stored_ids, fetch_articles=fetch_articles)
        if max_bytes is not None:
            self.context.max_bytes = max_bytes
        self.polls = 0

    # -- one poll ---------------------------------------------------------------------------

    def poll(self) -> PollReport:
        self.polls += 1
        report = PollReport(poll=self.polls, started=_iso(self.clock()))
        for source in self.sources:
            report.sources.append(self._poll_source(source))
        if report.stored or self.polls == 1:
            self._evaluate(report)
        self._deliver_pending(report)
        return report

    def _poll_source(self, source: Source) -> SourceStatus:
        status = SourceStatus(source=source.key, kind=source.kind, ok=None)
        row = self.tables.source(source.key) or {"state": {}, "failures": 0, "documents": 0, "next_poll": None}
        now = self.clock()
        if row.get("next_poll") and row["next_poll"] > _iso(now):
            status.retry_at = row["next_poll"]
            status.error = row.get("last_error")
            return status
        try:
            result = source.poll(row["state"] or {}, self.context)
            # Nothing new: no pipeline (loading the model is the slow part of a first poll).
            ingest = service.store_items(result.items, self.store, pipeline=self._pipeline()) if result.items else service.IngestReport()
        except Exception as exc:  # noqa: BLE001 - one source's trouble never stops the others
            if not isinstance(exc, FlashpointError):
                exc = FlashpointError("source-error", f"unexpected {type(exc).__name__}: {str(exc)[:300]}", location=source.key)
            failures = int(row.get("failures") or 0) + 1
            delay = min(BACKOFF_START * 2 ** (failures - 1), BACKOFF_MAX)
            status.ok, status.error = False, exc.one_line()
            status.retry_at = _iso(now + timedelta(seconds=delay))
            self.tables.save_source(source.key, kind=source.kind, last_poll=_iso(now), failures=failures,
                                    next_poll=status.retry_at, last_error=status.error)
            return status
        status.ok, status.new, status.failed, status.notes = True, ingest.stored, ingest.failed, result.notes
        status.notes += [f"failed: {f.one_line()}" for f in ingest.failures]
        # Saved only now that the items are stored: a crash before this re-reads them (a no-op).
        self.tables.save_source(source.key, kind=source.kind, state=result.state, last_poll=_iso(now), last_ok=_iso(now),
                                failures=0, next_poll=None, last_error=None,
                                documents=int(row.get("documents") or 0) + ingest.stored)
        return status

    def _pipeline(self) -> Pipeline:
        if self.pipeline is None:
            self.pipeline = Pipeline()
        return self.pipeline

    # -- rules and delivery ------------------------------------------------------------------

    def _evaluate(self, report: PollReport) -> None:
        events = service.canonical_events(self.store)
        candidates = evaluate(self.rules, events)
        for rule in self.rules:
            if rule.min_confidence is not None and rule.missing_confidence:
                report.notes.append(f"rule {rule.name}: {rule.missing_confidence} event(s) carry no confidence and "
                                    f"do not meet its floor of {rule.min_confidence:g}")
        known = self.tables.known_alert_ids([a["id"] for a in candidates])
        fresh = {}
        for alert in candidates:
            if alert["id"] not in known and alert["id"] not in fresh:
                fresh[alert["id"]] = alert
        if not fresh:
            return
        reports = self.tables.reports([m["event_id"] for a in fresh.values() for e in a["events"] for m in e.get("mentions") or []])
        now = self.clock()
        names = [c.name for c in self.channels]
        ordered = sorted(fresh.values(), key=lambda a: (a["details"].get("day") or "", a["rule"], a["title"]))
        for n, alert in enumerate(ordered):
            # Distinct, increasing times: readers (GET /api/stream) resume after the last one they saw.
            fired_at = (now + timedelta(microseconds=n)).astimezone(timezone.utc).isoformat(timespec="microseconds")
            alert = {**alert, "fired_at": fired_at, "events": [evidence(e, reports) for e in alert["events"]]}
            if self.tables.add_alert(alert, pending=names, fired_at=fired_at, poll=self.polls):
                report.alerts.append(alert)

    def _deliver_pending(self, report: PollReport) -> None:
        by_name = {c.name: c for c in self.channels}
        down: set[str] = set()  # a channel that failed (after its retries) is not tried again this poll
        for alert, pending in self.tables.undelivered():
            left = []
            for name in pending:
                channel = by_name.get(name)
                if channel is None:
                    continue  # a channel no longer configured
                if name in down:
                    left.append(name)
                    continue
                try:
                    channel.send(alert)
                except FlashpointError as exc:
                    left.append(name)
                    down.add(name)
                    report.delivery_errors.append(f"{alert['id']} ({alert['rule']}): {exc.one_line()}")
            if left != pending:
                self.tables.set_pending(alert["id"], left)

    # -- the loop ----------------------------------------------------------------------------

    def run(self, *, every: float, polls: int | None = None, on_report=lambda report: None, sleep=time.sleep) -> None:
        """Poll every `every` seconds (from the start of one poll to the next), `polls` times or forever."""
        done = 0
        while polls is None or done < polls:
            started = time.monotonic()
            on_report(self.poll())
            done += 1
            if polls is not None and done >= polls:
                break
            sleep(max(0.0, every - (time.monotonic() - started)))


EVIDENCE_FIELDS = ("id", "event_type", "mode", "cameo", "goldstein", "quad_class", "date", "date_precision", "date_range", "status",
                   "fatalities", "confidence", "sources", "first_reported")


def evidence(event: dict, reports: dict[str, dict]) -> dict:
    """A canonical event as an alert carries it: its coded fields, and every report of it with
    the sentence, the source, the date and the link."""
    out = {k: event.get(k) for k in EVIDENCE_FIELDS}
    for side in ("actor", "recipient"):
        value = event.get(side) or None
        out[side] = {k: value.get(k) for k in ("name", "code", "country")} if value else None
    location = event.get("location") or {}
    out["location"] = location.get("name")
    out["country_code"] = location.get("country_code")
    out["reports"] = []
    for m in event.get("mentions") or []:
        found = reports.get(m["event_id"], {})
        out["reports"].append({"doc_id": m["doc_id"], "event_id": m["event_id"], "source": m.get("source"),
                               "published": m.get("published"), "title": found.get("title"), "url": found.get("url"),
                               "sentence": found.get("sentence") or (event.get("text") if len(event.get("mentions")) == 1 else None),
                               "trigger": found.get("trigger")})
    return out
