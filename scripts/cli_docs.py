"""Write docs/cli.md from the commands' own --help, so the reference cannot drift.

    .venv/bin/python scripts/cli_docs.py          # rewrite docs/cli.md
    .venv/bin/python scripts/cli_docs.py --check  # exit 1 if docs/cli.md is stale (a test runs this)
"""

from __future__ import annotations

import sys
from pathlib import Path

from click.testing import CliRunner

from flashpoint.cli import main
from flashpoint.errors import CODES, ExitCode

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"

INTRO = """# The `flashpoint` command

Generated from the commands' own `--help` by `scripts/cli_docs.py`; `tests/test_docs.py`
fails when this page and the code disagree.

Every command that reads a store takes `--db`: a SQLite file path (the default,
`flashpoint.db`) or a `postgresql://user:password@host/db` URL. Errors are one line on
stderr, `flashpoint: error: LOCATION: MESSAGE [CODE]`; add `--debug` (before the command)
for the traceback.
"""


def help_text(args: list[str]) -> str:
    result = CliRunner().invoke(main, args + ["--help"], prog_name="flashpoint", terminal_width=100)
    return result.output.rstrip() + "\n"


def render() -> str:
    parts = [INTRO, "## Exit codes\n", "| code | name | meaning |", "|---|---|---|"]
    meanings = {
        ExitCode.OK: "success",
        ExitCode.ERROR: "the command could not do its job (store unreachable, bad option value, a failed doctor check)",
        ExitCode.USAGE: "the command line was wrong",
        ExitCode.PARTIAL: "the command finished but some inputs failed; `flashpoint failures` lists them",
        ExitCode.MODEL: "the spaCy model is missing or not the expected one",
    }
    parts += [f"| {code.value} | {code.name} | {meanings[code]} |" for code in ExitCode]
    parts += ["", "## Error codes\n", "Recorded with each failure and printed at the end of each error line.\n", "| code | meaning |", "|---|---|"]
    parts += [f"| `{code}` | {meaning} |" for code, meaning in CODES.items()]
    parts += ["", "## Commands\n", "```", help_text([]), "```", ""]
    for name in sorted(main.commands):
        parts += [f"### flashpoint {name}\n", "```", help_text([name]), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    text = render()
    if "--check" in sys.argv:
        if not DOC.exists() or DOC.read_text(encoding="utf-8") != text:
            print(f"{DOC} is stale: run scripts/cli_docs.py", file=sys.stderr)
            sys.exit(1)
    else:
        DOC.parent.mkdir(exist_ok=True)
        DOC.write_text(text, encoding="utf-8")
