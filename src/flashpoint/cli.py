"""The `flashpoint` command: a thin layer over `flashpoint.service`.

Errors are one line on stderr (`flashpoint: error: ... [code]`) and an exit code from
`errors.ExitCode`; `--debug` shows the traceback instead.
"""

from __future__ import annotations

import json
import sys
from typing import IO

import click

from . import service
from .errors import ExitCode, FlashpointError
from .ingest import DEFAULT_MAX_BYTES, FORMATS, Failure
from .output import EVENT_COLUMNS, print_table, write_rows
from .pipeline import Pipeline, default_stage_names
from .records import json_schema_text
from .store import DEFAULT_DB, open_store
from .engine.options import engine_options  # scale (issue 19): --engine/--address/--parquet

DB_OPTION = click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite file path, or a postgresql:// URL.")
QUIET_OPTION = click.option("--quiet", "-q", is_flag=True, help="No progress bar, no summary on stderr.")


def _processing_options(func):
    options = [
        click.option("--n-process", type=click.IntRange(1, 64), default=1, show_default=True, help="Parser processes."),
        click.option("--batch-size", type=click.IntRange(1, 10_000), default=32, show_default=True, help="Documents per parser batch."),
        click.option("--max-bytes", type=click.IntRange(1), default=DEFAULT_MAX_BYTES, show_default=True, help="Size limit per file or JSONL record."),
        click.option("--input-format", type=click.Choice(FORMATS), default=None, help="Read every input as this format (default: by suffix, else by content)."),
        click.option("--stages", default=None, help="Comma-separated stage names (default: all built-in stages)."),
        click.option("--min-confidence", default=None, callback=_confidence_floor, metavar="FLOAT|model",
                     help="Leave out events whose confidence is under this; `model`: the confidence model's threshold "
                          "(the best article-level F1 on the train split). Default: keep every event."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _confidence_floor(_ctx, _param, value: str | None) -> float | str | None:
    if value is None or value == "model":
        return value
    try:
        floor = float(value)
    except ValueError:
        floor = -1.0
    if not 0 <= floor <= 1:
        raise click.BadParameter(f"{value!r} is neither a number from 0 to 1 nor `model`")
    return floor


def _pipeline(n_process: int, batch_size: int, stages: str | None, min_confidence: float | str | None = None) -> Pipeline:
    names = [s.strip() for s in stages.split(",") if s.strip()] if stages else None
    if min_confidence is not None:
        min_confidence = None if min_confidence == "model" else min_confidence
        from .stages.mentions import with_min_confidence

        names = with_min_confidence(names or default_stage_names(), min_confidence)
    return Pipeline(names, n_process=n_process, batch_size=batch_size)


def _show_progress(quiet: bool) -> bool | None:
    return False if quiet else None  # None: only when stderr is a terminal


def _report_failures(failures: list[Failure], total: int, quiet: bool) -> None:
    if quiet:
        return
    for failure in failures:
        click.echo(f"flashpoint: failed: {failure.one_line()}", err=True)
    if total > len(failures):
        click.echo(f"flashpoint: ... and {total - len(failures)} more failures", err=True)


class FlashpointGroup(click.Group):
    """Turns FlashpointError into one line and an exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except FlashpointError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"flashpoint: error: {exc.one_line()}", err=True)
            ctx.exit(exc.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:
            # `flashpoint events ... | head`: the reader went away; that is not an error.
            sys.stderr.close()
            ctx.exit(ExitCode.OK)
        except Exception as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"flashpoint: internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)", err=True)
            ctx.exit(ExitCode.ERROR)


@click.group(cls=FlashpointGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.version_option(package_name="flashpoint")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Flashpoint: news articles in, a coded, source-attributed conflict event dataset out."""
    ctx.ensure_object(dict)["debug"] = debug


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "csv"]), default="jsonl", show_default=True,
              help="jsonl/json: one record per document; csv: one row per event.")
