"""Quotation marks on the characters: which marks open and close a quote, paragraph by
paragraph, before the parse is consulted (step 1 of the package docstring)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .pieces import _rstrip, _strip


OPEN_DOUBLE = "“"
CLOSE_DOUBLE = "”"


@dataclass
class _Raw:
    """A direct quote on the characters: content spans between marks."""

    parts: list[tuple[int, int]]  # content (inside the marks), one per paragraph or piece
    outer: tuple[int, int]  # from the first opening mark to the last closing mark

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _is_word(c: str) -> bool:
    return c.isalnum()


def _single_open(text: str, i: int, mark: str) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–―-:;,") and (_is_word(after) or after in "“\"")


def _single_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not _is_word(after)


MARKUP = re.compile(r"</?[A-Za-z][\w-]*(?:\s+[\w:-]+\s*=\s*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s>]+))*\s*/?>")


def mask_markup(text: str) -> str:
    """`text` with markup tags (`<tweet id="..." author="...">`) blanked out, same length: the
    quotation marks of attribute values are not quotes."""
    return MARKUP.sub(lambda m: " " * len(m.group(0)), text)


DOUBLED_MARK = re.compile(r"''|``")


def double_apostrophes_as_quotes(text: str) -> str:
    """`text` with two apostrophes (or two backticks) used as a double quotation mark, the
    convention of some archives and wires (''It's anti-reform,'' he said), rewritten as one
    straight double quote and a space, the mark next to the words it encloses, so that offsets stay."""

    def mark(m: re.Match) -> str:
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        opening = m.group() == "``" or ((before.isspace() or before in "([{—–-:;,/") and not after.isspace())
        return ' "' if opening else '" '

    return DOUBLED_MARK.sub(mark, text)


def _stray_closing(text: str, i: int) -> bool:
    """A straight double quote that can only close (after a word, before a space or punctuation)
    while none is open: the other half of the pair is missing ("review of [his] systems" including
    ..."), and it opens nothing."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and before not in "([{—–-:;,/" and (after.isspace() or after in ".,;:!?)]")


Mark = tuple[int, int, int, int]  # a quote on the characters: content start, end, outer start, end


def _double_quotes(text: str, p_start: int, p_end: int, lead: int, curly: bool) -> tuple[list[Mark], int | None]:
    """The double-quoted quotes of the paragraph `text[p_start:p_end]` (whose first mark may be at
    `lead`) and where a quote opens that does not close in it (None if every quote closes)."""
    open_at: int | None = None
    open_mark = ""
    doubles: list[Mark] = []
    i = p_start
    while i < p_end:
        c = text[i]
        if c == '"' and curly and i == lead and '"' not in text[i + 1:p_end]:
            pass  # an excerpt's head mark
        elif c == OPEN_DOUBLE or (c == '"' and open_at is None):
            if open_at is None and not (c == '"' and _stray_closing(text, i)):
                open_at, open_mark = i, c
        elif c == CLOSE_DOUBLE or c == '"':
            # a curly closing mark inside a quote opened with a straight one closes a quote
            # within it ("Trump walked onto the stage, chanting “U-S-A!”"), when a straight mark
            # closes later in the paragraph
            nested = open_mark == '"' and c == CLOSE_DOUBLE and '"' in text[i + 1:p_end]
            if open_at is not None and not nested:
                doubles.append((open_at + 1, i, open_at, i + 1))
                open_at = None
        i += 1
    return doubles, open_at


def _single_quotes(text: str, p_start: int, p_end: int, inside: list[tuple[int, int]]) -> list[Mark]:
    """The single-quoted quotes of the paragraph `text[p_start:p_end]` outside the spans `inside`
    (the double quotes: a single quote within them is a quote within the quote)."""
    singles: list[Mark] = []
    s_open: int | None = None
    for i in range(p_start, p_end):
        c = text[i]
        if c not in "‘’'":
            continue
        if any(a <= i < b for a, b in inside):
            continue
        if s_open is None:
            if c in "‘'" and _single_open(text, i, c):
                s_open = i
        elif c in "’'" and _single_close(text, i) and i - s_open > 1:
            content = text[s_open + 1:i]
            if not re.search(r"[‘']$", content) and not (len(content.split()) == 1 and content.endswith("s")):
                singles.append((s_open + 1, i, s_open, i + 1))
            s_open = None
    return singles


def find_quote_marks(text: str) -> list[_Raw]:
    """Direct quotations on the characters of `text` (see the package docstring)."""
    text = double_apostrophes_as_quotes(mask_markup(text))
    paragraphs = []
    pos = 0
    for line in text.split("\n"):
        paragraphs.append((pos, pos + len(line)))
        pos += len(line) + 1
    # a text whose quotations are curly may mark the paragraphs of an excerpt it reproduces with a
    # straight mark at their head, never closed there (Breitbart quoting the Washington Post:
    # '"Melanie thought the whole thing was outrageous. She wasn’t ...'): the excerpt's own
    # quotations are its curly ones; the straight mark is a layout sign
    curly = text.count(OPEN_DOUBLE) >= 2 * max(1, text.count('"'))
    found: list[_Raw] = []
    carry: _Raw | None = None  # a quote open at the end of the previous paragraph
    for p_start, p_end in paragraphs:
        para = text[p_start:p_end]
        stripped = para.lstrip()
        if not stripped:
            continue
        lead = p_start + len(para) - len(stripped)
        if carry is not None:
            if stripped[0] in (OPEN_DOUBLE, '"'):
                pass  # continues below: the opening mark of this paragraph extends `carry`
            else:
                found.append(carry)
                carry = None
        doubles, unterminated = _double_quotes(text, p_start, p_end, lead, curly)
        # single quotes outside the doubles
        inside = [(d[2], d[3]) for d in doubles] + ([(unterminated, p_end)] if unterminated is not None else [])
        pieces = sorted(doubles + _single_quotes(text, p_start, p_end, inside))
        if carry is not None:
            # this paragraph opened with a mark: its first quote continues the carried one
            if pieces and pieces[0][2] == lead:
                first = pieces.pop(0)
                carry.parts.append((first[0], first[1]))
                carry.outer = (carry.outer[0], first[3])
                found.append(carry)
                carry = None
            elif unterminated is not None and unterminated == lead and not pieces:
                carry.parts.append((unterminated + 1, _rstrip(text, p_end)))
                carry.outer = (carry.outer[0], p_end)
                unterminated = None  # still open: carry on
                continue
            else:
                found.append(carry)
                carry = None
        for a, b, oa, ob in pieces:
            a2, b2 = _strip(text, a, b)
            if a2 < b2:
                found.append(_Raw([(a2, b2)], (oa, ob)))
        if unterminated is not None:
            a2, b2 = _strip(text, unterminated + 1, p_end)
            if a2 < b2:
                carry = _Raw([(a2, b2)], (unterminated, p_end))
    if carry is not None:
        found.append(carry)
    found.sort(key=lambda r: r.outer)
    return found
