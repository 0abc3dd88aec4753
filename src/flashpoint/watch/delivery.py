"""Where alerts go: stdout, a JSONL file, a webhook (HMAC-signed POST, retried), e-mail (SMTP).

Channels are written in the rules file under `deliver:` (see docs/watch.md). Each alert is
stored before it is delivered, with the channels still to take it; a channel that fails
(after its retries) keeps the alert pending and is tried again on the next poll, so an alert
is delivered at least once and raised once.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import smtplib
import sys
import time
import urllib.error
import urllib.request
from email.message import EmailMessage
from pathlib import Path
from typing import IO

from ..errors import FlashpointError
from ..language.periods import event_period
from .http import USER_AGENT

SIGNATURE_HEADER = "X-Flashpoint-Signature"  # "sha256=" + hex HMAC-SHA256 of the body with the shared secret


def _bad(message: str, where: str = "deliver") -> FlashpointError:
    return FlashpointError("bad-rules", message, location=where)


def alert_json(alert: dict) -> str:
    return json.dumps(alert, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sign(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify(body: bytes, secret: str, header: str | None) -> bool:
    """What a receiver does: recompute the signature and compare in constant time."""
    return bool(header) and hmac.compare_digest(sign(body, secret), header)


class Channel:
    name = "channel"

    def send(self, alert: dict) -> None:  # raises FlashpointError("delivery-failed", ...)
        raise NotImplementedError


class Stdout(Channel):
    name = "stdout"

    def __init__(self, stream: IO[str] | None = None):
        self.stream = stream

    def send(self, alert: dict) -> None:
        stream = self.stream or sys.stdout
        stream.write(alert_json(alert) + "\n")
        stream.flush()


class JsonlFile(Channel):
    def __init__(self, path: str):
        self.path = Path(path).expanduser()
        self.name = f"jsonl:{self.path}"

    def send(self, alert: dict) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a", encoding="utf-8") as handle:
                handle.write(alert_json(alert) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            raise FlashpointError("delivery-failed", f"cannot write ({exc.strerror or exc})", location=str(self.path)) from None


class Webhook(Channel):
    """POST of the alert as JSON, signed with HMAC-SHA256 of a shared secret (read from an
    environment variable, never from the rules file), retried with back-off on errors."""

    def __init__(self, url: str, *, secret: str | None, retries: int = 3, timeout: float = 10.0, backoff: float = 1.0,
                 sleep=time.sleep):
        if not url.startswith(("http://", "https://")):
            raise _bad("a webhook URL starts with http:// or https://")
        self.url, self.secret, self.retries, self.timeout, self.backoff, self.sleep = url, secret, retries, timeout, backoff, sleep
        self.name = f"webhook:{url}"

    def send(self, alert: dict) -> None:
        body = alert_json(alert).encode("utf-8")
        headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT, "X-Flashpoint-Alert": alert["id"]}
        if self.secret:
            headers[SIGNATURE_HEADER] = sign(body, self.secret)
        problem = ""
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                with urllib.request.urlopen(urllib.request.Request(self.url, data=body, headers=headers, method="POST"),
                                            timeout=self.timeout) as response:
                    if 200 <= response.status < 300:
                        return
                    problem = f"HTTP {response.status}"
            except urllib.error.HTTPError as exc:
                problem = f"HTTP {exc.code}"
                if 400 <= exc.code < 500 and exc.code not in (408, 429):
                    break  # the receiver refuses this alert: retrying will not help
            except (urllib.error.URLError, OSError, ValueError) as exc:
                problem = f"{type(exc).__name__}: {getattr(exc, 'reason', exc)}"
        raise FlashpointError("delivery-failed", f"webhook failed after {attempt + 1} attempt(s) ({problem})", location=self.url)


class Email(Channel):
    """One message per alert over SMTP (smtplib), STARTTLS and login when configured."""

    def __init__(self, *, host: str, port: int, sender: str, to: list[str], starttls: bool = False, ssl: bool = False,
                 user: str | None = None, password: str | None = None, timeout: float = 20.0):
        self.host, self.port, self.sender, self.to = host, port, sender, to
        self.starttls, self.ssl, self.user, self.password, self.timeout = starttls, ssl, user, password, timeout
        self.name = f"email:{','.join(to)}"

    def message(self, alert: dict) -> EmailMessage:
        message = EmailMessage()
        # Header values are single lines: a title from article text cannot inject headers.
        subject = " ".join(f"[flashpoint] {alert['rule']}: {alert['title']}".split())
        message["Subject"] = subject[:200]
        message["From"] = self.sender
        message["To"] = ", ".join(self.to)
        message["X-Flashpoint-Alert"] = alert["id"]
        message.set_content(render_text(alert))
        message.add_attachment(alert_json(alert).encode("utf-8"), maintype="application", subtype="json",
                               filename=f"{alert['id']}.json")
        return message

    def send(self, alert: dict) -> None:
        try:
            cls = smtplib.SMTP_SSL if self.ssl else smtplib.SMTP
            with cls(self.host, self.port, timeout=self.timeout) as smtp:
                if self.starttls:
                    smtp.starttls()
                if self.user:
                    smtp.login(self.user, self.password or "")
                smtp.send_message(self.message(alert))
        except (smtplib.SMTPException, OSError) as exc:
            raise FlashpointError("delivery-failed", f"e-mail failed ({type(exc).__name__}: {exc})",
                                  location=f"{self.host}:{self.port}") from None


def render_text(alert: dict) -> str:
    """An alert as plain text: the rule, then each event with every report's sentence and source."""
    lines = [f"{alert['title']}", f"rule: {alert['rule']} ({alert['kind']})", ""]
    for event in alert.get("events", []):
        lines.append(f"- {event.get('event_type')} {((event.get('actor') or {}).get('name') or '?')} → "
                     f"{((event.get('recipient') or {}).get('name') or '?')}, {event_period(event) or '?'}"
                     f"{', ' + event['location'] if event.get('location') else ''}; sources: {', '.join(event.get('sources') or [])}")
        for report in event.get("reports", []):
            lines.append(f"    {report.get('source') or report.get('doc_id')} ({report.get('published') or '?'}): "
                         f"\"{report.get('sentence') or ''}\"" + (f" <{report['url']}>" if report.get("url") else ""))
    return "\n".join(lines) + "\n"


