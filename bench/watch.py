"""`flashpoint watch` on loopback: poll-to-alert latency for a new item, and the cost of a poll
with nothing new.

A feed server (http.server in a thread) serves an RSS feed; a webhook receiver records when
each alert arrives. The watcher (one loaded pipeline, a fresh SQLite store in a temporary
folder) follows the feed with one rule that fires on every new event (`confirmed` with
`sources: 1`), and delivers to the webhook. Then:

- latency: N times, a new item (one sentence, a different strike each time, two days after
  the last) is added to the feed, and the clock runs
  from the change to the alert's arrival at the webhook through one `poll()`: the
  conditional GET, the parse (spaCy and the stages), the store's write, incremental
  linking, the rules over the canonical events and the signed POST;
- idle: M polls of the unchanged feed (answered 304 to the ETag sent), timed one by one.

Run:   .venv/bin/python bench/watch.py [--items 10] [--idle 50] [--out bench/results/watch.json]
It is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import tempfile
import threading
import time
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from flashpoint import Pipeline, open_store  # noqa: E402
from flashpoint.watch import Fetcher, Watcher, channels, make_source, parse_rules  # noqa: E402

SENTENCE = "On {weekday}, {actor} struck {target} in {place}, officials said."
# Different actors, targets and places, so no item near-duplicates another (the linker would
# leave a near-duplicate out, and it would raise nothing).
STORIES = [("Iranian missiles", "two bases of the Sunni Muslim group Jaish al-Adl", "Pakistan’s province of Balochistan"),
           ("Pakistani warplanes", "separatist hideouts", "Iran’s Sistan and Baluchestan province"),
           ("Russian drones", "a power station", "the Ukrainian city of Kharkiv"),
           ("Israeli aircraft", "a weapons depot", "southern Lebanon"),
           ("Turkish jets", "Kurdish militant positions", "northern Iraq"),
           ("Saudi-led coalition aircraft", "a Houthi camp", "Yemen’s Saada province"),
           ("Ukrainian missiles", "an ammunition depot", "occupied Crimea"),
           ("Indian troops", "militant launch pads", "Pakistani Kashmir"),
           ("Sudanese army aircraft", "paramilitary positions", "Khartoum"),
           ("Ethiopian drones", "a militia base", "the Amhara region")]


def serve(handler) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=9)
    parser.add_argument("--idle", type=int, default=50)
    parser.add_argument("--out", default=str(REPO / "bench" / "results" / "watch.json"))
    args = parser.parse_args()

    feed = {"body": b""}
    arrivals: dict[str, float] = {}

    class Feed(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_GET(self):
            body = feed["body"]
            etag = '"' + hashlib.sha1(body).hexdigest() + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    class Hook(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            arrivals[json.loads(body)["id"]] = time.perf_counter()
            self.send_response(204)
            self.end_headers()

    feed_server, hook_server = serve(Feed), serve(Hook)
    base = f"http://127.0.0.1:{feed_server.server_address[1]}"
    items: list[str] = []

    def publish(n: int) -> None:
        day = date(2024, 1, 16) + timedelta(days=2 * n)
        published = datetime.combine(day + timedelta(days=1), datetime.min.time(), timezone.utc)
        actor, target, place = STORIES[n % len(STORIES)]
        text = SENTENCE.format(weekday=day.strftime("%A"), actor=actor, target=target, place=place)
        items.insert(0, f"<item><guid>bench-{n}</guid><title>Strike {n}</title><pubDate>{format_datetime(published, usegmt=True)}"
                        f"</pubDate><description>{escape(text)}</description></item>")
        feed["body"] = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Bench Wire</title>'
                        + "".join(items) + "</channel></rss>").encode("utf-8")

    rules, _ = parse_rules({"rules": [{"name": "every-event", "kind": "confirmed", "sources": 1}]})
    hook = f"http://127.0.0.1:{hook_server.server_address[1]}/hook"
    pipeline = Pipeline()
    pipeline.nlp  # loaded before any clock starts
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "bench.db") as store:
        watcher = Watcher(store, [make_source(base + "/feed.xml")], rules, channels([{"webhook": hook}]), pipeline=pipeline,
                          fetcher=Fetcher(min_interval=0), fetch_articles="never")
        publish(0)
        watcher.poll()  # warm-up: first item, first evaluation
        latencies, silent = [], []
        for n in range(1, args.items + 1):
            publish(n)
            start = time.perf_counter()
            report = watcher.poll()
            ids = [a["id"] for a in report.alerts]
            if not ids or ids[0] not in arrivals:  # the pipeline coded no event in this item
                silent.append(report.status_line())
                continue
            latencies.append(arrivals[ids[0]] - start)
        idle = []
        for _ in range(args.idle):
            start = time.perf_counter()
            report = watcher.poll()
            idle.append(time.perf_counter() - start)
            assert report.stored == 0 and not report.alerts
    feed_server.shutdown()
    hook_server.shutdown()

    def summary(values: list[float]) -> dict:
        ordered = sorted(values)
        return {"n": len(values), "mean_ms": round(1000 * statistics.mean(values), 1),
                "median_ms": round(1000 * statistics.median(values), 1),
                "p90_ms": round(1000 * ordered[int(0.9 * (len(ordered) - 1))], 1), "max_ms": round(1000 * max(values), 1)}

    result = {"poll_to_alert": summary(latencies), "idle_poll": summary(idle), "items_without_alert": len(silent)}
    print(f"poll-to-alert for a new item (fetch, parse, store, link, rules, signed POST): {result['poll_to_alert']}")
    print(f"one poll with nothing new (a 304):                                          {result['idle_poll']}")
    if silent:
        print(f"{len(silent)} item(s) raised no alert (no event coded) and are not in the latency figures")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
