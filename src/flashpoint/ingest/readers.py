"""Readers: one function per input format, each turning bytes into documents.

A reader yields `Document`s and `Failure`s; it raises only for a problem with the whole
input (malformed JSON file, unsafe XML), which the caller records as one failure. A bad
record inside a JSONL file or a feed is a failure of its own and the rest still comes out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

import yaml

from ..errors import FlashpointError, InputError
from .decode import decode
from .document import Document, Failure

Item = Document | Failure

FORMATS = ("text", "html", "json", "jsonl", "feed", "parquet")
SUFFIX_FORMATS = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".parquet": "parquet",
}
PARQUET_MAGIC = b"PAR1"
DOCUMENT_FIELDS = ("id", "source", "published", "title", "url", "text")


def sniff_format(head: bytes) -> str:
    """Guess the format of an input with no telling suffix (stdin, odd names) from its first bytes.

    `head` must hold at least the whole first line: a first line that is a JSON object on
    its own means JSONL (a one-line JSON file reads the same either way).
    """
    if head.startswith(PARQUET_MAGIC):
        return "parquet"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lowered = start[:512].lower()
    if start.startswith(b"{"):
        first_line = start.split(b"\n", 1)[0]
        try:
            return "jsonl" if isinstance(json.loads(first_line), dict) else "json"
        except (json.JSONDecodeError, UnicodeDecodeError):
            return "json"
    if start.startswith(b"["):
        return "json"
    if lowered.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")):
        return "html" if b"<html" in lowered else "feed"
    if lowered.startswith(b"<"):
        return "html"
    return "text"


# --- plain text with optional YAML front matter -------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def read_text(data: bytes, location: str) -> Iterator[Item]:
    text, _ = decode(data, location=location)
    meta: dict[str, Any] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1)) or {}
        except yaml.YAMLError as exc:
            raise InputError("bad-front-matter", f"front matter is not valid YAML ({_first_line(exc)})", location=location) from None
        except (ValueError, OverflowError) as exc:
            # YAML's own constructors raise these: an impossible date ("2024-02-30"), an
            # integer of more digits than Python converts
            raise InputError("bad-front-matter", f"front matter holds an impossible value ({_first_line(exc)})", location=location) from None
        except RecursionError:
            raise InputError("bad-front-matter", "front matter is nested too deeply", location=location) from None
        if not isinstance(loaded, dict):
            raise InputError("bad-front-matter", "front matter must be a mapping of fields", location=location)
        meta = loaded
        text = text[match.end():]
    yield Document.build(
        text,
        id=meta.get("id"),
        source=meta.get("source"),
        published=meta.get("published") or meta.get("date"),
        title=meta.get("title"),
        url=meta.get("url"),
        location=location,
        size=len(data),
    )


# --- HTML ----------------------------------------------------------------------------------


def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment (feed summaries), paragraphs on their own lines."""
    import lxml.html

    if not html.strip():
        return ""
    if "<" not in html:
        return html.strip()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml raises several types for broken markup
        return ""
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for block in root.xpath("//p|//br|//div|//li|//h1|//h2|//h3|//h4"):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def read_html(data: bytes, location: str) -> Iterator[Item]:
    import lxml.etree
    import lxml.html
    import trafilatura

    html, _ = decode(data, location=location)
    try:
        tree = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError("bad-html", f"cannot parse the HTML ({_first_line(exc)})", location=location) from None
    if tree.find(".//body") is None and not tree.text_content().strip():
        raise InputError("bad-html", "no <body> and no text in the HTML", location=location)
    # trafilatura removes navigation, cookie banners, related links and footers.
    extracted = trafilatura.bare_extraction(
        tree, with_metadata=True, favor_recall=True, include_comments=False, include_tables=False,
        # The extensive date search guesses from any year on the page (a footer's
        # "Copyright 2024" becomes 1 January): a wrong anchor date is worse than none.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (extracted.text if extracted is not None else None) or ""
    if not text.strip():
        raise InputError("bad-html", "no article text found in the HTML", location=location)
    published = getattr(extracted, "date", None)
    yield Document.build(
        text,
        source=getattr(extracted, "sitename", None),
        published=published,
        # A date read from page metadata, not given by the user, is an inference.
        published_inferred=True,
        title=getattr(extracted, "title", None),
        url=getattr(extracted, "url", None),
        location=location,
        size=len(data),
    )


# --- JSON and JSONL ------------------------------------------------------------------------


def _document_from_object(obj: Any, location: str, size: int) -> Document:
    if not isinstance(obj, dict):
        raise InputError("bad-field", f"expected a JSON object, got {type(obj).__name__}", location=location)
    if "text" not in obj:
        raise InputError("bad-field", "no 'text' field", location=location)
    return Document.build(
        obj["text"],
        id=obj.get("id"),
        source=obj.get("source"),
        published=obj.get("published"),
        title=obj.get("title"),
        url=obj.get("url"),
        location=location,
        size=size,
    )


def load_json(text: str, location: str, *, line: bool = False) -> Any:
    """`json.loads`, with every way it fails on hostile input turned into a `bad-json` InputError."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"column {exc.colno}" if line else f"line {exc.lineno} column {exc.colno}"
        raise InputError("bad-json", f"malformed JSON at {where}: {exc.msg}", location=location) from None
    except ValueError as exc:
        # an integer of more digits than Python converts (4,300 by default)
        raise InputError("bad-json", f"a JSON value cannot be read ({_first_line(exc)})", location=location) from None
    except RecursionError:
        raise InputError("bad-json", "the JSON is nested too deeply", location=location) from None


def read_json(data: bytes, location: str) -> Iterator[Item]:
    text, _ = decode(data, location=location)
    value = load_json(text, location)
    if value == []:
        raise InputError("empty", "the JSON array holds no document", location=location)
    objects = value if isinstance(value, list) else [value]
    size = len(data) // max(1, len(objects))
    for index, obj in enumerate(objects):
        where = f"{location}#{index}" if isinstance(value, list) else location
        yield _guard(lambda obj=obj, where=where: _document_from_object(obj, where, size), where, size)


def read_jsonl_lines(lines: Iterator[bytes], location: str, max_bytes: int) -> Iterator[Item]:
    """JSONL streamed line by line, so a corpus file of any size is never held in memory."""
    records = 0
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        records += 1
        where = f"{location}:{number}"
        size = len(raw)
        if size > max_bytes:
            yield Failure(where, "too-large", f"record of {size} bytes is over the limit of {max_bytes}", size=size)
            continue

        def parse(raw=raw, where=where, size=size) -> Document:
            line, _ = decode(raw, location=where)
            return _document_from_object(load_json(line, where, line=True), where, size)

        yield _guard(parse, where, size)
    if records == 0:
        yield Failure(location, "empty", "the file has no JSON lines")


# --- Parquet (a table with the JSON fields as columns) ------------------------------------


def read_parquet_file(handle: BinaryIO, location: str, max_bytes: int) -> Iterator[Item]:
    """Parquet streamed one row group at a time, like JSONL line by line: a corpus file of any
    size is never held whole. Columns are the JSON fields (`text` required); row N of the file
    is `location#N`, and a row over `max_bytes` or with a bad field is a failure of its own."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(handle)
    except (pa.ArrowException, OSError) as exc:
        raise InputError("bad-parquet", f"not a readable Parquet file ({_first_line(exc)})", location=location) from None
    names = set(parquet.schema_arrow.names)
    if "text" not in names:
        raise InputError("bad-field", "no 'text' column", location=location)
    columns = [c for c in DOCUMENT_FIELDS if c in names]
    if parquet.metadata.num_rows == 0:
        raise InputError("empty", "the Parquet file holds no row", location=location)
    row = 0
    for group in range(parquet.num_row_groups):
        try:
            rows = parquet.read_row_group(group, columns=columns).to_pylist()
        except (pa.ArrowException, OSError) as exc:
            yield Failure(f"{location}@{group}", "bad-parquet", f"row group {group} cannot be read ({_first_line(exc)})")
            continue
        for obj in rows:
            where = f"{location}#{row}"
            row += 1
            size = len(obj["text"].encode("utf-8", "surrogatepass")) if isinstance(obj.get("text"), str) else 0
            if size > max_bytes:
                yield Failure(where, "too-large", f"record of {size} bytes is over the limit of {max_bytes}", size=size)
                continue
            # Parquet has a date type; a date column reads as a date, which Document takes as text.
            if obj.get("published") is not None and not isinstance(obj["published"], str):
                obj["published"] = obj["published"].isoformat() if hasattr(obj["published"], "isoformat") else obj["published"]
            yield _guard(lambda obj=obj, where=where, size=size: _document_from_object(obj, where, size), where, size)


# --- RSS and Atom feeds --------------------------------------------------------------------


def check_xml_safe(data: bytes, location: str) -> None:
    """Refuse XML with entity declarations or external references before any parser expands them."""
    from xml.etree.ElementTree import ParseError

    import defusedxml
    from defusedxml.ElementTree import fromstring

    try:
        try:
            fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
        except defusedxml.DTDForbidden as exc:
            # A document type naming an external DTD (SYSTEM or PUBLIC) is an external
            # reference; an internal one is accepted as long as it declares no entity.
            if exc.sysid or exc.pubid:
                raise InputError("unsafe-xml", f"refused: the XML's DOCTYPE refers to an external DTD ({exc.sysid or exc.pubid})",
                                 location=location) from None
            fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden, defusedxml.DTDForbidden) as exc:
        raise InputError("unsafe-xml", f"refused: the XML declares entities or external references ({type(exc).__name__})", location=location) from None
    except ParseError as exc:
        raise InputError("bad-xml", f"malformed XML ({exc})", location=location) from None
    except RecursionError:
        raise InputError("bad-xml", "the XML is nested too deeply", location=location) from None


