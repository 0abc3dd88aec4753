"""/api/quotes: quotes merged across documents, or each quotation."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from .. import service
from ..store import Store
from .http import RenderedRoute
from .params import FROM, SORT, TO, paging, store_of

router = APIRouter(route_class=RenderedRoute, tags=["quotes"])


@router.get("/api/quotes", summary="Quotes merged across documents (or, with mentions=true, each quotation)")
def quotes(mentions: bool = False, start: str | None = FROM, end: str | None = TO, source: str | None = Query(None, max_length=200),
           speaker: str | None = Query(None, max_length=200, description="Part of the speaker's name."),
           q: str | None = Query(None, max_length=500, description="Text in the quote."), sort: str | None = SORT,
           page: service.Page = Depends(paging), store: Store = Depends(store_of)):
    flt = service.Filter(start=start, end=end, source=source, speaker=speaker, q=q)
    return page.cut(service.quotes(store, flt, sort, mentions=mentions))