@click.option("--out", "-o", type=click.File("w", encoding="utf-8"), default="-", help="Output file (default: stdout).")
@click.option("--summary", is_flag=True, help="Also print readable tables of the documents and events.")
@_processing_options
@engine_options
@QUIET_OPTION
def extract(paths, fmt, out: IO[str], summary, n_process, batch_size, max_bytes, input_format, stages, min_confidence, engine, address, parquet, quiet) -> None:
    """Extract records from PATHS (files, directories, or - for stdin) and write them; nothing is stored."""
    _local_only(engine, min_confidence)
    pipeline = _pipeline(n_process, batch_size, stages, min_confidence)
    results = _engine_results(paths, pipeline, n_process, batch_size, max_bytes, input_format, stages, engine, address, parquet, quiet)
    failures: list[Failure] = []
    failed = 0
    records = []

    def rows():
        nonlocal failed
        for result in results:
            if isinstance(result, Failure):
                failed += 1
                if len(failures) < service.FAILURES_KEPT:
                    failures.append(result)
                continue
            record = result.record.to_dict()
            if summary:
                records.append(record)
            if fmt == "csv":
                for event in record["events"]:
                    yield {"doc_id": record["doc_id"], "source": record["source"], "published": record["published"], **event}
            else:
                yield record

    write_rows(rows(), fmt, out, columns=EVENT_COLUMNS if fmt == "csv" else None)
    out.flush()
    if summary:
        _print_summary(records, sys.stdout if out is not sys.stdout else sys.stderr)
    _report_failures(failures, failed, quiet)
    if failed:
        sys.exit(ExitCode.PARTIAL)


def _local_only(engine: str, min_confidence: float | None) -> None:
    # Ray workers build their pipelines from stage names: a stage's options do not travel yet
    if engine != "local" and min_confidence is not None:
        raise click.UsageError("--min-confidence goes with --engine local")


def _engine_results(paths, pipeline, n_process, batch_size, max_bytes, input_format, stages, engine, address, parquet, quiet):
    # scale (issue 19): the Ray engine, else the local path as before.
    from .engine import options

    options.check(engine, address, parquet)
    if engine == "ray":
        from .engine import ray_engine

        return ray_engine.process_paths(paths, **options.ray_kwargs(stages, n_process, batch_size, address, parquet, max_bytes, input_format, quiet))
    return service.process_paths(paths, pipeline=pipeline, max_bytes=max_bytes, input_format=input_format, progress=_show_progress(quiet))


def _print_summary(records: list[dict], stream: IO[str]) -> None:
    documents = [
        {"doc_id": r["doc_id"], "source": r["source"], "published": (r["published"] or "-") + (" (inferred)" if r["published_inferred"] else ""),
         "sentences": len(r["sentences"]), "entities": len(r["entities"]), "events": len(r["events"]), "quotes": len(r["quotes"])}
        for r in records
    ]
    print_table(documents, ["doc_id", "source", "published", "sentences", "entities", "events", "quotes"], stream, title="Documents")
    events = [{"doc_id": r["doc_id"], **e} for r in records for e in r["events"]]
    if events:
        print_table(events, ["doc_id", "date", "event_type", "actor.name", "trigger.text", "recipient.name", "location.name", "status"], stream, title="Events")
    else:
        entities = [{"doc_id": r["doc_id"], **e} for r in records for e in r["entities"] if e["label"] in ("GPE", "NORP", "ORG", "PERSON", "DATE")]
        print_table(entities[:40], ["doc_id", "label", "text", "span"], stream,
                    title=f"Entity mentions (first 40 of {len(entities)}; no event-coding stage is installed yet)")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--replace", is_flag=True, help="Process and store documents again even if already stored.")
