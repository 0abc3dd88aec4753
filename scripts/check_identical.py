"""Check that `flashpoint extract` gives byte-identical records before and after a change.

    python scripts/check_identical.py make  REFDIR   # write the reference records
    python scripts/check_identical.py check REFDIR   # compare today's records with them

The corpora are the bundled examples, the Iran-Pakistan pair and the 249 Guardian articles
(read in place from ../shared). A refactoring that changes no output passes `check`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = {
    "examples": ROOT / "examples",
    "pair": SHARED / "corpus" / "iran-pakistan-2024",
    "guardian": SHARED / "corpus" / "guardian-syria-2017-2019.jsonl",
}


def extract(source: Path, out: Path) -> None:
    # this checkout's code (a git worktree run with PYTHONPATH=src), not whatever is installed
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-c", "from flashpoint.cli import main; main()", "extract", str(source), "--format", "jsonl", "--out", str(out)]
    subprocess.run(command, check=True, env=env)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in {"make", "check"}:
        print(__doc__, file=sys.stderr)
        return 2
    mode, refdir = argv[0], Path(argv[1])
    refdir.mkdir(parents=True, exist_ok=True)
    differing = []
    for name, source in CORPORA.items():
        reference = refdir / f"{name}.jsonl"
        if mode == "make":
            extract(source, reference)
            print(f"{name}: {sum(1 for _ in reference.open())} records written")
            continue
        with tempfile.TemporaryDirectory() as scratch:  # several checkouts may check at once
            today = Path(scratch) / f"{name}.jsonl"
            extract(source, today)
            same = reference.read_bytes() == today.read_bytes()
        print(f"{name}: {'identical' if same else 'DIFFERENT'}")
        if not same:
            differing.append(name)
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
