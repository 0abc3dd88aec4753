"""What `watch` follows: RSS/Atom feed URLs, folders (new files) and JSONL files that grow.

A source's `poll(state, context)` returns what is new since `state` (documents and per-item
failures, as ingest yields them) and the state to save once those are stored. The watcher
saves the new state only after the items went through the store's write path, so a process
killed in between reads them again and the store's document ids make that a no-op.

A problem with the whole source (down, slow, malformed) raises a FlashpointError: the
watcher records it as the source's failure and backs off; other sources go on.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import FlashpointError, InputError
from ..ingest import DEFAULT_MAX_BYTES, Document, Failure, Item, read_inputs
from ..ingest import expand as expand_paths
from ..ingest.decode import decode
from ..ingest.readers import _document_from_object, _guard, check_xml_safe, html_to_text, read_html
from .http import FetchError, Fetcher

SUMMARY_CHARS = 600  # a feed entry with no content and a summary shorter than this is "summary only"
MAX_FILES_PER_POLL = 1000
MAX_LINES_PER_POLL = 5000


@dataclass
class PollContext:
    fetcher: Fetcher
    stored_ids: callable  # ids -> the subset already in the store
    max_bytes: int = DEFAULT_MAX_BYTES
    fetch_articles: str = "auto"  # auto (summary-only entries), always, never


@dataclass
class Poll:
    items: list[Item]
    state: dict
    notes: list[str] = field(default_factory=list)


class Source:
    kind = "source"

    def __init__(self, spec: str):
        self.key = spec

    def poll(self, state: dict, context: PollContext) -> Poll:  # pragma: no cover - interface
        raise NotImplementedError


class FeedSource(Source):
    """An RSS or Atom feed by URL: conditional GET, entries not yet stored, and the article
    page (robots.txt permitting) when an entry carries only a summary."""

    kind = "feed"

    def poll(self, state: dict, context: PollContext) -> Poll:
        import feedparser

        url = self.key
        response = context.fetcher.get(url, etag=state.get("etag"), last_modified=state.get("last_modified"),
                                       max_bytes=context.max_bytes)
        new_state = dict(state)
        new_state["etag"] = response.etag or state.get("etag")
        new_state["last_modified"] = response.last_modified or state.get("last_modified")
        if response.status == 304:
            return Poll([], new_state, ["not modified"])
        if not response.body.strip():
            raise InputError("empty", "the feed is empty", location=url)
        check_xml_safe(response.body, url)
        feed = feedparser.parse(response.body, sanitize_html=False, resolve_relative_uris=False)
        if not feed.version and not feed.entries:
            raise InputError("unknown-format", "not an RSS or Atom feed", location=url)
        source = feed.feed.get("title")
        entries = [(e.get("id") or e.get("link"), e) for e in feed.entries]
        stored = context.stored_ids(i for i, _ in entries if i)
        items: list[Item] = []
        notes: list[str] = []
        for index, (entry_id, entry) in enumerate(entries):
            if entry_id and entry_id in stored:
                continue
            where = f"{url}#{entry_id or index}"
            items.append(self._entry(entry, entry_id, source, where, context, notes))
        # Feeds list the newest first; store in the order things happened.
        items.reverse()
        return Poll(items, new_state, notes)

    def _entry(self, entry, entry_id, source, where: str, context: PollContext, notes: list[str]) -> Item:
        content = entry["content"][0].get("value", "") if entry.get("content") else ""
        summary = entry.get("summary", "")
        text = html_to_text(content or summary)
        link = entry.get("link")
        summary_only = not content.strip() and len(text) < SUMMARY_CHARS
        wanted = context.fetch_articles == "always" or (context.fetch_articles == "auto" and summary_only)
        if link and wanted and link.startswith(("http://", "https://")):
            page = self._article(link, context, notes)
            if page:
                text = page
        try:
            return Document.build(text, id=entry_id, source=source, published=entry.get("published") or entry.get("updated"),
                                  title=entry.get("title"), url=link, location=where, size=len(text.encode("utf-8")))
        except FlashpointError as exc:
            return Failure.from_error(exc, location=where)

    def _article(self, link: str, context: PollContext, notes: list[str]) -> str | None:
        """The article's text from its page (trafilatura), or None: robots.txt disallows it,
        or the page cannot be fetched or read (the entry's summary is used then)."""
        if not context.fetcher.allowed(link):
            notes.append(f"robots.txt disallows {link}: summary used")
            return None
        try:
            response = context.fetcher.get(link, max_bytes=context.max_bytes)
            for item in read_html(response.body, link):
                if isinstance(item, Document):
                    return item.text
        except FlashpointError as exc:
            notes.append(f"article page unavailable ({exc.one_line()}): summary used")
        return None


class FolderSource(Source):
    """A folder: files that appeared (or changed) since the last poll, read as `ingest` reads
    them. Write files under a hidden name and rename them into place: hidden files are
    passed over, so a half-written file is never read."""

    kind = "folder"

    def poll(self, state: dict, context: PollContext) -> Poll:
        folder = Path(self.key)
        if not folder.is_dir():
            raise InputError("not-found", "the folder does not exist", location=self.key)
        seen: dict = dict(state.get("files") or {})
        fresh = []
        for path, _fmt in expand_paths([folder]):
            try:
                info = os.stat(path)
            except OSError:
                continue
            rel = os.path.relpath(path, folder)
            signature = [info.st_size, info.st_mtime_ns]
            if seen.get(rel) != signature:
                fresh.append((rel, path, signature))
        notes = []
        if len(fresh) > MAX_FILES_PER_POLL:
            notes.append(f"{len(fresh) - MAX_FILES_PER_POLL} more files next poll")
            fresh = fresh[:MAX_FILES_PER_POLL]
        items: list[Item] = []
        for rel, path, signature in fresh:
            items.extend(read_inputs([path], max_bytes=context.max_bytes))
            seen[rel] = signature
        return Poll(items, {"files": seen}, notes)


class JsonlSource(Source):
    """A JSONL file that grows: the lines appended since the offset last read. Only complete
    lines are read (a line still being written waits for its newline); a file that shrank or
    was replaced (new inode) is read again from the start (stored ids make that cheap)."""

    kind = "jsonl"

    def poll(self, state: dict, context: PollContext) -> Poll:
        path = Path(self.key)
        try:
            info = path.stat()
        except OSError:
            raise InputError("not-found", "no such file", location=self.key) from None
        offset, line = int(state.get("offset", 0)), int(state.get("line", 0))
        notes = []
        if state.get("inode") not in (None, info.st_ino) or info.st_size < offset:
            offset, line = 0, 0
            notes.append("file replaced or truncated: read again from the start")
        items: list[Item] = []
        with open(path, "rb") as handle:
            handle.seek(offset)
            for _ in range(MAX_LINES_PER_POLL):
                raw = handle.readline(context.max_bytes + 1)
                if not raw:
                    break
                if not raw.endswith(b"\n"):
                    if len(raw) > context.max_bytes:  # an over-long record: skip to its end
                        line += 1
                        items.append(Failure(f"{self.key}:{line}", "too-large",
                                             f"record over the limit of {context.max_bytes} bytes", size=len(raw)))
                        rest = handle.readline()
                        while rest and not rest.endswith(b"\n"):
                            rest = handle.readline()
                        offset = handle.tell()
                        continue
                    break  # incomplete last line: read it once its newline is written
                offset += len(raw)
                line += 1
                if raw.strip():
                    items.append(self._parse(raw, f"{self.key}:{line}"))
        return Poll(items, {"offset": offset, "line": line, "inode": info.st_ino}, notes)

    @staticmethod
    def _parse(raw: bytes, where: str) -> Item:
        def parse() -> Document:
            import json

            text, _ = decode(raw, location=where)
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                raise InputError("bad-json", f"malformed JSON at column {exc.colno}: {exc.msg}", location=where) from None
            return _document_from_object(obj, where, len(raw))

        return _guard(parse, where, len(raw))


def make_source(spec: str) -> Source:
    """A source from what the user typed: an http(s) URL is a feed, a folder a folder, a
    .jsonl/.ndjson file (existing or not yet) a growing JSONL file."""
    text = str(spec).strip()
    if text.startswith(("http://", "https://")):
        return FeedSource(text)
    path = Path(text).expanduser()
    if path.is_dir():
        return FolderSource(str(path.resolve()))
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        return JsonlSource(str(path.resolve()))
    raise FlashpointError("bad-option", "a source is a feed URL (http:// or https://), a folder, or a .jsonl file",
                          location=text)


__all__ = ["Source", "FeedSource", "FolderSource", "JsonlSource", "Poll", "PollContext", "make_source", "FetchError"]
