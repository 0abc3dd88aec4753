"""/api/dyads: pairs of countries and one pair's series, action–reaction pairs and escalation."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from .. import service
from ..service.query import check_date_option
from ..store import Store
from .http import RenderedRoute
from .params import FROM, TO, paging, store_of

router = APIRouter(route_class=RenderedRoute, tags=["dyads"])


@router.get("/api/dyads", summary="Pairs of countries with events between them, most active first")
def dyads(country: str | None = Query(None, max_length=3), page: service.Page = Depends(paging), store: Store = Depends(store_of)):
    return page.cut(d for d in service.dyads(store) if not country or country.upper() in d["dyad"])


@router.get("/api/dyads/{a}/{b}", summary="One dyad: daily series, action-reaction pairs, escalation")
def dyad(a: str, b: str, days: int = Query(7, ge=1, le=366), start: str | None = FROM, end: str | None = TO,
         store: Store = Depends(store_of)):
    start, end = check_date_option("from", start), check_date_option("to", end)
    return service.dyad(store, a.upper(), b.upper(), days=days, start=start, end=end)
