"""The `events` pipeline stage: PLOVER events of a document, coded by `EventCoder`."""

from __future__ import annotations

from ...knowledge.events import EventLexicon, default_lexicon
from ...stage import DocState, Stage, register_stage
from .coder import EventCoder


@register_stage
class Events(Stage):
    """PLOVER events with CAMEO codes, Goldstein scores, quad classes, status and evidence."""

    name = "events"
    requires = ("parse", "sentences", "actor_mentions", "actor_index")
    uses = ("published", "timexes", "place_mentions", "speeches")
    adds = ("record.events",)

    def __init__(self, lexicon: EventLexicon | None = None):
        self.lexicon = lexicon or default_lexicon()

    def __call__(self, state: DocState) -> None:
        state.record.events = EventCoder(state, self.lexicon).code()
