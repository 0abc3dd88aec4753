"""What every response of the server shares: JSON with markup escaped, `nosniff`, errors as
`{"error": {"code", "message"}}`, the body size limit and the Host header allow-list."""

from __future__ import annotations

import asyncio
import functools
import inspect
import json
import time
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import Response
from fastapi.routing import APIRoute
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import FlashpointError

# Error code -> HTTP status. Codes not listed are 400 (input) or 500 (store).
STATUS = {"not-found": 404, "too-large": 413, "store-error": 500, "store-too-new": 500, "model-missing": 500,
          "model-mismatch": 500, "stage-error": 500, "pipeline-order": 500, "unknown-stage": 500,
          "unauthorized": 401, "forbidden": 403}
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")


class SafeJSONResponse(JSONResponse):
    def render(self, content: Any) -> bytes:
        text = json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=_encodable)
        # In JSON, <, > and & only occur inside strings, where their \u escapes mean the same.
        text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        return text.encode("utf-8")

    def init_headers(self, headers=None) -> None:
        super().init_headers(headers)
        self.raw_headers.append((b"x-content-type-options", b"nosniff"))


def _encodable(value: Any) -> Any:
    """What json.dumps cannot write (a date, a set, a model), as FastAPI would encode it."""
    encoded = jsonable_encoder(value)
    if encoded is value:
        raise TypeError(f"{type(value).__name__} is not JSON serialisable")
    return encoded


def error_response(status: int, code: str, message: str) -> SafeJSONResponse:
    return SafeJSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def _header(scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers") or []:
        if key == name:
            return value
    return None


class Guard:
    """ASGI middleware in front of everything, static files and the schema included:

    - the Host header must name a host of the allow-list (loopback names and `allowed_hosts`),
      so a page on another site cannot reach the server through DNS rebinding (400 bad-host);
    - request bodies over `max_body` bytes are refused with 413, declared or streamed;
    - every response carries `X-Content-Type-Options: nosniff`."""

    def __init__(self, app, max_body: int, allowed_hosts: tuple[str, ...] | None = None):
        self.app = app
        self.max_body = max_body
        # None: no check (an application embedding the API decides); `serve` always passes a list
        self.hosts = None if allowed_hosts is None else {h.lower() for h in (*LOOPBACK_NAMES, *allowed_hosts)}

    def host_allowed(self, value: bytes | None) -> bool:
        if self.hosts is None or "*" in self.hosts:
            return True
        if not value:
            return False  # HTTP/1.1 requires one; a request without it is not a browser's
        host = value.decode("latin-1").strip().lower()
        if host.startswith("["):  # [::1]:8765
            name = host[: host.find("]") + 1] if "]" in host else host
        else:
            name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
        return name in self.hosts or name.strip("[]") in self.hosts

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if not self.host_allowed(_header(scope, b"host")):
            shown = (_header(scope, b"host") or b"").decode("latin-1")[:80]
            return await error_response(400, "bad-host", f"this server does not answer to the host {shown!r}; "
                                                         "start it with --allowed-host to add one")(scope, receive, send)

        async def send_nosniff(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                if not any(k.lower() == b"x-content-type-options" for k, _ in headers):
                    headers.append((b"x-content-type-options", b"nosniff"))
                message = {**message, "headers": headers}
            await send(message)

        return await self._limit_body(scope, receive, send_nosniff)

    async def _limit_body(self, scope, receive, send):
        declared = _header(scope, b"content-length")
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


def install_error_handlers(app: FastAPI) -> None:
    """Every error as JSON with a stable code; malformed input is a 400, never a 500."""

    @app.exception_handler(FlashpointError)
    async def _flashpoint_error(_request: Request, exc: FlashpointError):
        return error_response(STATUS.get(exc.code, 400), exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError):
        parts = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()))
            parts.append(f"{where}: {err.get('msg')}")
        return error_response(400, "bad-option", "; ".join(parts)[:1000] or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException):
        code = {404: "not-found", 401: "unauthorized", 403: "forbidden"}.get(exc.status_code, "bad-option")
        response = error_response(exc.status_code, code, str(exc.detail))
        if exc.status_code == 401:
            response.headers["WWW-Authenticate"] = "Bearer"
        return response

    @app.exception_handler(RecursionError)
    @app.exception_handler(OverflowError)
    async def _input_too_big(_request: Request, exc: Exception):
        # a value too deep or too large to handle is the request's fault, not the store's
        return error_response(400, "bad-option", f"a value of the request is too large or too deeply nested ({type(exc).__name__})")

    @app.exception_handler(Exception)
    async def _internal_error(_request: Request, exc: Exception):
        return error_response(500, "store-error", f"internal error: {type(exc).__name__}")


