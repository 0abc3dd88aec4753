"""The dashboard's pages over HTTP (no browser): real content from the Iran–Pakistan pair,
the filters, escaping, and the charts' SVG. The browser checks are in test_browser.py."""

from __future__ import annotations

import math
import re
import warnings
from html.parser import HTMLParser

import pytest

from .web_support import hostile_db, iran_pakistan_db, mention_events, strike

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.slow


class Tags(HTMLParser):
    """The elements of a page, to check structure without regular expressions over HTML."""

    def __init__(self, html: str):
        super().__init__()
        self.stack: list[tuple[str, dict]] = []
        self.found: list[dict] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        item = {"tag": tag, "attrs": dict(attrs), "text": "",
                "within": {c for _, outer in self.stack for c in (outer["attrs"].get("class") or "").split()}}
        self.found.append(item)
        if tag not in ("img", "input", "br", "meta", "link", "hr"):  # void elements never close
            self.stack.append((tag, item))

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break

    def handle_data(self, data):
        for _, item in self.stack:
            item["text"] += data

    def select(self, tag: str, css_class: str | None = None, within: str | None = None) -> list[dict]:
        return [t for t in self.found if t["tag"] == tag and (css_class is None or css_class in (t["attrs"].get("class") or "").split())
                and (within is None or within in t["within"])]


@pytest.fixture(scope="module")
def db(pipeline):
    return iran_pakistan_db(pipeline.nlp)


@pytest.fixture(scope="module")
def client(db):
    from flashpoint.api import create_app

    app = create_app(db)
    with TestClient(app) as c:
        yield c
    app.state.store.close()


def row_ids(tags: Tags) -> list[str]:
    return [t["attrs"]["data-event"] for t in tags.select("tr") if "data-event" in t["attrs"]]


def page(client, url: str) -> tuple[str, Tags]:
    response = client.get(url)
    assert response.status_code == 200, (url, response.text[:500])
    assert response.headers["content-type"].startswith("text/html")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    return response.text, Tags(response.text)


def test_overview_counts_timeline_and_dyads(client, db):
    from flashpoint import open_store, service

    html, tags = page(client, "/")
    with open_store(db) as store:
        events = service.canonical_events(store)
    cards = {t["text"].split()[-1]: t["text"] for t in tags.select("a", "card")}
    assert any(str(len(events)) in text and "events" in text for text in cards.values())
    timeline = tags.select("svg", "timeline")
    assert timeline and tags.select("rect", "bar")
    dyad_links = [t["attrs"]["href"] for t in tags.select("a", "dyad-link")]
    assert dyad_links[0] == "/dyads/IRN/PAK"  # the most active pair first


def test_events_table_filters_sorting_pagination(client, db):
    from flashpoint import open_store, service

    with open_store(db) as store:
        events = service.canonical_events(store)
    _, tags = page(client, "/events")
    assert len(row_ids(tags)) == min(50, len(events))
    dates = [t["attrs"]["datetime"] for t in tags.select("time", "date")]
    assert dates and dates == sorted(dates, reverse=True)  # newest first by default

    by_id = {e["id"]: e for e in events}
    _, tags = page(client, "/events?type=ASSAULT&sort=date")
    shown = [by_id[i] for i in row_ids(tags)]
    assert len(shown) == sum(e["event_type"] == "ASSAULT" for e in events) and {e["event_type"] for e in shown} == {"ASSAULT"}
    dated = [e["date"] for e in shown if e.get("date")]
    assert dated == sorted(dated)

    _, tags = page(client, "/events?source=EFSAS&country=PAK&from=2024-01-16&to=2024-01-18")
    expected = [e for e in events if "EFSAS" in e["sources"] and e.get("date") and "2024-01-16" <= e["date"] <= "2024-01-18"
                and "PAK" in {(e.get("actor") or {}).get("country"), (e.get("recipient") or {}).get("country"), (e.get("location") or {}).get("country_code")}]
    assert set(row_ids(tags)) == {e["id"] for e in expected} != set()

    _, tags = page(client, "/events?q=ambassador")
    shown = [t for t in tags.select("td", "sentence")]
    assert shown and all("ambassador" in t["text"].lower() for t in shown)

    _, tags = page(client, "/events?actor=PAK&sort=-sources")
    shown = [by_id[i] for i in row_ids(tags)]
    assert shown and all("PAK" in ((e.get("actor") or {}).get("code") or "", (e.get("actor") or {}).get("country"),
                                   (e.get("recipient") or {}).get("code") or "", (e.get("recipient") or {}).get("country")) for e in shown)
    assert [len(e["sources"]) for e in shown] == sorted((len(e["sources"]) for e in shown), reverse=True)

    # how sure we are: a badge on every row, and a floor that keeps only the surer events
    html, tags = page(client, "/events")
    assert tags.select("span", "confidence") and "%" in tags.select("span", "confidence")[0]["text"]
    _, tags = page(client, "/events?min_confidence=0.5")
    assert set(row_ids(tags)) == {e["id"] for e in events if (e.get("confidence") or 0) >= 0.5}
    assert client.get("/events?min_confidence=high").status_code in (400, 422)

    if len(events) > 50:
        _, tags = page(client, "/events?page=2")
        assert len(row_ids(tags)) == len(events) - 50
        assert tags.select("a") and any(t["attrs"].get("rel") == "prev" for t in tags.select("a"))


