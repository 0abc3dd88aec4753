"""/api/actors: actors merged across documents."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from .. import service
from ..store import Store
from .http import RenderedRoute
from .params import paging, store_of

router = APIRouter(route_class=RenderedRoute, tags=["actors"])


@router.get("/api/actors", summary="Actors merged across documents")
def actors(country: str | None = Query(None, max_length=3), q: str | None = Query(None, max_length=200, description="Part of a name, an alias or the code."),
           page: service.Page = Depends(paging), store: Store = Depends(store_of)):
    return page.cut(service.actors(store, service.Filter(country=country, q=q)))
