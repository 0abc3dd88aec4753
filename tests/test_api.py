"""The HTTP API, in process (TestClient) over a real SQLite store holding the Iran–Pakistan pair."""

from __future__ import annotations

import json
import warnings

import pytest

from .conftest import IRAN_PAKISTAN

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
PATHS = {"/api/documents", "/api/documents/{doc_id}", "/api/events", "/api/actors", "/api/quotes", "/api/claims",
         "/api/dyads", "/api/dyads/{a}/{b}", "/api/ingest"}


@pytest.fixture(scope="module")
def client(tmp_path_factory, pipeline):
    from flashpoint import Pipeline, open_store, service
    from flashpoint.api import create_app

    db = str(tmp_path_factory.mktemp("api") / "store.db")
    own = Pipeline(nlp=pipeline.nlp)
    with open_store(db) as store:
        report = service.ingest([str(IRAN_PAKISTAN)], store, pipeline=own)
    assert report.stored == 2
    app = create_app(db, token=TOKEN, max_body=200_000, pipeline=own)
    with TestClient(app) as c:
        yield c
    app.state.store.close()


def _error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["message"]
    return body["error"]


def test_openapi_lists_every_path(client):
    schema = client.get("/openapi.json").json()
    assert PATHS <= set(schema["paths"])
    assert {"get", "delete"} <= set(schema["paths"]["/api/documents/{doc_id}"])
    params = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"mentions", "from", "to", "type", "actor", "country", "source", "q", "limit", "offset", "sort"} <= params


def test_documents_and_one_document(client):
    page = client.get("/api/documents").json()
    assert page["total"] == 2 and {d["id"] for d in page["items"]} == {"reuters-2024-01-19-iran-pakistan", "efsas-2024-01-26-iran-pakistan"}
    assert [d["id"] for d in client.get("/api/documents", params={"source": "EFSAS"}).json()["items"]] == ["efsas-2024-01-26-iran-pakistan"]
    assert client.get("/api/documents", params={"from": "2024-01-20"}).json()["total"] == 1
    assert client.get("/api/documents", params={"sort": "-date"}).json()["items"][0]["published"] == "2024-01-26"
    doc = client.get("/api/documents/reuters-2024-01-19-iran-pakistan").json()
    assert doc["record"]["doc_id"] == "reuters-2024-01-19-iran-pakistan" and doc["record"]["events"]
    start, end = doc["record"]["events"][0]["span"]
    assert doc["text"][start:end] == doc["record"]["events"][0]["text"]
    _error(client.get("/api/documents/no-such-doc"), 404, "not-found")


def test_canonical_events_filters_pagination_sort(client):
    everything = client.get("/api/events", params={"limit": 1000}).json()
    assert everything["total"] == len(everything["items"]) > 10
    assert all("mentions" in e and "sources" in e for e in everything["items"])
    strikes = client.get("/api/events", params={"type": "ASSAULT", "country": "PAK", "from": "2024-01-16", "to": "2024-01-16"}).json()["items"]
    assert any(e["actor"]["country"] == "IRN" and e["date"] == "2024-01-16" and e["mode"] == "aerial" for e in strikes)
    assert all(e["event_type"] == "ASSAULT" and e["date"] == "2024-01-16" for e in strikes)
    two = client.get("/api/events", params={"min_sources": 2}).json()["items"]
    assert two and all(len(e["sources"]) >= 2 for e in two)
    assert all("Jaish" in e["text"] for e in client.get("/api/events", params={"q": "jaish"}).json()["items"])
    assert all("EFSAS" in e["sources"] for e in client.get("/api/events", params={"source": "efsas"}).json()["items"])
    by_actor = client.get("/api/events", params={"actor": "IRN"}).json()["items"]
    assert by_actor and all("IRN" in ((e["actor"] or {}).get("country"), (e["recipient"] or {}).get("country")) for e in by_actor)
    # pagination: consecutive pages tile the whole list
    first = client.get("/api/events", params={"limit": 5, "offset": 0}).json()
    second = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert [e["id"] for e in first["items"] + second["items"]] == [e["id"] for e in everything["items"][:10]]
    # sorting: dated events first, in order
    dates = [e["date"] for e in client.get("/api/events", params={"sort": "-date", "limit": 1000}).json()["items"]]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True) and dates[: len(dated)] == dated
    _error(client.get("/api/events", params={"sort": "fatalities"}), 400, "bad-option")
    _error(client.get("/api/events", params={"limit": 0}), 400, "bad-option")