@_processing_options
@engine_options
@QUIET_OPTION
def ingest(paths, db, replace, n_process, batch_size, max_bytes, input_format, stages, min_confidence, engine, address, parquet, quiet) -> None:
    """Extract records from PATHS and store them; documents already stored are skipped."""
    _local_only(engine, min_confidence)
    pipeline = _pipeline(n_process, batch_size, stages, min_confidence)
    from .engine import options  # scale (issue 19)

    options.check(engine, address, parquet)
    with open_store(db) as store:
        if engine == "ray":  # scale (issue 19): the Ray engine
            from .engine import ray_engine

            report = ray_engine.ingest(paths, store, replace=replace,
                                       **options.ray_kwargs(stages, n_process, batch_size, address, parquet, max_bytes, input_format, quiet))
        else:
            report = service.ingest(paths, store, pipeline=pipeline, max_bytes=max_bytes, input_format=input_format,
                                    replace=replace, progress=_show_progress(quiet))
    _report_failures(report.failures, report.failed, quiet)
    if not quiet:
        click.echo(f"flashpoint: {report.stored} stored, {report.skipped} already stored, {report.failed} failed", err=True)
    if report.failed:
        sys.exit(ExitCode.PARTIAL)


CANONICAL_COLUMNS = ["date", "event_type", "actor.name", "recipient.name", "location.name", "fatalities", "confidence", "sources", "first_reported"]
LIST_FORMATS = click.Choice(["table", "jsonl", "json", "csv"])
LIST_COLUMNS = {
    "events": ["doc_id", "date", "event_type", "actor.name", "trigger.text", "recipient.name", "location.name", "status", "confidence"],
    "quotes": ["doc_id", "speaker.name", "kind", "text"],
    "actors": ["name", "code", "country", "sector", "documents", "aliases"],
    "failures": ["last_seen", "location", "stage", "code", "message", "count"],
    "documents": ["id", "source", "published", "published_inferred", "title", "location"],
    "alerts": ["fired_at", "rule", "title", "pending"],
}


def _list_command(kind: str, help_text: str, fetch):
    @click.option("--format", "fmt", type=LIST_FORMATS, default="table", show_default=True)
    @click.option("--limit", type=click.IntRange(1), default=None, help="At most this many rows.")
    @DB_OPTION
    def command(db, fmt, limit, **filters):
        with open_store(db) as store:
            rows = fetch(store, limit, **filters)
        write_rows(rows, fmt, sys.stdout, columns=LIST_COLUMNS[kind] if fmt in ("table", "csv") else None, title=kind.capitalize())

    command.__doc__ = help_text
    return command


