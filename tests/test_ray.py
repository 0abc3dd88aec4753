"""The Ray engine (engine/ray_engine.py) against a real Ray head and a real PostgreSQL server.

`.ci/run` starts a Ray head on 127.0.0.1 with two CPUs (scripts/start-ray.sh) and sets
FLASHPOINT_TEST_RAY_ADDRESS. Without it these tests are skipped locally, and fail in CI
(FLASHPOINT_REQUIRE_RAY=1), as the PostgreSQL ones do. Every run uses two actors.

The reference is always the local path on the same input: the Ray path must give the same
records, the same failures and, written concurrently by two actors to PostgreSQL, the same
canonical events as a single process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from flashpoint import corpus, open_store, service
from flashpoint.errors import ExitCode
from flashpoint.ingest import Failure

from .conftest import GUARDIAN, IRAN_PAKISTAN, REPO, write

RAY_ADDRESS = os.environ.get("FLASHPOINT_TEST_RAY_ADDRESS")
GUARDIAN_SAMPLE = 14  # the first articles of the Guardian corpus, with the pair: 16 documents
WORKERS = 2


@pytest.fixture(scope="module")
def ray_engine():
    if not RAY_ADDRESS or not _has_ray():
        if os.environ.get("FLASHPOINT_REQUIRE_RAY"):
            pytest.fail("FLASHPOINT_REQUIRE_RAY is set but the Ray head or the ray package is missing (FLASHPOINT_TEST_RAY_ADDRESS, pip install .[ray])")
        pytest.skip("no Ray head (set FLASHPOINT_TEST_RAY_ADDRESS, as .ci/run does)")
    import ray

    from flashpoint.engine import ray_engine as engine

    engine.connect(RAY_ADDRESS)
    yield engine
    ray.shutdown()  # the driver only: the head and its workers stay up


def _has_ray() -> bool:
    try:
        import ray  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The pair, a Guardian sample, and inputs that fail (a bad JSON line, an empty text, an
    unknown file), split over a directory and a file."""
    root = tmp_path_factory.mktemp("ray-sample")
    lines = IRAN_PAKISTAN.read_text(encoding="utf-8").splitlines()
    with open(GUARDIAN, encoding="utf-8") as f:
        guardian = [next(f).rstrip("\n") for _ in range(GUARDIAN_SAMPLE)]
    write(root / "corpus" / "a.jsonl", "\n".join(lines + guardian[:6] + ['{"id": "broken", "text": ']) + "\n")
    write(root / "corpus" / "b.jsonl", "\n".join(guardian[6:] + ['{"id": "blank", "text": "   "}']) + "\n")
    write(root / "corpus" / "notes" / "c.txt", "")
    return root


def _dicts(results) -> list[dict]:
    """Records in input order, then failures sorted: the local path itself yields a failure
    wherever its parser's batching puts it among the records."""
    results = list(results)
    records = [r.record.to_dict() for r in results if not isinstance(r, Failure)]
    return records + sorted((r.to_dict() for r in results if isinstance(r, Failure)), key=lambda f: f["location"])


@pytest.fixture(scope="module")
def local(sample, pipeline):
    return _dicts(service.process_paths([str(sample / "corpus")], pipeline=pipeline))


@pytest.mark.ray
def test_extract_gives_the_local_records_and_failures(ray_engine, sample, local, tmp_path):
    results = _dicts(ray_engine.process_paths([str(sample / "corpus")], workers=WORKERS, batch_size=4,
                                              parquet=str(tmp_path / "pq")))
    assert len(local) == 16 + 3
    assert sum("code" in r for r in local) == 3
    assert results == local
    # The Parquet output holds the same records, partitioned by publication date.
    import pyarrow.dataset as pads

    table = pads.dataset(tmp_path / "pq", format="parquet", partitioning="hive").to_table()
    by_id = {row["doc_id"]: row for row in table.to_pylist()}
    records = [r for r in local if "code" not in r]
    assert sorted(by_id) == sorted(r["doc_id"] for r in records)
    for record in records:
        row = by_id[record["doc_id"]]
        assert json.loads(row["record"]) == record
        assert row["published_date"] == (record["published"] or "")[:10] or "unknown"
    dates = {p.name for p in (tmp_path / "pq").iterdir()}
    assert dates == {f"published_date={(r['published'] or '')[:10] or 'unknown'}" for r in records}


@pytest.mark.ray
def test_extract_reads_parquet_like_the_local_path(ray_engine, sample, pipeline, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [json.loads(line) for line in IRAN_PAKISTAN.read_text(encoding="utf-8").splitlines()]
    rows.append({"id": "no-text", "text": None})
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "pair.parquet", row_group_size=2)
    expected = _dicts(service.process_paths([str(tmp_path)], pipeline=pipeline))
    assert [r.get("code") for r in expected] == [None, None, "bad-field"]
    assert expected[2]["location"] == f"{tmp_path / 'pair.parquet'}#2"
    assert _dicts(ray_engine.process_paths([str(tmp_path)], workers=WORKERS, batch_size=1)) == expected