def test_event_page_highlights_sources_and_quotes(client, db):
    event = strike(db, "PAK", "IRN")
    html, tags = page(client, f"/events/{event['id']}")
    reports = tags.select("li", "report")
    assert len(reports) == len(event["mentions"])
    assert {t["text"] for t in tags.select("strong", "source")} == set(event["sources"])
    triggers = {t["text"] for t in tags.select("mark", "hl-trigger", within="report")}
    assert triggers == {m["trigger"]["text"] for m in mention_events(db, event) if m.get("trigger")}
    # an actor named in the report's own sentence is marked there (one found in an earlier
    # sentence, a pronoun's antecedent or a doer from the context, is not in the report's text)
    assert {t["text"] for t in tags.select("mark", "hl-actor", within="report")} == {
        m["actor"]["text"] for m in mention_events(db, event)
        if m.get("actor") and m["span"][0] <= m["actor"]["span"][0] < m["span"][1]}
    assert tags.select("mark", "hl-recipient", within="report") and tags.select("mark", "hl-date", within="report")
    assert tags.select("li", "quote"), "the quotes around the strike's reports"
    assert any(t["attrs"].get("href") == "/dyads/IRN/PAK" for t in tags.select("a", "dyad-link"))


def test_unknown_event_is_an_html_404(client):
    response = client.get("/events/no-such-event")
    assert response.status_code == 404 and "text/html" in response.headers["content-type"]
    assert "no-such-event" in response.text


def test_dyad_page_chart_and_pairs(client, db):
    from flashpoint import open_store, service

    with open_store(db) as store:
        dyad = service.dyad(store, "IRN", "PAK")
    _, tags = page(client, "/dyads/IRN/PAK")
    assert tags.select("svg", "escalation")
    assert {t["attrs"]["class"].split()[-1] for t in tags.select("polyline", "running")} == {"dir-ab", "dir-ba"}
    assert len(tags.select("tr", "pair")) == len(dyad["action_reactions"]) > 0
    assert page(client, "/dyads/PAK/IRN")[0].count('class="pair"') == len(dyad["action_reactions"])  # either order


def test_actor_page(client, db):
    from flashpoint import open_store, service

    html, tags = page(client, "/actors/IRN")
    aliases = {t["text"] for t in tags.select("span", "alias")}
    with open_store(db) as store:
        iran = next(a for a in service.list_actors(store) if a["code"] == "IRN")
    assert set(iran["aliases"]) <= aliases
    assert "As actor" in html and "As recipient" in html
    assert tags.select("li", "quote")  # Iranian officials are quoted in the pair
    assert client.get("/actors/NOSUCH").status_code == 404


def test_map_points_and_outlines(client, db):
    from flashpoint import open_store, service

    _, tags = page(client, "/map")
    with open_store(db) as store:
        located = [e for e in service.canonical_events(store) if (e.get("location") or {}).get("lat") is not None]
    points = tags.select("circle", "point")
    assert points and len(points) <= len(located)
    assert {p["attrs"]["data-type"] for p in points} == {e["event_type"] for e in located}
    names = {t["text"] for t in tags.select("path", "land")}
    assert {"Iran", "Pakistan"} <= names
    involved = {t["text"] for t in tags.select("path", "involved")}
    assert {"Iran", "Pakistan"} <= involved


def test_quotes_page(client, db):
    from flashpoint import open_store, service

    with open_store(db) as store:
        quotes = service.quote_provenance(store)
    # paged on the server: 50 a page, and the pages together hold every quote once
    shown, pages = [], math.ceil(len(quotes) / 50)
    for n in range(1, pages + 1):
        _, tags = page(client, f"/quotes?page={n}")
        items = tags.select("li", "quote")
        assert len(items) == (50 if n < pages else len(quotes) - 50 * (pages - 1))
        shown += [t["attrs"]["data-quote"] for t in items]
    assert pages > 1 and sorted(shown) == sorted(q["id"] for q in quotes)
    speaker = next(q["speaker"]["name"] for q in quotes if (q.get("speaker") or {}).get("name"))
    _, tags = page(client, "/quotes?speaker=" + speaker)
    assert tags.select("li", "quote") and all(t["text"] == speaker for t in tags.select("span", "speaker"))


