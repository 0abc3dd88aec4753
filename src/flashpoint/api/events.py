"""/api/events and /api/claims: canonical events (or each document's mentions) and claims."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from .. import service
from ..store import Store
from .http import RenderedRoute
from .params import SORT, common, event_filter, paging, store_of

router = APIRouter(route_class=RenderedRoute)


@router.get("/api/events", tags=["events"], summary="Canonical events (or, with mentions=true, each document's event mentions)")
def events(mentions: bool = False, flt: service.Filter = Depends(event_filter), sort: str | None = SORT,
           page: service.Page = Depends(paging), store: Store = Depends(store_of)):
    if mentions:
        flt = flt.with_(min_sources=None)  # a mention is one report
    return page.cut(service.events(store, flt, sort, mentions=mentions))


@router.get("/api/claims", tags=["claims"], summary="Claims (casualty figures and others) with their claimants")
def claims(kind: str | None = Query(None, max_length=40), flt: service.Filter = Depends(common), sort: str | None = SORT,
           page: service.Page = Depends(paging), store: Store = Depends(store_of)):
    return page.cut(service.claims(store, flt.with_(kind=kind), sort))


@router.get("/api/events/claims", tags=["claims"],
            summary="Claims per canonical event side by side (by default only disputed ones: differing figures, denials)")
def event_claims(conflicting: bool = True, kind: str | None = Query(None, max_length=40), page: service.Page = Depends(paging),
                 store: Store = Depends(store_of)):
    return page.cut(service.event_claims(store, conflicting=conflicting, kind=kind))
