"""The registered places stages: `places` (toponyms found and resolved), `event_places`
(event places carried across sentences) and `discourse_places` (events placed in the country
the article is speaking of)."""

from __future__ import annotations

from spacy.tokens import Doc

from ...knowledge.gazetteer import Gazetteer, get_gazetteer
from ...stage import DocState, Stage, register_stage
from .carry import carry_event_locations
from .discourse import place_by_discourse
from .find import Finder
from .mention import PlaceMention
from .organs import place_home_organs
from .resolve import Resolver
from .roles import acting
from .words import ACTOR, DEMONYM, PLACE


def find_places(doc: Doc, sentences, gaz: Gazetteer | None = None) -> list[PlaceMention]:
    """Every toponym and demonym of a parsed document, resolved (what the stage stores)."""
    gaz = gaz or get_gazetteer()
    mentions = Finder(doc, sentences, gaz).find()
    Resolver(doc, mentions, gaz).resolve()
    # What the document is sure of, taken before obscure places are unresolved: the countries and
    # first-level divisions its names found by more than the gazetteer alone are in.
    sure = [m for m in mentions if m.entry is not None and not m.weak]
    countries = {m.entry.country_code for m in sure if m.entry.country_code}
    admins = {m.entry.admin1_index for m in sure if m.entry.admin1_index is not None}
    _unresolve_obscure(mentions, sure)
    kept = _fitting(mentions, countries, admins)
    for m in kept:
        if m.role == PLACE and acting(doc, m):
            m.role = ACTOR
    return kept


def _unresolve_obscure(mentions: list[PlaceMention], sure: list[PlaceMention]) -> None:
    """Obscure places (under 5,000 inhabitants) in countries the document is otherwise not about are more
    often a misread name (a company, a person) or a place the gazetteer lacks than the place meant: left
    unresolved."""
    anchors = {m.entry.country_code for m in sure if m.entry.kind in ("country", "admin1", "region") or m.entry.population >= 10_000}
    for m in mentions:
        e = m.entry
        if e is not None and m.role != DEMONYM and anchors and e.kind in ("city", "admin2") and e.population < 5_000 \
                and e.country_code not in anchors:
            m.entry = None


def _fitting(mentions: list[PlaceMention], countries: set[str], admins: set[int]) -> list[PlaceMention]:
    """The mentions kept: names found by the gazetteer alone (weak) are kept when they fit the document,
    in a country or division the rest of the document names."""
    kept = []
    for m in mentions:
        if m.weak:
            e = m.entry
            if e is None:
                continue
            if e.kind in ("city", "admin2") and e.admin1_index not in admins or e.kind in ("admin1", "country") and e.country_code not in countries:
                continue
        kept.append(m)
    return kept


@register_stage
class Places(Stage):
    """Toponyms resolved against the offline gazetteer (`record.places`), with richer mention
    objects in `state.place_mentions` for the event coder (`event_location`)."""

    name = "places"
    requires = ("parse", "ner", "sentences")
    adds = ("place_mentions", "record.places")

    def __call__(self, state: DocState) -> None:
        mentions = find_places(state.doc, state.sentences)
        state.place_mentions = mentions
        # Every toponym, and the adjectives and group names of places ("Russian", "EU") with `basis` "adjective":
        # listed, never an event's place (`event_location` takes toponyms only).
        state.record.places = [m.to_place() for m in mentions if m.entry is not None]


@register_stage
class EventPlaces(Stage):
    """Event places refined across sentences: an event the text places only in a country takes
    the more precise place another report of the same event in the document gives
    (`carry_event_locations`)."""

    name = "event_places"
    requires = ("parse", "sentences", "place_mentions", "record.events")
    # a home organ no words name takes the state where its event is placed (organs.py)
    adds = ("event.location", "event.actor", "event.recipient", "record.actors")

    def __call__(self, state: DocState) -> None:
        carry_event_locations(state)
        place_home_organs(state.record.events, state.record.actors)


@register_stage
class DiscoursePlaces(Stage):
    """Events the text places nowhere are placed in the country the article is speaking of
    (`basis` "discourse")."""

    name = "discourse_places"
    requires = ("record.places", "event.mentions")
    uses = ("place_mentions",)
    adds = ("event.location",)

    def __call__(self, state: DocState) -> None:
        place_by_discourse(state)
