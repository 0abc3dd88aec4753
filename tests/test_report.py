"""`flashpoint report`: one self-contained HTML file for the Iran–Pakistan pair. Opening it
in a browser with the network cut off is checked in test_browser.py."""

from __future__ import annotations

import re
from html import unescape

import pytest
from click.testing import CliRunner

from .web_support import hostile_db, iran_pakistan_db, strike

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def db(pipeline):
    return iran_pakistan_db(pipeline.nlp)


def run_report(db: str, out, *args: str):
    from flashpoint.cli import main

    return CliRunner().invoke(main, ["report", "--db", db, "--out", str(out), *args])


def test_report_is_one_offline_file_with_the_strikes_pairs_and_quotes(db, tmp_path):
    from flashpoint import open_store, service

    out = tmp_path / "report.html"
    result = run_report(db, out)
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    # Self-contained: no script, no external stylesheet, image or link to fetch.
    assert "<script" not in html.lower()
    assert not re.search(r'\b(src|href)="(https?:)?//', html)
    assert "<link" not in html and "<style>" in html
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
    assert csp and "default-src 'none'" in unescape(csp.group(1))
    # Both strikes are key events, with every source that reported them.
    iran_strike = max((e for e in _events(db) if e["event_type"] == "ASSAULT" and (e.get("actor") or {}).get("country") == "IRN"
                       and e.get("date_precision") == "day"), key=lambda e: len(e["mentions"]))
    pakistan_strike = strike(db, "PAK", "IRN")
    for event in (iran_strike, pakistan_strike):
        article = re.search(rf'<article class="key-event" data-event="{event["id"]}">(.*?)</article>', html, re.S)
        assert article, event["id"]
        assert all(source in article.group(1) for source in event["sources"])
        assert 'class="hl hl-trigger' in article.group(1)
    # The action–reaction pairs of the dyad, and its chart.
    with open_store(db) as store:
        pairs = service.dyad(store, "IRN", "PAK")["action_reactions"]
        quotes = service.quote_provenance(store)
    assert html.count('<tr class="pair">') == len(pairs) > 0
    assert 'class="chart escalation"' in html and 'class="chart timeline"' in html
    # Key quotes, most repeated first: the first is one carried by both sources.
    shown = re.findall(r'data-quote="([^"]+)"', html)
    assert shown
    by_id = {q["id"]: q for q in quotes}
    assert len(by_id[shown[0]]["sources"]) == max(len(by_id[i]["sources"]) for i in shown)


def _events(db: str) -> list[dict]:
    from flashpoint import open_store, service

    with open_store(db) as store:
        return service.canonical_events(store)


def test_report_filters(db, tmp_path):
    out = tmp_path / "jan18.html"
    result = run_report(db, out, "--from", "2024-01-18", "--to", "2024-01-18", "--country", "PAK")
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    shown = set(re.findall(r'<tr data-event="([^"]+)"', html))
    from flashpoint.service import in_range

    # A date known only to the month (2024-01) overlaps the day asked for, as in the API.
    expected = {e["id"] for e in _events(db) if in_range(e.get("date"), "2024-01-18", "2024-01-18")
                and "PAK" in {(e.get("actor") or {}).get("country"), (e.get("recipient") or {}).get("country"), (e.get("location") or {}).get("country_code")}}
    assert shown == expected and shown


def test_report_bad_dates_are_a_clear_error(db, tmp_path):
    result = run_report(db, tmp_path / "r.html", "--from", "18/01/2024")
    assert result.exit_code != 0
    assert "[bad-option]" in result.output and "--from" in result.output
    assert not (tmp_path / "r.html").exists()


def test_report_escapes_article_markup(pipeline, tmp_path):
    out = tmp_path / "hostile.html"
    result = run_report(hostile_db(pipeline.nlp), out)
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "<img" not in html.lower() and "<b onmouseover" not in html
    assert "&lt;script&gt;" in html
