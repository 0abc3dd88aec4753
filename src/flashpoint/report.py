"""The situation report: one self-contained HTML file (CSS and SVG charts inline, no script,
no request to anywhere) summarising a period: what happened, the timeline, the main dyad's
escalation with its action–reaction pairs, the key events with every source and claim, and
the key quotes. It reuses the dashboard's views, templates and charts (`flashpoint.web`),
so the report and the pages show the same things the same way.

Optionally also a PDF, printed by headless Chromium through Playwright when both are
installed (`apt-get install chromium`, `pip install playwright`); nothing is downloaded.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from pathlib import Path

from . import service
from .service import Filter, in_range
from .errors import FlashpointError
from .store import Store
from .web import charts, views
from .web.routes import templates

# The report is opened from disk: it may load nothing, and run nothing.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def build_report(store: Store, *, start: str | None = None, end: str | None = None, actor: str | None = None,
                 country: str | None = None, key_events: int = 10, key_quotes: int = 10) -> str:
    """The report's HTML for the events matching the filters (dates inclusive, YYYY[-MM[-DD]])."""
    for name, value in (("--from", start), ("--to", end)):
        if value and not _is_iso_date(value):
            raise FlashpointError("bad-option", f"{name} takes a date as YYYY, YYYY-MM or YYYY-MM-DD", location=value)
    rows = views.events(store, Filter(start=start, end=end, actor=actor, country=country), sort="date")
    ranked = sorted(rows, key=views.importance, reverse=True)[:key_events]
    merged_quotes = service.quote_provenance(store)  # once for every page and the key quotes
    detailed = [_first_per_source(views.event_page(store, e["id"], merged_quotes=merged_quotes)) for e in ranked]
    dyad = _main_dyad(rows, country)
    dyad_data = views.dyad_page(store, *dyad, start=start, end=end) if dyad else None
    quotes = _key_quotes(merged_quotes, rows, start=start, end=end, actor=actor, country=country)[:key_quotes]
    involved = {c for e in rows for c in ((e.get("actor") or {}).get("country"), (e.get("recipient") or {}).get("country")) if c}
    css = (Path(views.__file__).with_name("static") / "style.css").read_text(encoding="utf-8")
    return templates().get_template("report.html").render(
        linked=False, css=css, csp=REPORT_CSP, title=_title(dyad_data, actor, country),
        filters={"from": start, "to": end, "actor": actor, "country": country},
        generated=dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        summary=_summary(rows, dyad_data), events=rows, key=detailed,
        timeline=charts.timeline(rows), world=charts.world_map(rows, countries=involved, height=420),
        data=dyad_data, chart=charts.escalation(dyad_data["dyad"], dyad_data["names"]) if dyad_data else None,
        quotes=quotes)


def write_report(store: Store, out: str, *, pdf: str | None = None, **filters) -> dict:
    html = build_report(store, **filters)
    Path(out).write_text(html, encoding="utf-8")
    written = {"html": out, "bytes": len(html.encode("utf-8"))}
    if pdf:
        print_pdf(Path(out), Path(pdf))
        written["pdf"] = pdf
    return written


def print_pdf(html: Path, pdf: Path) -> None:
    """Print the report to PDF with headless Chromium, every non-file request refused."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        chromium = None
    if not chromium:
        raise FlashpointError("bad-option", "--pdf needs Chromium and Playwright: apt-get install chromium; pip install playwright")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium)
        try:
            page = browser.new_page()
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
            page.goto(html.resolve().as_uri())
            page.pdf(path=str(pdf), format="A4", print_background=True,
                     margin={"top": "14mm", "bottom": "14mm", "left": "12mm", "right": "12mm"})
        finally:
            browser.close()


REPORTS_SHOWN = 4  # per key event: enough to compare wordings; the dashboard shows them all


def _first_per_source(page: dict) -> dict:
    """Each source's first report before any source's second, so the few shown cover every source."""
    seen: set = set()
    first, rest = [], []
    for report in page["reports"]:
        (rest if report["source"] in seen else first).append(report)
        seen.add(report["source"])
    ordered = first + rest
    return {**page, "reports": ordered[:REPORTS_SHOWN], "more_reports": len(ordered) - REPORTS_SHOWN if len(ordered) > REPORTS_SHOWN else 0}


def _is_iso_date(value: str) -> bool:
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            dt.datetime.strptime(value, fmt)
            return True
        except ValueError:
            continue
    return False


def _main_dyad(rows: list[dict], country: str | None) -> tuple[str, str] | None:
    """The pair of countries with the most events in the period (with `country` in it, if given)."""
    pairs = Counter(p for p in map(views.dyad_of, rows) if p and (not country or country.upper() in p))
    return pairs.most_common(1)[0][0] if pairs else None


def _key_quotes(merged_quotes: list[dict], rows: list[dict], *, start, end, actor, country) -> list[dict]:
    """Quotes first seen in the period, by the actor or country asked for (if any), the most
    repeated first, then direct before reported speech, then the fuller before the fragment;
    with no actor or country, those of the people of the countries involved."""
    wanted = {c.upper() for c in (actor, country) if c}
    if not wanted:
        wanted = {c for e in rows for c in ((e.get("actor") or {}).get("country"), (e.get("recipient") or {}).get("country")) if c}
    out = []
    for quote in merged_quotes:
        first = (quote.get("first_seen") or {}).get("published")
        if (start or end) and not in_range(first, start, end):
            continue
        code = ((quote.get("speaker") or {}).get("actor_code") or "").upper()
        if wanted and not any(code == w or code[:3] == w for w in wanted):
            continue
        out.append(quote)
    return sorted(out, key=lambda q: (-len({o.get("source") for o in q.get("occurrences") or []}),
                                      -len(q.get("occurrences") or []), q.get("kind") != "direct", -len(q.get("text") or ""), q["id"]))


def _title(dyad_data: dict | None, actor: str | None, country: str | None) -> str:
    if dyad_data:
        return f"{dyad_data['names'][dyad_data['a']]} – {dyad_data['names'][dyad_data['b']]}"
    return actor or country or "All events"


def _summary(rows: list[dict], dyad_data: dict | None) -> dict:
    documents = {m["doc_id"] for e in rows for m in e.get("mentions") or []}
    sources = sorted({s for e in rows for s in e.get("sources") or []})
    types = Counter(e.get("event_type") for e in rows if e.get("event_type"))
    return {"events": len(rows), "documents": len(documents), "sources": sources,
            "material_conflict": sum(1 for e in rows if e.get("quad_class") == 4),
            "multi_source": sum(1 for e in rows if len(e.get("sources") or []) > 1),
            "types": types.most_common(5), "period": views.period(rows),
            "dyad": dyad_data["dyad"]["summary"] if dyad_data else None,
            "pairs": len(dyad_data["dyad"]["action_reactions"]) if dyad_data else 0}