def test_static_files_ship_with_the_package(client):
    for path in ("/static/style.css", "/static/app.js", "/static/world.json"):
        assert client.get(path).status_code == 200, path


def test_markup_in_articles_is_shown_as_text(pipeline):
    from flashpoint.api import create_app

    app = create_app(hostile_db(pipeline.nlp))
    with TestClient(app) as c:
        urls = ["/", "/events", "/quotes", "/actors", "/map", "/actors/PAK"]
        event_ids = re.findall(r'data-event="([^"]+)"', c.get("/events").text)
        assert event_ids
        urls += [f"/events/{i}" for i in event_ids]
        for url in urls:
            html = c.get(url).text
            assert "<script>window" not in html and "<script>alert" not in html, url
            assert "onerror=" not in html.replace("onerror=&#34;", "").replace("onerror=&quot;", ""), url
            assert not re.search(r"<img[^>]*src=x", html), url
            assert "<b onmouseover" not in html, url
        assert "&lt;script&gt;window.__pwned=4&lt;/script&gt;" in c.get(f"/events/{event_ids[0]}").text or any(
            "&lt;script&gt;" in c.get(f"/events/{i}").text for i in event_ids)
    app.state.store.close()


def test_highlight_cuts_overlapping_spans_and_escapes():
    from flashpoint.web.views import highlight

    text = "A <b> struck B"
    html = str(highlight(text, 10, [(10, 11, "actor", "actor: A"), (15, 21, "trigger", "trigger"), (10, 15, "place", "p<x>")]))
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert '<mark class="hl hl-actor hl-place"' in html  # "A" is both actor and within the place span
    assert 'title="p&lt;x&gt;"' in html
    assert re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">") == text


def test_charts_escape_labels_and_handle_empty_input():
    from flashpoint.web import charts

    assert "No events" in charts.timeline([])
    event = {"id": "x", "event_type": "<script>", "date": "2024-01-02", "date_precision": "day",
             "location": {"name": "<img src=x onerror=1>", "lat": 10.0, "lon": 20.0, "country_code": "TCD"}}
    for svg in (str(charts.timeline([event])), str(charts.world_map([event]))):
        assert "<script>" not in svg and "<img" not in svg
    dyad = {"dyad": ["AAA", "BBB"], "series": [], "action_reactions": [], "summary": {}}
    assert "No dated events" in charts.escalation(dyad)


def test_timeline_leaves_out_a_lone_old_event_and_says_so():
    from flashpoint.web import charts

    def event(day: str, kind: str = "ASSAULT") -> dict:
        return {"event_type": kind, "date": day, "date_precision": "day"}

    recent = [event(f"2024-01-{d:02d}") for d in range(10, 22)]
    svg = str(charts.timeline([event("2023-10-07"), *recent]))
    assert "1 earlier (2023-10-07) not drawn" in svg
    assert svg.count('class="bar"') == len(recent)
    # Without a long gap, or when the early events are many, everything is drawn.
    svg = str(charts.timeline([event("2023-12-20"), *recent]))
    assert "earlier" not in svg and svg.count('class="bar"') == len(recent) + 1


def test_reports_count_documents_not_mentions():
    from flashpoint.service.query import report_count, sort_rows

    twice_in_one = {"id": "a", "sources": ["Guardian"], "mentions": [{"doc_id": "g-1"}, {"doc_id": "g-1"}]}
    two_articles = {"id": "b", "sources": ["Guardian"], "mentions": [{"doc_id": "g-1"}, {"doc_id": "g-2"}]}
    assert report_count(twice_in_one) == 1 and report_count(two_articles) == 2
    assert [r["id"] for r in sort_rows([two_articles, twice_in_one], "-sources")] == ["b", "a"]
    assert [r["id"] for r in sort_rows([twice_in_one, two_articles], "-sources")] == ["b", "a"]


def test_an_event_known_to_its_week_shows_the_week():
    """An event's `date` is a day only; one known to its week shows that week, from its
    `date_range` (and so does one stored before `date_range`, with the week in `date`)."""
    from flashpoint.web.routes import templates

    macros = templates().get_template("_macros.html").module
    for event in ({"date": None, "date_precision": "week", "date_text": "this week", "date_range": ["2024-01-15", "2024-01-21"]},
                  {"date": "2024-W03", "date_precision": "week", "date_text": "this week"}):
        html = str(macros.date(event))
        assert 'datetime="2024-W03"' in html and "week of 15 Jan 2024" in html and ">week</span>" in html
    day = str(macros.date({"date": "2024-01-16", "date_precision": "day", "date_range": ["2024-01-16", "2024-01-16"]}))
    assert 'datetime="2024-01-16"' in day and "16 Jan 2024" in day and "precision" not in day
    assert "undated" in str(macros.date({"date": None, "date_precision": None, "date_range": None}))
