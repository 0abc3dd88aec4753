"""What ingest produces: documents to process, and failures to record."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from dateutil import parser as dateparser

from ..errors import FlashpointError, InputError

_SPACE = re.compile(r"\s+")
MAX_ID_LENGTH = 512  # documents.id in the store
_SURROGATE = re.compile("[\ud800-\udfff]")


def printable(value: str) -> str:
    """`value` as valid Unicode: a file name's undecodable bytes (surrogate escapes) and lone
    surrogates become backslash escapes, so a location can always be stored and printed."""
    if not _SURROGATE.search(value):
        return value
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace") if _escaped_bytes(value) \
        else value.encode("utf-8", "backslashreplace").decode("utf-8")


def _escaped_bytes(value: str) -> bool:
    try:
        value.encode("utf-8", "surrogateescape")
        return True
    except UnicodeEncodeError:
        return False


def check_unicode(value: str, name: str, *, location: str) -> None:
    """Refuse a NUL character and a lone surrogate (valid in a Python string and in JSON's \\ud800, not in UTF-8):
    the tokenizer, the content hash and the store all fail on it."""
    if "\x00" in value:
        # PostgreSQL stores no NUL in text, and no article has one
        raise InputError("bad-text", f"'{name}' holds a NUL character at character {value.index(chr(0))}", location=location)
    match = _SURROGATE.search(value)
    if match:
        raise InputError("bad-text", f"'{name}' holds a lone surrogate U+{ord(match.group()):04X} at character {match.start()}, "
                                     "which is not valid Unicode", location=location)


def normalise_text(text: str) -> str:
    """The form of a text that its id hashes: Unicode NFKC, whitespace runs collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def content_id(text: str) -> str:
    """A stable id for a document that has none: the same article always gets the same id."""
    digest = hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()
    return f"doc-{digest[:20]}"


def normalise_published(value: object, *, location: str) -> str | None:
    """An ISO date (YYYY-MM-DD) from the many shapes a publication date arrives in."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        raise InputError("bad-field", f"'published' must be a date string, not {type(value).__name__}", location=location)
    try:
        # Fixed default so a missing day or month never borrows today's.
        parsed = dateparser.parse(value.strip(), default=datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        raise InputError("bad-field", f"'published' is not a date: {value[:40]!r}", location=location) from None
    return parsed.date().isoformat()


@dataclass
class Document:
    """One article ready for the pipeline."""

    id: str
    text: str
    source: str | None = None
    published: str | None = None
    published_inferred: bool = False
    title: str | None = None
    url: str | None = None
    location: str = "<memory>"  # where it came from: path, path:line, path#entry
    size: int = 0  # bytes read for it, for progress
    meta: dict = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        text: str,
        *,
        id: str | None = None,
        source: str | None = None,
        published: object = None,
        title: str | None = None,
        url: str | None = None,
        location: str = "<memory>",
        size: int | None = None,
        published_inferred: bool = False,
    ) -> "Document":
        if not isinstance(text, str):
            raise InputError("bad-field", f"'text' must be a string, not {type(text).__name__}", location=location)
        if not text.strip():
            raise InputError("empty", "the document has no text", location=location)
        check_unicode(text, "text", location=location)
        for name, value in (("id", id), ("source", source), ("title", title), ("url", url)):
            if value is not None and not isinstance(value, str | int):
                raise InputError("bad-field", f"'{name}' must be a string, not {type(value).__name__}", location=location)
            if isinstance(value, str):
                check_unicode(value, name, location=location)
        doc_id = str(id).strip() if id is not None and str(id).strip() else content_id(text)
        if len(doc_id) > MAX_ID_LENGTH:
            # the store's key holds this many (PostgreSQL refused a longer one and stopped the batch)
            raise InputError("bad-field", f"'id' is {len(doc_id)} characters long, over the limit of {MAX_ID_LENGTH}", location=location)
        return cls(
            id=doc_id,
            text=text,
            source=str(source) if source is not None else None,
            published=normalise_published(published, location=location),
            published_inferred=published_inferred and published is not None,
            title=str(title) if title is not None else None,
            url=str(url) if url is not None else None,
            location=location,
            size=size if size is not None else len(text.encode("utf-8")),
        )


@dataclass
class Failure:
    """An input or a document that could not be processed; recorded, never dropped."""

    location: str
    code: str
    message: str
    stage: str = "ingest"
    doc_id: str | None = None
    size: int = 0

    def __post_init__(self) -> None:
        # A failure is stored and printed whatever went wrong: its text must be valid Unicode.
        self.location = printable(self.location)
        self.message = printable(self.message)
        if self.doc_id is not None:
            self.doc_id = printable(self.doc_id)

    @classmethod
    def from_error(cls, error: FlashpointError, *, location: str, stage: str = "ingest", doc_id: str | None = None, size: int = 0) -> "Failure":
        return cls(location=error.location or location, code=error.code, message=error.message, stage=stage, doc_id=doc_id, size=size)

    def one_line(self) -> str:
        return f"{self.location}: {self.message} [{self.code}]"

    def to_dict(self) -> dict:
        return {"location": self.location, "stage": self.stage, "code": self.code, "message": self.message, "doc_id": self.doc_id}
