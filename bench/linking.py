"""Incremental event linking benchmark: documents/s and candidate comparisons as the store grows.

The Guardian Syria corpus (../shared/corpus/ from the repo root) is ingested ONCE through
`flashpoint.service.ingest` with the default Pipeline into a SQLite store cached at
bench/results/guardian-linking.db (git-ignored; the parse takes minutes, a rerun reuses
it; delete the file to re-ingest). Its stored records are then replicated to 10x the
corpus: replica k (k = 0 is the corpus itself) gets new doc ids (`#rK`) and every date
(publication date and event dates, day/month/year precision) shifted by k * SHIFT days,
so replicas do not all merge into the same events. The default SHIFT is the corpus's
publication span plus 30 days, so the density of documents per day stays that of the
real corpus while the store grows (the question is whether the cost per document grows
with the store); `--shift-days 30` stacks the replicas month by month instead (the store
gets 10x denser in time, so candidates per document legitimately grow).

One `Linker` receives the records with `Linker.add(record)`, replica after replica (each
in publication order); records are built before the clock starts. Reported per 10% slice
of the growth (one replica): documents/s, event mentions/s, candidate comparisons per
added document (mean and max) and the canonical events held at the end of the slice.

Also reported (from the cached store, near-duplicates left out as `canonical_events`
does): the corpus's linking figures, and with `--sample N` a seeded sample of N merged
canonical events printed with their mentions' sentences, for checking by hand.

With `--persisted`, the same growth also goes through a store as `flashpoint ingest` does it:
each replica's documents are written into a fresh SQLite store and linked by
`corpus.persist.sync` every `--chunk` documents (events, blocking keys and LSH bands read
from and written to the store); reported per slice: documents linked per second,
comparisons per document, the slowest sync and the store's size.

Run:   .venv/bin/python bench/linking.py                 (a few minutes after the ingest)
Options: --corpus PATH, --db PATH, --replicas N (10), --shift-days N, --sample N, --seed N,
--persisted, --persisted-db PATH, --chunk N, --out PATH (default bench/results/linking.json).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "guardian-syria-2017-2019.jsonl"
DEFAULT_DB = ROOT / "bench" / "results" / "guardian-linking.db"


def ensure_store(corpus: Path, db: Path):
    """The cached store, ingesting the corpus first if no complete ingest is recorded."""
    from flashpoint.service import ingest
    from flashpoint.store import open_store

    marker = db.with_suffix(".ingested.json")
    store = open_store(db)
    if not marker.exists():
        print(f"ingesting {corpus.name} into {db} (default Pipeline; minutes) ...", file=sys.stderr, flush=True)
        start = time.perf_counter()
        report = ingest([str(corpus)], store)  # resumable: documents already stored are skipped
        marker.write_text(json.dumps({"corpus": str(corpus), "seconds": time.perf_counter() - start,
                                      **{k: v for k, v in report.to_dict().items() if k != "failures"}}) + "\n")
    return store


def _shift(value: str | None, precision: str | None, days: int) -> str | None:
    if not value or not days:
        return value
    try:
        if precision == "day" or (precision is None and len(value) >= 10):
            return (date.fromisoformat(value[:10]) + timedelta(days=days)).isoformat() + value[10:]
        if precision == "month":
            return (date(int(value[:4]), int(value[5:7]), 15) + timedelta(days=days)).isoformat()[:7]
        if precision == "year":
            return str((date(int(value[:4]), 7, 1) + timedelta(days=days)).year)
    except ValueError:
        pass
    return value  # decade or unparseable: unchanged


def replicate(record: dict, k: int, days: int) -> dict:
    if k == 0:
        return record
    data = json.loads(json.dumps(record))
    data["doc_id"] = f"{record['doc_id']}#r{k}"
    data["published"] = _shift(record.get("published"), "day", k * days)
    for event in data.get("events") or []:
        event["date"] = _shift(event.get("date"), event.get("date_precision"), k * days)
        event["id"] = f"{event['id']}#r{k}"  # event ids are unique across the store
    for claim in data.get("claims") or []:
        if claim.get("event_id"):
            claim["event_id"] = f"{claim['event_id']}#r{k}"
    return data


def corpus_span(records: list[dict]) -> int:
    days = sorted(date.fromisoformat(r["published"][:10]) for r in records if r.get("published"))
    return (days[-1] - days[0]).days if days else 0


def run_growth(records: list[dict], replicas: int, days: int) -> list[dict]:
    from flashpoint.corpus.linking import Linker

    batches = [[replicate(r, k, days) for r in records] for k in range(replicas)]
    linker, rows, total_docs = Linker(), [], 0
    for k, batch in enumerate(batches):
        comparisons0, mentions0 = linker.comparisons, linker.mentions
        per_doc = []
        start = time.perf_counter()
        for record in batch:
            before = linker.comparisons
            linker.add(record)
            per_doc.append(linker.comparisons - before)
        seconds = time.perf_counter() - start
        total_docs += len(batch)
        mentions = linker.mentions - mentions0
        rows.append({"slice": k + 1, "growth_pct": round(100 * (k + 1) / replicas), "documents_in_store": total_docs,
                     "documents": len(batch), "mentions": mentions, "seconds": seconds,
                     "documents_per_s": len(batch) / seconds, "mentions_per_s": mentions / seconds,
                     "comparisons": linker.comparisons - comparisons0,
                     "comparisons_per_document": (linker.comparisons - comparisons0) / len(batch),
                     "comparisons_per_mention": (linker.comparisons - comparisons0) / max(1, mentions),
                     "max_comparisons_document": max(per_doc), "canonical_events": len(linker.clusters)})
        print(f"  slice {k + 1}/{replicas}: {len(batch) / seconds:.1f} docs/s, "
              f"{rows[-1]['comparisons_per_document']:.1f} comparisons/doc", file=sys.stderr, flush=True)
    return rows


def run_persisted_growth(store, records: list[dict], replicas: int, days: int, db: Path, chunk: int) -> list[dict]:
    """The same growth through the store: each replica's documents are written, then linked by
    `persist.sync` in ingest-sized chunks (as `flashpoint ingest` runs do), into a fresh
    SQLite store; only the syncs are timed."""
    from flashpoint.corpus import persist
    from flashpoint.ingest import Document
    from flashpoint.records import DocumentRecord
    from flashpoint.store import open_store

    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    target = open_store(db)
    texts = {r["doc_id"]: store.document_text(r["doc_id"]) or "" for r in records}
    # A replica's text must not be a near-duplicate of the corpus's (it would be left out):
    # each word gets the replica's mark. Linking reads the records, not the text, so the
    # records' spans need not fit it.
    marked = lambda text, k: text if k == 0 else re.sub(r"\w+", lambda w: f"{w.group()}r{k}", text)  # noqa: E731
    rows, total = [], 0
    for k in range(replicas):
        batch = [replicate(r, k, days) for r in records]
        seconds, comparisons, per_sync = 0.0, 0, []
        for start in range(0, len(batch), chunk):
            for data in batch[start:start + chunk]:
                original = data["doc_id"].split("#r")[0]
                doc = Document.build(marked(texts[original], k), id=data["doc_id"], source=data.get("source"),
                                     published=data.get("published"))
                target.write(doc, DocumentRecord.model_validate(data))
            began = time.perf_counter()
            result = persist.sync(target)
            per_sync.append(time.perf_counter() - began)
            seconds += per_sync[-1]
            comparisons += result["comparisons"]
        total += len(batch)
        stats = target.counts()
        rows.append({"slice": k + 1, "documents_in_store": total, "documents": len(batch), "seconds": seconds,
                     "documents_per_s": len(batch) / seconds, "comparisons_per_document": comparisons / len(batch),
                     "slowest_sync_s": max(per_sync), "db_mb": round(db.stat().st_size / 2**20, 1),
                     "documents_stored": stats["documents"]})
        print(f"  persisted slice {k + 1}/{replicas}: {len(batch) / seconds:.1f} docs/s linked, "
              f"{comparisons / len(batch):.1f} comparisons/doc", file=sys.stderr, flush=True)
    target.close()
    return rows


def sample_merges(store, linker, n: int, seed: int) -> list[dict]:
    merged = sorted((c for c in linker.clusters.values() if len(c.mentions) > 1), key=lambda c: c.id)
    texts: dict[str, str] = {}
    out = []
    for c in random.Random(seed).sample(merged, min(n, len(merged))):
        mentions = []
        for m in sorted(c.mentions, key=lambda m: (m.published or "", m.doc_id, m.event_id)):
            text = texts.setdefault(m.doc_id, store.document_text(m.doc_id) or "")
            span = m.event.get("span") or [0, 0]
            mentions.append({"doc_id": m.doc_id, "published": m.published, "event_id": m.event_id,
                             "actor": (m.event.get("actor") or {}).get("code"),
                             "recipient": (m.event.get("recipient") or {}).get("code"),
                             "date": m.event.get("date"), "precision": m.event.get("date_precision"),
                             "place": (m.event.get("location") or {}).get("name"),
                             "trigger": (m.event.get("trigger") or {}).get("text"),
                             "sentence": " ".join(text[span[0]:span[1]].split())})
        p = c.profile
        out.append({"id": c.id, "type": p.type, "actor": p.actor, "recipient": p.recipient, "date": p.date,
                    "place": p.place_name or p.place_country, "documents": len(p.docs), "mentions": mentions})
    return out


def report(figures: dict, rows: list[dict], days: int) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(Console().width, 130))
    console.print(f"Guardian corpus: {figures['documents']} documents ({figures['duplicate_documents']} near-duplicates left out), "
                  f"{figures['mentions']} event mentions linked ({figures['skipped']} skipped by status), "
                  f"{figures['canonical_events']} canonical events, {figures['merged']} merged (size > 1), "
                  f"{figures['cross_document']} cross-document")
    table = Table(title=f"Incremental linking, corpus replicated x{len(rows)} (replica shift {days} days)")
    # growth, documents in the store after the slice, documents and mentions added, seconds, documents/s,
    # mentions/s, candidate comparisons per added document / per mention, the most for one document, clusters
    for name in ("growth", "store docs", "docs", "mentions", "s", "docs/s", "ment/s", "cmp/doc", "cmp/ment",
                 "max cmp", "events"):
        table.add_column(name, justify="right", no_wrap=True)
    for r in rows:
        table.add_row(f"{r['growth_pct']}%", str(r["documents_in_store"]), str(r["documents"]), str(r["mentions"]),
                      f"{r['seconds']:.2f}", f"{r['documents_per_s']:.1f}", f"{r['mentions_per_s']:.0f}",
                      f"{r['comparisons_per_document']:.1f}", f"{r['comparisons_per_mention']:.2f}",
                      str(r["max_comparisons_document"]), str(r["canonical_events"]))
    console.print(table)


def report_persisted(rows: list[dict], chunk: int) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Linking through the store (persist.sync every {chunk} documents)")
    for name in ("slice", "store docs", "docs", "s", "docs/s", "cmp/doc", "slowest sync s", "db MB"):
        table.add_column(name, justify="right", no_wrap=True)
    for r in rows:
        table.add_row(str(r["slice"]), str(r["documents_in_store"]), str(r["documents"]), f"{r['seconds']:.2f}",
                      f"{r['documents_per_s']:.1f}", f"{r['comparisons_per_document']:.1f}",
                      f"{r['slowest_sync_s']:.2f}", str(r["db_mb"]))
    Console(width=130).print(table)


def print_sample(sample: list[dict]) -> None:
    for i, c in enumerate(sample, 1):
        print(f"\n[{i}] {c['id']} {c['type']} {c['actor']}->{c['recipient']} date={c['date']} place={c['place']} "
              f"mentions={len(c['mentions'])} docs={c['documents']}")
        for m in c["mentions"]:
            print(f"   - {m['doc_id']} ({m['published']}) {m['actor']}->{m['recipient']} {m['date']}/{m['precision']} "
                  f"@{m['place']} trigger={m['trigger']!r}\n     {m['sentence'][:400]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--replicas", type=int, default=10)
    parser.add_argument("--shift-days", type=int, default=None, help="days between replicas (default: corpus span + 30)")
    parser.add_argument("--sample", type=int, default=0, help="print a seeded sample of N merged canonical events")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "linking.json")
    parser.add_argument("--persisted", action="store_true", help="also link through a store with persist.sync")
    parser.add_argument("--persisted-db", type=Path, default=ROOT / "bench" / "results" / "persisted-linking.db")
    parser.add_argument("--chunk", type=int, default=25, help="documents per sync (one ingest run) with --persisted")
    args = parser.parse_args()
    if not args.corpus.exists() and not args.db.exists():
        parser.error(f"no corpus at {args.corpus}")
    if args.replicas < 1:
        parser.error("--replicas must be at least 1")
    from flashpoint.corpus.linking import build_linker

    store = ensure_store(args.corpus.resolve(), args.db.resolve())
    linker = build_linker(store)
    figures = {"documents": len(store.documents()), **linker.stats()}
    records = [r.to_dict() for r in store.records()]
    days = args.shift_days if args.shift_days is not None else corpus_span(records) + 30
    print(f"linking {len(records)} documents x{args.replicas} ...", file=sys.stderr, flush=True)
    rows = run_growth(records, args.replicas, days)
    report(figures, rows, days)
    persisted = []
    if args.persisted:
        print(f"linking through the store ({args.persisted_db}) ...", file=sys.stderr, flush=True)
        persisted = run_persisted_growth(store, records, args.replicas, days, args.persisted_db.resolve(), args.chunk)
        report_persisted(persisted, args.chunk)
    sample = sample_merges(store, linker, args.sample, args.seed) if args.sample else []
    if sample:
        print_sample(sample)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = {"corpus": str(args.corpus), "db": str(args.db), "cpu_count": os.cpu_count(), "python": sys.version.split()[0],
               "replicas": args.replicas, "shift_days": days, "figures": figures, "growth": rows,
               "persisted_growth": persisted, "persisted_chunk": args.chunk if persisted else None,
               "sample_seed": args.seed if sample else None, "sample": sample}
    args.out.write_text(json.dumps(payload, indent=2) + "\n")
    print(f"results written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
