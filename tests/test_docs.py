"""The docs say what the code does: README commands, CLI reference, examples."""

from __future__ import annotations

import re
import runpy
import subprocess
import sys

from .conftest import REPO


def test_readme_opens_with_exactly_the_two_commands():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```sh\n(.*?)```", readme, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in first_block.strip().splitlines()]
    assert commands == ["make demo", "make test"]
    assert readme.index("```sh") < readme.index("## Use")


def test_ci_runs_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, re.M)


def test_cli_reference_is_current():
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "cli_docs.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_readme_python_example_runs(tmp_path, monkeypatch):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", readme, re.S).group(1)
    script = tmp_path / "example.py"
    script.write_text(code + "\nassert (record.published, record.published_inferred) == ('2024-01-18', True)\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    namespace = runpy.run_path(str(script))
    assert namespace["records"][0].doc_id == "a1"
    assert (tmp_path / "flashpoint.db").exists()
    namespace["store"].close()


def test_examples_are_our_own_and_described():
    listed = (REPO / "examples" / "README.md").read_text(encoding="utf-8")
    for path in (REPO / "examples").iterdir():
        if path.name != "README.md":
            assert path.name in listed, f"examples/README.md does not describe {path.name}"


def test_readme_counts_the_dictionarys_states_and_igos():
    import yaml

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    data = yaml.safe_load((REPO / "src" / "flashpoint" / "knowledge" / "actors.yaml").read_text(encoding="utf-8"))
    said = re.search(r"\((\d+) states with names,\s+demonyms and capitals, (\d+) IGOs", readme)
    assert said and (int(said.group(1)), int(said.group(2))) == (len(data["states"]), len(data["igos"]))
