"""Server safety and the shared list options (issue 16): the Host allow-list, no token on the
network, no absolute paths, 400 with a stable code for malformed input, nosniff everywhere,
the one Filter of API and pages (coarse dates, trust filters), exports and the document page.
Real SQLite store holding the Iran–Pakistan pair; one real `serve` on loopback."""

from __future__ import annotations

import csv
import io
import json
import re
import os
import urllib.error
import urllib.request
import warnings
from pathlib import Path

import pytest

from .web_support import iran_pakistan_db, serve_process

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def db(pipeline):
    return iran_pakistan_db(pipeline.nlp)


@pytest.fixture(scope="module")
def client(db):
    from flashpoint.api import create_app

    app = create_app(db, allowed_hosts=["dash.example"])
    with TestClient(app, base_url="http://127.0.0.1:8765") as c:
        yield c
    app.state.store.close()


def _error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text[:500]
    body = response.json()
    assert body["error"]["code"] == code and body["error"]["message"], body
    return body["error"]


# -- Host header ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/events", "/", "/openapi.json", "/static/style.css", "/events"])
def test_a_foreign_host_header_is_refused_everywhere(client, path):
    error = _error(client.get(path, headers={"host": "attacker.example"}), 400, "bad-host")
    assert "attacker.example" in error["message"] and "--allowed-host" in error["message"]


@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost", "LOCALHOST:1", "[::1]:8765", "dash.example", "dash.example:80"])
def test_loopback_names_and_allowed_hosts_are_served(client, host):
    assert client.get("/api/documents", headers={"host": host}).status_code == 200


def test_serve_refuses_a_network_host_without_a_token(tmp_path):
    from click.testing import CliRunner

    from flashpoint.cli import main

    env = {k: v for k, v in os.environ.items() if k != "FLASHPOINT_TOKEN"}
    result = CliRunner(env=env).invoke(main, ["serve", "--db", str(tmp_path / "s.db"), "--host", "0.0.0.0"])
    assert result.exit_code != 0
    assert "not loopback" in result.output and "FLASHPOINT_TOKEN" in result.output
    bad = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "s.db"), "--allowed-host", "http://x/"])
    assert bad.exit_code != 0 and "--allowed-host" in bad.output


def test_a_real_server_checks_the_host_header(tmp_path):
    from flashpoint import open_store

    db = tmp_path / "served.db"
    open_store(str(db)).close()

    def status(port: int, host: str) -> int:
        request = urllib.request.Request(f"http://127.0.0.1:{port}/api/documents", headers={"Host": host})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as exc:
            return exc.code

    with serve_process(str(db), "--allowed-host", "dash.test") as port:
        assert status(port, f"127.0.0.1:{port}") == 200
        assert status(port, "rebound.example") == 400
        assert status(port, f"dash.test:{port}") == 200


# -- what responses carry ------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/events", "/openapi.json", "/static/style.css", "/static/app.js", "/", "/events",
                                  "/api/nowhere", "/export/events.csv", "/documents/reuters-2024-01-19-iran-pakistan"])
def test_nosniff_on_every_response(client, path):
    assert client.get(path).headers.get("x-content-type-options") == "nosniff", path


def test_no_absolute_path_in_any_document_response(client, db):
    folder = str(Path(db).parent.parent)
    listing = client.get("/api/documents")
    one = client.get("/api/documents/reuters-2024-01-19-iran-pakistan")
    for response in (listing, one, client.get("/export/events.json"), client.get("/documents/reuters-2024-01-19-iran-pakistan")):
        assert response.status_code == 200
        assert "/corpus/" not in response.text and folder not in response.text
    for doc in listing.json()["items"] + [one.json()]:
        assert doc["location"] and not doc["location"].startswith("/") and doc["location"].startswith("iran-pakistan")


# -- malformed input: 400 and a stable code --------------------------------------------------


@pytest.mark.parametrize("path", [
    "/api/events?limit=abc", "/api/events?offset=" + "9" * 40, "/api/events?min_sources=" + "9" * 40,
    "/api/events?min_confidence=2", "/api/events?precision=hour", "/api/events?status=" + "x" * 100,
    "/api/alerts?limit=" + "9" * 40, "/api/dyads/IRN/PAK?days=" + "9" * 40, "/api/dyads/IRN/PAK?from=soon",
    "/dyads/IRN/PAK?from=2024-02-30", "/events?from=soon", "/events?page=" + "9" * 40, "/map?to=2024-13",
    "/quotes?page=0", "/actors?page=-1", "/events?min_sources=many", "/export/events.csv?from=yesterday",
])
def test_malformed_parameters_are_400(client, path):
    _error(client.get(path), 400, "bad-option")


def test_hostile_bodies_are_400(pipeline, db):
    from flashpoint import Pipeline
    from flashpoint.api import create_app

    app = create_app(db, token="t0k", max_body=2_000_000, pipeline=Pipeline(nlp=pipeline.nlp))
    auth = {"Authorization": "Bearer t0k"}
    with TestClient(app) as c:
        _error(c.post("/api/ingest", content=b"[" * 200_000 + b"]" * 200_000, headers=auth), 400, "bad-json")
        _error(c.post("/api/ingest", content=b'{"id": ' + b"7" * 6000 + b"}", headers=auth), 400, "bad-json")
    app.state.store.close()


# -- one filter for API and pages ------------------------------------------------------------


