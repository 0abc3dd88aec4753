"""Watch a conflict as it unfolds: follow feeds, folders and growing JSONL files, keep the
store current through the ingest path, and raise alerts from rules the user writes.

- `sources`: feed URLs (conditional GET, article pages through trafilatura, robots.txt),
  folders (new files), JSONL files (offsets); `make_source(spec)`.
- `http`: the fetcher (timeouts, size limits, per-host rate limit, robots.txt cache).
- `rules`: the YAML rules file and the rule kinds, evaluated over canonical events.
- `delivery`: stdout, JSONL file, signed webhook, e-mail.
- `watcher`: the poll loop; its state (per source, and every alert raised) is in the store
  (schema version 3), so a restart resumes without duplicates.
"""

from __future__ import annotations

import re

from ..errors import FlashpointError
from .delivery import channels, sign, verify
from .http import Fetcher
from .rules import load_rules, parse_rules
from .sources import make_source
from .watcher import PollReport, Watcher

__all__ = ["Watcher", "PollReport", "Fetcher", "make_source", "load_rules", "parse_rules", "channels", "sign", "verify",
           "parse_interval"]

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h)?\s*$")


def parse_interval(text: str) -> float:
    """Seconds from '90', '30s', '5m' or '1h'."""
    match = _INTERVAL.match(str(text))
    if not match:
        raise FlashpointError("bad-option", f"not an interval: {text!r} (e.g. 30s, 5m, 1h)")
    seconds = float(match.group(1)) * {"s": 1, "m": 60, "h": 3600, None: 1}[match.group(2)]
    if seconds < 1:
        raise FlashpointError("bad-option", "the interval is at least 1 second")
    return seconds
