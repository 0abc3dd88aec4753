"""Language data: the word lists and small tables the stages read, kept as YAML files in
`data/` (one file per subject: `speech.yaml`, `time.yaml`, ...) apart from the code that
uses them, as spaCy keeps `lang/en/` apart from its components.

    from flashpoint.lexicon import words, table
    SAY_VERBS = words("speech", "say_verbs")        # a frozenset of strings
    MONTHS = table("time", "months")                # a read-only mapping or a tuple

A file is read once per process; what it gives is immutable, so no stage can change
another's data by accident. A word list used by several stages lives in one file and one
key, so the stages cannot disagree about it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

DATA = Path(__file__).parent / "data"


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({key: _freeze(item) for key, item in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(item) for item in value)
    return value


class _StrictLoader(yaml.SafeLoader):
    """YAML's safe loader that refuses a key given twice in one mapping: YAML keeps the last
    silently, so two lists written under one name (say, by two changes merged) would lose one."""


def _unique_keys(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise ValueError(f"{loader.name}: line {key_node.start_mark.line + 1}: {key!r} is given twice")
        seen.add(key)
    return loader.construct_mapping(node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_keys)


def load_data(path: Path) -> Any:
    """A YAML data file, with no key given twice in any mapping."""
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_StrictLoader)


@lru_cache(maxsize=None)
def _file(subject: str) -> MappingProxyType:
    path = DATA / f"{subject}.yaml"
    loaded = load_data(path) or {}
    if not isinstance(loaded, dict):
        raise ValueError(f"{path}: a lexicon file must be a mapping of names to lists or tables")
    return _freeze(loaded)


def table(subject: str, key: str) -> Any:
    """The entry `key` of `data/<subject>.yaml`, frozen (lists become tuples, mappings read-only)."""
    entries = _file(subject)
    if key not in entries:
        raise KeyError(f"no entry {key!r} in {DATA / (subject + '.yaml')}")
    return entries[key]


def words(subject: str, key: str) -> frozenset[str]:
    """The entry `key` of `data/<subject>.yaml` as a set of words or phrases."""
    return frozenset(table(subject, key))


__all__ = ["words", "table", "load_data"]
