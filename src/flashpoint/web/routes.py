"""The dashboard's page routes (HTML) and its static files."""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader

from ..errors import FlashpointError
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


def _map_link(group: list[dict]) -> str:
    if len(group) == 1:
        return f"/events/{group[0]['id']}"
    place = group[0].get("location") or {}
    return "/events?" + urlencode({k: v for k, v in {"type": group[0].get("event_type"), "country": place.get("country_code")}.items() if v})


def _live(store: Store) -> str:
    """The cursor a live page's event stream starts after: the latest alert's."""
    from ..store.watch import WatchTables

    return WatchTables(store).pulse()["cursor"]


def mount_pages(app: FastAPI, store: Store) -> None:
    router = APIRouter(include_in_schema=False, default_response_class=Page)

    def not_found(error: FlashpointError) -> Page:
        return render("error.html", status=404, title="Not found", message=error.message, location=error.location)

    @router.get("/")
    def overview_page():
        data = views.overview(store)
        return render("overview.html", title="Overview", nav="overview", data=data, live=_live(store),
                      timeline=charts.timeline(data["events"], link=_timeline_link))

    @router.get("/events")
    def events_page(request: Request, start: str | None = Query(None, alias="from"), end: str | None = Query(None, alias="to"),
                    actor: str | None = None, event_type: str | None = Query(None, alias="type"), country: str | None = None,
                    source: str | None = None, q: str | None = None, sort: str = "-date", page: int = Query(1, ge=1),
                    min_confidence: str | None = Query(None, pattern=r"^(0(\.\d+)?|1(\.0+)?)?$")):
        if sort not in SORTS:
            sort = "-date"
        filters = {"from": start, "to": end, "actor": actor, "type": event_type, "country": country, "source": source, "q": q,
                   "min_confidence": min_confidence}
        rows = views.events(store, start=start, end=end, actor=actor, country=country, source=source, q=q,
                            event_type=event_type, sort=sort, min_confidence=float(min_confidence) if min_confidence else None)
        pages = max(1, math.ceil(len(rows) / PAGE_SIZE))
        page = min(page, pages)
        return render("events.html", title="Events", nav="events", rows=rows[(page - 1) * PAGE_SIZE: page * PAGE_SIZE],
                      total=len(rows), page=page, pages=pages, filters=filters, sort=sort,
                      facets=views.facets(views.events(store)), timeline=charts.timeline(rows, link=_timeline_link, height=200))

    @router.get("/events/{event_id}")
    def event_page(event_id: str):
        try:
            data = views.event_page(store, event_id)
        except FlashpointError as error:
            if error.code != "not-found":
                raise
            return not_found(error)
        return render("event.html", title=data["headline"], nav="events", data=data, e=data["event"])

    @router.get("/dyads")
    def dyads_page():
        from .. import service

        return render("dyads.html", title="Dyads", nav="dyads", dyads=service.dyads(store), names=views.country_names(store))

    @router.get("/dyads/{a}/{b}")
    def dyad_page(a: str, b: str, start: str | None = Query(None, alias="from"), end: str | None = Query(None, alias="to")):
        if not (a.isalpha() and b.isalpha() and len(a) == 3 and len(b) == 3):
            return not_found(FlashpointError("not-found", "a dyad is two ISO-3 country codes, e.g. /dyads/IRN/PAK", location=f"{a}/{b}"))
        data = views.dyad_page(store, a, b, start=start, end=end)
        return render("dyad.html", title=f"{data['names'][data['a']]} – {data['names'][data['b']]}", nav="dyads", data=data,
                      chart=charts.escalation(data["dyad"], data["names"]))

    @router.get("/actors")
    def actors_page(q: str | None = None):
        rows = [a for a in views.actors(store)
                if not q or any(q.lower() in n.lower() for n in [a["name"], *(a.get("aliases") or []), a.get("code") or ""])]
        return render("actors.html", title="Actors", nav="actors", rows=rows, q=q or "")

    @router.get("/actors/{code}")
    def actor_page(code: str):
        try:
            data = views.actor_page(store, code)
        except FlashpointError as error:
            if error.code != "not-found":
                raise
            return not_found(error)
        return render("actor.html", title=data["name"], nav="actors", data=data)

    @router.get("/map")
    def map_page(event_type: str | None = Query(None, alias="type"), country: str | None = None,
                 start: str | None = Query(None, alias="from"), end: str | None = Query(None, alias="to")):
        rows = views.events(store, start=start, end=end, country=country, event_type=event_type)
        involved = {c for e in rows for c in ((e.get("actor") or {}).get("country"), (e.get("recipient") or {}).get("country")) if c}
        located = [e for e in rows if (e.get("location") or {}).get("lat") is not None]
        return render("map.html", title="Map", nav="map", rows=rows, located=located,
                      filters={"type": event_type, "country": country, "from": start, "to": end},
                      facets=views.facets(views.events(store)),
                      chart=charts.world_map(rows, countries=involved, link=_map_link))

    @router.get("/quotes")
    def quotes_page(q: str | None = None, speaker: str | None = None, source: str | None = None):
        rows = views.quotes(store, q=q, speaker=speaker, source=source)
        return render("quotes.html", title="Quotes", nav="quotes", rows=rows, speakers=views.speakers(rows),
                      filters={"q": q, "speaker": speaker, "source": source})

    @router.get("/alerts")
    def alerts_page(rule: str | None = Query(None, max_length=256)):
        from .. import service

        everything = service.alerts(store, limit=None)
        rows = [a for a in everything if not rule or a["rule"] == rule][:500]
        return render("alerts.html", title="Alerts", nav="alerts", rows=rows, rule=rule,
                      rules=sorted({a["rule"] for a in everything}), sources=service.watched_sources(store), live=_live(store))

    app.include_router(router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")


__all__ = ["CSP", "mount_pages", "templates"]
