"""HTTP for `watch`: conditional GET, timeouts, size limits, a per-host rate limit, robots.txt.

Standard library only (urllib). Every problem is a `FetchError` with a stable code, so the
watcher records it as the source's failure and goes on with the other sources.
"""

from __future__ import annotations

import socket
import threading
import time
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from ..errors import FlashpointError

ROBOTS_TTL = 24 * 3600.0  # seconds a host's robots.txt is trusted
USER_AGENT = "Flashpoint-watch/1 (+https://github.com/flashpoint; polls feeds, honours robots.txt)"


class FetchError(FlashpointError):
    """A URL could not be fetched (down, slow, too large, refused)."""

    def __init__(self, code: str, message: str, *, location: str | None = None, status: int | None = None):
        super().__init__(code, message, location=location)
        self.status = status  # the HTTP status, for http-error


@dataclass
class Response:
    url: str
    status: int  # 200, or 304 when nothing changed since the validators we sent
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None


class _NoRedirectErrors(urllib.request.HTTPErrorProcessor):
    """Let 304 through as a response instead of an exception."""

    def http_response(self, request, response):
        if response.status == 304:
            return response
        return super().http_response(request, response)

    https_response = http_response


@dataclass
class Fetcher:
    """One fetcher per watcher: its rate limit and robots.txt cache span all sources.

    `min_interval`: seconds between two requests to the same host. `clock`/`sleep` are
    injectable so the rate limit is tested without waiting."""

    timeout: float = 20.0
    max_bytes: int = 5_000_000
    min_interval: float = 1.0
    user_agent: str = USER_AGENT
    clock: callable = time.monotonic
    sleep: callable = time.sleep
    _last: dict = field(default_factory=dict)
    _robots: dict = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self):
        self._opener = urllib.request.build_opener(_NoRedirectErrors())

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            last = self._last.get(host)
            now = self.clock()
            if last is not None and now - last < self.min_interval:
                self.sleep(self.min_interval - (now - last))
                now = self.clock()
            self._last[host] = now

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            max_bytes: int | None = None) -> Response:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError("bad-option", "only http:// and https:// URLs can be watched", location=url)
        limit = self.max_bytes if max_bytes is None else max_bytes
        headers = {"User-Agent": self.user_agent, "Accept-Encoding": "identity"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        self._wait_turn(parts.netloc.lower())
        request = urllib.request.Request(url, headers=headers)
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                status = response.status
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise FetchError("too-large", f"the response declares {declared} bytes, over the limit of {limit}", location=url)
                body = b"" if status == 304 else response.read(limit + 1)
                if len(body) > limit:
                    raise FetchError("too-large", f"the response is over the size limit of {limit} bytes", location=url)
                return Response(url=response.url or url, status=status, body=body, etag=response.headers.get("ETag"),
                                last_modified=response.headers.get("Last-Modified"),
                                content_type=response.headers.get("Content-Type"))
        except FetchError:
            raise
        except urllib.error.HTTPError as exc:
            raise FetchError("http-error", f"HTTP {exc.code} {exc.reason}", location=url, status=exc.code) from None
        except (TimeoutError, socket.timeout):
            raise FetchError("timeout", f"no answer within {self.timeout:g} s", location=url) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise FetchError("timeout", f"no answer within {self.timeout:g} s", location=url) from None
            raise FetchError("unreachable", f"cannot connect ({reason})", location=url) from None
        except (OSError, ValueError) as exc:  # connection reset, bad status line, ...
            raise FetchError("unreachable", f"the connection failed ({type(exc).__name__}: {exc})", location=url) from None

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets us fetch `url` (read again once a day per host).

        As RFC 9309 says: no robots.txt (4xx) allows everything; one that cannot be fetched
        (5xx, unreachable, timeout) disallows everything on that host for now."""
        parts = urlsplit(url)
        origin = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        parser, fetched = self._robots.get(origin, (None, 0.0))
        if parser is None or self.clock() - fetched > ROBOTS_TTL:
            parser = urllib.robotparser.RobotFileParser()
            try:
                response = self.get(origin + "/robots.txt", max_bytes=500_000)
                parser.parse(response.body.decode("utf-8", "replace").splitlines())
            except FetchError as exc:
                if exc.status is not None and 400 <= exc.status < 500:
                    parser.allow_all = True
                else:
                    parser.disallow_all = True
            self._robots[origin] = (parser, self.clock())
        return parser.can_fetch(self.user_agent, url)