def test_event_mentions(client):
    page = client.get("/api/events", params={"mentions": "true", "type": "assault", "limit": 3}).json()
    assert page["total"] > 3 and len(page["items"]) == 3
    assert all(e["event_type"] == "ASSAULT" and e["doc_id"] and ":" in e["id"] for e in page["items"])


def test_actors_quotes_claims_dyads(client):
    actors = client.get("/api/actors", params={"q": "jaish"}).json()["items"]
    assert any(a["name"] == "Jaish al-Adl" for a in actors)
    quotes = client.get("/api/quotes").json()
    assert quotes["total"] and all("occurrences" in q and "first_seen" in q for q in quotes["items"])
    shared = client.get("/api/quotes", params={"q": "pressing Islamabad"}).json()["items"]
    assert shared and shared[0]["speaker"]["name"] == "Gregory Brew" and len(shared[0]["occurrences"]) == 2
    mentions = client.get("/api/quotes", params={"mentions": "true", "source": "Reuters"}).json()["items"]
    assert mentions and all(q["source"] == "Reuters" for q in mentions)
    claims = client.get("/api/claims", params={"kind": "fatalities"}).json()["items"]
    assert claims and all(c["kind"] == "fatalities" and "claimant" in c for c in claims)
    dyads = client.get("/api/dyads").json()["items"]
    assert dyads[0]["dyad"] == ["IRN", "PAK"]
    one = client.get("/api/dyads/irn/pak", params={"from": "2024-01-16", "to": "2024-01-31"}).json()
    assert one["dyad"] == ["IRN", "PAK"] and one["series"] and "action_reactions" in one and one["summary"]["total"] > 0


def test_writes_need_the_token(client):
    doc = {"id": "api-test-1", "source": "Test", "published": "2024-01-20", "text": "Pakistan said on Saturday it had recalled its ambassador."}
    _error(client.post("/api/ingest", json=doc), 401, "unauthorized")
    _error(client.post("/api/ingest", json=doc, headers={"Authorization": "Bearer wrong"}), 403, "forbidden")
    _error(client.delete("/api/documents/api-test-1"), 401, "unauthorized")
    created = client.post("/api/ingest", json=[doc], headers=AUTH)
    assert created.status_code == 201, created.text
    assert created.json()["stored"] == 1 and created.json()["ids"] == ["api-test-1"]
    again = client.post("/api/ingest", json=doc, headers=AUTH)
    assert again.status_code == 200 and again.json()["skipped"] == 1
    assert client.get("/api/documents/api-test-1").status_code == 200
    assert client.delete("/api/documents/api-test-1", headers=AUTH).json() == {"deleted": 1, "id": "api-test-1"}
    _error(client.get("/api/documents/api-test-1"), 404, "not-found")
    _error(client.delete("/api/documents/api-test-1", headers=AUTH), 404, "not-found")


def test_bad_bodies(client):
    _error(client.post("/api/ingest", content=b"{not json", headers=AUTH), 400, "bad-json")
    _error(client.post("/api/ingest", json=[1, 2], headers=AUTH), 400, "bad-field")
    _error(client.post("/api/ingest", json={"id": "x", "text": "a" * 300_000}, headers=AUTH), 413, "too-large")
    # a streamed body without Content-Length is counted too
    def chunks():
        for _ in range(30):
            yield b"x" * 10_000
    _error(client.post("/api/ingest", content=chunks(), headers=AUTH), 413, "too-large")


def test_writes_disabled_without_a_token(tmp_path):
    from flashpoint.api import create_app

    app = create_app(str(tmp_path / "empty.db"))
    with TestClient(app) as c:
        assert c.get("/api/events").json()["total"] == 0
        _error(c.post("/api/ingest", json={"text": "x"}, headers=AUTH), 403, "forbidden")
        _error(c.get("/api/nowhere"), 404, "not-found")
    app.state.store.close()


