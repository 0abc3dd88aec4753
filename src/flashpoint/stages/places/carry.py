"""Event places carried across sentences (the `event_places` stage).

A material event the text places only in a country takes the more precise place, in that
country, that the document states for the same event: in another report of it, or in a
sentence of its own saying where the operation took place.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from spacy.tokens import Doc

from ...language.periods import event_period
from ...nlp import doc_text, root_at
from ...records import Location
from ...stage import DocState
from .event_location import event_location
from .words import EVENT_NOUNS

# How precise a place is, for choosing the most specific one stated.
_PRECISION_RANK = {"country": 0, "region": 1, "admin1": 2, "admin2": 3, "city": 4}
_NOT_CARRIED_TO = ("hypothetical",)


def _date_bounds(event):
    """First and last day of an event's date at day, week or month precision; None otherwise
    (a year or a decade says too little to tell two reports of one event apart)."""
    if event.date_precision not in ("day", "week", "month") or "/" in (event_period(event) or "/"):
        return None  # undated, or a range of periods ("3-5 March")
    first, last = event.date_range
    return date.fromisoformat(first), date.fromisoformat(last)


def _is_state(side) -> bool:
    return side is not None and bool(side.country) and side.code == side.country


def _same_event(event, donor, doc, paragraph_of, sentence_of) -> bool:
    """Whether two events of one document are two reports of the same happening, as a reader
    would tell: the same type and status, no side or date that differs, and something in
    common that says so: the same actor with the same date or the same trigger word ("Iran's
    strike on Pakistan" ... "Iranian missiles struck ... in Balochistan"), or, when the actor
    is not known, the same day in the next sentence of the same paragraph ("a strike inside
    Iran on 18 January. The targets were in Sistan and Baluchestan and were attacked ...")."""
    if event.event_type != donor.event_type or event.status != donor.status:
        return False
    a, b = event.actor, donor.actor
    if a is not None and b is not None and a.country and b.country and a.country != b.country:
        return False
    if _is_state(event.recipient) and _is_state(donor.recipient) and event.recipient.country != donor.recipient.country:
        return False
    da, db = _date_bounds(event), _date_bounds(donor)
    if event.date_range and donor.date_range and (event.date_range, event.date_precision) != (donor.date_range, donor.date_precision) \
            and (da is None or db is None or da[0] > db[1] or db[0] > da[1]):
        return False
    same_date = da is not None and db is not None and da[0] <= db[1] and db[0] <= da[1]
    same_actor = a is not None and b is not None and bool(a.country) and a.country == b.country
    if same_actor and same_date:
        return True
    if same_actor and _trigger_lemma(doc, event) == _trigger_lemma(doc, donor):
        return True
    return (same_date and event.date_precision == donor.date_precision == "day"
            and paragraph_of(event.span[0]) == paragraph_of(donor.span[0])
            and abs(sentence_of(event.span[0]) - sentence_of(donor.span[0])) <= 1)


def _trigger_lemma(doc: Doc, event) -> str:
    token = root_at(doc, event.trigger.span)
    return token.lemma_.lower() if token is not None else event.trigger.text.lower()


def _stated_operation_places(state: DocState) -> list[tuple[int, Location]]:
    """(sentence index, place) for the sentences that say where an operation they name took
    place, with a copula whose subject names an event: "the focal point of this operation was
    the region known as Kouh-Sabz in Balochistan", "the target of the raid was a village near
    Panjgur", "the attack was in Quetta"."""
    found = []
    for index, sentence in enumerate(state.sentences):
        for tok in sentence:
            if tok.lemma_ != "be":
                continue
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            if not any(w.lemma_.lower() in EVENT_NOUNS for s in subjects for w in s.subtree):
                continue
            where = event_location(state, tok.i, [])
            if where is not None and _PRECISION_RANK.get(where.precision or "", 0) > 0:
                found.append((index, where))
    return found


def carry_event_locations(state: DocState) -> None:
    """Give a material event (quad class 2 or 4: a strike, an arrest, aid delivered) placed
    only in a country the more precise place in that country that the document states for
    the same event: another report of it (`_same_event`), or its own sentence saying where
    the operation took place (`_stated_operation_places`). Its location then has `basis`
    "context" and `span` where that place is written. When these name different places,
    none is carried: a country sentence may sum up several strikes. Verbal events are left
    alone: a statement happens where it is made, which the text rarely restates."""
    doc, events = state.doc, state.record.events
    text = doc_text(doc)
    sentence_starts = [s.start_char for s in state.sentences]

    def paragraph_of(pos: int) -> int:
        return text.count("\n", 0, pos)

    def sentence_of(pos: int) -> int:
        return bisect_right(sentence_starts, pos) - 1

    def rank(location: Location) -> int:
        return _PRECISION_RANK.get(location.precision or "", 0)

    material = [e for e in events if e.quad_class in (2, 4)]
    direct = [e for e in material if e.location is not None and e.location.basis != "context" and rank(e.location) > 0]
    stated = _stated_operation_places(state) if any(e.location and e.location.precision == "country" for e in material) else []
    for event in material:
        where = event.location
        if where is None or where.precision != "country" or event.status in _NOT_CARRIED_TO:
            continue
        donors = [(d.location, d.span[0]) for d in direct if d is not event and d.location.country_code == where.country_code
                  and _same_event(event, d, doc, paragraph_of, sentence_of)]
        donors += [(place, place.span[0]) for index, place in stated
                   if index == sentence_of(event.span[0]) and place.country_code == where.country_code]
        if not donors:
            continue
        top = max(rank(place) for place, _ in donors)
        best = [(place, at) for place, at in donors if rank(place) == top]
        if len({place.geonameid for place, _ in best}) != 1:
            continue
        place, _ = min(best, key=lambda pa: abs(pa[1] - event.span[0]))
        event.location = place.model_copy(update={"basis": "context"})
