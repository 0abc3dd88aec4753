"""The registered `dates` stage."""

from __future__ import annotations

from ...nlp import doc_text
from ...stage import DocState, Stage, register_stage
from .extract import extract_dates


@register_stage
class Dates(Stage):
    """Temporal expressions, resolved against the publication date and the text's own dates."""

    name = "dates"
    requires = ("parse", "sentences", "published")
    adds = ("timexes", "record.dates")

    def __call__(self, state: DocState) -> None:
        sentence_starts = [s.start_char for s in state.sentences]
        found = extract_dates(state.doc, doc_text(state.doc), state.published, sentence_starts)
        state.timexes = found
        state.record.dates = [t.to_mention() for t in found if t.kind == "date"]
