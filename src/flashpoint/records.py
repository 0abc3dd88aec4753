"""The record format of DESIGN.md, typed.

`DocumentRecord` is what `flashpoint extract` writes (one JSON object per document), what
the Python API returns and what the store holds. The field names are a contract: extend,
never rename or drop. Every `span` is `[start, end)` in characters of the document text as
ingested.
"""

from __future__ import annotations

import json
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .language.periods import day_value, value_range

Span = Annotated[tuple[int, int], Field(description="[start, end) character offsets in the document text")]

EventStatus = Literal["occurred", "claimed", "denied", "threatened", "planned", "hypothetical", "historical"]
DatePrecision = Literal["day", "week", "month", "year", "decade"]  # a week value is an ISO week date: "2024-W03"

PLOVER_EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]


class _Record(BaseModel):
    # Records are plain data: unknown keys are an error so a typo never passes silently.
    model_config = ConfigDict(extra="forbid")


class ActorRef(_Record):
    """An actor as it takes part in one event: resolved identity plus the text that named it."""

    name: str | None = None
    code: str | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-3")
    sector: str | None = None
    text: str
    span: Span
    person: str | None = Field(None, description="the person who acted, when `name` is the state or organisation he or she acts for")


class Trigger(_Record):
    text: str
    span: Span


class Location(_Record):
    name: str
    country_code: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: str | None = None
    text: str | None = None
    span: Span | None = None
    basis: Literal["trigger", "argument", "context", "discourse"] | None = Field(
        None, description="how it was found: attached to the trigger, the stated place of the actor or recipient, "
                          "stated elsewhere in the document for the same event (then `span` points there), or, for an "
                          "event its text places nowhere, the country the article is speaking of (`discourse`: the "
                          "nearest place named before it, else the one named most; `span` points at that name)")


class EventMention(_Record):
    """One place a document tells an event: its sentence, trigger and the rule that coded it."""

    text: str
    span: Span
    trigger: Trigger
    rule: str


class Event(_Record):
    id: str
    event_type: PloverType
    mode: str | None = None
    context: list[str] = []
    cameo: str | None = None
    goldstein: float | None = None
    quad_class: int | None = Field(None, ge=1, le=4)
    actor: ActorRef | None = None
    recipient: ActorRef | None = None
    date: str | None = Field(None, description="the day (ISO) when the text fixes it, else null (see `date_range`)")
    date_precision: DatePrecision | None = None
    date_text: str | None = None
    date_range: tuple[str, str] | None = Field(
        None, description="[earliest, latest] day (ISO) the event may have happened on: [day, day] for a day, Monday to "
                          "Sunday for a week, the first to the last day of a month or a year; null when undated")
    location: Location | None = None
    fatalities: int | None = Field(None, description="best figure from the claims behind the event")
    fatalities_low: int | None = Field(None, description="lowest figure claimed")
    fatalities_high: int | None = Field(None, description="highest figure claimed")
    status: EventStatus = "occurred"
    text: str = Field(description="the sentence the event was coded from")
    span: Span
    trigger: Trigger
    rule: str = Field(description="id of the rule or model decision that produced the event")
    mentions: list[EventMention] = Field([], description="every sentence of the document that tells this event, the first being `text`")
    confidence: float | None = Field(None, ge=0, le=1, description="estimated probability that type, actor and recipient are right")

    @model_validator(mode="after")
    def _day_only(self) -> "Event":
        # A record written before `date_range` existed held a week, a month or a year in
        # `date`: read back, its date becomes its range and `date` keeps a day only.
        if self.date is not None and self.date_range is None:
            self.date_range = value_range(self.date)
            self.date = day_value(self.date)
        return self

    def set_date(self, value: str | None, precision: str | None, text: str | None) -> None:
        """Date the event by a value as the timexes write it ("2024-01-16", "2024-W03", "2024"):
        `date` holds it only when it is a day, `date_range` the days it spans."""
        self.date, self.date_range = day_value(value), value_range(value)
        self.date_precision, self.date_text = (precision, text) if self.date_range else (None, None)

    def date_from(self, other: "Event") -> None:
        """Take another event's date, all of it."""
        self.date, self.date_precision, self.date_text, self.date_range = other.date, other.date_precision, other.date_text, other.date_range


class Claimant(_Record):
    name: str
    code: str | None = None
    text: str | None = None
    span: Span | None = None


class Claim(_Record):
    kind: str
    event_id: str | None = None
    value: int | float | str | None = None
    claimant: Claimant | None = None
    text: str
    span: Span


