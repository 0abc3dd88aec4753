"""A place mention: a toponym (or a demonym) of the text and the gazetteer entry it resolves
to, and how it becomes a `Place` of the record or an event's `Location`."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...knowledge.gazetteer import GeoEntry, Match, normalize
from ...records import Location, Place
from .words import ACTOR, DEMONYM, PLACE


@dataclass
class PlaceMention:
    """A toponym (or a demonym) of the text and the place it resolves to.

    `start`/`end` are token indices into `state.doc` ([start, end)), `start_char`/`end_char`
    character offsets into the document text, `sentence` the index into `state.sentences`.
    `role` is "place" (a toponym), "actor" (a country or capital standing for its government:
    "Tehran said"), "in_name" (inside an organisation's name: "Edmonton Police Service") or
    "demonym" ("Iranian"; not a toponym, not in the record's places). `entry` is the
    gazetteer entry (None when the name is not in the gazetteer); `hint` the kind the text
    gives it ("admin", "admin1", "admin2", "city"); `source` where the mention came from
    (the spaCy entity label, "gazetteer", "dateline" or "abbreviation").
    """

    text: str
    start_char: int
    end_char: int
    start: int
    end: int
    sentence: int
    source: str
    role: str = PLACE
    entry: GeoEntry | None = None
    candidates: list[Match] = field(default_factory=list, repr=False)
    hint: str | None = None
    score: float = 0.0
    confidence: float = 0.0
    containers: list["PlaceMention"] = field(default_factory=list, repr=False)  # places written beside it that may contain it
    siblings: list["PlaceMention"] = field(default_factory=list, repr=False)  # places listed with it ("A, B and C")
    weak: bool = False  # found by the gazetteer only, to be kept only if it fits the document
    definite: bool = False  # written with "the" as the head of its phrase ("the Pacific"): no town
    _key: str | None = field(default=None, repr=False, compare=False)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start_char, self.end_char)

    @property
    def key(self) -> str:
        """The folded name (what the gazetteer looks up)."""
        if self._key is None:
            self._key = normalize(self.text)
        return self._key

    @property
    def resolved(self) -> bool:
        return self.entry is not None

    @property
    def feature(self) -> str | None:
        return self.entry.kind if self.entry else None

    @property
    def basis(self) -> str:
        """How the place is named: "adjective" (a demonym or group name: "Russian", "EU"), "capital-metonym"
        (a capital standing for its government: "Tehran said") or "toponym" (a place name)."""
        if self.role == DEMONYM:
            return "adjective"
        if self.role == ACTOR and self.entry is not None and self.entry.kind == "city" and self.entry.capital:
            return "capital-metonym"
        return "toponym"

    def to_place(self) -> Place:
        e = self.entry
        return Place(text=self.text, span=self.span, name=e.name if e else None, country_code=e.country_code if e else None,
                     admin1=e.admin1 if e else None, lat=_round(e.lat) if e else None, lon=_round(e.lon) if e else None,
                     geonameid=e.geonameid if e else None, feature=e.kind if e else None, basis=self.basis)

    def to_location(self, basis: str | None = None) -> Location | None:
        return None if self.entry is None else entry_location(self.entry, text=self.text, span=self.span, basis=basis)


def entry_location(e, *, text: str | None, span: tuple[int, int] | None, basis: str | None) -> Location:
    """An event's place from a gazetteer entry, pointing at the words it was found by."""
    return Location(name=e.name, country_code=e.country_code, admin1=e.admin1, lat=_round(e.lat), lon=_round(e.lon),
                    geonameid=e.geonameid, precision=e.precision, text=text, span=span, basis=basis)


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 5)