@main.command("events")
@click.option("--format", "fmt", type=LIST_FORMATS, default="table", show_default=True)
@click.option("--limit", type=click.IntRange(1), default=None, help="At most this many rows.")
@click.option("--type", "event_type", default=None, help="Only this PLOVER event type.")
@click.option("--actor", default=None, help="Only events with this actor code (mentions) or country (canonical).")
@click.option("--mentions", is_flag=True, help="Every event mention of every document instead of canonical events.")
@click.option("--min-sources", type=click.IntRange(1), default=1, show_default=True, help="Canonical events reported by at least this many sources.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None, help="Only events whose confidence is at least this.")
@DB_OPTION
def events_cmd(db, fmt, limit, event_type, actor, mentions, min_sources, min_confidence):
    """List events: canonical events merged across documents (with mentions, sources and
    first report), or with --mentions each document's own event mentions."""
    from .corpus import confident

    with open_store(db) as store:
        if mentions:
            rows = [e for e in service.list_annotations(store, "events", event_type=event_type, actor_code=actor,
                                                        limit=limit if min_confidence is None else None)
                    if confident(e, min_confidence)][:limit]
        else:
            rows = service.canonical_events(store, event_type=event_type, country=actor, min_sources=min_sources,
                                            min_confidence=min_confidence)[:limit]
    columns = (EVENT_COLUMNS if fmt == "csv" else LIST_COLUMNS["events"]) if mentions else CANONICAL_COLUMNS
    write_rows(rows, fmt, sys.stdout, columns=columns if fmt in ("table", "csv") else None, title="Events")


@main.command("quotes")
@click.option("--format", "fmt", type=LIST_FORMATS, default="table", show_default=True)
@click.option("--limit", type=click.IntRange(1), default=None, help="At most this many rows.")
@click.option("--mentions", is_flag=True, help="Every quotation of every document instead of merged quotes.")
@DB_OPTION
def quotes_cmd(db, fmt, limit, mentions):
    """List quotations: each quote once with its occurrences across documents and where it
    was first seen, or with --mentions each document's own quotations."""
    with open_store(db) as store:
        rows = service.list_annotations(store, "quotes", limit=limit) if mentions else service.quote_provenance(store)[:limit]
    columns = LIST_COLUMNS["quotes"] if mentions else ["first_seen", "speaker.name", "sources", "text"]
    write_rows(rows, fmt, sys.stdout, columns=columns if fmt in ("table", "csv") else None, title="Quotes")


@main.command("claims")
@click.option("--format", "fmt", type=LIST_FORMATS, default="table", show_default=True)
@click.option("--limit", type=click.IntRange(1), default=None, help="At most this many rows.")
@click.option("--all", "show_all", is_flag=True, help="Every claim of every canonical event, not only disputed ones.")
@click.option("--kind", default=None, help="Only this kind of claim (fatalities, injured, arrested, sites_hit, denial, ...).")
@DB_OPTION
def claims_cmd(db, fmt, limit, show_all, kind):
    """List claims per canonical event with who made them: by default the events whose
    claims conflict (different figures from different claimants, denials), side by side."""
    with open_store(db) as store:
        rows = service.event_claims(store, conflicting=not show_all, kind=kind)[:limit]
    columns = ["event_id", "date", "event_type", "actor", "recipient", "kind", "value", "claimant", "source"]
    write_rows(rows, fmt, sys.stdout, columns=columns if fmt in ("table", "csv") else None, title="Claims")


@main.command("dyads")
@click.option("--format", "fmt", type=LIST_FORMATS, default="table", show_default=True)
@DB_OPTION
def dyads_cmd(db, fmt):
    """List pairs of countries with events between them, most active first."""
    with open_store(db) as store:
        rows = service.dyads(store)
    columns = list(rows[0]) if rows and fmt in ("table", "csv") else None
    write_rows(rows, fmt, sys.stdout, columns=columns, title="Dyads")


@main.command("dyad")
@click.argument("a")
@click.argument("b")
@click.option("--days", type=click.IntRange(1), default=7, show_default=True, help="Window for an action to count as answered.")
@click.option("--from", "start", default=None, help="Start of the escalation window (YYYY-MM-DD).")
@click.option("--to", "end", default=None, help="End of the escalation window (YYYY-MM-DD).")
@DB_OPTION
def dyad_cmd(a, b, days, start, end, db):
    """One dyad of two country codes (IRN PAK): daily series both ways, action-reaction
    pairs and the escalation summary, as JSON."""
    with open_store(db) as store:
        result = service.dyad(store, a.upper(), b.upper(), days=days, start=start, end=end)
    click.echo(json.dumps(result, indent=2, ensure_ascii=False))


@main.command("reuse")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True)
@click.option("--threshold", type=click.FloatRange(0, 1), default=0.5, show_default=True, help="Share of shingles two passages must share.")
@DB_OPTION
def reuse_cmd(db, fmt, threshold):
    """Passages documents share (the earlier document as likely origin) and near-duplicate articles."""
    with open_store(db) as store:
        result = service.reuse(store, threshold=threshold)
    if fmt == "json":
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    rows = [{"origin": p["origin"].get("doc_id"), "copy": p["copy"].get("doc_id"), "overlap": p.get("overlap"),
             "text": p["copy"].get("text", "")} for p in result["passages"]]
    print_table(rows, ["origin", "copy", "overlap", "text"], sys.stdout, title=f"Shared passages ({len(result['duplicates'])} near-duplicate articles)")


