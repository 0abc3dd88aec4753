"""Page times of the dashboard and the API: p50/p95 per page against `flashpoint serve` on loopback.

    .venv/bin/python bench/pages.py --db guardian.db                    # the Guardian corpus
    .venv/bin/python bench/pages.py --db guardian.db --replicate 10     # the same, ten times over (2,490 documents)

Serves the store (one process unless --workers), warms it (the first read links what is
unlinked and fills the caches of linked views), then requests every page `--rounds` times, one
client, and prints per page the p50, p95 and largest time and the body size; pages over the
target (--target, 300 ms) are marked. "first" is each page's first request (views computed and
the page rendered); the rounds after it are served from the caches kept per store revision. With --replicate N, a copy of the store is built next to
it holding every document N times under distinct ids (`<id>~rK`; records copied through the
store's write path, no NLP run) and measured instead. A measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api_load import get, serve  # noqa: E402


def replicate(db: str, times: int) -> str:
    """A copy of `db` with every document `times` times under distinct ids (built once)."""
    from flashpoint import open_store
    from flashpoint.corpus import persist
    from flashpoint.ingest import Document
    from flashpoint.records import DocumentRecord

    target = str(Path(db).with_name(f"{Path(db).stem}-x{times}.db"))
    if Path(target).exists():
        return target
    partial = target + ".partial"
    for suffix in ("", "-wal", "-shm"):
        Path(partial + suffix).unlink(missing_ok=True)
    with open_store(db) as source, open_store(partial) as out:
        metas = {d["id"]: d for d in source.documents()}
        for k in range(times):
            for record in source.records():
                doc_id = record.doc_id if k == 0 else f"{record.doc_id}~r{k}"
                # the id and every annotation id made from it ("<doc>:e3")
                raw = re.sub(r'"' + re.escape(record.doc_id) + r'(?=["#:])', '"' + doc_id.replace("\\", "\\\\"),
                             json.dumps(record.to_dict()))
                data = json.loads(raw)
                text = source.document_text(record.doc_id) or ""
                meta = metas[record.doc_id]
                document = Document(id=doc_id, text=text, source=meta.get("source"), published=meta.get("published"),
                                    title=meta.get("title"), url=meta.get("url"), location=f"replica-{k}")
                out.write(document, DocumentRecord.model_validate(data), pipeline="replica")
        started = time.perf_counter()
        persist.sync(out)
        print(f"linked {target} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    for suffix in ("-wal", "-shm"):
        Path(partial + suffix).unlink(missing_ok=True)
    os.replace(partial, target)
    return target


def targets(port: int) -> list[str]:
    """The pages and API reads to time, with ids found through the API (never hard-coded)."""
    _, body, conn = get(port, "/api/events?min_sources=2&limit=3")
    events = [e["id"] for e in json.loads(body)["items"]]
    _, body, conn = get(port, "/api/documents?limit=1", conn)
    doc = quote(json.loads(body)["items"][0]["id"], safe="")
    _, body, conn = get(port, "/api/dyads?limit=1", conn)
    dyad = json.loads(body)["items"][0]["dyad"]
    _, body, conn = get(port, "/api/actors?limit=1", conn)
    actor = quote(json.loads(body)["items"][0]["code"] or "SYR", safe="")
    conn.close()
    a, b = dyad
    return ["/", "/events", "/events?page=5", "/events?type=ASSAULT&min_sources=2", "/events?from=2018-04-07&to=2018-04-14",
            *[f"/events/{quote(e, safe='')}" for e in events], f"/documents/{doc}", "/quotes", "/quotes?page=3",
            "/actors", "/actors?page=2", f"/actors/{actor}", "/dyads", f"/dyads/{a}/{b}", "/map", "/alerts",
            "/export/events.csv?type=ASSAULT", "/api/events", "/api/events?limit=1000", "/api/quotes", "/api/actors",
            f"/api/documents/{doc}", f"/api/dyads/{a}/{b}"]


def measure(port: int, paths: list[str], rounds: int) -> list[dict]:
    out = []
    conn = None
    for path in paths:
        times, size, status = [], 0, None
        for _ in range(rounds):
            start = time.perf_counter()
            status, body, conn = get(port, path, conn)
            times.append(1000 * (time.perf_counter() - start))
            size = len(body)
        times.sort()
        out.append({"page": path, "status": status, "p50_ms": round(statistics.median(times), 1),
                    "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1),
                    "max_ms": round(times[-1], 1), "kb": round(size / 1024, 1)})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="the store to serve (e.g. built by `flashpoint ingest` of the Guardian corpus)")
    parser.add_argument("--replicate", type=int, default=1, help="measure a copy holding every document this many times")
    parser.add_argument("--rounds", type=int, default=20, help="requests per page")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--target", type=float, default=300.0, help="p95 target in ms")
    args = parser.parse_args()
    db = replicate(args.db, args.replicate) if args.replicate > 1 else args.db
    port, server = serve(db, args.workers)
    if server is None:
        return 1
    try:
        paths = targets(port)
        cold = {}
        for path in paths:  # the first request of each: views computed, page rendered (fills the caches)
            started = time.perf_counter()
            get(port, path)[2].close()
            cold[path] = round(1000 * (time.perf_counter() - started), 1)
        results = measure(port, paths, args.rounds)
        for r in results:
            r["first_ms"] = cold[r["page"]]
    finally:
        server.terminate()
        server.wait(timeout=30)
    width = max(len(r["page"]) for r in results)
    print(f"{'page':<{width}}  status first ms   p50 ms   p95 ms   max ms      KB")
    for r in results:
        flag = "  OVER" if r["p95_ms"] > args.target else ""
        print(f"{r['page']:<{width}}  {r['status']!s:>6} {r['first_ms']:>8} {r['p50_ms']:>8} {r['p95_ms']:>8} {r['max_ms']:>8} {r['kb']:>7}{flag}")
    over = [r for r in results if r["p95_ms"] > args.target]
    print(json.dumps({"db": db, "workers": args.workers, "load": os.getloadavg(), "pages": len(results),
                      "over_target": len(over), "worst_p95_ms": max(r["p95_ms"] for r in results)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
