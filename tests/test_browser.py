"""End to end in headless Chromium (Debian's `chromium`, driven by Playwright; no browser is
downloaded): the dashboard served by a live server over the Iran–Pakistan pair, the clicks
from the events table to an event and to its dyad, hostile article markup that must not run,
and the situation report opened from disk with the network cut off.

Screenshots go to test-output/ (git-ignored). Without Chromium the tests are skipped, unless
FLASHPOINT_REQUIRE_BROWSER=1 (as in CI), where they fail.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .web_support import LiveServer, hostile_db, iran_pakistan_db, mention_events, strike

pytestmark = pytest.mark.slow
OUTPUT = Path(__file__).resolve().parents[1] / "test-output"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    if not CHROMIUM or sync_playwright is None:
        missing = "Chromium (apt-get install chromium)" if not CHROMIUM else "playwright (pip install playwright)"
        if os.environ.get("FLASHPOINT_REQUIRE_BROWSER"):
            pytest.fail(f"FLASHPOINT_REQUIRE_BROWSER is set but {missing} is missing")
        pytest.skip(f"no browser: {missing} is not installed")
    OUTPUT.mkdir(exist_ok=True)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def db(pipeline):
    return iran_pakistan_db(pipeline.nlp)


@pytest.fixture(scope="module")
def server(db, browser):
    with LiveServer(db) as live:
        yield live


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.problems = []  # console errors, page errors and dialogs: none expected anywhere
    page.on("console", lambda m: m.type == "error" and page.problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: page.problems.append(f"pageerror: {e}"))
    page.on("dialog", lambda d: (page.problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield page
    context.close()


def shoot(page, name: str, full_page: bool = True) -> None:
    page.screenshot(path=str(OUTPUT / f"{name}.png"), full_page=full_page)


PAGES = [("overview", "/", "Overview"), ("events", "/events", "Events"), ("map", "/map", "Map of events"),
         ("quotes", "/quotes", "Quotes"), ("dyads", "/dyads", "Dyads"), ("actors", "/actors", "Actors"),
         ("actor-iran", "/actors/IRN", "Iran"), ("dyad", "/dyads/IRN/PAK", "Iran – Pakistan")]


def test_every_page_shows_real_content(server, page):
    for name, path, heading in PAGES:
        page.goto(server.url + path)
        assert page.locator("h1").first.inner_text().startswith(heading), path
        assert page.locator("main").inner_text().strip()
        shoot(page, name)
    page.goto(server.url + "/")
    assert page.locator("svg.timeline rect.bar").count() > 0
    page.goto(server.url + "/map")
    assert page.locator("svg.map circle.point").count() > 0
    assert page.locator("svg.map path.land.involved").count() >= 2
    page.goto(server.url + "/quotes")
    assert page.locator("li.quote").count() > 0 and page.locator("aside table.speakers tr").count() > 0
    assert page.problems == []


def test_the_alerts_page_updates_live_while_watch_raises_an_alert(server, page, db):
    """Server-sent events: an alert raised while the page is open (by a watcher on the same
    store, as `flashpoint watch` beside `serve`) is announced on the page, then shown with
    the sentences behind it."""
    from flashpoint import open_store
    from flashpoint.store import schema
    from flashpoint.watch import Watcher, parse_rules

    page.goto(server.url + "/alerts")
    assert page.locator("h1").inner_text() == "Alerts" and page.locator("body[data-live]").count() == 1
    rules, _ = parse_rules({"rules": [{"name": "retaliation", "kind": "action_reaction", "days": 7}]})
    with open_store(db) as store:
        report = Watcher(store, [], rules, []).poll()  # no sources: the first poll evaluates the rules
    assert [a["rule"] for a in report.alerts] == ["retaliation"]
    alert = report.alerts[0]
    try:
        page.wait_for_selector("#live", timeout=30_000)  # bounded: the stream looks every 2 s
        assert f"1 new alert, the latest: {alert['title']} (retaliation)." in page.locator("#live").inner_text()
        page.locator("#live a").click()
        page.wait_for_load_state()
        assert page.locator("li.alert h2").first.inner_text() == alert["title"]
        sentences = page.locator("li.alert .alert-event q").all_inner_texts()
        assert set(sentences) == {r["sentence"] for e in alert["events"] for r in e["reports"]} and len(sentences) >= 2
        shoot(page, "alerts", full_page=False)
        assert page.problems == []
    finally:
        with open_store(db) as store, store.engine.begin() as conn:
            conn.execute(schema.watch_alerts.delete())


def test_click_from_the_events_table_to_an_event_and_its_dyad(server, page, db):
    event = strike(db, "PAK", "IRN")
    page.goto(server.url + "/events?type=ASSAULT")
    page.locator(f'tr[data-event="{event["id"]}"] a.event-link').first.click()
    page.wait_for_url(f"**/events/{event['id']}")
    mentions = mention_events(db, event)
    reports = page.locator("li.report")
    assert reports.count() == len(event["mentions"])
    marks = lambda kind: set(page.locator(f"li.report mark.hl-{kind}").all_inner_texts())  # noqa: E731
    assert marks("trigger") == {m["trigger"]["text"] for m in mentions if m.get("trigger")}
    assert marks("actor") == {m["actor"]["text"] for m in mentions if m.get("actor")}
    # (a recipient that holds the place, "militants in Iran", is cut where the place's mark
    # begins: each piece is part of a recipient's words)
    recipients = [m["recipient"]["text"] for m in mentions if m.get("recipient")]
    assert marks("recipient") and all(any(piece in text for text in recipients) for piece in marks("recipient"))
    assert marks("date") and marks("place")
    # The highlighted spans are the right characters of each sentence, whatever the markup.
    for index in range(reports.count()):
        sentence = reports.nth(index).locator("p.sentence").inner_text()
        assert sentence in {m["text"] for m in mentions}
    assert set(page.locator("li.report strong.source").all_inner_texts()) == set(event["sources"])
    page.set_viewport_size({"width": 1366, "height": 1000})
    shoot(page, "event", full_page=False)
    page.locator("a.dyad-link").first.click()
    page.wait_for_url("**/dyads/IRN/PAK")
    assert page.locator("svg.escalation polyline.running").count() == 2
    assert page.locator("tr.pair").count() > 0
    assert page.locator(f'tr.pair a[href="/events/{event["id"]}"]').count() > 0  # the retaliation is a reaction
    shoot(page, "dyad", full_page=False)
    page.goto(server.url + "/")
    page.set_viewport_size({"width": 1366, "height": 1150})
    shoot(page, "overview-top", full_page=False)
    assert page.problems == []


def test_hostile_markup_never_runs(browser, page, pipeline):
    with LiveServer(hostile_db(pipeline.nlp)) as live:
        page.goto(live.url + "/events")
        ids = page.locator("tr[data-event]").evaluate_all("rows => rows.map(r => r.dataset.event)")
        assert ids
        paths = ["/", "/events", "/quotes", "/actors", "/map", "/actors/PAK", *[f"/events/{i}" for i in ids]]
        shown = ""
        for path in paths:
            page.goto(live.url + path)
            assert page.evaluate("typeof window.__pwned") == "undefined", path
            handlers = page.evaluate("""[...document.querySelectorAll('*')].flatMap(e =>
                [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))""")
            assert handlers == [], path
            assert page.locator("main script, main img").count() == 0, path
            shown += page.locator("main").inner_text()
        shoot(page, "hostile-event")
        assert "<script>window.__pwned=4</script>" in shown  # shown as the text it is
        assert page.problems == [], page.problems


def test_report_opens_from_disk_with_no_network(db, browser, page, tmp_path):
    out = tmp_path / "report.html"
    # The command in its own process, as a user runs it (its PDF printing starts its own
    # Playwright, which cannot nest inside this test's).
    flashpoint = Path(sys.executable).with_name("flashpoint")
    result = subprocess.run([str(flashpoint), "report", "--db", db, "--out", str(out), "--pdf", str(tmp_path / "report.pdf")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    requests = []

    def only_files(route):
        requests.append(route.request.url)
        return route.continue_() if route.request.url.startswith("file:") else route.abort()

    page.route("**/*", only_files)
    page.goto(out.as_uri())
    assert requests == [out.as_uri()]  # nothing else was even asked for
    text = page.locator("main").inner_text()
    # The two strikes as the corpus tells them: Iran's on Tuesday 16 January, Pakistan's on Thursday 18 January.
    strikes = [e for e in canonical(db) if e["event_type"] == "ASSAULT"]
    iran_strike = max((e for e in strikes if e["actor"]["country"] == "IRN" and e.get("date") == "2024-01-16"), key=lambda e: len(e["mentions"]))
    pakistan_strike = max((e for e in strikes if e["actor"]["country"] == "PAK" and e.get("date") == "2024-01-18"), key=lambda e: len(e["mentions"]))
    for event in (iran_strike, pakistan_strike):
        article = page.locator(f'article.key-event[data-event="{event["id"]}"]')
        assert article.count() == 1, event["id"]
        assert set(article.locator("li.report strong.source").all_inner_texts()) == set(event["sources"])
    assert page.locator(f'article[data-event="{pakistan_strike["id"]}"] li.report').count() == min(4, len(pakistan_strike["mentions"]))
    assert page.locator("tr.pair").count() > 0 and "Action–reaction pairs" in text
    assert page.locator("svg.escalation").count() == 1 and page.locator("svg.timeline").count() == 1
    assert page.locator("li.quote").count() > 0
    shoot(page, "report")
    pdf = (tmp_path / "report.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    assert page.problems == []


def canonical(db: str) -> list[dict]:
    from flashpoint import open_store, service

    with open_store(db) as store:
        return [e for e in service.canonical_events(store) if e.get("actor")]


def test_outputs_are_where_the_readme_says():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for name in re.findall(r"\(docs/screenshots/([\w-]+\.png)\)", readme):
        assert (Path(__file__).resolve().parents[1] / "docs" / "screenshots" / name).is_file(), name