main.command("actors")(_list_command("actors", "List actors in the store, merged across documents.", lambda store, limit: service.list_actors(store)[:limit]))
main.command("failures")(_list_command("failures", "List inputs and documents that failed, with the reason.", lambda store, limit: store.failures()[:limit]))
main.command("documents")(_list_command("documents", "List stored documents.", lambda store, limit: store.documents(limit=limit)))
main.command("alerts")(_list_command("alerts", "List the alerts `flashpoint watch` raised, newest first, with their evidence (json/jsonl).",
                                     lambda store, limit: service.alerts(store, limit=limit)))


@main.command()
@click.argument("names", nargs=-1)
@click.option("--sample", type=click.IntRange(1), default=None, help="Only the first N items of each dataset (the tests use this).")
@click.option("--eval-dir", default=None, help="The eval data folder (default: ../shared/eval found from here).")
@click.option("--out", "-o", type=click.File("w", encoding="utf-8"), default=None, help="Also write the results as JSON.")
@click.option("--raise-floors", is_flag=True, help="Write scores above their floors into the baseline (floors never go down).")
@click.option("--split", type=click.Choice(["dev", "train", "all"]), default=None,
              help="articles: which split of the article gold to score (default dev; floors are for dev).")
@click.option("--misses", is_flag=True, help="articles: list missed core events and predictions matching no gold event.")
def evaluate(names, sample, eval_dir, out, raise_floors, split, misses) -> None:
    """Score extraction on the development sets (NAMES, or all when none) against the baseline floors."""
    from . import evaluate as ev

    names = list(names) or list(ev.available())
    pipeline = Pipeline()
    results, problems = [], []
    for name in names:
        result = ev.run(name, eval_dir=eval_dir, sample=sample, pipeline=pipeline, split=split)
        if split not in (None, "dev"):
            result.name = f"{name}-{split}"  # floors are for the dev split only
        results.append(result)
        problems += ev.below_floors(result)
        floors = ev.floors_for(name, sample)
        rows = [{"metric": m, "score": f"{v:.3f}", "floor": "" if m not in floors else f"{floors[m]:.3f}"} for m, v in result.metrics.items()]
        print_table(rows, ["metric", "score", "floor"], sys.stdout,
                    title=f"{name} ({'sample of ' + str(sample) if sample else 'full'}, {result.seconds:.0f}s) "
                          + " ".join(f"{k}={v}" for k, v in result.counts.items()))
        _print_article_details(result, misses)
    if out is not None:
        json.dump([r.to_dict() for r in results], out, indent=2)
    if raise_floors:
        ev.raise_floors(results)
    for problem in problems:
        click.echo(f"flashpoint: below floor: {problem}", err=True)
    if problems:
        sys.exit(ExitCode.ERROR)


def _print_article_details(result, misses: bool) -> None:
    """The per-document table and the reliability table of `evaluate articles`; misses on request."""
    details = result.details
    if "per_document" not in details:
        return
    rows = [{"document": doc_id, **counts} for doc_id, counts in details["per_document"].items()]
    print_table(rows, ["document", "core", "found", "predictions", "matched"], sys.stdout, title="per document")
    calibration = details["calibration"]
    print_table(calibration["bands"], ["band", "events", "mean_confidence", "observed_precision"], sys.stdout,
                title=f"reliability: expected calibration error {calibration['ece']} "
                      f"({calibration['with_confidence']} of {calibration['events']} events with a confidence; "
                      f"{calibration.get('cross_fitted_documents', 0)} articles judged cross-fitted)")
    if misses:
        click.echo("missed core events and quotes:\n  " + "\n  ".join(details["missed"]))
        click.echo("predictions matching no gold event:\n  " + "\n  ".join(details["unmatched"]))


@main.command()
@click.argument("doc_id")
@click.option("--db", default=None, help="Read the document from this store (path or URL).")
def explain(doc_id, db) -> None:
    """Show a document with its events highlighted and the rule behind each.

    DOC_ID is a stored document's id (with --db), or a file to extract on the fly.
    """
    from rich.console import Console

    from .explain import render

    record, text = service.explain_record(doc_id, db)
    render(record, text, Console())


