"""Writes: POST /api/ingest and DELETE /api/documents/{id}, with `Authorization: Bearer <token>`.
The store serialises writers (`Store.writing`); nothing here holds a lock of its own."""

from __future__ import annotations

import hmac
import threading

from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import service
from ..errors import FlashpointError
from ..ingest.readers import load_json
from ..pipeline import Pipeline
from ..store import Store
from .http import SafeJSONResponse
from .params import store_of


def require_token(request: Request) -> None:
    token = request.app.state.token
    if not token:
        raise StarletteHTTPException(403, "writes are disabled: the server was started without a token")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise StarletteHTTPException(401, "this endpoint needs 'Authorization: Bearer <token>'")
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise StarletteHTTPException(403, "the token is not valid")


router = APIRouter(tags=["write"], dependencies=[Depends(require_token)])
_PIPELINE_LOCK = threading.Lock()


def _pipeline(request: Request) -> Pipeline:
    """The pipeline POST /api/ingest runs: the one the app was given, else all stages, loaded once."""
    state = request.app.state
    with _PIPELINE_LOCK:
        if state.pipeline is None:
            state.pipeline = Pipeline()
        return state.pipeline


@router.post("/api/ingest", status_code=201,
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
    store: Store = store_of(request)

    def run():
        pipeline = _pipeline(request)
        with store.writing():  # one request's documents go in together, not interleaved with another's
            return service.ingest_objects(body, store, pipeline=pipeline, replace=replace)

    report, stored = await run_in_threadpool(run)
    return SafeJSONResponse({**report.to_dict(), "ids": stored}, status_code=201 if report.stored else 200)


@router.delete("/api/documents/{doc_id}", summary="Delete a document and its annotations")
def delete(doc_id: str, store: Store = Depends(store_of)):
    return {"deleted": service.delete_document(store, doc_id), "id": doc_id}
