"""Flashpoint: news articles in, a coded, source-attributed conflict event dataset out.

    import flashpoint
    records = flashpoint.extract("Iran struck militant bases in Pakistan on Tuesday ...")

The public surface: `extract`, `Pipeline`, `Document`, `open_store`, the record types
and `FlashpointError`.
"""

from .errors import FlashpointError
from .ingest import Document, Failure
from .pipeline import Pipeline
from .stage import Stage, register_stage
from .records import Actor, Claim, DateMention, DocumentRecord, Entity, Event, Place, Quote, json_schema
from .service import extract
from .store import open_store

__version__ = "0.1.0"

__all__ = [
    "extract", "open_store", "Pipeline", "Stage", "register_stage", "Document", "Failure",
    "DocumentRecord", "Event", "Actor", "Claim", "Quote", "DateMention", "Place", "Entity", "json_schema",
    "FlashpointError", "__version__",
]