@main.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (loopback by default).")
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True)
@click.option("--token-env", default="FLASHPOINT_TOKEN", show_default=True,
              help="Environment variable holding the token that writes (ingest, delete) require; unset: writes are refused.")
@click.option("--max-body", type=click.IntRange(1), default=DEFAULT_MAX_BYTES, show_default=True, help="Request body size limit in bytes.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes sharing the port, each with its own connection to the store (reads use every core; "
                   "writes still take turns).")
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="A Host header name to answer besides the loopback names (repeatable; the name clients use to reach a "
                   "non-loopback --host). Other Host headers get 400 bad-host: the defence against DNS rebinding.")
def serve(db, host, port, token_env, max_body, workers, allowed_hosts) -> None:
    """Serve the dashboard (at /) and the HTTP API (OpenAPI schema at /openapi.json).

    On an interface other than loopback, a token is required: without one the command
    refuses to start rather than serve every stored article to the network."""
    import os

    import uvicorn

    from .api import LOOPBACK_NAMES, create_app

    token = os.environ.get(token_env) or None
    if host not in LOOPBACK_NAMES:
        if token is None:
            raise FlashpointError("bad-option", f"--host {host} is not loopback and ${token_env} is not set: set a token "
                                                "(the network reaches every article) or serve on 127.0.0.1")
        click.echo(f"flashpoint: warning: serving on {host}: the read API is open to anyone who can reach it", err=True)
    if token is None:
        click.echo(f"flashpoint: ${token_env} is not set: writes (ingest, delete) are refused", err=True)
    for name in allowed_hosts:
        if not name or any(c in name for c in "/ ,@"):
            raise FlashpointError("bad-option", f"--allowed-host {name!r}: a host name (or * for any), without scheme or port")
    if workers == 1:
        uvicorn.run(create_app(db, token=token, max_body=max_body, allowed_hosts=allowed_hosts), host=host, port=port,
                    log_level="info")
        return
    # Each worker process builds its app from the environment (uvicorn starts workers from an
    # import string); the store is created or migrated once here, before they start.
    open_store(db).close()
    os.environ["FLASHPOINT_SERVE_DB"] = str(db)
    os.environ["FLASHPOINT_SERVE_MAX_BODY"] = str(max_body)
    os.environ["FLASHPOINT_SERVE_TOKEN_ENV"] = token_env
    os.environ["FLASHPOINT_SERVE_ALLOWED_HOSTS"] = ",".join(allowed_hosts)
    uvicorn.run("flashpoint.api:app_from_environment", factory=True, workers=workers, host=host, port=port, log_level="info")


@main.command()
@click.argument("sources", nargs=-1, required=True)
@DB_OPTION
@click.option("--rules", "rules_path", required=True, help="The alert rules file (YAML; see docs/watch.md).")
@click.option("--every", default="5m", show_default=True, help="Time between polls: 30s, 5m, 1h.")
@click.option("--once", is_flag=True, help="Poll once and exit (for cron); exit 3 if a source or a delivery failed.")
@click.option("--polls", type=click.IntRange(1), default=None, help="Stop after this many polls (default: run until interrupted).")
@click.option("--timeout", type=click.FloatRange(0.1, 600), default=20.0, show_default=True, help="Seconds to wait for a server.")
@click.option("--host-interval", type=click.FloatRange(0, 3600), default=1.0, show_default=True,
              help="Seconds between two requests to the same host.")
