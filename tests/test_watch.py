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
    # and Pakistan's recall of its ambassador "in protest at Tuesday's attack" (told undated, so
    # dated by its report) answers the strike
    assert _titles(second) == {("confirmed", "confirmed by 2 sources: ASSAULT IRN→PAK on 2024-01-16"),
                               ("retaliation", "PAK answered IRN: ASSAULT IRN→PAK on 2024-01-16, then SANCTION PAK→IRN on 2024-01-18")}
    assert {s.source.rsplit("/", 1)[1]: s.ok for s in second.sources} == {
        "reuters.xml": True, "efsas.xml": True, "broken.xml": None, "slow.xml": None}
    assert "2 backing off" in second.status_line()
    # Conditional GET: the unchanged feed answered 304 to the ETag we sent.
    (headers, status), = feed.requests("/reuters.xml")[1:]
    assert status == 304 and headers.get("If-None-Match")
    # The webhook is back: the first alert is delivered now, with the second.
    assert second.delivery_errors == []
    [confirmed] = [a for a in second.alerts if a["rule"] == "confirmed"]
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
    assert len(raised) == len(set(raised)) == 6
    assert sorted(a["id"] for a in watcher.tables.alerts()) == sorted(raised)
    assert all(a["pending"] == [] for a in watcher.tables.alerts())
    lines = [json.loads(line) for line in (tmp_path / "alerts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(a["id"] for a in lines) == sorted(raised)
    assert sorted(json.loads(body)["id"] for body, _, _ in hook.received) == sorted(raised)
    assert all(valid for _, valid, _ in hook.received)
    assert all(h["X-Flashpoint-Alert"] == json.loads(body)["id"] for body, _, h in hook.received)
    assert len(smtp.messages) == 6
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


# -- growing JSONL files and folders -----------------------------------------------------------

STRIKE = {"id": "j1", "source": "Reuters", "published": "2024-01-17",
          "text": "On Tuesday, Iranian missiles struck two bases of the Sunni Muslim group Jaish al-Adl in Pakistan."}
RECALL = {"id": "j2", "source": "Reuters", "published": "2024-01-18",
          "text": "Pakistan recalled its ambassador from Iran in protest at Tuesday’s attack."}
WATCHLIST = {"rules": [{"name": "jaish", "kind": "mention", "actors": ["Jaish al-Adl"]}]}


def _line(obj: dict) -> bytes:
    return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")


def test_a_growing_jsonl_file_is_read_from_its_offset_and_a_lost_state_duplicates_nothing(tmp_path, pipeline):
    path = tmp_path / "stream.jsonl"
    path.write_bytes(_line(STRIKE) + _line(RECALL)[:20])  # the second line is still being written
    rules, spec = parse_rules(WATCHLIST)
    out = tmp_path / "alerts.jsonl"
    with open_store(tmp_path / "w.db") as store:
        watcher = Watcher(store, [make_source(str(path))], rules, channels([{"jsonl": str(out)}]), pipeline=pipeline)
        first = watcher.poll()
        assert first.stored == 1 and [a["rule"] for a in first.alerts] == ["jaish"]
        assert watcher.tables.source(str(path.resolve()))["state"]["offset"] == len(_line(STRIKE))
        path.write_bytes(_line(STRIKE) + _line(RECALL) + b"{not json\n")  # the line is finished, and a bad one follows
        second = watcher.poll()
        assert second.stored == 1 and second.sources[0].failed == 1 and second.alerts == []
        assert any("stream.jsonl:3" in note and "[bad-json]" in note for note in second.sources[0].notes)
        assert store.stored_ids(["j1", "j2"]) == {"j1", "j2"}
        # A crash between storing and saving the state loses the offsets: reading again stores
        # nothing twice and raises nothing twice.
        with store.engine.begin() as conn:
            conn.execute(schema.watch_sources.delete())
        again = Watcher(store, [make_source(str(path))], rules, channels([{"jsonl": str(out)}]), pipeline=pipeline).poll()
        assert again.stored == 0 and again.alerts == []
        # A file replaced by a shorter one is read from its start.
        path.write_bytes(_line({**STRIKE, "id": "j3", "published": "2024-01-20"}))
        replaced = watcher.poll()
        assert replaced.stored == 1 and any("read again from the start" in n for n in replaced.sources[0].notes)
        assert store.counts()["documents"] == 3
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_a_folder_yields_its_new_files_and_passes_over_hidden_ones(tmp_path, pipeline):
    folder = tmp_path / "inbox"
    write(folder / "a.txt", f"---\nid: f1\npublished: 2024-01-17\n---\n{STRIKE['text']}\n")
    write(folder / ".b.txt.part", "half written")
    rules, _ = parse_rules(WATCHLIST)
    with open_store(tmp_path / "w.db") as store:
        watcher = Watcher(store, [make_source(str(folder))], rules, [], pipeline=pipeline)
        assert watcher.poll().stored == 1
        write(folder / "sub" / "b.txt", f"---\nid: f2\npublished: 2024-01-18\n---\n{RECALL['text']}\n")
        report = watcher.poll()
        assert report.stored == 1 and report.sources[0].failed == 0
        assert watcher.poll().stored == 0
        assert store.stored_ids(["f1", "f2"]) == {"f1", "f2"}
        assert set(watcher.tables.source(str(folder.resolve()))["state"]["files"]) == {"a.txt", "sub/b.txt"}


def test_sources_are_feed_urls_folders_or_jsonl_files(tmp_path):
    assert make_source("https://example.org/feed.xml").kind == "feed"
    assert make_source(str(tmp_path)).kind == "folder"
    assert make_source(str(tmp_path / "later.jsonl")).kind == "jsonl"
    for bad in ("ftp://example.org/feed", str(tmp_path / "notes.txt")):
        with pytest.raises(FlashpointError) as info:
            make_source(bad)
        assert info.value.code == "bad-option"
    assert [parse_interval(t) for t in ("90", "30s", "5m", "1h")] == [90, 30, 300, 3600]
    with pytest.raises(FlashpointError):
        parse_interval("soon")


# -- the fetcher ------------------------------------------------------------------------------------


def test_the_fetcher_limits_size_spaces_requests_per_host_and_reads_robots(servers):
    feed, _, _ = servers
    feed.routes["/big.xml"] = b"x" * 2000
    waits, now = [], [100.0]
    fetcher = Fetcher(timeout=5, max_bytes=1000, min_interval=2.0, clock=lambda: now[0], sleep=waits.append)
    with pytest.raises(FlashpointError) as info:
        fetcher.get(feed.base + "/big.xml")
    assert info.value.code == "too-large"
    with pytest.raises(FlashpointError) as info:
        fetcher.get(feed.base + "/missing.xml")
    assert info.value.code == "http-error" and info.value.status == 404
    assert waits == [2.0]  # the second request to the host waited its turn
    now[0] += 10
    # No robots.txt (404): everything is allowed. A robots.txt that errs (500): nothing is.
    assert fetcher.allowed(feed.base + "/articles/a.html")
    other = Fetcher(timeout=5, min_interval=0)
    feed.routes["/robots.txt"] = 500
    assert not other.allowed(feed.base + "/articles/a.html")
    with pytest.raises(FlashpointError) as info:
        Fetcher(timeout=1).get("http://127.0.0.1:1/feed.xml")
    assert info.value.code == "unreachable"


# -- rules ------------------------------------------------------------------------------------------


def _event(id, type, actor, recipient, day, *, goldstein=-10.0, quad=4, sources=("A",), fatalities=None, confidence=None, place=None):
    event = {"id": id, "event_type": type, "quad_class": quad, "goldstein": goldstein, "date": day, "date_precision": "day",
             "actor": {"name": actor, "country": actor}, "recipient": {"name": recipient, "country": recipient},
             "location": {"name": place, "country_code": recipient} if place else None, "fatalities": fatalities,
             "sources": list(sources), "first_reported": day, "mentions": [{"doc_id": f"d-{id}", "event_id": f"d-{id}:e1"}]}
    if confidence is not None:
        event["confidence"] = confidence
    return event


def test_rules_raise_what_they_describe_over_canonical_events():
    events = [
        _event("e1", "ASSAULT", "IRN", "PAK", "2024-01-01", fatalities=2, confidence=0.9, place="Panjgur"),
        _event("e2", "ASSAULT", "IRN", "PAK", "2024-01-20", fatalities=12, sources=("A", "B")),
        _event("e3", "ASSAULT", "IRN", "PAK", "2024-03-01", confidence=0.4),
        _event("e4", "CONSULT", "IRN", "PAK", "2024-03-02", goldstein=1.0, quad=1),
        _event("e5", "ASSAULT", "PAK", "IRN", "2024-03-04", confidence=0.95),
    ]
    rules, _ = parse_rules({"rules": [
        {"name": "first", "kind": "first_conflict", "days": 30},
        {"name": "deadly", "kind": "fatalities", "above": 10},
        {"name": "panjgur", "kind": "mention", "places": ["panjgur"]},
        {"name": "two", "kind": "confirmed"},
        {"name": "sure", "kind": "confirmed", "sources": 1, "min_confidence": 0.8},
        {"name": "drop", "kind": "goldstein_drop", "window": 7, "drop": 5},
        {"name": "tit-for-tat", "kind": "action_reaction", "days": 7, "countries": ["PAK"]},
    ]})
    alerts = evaluate(rules, events)
    fired = sorted((a["rule"], a["details"].get("day")) for a in alerts)
    assert fired == [
        ("deadly", "2024-01-20"),
        # once per dyad per window: 1 January, 20 January, then 1 March (4 March is in its window)
        ("drop", "2024-01-01"), ("drop", "2024-01-20"), ("drop", "2024-03-01"),
        # 20 January is within 30 days of 1 January; 1 March is not
        ("first", "2024-01-01"), ("first", "2024-03-01"), ("first", "2024-03-04"),
        ("panjgur", "2024-01-01"),
        ("sure", "2024-01-01"), ("sure", "2024-03-04"),  # e2 has no confidence: it does not meet the floor
        ("tit-for-tat", "2024-03-04"),
        ("two", "2024-01-20"),
    ]
    assert next(r for r in rules if r.name == "sure").missing_confidence == 2  # e2 and e4
    # The same alert has the same id whatever the canonical event's id became after relinking.
    renamed = [{**e, "id": e["id"] + "-relinked"} for e in events]
    assert {a["id"] for a in evaluate(rules, renamed)} == {a["id"] for a in alerts}


@pytest.mark.parametrize("data, message", [
    ([], "must be a mapping"),
    ({"rules": []}, "non-empty list"),
    ({"rules": [{"name": "x", "kind": "nope"}]}, "unknown kind"),
    ({"rules": [{"name": "x", "kind": "fatalities"}]}, "needs 'above'"),
    ({"rules": [{"name": "x", "kind": "fatalities", "above": "ten"}]}, "must be an integer"),
    ({"rules": [{"name": "x", "kind": "confirmed", "min_confidence": 2}]}, "probability"),
    ({"rules": [{"name": "x", "kind": "mention"}]}, "'actors' or 'places'"),
    ({"rules": [{"name": "x", "kind": "confirmed", "typo": 1}]}, "unknown option"),
    ({"rules": [{"name": "x", "kind": "confirmed", "types": ["BOMB"]}]}, "unknown event type"),
    ({"rules": [{"name": "x", "kind": "confirmed"}, {"name": "x", "kind": "confirmed"}]}, "two rules are named"),
])
def test_a_malformed_rules_file_is_one_clear_error(data, message):
    with pytest.raises(FlashpointError) as info:
        parse_rules(data)
    assert info.value.code == "bad-rules" and message in info.value.message


@pytest.mark.parametrize("deliver, message", [
    ([{"webhook": {"url": "ftp://x"}}], "http:// or https://"),
    ([{"webhook": {"url": "http://127.0.0.1/h", "secret_env": "FP_TEST_UNSET_SECRET"}}], "not set"),
    ([{"email": {"from": "a@b"}}], "'from' and 'to'"),
    ([{"pigeon": "x"}], "unknown channel"),
    (["stdout", "stdout"], "twice"),
])
def test_a_malformed_channel_is_one_clear_error(deliver, message, monkeypatch):
    monkeypatch.delenv("FP_TEST_UNSET_SECRET", raising=False)
    with pytest.raises(FlashpointError) as info:
        channels(deliver)
    assert info.value.code == "bad-rules" and message in info.value.message


# -- the CLI, the API and the dashboard --------------------------------------------------------------


def test_watch_once_from_the_command_line(tmp_path):
    stream = tmp_path / "stream.jsonl"
    stream.write_bytes(_line(STRIKE))
    rules = write(tmp_path / "rules.yaml", "rules:\n  - {name: jaish, kind: mention, actors: [Jaish al-Adl]}\n")
    db = tmp_path / "w.db"
    command = [sys.executable, "-m", "flashpoint.cli", "watch", str(stream), str(tmp_path / "gone"), "--db", str(db),
               "--rules", str(rules), "--once"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1  # a source that is neither a URL, a folder nor a .jsonl file
    assert "[bad-option]" in result.stderr
    result = subprocess.run(command[:5] + command[6:], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    [alert] = [json.loads(line) for line in result.stdout.splitlines()]
    assert alert["rule"] == "jaish" and alert["events"][0]["reports"][0]["doc_id"] == "j1"
    assert "poll 1" in result.stderr and "1 new document(s), 1 alert(s)" in result.stderr
    again = subprocess.run(command[:5] + command[6:], capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and again.stdout == "" and "0 new document(s), 0 alert(s)" in again.stderr
    listed = subprocess.run([sys.executable, "-m", "flashpoint.cli", "alerts", "--db", str(db), "--format", "jsonl"],
                            capture_output=True, text=True, timeout=300)
    assert [json.loads(line)["id"] for line in listed.stdout.splitlines()] == [alert["id"]]
    bad = write(tmp_path / "bad.yaml", "rules: [{name: x, kind: nope}]\n")
    failed = subprocess.run(command[:5] + ["--db", str(db), "--rules", str(bad), "--once"], capture_output=True, text=True,
                            timeout=300)
    assert failed.returncode == 1 and "[bad-rules]" in failed.stderr


def test_alerts_over_the_api_and_on_the_dashboard(tmp_path):
    from fastapi.testclient import TestClient

    from flashpoint.api import create_app
    from flashpoint.store.watch import WatchTables

    db = str(tmp_path / "w.db")
    with open_store(db) as store:
        tables = WatchTables(store)
        for n, title in enumerate(["first ASSAULT IRN→PAK in 30 days", "<script>alert(1)</script> appears"]):
            alert = {"id": f"al-{n}", "rule": f"rule-{n}", "kind": "mention", "title": title, "details": {},
                     "events": [{"id": "ce-1", "event_type": "ASSAULT", "actor": {"name": "Iran"}, "recipient": None,
                                 "sources": ["Reuters"], "reports": [{"doc_id": "d1", "source": "Reuters", "sentence": "Iran <b>struck</b>.",
                                                                      "url": "javascript:alert(1)"}]}]}
            tables.add_alert(alert, pending=[], fired_at=f"2024-01-1{n}T00:00:00+00:00", poll=n + 1)
        tables.save_source("http://127.0.0.1/feed.xml", kind="feed", failures=2, last_error="no answer [timeout]")
    with TestClient(create_app(db)) as client:
        body = client.get("/api/alerts").json()
        assert body["total"] == 2 and [a["id"] for a in body["items"]] == ["al-1", "al-0"]
        assert client.get("/api/alerts", params={"rule": "rule-0"}).json()["items"][0]["title"].startswith("first ASSAULT")
        assert client.get("/api/alerts", params={"after": "2024-01-10T12:00:00"}).json()["total"] == 1
        bad = client.get("/api/alerts", params={"kind": "DROP TABLE"})
        assert bad.status_code == 400 and bad.json()["error"]["code"] == "bad-option"
        assert client.get("/api/watch/sources").json()["items"][0]["failures"] == 2
        page = client.get("/alerts")
        assert page.status_code == 200 and "content-security-policy" in page.headers
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text and "<script>alert" not in page.text
        assert "Iran &lt;b&gt;struck&lt;/b&gt;." in page.text and "javascript:" not in page.text
        assert "no answer [timeout]" in page.text


def test_watch_state_on_each_backend(store):
    """The polling state and the alerts live in the store, SQLite or PostgreSQL alike."""
    from flashpoint.store.watch import WatchTables

    tables = WatchTables(store)
    tables.save_source("http://127.0.0.1/feed.xml", kind="feed", state={"etag": '"abc"'}, failures=0)
    tables.save_source("http://127.0.0.1/feed.xml", kind="feed", state={"etag": '"def"'}, documents=3)
    row = tables.source("http://127.0.0.1/feed.xml")
    assert row["state"] == {"etag": '"def"'} and row["documents"] == 3
    alert = {"id": "al-x", "rule": "r", "kind": "confirmed", "title": "t", "details": {}, "events": []}
    assert tables.add_alert(alert, pending=["stdout"], fired_at="2024-01-17T00:00:00+00:00", poll=1)
    assert not tables.add_alert(alert, pending=["stdout"], fired_at="2024-01-18T00:00:00+00:00", poll=2)
    assert tables.undelivered() == [(alert, ["stdout"])]
    tables.set_pending("al-x", [])
    assert tables.undelivered() == [] and [a["fired_at"] for a in tables.alerts()] == ["2024-01-17T00:00:00+00:00"]
    assert tables.known_alert_ids(["al-x", "al-y"]) == {"al-x"}


def test_a_version_2_store_gains_the_watch_tables(tmp_path):
    from flashpoint.store import LATEST, migrations

    db = tmp_path / "v2.db"
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        migrations._create_v1(conn)
        migrations._add_linking_v2(conn)
        migrations._set_version(conn, 2)
        assert not sa.inspect(conn).has_table("watch_alerts")
    engine.dispose()
    with open_store(db) as store:
        assert store.schema_version() == LATEST >= 4
        with store.engine.connect() as conn:
            assert {"watch_sources", "watch_alerts"} <= set(sa.inspect(conn).get_table_names())


def test_the_event_stream_sends_new_alerts_and_resumes_after_the_last_one_seen(tmp_path):
    from fastapi.testclient import TestClient

    from flashpoint.api import create_app
    from flashpoint.store.watch import WatchTables

    db = str(tmp_path / "w.db")
    with open_store(db) as store:
        tables = WatchTables(store)
        for n in range(3):
            tables.add_alert({"id": f"al-{n}", "rule": "r", "kind": "mention", "title": f"<b>{n}</b>", "details": {}, "events": []},
                             pending=[], fired_at=f"2024-01-17T09:00:00.00000{n}+00:00", poll=1)
    with TestClient(create_app(db)) as client:
        def read(**kwargs) -> list[tuple[str | None, str, str]]:
            response = client.get("/api/stream", **kwargs)
            assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
            out = []
            for block in response.text.split("\n\n"):
                fields = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line and not line.startswith(":"))
                if "event" in fields:
                    out.append((fields.get("id"), fields["event"], fields["data"]))
            return out

        events = read(params={"limit": 2, "interval": 0.1})
        assert [e[1] for e in events] == ["store", "alert", "alert"]
        assert json.loads(events[0][2]) == {"documents": 0, "alerts": 3}
        assert [json.loads(e[2])["id"] for e in events[1:]] == ["al-0", "al-1"]
        assert "<b>" not in events[1][2] and json.loads(events[1][2])["title"] == "<b>0</b>"
        # A reconnecting client sends the last id it saw and gets only what came after.
        resumed = read(params={"limit": 1, "interval": 0.1}, headers={"Last-Event-ID": events[2][0]})
        assert [json.loads(e[2])["id"] for e in resumed if e[1] == "alert"] == ["al-2"]
        bad = client.get("/api/stream", params={"after": "no-cursor"})
        assert bad.status_code == 400 and bad.json()["error"]["code"] == "bad-option"
        page = client.get("/alerts").text
        assert 'data-live="2024-01-17T09:00:00.000002+00:00|al-2"' in page


def test_a_source_that_raises_unexpectedly_is_a_failure_and_the_others_go_on(tmp_path, pipeline):
    """A folder that turns into a file mid-run (or any unexpected error) fails that source only."""
    folder, stream = tmp_path / "inbox", tmp_path / "stream.jsonl"
    folder.mkdir()
    stream.write_bytes(_line(STRIKE))
    rules, _ = parse_rules(WATCHLIST)

    class Exploding:
        kind, key = "folder", str(folder)

        def poll(self, state, context):
            raise RuntimeError("disk on fire")

    with open_store(tmp_path / "w.db") as store:
        report = Watcher(store, [Exploding(), make_source(str(stream))], rules, [], pipeline=pipeline).poll()
    assert [s.ok for s in report.sources] == [False, True]
    assert "unexpected RuntimeError: disk on fire [source-error]" in report.sources[0].error
    assert report.stored == 1 and len(report.alerts) == 1


def test_watch_killed_between_polls_resumes_without_losing_or_repeating_anything(tmp_path):
    """SIGKILL the real command after its first poll, append to its source, start it again."""
    import signal

    stream = tmp_path / "stream.jsonl"
    stream.write_bytes(_line(STRIKE))
    out = tmp_path / "alerts.jsonl"
    rules = write(tmp_path / "rules.yaml", "rules:\n  - {name: every-event, kind: confirmed, sources: 1}\n"
                                           f"deliver:\n  - jsonl: {json.dumps(str(out))}\n")
    db = tmp_path / "w.db"
    command = [sys.executable, "-m", "flashpoint.cli", "watch", str(stream), "--db", str(db), "--rules", str(rules)]
    process = subprocess.Popen(command + ["--every", "1h"], stderr=subprocess.PIPE, text=True)
    try:
        line = ""
        for _ in range(50):  # bounded: the first poll's status line, then the process sleeps an hour
            line = process.stderr.readline()
            if "poll 1" in line or not line:
                break
        assert "1 new document(s)" in line, line
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        process.stderr.close()
    first = [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(first) == 1
    with open(stream, "ab") as handle:
        handle.write(_line(RECALL))
    result = subprocess.run(command + ["--once"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "1 new document(s)" in result.stderr
    ids = [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()]
    assert ids[:1] == first and len(ids) == len(set(ids)) >= 2
    with open_store(db) as store:
        assert store.counts()["documents"] == 2
