"""The HTTP API: FastAPI over the same service layer as the CLI, one router per resource.

`create_app(db, token=..., max_body=..., allowed_hosts=...)` returns an ASGI app. Reads are
open (the server binds to loopback by default, and `serve` refuses any other interface
without a token); writes (POST /api/ingest, DELETE /api/documents/{id}) need
`Authorization: Bearer <token>`, and are refused altogether when no token is set. Request
bodies over `max_body` bytes are refused with 413. With `allowed_hosts`, a request whose Host
header names neither a loopback name nor one of them is refused (400 bad-host): the defence
against DNS rebinding. Every error is JSON: `{"error": {"code": <a code of flashpoint.errors>,
"message": ...}}`.

JSON responses escape `<`, `>` and `&` as \\u003c, \\u003e, \\u0026 (the values are the same
once parsed), and every response carries `X-Content-Type-Options: nosniff`, so article text
containing markup can never be taken for HTML by a browser.

Modules: `http` (responses, errors, the guard middleware), `params` (query parameters to the
service's Filter and Page), and the routers `documents`, `events`, `quotes`, `actors`, `dyads`,
`alerts`, `writes`.
"""

from __future__ import annotations

from collections.abc import Iterable

from fastapi import FastAPI

from ..pipeline import Pipeline
from ..store import open_store
from . import actors, alerts, documents, dyads, events, quotes, writes
from .http import LOOPBACK_NAMES, Guard, ReadCache, SafeJSONResponse, error_response, install_error_handlers

ROUTERS = (documents, events, actors, quotes, dyads, alerts, writes)


def create_app(db: str, *, token: str | None = None, max_body: int = 5_000_000, pipeline: Pipeline | None = None,
               allowed_hosts: Iterable[str] | None = None) -> FastAPI:
    """The API and the dashboard over the store at `db` (a SQLite path or a PostgreSQL URL).

    `pipeline`: the pipeline POST /api/ingest runs (default: all stages, loaded on first use).
    `allowed_hosts`: Host header names answered besides the loopback names (None: no check)."""
    app = FastAPI(title="Flashpoint", version=_version(), default_response_class=SafeJSONResponse,
                  docs_url=None, redoc_url=None,  # their pages load scripts from a CDN; the schema is at /openapi.json
                  description="Coded, source-attributed conflict events from news: the same views as the `flashpoint` CLI.")
    app.state.store = open_store(db)
    # outermost last: the guard sees every request first, then the cache of rendered reads
    app.add_middleware(ReadCache, store=app.state.store)
    app.add_middleware(Guard, max_body=max_body, allowed_hosts=None if allowed_hosts is None else tuple(allowed_hosts))
    install_error_handlers(app)
    app.state.token = token
    app.state.pipeline = pipeline
    for module in ROUTERS:
        app.include_router(module.router)
    # the dashboard (HTML pages, sent with a Content-Security-Policy: scripts from here only)
    from ..web import mount_pages

    mount_pages(app, app.state.store)
    return app


def app_from_environment() -> FastAPI:
    """The app of one `flashpoint serve --workers N` process, configured by the command."""
    import os

    token = os.environ.get(os.environ.get("FLASHPOINT_SERVE_TOKEN_ENV", "FLASHPOINT_TOKEN")) or None
    hosts = os.environ.get("FLASHPOINT_SERVE_ALLOWED_HOSTS")
    return create_app(os.environ["FLASHPOINT_SERVE_DB"], token=token, max_body=int(os.environ.get("FLASHPOINT_SERVE_MAX_BODY", "5000000")),
                      allowed_hosts=None if hosts is None else [h for h in hosts.split(",") if h])


def _version() -> str:
    import importlib.metadata

    try:
        return importlib.metadata.version("flashpoint")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover
        return "0"


__all__ = ["create_app", "app_from_environment", "SafeJSONResponse", "error_response", "LOOPBACK_NAMES"]
