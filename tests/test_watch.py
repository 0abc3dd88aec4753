"""`flashpoint watch`: the seed story replayed as feeds on a real loopback server, day by day.

Everything runs against real servers on 127.0.0.1 (feeds, article pages, robots.txt, a
webhook receiver checking the HMAC, an SMTP sink) and a real SQLite file, with the real
pipeline. Time never decides an outcome: the watcher's clock is a value the test sets.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from flashpoint import open_store
from flashpoint.errors import FlashpointError
from flashpoint.store import schema
from flashpoint.watch import Fetcher, Watcher, channels, make_source, parse_interval, parse_rules
from flashpoint.watch.rules import evaluate

from .conftest import IRAN_PAKISTAN, write
from .watch_support import FeedServer, SmtpSink, WebhookReceiver, article_page, rss

SECRET = "s3cret-shared-with-the-receiver"


def _corpus() -> dict[str, str]:
    return {json.loads(line)["source"]: json.loads(line)["text"] for line in IRAN_PAKISTAN.read_text(encoding="utf-8").splitlines()}


def _sentence(text: str, start: str) -> str:
    """The corpus sentence (up to its full stop) that begins with `start`."""
    at = text.index(start)
    return text[at:text.index(". ", at) + 1] if ". " in text[at:] else text[at:]


def _story(base: str) -> dict:
    """The seed story as three reports, built from the corpus' own sentences."""
    corpus = _corpus()
    reuters, efsas = corpus["Reuters"], corpus["EFSAS"]  # the EFSAS commentary tells the same three days
    strike = reuters[reuters.index("On Tuesday, Iranian missiles struck"):]
    strike = strike[:strike.index("\n")]
    retaliation = " ".join([_sentence(reuters, "Iran sent shockwaves around the region on Tuesday"),
                            reuters[reuters.index("Two days later, Pakistan"):reuters.index("Iran-Iraq war.") + len("Iran-Iraq war.")]])
    assert "recalling its Ambassador from Iran" in efsas
    confirmation = _sentence(reuters, "Tuesday’s strike was one of Iran’s toughest cross-border assaults")
    recall = _sentence(reuters, "Pakistan recalled its ambassador from Iran")
    return {
        # Day 1: a summary-only item; the article is on its page (fetched, trafilatura).
        "day1": {"id": "loopback-2024-01-17-iran-strike", "title": "Iran strikes militant bases in Pakistan",
                 "published": "2024-01-17", "link": f"{base}/articles/iran-strike.html",
                 "summary": "Iran says it hit militant bases across the border.", "page": [strike]},
        # Day 2: a second outlet confirms the strike and reports the recall (in the corpus' words); full content in the feed.
        "day2": {"id": "efsas-2024-01-18-recall", "title": "Pakistan recalls its ambassador", "published": "2024-01-18",
                 "link": f"{base}/efsas/recall.html", "content": f"<p>{confirmation}</p><p>{recall}</p>"},
        # Day 3: the retaliation; summary only, but robots.txt forbids its page: the summary is used.
        "day3": {"id": "loopback-2024-01-19-pakistan-strikes-back", "title": "Pakistan strikes back", "published": "2024-01-19",
                 "link": f"{base}/private/pakistan.html", "summary": retaliation},
    }


