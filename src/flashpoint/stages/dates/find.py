"""Finding candidate expressions in the text: every pattern's matches, overlaps settled."""

from __future__ import annotations

from dataclasses import dataclass

from .patterns import GATES, PATTERNS, PRIORITY
from .values import Val


@dataclass
class Candidate:
    """A match of one pattern, before the parse has accepted it and before resolution.

    `groups` holds the named groups that matched; `kind` is "date", "set", "duration" or "ref"
    (resolution may turn a date into a duration: "the past week")."""

    rule: str
    start: int
    end: int
    groups: dict
    kind: str = "date"
    base: "Val | None" = None  # the reference date an anaphoric offset was counted from


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    while start < end and text[start] in " \t\n":
        start += 1
    return start, end


def find_candidates(text: str) -> list[Candidate]:
    """Every pattern match; overlaps settled by length, then pattern order, then position."""
    found = []
    for (rule, pattern), gate in zip(PATTERNS, GATES):
        if gate is not None and gate.search(text) is None:
            continue  # a word the pattern needs is not in the text
        for m in pattern.finditer(text):
            # a "lead" group is context the match needs but the expression does not include
            start, end = _trim(text, m.end("lead") if "lead" in pattern.groupindex and m.group("lead") else m.start(), m.end())
            if end <= start:
                continue
            kind = {"set": "set", "duration": "duration", "ref": "ref"}.get(rule, "date")
            found.append(Candidate(rule, start, end, {k: v for k, v in m.groupdict().items() if v is not None}, kind))
    found.sort(key=lambda c: (-(c.end - c.start), PRIORITY[c.rule], c.start))
    taken: list[tuple[int, int]] = []
    chosen = []
    for c in found:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        taken.append((c.start, c.end))
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen

