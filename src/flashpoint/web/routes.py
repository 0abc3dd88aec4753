"""The dashboard's page routes (HTML) and its static files."""

from __future__ import annotations

import csv
import io
import math
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from .. import service
from ..errors import FlashpointError
from ..export import FLAT_COLUMNS, flat_row
from ..language.periods import event_period
from ..service import Filter
from ..service import Page as Rows
from ..service import cache as service_cache
from ..service.query import check_date_option, report_count
from ..store import Store
from . import charts, views

HERE = Path(__file__).parent
PAGE_SIZE = 50
SORTS = {"date": "Date", "-date": "Date", "sources": "Sources", "-sources": "Sources", "goldstein": "Goldstein", "-goldstein": "Goldstein"}
# Scripts and styles from this server only, no inline script, no plugins, no framing:
# even markup that slipped past escaping could not run.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


@lru_cache(maxsize=1)
def templates() -> Environment:
    """The Jinja2 environment of the pages and the report: autoescape on for everything."""
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(charts=charts, headline=views.headline, side_label=views.side_label, side_key=views.side_key,
                       type_colour=charts.type_colour, quad_names=views.QUAD_NAMES, dyad_of=views.dyad_of)
    env.filters["readable_date"] = views.readable_date
    env.filters["period"] = event_period  # what an event's date is known to: its day, else "2019-W12", "2019-03"
    env.filters["reports"] = report_count
    env.filters["query"] = lambda params: urlencode({k: v for k, v in params.items() if v not in (None, "")})
    return env


