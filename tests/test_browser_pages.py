"""The analyst's pages in headless Chromium (issue 16): trust filters, the article behind an
event, exports, paging, readable dates, the dyad's date range, the map keeping its filters,
and no sideways scroll on a 390 px phone. Same live server and store as test_browser.py."""

from __future__ import annotations

import csv
import io
import json
import urllib.parse
import urllib.request

import pytest

from .test_browser import OUTPUT, browser, db, page, server, shoot  # noqa: F401 - fixtures shared

pytestmark = pytest.mark.slow


def _api(server, path: str) -> dict:
    with urllib.request.urlopen(server.url + path, timeout=30) as response:
        return json.load(response)


def test_trust_filters_narrow_the_events_table(server, page):
    page.goto(server.url + "/events")
    everything = int(page.locator("p.toolbar").inner_text().split()[0])
    page.select_option("select[name=min_sources]", "2")  # autosubmit
    page.wait_for_url("**min_sources=2**")
    shown = int(page.locator("p.toolbar").inner_text().split()[0])
    assert 0 < shown < everything
    assert shown == _api(server, "/api/events?min_sources=2")["total"]
    sources = page.locator("table.events tbody tr td:nth-child(8)").all_inner_texts()
    assert sources and all("," in s for s in sources)  # every row names two sources or more
    page.select_option("select[name=precision]", "day")
    page.wait_for_url("**precision=day**")
    assert page.locator("span.precision").count() == 0  # only day-precise dates left: no precision badge
    assert page.problems == []


def test_from_an_event_to_its_article(server, page):
    event = _api(server, "/api/events?min_sources=2&limit=1")["items"][0]
    page.goto(server.url + f"/events/{event['id']}")
    page.locator("li.report a.doc-link").first.click()
    page.wait_for_load_state()
    assert "/documents/" in page.url and "#event-" in page.url
    anchor = urllib.parse.unquote(page.url.split("#", 1)[1])
    # the event the link names is highlighted in the article, and the page scrolled to it
    assert page.locator(f'article.article-text [id="{anchor}"] + mark.hl-trigger').count() == 1
    assert page.locator("article.article-text mark.hl-quote").count() > 0
    assert page.locator("article.article-text mark.hl-place").count() > 0
    assert page.evaluate("id => document.getElementById(id).getBoundingClientRect().top", anchor) < 900
    shoot(page, "document", full_page=False)
    assert page.problems == []


def test_an_export_holds_the_filtered_list(server, page):
    page.goto(server.url + "/events?type=ASSAULT")
    with page.expect_download() as download:
        page.locator("p.exports a", has_text="CSV").click()
    rows = list(csv.DictReader(io.StringIO(open(download.value.path(), encoding="utf-8").read())))
    api = _api(server, "/api/events?type=ASSAULT&sort=-date&limit=10000")
    assert [r["id"] for r in rows] == [e["id"] for e in api["items"]] and rows
    api_link = page.locator("p.exports a.api-query").get_attribute("href")
    assert api_link.startswith("/api/events?") and "type=ASSAULT" in api_link


def test_quotes_and_actors_are_paged_on_the_server(server, page):
    total = _api(server, "/api/quotes?limit=1")["total"]
    page.goto(server.url + "/quotes")
    assert page.locator("li.quote").count() == min(50, total)
    if total > 50:
        page.locator("nav.pager a[rel=next]").click()
        page.wait_for_url("**page=2**")
        assert page.locator("li.quote").count() == min(50, total - 50)
    page.goto(server.url + "/actors")
    assert page.locator("table.actors tbody tr").count() == min(50, _api(server, "/api/actors?limit=1")["total"])


def test_dates_read_as_dates(server, page):
    page.goto(server.url + "/events?sort=-date")
    first = page.locator("table.events time.date").first
    value, shown = first.get_attribute("datetime"), first.inner_text()
    assert value[:4] in shown and "-W" not in shown
    for text in page.locator("table.events time.date").all_inner_texts():
        assert "-W" not in text  # ISO weeks are shown as "week of ..."
    page.goto(server.url + "/")
    ticks = page.locator("svg.timeline text.tick").all_text_contents()
    assert any(t[-4:].isdigit() and t[-4:].startswith("20") for t in ticks)  # the axis names the year


def test_the_dyad_page_takes_a_date_range(server, page):
    page.goto(server.url + "/dyads/IRN/PAK")
    everything = page.locator("table.events tbody tr[data-event]").count()
    page.fill("input[name=from]", "2024-01-16")
    page.fill("input[name=to]", "2024-01-17")
    page.locator("form.filters button").click()
    page.wait_for_url("**from=2024-01-16**")
    listed = page.locator("table.events tbody tr[data-event]").count()
    series = _api(server, "/api/dyads/IRN/PAK?from=2024-01-16&to=2024-01-17")
    assert 0 < listed <= everything and listed == series["summary"]["total"]


def test_the_map_zooms_to_the_data_and_keeps_its_filters(server, page):
    page.goto(server.url + "/map?from=2024-01-16&to=2024-01-31&min_sources=2")
    view = page.locator("svg.map").get_attribute("data-view")
    west, south, east, north = map(float, view.split())
    assert east - west < 180 and north - south < 100  # not the whole world
    links = [a.get_attribute("href") for a in page.locator("svg.map a").all()]
    to_lists = [h for h in links if h.startswith("/events?")]
    assert all("from=2024-01-16" in h and "min_sources=2" in h for h in to_lists)


@pytest.mark.parametrize("path", ["/", "/events", "/quotes", "/actors", "/actors/IRN", "/dyads/IRN/PAK", "/map", "/alerts",
                                  "/documents/reuters-2024-01-19-iran-pakistan"])
def test_no_sideways_scroll_on_a_phone(browser, server, path):  # noqa: F811
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    phone = context.new_page()
    try:
        phone.goto(server.url + path)
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path} is {width} px wide"
        nav = phone.locator("header.top nav a").last.bounding_box()
        header = phone.locator("header.top").bounding_box()
        assert nav and nav["x"] + nav["width"] <= 390  # the navigation is not cut off
        assert nav["y"] + nav["height"] <= header["y"] + header["height"]  # nor spills out of its bar
        if path == "/events":
            phone.screenshot(path=str(OUTPUT / "phone-events.png"))
    finally:
        context.close()
