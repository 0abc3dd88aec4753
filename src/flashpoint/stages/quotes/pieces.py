"""Spans and pieces: the document's text, the `_Speech` a quote or a report becomes before it is
a `Quote`, and the trimming of character spans and noun phrases to their words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from ...nlp import doc_text as _text  # noqa: F401  (the stage's modules import it from here)
from ...records import Speaker



def in_spans(spans, length: int):
    """A test of whether a token starts inside any of the character spans `[a, b)`: one look-up
    in a mask of the text, not a scan of every span for every token (the stage asks it of each
    token of the document, several times)."""
    mask = bytearray(length + 1)
    for a, b in spans:
        for i in range(max(a, 0), min(b, length + 1)):
            mask[i] = 1
    return lambda tok: mask[tok.idx] == 1


@dataclass
class _Speech:
    kind: str  # direct | indirect
    parts: list[tuple[int, int]]
    span: tuple[int, int]
    cue: Token | None = None
    cue_text: str | None = None
    subject: Token | None = None  # token naming the speaker
    inherit: "_Speech | None" = None  # continuation of an earlier quote
    speaker: Speaker | None = None
    person: bool | None = None
    order: int = 0
    extra: dict = field(default_factory=dict)


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _rstrip(text: str, b: int) -> int:
    while b > 0 and text[b - 1].isspace():
        b -= 1
    return b


def _pieces(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A quote's parts trimmed to its words: each piece without the spaces around it, the
    first and the last without the separators (",;:") that join the quote to its frame; empty
    pieces dropped. The texts at the pieces, joined by one space, are the quote's text."""
    pieces: list[tuple[int, int]] = []
    for a, b in sorted(p for p in (_strip(text, a, b) for a, b in parts) if p[0] < p[1]):
        if pieces and a < pieces[-1][1]:  # a part within or across the one before (a mark inside a colon's content)
            pieces[-1] = (pieces[-1][0], max(b, pieces[-1][1]))
        else:
            pieces.append((a, b))
    while pieces:
        a, b = pieces[0]
        while a < b and (text[a] in ",;:" or text[a].isspace()):
            a += 1
        if a < b:
            pieces[0] = (a, b)
            break
        pieces.pop(0)
    while pieces:
        a, b = pieces[-1]
        while b > a and (text[b - 1] in ",;:" or text[b - 1].isspace()):
            b -= 1
        if a < b:
            pieces[-1] = (a, b)
            break
        pieces.pop()
    return pieces


def _np_bounds(head: Token) -> tuple[int, int]:
    """The noun phrase of `head` without relative clauses, appositions and trailing phrases."""
    left = head.i
    for child in head.lefts:
        if child.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "punct", "npadvmod", "advmod", "predet"):
            left = min(left, child.left_edge.i)
    right = head.i
    for child in head.rights:
        if child.dep_ in ("case",) or (child.dep_ == "compound"):
            right = max(right, child.i)
    doc = head.doc
    while left < head.i and (doc[left].is_punct or doc[left].dep_ == "det" or doc[left].lower_ in ("the", "a", "an")):
        left += 1
    while right > head.i and (doc[right].is_punct or doc[right].dep_ == "case" or doc[right].is_space):
        right -= 1
    return left, right + 1


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"[’']s$", "", text.strip())
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)
    return text.strip(" ,.;:")