class Clock:
    def __init__(self):
        self.now = datetime(2024, 1, 17, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


RULES = {
    "rules": [
        {"name": "first-assault", "kind": "first_conflict", "types": ["ASSAULT"], "days": 30},
        {"name": "retaliation", "kind": "action_reaction", "days": 7},
        {"name": "escalation", "kind": "goldstein_drop", "window": 7, "drop": 15},
        {"name": "confirmed", "kind": "confirmed", "sources": 2},
    ],
}


@pytest.fixture
def servers():
    feed, hook, smtp = FeedServer(), WebhookReceiver(SECRET), SmtpSink()
    yield feed, hook, smtp
    for server in (feed, hook, smtp):
        server.stop()


def _watcher(db, feed, hook, smtp, tmp_path, pipeline, clock, monkeypatch, sleeps):
    monkeypatch.setenv("FP_TEST_WEBHOOK_SECRET", SECRET)
    deliver = [{"jsonl": str(tmp_path / "alerts.jsonl")},
               {"webhook": {"url": hook.url, "secret_env": "FP_TEST_WEBHOOK_SECRET", "retries": 1}},
               {"email": {"host": "127.0.0.1", "port": smtp.port, "from": "watch@localhost", "to": ["analyst@localhost"]}}]
    rules, spec = parse_rules({**RULES, "deliver": deliver})
    chans = channels(spec)
    for channel in chans:
        if hasattr(channel, "sleep"):
            channel.sleep = sleeps.append  # the webhook's back-off, recorded instead of waited
    sources = [make_source(feed.base + p) for p in ("/reuters.xml", "/efsas.xml", "/broken.xml", "/slow.xml")]
    store = open_store(db)
    fetcher = Fetcher(timeout=0.5, min_interval=0)
    return store, Watcher(store, sources, rules, chans, pipeline=pipeline, fetcher=fetcher, clock=clock)


def _titles(report) -> set[tuple[str, str]]:
    return {(a["rule"], a["title"]) for a in report.alerts}


def test_the_seed_story_replayed_day_by_day_raises_each_alert_once_on_its_poll(servers, tmp_path, pipeline, monkeypatch):
    feed, hook, smtp = servers
    story = _story(feed.base)
    day1, day2, day3 = story["day1"], story["day2"], story["day3"]
    feed.routes["/robots.txt"] = b"User-agent: *\nDisallow: /private/\n"
    feed.routes["/articles/iran-strike.html"] = article_page(day1["title"], day1["page"])
    feed.routes["/private/pakistan.html"] = article_page(day3["title"], ["never fetched"])
    feed.routes["/reuters.xml"] = rss("Loopback Wire", [day1])
    feed.routes["/efsas.xml"] = rss("EFSAS", [])
    feed.routes["/broken.xml"] = b"<?xml version='1.0'?><rss version='2.0'><channel><title>Cut off</title><item><title>"
    feed.slow.add("/slow.xml")
    clock, sleeps = Clock(), []
    db = str(tmp_path / "watch.db")
    store, watcher = _watcher(db, feed, hook, smtp, tmp_path, pipeline, clock, monkeypatch, sleeps)

    # Poll 1 (17 January): Iran's strike. The webhook is down: the alert waits for it.
    hook.fail = True
    first = watcher.poll()
    assert _titles(first) == {("first-assault", "first ASSAULT IRN→PAK in 30 days")}
    by_source = {s.source.rsplit("/", 1)[1]: s for s in first.sources}
    assert by_source["reuters.xml"].ok and by_source["reuters.xml"].new == 1
    assert by_source["efsas.xml"].ok and by_source["efsas.xml"].new == 0
    assert by_source["broken.xml"].ok is False and "[bad-xml]" in by_source["broken.xml"].error
    assert by_source["slow.xml"].ok is False and "[timeout]" in by_source["slow.xml"].error
    assert "1 new document(s)" in first.status_line() and "2 failed" in first.status_line()
    # The page was fetched (robots.txt allows it) and its article, not the summary, was stored.
    text = store.document_text(day1["id"])
    assert "Army of Justice" in text and "Home" not in text and "Copyright" not in text
    assert [h["User-Agent"] for h, _ in feed.requests("/robots.txt")][0].startswith("Flashpoint-watch")
    assert len(first.delivery_errors) == 1 and "[delivery-failed]" in first.delivery_errors[0]
    assert sleeps == [1.0]  # one retry, after its back-off
    alert = first.alerts[0]
    [event] = alert["events"]
    assert (event["event_type"], event["actor"]["country"], event["date"]) == ("ASSAULT", "IRN", "2024-01-16")
    # Its evidence: the report of the event, with its sentence, source and link.
    assert event["reports"] == [{"doc_id": day1["id"], "event_id": f"{day1['id']}:e1", "source": "Loopback Wire",
                                 "published": "2024-01-17", "title": day1["title"], "url": day1["link"], "trigger": "struck",
                                 "sentence": _sentence(store.document_text(day1["id"]), "On Tuesday, Iranian missiles struck")}]

    # Poll 2, half a minute later: the failed sources are still backing off; EFSAS confirms.
    hook.fail = False
    clock.advance(seconds=30)
    feed.routes["/efsas.xml"] = rss("EFSAS", [day2])
    second = watcher.poll()
    assert _titles(second) == {("confirmed", "confirmed by 2 sources: ASSAULT IRN→PAK on 2024-01-16")}
    assert {s.source.rsplit("/", 1)[1]: s.ok for s in second.sources} == {
        "reuters.xml": True, "efsas.xml": True, "broken.xml": None, "slow.xml": None}
    assert "2 backing off" in second.status_line()
    # Conditional GET: the unchanged feed answered 304 to the ETag we sent.
    (headers, status), = feed.requests("/reuters.xml")[1:]
    assert status == 304 and headers.get("If-None-Match")
    # The webhook is back: the first alert is delivered now, with the second.
    assert second.delivery_errors == []
    [confirmed] = second.alerts
    assert sorted(r["source"] for r in confirmed["events"][0]["reports"]) == ["EFSAS", "Loopback Wire"]

    # Restart: a new process (store, watcher, fetcher) on the same database, an hour later:
    # the failed sources are retried, the broken feed is mended, the slow one still times out.
    store.close()
    clock.advance(hours=1)
    feed.routes["/broken.xml"] = rss("Mended", [])
    feed.routes["/reuters.xml"] = rss("Loopback Wire", [day3, day1])
    store, watcher = _watcher(db, feed, hook, smtp, tmp_path, pipeline, clock, monkeypatch, sleeps)
    third = watcher.poll()
    assert _titles(third) == {
        ("first-assault", "first ASSAULT PAK→IRN in 30 days"),
        ("retaliation", "PAK answered IRN: ASSAULT IRN→PAK on 2024-01-16, then ASSAULT PAK→IRN on 2024-01-18"),
        ("escalation", "IRN–PAK Goldstein sum fell by 24 in 7 days to 2024-01-18"),
    }
    status = {s.source.rsplit("/", 1)[1]: s for s in third.sources}
    assert status["reuters.xml"].new == 1 and status["broken.xml"].ok is True and status["slow.xml"].ok is False
    assert any("robots.txt disallows" in note for note in status["reuters.xml"].notes)
    assert feed.requests("/private/pakistan.html") == []
    assert "Two days later, Pakistan in retaliation" in store.document_text(day3["id"])
    retaliation = next(a for a in third.alerts if a["rule"] == "retaliation")
    assert [e["date"] for e in retaliation["events"]] == ["2024-01-16", "2024-01-18"]
    assert retaliation["details"] == {"dyad": ["IRN", "PAK"], "day": "2024-01-18", "days": 2}

    # Poll 4: nothing new anywhere, nothing raised; the slow source backs off longer each time.
    clock.advance(hours=2)
    fourth = watcher.poll()
    assert fourth.alerts == [] and fourth.stored == 0
    with store.engine.connect() as conn:
        slow = conn.execute(sa.select(schema.watch_sources).where(schema.watch_sources.c.source.like("%slow.xml"))).one()
    assert slow.failures == 3 and "[timeout]" in slow.last_error

    # Nothing twice: documents, alerts, and each channel got each alert exactly once.
    assert store.counts()["documents"] == 3
    raised = [a["id"] for r in (first, second, third, fourth) for a in r.alerts]
    assert len(raised) == len(set(raised)) == 5
    assert sorted(a["id"] for a in watcher.tables.alerts()) == sorted(raised)
    assert all(a["pending"] == [] for a in watcher.tables.alerts())
    lines = [json.loads(line) for line in (tmp_path / "alerts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(a["id"] for a in lines) == sorted(raised)
    assert sorted(json.loads(body)["id"] for body, _, _ in hook.received) == sorted(raised)
    assert all(valid for _, valid, _ in hook.received)
    assert all(h["X-Flashpoint-Alert"] == json.loads(body)["id"] for body, _, h in hook.received)
    assert len(smtp.messages) == 5
    envelope, message = smtp.messages[0]
    assert envelope["to"] == ["<analyst@localhost>"]
    assert message["Subject"] == "[flashpoint] first-assault: first ASSAULT IRN→PAK in 30 days"
    [plain] = [p.get_payload(decode=True).decode("utf-8") for p in message.walk() if p.get_content_type() == "text/plain"]
    assert '"On Tuesday, Iranian missiles struck two bases' in plain and f"<{day1['link']}>" in plain
    [attached] = [p.get_payload(decode=True) for p in message.walk() if p.get_content_type() == "application/json"]
    assert json.loads(attached)["id"] == first.alerts[0]["id"]
    store.close()


def test_a_forged_signature_does_not_verify():
    from flashpoint.watch import sign, verify

    body = b'{"id":"al-1"}'
    assert verify(body, SECRET, sign(body, SECRET))
    assert not verify(body, SECRET, sign(body, "another secret"))
    assert not verify(body + b" ", SECRET, sign(body, SECRET))
    assert not verify(body, SECRET, None)
