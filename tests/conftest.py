"""Shared fixtures: the real spaCy model, real SQLite files, a real PostgreSQL server.

PostgreSQL: `.ci/run` starts Debian's server and sets FLASHPOINT_TEST_PG_URL. Without it the
PostgreSQL cases are skipped locally, and fail in CI (FLASHPOINT_REQUIRE_PG=1).
"""

from __future__ import annotations


import os
import time
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"
IRAN_PAKISTAN = SHARED / "corpus" / "iran-pakistan-2024.jsonl"
GUARDIAN = SHARED / "corpus" / "guardian-syria-2017-2019.jsonl"
PG_URL = os.environ.get("FLASHPOINT_TEST_PG_URL")


@pytest.fixture(scope="session")
def pipeline():
    """One loaded pipeline for the whole run (loading the model costs about a second)."""
    from flashpoint import Pipeline

    p = Pipeline()
    p.nlp  # load now, not inside the first test's timing
    return p


@pytest.fixture(scope="session")
def every_event_pipeline(pipeline):
    """The default stages keeping every event the rules code, also those under the confidence
    model's threshold and those no words give a doer or a target: for tests of how sentences
    are read (the threshold and the incomplete events have their own tests)."""
    from flashpoint import Pipeline
    from flashpoint.stages.mentions import with_min_confidence

    return Pipeline(with_min_confidence(pipeline.stage_names, 0, doerless=True), nlp=pipeline.nlp)


def _coder(pipeline, default_published: str):
    import flashpoint

    def code(text: str, published: str = default_published):
        [record] = flashpoint.extract([{"id": "t", "text": text, "published": published}], pipeline=pipeline)
        return record

    return code


@pytest.fixture(scope="session")
def coded(every_event_pipeline):
    """Code one text as a document published on `published` (every event kept): its record."""
    return _coder(every_event_pipeline, "2024-01-19")


@pytest.fixture(scope="session")
def coded_2019(every_event_pipeline):
    """Code one text as told by a paper of 20 January 2019 (the Syria stories' time)."""
    return _coder(every_event_pipeline, "2019-01-20")


def event_roles(record) -> list[tuple]:
    """A record's events as (type, actor name, recipient name, status)."""
    return [(e.event_type, e.actor and e.actor.name, e.recipient and e.recipient.name, e.status) for e in record.events]


def first_of(record, event_type: str):
    """A record's first event of a type."""
    return next(e for e in record.events if e.event_type == event_type)


def event_codes(record) -> list[tuple]:
    """A record's events as (type, actor code, recipient code, status)."""
    return [(e.event_type, e.actor and e.actor.code, e.recipient and e.recipient.code, e.status) for e in record.events]


@pytest.fixture(scope="session")
def coded_dyads(coded):
    """Code one text: its events as (type, actor name, recipient name)."""

    def dyads(text: str, published: str = "2024-01-19"):
        return [(e.event_type, e.actor and e.actor.name, e.recipient and e.recipient.name) for e in coded(text, published).events]

    return dyads


def _fresh_pg_database() -> str:
    """A new, empty database on the test server, so each test starts from nothing."""
    admin = sa.create_engine(sa.engine.make_url(PG_URL).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    name = f"fp_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return str(sa.engine.make_url(PG_URL).set(database=name).render_as_string(hide_password=False))


def _drop_pg_database(url: str) -> None:
    admin = sa.create_engine(sa.engine.make_url(PG_URL).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    name = sa.engine.make_url(url).database
    # FORCE ends the test's own leftover sessions, but a non-superuser may not end an
    # autovacuum worker that a write-heavy test woke on the database: wait for it to finish.
    for attempt in range(40):
        try:
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            break
        except sa.exc.DBAPIError:
            if attempt == 39:
                raise
            time.sleep(0.25)
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A store location on each backend: a SQLite file path, or a fresh PostgreSQL database URL."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    yield request.getfixturevalue("pg_url")


@pytest.fixture
def pg_url():
    """A fresh PostgreSQL database URL (skipped without a server, failed in CI)."""
    if not PG_URL:
        if os.environ.get("FLASHPOINT_REQUIRE_PG"):
            pytest.fail("FLASHPOINT_TEST_PG_URL is not set but FLASHPOINT_REQUIRE_PG is: the PostgreSQL server did not start")
        pytest.skip("no PostgreSQL server (set FLASHPOINT_TEST_PG_URL, as .ci/run does)")
    url = _fresh_pg_database()
    yield url
    _drop_pg_database(url)


@pytest.fixture
def store(db_url):
    from flashpoint import open_store

    s = open_store(db_url)
    yield s
    s.close()


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path