def read_feed(data: bytes, location: str) -> Iterator[Item]:
    import feedparser

    check_xml_safe(data, location)
    feed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not feed.version and not feed.entries:
        raise InputError("unknown-format", "XML, but not an RSS or Atom feed", location=location)
    if not feed.entries:  # else the file would give neither a document nor a failure
        raise InputError("empty", "the feed holds no entry", location=location)
    source = feed.feed.get("title")
    size = len(data) // max(1, len(feed.entries))
    for index, entry in enumerate(feed.entries):
        where = f"{location}#{entry.get('id') or index}"

        def build(entry=entry, where=where) -> Document:
            body = entry["content"][0].get("value", "") if entry.get("content") else entry.get("summary", "")
            return Document.build(
                html_to_text(body),
                id=entry.get("id") or entry.get("link"),
                source=source,
                published=entry.get("published") or entry.get("updated"),
                title=entry.get("title"),
                url=entry.get("link"),
                location=where,
                size=size,
            )

        yield _guard(build, where, size)


def read_parquet(data: bytes, location: str) -> Iterator[Item]:
    """Parquet from bytes already read (stdin), whose size was checked whole."""
    import io

    return read_parquet_file(io.BytesIO(data), location, len(data))


READERS = {"text": read_text, "html": read_html, "json": read_json, "feed": read_feed, "parquet": read_parquet}


def _guard(make, location: str, size: int) -> Item:
    try:
        return make()
    except FlashpointError as exc:
        return Failure.from_error(exc, location=location, size=size)
    except Exception as exc:  # one bad record must not stop the batch, whatever it raises
        return unexpected_failure(exc, location, size)


def unexpected_failure(exc: BaseException, location: str, size: int = 0) -> Failure:
    """A failure for an exception no reader expected: recorded with its type, never raised."""
    return Failure(location, "reader-error", f"cannot read the input ({type(exc).__name__}: {_first_line(exc)[:200]})", size=size)


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