def test_markup_in_articles_comes_back_as_data(client):
    text = ('<script>alert("x")</script> <img src=x onerror="alert(1)"> ISLAMABAD, January 20, 2024 - '
            'Pakistan said on Saturday that Iran had struck a village near the border.')
    created = client.post("/api/ingest", json={"id": "xss-1", "source": "Test <b>", "published": "2024-01-20", "text": text}, headers=AUTH)
    assert created.status_code == 201, created.text
    response = client.get("/api/documents/xss-1")
    assert response.headers["content-type"].startswith("application/json")
    assert response.headers["x-content-type-options"] == "nosniff"
    raw = response.text
    assert "<script>" not in raw and "<img" not in raw and "\\u003cscript\\u003e" in raw
    doc = json.loads(raw)
    assert doc["text"] == text and doc["source"] == "Test <b>"  # the same data once parsed
    assert client.delete("/api/documents/xss-1", headers=AUTH).status_code == 200


def test_date_filters_take_weeks_as_their_seven_days():
    from flashpoint.service import in_range

    assert in_range("2024-W03", "2024-01-16", "2024-01-16")  # Monday 15 to Sunday 21 January
    assert in_range("2024-W03", "2024-01-21", None) and not in_range("2024-W03", "2024-01-22", None)
    assert in_range("2024-W03", None, "2024-01-15") and not in_range("2024-W03", None, "2024-01-14")
    assert in_range("2024-01", "2024-01-16", "2024-01-16") and not in_range("2024-01-17", "2024-01-18", None)


def test_hostile_bodies_are_4xx_never_500(client):
    huge = b'{"text": "Iran struck.", "id": ' + b"9" * 5000 + b"}"
    assert "cannot be read" in _error(client.post("/api/ingest", content=huge, headers=AUTH), 400, "bad-json")["message"]
    deep = b"[" * 100_000 + b"]" * 100_000
    assert "nested too deeply" in _error(client.post("/api/ingest", content=deep, headers=AUTH), 400, "bad-json")["message"]
    _error(client.post("/api/ingest", content=b"\xff\xfe{}", headers=AUTH), 400, "bad-json")
    # a lone surrogate in a document is that document's failure; the request itself is fine
    response = client.post("/api/ingest", content=b'{"text": "Iran said \\ud800 it struck."}', headers=AUTH)
    assert response.status_code == 200, response.text
    assert response.json()["failed"] == 1 and response.json()["failures"][0]["code"] == "bad-text"


def test_serve_with_several_workers_answers_reads(tmp_path):
    """`flashpoint serve --workers 2`: worker processes built from the command's settings."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request
    from pathlib import Path

    from flashpoint import open_store

    db = tmp_path / "workers.db"
    open_store(str(db)).close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**__import__("os").environ, "FP_TEST_TOKEN": TOKEN}
    server = subprocess.Popen([str(Path(sys.executable).parent / "flashpoint"), "serve", "--db", str(db), "--port", str(port),
                               "--workers", "2", "--token-env", "FP_TEST_TOKEN"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/documents", timeout=10) as response:
                    assert response.status == 200 and json.load(response)["total"] == 0
                    break
            except OSError:
                assert server.poll() is None and time.time() < deadline, server.stderr.read().decode()[-2000:]
                time.sleep(0.5)
        # writes need the token the workers read from the named variable
        request = urllib.request.Request(f"http://127.0.0.1:{port}/api/ingest", data=b"[]", method="POST")
        try:
            urllib.request.urlopen(request, timeout=10)
            raise AssertionError("a write without a token was accepted")
        except urllib.error.HTTPError as exc:
            assert exc.code == 401
    finally:
        server.terminate()
        server.wait(timeout=60)


@pytest.mark.parametrize("value", ["2024-02-30", "2024-13", "2024-W60", "soon", "2024-1-5", "20240101"])
def test_a_date_option_that_is_no_date_is_a_400(client, value):
    for path in ("/api/documents", "/api/events", "/api/quotes", "/api/dyads/IRN/PAK"):
        error = _error(client.get(path, params={"from": value}), 400, "bad-option")
        assert error["message"].startswith("from:")
    _error(client.get("/api/claims", params={"to": value}), 400, "bad-option")


def test_date_options_of_every_precision_are_accepted(client):
    for value in ("2024", "2024-01", "2024-01-16", "2024-W03"):
        assert client.get("/api/events", params={"from": value, "to": "2024-12-31"}).status_code == 200