def _canonical(store) -> list[dict]:
    return sorted(corpus.canonical_events(store), key=lambda e: json.dumps(e, sort_keys=True))


def _failures(store) -> list[tuple]:
    return sorted((f["location"], f["stage"], f["code"], f["message"], f["doc_id"]) for f in store.failures())


@pytest.fixture(scope="module")
def single(sample, pipeline, tmp_path_factory):
    """The local, single-process ingest of the sample: stored records, canonical events, failures."""
    with open_store(tmp_path_factory.mktemp("single") / "store.db") as store:
        report = service.ingest([str(sample / "corpus")], store, pipeline=pipeline)
        assert (report.stored, report.failed) == (16, 3)
        return {r.doc_id: r.to_dict() for r in store.records()}, _canonical(store), _failures(store)


@pytest.mark.ray
@pytest.mark.postgres
def test_ingest_to_postgresql_from_two_actors_matches_a_single_process(ray_engine, sample, single, pg_url):
    records, events, failures = single
    assert len(events) > 0 and any(len(e["sources"]) > 1 for e in events)  # the pair links across documents
    with open_store(pg_url) as store:
        report = ray_engine.ingest([str(sample / "corpus")], store, workers=WORKERS, batch_size=3)
        assert (report.stored, report.skipped, report.failed) == (16, 0, 3)
        assert {r.doc_id: r.to_dict() for r in store.records()} == records
        assert _failures(store) == failures
        assert _canonical(store) == events
        # A rerun parses nothing new: every document is already stored.
        again = ray_engine.ingest([str(sample / "corpus")], store, workers=WORKERS, batch_size=3)
        assert (again.stored, again.skipped, again.failed) == (0, 16, 3)
        assert _canonical(store) == events


@pytest.mark.postgres
def test_concurrent_ingest_processes_link_like_a_single_process(sample, single, pg_url, tmp_path):
    """Two `flashpoint ingest` processes writing halves of the sample to one PostgreSQL store at
    the same time (each linking when it is done) leave the canonical events of one process."""
    _, events, _ = single
    halves = [tmp_path / "one.jsonl", tmp_path / "two.jsonl"]
    lines = [line for name in ("a.jsonl", "b.jsonl") for line in (sample / "corpus" / name).read_text().splitlines()]
    # Interleaved, so both halves hold documents linked with the other's (the pair is split).
    write(halves[0], "\n".join(lines[0::2]) + "\n")
    write(halves[1], "\n".join(lines[1::2]) + "\n")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    procs = [subprocess.Popen([sys.executable, "-m", "flashpoint.cli", "ingest", str(h), "--db", pg_url], env=env,
                              stderr=subprocess.PIPE, text=True) for h in halves]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == ExitCode.PARTIAL, err  # each half holds failures
    with open_store(pg_url) as store:
        assert len(list(store.records())) == 16
        assert _canonical(store) == events


@pytest.mark.ray
def test_sqlite_is_written_by_the_driver_and_a_rerun_skips(ray_engine, tmp_path):
    parquet = tmp_path / "pq"
    with open_store(tmp_path / "store.db") as store:
        report = ray_engine.ingest([str(IRAN_PAKISTAN)], store, workers=WORKERS, batch_size=1, parquet=str(parquet))
        assert (report.stored, report.skipped, report.failed) == (2, 0, 0)
        written = sorted(parquet.rglob("*.parquet"))
        assert len(written) == 2
        again = ray_engine.ingest([str(IRAN_PAKISTAN)], store, workers=WORKERS, batch_size=1, parquet=str(parquet))
        assert (again.stored, again.skipped) == (0, 2)
        # The actors skipped both before parsing (they had the stored ids): nothing new was written.
        assert sorted(parquet.rglob("*.parquet")) == written
        assert any(len(e["sources"]) == 2 for e in corpus.canonical_events(store))


@pytest.mark.ray
def test_cli_ray_engine(ray_engine, tmp_path, sample, local):
    """`flashpoint extract --engine ray` writes what the local extract writes; stdin is refused."""
    from click.testing import CliRunner

    from flashpoint.cli import main

    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(sample / "corpus"), "--engine", "ray", "--n-process", "2",
                                       "--batch-size", "4", "--out", str(out), "-q"])
    assert result.exit_code == ExitCode.PARTIAL, result.output  # the sample holds failures
    assert [json.loads(line) for line in out.read_text().splitlines()] == [r for r in local if "code" not in r]
    refused = CliRunner().invoke(main, ["extract", "-", "--engine", "ray"], input="text")
    assert refused.exit_code != 0 and "not stdin" in refused.output
    misuse = CliRunner().invoke(main, ["extract", str(IRAN_PAKISTAN), "--parquet", str(tmp_path / "pq")])
    assert misuse.exit_code == ExitCode.USAGE and "--engine ray" in misuse.output
