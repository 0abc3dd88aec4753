"""Ingest: paths, stdin and Python objects to a stream of documents and failures.

Everything is lazy: files are opened one at a time and JSONL is read line by line, so a
batch of any size streams through in constant memory. A problem with one input is a
`Failure` in the stream, never an exception that stops the batch.
"""

from __future__ import annotations

import codecs
import io
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import FlashpointError, InputError
from .decode import decode
from .document import Document, Failure, content_id
from .readers import FORMATS, READERS, SUFFIX_FORMATS, Item, read_jsonl_lines, sniff_format

__all__ = ["Document", "Failure", "Item", "content_id", "read_inputs", "documents_from_objects", "input_size", "DEFAULT_MAX_BYTES", "FORMATS"]

DEFAULT_MAX_BYTES = 5_000_000  # per file, or per record in JSONL
STDIN = "-"


def _walk(directory: Path) -> Iterator[Path]:
    """Files under `directory` in a stable order, skipping hidden files and folders."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def expand(paths: Iterable[str | os.PathLike]) -> Iterator[tuple[str, str | None]]:
    """(path, format) for each input: directories are walked; in them only known suffixes count.

    A file named on the command line is read whatever its suffix (its content decides);
    inside a directory, files with other suffixes (READMEs, images, ...) are passed over.
    """
    for raw in paths:
        path = str(raw)
        if path == STDIN:
            yield STDIN, None
            continue
        p = Path(path)
        if p.is_dir():
            for f in _walk(p):
                fmt = SUFFIX_FORMATS.get(f.suffix.lower())
                if fmt:
                    yield str(f), fmt
        else:
            yield path, SUFFIX_FORMATS.get(p.suffix.lower())


def input_size(paths: Iterable[str | os.PathLike]) -> int | None:
    """Total bytes of the inputs (for progress), or None when a stream of unknown size is among them."""
    total = 0
    for path, _ in expand(paths):
        if path == STDIN:
            return None
        try:
            total += os.path.getsize(path)
        except OSError:
            pass
    return total


def read_inputs(
    paths: Iterable[str | os.PathLike],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    input_format: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Item]:
    """Documents and failures from files, directories and `-` (stdin), in order."""
    if input_format is not None and input_format not in FORMATS:
        raise FlashpointError("bad-option", f"unknown input format {input_format!r}; one of {', '.join(FORMATS)}")
    for path, fmt in expand(paths):
        yield from _read_one(path, input_format or fmt, max_bytes, stdin)


def _read_one(path: str, fmt: str | None, max_bytes: int, stdin: BinaryIO | None) -> Iterator[Item]:
    location = "<stdin>" if path == STDIN else path
    size = 0
    try:
        if path == STDIN:
            stream = stdin or sys.stdin.buffer
            head = stream.read(1024)
            if head.lstrip()[:1] == b"{":
                head += stream.readline()  # the whole first line, to tell JSON from JSONL
            fmt = fmt or sniff_format(head)
            if fmt == "jsonl":
                # stdin may be a long JSONL stream: read it line by line like a file.
                yield from read_jsonl_lines(_lines_after(head, stream), location, max_bytes)
                return
            data = head + stream.read(max_bytes + 1 - len(head))
            size = len(data)
            _check_size(size, max_bytes, location)
        else:
            p = Path(path)
            if not p.exists():
                raise InputError("not-found", "no such file or directory", location=location)
            size = p.stat().st_size
            if fmt == "jsonl":
                with open(p, "rb") as handle:
                    yield from read_jsonl_lines(_jsonl_lines(handle, location), location, max_bytes)
                return
            _check_size(size, max_bytes, location)
            data = p.read_bytes()
            if fmt is None:
                fmt = sniff_format(data[:1024] + data[1024:].split(b"\n", 1)[0])
                if fmt == "jsonl":
                    yield from read_jsonl_lines(_jsonl_lines(io.BytesIO(data), location), location, max_bytes)
                    return
        if not data.strip():
            raise InputError("empty", "the file is empty", location=location)
        yield from READERS[fmt](data, location)
    except FlashpointError as exc:
        yield Failure.from_error(exc, location=location, size=size)
    except OSError as exc:
        yield Failure(location, "unreadable", f"cannot read the file ({exc.strerror or exc})", size=size)


def _jsonl_lines(handle: BinaryIO, location: str) -> Iterator[bytes]:
    """Lines of a JSONL file as UTF-8 bytes. UTF-16/32 files (with a BOM) cannot be split on
    b"\\n" before decoding, so they are decoded whole first; UTF-8 ones stream."""
    head = handle.read(4)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)):
        text, _ = decode(head + handle.read(), location=location)
        yield from (line.encode("utf-8") for line in text.splitlines(keepends=True))
        return
    yield from _lines_after(head, handle)


def _lines_after(head: bytes, stream: BinaryIO) -> Iterator[bytes]:
    """The lines of a stream of which `head` was already read."""
    yield from (head + stream.readline()).splitlines(keepends=True)
    yield from stream


def _check_size(size: int, max_bytes: int, location: str) -> None:
    if size > max_bytes:
        raise InputError("too-large", f"{size} bytes is over the size limit of {max_bytes} (set --max-bytes)", location=location)


def documents_from_objects(items: object) -> Iterator[Item]:
    """The Python API's inputs: a text, a dict with the JSON fields, a Document, or an iterable of these."""
    if isinstance(items, str | dict | Document):
        items = [items]
    for index, item in enumerate(items):  # type: ignore[arg-type]
        location = f"<item {index}>"
        try:
            if isinstance(item, Document):
                yield item
            elif isinstance(item, str):
                yield Document.build(item, location=location)
            elif isinstance(item, dict):
                if "text" not in item:
                    raise InputError("bad-field", "no 'text' field", location=location)
                fields = {k: item.get(k) for k in ("id", "source", "published", "title", "url")}
                yield Document.build(item["text"], location=location, **fields)
            else:
                raise InputError("bad-field", f"cannot read a {type(item).__name__} as a document", location=location)
        except FlashpointError as exc:
            yield Failure.from_error(exc, location=location)
