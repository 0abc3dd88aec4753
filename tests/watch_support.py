"""Real servers on 127.0.0.1 for the watch tests: a feed server whose content the test changes
between polls, a webhook receiver that checks the HMAC signature, and an SMTP sink.

Every server runs in a daemon thread and is shut down by the test; nothing waits on time
except the deliberately slow route, which answers only when the test releases it.
"""

from __future__ import annotations

import hashlib
import socketserver
import threading
from email import message_from_bytes, policy
from email.utils import format_datetime
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

from flashpoint.watch import verify


class _Server:
    def start(self, server) -> None:
        self.server = server
        server.daemon_threads = True
        server.handle_error = lambda request, address: None  # a client that timed out and left is expected
        self.thread = threading.Thread(target=server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)


class FeedServer(_Server):
    """Serves `routes` (path -> bytes, or a status int); ETag and If-None-Match; `slow` paths
    answer only once `release` is set; every request is logged as (path, headers, status)."""

    def __init__(self):
        self.routes: dict[str, bytes | int] = {}
        self.slow: set[str] = set()
        self.release = threading.Event()
        self.log: list[tuple[str, dict, int]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                path = self.path
                if path in outer.slow:
                    outer.release.wait(30)
                body = outer.routes.get(path, 404)
                if isinstance(body, int):
                    outer.log.append((path, dict(self.headers), body))
                    self.send_error(body)
                    return
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    outer.log.append((path, dict(self.headers), 304))
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                outer.log.append((path, dict(self.headers), 200))
                self.send_response(200)
                kind = "text/html" if path.endswith(".html") else "text/plain" if path.endswith(".txt") else "application/rss+xml"
                self.send_header("Content-Type", f"{kind}; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

        self.start(ThreadingHTTPServer(("127.0.0.1", 0), Handler))

    def requests(self, path: str) -> list[tuple[dict, int]]:
        return [(headers, status) for p, headers, status in self.log if p == path]

    def stop(self) -> None:
        self.release.set()
        super().stop()


class WebhookReceiver(_Server):
    """Accepts POSTs; answers 500 while `fail` is set; records (body, signature valid, headers)."""

    def __init__(self, secret: str):
        self.secret = secret
        self.fail = False
        self.attempts = 0
        self.received: list[tuple[bytes, bool, dict]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                outer.attempts += 1
                if outer.fail:
                    self.send_error(500)
                    return
                valid = verify(body, outer.secret, self.headers.get("X-Flashpoint-Signature"))
                outer.received.append((body, valid, dict(self.headers)))
                self.send_response(204 if valid else 401)
                self.end_headers()

        self.start(ThreadingHTTPServer(("127.0.0.1", 0), Handler))

    @property
    def url(self) -> str:
        return self.base + "/hook"


class SmtpSink(_Server):
    """A minimal SMTP server (RFC 5321's commands a client needs to send a message)."""

    def __init__(self):
        self.messages: list = []
        outer = self

        class Handler(socketserver.StreamRequestHandler):
            def reply(self, line: str) -> None:
                self.wfile.write((line + "\r\n").encode("ascii"))

            def handle(self):
                self.reply("220 sink ESMTP")
                envelope = {"from": None, "to": []}
                while True:
                    raw = self.rfile.readline(10_000)
                    if not raw:
                        return
                    command = raw.decode("ascii", "replace").strip()
                    verb = command[:4].upper()
                    if verb in ("EHLO", "HELO"):
                        self.reply("250 sink")
                    elif verb == "MAIL":
                        envelope = {"from": command[10:].strip(), "to": []}
                        self.reply("250 OK")
                    elif verb == "RCPT":
                        envelope["to"].append(command[8:].strip())
                        self.reply("250 OK")
                    elif verb == "DATA":
                        self.reply("354 end with .")
                        lines = []
                        while True:
                            line = self.rfile.readline(1_000_000)
                            if not line or line in (b".\r\n", b".\n"):
                                break
                            lines.append(line[1:] if line.startswith(b"..") else line)
                        outer.messages.append((envelope, message_from_bytes(b"".join(lines), policy=policy.default)))
                        self.reply("250 OK queued")
                    elif verb == "QUIT":
                        self.reply("221 bye")
                        return
                    elif verb in ("RSET", "NOOP"):
                        self.reply("250 OK")
                    else:
                        self.reply("502 not implemented")

        server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.start(server)

    @property
    def port(self) -> int:
        return self.server.server_address[1]


def rss(title: str, items: list[dict]) -> bytes:
    """An RSS 2.0 feed; an item has id, title, published (date), link, and summary and/or content."""
    parts = ['<?xml version="1.0" encoding="utf-8"?>',
             '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>',
             f"<title>{escape(title)}</title><link>http://127.0.0.1/</link><description>test feed</description>"]
    for item in items:
        published = datetime.fromisoformat(item["published"]).replace(hour=8, tzinfo=timezone.utc)
        parts.append("<item>")
        parts.append(f'<guid isPermaLink="false">{escape(item["id"])}</guid><title>{escape(item["title"])}</title>')
        parts.append(f"<pubDate>{format_datetime(published, usegmt=True)}</pubDate>")
        if item.get("link"):
            parts.append(f"<link>{escape(item['link'])}</link>")
        if item.get("summary"):
            parts.append(f"<description>{escape(item['summary'])}</description>")
        if item.get("content"):
            parts.append(f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "\n".join(parts).encode("utf-8")


def article_page(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><title>{escape(title)}</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article>{body}</article>"
            f"<footer>Copyright 2024 Loopback Wire. All rights reserved.</footer></body></html>").encode("utf-8")
