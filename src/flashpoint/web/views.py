"""What the dashboard's pages and the situation report show, assembled from the service layer.

Every function takes a store and returns plain dicts (plus `Markup` for highlighted
sentences, built here with every piece of article text escaped). Nothing here knows about
HTTP; `routes.py` and `report.py` render these with the same templates and charts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from markupsafe import Markup, escape

from .. import service
from ..service import Filter, in_range
from ..service.query import report_count
from ..errors import FlashpointError
from ..language.periods import event_period
from ..store import Store

# PLOVER types in the order analysts read them: cooperation first, force last.
EVENT_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def side_label(side: dict | None) -> str:
    """An actor as a reader should see it. A sub-state actor coded by its country and sector
    but named by the country alone ("Iran", code IRNREB: Baloch separatists) is shown with
    its sector ("Iran: rebels"), so it is not taken for the state."""
    if not side:
        return "—"
    name = side.get("name") or side.get("code") or side.get("text") or "—"
    code = side.get("code") or ""
    if len(code) == 6 and name == state_name(code[:3]):
        sector = sector_label(code[3:])
        if sector:
            return f"{name}: {sector}"
    return name


@lru_cache(maxsize=None)
def state_name(code: str) -> str | None:
    from ..knowledge.actors import state_name as name

    return name(code)


@lru_cache(maxsize=None)
def sector_label(code: str) -> str | None:
    from ..knowledge.actors import builtin_data

    return ((builtin_data().get("sectors") or {}).get(code) or {}).get("label")


def side_key(side: dict | None) -> str | None:
    """The actor page an event side links to: its code, else none."""
    return (side or {}).get("code") or None


def readable_date(value: str | None) -> str:
    """A date as a reader says it, at its precision: "16 Jan 2024", "week of 18 Mar 2019"
    (an ISO week "2019-W12"), "Jan 2024", "2024"."""
    import datetime as dt

    if not value:
        return "undated"
    try:
        if value[5:6] == "W":
            monday = dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
            return f"week of {monday.day} {monday:%b %Y}"
        if len(value) == 7:
            return dt.date(int(value[:4]), int(value[5:7]), 1).strftime("%b %Y")
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return f"{day.day} {day:%b %Y}"
    except ValueError:
        pass
    return value


def headline(event: dict) -> str:
    """'Pakistan ASSAULT Iran' — the one-line name of an event."""
    parts = [side_label(event.get("actor")), event.get("event_type") or "?"]
    if event.get("recipient"):
        parts.append(side_label(event.get("recipient")))
    return " ".join(parts)


def dyad_of(event: dict) -> tuple[str, str] | None:
    """The country pair of an event, sorted as service.dyads has it, paired as the dyads are
    (corpus/dyads.py: a recipient-less event in another country is on that country)."""
    from ..corpus.dyads import event_dyad

    pair = event_dyad(event)
    return tuple(sorted(pair)) if pair else None  # type: ignore[return-value]


# -- highlighting --------------------------------------------------------------------------


def highlight(text: str, offset: int, spans: Iterable[tuple[int, int, str, str]]) -> Markup:
    """`text` (which starts at document offset `offset`) with each (start, end, kind, label)
    span wrapped in <mark class="hl hl-KIND">. Overlapping spans are cut at every boundary
    so each piece carries all the kinds that cover it. Every piece of text is escaped."""
    spans = [(*span, None)[:5] for span in spans]  # an optional fifth item: the id of the span's first piece
    inside = [(max(s, offset) - offset, min(e, offset + len(text)) - offset, kind, label, anchor)
              for s, e, kind, label, anchor in spans if s is not None and e is not None and s < offset + len(text) and e > offset]
    cuts = sorted({0, len(text), *[p for s, e, *_ in inside for p in (s, e)]})
    out = []
    for start, end in zip(cuts, cuts[1:]):
        if start >= end:
            continue
        piece = escape(text[start:end])
        covering = [(kind, label) for s, e, kind, label, _ in inside if s <= start and end <= e]
        anchors = [anchor for s, _, _, _, anchor in inside if anchor and s == start]
        if covering:
            classes = " ".join(f"hl-{kind}" for kind, _ in covering)
            title = "; ".join(label for _, label in covering)
            ids = Markup("").join(Markup('<span id="{}"></span>').format(a) for a in anchors)
            out.append(Markup('{}<mark class="hl {}" title="{}">{}</mark>').format(ids, classes, title, piece))
        else:
            out.append(piece)
    return Markup("").join(out)


def event_spans(event: dict, dates: list[dict] | None = None) -> list[tuple[int, int, str, str]]:
    """The spans of an event to highlight: actor, trigger, recipient, place and date."""
    spans = []
    for field, kind in (("actor", "actor"), ("trigger", "trigger"), ("recipient", "recipient"), ("location", "place")):
        part = event.get(field) or {}
        if part.get("span"):
            label = f"{kind}: {part.get('name') or part.get('text')}"
            if part.get("code"):
                label += f" ({part['code']})"
            spans.append((part["span"][0], part["span"][1], kind, label))
    sentence = event.get("span") or [0, 0]
    for date in dates or []:
        # The record keeps the date's text on the event and the date's span among the
        # document's dates: the date meant is the one with that text inside the sentence.
        span = date.get("span")
        if span and date.get("text") == event.get("date_text") and sentence[0] <= span[0] and span[1] <= sentence[1]:
            spans.append((span[0], span[1], "date", f"date: {event_period(event) or date.get('value')}"))
            break
    return spans


def highlighted_sentence(event: dict, dates: list[dict] | None = None) -> Markup:
    span = event.get("span") or [0, len(event.get("text") or "")]
    return highlight(event.get("text") or "", span[0], event_spans(event, dates))


# -- lists ---------------------------------------------------------------------------------


def events(store: Store, flt: Filter = Filter(), sort: str | None = "-date") -> list[dict]:
    """Canonical events the filter keeps (shared with the service's cache: read only)."""
    return service.events(store, flt, sort)


def facets(rows: list[dict]) -> dict:
    """The values the filters offer: event types, sources and countries present."""
    types = Counter(r.get("event_type") for r in rows if r.get("event_type"))
    sources = Counter(s for r in rows for s in (r.get("sources") or []))
    countries = Counter(c for r in rows for c in {(r.get("actor") or {}).get("country"), (r.get("recipient") or {}).get("country"),
                                                   (r.get("location") or {}).get("country_code")} if c)
    return {"types": sorted(types, key=lambda t: (EVENT_TYPES.index(t) if t in EVENT_TYPES else 99, t)),
            "sources": sorted(sources), "countries": sorted(countries)}


def overview(store: Store) -> dict:
    rows = service.events(store)
    documents = store.documents()
    quotes = service.quotes(store)
    types = Counter(r.get("event_type") for r in rows)
    key = sorted(rows, key=importance, reverse=True)[:8]
    return {
        "counts": {"documents": len(documents), "sources": len({d.get("source") for d in documents if d.get("source")}),
                   "events": len(rows), "mentions": sum(len(r.get("mentions") or []) for r in rows),
                   "multi_source": sum(1 for r in rows if len(r.get("sources") or []) > 1),
                   "quotes": len(quotes), "actors": len(service.actors(store))},
        "types": sorted(types.items(), key=lambda kv: (-kv[1], kv[0] or "")),
        "dyads": service.dyads(store)[:10],
        "events": rows,
        "key_events": key,
        "documents": documents,
        "period": period(rows),
    }


def importance(event: dict) -> tuple:
    """How much an event matters to a reader: material conflict first, then how many
    sources and reports carry it, then how severe (Goldstein) it is, then dated before not."""
    return (event.get("quad_class") == 4, len(event.get("sources") or []), report_count(event),
            -(event.get("goldstein") or 0), event.get("date_precision") == "day")


def period(rows: list[dict]) -> dict:
    dates = sorted(r["date"] for r in rows if r.get("date") and r.get("date_precision") == "day")
    return {"start": dates[0] if dates else None, "end": dates[-1] if dates else None}


# -- one event -----------------------------------------------------------------------------


class _Documents:
    """The documents one page needs, each read once."""

    def __init__(self, store: Store):
        self.store = store
        self.cache: dict[str, dict] = {}

    def get(self, doc_id: str) -> dict:
        if doc_id not in self.cache:
            self.cache[doc_id] = service.get_document(self.store, doc_id)
        return self.cache[doc_id]


def neighbourhood(sentences: list[list[int]], start: int, end: int) -> tuple[int, int]:
    """From the sentence before to the sentence after the one holding [start, end): where a
    reporter puts the words of the people an event concerns."""
    index = next((i for i, (s, e) in enumerate(sentences) if s <= start < e), None)
    if index is None:
        return start, end
    return sentences[max(0, index - 1)][0], sentences[min(len(sentences) - 1, index + 1)][1]


def event_page(store: Store, event_id: str, *, merged_quotes: list[dict] | None = None) -> dict:
    """One canonical event with its reports highlighted, its claims and the quotes around it.
    `merged_quotes` (the store's quote provenance) may be passed in by a caller building many
    pages, so it is computed once."""
    event = service.canonical_event(store, event_id)
    docs = _Documents(store)
    if merged_quotes is None:
        merged_quotes = service.quotes(store)
    reports, related, seen_quotes = [], [], set()
    for mention in event.get("mentions") or []:
        try:
            document = docs.get(mention["doc_id"])
        except FlashpointError:
            continue  # deleted since the canonical events were computed
        record = document["record"]
        found = next((e for e in record.get("events", []) if e.get("id") == mention.get("event_id")), None)
        if found is None:
            continue
        reports.append({"source": mention.get("source"), "published": mention.get("published"), "doc_id": mention["doc_id"],
                        "title": document.get("title"), "url": document.get("url"), "event": found,
                        "sentence": highlighted_sentence(found, record.get("dates"))})
        if found.get("span"):
            left, right = neighbourhood(record.get("sentences") or [], *found["span"])
            for quote in merged_quotes:
                if quote["id"] in seen_quotes:
                    continue
                for occurrence in quote.get("occurrences") or []:
                    span = occurrence.get("span")
                    if occurrence.get("doc_id") == mention["doc_id"] and span and span[0] < right and left < span[1]:
                        related.append(quote)
                        seen_quotes.add(quote["id"])
                        break
    # The canonical event carries its mentions' claims and what its sources disagree on
    # (corpus/linking.py): shown as they are, not worked out again here.
    return {"event": event, "reports": reports, "claims": event.get("claims") or [], "conflicts": conflicts(event),
            "quotes": related, "dyad": dyad_of(event), "headline": headline(event)}


def conflicts(event: dict) -> list[dict]:
    """The canonical event's disagreements, side by side: each field or kind of claim with
    the rival values (figures, denials: each with its source and claimant; dates: values)."""
    return [{"what": field.replace("_", " "), "sides": [_side(item) for item in values]}
            for field, values in (event.get("disagreements") or {}).items()]


def _side(item) -> dict:
    if not isinstance(item, dict):
        return {"value": item, "source": None}
    claimant = item.get("claimant")
    return {"value": item.get("value"), "source": item.get("source"), "text": item.get("text"),
            "claimant": claimant.get("name") if isinstance(claimant, dict) else claimant}


# -- one document ----------------------------------------------------------------------------


def document_page(store: Store, doc_id: str) -> dict:
    """A stored article with every event (its trigger, actor and recipient), quote and place
    highlighted; each event's trigger carries the anchor `event-<id>` the event pages link to."""
    document = service.get_document(store, doc_id)
    record, text = document["record"], document["text"]
    spans = []
    for event in record.get("events") or []:
        for field, kind in (("actor", "actor"), ("trigger", "trigger"), ("recipient", "recipient")):
            part = event.get(field) or {}
            if part.get("span"):
                label = f"{kind} of {event.get('event_type')}: {part.get('name') or part.get('text')}"
                anchor = f"event-{event['id']}" if kind == "trigger" else None
                spans.append((part["span"][0], part["span"][1], kind, label, anchor))
    for quote in record.get("quotes") or []:
        if quote.get("span"):
            speaker = (quote.get("speaker") or {}).get("name") or "unattributed"
            spans.append((quote["span"][0], quote["span"][1], "quote", f"quote: {speaker}", f"quote-{quote.get('id')}"))
    for place in record.get("places") or []:
        if place.get("span"):
            spans.append((place["span"][0], place["span"][1], "place", f"place: {place.get('name') or place.get('text')}"))
    return {"document": document, "text": highlight(text, 0, spans), "events": record.get("events") or [],
            "quotes": record.get("quotes") or [], "places": record.get("places") or []}


# -- dyad, actor, quotes, map ----------------------------------------------------------------


def dyad_page(store: Store, a: str, b: str, *, start=None, end=None) -> dict:
    """A dyad's chart data, and its events as the chart counts them: the same pairing (a
    recipient-less event in the other country counts, as corpus/dyads.py has it), the same
    window, and each event on the day the chart draws it (`chart_day`: its date, or for an
    event without a day-precise date its first report's day)."""
    from ..corpus.dyads import event_day, event_dyad, first_day, last_day

    a, b = sorted((a.upper(), b.upper()))
    data = service.dyad(store, a, b, start=start or None, end=end or None)
    names = country_names(store)
    low, high = first_day(start or None), last_day(end or None)
    pair_events = []
    for e in service.events(store):
        pair, day = event_dyad(e), event_day(e)
        if pair and set(pair) == {a, b} and day and (not low or day >= low) and (not high or day <= high):
            pair_events.append({**e, "chart_day": day})
    pair_events.sort(key=lambda e: e["chart_day"])
    return {"a": a, "b": b, "names": {a: names.get(a, a), b: names.get(b, b)}, "dyad": data, "events": pair_events,
            "filters": {"from": start, "to": end}}


def country_names(store: Store) -> dict[str, str]:
    """Country code -> the name the store's actors give it (the state actor's own name)."""
    names: dict[str, str] = {}
    for actor in service.actors(store):
        if actor.get("code") and actor.get("code") == actor.get("country"):
            names.setdefault(actor["code"], actor["name"])
    return names


def actor_page(store: Store, code: str) -> dict:
    matches = [a for a in service.actors(store) if (a.get("code") or "") == code]
    if not matches:
        raise FlashpointError("not-found", "no actor with this code in the store", location=code)
    is_state = any(a.get("country") == code for a in matches)

    def concerns(side: dict | None) -> bool:
        # A state's page also gathers its government, military and other sector actors.
        return bool(side) and (side.get("code") == code or (is_state and side.get("country") == code))

    rows = service.events(store)
    as_actor = [e for e in rows if concerns(e.get("actor"))]
    as_recipient = [e for e in rows if concerns(e.get("recipient"))]
    quotes = [q for q in service.quotes(store)
              if (q.get("speaker") or {}).get("actor_code") and (q["speaker"]["actor_code"] == code
                                                                  or (is_state and q["speaker"]["actor_code"][:3] == code))]
    aliases = []
    for a in matches:
        for alias in [a["name"], *a.get("aliases", [])]:
            if alias not in aliases:
                aliases.append(alias)
    return {"code": code, "name": matches[0]["name"], "entries": matches, "aliases": aliases, "is_state": is_state,
            "country": matches[0].get("country"), "sector": matches[0].get("sector"),
            "documents": max(a.get("documents", 0) for a in matches),
            "as_actor": as_actor, "as_recipient": as_recipient, "quotes": quotes}


def speakers(rows: list[dict], states: set[str] = frozenset()) -> list[tuple[str, str, int]]:
    """(filter key, name, quotes) per speaker, most quoted first, with the names of one speaker
    counted together: a state quoted by its name or its capital ("Turkey", "Ankara": the actor
    code is the bare country code) under that code, and a surname under the full name of the same
    actor ("Erdoğan" under "Recep Tayyip Erdoğan")."""
    people: dict[str | None, set[str]] = {}
    for row in rows:
        speaker = row.get("speaker") or {}
        if speaker.get("name"):
            people.setdefault(speaker.get("actor_code"), set()).add(speaker["name"])

    @lru_cache(maxsize=None)
    def key_of(name: str, code: str | None) -> str:
        if not code:
            return name  # no actor: names alone do not say two speakers are one
        if code in states:
            return code  # the state itself
        longer = [n for n in people.get(code, ()) if n != name and n.endswith(" " + name)]
        return max(longer, key=len) if longer else name

    counts: Counter = Counter()
    names: dict[str, Counter] = {}
    for row in rows:
        speaker = row.get("speaker") or {}
        if not speaker.get("name"):
            continue
        key = key_of(speaker["name"], speaker.get("actor_code"))
        counts[key] += 1
        names.setdefault(key, Counter())[speaker["name"]] += 1
    return [(key, names[key].most_common(1)[0][0] if key in states else key, n) for key, n in counts.most_common()]


def states(store: Store) -> set[str]:
    """The country codes the store's actors hold as states (code = country)."""
    return {a["code"] for a in service.actors(store) if a.get("code") and a["code"] == a.get("country")}