def test_a_day_range_leaves_out_coarser_dates_unless_asked():
    from flashpoint.service import Filter

    year = {"id": "a", "date": "2024", "date_precision": "year"}
    week = {"id": "b", "date": "2024-W03", "date_precision": "week"}
    day = {"id": "c", "date": "2024-01-16", "date_precision": "day"}
    rows = [year, week, day]
    assert [e["id"] for e in Filter(start="2024-01-16", end="2024-01-16").events(rows)] == ["a", "b", "c"]
    assert [e["id"] for e in Filter(start="2024-01-16", end="2024-01-16", coarse=False).events(rows)] == ["c"]
    assert [e["id"] for e in Filter(start="2024", coarse=False).events(rows)] == ["a", "b", "c"]  # a year range: all finer
    assert [e["id"] for e in Filter(precision="week").events(rows)] == ["b"]


def test_pages_and_api_share_the_trust_filters(client):
    everything = client.get("/api/events", params={"limit": 10_000}).json()["items"]
    for params in ({"min_sources": 2}, {"min_confidence": "0.5"}, {"status": "occurred"}, {"precision": "day"},
                   {"from": "2024-01-16", "to": "2024-01-16", "coarse": "false"}):
        api = client.get("/api/events", params={**params, "limit": 10_000}).json()
        assert 0 < api["total"] < len(everything) or params.get("status") or params.get("precision"), params
        page = client.get("/events", params=params)
        assert page.status_code == 200
        assert f"{api['total']} event" in page.text, params
    two = client.get("/api/events", params={"min_sources": 2}).json()["items"]
    assert two and all(len(e["sources"]) >= 2 for e in two)
    conf = client.get("/api/events", params={"min_confidence": 0.5, "limit": 10_000}).json()["items"]
    assert all(e["confidence"] >= 0.5 for e in conf)
    days = client.get("/api/events", params={"precision": "day", "limit": 10_000}).json()["items"]
    assert days and all(e["date_precision"] == "day" for e in days)


def test_exports_hold_the_filtered_list(client):
    params = {"type": "ASSAULT", "min_sources": "2"}
    api = client.get("/api/events", params={**params, "limit": 10_000}).json()
    assert api["total"] > 0
    as_csv = client.get("/export/events.csv", params=params)
    assert as_csv.headers["content-type"].startswith("text/csv") and "attachment" in as_csv.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert [r["id"] for r in rows] == [e["id"] for e in client.get("/api/events", params={**params, "limit": 10_000,
                                                                                          "sort": "-date"}).json()["items"]]
    assert all(r["event_type"] == "ASSAULT" and int(r["num_sources"]) >= 2 for r in rows)
    as_json = json.loads(client.get("/export/events.json", params=params).text)
    assert as_json["total"] == api["total"] and {e["id"] for e in as_json["items"]} == {e["id"] for e in api["items"]}
    quotes = list(csv.DictReader(io.StringIO(client.get("/export/quotes.csv", params={"q": "Islamabad"}).text)))
    assert quotes and all("islamabad" in q["text"].lower() for q in quotes)
    page = client.get("/events", params=params).text
    assert "/export/events.csv?" in page and "/api/events?" in page
    assert client.get("/export/secrets.csv").status_code == 404


def test_document_page_highlights_every_event_quote_and_place(client):
    doc = client.get("/api/documents/reuters-2024-01-19-iran-pakistan").json()
    record = doc["record"]
    html = client.get("/documents/reuters-2024-01-19-iran-pakistan").text
    for event in record["events"]:
        assert f'id="event-{event["id"]}"' in html
    assert html.count('class="hl hl-quote"') >= 1 and html.count("hl-place") >= len({p["span"][0] for p in record["places"]
                                                                                      if p.get("span")})
    # an event page links to the documents that report it, at the event
    event_id = client.get("/api/events", params={"source": "Reuters", "limit": 1}).json()["items"][0]["id"]
    assert '/documents/reuters-2024-01-19-iran-pakistan#event-' in client.get(f"/events/{event_id}").text
    assert client.get("/documents/no-such-document").status_code == 404


def test_dyad_page_table_chart_and_api_agree(client, db):
    window = {"from": "2024-01-16", "to": "2024-01-18"}
    api = client.get("/api/dyads/IRN/PAK", params=window).json()
    assert api["series"] and all(window["from"] <= d["date"] <= window["to"] for d in api["series"])
    assert all(window["from"] <= (p["action"]["date"] or "") for p in api["action_reactions"])
    charted = sum(d["ab"]["count"] + d["ba"]["count"] for d in api["series"])
    assert charted == api["summary"]["total"]
    html = client.get("/dyads/IRN/PAK", params=window).text
    listed = re.findall(r'<tr data-event="([^"]+)"', html)
    assert len(listed) == charted  # the table holds what the chart counts
    # Iran's strike of 16 January, whatever its recipient was coded as, is among them
    iran_strikes = [e["id"] for e in client.get("/api/events", params={"type": "ASSAULT", "actor": "IRN", "from": "2024-01-16",
                                                                         "to": "2024-01-16", "coarse": "false"}).json()["items"]
                    if e["actor"]["country"] == "IRN" and "PAK" in {(e.get("recipient") or {}).get("country"),
                                                                    (e.get("location") or {}).get("country_code")}]
    assert iran_strikes and set(iran_strikes) <= set(listed)
    everything = client.get("/api/dyads/IRN/PAK").json()
    assert sum(d["ab"]["count"] + d["ba"]["count"] for d in everything["series"]) >= charted
    assert 'name="from" value="2024-01-16"' in html and "/api/dyads/IRN/PAK?from=2024-01-16" in html