@click.option("--fetch-articles", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Fetch a feed item's page (robots.txt permitting): auto when the feed carries only a summary.")
@click.option("--max-bytes", type=click.IntRange(1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Size limit per response, file or JSONL record.")
@QUIET_OPTION
def watch(sources, db, rules_path, every, once, polls, timeout, host_interval, fetch_articles, max_bytes, quiet) -> None:
    """Follow SOURCES (feed URLs, folders, growing .jsonl files), store what is new as
    `ingest` does, and raise the alerts of the rules file; a status line per poll on stderr."""
    from . import watch as w

    interval = w.parse_interval(every)
    rules, deliver = w.load_rules(rules_path)
    channels = w.channels(deliver)
    parsed = [w.make_source(s) for s in sources]
    failed = False

    def show(report) -> None:
        nonlocal failed
        failed = failed or any(s.ok is False for s in report.sources) or bool(report.delivery_errors)
        if not quiet:
            click.echo(f"flashpoint: {report.status_line()}", err=True)
            for line in report.detail_lines():
                click.echo(f"flashpoint: {line}", err=True)

    with open_store(db) as store:
        watcher = w.Watcher(store, parsed, rules, channels, fetcher=w.Fetcher(timeout=timeout, max_bytes=max_bytes,
                                                                              min_interval=host_interval),
                            max_bytes=max_bytes, fetch_articles=fetch_articles)
        try:
            watcher.run(every=interval, polls=1 if once else polls, on_report=show)
        except KeyboardInterrupt:
            if not quiet:
                click.echo("flashpoint: watch stopped", err=True)
    if once and failed:
        sys.exit(ExitCode.PARTIAL)


@main.command("export")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["plover", "acled", "gdelt", "csv", "parquet"]), required=True)
@click.option("--out", "-o", default="-", help="Output file (default: stdout; parquet needs a file).")
@click.option("--type", "event_type", default=None, help="Only this PLOVER event type.")
@click.option("--country", default=None, help="Only events with this actor or recipient country (ISO-3).")
@click.option("--min-sources", type=click.IntRange(1), default=1, show_default=True)
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None, help="Only events whose confidence is at least this.")
def export_cmd(db, fmt, out, event_type, country, min_sources, min_confidence) -> None:
    """Export canonical events: PLOVER JSONL, ACLED-style CSV, GDELT 2.0 event table, CSV or Parquet."""
    from .export import export

    if fmt == "parquet" and out == "-":
        raise FlashpointError("bad-option", "parquet needs a file: --out events.parquet")
    with open_store(db) as store:
        n = export(store, fmt, sys.stdout if out == "-" else out, event_type=event_type, country=country,
                   min_sources=min_sources, min_confidence=min_confidence)
    click.echo(f"flashpoint: {n} rows", err=True)


@main.command()
@DB_OPTION
@click.option("--out", "-o", required=True, help="The HTML file to write (one self-contained file: it opens offline).")
@click.option("--from", "start", default=None, help="Only events from this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--to", "end", default=None, help="Only events up to this date (inclusive).")
@click.option("--actor", default=None, help="Only events with this actor or recipient (code, country or part of a name).")
@click.option("--country", default=None, help="Only events with this actor, recipient or place country (ISO-3).")
@click.option("--pdf", default=None, help="Also print the report to this PDF file (needs Chromium and Playwright).")
def report(db, out, start, end, actor, country, pdf) -> None:
    """Write a situation report: summary, timeline, dyad escalation, key events with their sources and claims, key quotes."""
    from .report import write_report

    with open_store(db) as store:
        written = write_report(store, out, pdf=pdf, start=start, end=end, actor=actor, country=country)
    click.echo(f"flashpoint: report written to {written['html']}" + (f" and {written['pdf']}" if pdf else ""), err=True)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the document record."""
    click.echo(json_schema_text())


@main.command()
@click.option("--db", default=None, help="Also check this store (path or URL).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--fix", is_flag=True, help="Link stored documents that are not linked into canonical events (after an ingest was killed while linking).")
def doctor(db, as_json, fix) -> None:
    """Check the model, the store and versions; exit 1 if anything is wrong."""
    checks = service.doctor(db, fix=fix)
    if as_json:
        click.echo(json.dumps([c.__dict__ for c in checks], indent=2))
    else:
        for check in checks:
            click.echo(f"{'ok  ' if check.ok else 'FAIL'} {check.name:<24} {check.detail}")
    if not all(c.ok for c in checks):
        sys.exit(ExitCode.ERROR)


if __name__ == "__main__":  # pragma: no cover
    main()
