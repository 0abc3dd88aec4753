"""The registered `Quotes` stage: direct quotes from the marks, then reported speech, then the
speakers in document order, then the record's quotes and the index of cues the claims stage
reads."""

from __future__ import annotations


from ...records import Quote, Speaker
from ...stage import DocState, Speech, Stage, register_stage
from .direct import _borrowed_phrase, _colon_lines, _direct, _merge_continuations, _merge_split
from .indirect import _indirect, may_cue
from .marks import find_quote_marks
from .pieces import _Speech, _pieces, _text, in_spans
from .speakers import _Resolver

MIN_UNCUED_WORDS = 6  # a quote with no cue and fewer words is a scare quote or a title


@register_stage
class Quotes(Stage):
    """Direct and indirect quotations with their speakers; see the package docstring."""

    name = "quotes"
    requires = ("parse", "sentences", "actor_index")
    adds = ("record.quotes", "quote_index", "speeches")

    def __call__(self, state: DocState) -> None:
        doc = state.doc
        text = _text(doc)
        raws = find_quote_marks(text)
        raws = _merge_split(doc, raws)
        speeches: list[_Speech] = []
        # the characters in quotation marks (a quote split around its cue leaves the cue out)
        quoted = [(a - 1, b + 1) for r in raws for a, b in r.parts]

        in_quote = in_spans(quoted, len(text))

        # direct quotes
        previous: _Speech | None = None
        for raw in raws:
            sp = _direct(doc, raw, in_quote, previous)
            if sp is not None:
                speeches.append(sp)
                previous = sp
        speeches = _merge_continuations(doc, speeches)
        # "Name: words" at the head of a paragraph: headlines and transcripts
        speeches.extend(_colon_lines(doc, speeches))
        # indirect speech
        # a cue already taken by a direct quote may still have a larger clause as its content
        # ("said that there were “thousands of shootings” this year"): `_content` drops the
        # clauses that are mostly a direct quote
        for tok in may_cue(doc):
            if in_quote(tok):
                continue
            ind = _indirect(tok, speeches, in_quote)
            if ind is not None:
                speeches.append(ind)
        # speakers in document order
        resolver = _Resolver(state, in_quote)
        speeches.sort(key=lambda s: (s.subject.i if s.subject is not None else (s.cue.i if s.cue is not None else doc.char_span(s.span[0], s.span[1], alignment_mode="expand").start)))
        for s in speeches:
            if s.subject is not None:
                s.speaker, s.person = resolver.speaker(s.subject)
                resolver.record(s.subject.i, s.speaker, bool(s.person))
            elif s.inherit is not None and s.inherit.speaker is not None:
                s.speaker, s.person = s.inherit.speaker, s.inherit.person
        speeches.sort(key=lambda s: s.span)
        quotes = []
        index: dict[int, Speaker] = {}
        for s in speeches:
            if s.kind == "direct" and s.speaker is None and s.cue is None:
                words = sum(len(text[a:b].split()) for a, b in s.parts)
                if words < MIN_UNCUED_WORDS or _borrowed_phrase(doc, s):
                    continue
            pieces = _pieces(text, s.parts)
            if not pieces:
                continue
            # the span covers exactly the quoted words (and the evaluation finds the quote by it)
            s.span = (pieces[0][0], pieces[-1][1])
            qtext = " ".join(text[a:b] for a, b in pieces)
            cue = s.cue_text or (s.cue.text if s.cue is not None else None)
            if s.cue is None and s.inherit is not None:
                cue = s.inherit.cue_text or (s.inherit.cue.text if s.inherit.cue is not None else None)
            quotes.append(Quote(text=qtext, span=s.span, kind=s.kind, speaker=s.speaker, cue=cue, pieces=pieces))
            if s.cue is not None and s.speaker is not None:
                index[s.cue.i] = s.speaker
        state.record.quotes = quotes
        state.quote_index = index
        state.speeches = [Speech(tuple(s.span), tuple(tuple(p) for p in s.parts), s.kind, s.cue.i if s.cue is not None else None, s.speaker) for s in speeches]