class Page(HTMLResponse):
    def init_headers(self, headers=None) -> None:
        super().init_headers(headers)
        self.raw_headers.extend([(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                                 (b"referrer-policy", b"no-referrer")])


def render(name: str, status: int = 200, **context) -> Page:
    return Page(templates().get_template(name).render(linked=True, **context), status_code=status)


def _timeline_link(start: str, end: str, event_type: str) -> str:
    return "/events?" + urlencode({"from": start, "to": end, "type": event_type})


def _map_link(flt: Filter):
    """A map mark's link: its one event, or the events list of its type and country with the
    map's other filters (dates, confidence, ...) kept."""

    def link(group: list[dict]) -> str:
        if len(group) == 1:
            return f"/events/{group[0]['id']}"
        place = group[0].get("location") or {}
        params = {**flt.params(), "type": group[0].get("event_type"), "country": place.get("country_code")}
        return "/events?" + urlencode({k: v for k, v in params.items() if v})

    return link


def _pager(cut: dict, params: dict) -> dict:
    """What the pager macro needs: this page, how many, and the link of page n."""
    pages = max(1, math.ceil(cut["total"] / cut["limit"]))
    return {"total": cut["total"], "page": cut["offset"] // cut["limit"] + 1, "pages": pages,
            "params": {k: v for k, v in params.items() if v not in (None, "")}}


def _live(store: Store) -> str:
    """The cursor a live page's event stream starts after: the latest alert's."""
    from ..store.watch import WatchTables

    return WatchTables(store).pulse()["cursor"]


CONFIDENCE = r"^(0(\.\d+)?|1(\.0+)?)?$"


def page_filter(start: str | None = Query(None, alias="from"), end: str | None = Query(None, alias="to"),
                actor: str | None = Query(None, max_length=200), event_type: str | None = Query(None, alias="type", max_length=20),
                country: str | None = Query(None, max_length=3), source: str | None = Query(None, max_length=200),
                q: str | None = Query(None, max_length=500), min_confidence: str | None = Query(None, pattern=CONFIDENCE),
                min_sources: str | None = Query(None, pattern=r"^\d{0,4}$"), status: str | None = Query(None, pattern=r"^[a-z_]{0,20}$"),
                precision: str | None = Query(None, pattern=r"^(day|week|month|year|decade)?$"),
                coarse: str | None = Query(None, pattern=r"^(true|false)?$")) -> Filter:
    """The events filter of the pages: the API's parameters, as a form sends them (empty
    fields ask nothing). A day range leaves out events known only to a coarser date unless
    coarse=true is asked."""
    return Filter(start=start, end=end, actor=actor, event_type=event_type, country=country, source=source, q=q,
                  min_confidence=float(min_confidence) if min_confidence else None,
                  min_sources=int(min_sources) if min_sources and int(min_sources) > 1 else None,
                  status=status, precision=precision, coarse=coarse == "true")


def _form(flt: Filter) -> dict:
    """The filter as the pages' form fields and links."""
    return {k: v for k, v in flt.params().items()}


EXPORTS = {
    "events": lambda store, flt, sort: views.events(store, flt, sort=sort or "-date"),  # the events page's order
    "quotes": lambda store, flt, sort: service.quotes(store, Filter(q=flt.q, speaker=flt.speaker, source=flt.source, start=flt.start,
                                                                    end=flt.end), sort or "repeated"),
    "actors": lambda store, flt, sort: service.actors(store, Filter(q=flt.q, country=flt.country)),
}


def exported(kind: str, fmt: str, rows: list[dict]) -> Response:
    """A filtered list as a download: JSON (the API's items) or CSV (events: the export's flat
    columns; quotes and actors: one row each)."""
    headers = {"Content-Disposition": f'attachment; filename="flashpoint-{kind}.{fmt}"', "X-Content-Type-Options": "nosniff"}
    if fmt == "json":
        from ..api.http import SafeJSONResponse

        return SafeJSONResponse({"total": len(rows), "items": rows}, headers=headers)
    out = io.StringIO()
    writer = csv.writer(out)
    columns, row_of = CSV_ROWS[kind]
    writer.writerow(columns)
    for row in rows:
        values = row_of(row)
        writer.writerow(["; ".join(map(str, v)) if isinstance(v, list) else ("" if v is None else v) for v in (values[c] for c in columns)])
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


def _quote_row(q: dict) -> dict:
    speaker, first = q.get("speaker") or {}, q.get("first_seen") or {}
    return {"id": q.get("id"), "kind": q.get("kind"), "text": q.get("text"), "speaker": speaker.get("name"),
            "speaker_code": speaker.get("actor_code"), "first_source": first.get("source"), "first_published": first.get("published"),
            "occurrences": len(q.get("occurrences") or []), "sources": list(q.get("sources") or [])}


def _actor_row(a: dict) -> dict:
    return {k: a.get(k) for k in ("name", "code", "country", "sector", "aliases", "documents")}


CSV_ROWS = {
    "events": (FLAT_COLUMNS, flat_row),
    "quotes": (("id", "kind", "text", "speaker", "speaker_code", "first_source", "first_published", "occurrences", "sources"), _quote_row),
    "actors": (("name", "code", "country", "sector", "aliases", "documents"), _actor_row),
}


def page_store(request: Request) -> Store:
    return request.app.state.pages_store


def not_found(error: FlashpointError) -> Page:
    return render("error.html", status=404, title="Not found", message=error.message, location=error.location)


def _found(view, *args):
    """`view(*args)`, or the not-found page when it names nothing stored."""
    try:
        return view(*args)
    except FlashpointError as error:
        if error.code != "not-found":
            raise
        return not_found(error)


router = APIRouter(include_in_schema=False, default_response_class=Page)

@router.get("/")
def overview_page(store: Store = Depends(page_store)):
    # the overview and its timeline change with the store only (the live cursor does not)
    data, timeline = service_cache.shared(store, "overview-page", _overview)
    return render("overview.html", title="Overview", nav="overview", data=data, live=_live(store), timeline=timeline)


def _overview(store: Store) -> tuple[dict, Markup]:
    data = views.overview(store)
    return data, charts.timeline(data["events"], link=_timeline_link)


@router.get("/events")
def events_page(flt: Filter = Depends(page_filter), sort: str = "-date", page: int = Query(1, ge=1, le=1_000_000), store: Store = Depends(page_store)):
    if sort not in SORTS:
        sort = "-date"
    rows = views.events(store, flt, sort=sort)
    pages = max(1, math.ceil(len(rows) / PAGE_SIZE))
    page = min(page, pages)
    return render("events.html", title="Events", nav="events", rows=rows[(page - 1) * PAGE_SIZE: page * PAGE_SIZE],
                  total=len(rows), page=page, pages=pages, filters=_form(flt), sort=sort,
                  facets=views.facets(views.events(store)), timeline=charts.timeline(rows, link=_timeline_link, height=200))

@router.get("/events/{event_id}")
def event_page(event_id: str, store: Store = Depends(page_store)):
    data = _found(views.event_page, store, event_id)
    if isinstance(data, Page):
        return data
    return render("event.html", title=data["headline"], nav="events", data=data, e=data["event"])

@router.get("/documents/{doc_id}")
def document_page(doc_id: str, store: Store = Depends(page_store)):
    data = _found(views.document_page, store, doc_id)
    if isinstance(data, Page):
        return data
    return render("document.html", title=data["document"].get("title") or doc_id, nav="events", data=data,
                  d=data["document"])

@router.get("/export/{name}")
def export_list(name: str, flt: Filter = Depends(page_filter), sort: str | None = Query(None, pattern=r"^-?(date|sources|goldstein)$"),
                speaker: str | None = Query(None, max_length=200), store: Store = Depends(page_store)):
    kind, _, fmt = name.partition(".")
    if kind not in EXPORTS or fmt not in ("csv", "json"):
        return not_found(FlashpointError("not-found", "exports are /export/{events,quotes,actors}.{csv,json}", location=name))
    rows = EXPORTS[kind](store, flt.with_(speaker=speaker), sort)
    return exported(kind, fmt, rows)

@router.get("/dyads")
def dyads_page(store: Store = Depends(page_store)):
    return render("dyads.html", title="Dyads", nav="dyads", dyads=service.dyads(store), names=views.country_names(store))

@router.get("/dyads/{a}/{b}")
def dyad_page(a: str, b: str, start: str | None = Query(None, alias="from"), end: str | None = Query(None, alias="to"), store: Store = Depends(page_store)):
    if not (a.isalpha() and b.isalpha() and len(a) == 3 and len(b) == 3):
        return not_found(FlashpointError("not-found", "a dyad is two ISO-3 country codes, e.g. /dyads/IRN/PAK", location=f"{a}/{b}"))
    start, end = check_date_option("from", start), check_date_option("to", end)
    data = views.dyad_page(store, a, b, start=start, end=end)
    return render("dyad.html", title=f"{data['names'][data['a']]} – {data['names'][data['b']]}", nav="dyads", data=data,
                  chart=charts.escalation(data["dyad"], data["names"]))


@router.get("/actors")
def actors_page(q: str | None = Query(None, max_length=200), page: int = Query(1, ge=1, le=1_000_000), store: Store = Depends(page_store)):
    rows = service.actors(store, Filter(q=q))
    cut = Rows.number(page, PAGE_SIZE).cut(rows)
    return render("actors.html", title="Actors", nav="actors", rows=cut["items"], q=q or "", **_pager(cut, {"q": q}))

@router.get("/actors/{code}")
def actor_page(code: str, page: int = Query(1, ge=1, le=1_000_000), store: Store = Depends(page_store)):
    """Its events as actor and as recipient and its people's quotes, each list paged alike."""
    data = _found(views.actor_page, store, code)
    if isinstance(data, Page):
        return data
    window = Rows.number(page, PAGE_SIZE)
    cuts = {name: window.cut(data[name]) for name in ("as_actor", "as_recipient", "quotes")}
    longest = max(cuts.values(), key=lambda c: c["total"])
    return render("actor.html", title=data["name"], nav="actors", data=data, cuts=cuts, **_pager(longest, {}))


@router.get("/map")
def map_page(flt: Filter = Depends(page_filter), store: Store = Depends(page_store)):
    rows = views.events(store, flt)
    involved = {c for e in rows for c in ((e.get("actor") or {}).get("country"), (e.get("recipient") or {}).get("country")) if c}
    located = [e for e in rows if (e.get("location") or {}).get("lat") is not None]
    return render("map.html", title="Map", nav="map", rows=rows, located=located, filters=_form(flt),
                  facets=views.facets(views.events(store)),
                  chart=charts.world_map(rows, countries=involved, link=_map_link(flt)))

@router.get("/quotes")
def quotes_page(q: str | None = Query(None, max_length=500), speaker: str | None = Query(None, max_length=200),
                source: str | None = Query(None, max_length=200), page: int = Query(1, ge=1, le=1_000_000), store: Store = Depends(page_store)):
    flt = Filter(q=q, speaker=speaker, source=source)
    rows = service.quotes(store, flt, sort="repeated")
    cut = Rows.number(page, PAGE_SIZE).cut(rows)
    return render("quotes.html", title="Quotes", nav="quotes", rows=cut["items"], speakers=views.speakers(rows, views.states(store)),
                  filters=_form(flt), **_pager(cut, _form(flt)))

@router.get("/alerts")
def alerts_page(rule: str | None = Query(None, max_length=256), store: Store = Depends(page_store)):
    everything = service.alerts(store, limit=None)
    rows = [a for a in everything if not rule or a["rule"] == rule][:500]
    return render("alerts.html", title="Alerts", nav="alerts", rows=rows, rule=rule,
                  rules=sorted({a["rule"] for a in everything}), sources=service.watched_sources(store), live=_live(store))


def mount_pages(app: FastAPI, store: Store) -> None:
    app.state.pages_store = store
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")


__all__ = ["CSP", "mount_pages", "templates"]
