"""Actor mentions: `ActorMention`, what the stage reports (in `state.actor_mentions` and from
`actor_for_token`), and `DraftMention`, a mention while the stage is still working on it
(its actor not yet known, or hidden inside a larger mention)."""

from __future__ import annotations

from dataclasses import dataclass

from ...knowledge.actors import Form, SectorTerm


@dataclass
class ActorMention:
    """One mention of an actor, coded: the tokens and characters it covers, the actor it names
    and how that was found (`how`, and `via` for phrases joined from parts)."""

    start: int  # first token index in state.doc
    end: int  # token index after the last
    start_char: int
    end_char: int
    text: str
    name: str  # canonical name: "Iran", "Jaish al-Adl", "United Nations", "Jalil Abbas Jilani"
    code: str | None  # e.g. "IRN", "IRNMIL", "PAKGOV", "IRNREB", "IGOUNO"
    country: str | None  # ISO-3
    sector: str | None  # "GOV", "MIL", "REB", "COP", "CVL", ...
    kind: str  # "state" | "igo" | "group" | "person" | "sector"
    head: int  # token index of the mention's syntactic head
    how: str  # "dictionary" | "demonym" | "capital" | "sector" | "role" | "alias" | "coref"
    via: str | None = None  # how parts were joined: "modifier", "pp", "pronoun", "apposition", "title", "relcl", "np", "of"
    entity: str | None = None  # dictionary entry id, or "person:<name>" for people found in the text
    sentence: int | None = None  # index into state.sentences
    affiliation: str | None = None  # a person's: the state or organisation he or she acts for ("Lebanon", "European Union", "Reprieve")


@dataclass(eq=False)
class DraftMention:
    """A mention being worked on; `public_mention` in `stage` turns it into an `ActorMention`."""

    start: int
    end: int
    kind: str  # state | igo | group | person | sector
    how: str
    name: str
    code: str | None
    country: str | None
    sector: str | None
    head: int
    entity: str | None = None
    form: Form | None = None
    term: SectorTerm | None = None
    via: str | None = None
    hidden: bool = False  # not reported: absorbed into a larger mention, a place, an affiliation
    indexed: bool = True  # available to actor_for_token
    dyad: bool = False  # "Iran" in "Iran-Pakistan": names a pair, not the phrase's actor
    place: bool = False
    short: bool = False
    rank: int = 1  # among mentions with the same head, the higher wins
    resolved: bool = False
    affiliation: str | None = None  # a person's: the state or organisation he or she acts for

    @property
    def entityish(self) -> bool:
        return self.kind != "sector" and self.code is not None

    def copy(self, **changes) -> DraftMention:
        new = DraftMention(**{k: getattr(self, k) for k in self.__dataclass_fields__})
        for key, value in changes.items():
            setattr(new, key, value)
        return new
