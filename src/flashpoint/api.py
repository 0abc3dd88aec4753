"""The HTTP API: FastAPI over the same service layer as the CLI.

`create_app(db, token=..., max_body=...)` returns an ASGI app. Reads are open (the server
binds to loopback by default); writes (POST /api/ingest, DELETE /api/documents/{id}) need
`Authorization: Bearer <token>`, and are refused altogether when no token is set. Request
bodies over `max_body` bytes are refused with 413. Every error is JSON:
`{"error": {"code": <a code of flashpoint.errors>, "message": ...}}`.

JSON responses escape `<`, `>` and `&` as \\u003c, \\u003e, \\u0026 (the values are the same
once parsed), and carry `X-Content-Type-Options: nosniff`, so article text containing markup
can never be taken for HTML by a browser.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import threading
from typing import Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import api_service, service
from .errors import FlashpointError
from .ingest.readers import load_json
from .pipeline import Pipeline
from .store import Store, open_store

# Error code -> HTTP status. Codes not listed are 400 (input) or 500 (store).
STATUS = {"not-found": 404, "too-large": 413, "store-error": 500, "store-too-new": 500, "model-missing": 500,
          "model-mismatch": 500, "stage-error": 500, "pipeline-order": 500, "unknown-stage": 500}
# There are no dedicated codes for authentication yet: "bad-option" (the Authorization
# header is an option of the request) until errors.py gains e.g. "unauthorized"/"forbidden".


class SafeJSONResponse(JSONResponse):
    def render(self, content: Any) -> bytes:
        text = json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        # In JSON, <, > and & only occur inside strings, where their \u escapes mean the same.
        text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        return text.encode("utf-8")

    def init_headers(self, headers=None) -> None:
        super().init_headers(headers)
        self.raw_headers.append((b"x-content-type-options", b"nosniff"))


def error_response(status: int, code: str, message: str) -> SafeJSONResponse:
    return SafeJSONResponse({"error": {"code": code, "message": message}}, status_code=status)


class BodyLimit:
    """ASGI middleware: refuse request bodies over `max_body` bytes with 413, whether the
    client declares the length or streams the body."""

    def __init__(self, app, max_body: int):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        too_large = error_response(413, "too-large", f"the request body is larger than the limit of {self.max_body} bytes")
        if declared is not None:
            try:
                if int(declared) > self.max_body:
                    return await too_large(scope, receive, send)
            except ValueError:
                return await error_response(400, "bad-option", "bad Content-Length")(scope, receive, send)
        if scope.get("method") in ("GET", "HEAD", "OPTIONS") and declared is None:
            return await self.app(scope, receive, send)
        # Read the body (at most max_body bytes), then replay it to the app.
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_body:
                return await too_large(scope, receive, send)
            chunks.append(body)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)


def create_app(db: str, *, token: str | None = None, max_body: int = 5_000_000, pipeline: Pipeline | None = None) -> FastAPI:
    """The API over the store at `db` (a SQLite path or a PostgreSQL URL).

    `pipeline`: the pipeline POST /api/ingest runs (default: all stages, loaded on first use).
    """
    store: Store = open_store(db)
    state = {"pipeline": pipeline}
    write_lock = threading.Lock()  # one writer at a time (SQLite's rule; harmless elsewhere)

    app = FastAPI(title="Flashpoint", version=_version(), default_response_class=SafeJSONResponse,
                  docs_url=None, redoc_url=None,  # their pages load scripts from a CDN; the schema is at /openapi.json
                  description="Coded, source-attributed conflict events from news: the same views as the `flashpoint` CLI.")
    app.add_middleware(BodyLimit, max_body=max_body)

    @app.middleware("http")
    async def _check_dates(request: Request, call_next):
        # `from` and `to` are dates of any precision; one that is no date ("2024-02-30", "soon")
        # is a 400, not a silently empty page
        if request.url.path.startswith("/api/"):
            for name in ("from", "to"):
                value = request.query_params.get(name)
                if value is not None and value != "" and not api_service.valid_date_option(value):
                    return error_response(400, "bad-option", f"{name}: {value[:40]!r} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www)")
        return await call_next(request)
    app.state.store = store

    # -- errors ----------------------------------------------------------------------------

    @app.exception_handler(FlashpointError)
    async def _flashpoint_error(_request: Request, exc: FlashpointError):
        status = STATUS.get(exc.code, 400)
        return error_response(status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError):
        parts = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()))
            parts.append(f"{where}: {err.get('msg')}")
        return error_response(400, "bad-option", "; ".join(parts) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException):
        code = {404: "not-found", 401: "unauthorized", 403: "forbidden"}.get(exc.status_code, "bad-option")
        response = error_response(exc.status_code, code, str(exc.detail))
        if exc.status_code == 401:
            response.headers["WWW-Authenticate"] = "Bearer"
        return response

    @app.exception_handler(Exception)
    async def _internal_error(_request: Request, exc: Exception):
        return error_response(500, "store-error", f"internal error: {type(exc).__name__}")

    # -- auth ------------------------------------------------------------------------------

    def require_token(request: Request) -> None:
        if not token:
            raise StarletteHTTPException(403, "writes are disabled: the server was started without a token")
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        if scheme.lower() != "bearer" or not given:
            raise StarletteHTTPException(401, "this endpoint needs 'Authorization: Bearer <token>'")
        if not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise StarletteHTTPException(403, "the token is not valid")

    # -- common parameters -----------------------------------------------------------------

    def paging(limit: int = Query(100, ge=1, le=10_000, description="At most this many items."),
               offset: int = Query(0, ge=0, description="Skip this many items first.")) -> dict:
        return {"limit": limit, "offset": offset}

    SORT = Query(None, pattern=r"^-?date$", description="date or -date (undated items last); default: the service's order.")
    FROM = Query(None, alias="from", description="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    TO = Query(None, alias="to", description="Up to this date (inclusive).")

    # -- reads -----------------------------------------------------------------------------

    @app.get("/api/documents", tags=["documents"], summary="Stored documents")
    def documents(start: str | None = FROM, end: str | None = TO, source: str | None = None,
                  q: str | None = Query(None, description="Text in the title or id."),
                  sort: str | None = SORT, p: dict = Depends(paging)):
        rows = [d for d in store.documents()
                if api_service.in_range(d.get("published"), start, end)
                and (not source or (d.get("source") or "").lower() == source.lower())
                and (not q or q.lower() in ((d.get("title") or "") + " " + d["id"]).lower())]
        return api_service.page(api_service.sort_rows(rows, sort, lambda d: d.get("published")), **p)

    @app.get("/api/documents/{doc_id}", tags=["documents"], summary="One document: its record and its text")
    def document(doc_id: str):
        return api_service.get_document(store, doc_id)

    @app.get("/api/events", tags=["events"], summary="Canonical events (or, with mentions=true, each document's event mentions)")
    def events(mentions: bool = False, start: str | None = FROM, end: str | None = TO,
               event_type: str | None = Query(None, alias="type", description="A PLOVER event type."),
               actor: str | None = Query(None, description="Actor or recipient: a country or actor code, or part of a name."),
               country: str | None = Query(None, description="ISO-3 country of the actor, recipient or place."),
               source: str | None = None, q: str | None = Query(None, description="Text in the event's sentence."),
               min_sources: int = Query(1, ge=1, description="Canonical events reported by at least this many sources."),
               min_confidence: float | None = Query(None, ge=0, le=1, description="Events whose confidence is at least this."),
               sort: str | None = SORT, p: dict = Depends(paging)):
        if mentions:
            rows = service.list_annotations(store, "events", event_type=event_type.upper() if event_type else None)
        else:
            rows = service.canonical_events(store, min_sources=min_sources)
        keep = api_service.event_filter(start=start, end=end, actor=actor, country=country, source=source, q=q,
                                        event_type=event_type, min_confidence=min_confidence)
        rows = [r for r in rows if keep(r)]
        return api_service.page(api_service.sort_rows(rows, sort, lambda e: e.get("date")), **p)

    @app.get("/api/actors", tags=["actors"], summary="Actors merged across documents")
    def actors(country: str | None = None, q: str | None = Query(None, description="Part of a name or alias."),
               p: dict = Depends(paging)):
        rows = [a for a in service.list_actors(store)
                if (not country or (a.get("country") or "").upper() == country.upper())
                and (not q or any(q.lower() in n.lower() for n in [a["name"], *a.get("aliases", [])]))]
        return api_service.page(rows, **p)

    @app.get("/api/quotes", tags=["quotes"], summary="Quotes merged across documents (or, with mentions=true, each quotation)")
    def quotes(mentions: bool = False, start: str | None = FROM, end: str | None = TO, source: str | None = None,
               speaker: str | None = Query(None, description="Part of the speaker's name."),
               q: str | None = Query(None, description="Text in the quote."), sort: str | None = SORT, p: dict = Depends(paging)):
        if mentions:
            rows = service.list_annotations(store, "quotes")
            when = lambda r: r.get("published")  # noqa: E731
            sources = lambda r: [r.get("source")]  # noqa: E731
        else:
            rows = service.quote_provenance(store)
            when = lambda r: (r.get("first_seen") or {}).get("published")  # noqa: E731
            sources = lambda r: r.get("sources") or []  # noqa: E731
        rows = [r for r in rows
                if api_service.in_range(when(r), start, end)
                and (not source or source.lower() in [s.lower() for s in sources(r) if s])
                and (not speaker or speaker.lower() in ((r.get("speaker") or {}).get("name") or "").lower())
                and (not q or q.lower() in (r.get("text") or "").lower())]
        return api_service.page(api_service.sort_rows(rows, sort, when), **p)

    @app.get("/api/claims", tags=["claims"], summary="Claims (casualty figures and others) with their claimants")
    def claims(kind: str | None = None, start: str | None = FROM, end: str | None = TO, source: str | None = None,
               q: str | None = Query(None, description="Text in the claim's sentence."), sort: str | None = SORT,
               p: dict = Depends(paging)):
        rows = [r for r in service.list_annotations(store, "claims")
                if (not kind or r.get("kind") == kind)
                and api_service.in_range(r.get("published"), start, end)
                and (not source or (r.get("source") or "").lower() == source.lower())
                and (not q or q.lower() in (r.get("text") or "").lower())]
        return api_service.page(api_service.sort_rows(rows, sort, lambda r: r.get("published")), **p)

    @app.get("/api/events/claims", tags=["claims"],
             summary="Claims per canonical event side by side (by default only disputed ones: differing figures, denials)")
    def event_claims(conflicting: bool = True, kind: str | None = None, p: dict = Depends(paging)):
        return api_service.page(service.event_claims(store, conflicting=conflicting, kind=kind), **p)

    @app.get("/api/dyads", tags=["dyads"], summary="Pairs of countries with events between them, most active first")
    def dyads(country: str | None = None, p: dict = Depends(paging)):
        rows = [d for d in service.dyads(store) if not country or country.upper() in d["dyad"]]
        return api_service.page(rows, **p)

    @app.get("/api/dyads/{a}/{b}", tags=["dyads"], summary="One dyad: daily series, action-reaction pairs, escalation")
    def dyad(a: str, b: str, days: int = Query(7, ge=1, le=366), start: str | None = FROM, end: str | None = TO):
        return service.dyad(store, a.upper(), b.upper(), days=days, start=start, end=end)

    @app.get("/api/alerts", tags=["alerts"], summary="Alerts raised by `flashpoint watch`, newest first, with their evidence")
    def alerts(rule: str | None = Query(None, max_length=256, description="Only this rule's alerts (its name)."),
               kind: str | None = Query(None, pattern=r"^[a-z_]{1,32}$", description="Only this kind of rule."),
               after: str | None = Query(None, max_length=40, description="Only alerts fired after this time (ISO 8601)."),
               p: dict = Depends(paging)):
        return api_service.page(service.alerts(store, limit=None, rule=rule, kind=kind, after=after), **p)

    @app.get("/api/stream", tags=["alerts"], response_class=StreamingResponse,
             summary="Server-sent events while `flashpoint watch` runs: `alert` (each new alert) and `store` (counts changed)",
             responses={200: {"content": {"text/event-stream": {}}}})
    async def stream(request: Request,
                     after: str | None = Query(None, max_length=200, description="Resume after this event id (as Last-Event-ID)."),
                     limit: int | None = Query(None, ge=1, le=10_000, description="Close the stream after this many alerts."),
                     interval: float = Query(2.0, ge=0.1, le=60, description="Seconds between two looks at the store.")):
        from starlette.concurrency import run_in_threadpool

        from .store.watch import WatchTables

        tables = WatchTables(store)
        cursor = _cursor(request.headers.get("last-event-id") or after)

        async def events():
            nonlocal cursor
            sent, last_pulse, idle = 0, None, 0.0
            yield "retry: 5000\n\n"
            while True:
                pulse = await run_in_threadpool(tables.pulse)
                if pulse != last_pulse:
                    yield _sse("store", {"documents": pulse["documents"], "alerts": pulse["alerts"]})
                    last_pulse = pulse
                for alert in await run_in_threadpool(tables.since, cursor, limit - sent if limit else 100):
                    cursor = (alert["fired_at"], alert["id"])
                    yield _sse("alert", alert, event_id=f"{alert['fired_at']}|{alert['id']}")
                    sent += 1
                    if limit and sent >= limit:
                        return
                if await request.is_disconnected():
                    return
                await asyncio.sleep(interval)
                idle += interval
                if idle >= 15:
                    idle = 0.0
                    yield ": keep-alive\n\n"

        return StreamingResponse(events(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"})

    @app.get("/api/watch/sources", tags=["alerts"], summary="Sources `flashpoint watch` follows and how their last polls went")
    def watched_sources():
        return {"items": service.watched_sources(store)}

    # -- writes ----------------------------------------------------------------------------

    @app.post("/api/ingest", tags=["write"], status_code=201, dependencies=[Depends(require_token)],
              summary="Ingest documents: a JSON object or a list of them (id, source, published, title, url, text)",
              responses={200: {"description": "Nothing new stored (already stored or failed)"},
                         401: {"description": "No token"}, 403: {"description": "Wrong token, or writes disabled"},
                         413: {"description": "Body too large"}})
    async def ingest(request: Request, replace: bool = False):
        raw = await request.body()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FlashpointError("bad-json", f"the body is not JSON: {exc}") from None
        # huge integers and deep nesting are a 400 (bad-json), not an internal error
        body = load_json(text, "the body")
        from starlette.concurrency import run_in_threadpool

        def run():
            with write_lock:
                if state["pipeline"] is None:
                    state["pipeline"] = Pipeline()
                return api_service.ingest_objects(body, store, pipeline=state["pipeline"], replace=replace)

        report, stored = await run_in_threadpool(run)
        return SafeJSONResponse({**report.to_dict(), "ids": stored}, status_code=201 if report.stored else 200)

    @app.delete("/api/documents/{doc_id}", tags=["write"], dependencies=[Depends(require_token)],
                summary="Delete a document and its annotations")
    def delete(doc_id: str):
        with write_lock:
            return {"deleted": api_service.delete_document(store, doc_id), "id": doc_id}

    # -- the dashboard (HTML pages, sent with a Content-Security-Policy: scripts from here only)
    from .web import mount_pages

    mount_pages(app, store)
    return app


def app_from_environment() -> FastAPI:
    """The app of one `flashpoint serve --workers N` process, configured by the command."""
    import os

    token = os.environ.get(os.environ.get("FLASHPOINT_SERVE_TOKEN_ENV", "FLASHPOINT_TOKEN")) or None
    return create_app(os.environ["FLASHPOINT_SERVE_DB"], token=token, max_body=int(os.environ.get("FLASHPOINT_SERVE_MAX_BODY", "5000000")))


def _cursor(value: str | None) -> tuple[str, str] | None:
    """(fired_at, alert id) from an event id `fired_at|id`; a malformed one is refused."""
    if not value:
        return None
    fired_at, sep, alert_id = value.partition("|")
    if not sep or not fired_at or len(value) > 200:
        raise FlashpointError("bad-option", "an event id is FIRED_AT|ALERT_ID, as the stream sends it")
    return fired_at, alert_id


def _sse(event: str, data: dict, *, event_id: str | None = None) -> str:
    """One server-sent event; the data is one line of JSON (markup characters escaped)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    head = f"id: {event_id}\n" if event_id else ""
    return f"{head}event: {event}\ndata: {text}\n\n"


def _version() -> str:
    import importlib.metadata

    try:
        return importlib.metadata.version("flashpoint")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover
        return "0"
