"""The layout rules of src/flashpoint hold (scripts/check_layout.py), the check itself finds what
it should, and the module paths docs/architecture.md names exist."""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import textwrap
from pathlib import Path

import pytest

from .conftest import REPO

_spec = importlib.util.spec_from_file_location("check_layout", REPO / "scripts" / "check_layout.py")
check_layout = sys.modules["check_layout"] = importlib.util.module_from_spec(_spec)  # dataclasses look it up
_spec.loader.exec_module(check_layout)


def _listing(found) -> str:
    return "\n" + "\n".join(str(v) for v in found)


@pytest.fixture(scope="module")
def known():
    return check_layout.modules()


# -- the rules hold in src/flashpoint --------------------------------------------------------


def test_no_import_cycle(known):
    found = check_layout.check_cycles(known)
    assert not found, _listing(found)


def test_no_long_function_or_module(known):
    found = check_layout.check_sizes(known)
    assert not found, _listing(found)


def test_no_word_list_in_a_stage(known):
    found = check_layout.check_words(known)
    assert not found, _listing(found)


def test_every_stage_declares_real_fields():
    found = check_layout.check_fields()
    assert not found, _listing(found)


# -- the check finds violations ------------------------------------------------------------


def _package(tmp_path, files: dict[str, str]):
    root = tmp_path / "pkg"
    for name, text in {"__init__.py": "", **files}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def test_a_cycle_of_module_level_imports_is_reported_at_each_import(tmp_path):
    root = _package(tmp_path, {
        "a.py": "from .b import f\n",
        "b.py": "import pkg.c\n",
        "c.py": "x = 1\nfrom . import a\n",
    })
    found = check_layout.check_cycles(check_layout.modules(root), tmp_path)
    assert [(v.path, v.line) for v in found] == [("pkg/a.py", 1), ("pkg/b.py", 1), ("pkg/c.py", 2)]
    assert "pkg.a -> pkg.b -> pkg.c -> pkg.a" in found[0].message


def test_imports_in_functions_and_for_type_checking_break_no_rule(tmp_path):
    root = _package(tmp_path, {
        "a.py": "from .b import f\n",
        "b.py": """\
            from typing import TYPE_CHECKING
            if TYPE_CHECKING:
                from .a import A
            def f():
                from . import a
            """,
        "sub/__init__.py": "from .inner import g\n",
        "sub/inner.py": "from .. import a\ng = 1\n",
    })
    assert check_layout.check_cycles(check_layout.modules(root), tmp_path) == []


def test_long_functions_and_modules_are_reported(tmp_path):
    body = "".join(f"    x{i} = {i}\n" for i in range(80))
    root = _package(tmp_path, {
        "long.py": "def long():\n" + body + "\n" * 600,
        "short.py": "def short():\n" + body[: -len("    x79 = 79\n")],
        "data.py": check_layout.GENERATED_MARK + " scripts/build.py\n" + "X = 1\n" * 700,
    })
    found = check_layout.check_sizes(check_layout.modules(root), tmp_path)
    assert sorted((v.path, v.line, v.message.split(" of ")[0]) for v in found) == [
        ("pkg/long.py", 1, "function long"), ("pkg/long.py", 1, "module")]


def test_word_lists_in_stages_are_reported(tmp_path):
    root = _package(tmp_path, {
        "stages/__init__.py": 'DEFAULT = ("a", "b", "c", "d", "e", "f")\n__all__ = ["a", "b", "c", "d", "e", "f"]\n',
        "stages/one.py": """\
            FIVE = {"a", "b", "c", "d", "e"}
            SIX = ("a", "b", "c", "d", "e", "f")
            PAIRS = (("a", "b"), ("c", "d"), ("e", "f"))
            KEYS = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}
            SPLIT = frozenset("a b c d e f".split())
            RECORD = {"a": x, "b": 1, "c": 2, "d": 3, "e": 4, "f": 5}  # field names, not words
            class Stage:
                adds = ("a", "b", "c", "d", "e", "f")
            """,
        "elsewhere.py": 'SIX = ("a", "b", "c", "d", "e", "f")\n',
    })
    found = check_layout.check_words(check_layout.modules(root), tmp_path, root)
    assert [(v.path, v.line) for v in found] == [("pkg/stages/one.py", n) for n in (2, 3, 4, 5)]


# -- the docs name what exists ---------------------------------------------------------------


def _named_paths(text: str) -> list[str]:
    """The file and module paths a page names: in backticks, and as relative link targets."""
    spans = re.findall(r"`([^`\s]+)`", text) + re.findall(r"\]\(([^)#\s]+)\)", text)
    return [s for s in spans if not s.startswith(("http:", "https:"))
            and (s.startswith("flashpoint.") or re.search(r"/|\.(py|yaml|md)$", s))]


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # a name inside a module, not a module
        return False


def _exists(name: str, page_dir) -> bool:
    if name.startswith("flashpoint."):
        module, attributes = name, []
        while module and not _is_module(module):
            module, _, attribute = module.rpartition(".")
            attributes.insert(0, attribute)
        if not module:
            return False
        value = importlib.import_module(module)
        for attribute in attributes:
            if not hasattr(value, attribute):
                return False
            value = getattr(value, attribute)
        return True
    for base in (REPO, REPO / "src" / "flashpoint", page_dir):
        if any(base.glob(name.rstrip("/"))):
            return True
    return False


def test_every_path_the_architecture_page_names_exists():
    page = REPO / "docs" / "architecture.md"
    named = _named_paths(page.read_text(encoding="utf-8"))
    assert len(named) > 30  # the page names the modules; an empty match would prove nothing
    missing = sorted({name for name in named if not _exists(name, page.parent)})
    assert not missing, f"docs/architecture.md names paths that do not exist: {missing}"


def test_the_architecture_page_lists_the_stages_as_declared():
    """The table of stages: the default order, where each is, and what it requires, uses and adds."""
    import inspect

    from flashpoint.stage import STAGES
    from flashpoint.stages import DEFAULT

    page = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    rows = [[cell.strip() for cell in line.strip("|").split("|")]
            for line in page.splitlines() if re.match(r"\| `\w+` \|", line)]
    assert [row[0].strip("`") for row in rows] == list(DEFAULT)
    package = REPO / "src" / "flashpoint"

    def names(cell: str) -> set[str]:
        return {name.strip() for name in cell.split(",") if name.strip()}

    for name, where, requires, uses, adds in rows:
        stage = STAGES[name.strip("`")]
        source = Path(inspect.getsourcefile(stage)).relative_to(package).as_posix()
        assert source.startswith(where.strip("`")), f"{name} is in {source}, the page says {where}"
        assert (names(requires), names(uses), names(adds)) == (set(stage.requires), set(stage.uses), set(stage.adds)), name


def test_a_data_file_with_a_key_given_twice_is_refused_and_none_of_ours_has_one(tmp_path):
    # YAML keeps the last of two equal keys silently: two word lists merged under one name
    # would lose one of them without a word
    from flashpoint.lexicon import load_data

    doubled = tmp_path / "doubled.yaml"
    doubled.write_text("force_nouns: [campaign]\nother: [x]\nforce_nouns: [army]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 3: 'force_nouns' is given twice"):
        load_data(doubled)
    package = REPO / "src" / "flashpoint"
    for path in package.rglob("*.yaml"):
        load_data(path)  # raises on any key given twice
