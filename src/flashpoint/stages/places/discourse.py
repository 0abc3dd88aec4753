"""The place an article is speaking of, for events whose own text places them nowhere.

A news report sets its scene once ("In northern Syria, ...", "Kirkuk ...") and then tells
what happened there without repeating the place: "Isis militants continued to emerge from
tunnels", "Iran has also arrested dozens of people linked to Islamic State". An analyst
reading the report places such an event in the country the text was last speaking of. The
`discourse_places` stage does the same for an event with no location after every other
rule: a statement by a person takes the place the report last put that person at (a
statement or meeting of theirs placed by its own words: "Speaking in London, Yildirim said
... He accused the EU ..."); any other event takes the country of the nearest place name (a toponym, not an adjective,
and a country or capital only where it is named as a place: `sets_scene`) written before its
sentence, within a window of text, else the country the article names most often. The location is at country
precision and has `basis` "discourse", so a user can keep or drop such places; its `span`
points at the place name it came from.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from ...knowledge.gazetteer import get_gazetteer
from ...language.datelines import dateline_place
from ...records import Location, Place
from ..events.words import SPEECH_TYPES
from ...stage import DocState
from .mention import PlaceMention, entry_location
from .names import head_token
from .words import ADDRESSEE_PREPS, LOCATING_NOUNS, LOCATIVE_PREPS, PLACE

# Prepositions after which a country's name is where things are or come from ("fighting in
# Syria", "a community in the UK", "fighters from Iraq", "crossed into Syria"), not whom an act
# is aimed at or what it is about ("appealed to Tehran", "talks on Syria", "a row over Iran")
SCENE_PREPS = (LOCATIVE_PREPS | {"from"}) - (ADDRESSEE_PREPS - {"into", "onto"})

# How far back (in characters) the last named place still sets the scene: about two short
# paragraphs of news prose.
SCENE_WINDOW = 1000


def _person(actor) -> str | None:
    """Who a statement's actor is as one person (to follow their whereabouts): the person who
    acted for a state, or a named actor the dictionary does not code (an individual); None for
    states and organisations, whose statements are made in many places."""
    if actor is None:
        return None
    return actor.person or (actor.name if actor.code is None else None)


def scene_country(toponyms: list[Place], before: int) -> Place | None:
    """The place name that sets the scene at character `before`: the nearest of the document's
    toponyms (with a country) written before it within the window, else the first toponym of
    the country named most often."""
    recent = [p for p in toponyms if p.span[0] < before and before - p.span[0] < SCENE_WINDOW]
    if recent:
        return max(recent, key=lambda p: p.span[0])
    if not toponyms:
        return None
    counts = Counter(p.country_code for p in toponyms)
    top = max(counts.values())
    # ties go to the country named first: the report's lead sets its scene
    return next(p for p in toponyms if counts[p.country_code] == top)


def sets_scene(doc: Doc, m: PlaceMention) -> bool:
    """Whether a place name says where the report is: any town or region, but a country or a
    capital only where it is named as a place, the object of a preposition of place ("in
    Syria", "in the north of Syria", "refugees in Lebanon and Jordan") or the dateline. Named
    anywhere else a state is a party: the subject or object of an act ("to stop Iran"), an
    owner ("Russia's agreement"), a word before a noun ("the UK government"), one of those
    an act is done with ("clashes with US forces"): no scene is set by who is spoken of."""
    e = m.entry
    if e is None or not (e.kind == "country" or e.kind == "city" and e.capital):
        return True
    opening = dateline_place(doc)
    if opening is not None and opening[0] <= m.start < opening[1]:
        return True
    token = head_token(doc, m)
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head  # "in Lebanon and Jordan": the first conjunct's preposition
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ == "of" and prep.head.lower_ in LOCATING_NOUNS and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "in the north of Syria": the preposition of the part
    # (not the "by" of a passive, which names its doer: "talks mediated by Washington")
    return prep.lower_ in SCENE_PREPS and prep.dep_ != "agent"


def place_by_discourse(state: DocState) -> None:
    """Give every event still without a location the place its speaker was last said to be at
    (a statement), else the country of the place name that sets its scene."""
    gazetteer = get_gazetteer()
    # names of places, not of a country or capital acting ("Russia has pulled back its forces"):
    # an actor's name says who acted, not where
    acting = {(m.start_char, m.end_char) for m in state.place_mentions or [] if m.role != PLACE or not sets_scene(state.doc, m)}
    toponyms = [p for p in state.record.places if p.basis == "toponym" and p.country_code and tuple(p.span) not in acting]
    whereabouts: dict[str, Location] = {}
    for event in sorted(state.record.events, key=lambda e: e.span[0]):
        speaker = _person(event.actor)
        if event.location is not None:
            if speaker and event.location.basis == "trigger" and (event.event_type in SPEECH_TYPES or event.event_type == "CONSULT"):
                whereabouts[speaker] = event.location
            continue
        if speaker in whereabouts and event.event_type in SPEECH_TYPES:
            # "Speaking after a meeting with May in London, Yildirim said ... He accused the EU
            # of ...": a speaker's statements are made where the report last placed them
            event.location = whereabouts[speaker].model_copy(update={"basis": "discourse"})
            continue
        place = scene_country(toponyms, event.span[0])
        country = gazetteer.country(place.country_code) if place is not None else None
        if country is None:
            continue
        event.location = entry_location(country, text=place.text, span=tuple(place.span), basis="discourse")
