"""/api/documents: the stored documents and one document with its record and text."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from .. import service
from ..store import Store
from .http import RenderedRoute
from .params import SORT, common, paging, store_of

router = APIRouter(route_class=RenderedRoute, tags=["documents"])


@router.get("/api/documents", summary="Stored documents")
def documents(flt: service.Filter = Depends(common), sort: str | None = SORT, page: service.Page = Depends(paging),
              store: Store = Depends(store_of)):
    return page.cut(service.documents(store, flt, sort))


@router.get("/api/documents/{doc_id}", summary="One document: its record and its text")
def document(doc_id: str, store: Store = Depends(store_of)):
    return service.get_document(store, doc_id)
