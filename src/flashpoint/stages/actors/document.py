"""`DocumentActors`: the steps run in order over one document (see the package docstring)."""

from __future__ import annotations

from .aliases import Aliases
from .descriptions import Descriptions
from .match import Matching
from .mention import DraftMention
from .people import People
from .sectors import Sectors


class DocumentActors(Matching, Aliases, Sectors, People, Descriptions):
    """Finds and resolves the actor mentions of one document."""

    def run(self) -> list[DraftMention]:
        self.match()
        if self.discard_story:
            return []
        self.drop_orphan_short_forms()
        self.apply_aliases(self.learn_aliases(list(self.atoms)), final=False)
        for m in list(self.atoms):
            if m.kind == "sector":
                self.resolve_sector(m)
        self.resolve_people()
        self.resolve_definites()
        later = [m for m in self.extra if m.kind != "person"] + [m for m in self.atoms if m.kind == "sector" and m.entityish]
        self.apply_aliases(self.learn_aliases(later), final=True)
        mentions = [m for m in self.atoms + self.extra if m.code is not None or m.kind == "person"]
        if self.discarded_sentences:
            mentions = [m for m in mentions if self.sentence_of(m.start) not in self.discarded_sentences]
        return mentions
