"""Load on the HTTP API: read endpoints under concurrent clients, on loopback.

    .venv/bin/python bench/api_load.py                           # the Guardian corpus, 8 and 32 clients
    .venv/bin/python bench/api_load.py --db flashpoint.db --clients 1 8 32 --requests 400

Builds a store from the corpus (once, cached in --db), starts `flashpoint serve` on a free
loopback port, and for each number of clients sends a bounded number of GET requests spread
over the read endpoints (documents, events, quotes, actors, claims, dyads, one document,
one dyad, the dashboard's overview), each client in its own thread with its own connection.
Prints requests/s, p50, p99 and the slowest request per concurrency level, and any response
that is not 200. With --during-ingest N, also the reads made while `flashpoint ingest` stores
and links N more documents into the served store (the store is changed: use a copy). A measurement, not a test: the figures depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "guardian-syria-2017-2019.jsonl"
FLASHPOINT = str(Path(sys.executable).parent / "flashpoint")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port: int, path: str, conn: http.client.HTTPConnection | None = None) -> tuple[int, bytes, http.client.HTTPConnection]:
    conn = conn or http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read(), conn
    except (http.client.HTTPException, OSError):
        conn.close()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read(), conn


def paths(port: int) -> list[str]:
    _, body, conn = get(port, "/api/documents?limit=1")
    doc = quote(json.loads(body)["items"][0]["id"], safe="")
    _, body, conn = get(port, "/api/dyads?limit=1", conn)
    dyads = json.loads(body)["items"]
    found = ["/api/documents", "/api/events", "/api/events?mentions=true&limit=50", "/api/quotes", "/api/actors",
             "/api/claims", "/api/dyads", f"/api/documents/{doc}", "/"]
    if dyads and len(dyads[0].get("dyad") or []) == 2:
        a, b = dyads[0]["dyad"]
        found.append(f"/api/dyads/{a}/{b}")
    conn.close()
    return found


def serve(db: str, workers: int, wait: float = 300) -> tuple[int, subprocess.Popen | None]:
    """`flashpoint serve` on a free loopback port, without a token, once it answers; (port, None)
    when it did not start."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "FLASHPOINT_TOKEN"}
    server = subprocess.Popen([FLASHPOINT, "serve", "--db", db, "--port", str(port), "--workers", str(workers)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + wait
    while True:
        try:
            get(port, "/openapi.json")[2].close()
            return port, server
        except OSError:
            if time.time() > deadline or server.poll() is not None:
                server.terminate()
                print("the server did not start", file=sys.stderr)
                return port, None
            time.sleep(0.5)


def run(port: int, clients: int, requests: int, targets: list[str]) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    per_client = max(1, requests // clients)

    def client(index: int) -> None:
        conn = None
        for n in range(per_client):
            path = targets[(index + n) % len(targets)]
            start = time.perf_counter()
            try:
                status, _, conn = get(port, path, conn)
            except Exception as exc:  # noqa: BLE001 - counted and shown
                status, conn = f"{type(exc).__name__}", None
            took = time.perf_counter() - start
            with lock:
                latencies.append(took)
                if status != 200:
                    errors.append(f"{status} {path}")

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    latencies.sort()
    return {
        "clients": clients, "requests": len(latencies), "seconds": round(wall, 2),
        "requests_per_s": round(len(latencies) / wall, 1),
        "p50_ms": round(1000 * statistics.median(latencies), 1),
        "p99_ms": round(1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))], 1),
        "max_ms": round(1000 * latencies[-1], 1), "errors": errors[:10], "error_count": len(errors),
    }


def during_ingest(port: int, args, targets: list[str]) -> dict:
    """Reads while another process ingests (and links) new documents into the served store."""
    fresh = Path(tempfile.mkdtemp(prefix="fp-load-")) / "fresh.jsonl"
    stamp = str(int(time.time()))
    with open(args.corpus, encoding="utf-8") as source, fresh.open("w", encoding="utf-8") as out:
        for n, line in zip(range(args.during_ingest), source):
            doc = json.loads(line)
            doc["id"] = f"{doc['id']}~live{stamp}"
            out.write(json.dumps(doc) + "\n")
    ingest = subprocess.Popen([FLASHPOINT, "ingest", str(fresh), "--db", args.db, "-q"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    rounds, deadline = [], time.time() + 900
    started = time.perf_counter()
    while ingest.poll() is None and time.time() < deadline:
        rounds.append(run(port, max(args.clients), 320, targets))
    ingest.wait(timeout=max(1, deadline - time.time()))
    requests = sum(r["requests"] for r in rounds)
    return {"during_ingest": args.during_ingest, "ingest_seconds": round(time.perf_counter() - started, 1),
            "ingest_exit": ingest.returncode, "clients": max(args.clients), "requests": requests,
            "requests_per_s": round(requests / max(0.001, sum(r["seconds"] for r in rounds)), 1),
            "p99_ms_worst_round": max((r["p99_ms"] for r in rounds), default=None),
            "max_ms": max((r["max_ms"] for r in rounds), default=None),
            "error_count": sum(r["error_count"] for r in rounds)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "flashpoint-api-load.db"),
                        help="store to serve (built from --corpus when it does not exist)")
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("--clients", type=int, nargs="+", default=[8, 32])
    parser.add_argument("--requests", type=int, default=640, help="requests per concurrency level")
    parser.add_argument("--workers", type=int, default=1, help="server processes (flashpoint serve --workers)")
    parser.add_argument("--during-ingest", type=int, default=0, metavar="N",
                        help="also measure reads (at the largest --clients) while `flashpoint ingest` stores N corpus "
                             "documents under new ids into the served store and links them; reports the slowest read")
    args = parser.parse_args()
    if not Path(args.db).exists():
        print(f"building {args.db} from {args.corpus} ...", file=sys.stderr)
        subprocess.run([FLASHPOINT, "ingest", args.corpus, "--db", args.db, "-q"], check=False)
    port, server = serve(args.db, args.workers)
    if server is None:
        return 1
    try:
        targets = paths(port)
        for path in targets:  # warm: the first read links what is unlinked
            get(port, path)[2].close()
        results = [run(port, clients, args.requests, targets) for clients in args.clients]
        if args.during_ingest:
            results.append(during_ingest(port, args, targets))
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(json.dumps({"db": args.db, "workers": args.workers, "cpus": os.cpu_count(), "load": os.getloadavg(),
                      "endpoints": targets, "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
