"""Actor codes: CAMEO-style codes bounded in time, and what the built-in dictionary says about
them (which three-letter prefixes are states, which are sectors).

A code such as `IRNMIL` is a country (`IRN`, ISO 3166-1 alpha-3) followed by a sector (`MIL`);
a code such as `IGOUNO` or `REB` names no country. `country_of` and `sector_of` take a code
apart; they read the state and sector lists of `actors.yaml` (see `builtin_data`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from ...lexicon import words

# The built-in dictionary lives beside this package, as `knowledge/actors.yaml`.
BUILTIN_PATH = Path(__file__).parent.parent / "actors.yaml"


@dataclass(frozen=True)
class DatedCode:
    """A code, valid from `start` (inclusive) until `end` (exclusive); None bounds are open."""

    code: str | None
    start: date | None = None
    end: date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def applies(self, on: date) -> bool:
        return (self.start is None or on >= self.start) and (self.end is None or on < self.end)


def choose_code(codes: Sequence[DatedCode], on: date | None = None) -> str | None:
    """The code valid on `on`: the first dated code whose period contains it, else the first
    undated (default) code. Without a date: the default, else the code of the latest open-ended
    period (the current one), else the last listed."""
    if on is not None:
        for code in codes:
            if code.dated and code.applies(on):
                return code.code
    for code in codes:
        if not code.dated:
            return code.code
    if on is None and codes:
        current = [c for c in codes if c.end is None]
        if current:
            return max(current, key=lambda c: c.start or date.min).code
        return codes[-1].code
    return None


@functools.lru_cache(maxsize=1)
def builtin_data() -> dict:
    """The built-in dictionary file (`actors.yaml`) as loaded: states, IGOs, groups, people,
    sectors. Read once per process; callers must not change it."""
    with open(BUILTIN_PATH, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@functools.lru_cache(maxsize=1)
def iso3_codes() -> frozenset[str]:
    """The state codes of the built-in dictionary (ISO 3166-1 alpha-3, plus XKX and SUN)."""
    return frozenset(state["code"] for state in builtin_data()["states"])


@functools.lru_cache(maxsize=None)
def state_name(code: str | None) -> str | None:
    """The built-in dictionary's name of the state with this ISO-3 code ("IRQ" -> "Iraq")."""
    return next((state["name"] for state in builtin_data()["states"] if state["code"] == code), None)


@functools.lru_cache(maxsize=1)
def sector_codes() -> frozenset[str]:
    return frozenset(builtin_data()["sectors"])


# First three letters of CAMEO codes that are not countries: international and
# transnational actors (IGO, NGO, NGM, IMG, MNC, INT, UIS) and bare sectors (REB, GOV...).
NON_COUNTRY_PREFIXES = words("actors", "non_country_prefixes")


def country_of(code: str | None) -> str | None:
    """The country a CAMEO-style code starts with: an ISO-3 code, or (in imported
    dictionaries) another three-letter CAMEO country code such as UAR; None for IGOs,
    NGOs, transnational groups and bare sectors."""
    if not code or len(code) < 3:
        return None
    prefix = code[:3]
    if prefix in iso3_codes():
        return prefix
    if prefix.isalpha() and prefix.isupper() and prefix not in NON_COUNTRY_PREFIXES and prefix not in sector_codes():
        return prefix
    return None


def sector_of(code: str | None) -> str | None:
    """The three-letter sector a code carries: IRNMIL -> MIL, REB -> REB, IGOUNO -> None."""
    if not code:
        return None
    if country_of(code):
        return code[3:6] or None
    if code[:3] in sector_codes():
        return code[:3]
    return None

