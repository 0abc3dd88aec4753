"""/api/alerts, /api/stream and /api/watch/sources: what `flashpoint watch` raised and follows."""

from __future__ import annotations

import asyncio
import json

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from .. import service
from ..errors import FlashpointError
from ..store import Store
from .params import paging, store_of

router = APIRouter(tags=["alerts"])


@router.get("/api/alerts", summary="Alerts raised by `flashpoint watch`, newest first, with their evidence")
def alerts(rule: str | None = Query(None, max_length=256, description="Only this rule's alerts (its name)."),
           kind: str | None = Query(None, pattern=r"^[a-z_]{1,32}$", description="Only this kind of rule."),
           after: str | None = Query(None, max_length=40, description="Only alerts fired after this time (ISO 8601)."),
           page: service.Page = Depends(paging), store: Store = Depends(store_of)):
    return page.cut(service.alerts(store, limit=None, rule=rule, kind=kind, after=after))


@router.get("/api/stream", response_class=StreamingResponse,
            summary="Server-sent events while `flashpoint watch` runs: `alert` (each new alert) and `store` (counts changed)",
            responses={200: {"content": {"text/event-stream": {}}}})
async def stream(request: Request,
                 after: str | None = Query(None, max_length=200, description="Resume after this event id (as Last-Event-ID)."),
                 limit: int | None = Query(None, ge=1, le=10_000, description="Close the stream after this many alerts."),
                 interval: float = Query(2.0, ge=0.1, le=60, description="Seconds between two looks at the store.")):
    from ..store.watch import WatchTables

    tables = WatchTables(store_of(request))
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


@router.get("/api/watch/sources", summary="Sources `flashpoint watch` follows and how their last polls went")
def watched_sources(store: Store = Depends(store_of)):
    return {"items": service.watched_sources(store)}


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
