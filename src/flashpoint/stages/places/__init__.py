"""Places: every toponym in the text, resolved against the offline gazetteer; the place an
event happened (`event_location`, called by the event coder); and the stages that refine
event places afterwards.

The modules, in the order a document meets them:

- `find`: the toponyms and demonyms of the text (gazetteer names, datelines, press
  abbreviations of states, demonyms, the parse's place entities); `accept`: the tests a name
  the gazetteer knows passes to be kept.
- `resolve`: each mention resolved to a gazetteer entry, scored by importance, the kind the
  text gives it, the places beside it and the document's countries and provinces.
- `roles`: a country or a capital that acts stands for its government ("Tehran said").
- `stage`: `find_places` and the registered stages `places`, `event_places`, `discourse_places`.
- `event_location`: where an event happened, from the parse around its trigger and arguments.
- `carry`: a country-only event place made precise from another report of the same event.
- `discourse`: events the text places nowhere, placed in the country the article speaks of.
- `mention` (the `PlaceMention`), `names` (small tests on names), `words` (word lists from
  `lexicon/data/places.yaml`, and weights).

Demonyms ("Iranian") are resolved to their country but kept apart: they are not toponyms of
the text. Obscure places (under 5,000 inhabitants) in a country the document is otherwise
not about are left unresolved: more often a misread name or a place the gazetteer lacks than
the place meant.
"""

from .carry import carry_event_locations
from .discourse import SCENE_WINDOW, place_by_discourse, scene_country
from .event_location import event_location, occasion_place
from .mention import PlaceMention, entry_location
from .stage import DiscoursePlaces, EventPlaces, Places, find_places
from .words import ACTOR, DEMONYM, IN_NAME, PLACE

__all__ = [
    "PlaceMention", "entry_location", "PLACE", "ACTOR", "DEMONYM", "IN_NAME", "find_places", "event_location", "occasion_place",
    "carry_event_locations", "scene_country", "place_by_discourse", "SCENE_WINDOW", "Places", "EventPlaces",
    "DiscoursePlaces",
]