class Speaker(_Record):
    name: str | None = None
    title: str | None = None
    organization: str | None = None
    actor_code: str | None = None
    text: str | None = None
    span: Span | None = None


class Quote(_Record):
    text: str = Field(description="the quoted words: the text of its `pieces` joined by one space")
    span: Span = Field(description="from the first character of the first piece to the last of the last; "
                                   "the text at it is `text` when the quote is in one piece")
    kind: Literal["direct", "indirect"]
    speaker: Speaker | None = None
    cue: str | None = None
    pieces: list[Span] = Field([], description="the spans of the quote's pieces, in order (one when it is not interrupted, "
                                                "several when the speaker or a cue is cut out of its middle): the texts at "
                                                "them joined by one space are `text`")


class Actor(_Record):
    name: str
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = []


class DateMention(_Record):
    text: str
    span: Span
    value: str | None = None
    precision: DatePrecision | None = None


class Place(_Record):
    text: str
    span: Span
    name: str | None = None
    country_code: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None
    basis: Literal["toponym", "adjective", "capital-metonym"] | None = Field(
        None, description="how the place is named: a place name (`toponym`), an adjective or group name of a country "
                          "or region (`adjective`: \"Russian\", \"EU\"), or a capital standing for its government "
                          "(`capital-metonym`: \"Tehran said\"); only toponyms can be an event's place")


class Entity(_Record):
    """A named-entity mention found by the parse (the raw material of actors and places)."""

    text: str
    label: str
    span: Span
    sentence: int = Field(description="index of the sentence the mention is in")


class DocumentRecord(_Record):
    doc_id: str
    source: str | None = None
    published: str | None = Field(None, description="ISO 8601 date of publication")
    published_inferred: bool = Field(False, description="true when `published` was inferred from the text or page")
    title: str | None = None
    url: str | None = None
    events: list[Event] = []
    claims: list[Claim] = []
    quotes: list[Quote] = []
    actors: list[Actor] = []
    dates: list[DateMention] = []
    places: list[Place] = []
    entities: list[Entity] = []
    sentences: list[Span] = Field([], description="sentence spans, in order; `Entity.sentence` indexes this list")

    def to_json(self) -> str:
        return self.model_dump_json()

    def to_dict(self) -> dict:
        return self.model_dump(mode="json")


def span_violations(record: DocumentRecord | dict, text: str) -> list[str]:
    """Every place where a record breaks the span contract, as readable lines (none: it keeps it).

    Each item with a `span` and a `text` must have exactly that text at the span; an item in
    several `pieces` (a quote with its speaker cut out of the middle) must have its text at the
    pieces joined by one space, and its span must run from the first piece to the last."""
    data = record.to_dict() if isinstance(record, DocumentRecord) else record
    problems: list[str] = []

    def bounded(path: str, span) -> bool:
        a, b = span
        if not 0 <= a <= b <= len(text):
            problems.append(f"{path}: span {[a, b]} is outside the text (length {len(text)})")
            return False
        return True

    def walk(item, path: str) -> None:
        if isinstance(item, list):
            for index, value in enumerate(item):
                walk(value, f"{path}[{index}]")
            return
        if not isinstance(item, dict):
            return
        span, value = item.get("span"), item.get("text")
        if span is not None and value is not None and bounded(path, span):
            pieces = item.get("pieces") or []
            if len(pieces) > 1:
                if all(bounded(f"{path}.pieces", p) for p in pieces):
                    joined = " ".join(text[a:b] for a, b in pieces)
                    if joined != value:
                        problems.append(f"{path}: pieces give {joined[:80]!r}, text is {value[:80]!r}")
                    if list(span) != [pieces[0][0], pieces[-1][1]]:
                        problems.append(f"{path}: span {list(span)} does not run from the first piece to the last")
                    if any(pieces[i][1] > pieces[i + 1][0] for i in range(len(pieces) - 1)):
                        problems.append(f"{path}: pieces overlap or are out of order")
            elif text[span[0]:span[1]] != value:
                problems.append(f"{path}: text at {list(span)} is {text[span[0]:span[1]][:80]!r}, not {value[:80]!r}")
        for key, sub in item.items():
            if isinstance(sub, dict | list):
                walk(sub, f"{path}.{key}" if path else key)

    walk(data, "")
    for index, span in enumerate(data.get("sentences") or []):
        bounded(f"sentences[{index}]", span)
    return problems


def json_schema() -> dict:
    """JSON Schema of `DocumentRecord` (what `flashpoint schema` prints)."""
    schema = DocumentRecord.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Flashpoint document record"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, sort_keys=True)