def _env(name: object, where: str) -> str | None:
    if name is None:
        return None
    if not isinstance(name, str):
        raise _bad("an *_env option names an environment variable", where)
    value = os.environ.get(name)
    if value is None:
        raise _bad(f"the environment variable {name} is not set", where)
    return value


def channels(spec: list, *, stdout: IO[str] | None = None) -> list[Channel]:
    """Channels from the rules file's `deliver:` list; stdout alone when it is empty."""
    if not spec:
        return [Stdout(stdout)]
    out: list[Channel] = []
    for index, item in enumerate(spec):
        where = f"deliver[{index}]"
        if item == "stdout":
            out.append(Stdout(stdout))
            continue
        if not isinstance(item, dict) or len(item) != 1:
            raise _bad("a channel is 'stdout', {jsonl: PATH}, {webhook: {...}} or {email: {...}}", where)
        (kind, options), = item.items()
        if kind == "jsonl":
            if not isinstance(options, str) or not options.strip():
                raise _bad("jsonl takes a file path", where)
            out.append(JsonlFile(options))
        elif kind == "webhook":
            options = {"url": options} if isinstance(options, str) else options
            if not isinstance(options, dict) or not isinstance(options.get("url"), str):
                raise _bad("webhook needs a 'url'", where)
            extra = set(options) - {"url", "secret_env", "retries", "timeout"}
            if extra:
                raise _bad(f"unknown webhook option(s): {', '.join(sorted(extra))}", where)
            retries = options.get("retries", 3)
            if not isinstance(retries, int) or isinstance(retries, bool) or not 0 <= retries <= 10:
                raise _bad("'retries' is an integer from 0 to 10", where)
            out.append(Webhook(options["url"], secret=_env(options.get("secret_env"), where), retries=retries,
                               timeout=float(options.get("timeout", 10))))
        elif kind == "email":
            if not isinstance(options, dict):
                raise _bad("email takes host, port, from and to", where)
            extra = set(options) - {"host", "port", "from", "to", "starttls", "ssl", "user_env", "password_env", "timeout"}
            if extra:
                raise _bad(f"unknown email option(s): {', '.join(sorted(extra))}", where)
            to = options.get("to")
            to = [to] if isinstance(to, str) else to
            if not isinstance(options.get("from"), str) or not to or not all(isinstance(t, str) for t in to):
                raise _bad("email needs 'from' and 'to'", where)
            port = options.get("port", 25)
            if not isinstance(port, int) or not 0 < port < 65536:
                raise _bad("'port' is a port number", where)
            out.append(Email(host=str(options.get("host", "localhost")), port=port, sender=options["from"], to=list(to),
                             starttls=bool(options.get("starttls", False)), ssl=bool(options.get("ssl", False)),
                             user=_env(options.get("user_env"), where), password=_env(options.get("password_env"), where),
                             timeout=float(options.get("timeout", 20))))
        else:
            raise _bad(f"unknown channel {kind!r}; one of stdout, jsonl, webhook, email", where)
    names = [c.name for c in out]
    if len(set(names)) != len(names):
        raise _bad("the same channel is listed twice", "deliver")
    return out