class ReadCache:
    """ASGI middleware: whole GET responses of the reads computed from the stored documents
    and their links, kept per (path and query, store revision) and served again until the store
    changes. Under load the same few lists are asked for over and over; serving the bytes
    already rendered (instead of filtering, serialising or rendering again) is what lets one
    process answer hundreds of reads a second. Alerts, the event stream, static files and
    the overview (it carries the latest alert) are never cached; nor are responses other
    than 200, nor bodies over MAX_BYTES.

    While another process stores and links documents, the revision moves every second or so.
    A response kept from before is then served at once while the new one is rendered once, in
    the background, and takes its place: no reader waits for a rendering, and many clients
    asking for the same list do not each render it (measured: reads of over 2 s during an
    ingest, clients queueing behind each other's renderings). The views behind these
    responses are themselves being recomputed outside this process meanwhile (see
    `service.cache`); a response rendered from such a stale view is kept for STALE_SECONDS
    only, then rendered again the same way. After this process's own write (an ingest or a
    delete through the API) a reader waits for the new response, as it must see the write."""

    CACHED = ("/api/documents", "/api/events", "/api/quotes", "/api/actors", "/api/claims", "/api/dyads",
              "/events", "/documents/", "/quotes", "/actors", "/dyads", "/map", "/export/")
    KEPT = 256
    MAX_BYTES = 4_000_000
    STALE_SECONDS = 1.0

    def __init__(self, app, store):
        self.app = app
        self.store = store
        self.entries: dict = {}
        self.rendering: dict = {}  # key -> the task rendering it in the background

    def _cacheable(self, scope) -> bool:
        path = scope.get("path") or ""
        return scope["type"] == "http" and scope.get("method") == "GET" and path.startswith(self.CACHED)

    async def __call__(self, scope, receive, send):
        if not self._cacheable(scope):
            return await self.app(scope, receive, send)
        from starlette.concurrency import run_in_threadpool

        from ..service.cache import revision

        current = await run_in_threadpool(revision, self.store)
        key = (scope["path"], scope.get("query_string") or b"")
        hit = self.entries.get(key)
        if hit is not None and hit[0] == current and (hit[3] is None or time.monotonic() < hit[3]):
            return await self._send(hit, send)
        if hit is not None and hit[0][0] == current[0]:
            # only another process has written since (the write counters agree): serve what was
            # rendered, render the new response once, in the background
            if key not in self.rendering:
                task = asyncio.get_running_loop().create_task(self._render(dict(scope), _no_body, None, key, current))
                self.rendering[key] = task
                task.add_done_callback(lambda t, key=key: (self.rendering.pop(key, None), t.cancelled() or t.exception()))
            return await self._send(hit, send)
        await self._render(scope, receive, send, key, current)

    async def _send(self, entry, send) -> None:
        await send(entry[1])
        await send({"type": "http.response.body", "body": entry[2]})

    async def _render(self, scope, receive, send, key, current) -> None:
        """Render the response (sending it on when there is a reader) and keep it."""
        from ..service.cache import SERVED_STALE

        served = {"stale": False}
        SERVED_STALE.set(served)
        start, chunks, size = None, [], 0

        async def keep(message):
            nonlocal start, size
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body" and size <= self.MAX_BYTES:
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
            if send is not None:
                await send(message)

        await self.app(scope, receive, keep)
        if start is not None and start.get("status") == 200 and size <= self.MAX_BYTES:
            if key not in self.entries and len(self.entries) >= self.KEPT:
                self.entries.pop(next(iter(self.entries)))  # the oldest
            expires = time.monotonic() + self.STALE_SECONDS if served["stale"] else None
            self.entries[key] = (current, start, b"".join(chunks), expires)


async def _no_body():
    """The request body of a background rendering: a GET has none."""
    return {"type": "http.request", "body": b"", "more_body": False}


class RenderedRoute(APIRoute):
    """A route whose endpoint, run in the thread pool as a plain function, renders its own JSON
    response. Left to FastAPI, the data an endpoint returns is encoded (`jsonable_encoder`)
    and rendered on the event loop, where encoding a list of a hundred events holds up every
    other request for that long; in a thread it only shares the interpreter with them."""

    def __init__(self, path: str, endpoint, **kwargs):
        if not inspect.iscoroutinefunction(endpoint) and not getattr(endpoint, "renders_json", False):
            endpoint = _renders_json(endpoint, kwargs.get("status_code") or 200)
        super().__init__(path, endpoint, **kwargs)


def _renders_json(endpoint, status: int):
    @functools.wraps(endpoint)
    def render(*args, **kwargs):
        result = endpoint(*args, **kwargs)
        return result if isinstance(result, Response) else SafeJSONResponse(result, status_code=status)

    render.renders_json = True
    return render
