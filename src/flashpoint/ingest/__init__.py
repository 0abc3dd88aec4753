"""Ingest: paths, stdin and Python objects to a stream of documents and failures.

Everything is lazy: files are opened one at a time and JSONL is read line by line, so a
batch of any size streams through in constant memory. A problem with one input is a
`Failure` in the stream, never an exception that stops the batch.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import FlashpointError, InputError
from .decode import decode
from .document import Document, Failure, content_id, printable
from .readers import FORMATS, READERS, SUFFIX_FORMATS, Item, read_jsonl_lines, read_parquet_file, sniff_format, unexpected_failure

__all__ = ["Document", "Failure", "Item", "content_id", "read_inputs", "documents_from_objects", "input_size", "DEFAULT_MAX_BYTES", "FORMATS"]

DEFAULT_MAX_BYTES = 5_000_000  # per file, or per record in JSONL
STDIN = "-"


def _walk(directory: Path) -> Iterator[Path | Failure]:
    """Files under `directory` in a stable order, skipping hidden files and folders; a folder
    that cannot be listed is a failure, never a silent gap."""
    errors: list[OSError] = []
    for root, dirs, files in os.walk(directory, onerror=errors.append):
        while errors:
            yield _walk_failure(errors.pop(0))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name
    while errors:
        yield _walk_failure(errors.pop(0))


def _walk_failure(error: OSError) -> Failure:
    where = str(error.filename) if error.filename is not None else "<directory>"
    return Failure(where, "unreadable", f"cannot list the directory ({error.strerror or error}); the files in it were not read")


def expand(paths: Iterable[str | os.PathLike]) -> Iterator[tuple[str, str | None | Failure]]:
    """(path, format) for each input: directories are walked; in them only known suffixes count.

    A file named on the command line is read whatever its suffix (its content decides);
    inside a directory, files with other suffixes (READMEs, images, ...) are passed over.
    A folder that cannot be listed comes as (its path, a Failure).
    """
    for raw in paths:
        path = str(raw)
        if path == STDIN:
            yield STDIN, None
            continue
        p = Path(path)
        if p.is_dir():
            for f in _walk(p):
                if isinstance(f, Failure):
                    yield f.location, f
                    continue
                fmt = SUFFIX_FORMATS.get(f.suffix.lower())
                if fmt:
                    yield str(f), fmt
        else:
            yield path, SUFFIX_FORMATS.get(p.suffix.lower())


def input_size(paths: Iterable[str | os.PathLike]) -> int | None:
    """Total bytes of the inputs (for progress), or None when a stream of unknown size is among them."""
    total = 0
    for path, fmt in expand(paths):
        if isinstance(fmt, Failure):
            continue
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
        if isinstance(fmt, Failure):
            yield fmt
            continue
        yield from _read_one(path, input_format or fmt, max_bytes, stdin)


def _read_one(path: str, fmt: str | None, max_bytes: int, stdin: BinaryIO | None) -> Iterator[Item]:
    # A file name that is not valid UTF-8 arrives with surrogate escapes: shown (and stored)
    # with backslash escapes instead, and the file is read like any other.
    location = "<stdin>" if path == STDIN else printable(path)
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
            with _open_regular(path, location) as handle:
                size = os.fstat(handle.fileno()).st_size
                if fmt is None and handle.read(4) == b"PAR1":
                    fmt = "parquet"
                handle.seek(0)
                if fmt == "jsonl":
                    yield from read_jsonl_lines(_jsonl_lines(handle, location), location, max_bytes)
                    return
                if fmt == "parquet":
                    # Like JSONL, a Parquet corpus streams: the size limit is per row.
                    yield from read_parquet_file(handle, location, max_bytes)
                    return
                _check_size(size, max_bytes, location)
                data = handle.read(max_bytes + 1)
                _check_size(len(data), max_bytes, location)  # a file that grew since
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
    except Exception as exc:  # whatever a reader raises on hostile input, the batch goes on
        yield unexpected_failure(exc, location, size)


def _open_regular(path: str, location: str) -> BinaryIO:
    """Open a regular file for reading. A named pipe, a device or a socket is refused without
    being opened for reading (a pipe would block, a device never end); a symbolic link loop and
    a dangling link are told apart from a missing file."""
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError("symlink-loop", "a symbolic link loop: the link leads back to itself", location=location) from None
        if exc.errno == errno.ENOENT:
            if os.path.islink(path):
                raise InputError("not-found", f"a symbolic link to a missing file ({os.readlink(path)})", location=location) from None
            raise InputError("not-found", "no such file or directory", location=location) from None
        raise
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not-a-file", f"a {_file_kind(info.st_mode)}, not a regular file: not read", location=location)
    # O_NONBLOCK: should the path have become a pipe since the stat, opening it does not wait
    # for a writer, and the check below refuses it before any read.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputError("not-a-file", f"a {_file_kind(mode)}, not a regular file: not read", location=location)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISDIR(mode):
        return "directory"
    return "special file"


def _jsonl_lines(handle: BinaryIO, location: str) -> Iterator[bytes]:
    """Lines of a JSONL file as UTF-8 bytes. UTF-16/32 files (with a BOM, or UTF-16 without one,
    told by its zero bytes) cannot be split on b"\\n" before decoding, so they are decoded whole
    first; UTF-8 ones stream."""
    head = handle.read(4)
    no_bom_utf16 = len(head) == 4 and ((head[1] == head[3] == 0 and head[0] and head[2]) or (head[0] == head[2] == 0 and head[1] and head[3]))
    if no_bom_utf16 or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)):
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
        except Exception as exc:  # e.g. an int id of more digits than str() converts
            yield unexpected_failure(exc, location)
