"""A directory of over 80 hostile inputs, good documents among them, through `flashpoint ingest`.

`scripts/build_hostile_inputs.py` builds it (pipes, sockets, links to devices, link loops, names
that are not UTF-8, unreadable folders cannot be committed) and says what each input must give.
The command must exit 3, store every good document exactly once, list every bad input in
`failures` with its code, and finish: the harness kills it after a bounded time, and a killed run
fails the test (a named pipe or a device opened for reading would block or never end).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

import flashpoint
from flashpoint.errors import CODES

from .conftest import REPO

FLASHPOINT = str(Path(sys.executable).parent / "flashpoint")
HARNESS_TIMEOUT = 600  # seconds: a hang, not a speed limit


def _builder():
    spec = importlib.util.spec_from_file_location("build_hostile_inputs", REPO / "scripts" / "build_hostile_inputs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _as_user_without_root_privileges() -> list[str]:
    """A command prefix under which file permissions apply. Root reads every file whatever its
    mode, so the unreadable folder and file would pass unseen: as root the command runs without
    the two capabilities that override permissions (still uid 0, so it can reach the interpreter)."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def _ingest(corpus: Path, db: str, max_bytes: int) -> subprocess.CompletedProcess:
    command = [*_as_user_without_root_privileges(), FLASHPOINT, "ingest", str(corpus), "--db", db, "-q", "--max-bytes", str(max_bytes)]
    return subprocess.run(command, capture_output=True, timeout=HARNESS_TIMEOUT, stdin=subprocess.DEVNULL)


@pytest.fixture
def corpus():
    root = Path(tempfile.mkdtemp(prefix="fp-hostile-"))
    manifest = _builder().build(root / "in")
    yield root / "in", manifest
    for path in [root, *root.rglob("*")]:  # the builder locked some: open them to remove them
        if path.is_dir() and not path.is_symlink():
            os.chmod(path, 0o755)
    shutil.rmtree(root)


def test_a_hostile_directory_ingests_with_exit_3_every_good_document_once_every_bad_one_a_failure(corpus, db_url):
    directory, manifest = corpus
    assert len(manifest["bad"]) >= 80
    expected_failures = {f"{directory}/{location}": code for location, code in manifest["bad"].items()}
    expected_documents = sorted(f"{directory}/{location}" for location in manifest["good"])
    assert set(expected_failures.values()) <= set(CODES)

    result = _ingest(directory, db_url, manifest["max_bytes"])
    assert result.returncode == 3, result.stderr.decode(errors="replace")
    assert b"Traceback" not in result.stderr and b"internal error" not in result.stderr

    with flashpoint.open_store(db_url) as store:
        failures = store.failures()
        documents = store.documents()
        texts = [store.document_text(d["id"]) for d in documents]
    got = {f["location"]: f["code"] for f in failures}
    assert len(got) == len(failures)  # one failure per input
    missing = {k: v for k, v in expected_failures.items() if got.get(k) != v}
    unexpected = {k: v for k, v in got.items() if k not in expected_failures}
    assert not missing and not unexpected, (missing, {k: got.get(k) for k in missing}, unexpected)
    for failure in failures:
        assert failure["message"].strip() and failure["stage"] == "ingest", failure
    assert sorted(d["location"] for d in documents) == expected_documents  # each exactly once, nothing else
    assert not any("root:x:0:0" in text for text in texts)  # no external entity was ever expanded

    # A rerun stores nothing twice and records the same failures again (counted, not duplicated).
    again = _ingest(directory, db_url, manifest["max_bytes"])
    assert again.returncode == 3, again.stderr.decode(errors="replace")
    with flashpoint.open_store(db_url) as store:
        assert len(store.failures()) == len(failures)
        assert len(store.documents()) == len(documents)
