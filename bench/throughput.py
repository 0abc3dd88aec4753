"""Throughput and memory benchmark of Flashpoint on a real news corpus.

Measures, on the Guardian Syria corpus (249 JSONL articles, ../shared/corpus/ from the
repo root), articles/s and words/s (words = whitespace-split tokens of the texts) for:

  parse-only  the stock model (the model package loaded by spaCy, every component, none of
              Flashpoint's) then `nlp.pipe(texts, n_process=N)`, docs consumed: spaCy's full
              parse alone, the yardstick of issue 19
  pipeline    `Pipeline(n_process=N).process(read_inputs([corpus]))`, every result consumed
              (ingest reading, the spaCy parse and all stages)

each with n_process 1 and 2. Every configuration runs in a fresh subprocess, warmed up
(model loaded, stages run once on one article) before timing, so its peak RSS
(ru_maxrss of the process; for n_process=2 also RUSAGE_CHILDREN, the largest spaCy
worker, shown apart) is its own.

Memory flatness: one more subprocess streams the corpus 5 times through the pipeline
(n_process=1, ids suffixed `#repK`, results consumed and dropped) and records the current
RSS (/proc/self/statm) after the 1st pass and after the 5th.

Run:   make bench            (= .venv/bin/python bench/throughput.py; ~12 min on 2 cores)
       .venv/bin/python bench/throughput.py --limit 20      (a quick run)
Options: --corpus PATH, --limit N, --batch-size N, --reps N, --out PATH
(default bench/results/throughput.json).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "guardian-syria-2017-2019.jsonl"
CONFIGS = ["parse-only:1", "parse-only:2", "pipeline:1", "pipeline:2"]
MB = 1024 * 1024


def load_texts(corpus: Path, limit: int | None) -> list[str]:
    with open(corpus, encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in islice((ln for ln in handle if ln.strip()), limit)]


def current_rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MB


def peak_rss_mb() -> tuple[float, float]:
    """Peak RSS of this process and of its largest waited-for child (a spaCy worker); KiB on Linux."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def documents(corpus: Path, limit: int | None, reps: range = range(1, 2)):
    """The corpus's items through ingest, once per pass in `reps`, ids suffixed `#repK` after pass 1."""
    from flashpoint.ingest import Document, read_inputs

    for rep in reps:
        for item in islice(read_inputs([corpus]), limit):
            if rep > 1 and isinstance(item, Document):
                item.id = f"{item.id}#rep{rep}"
            yield item


def run_config(config: str, corpus: Path, limit: int | None, batch_size: int) -> dict:
    """One timed configuration, in this (fresh) process."""
    kind, n_process = config.split(":")[0], int(config.split(":")[1])
    texts = load_texts(corpus, limit)
    words = sum(len(t.split()) for t in texts)
    failures = 0
    if kind == "parse-only":
        import importlib

        from flashpoint.nlp import MODEL_MODULE

        # Not load_model(): its attribute ruler and lemmatizer are Flashpoint's faster ones.
        nlp = importlib.import_module(MODEL_MODULE).load()
        for _ in nlp.pipe(texts[:1]):  # warm-up
            pass
        start = time.perf_counter()
        articles = sum(1 for _ in nlp.pipe(texts, n_process=n_process, batch_size=batch_size))
    else:
        from flashpoint.ingest import Failure
        from flashpoint.pipeline import Pipeline

        warm = Pipeline(n_process=1)
        for _ in warm.process(documents(corpus, 1)):  # loads the model and whatever stages load lazily
            pass
        pipeline = Pipeline(warm.stages, nlp=warm.nlp, n_process=n_process, batch_size=batch_size)
        start = time.perf_counter()
        articles = 0
        for result in pipeline.process(documents(corpus, limit)):
            if isinstance(result, Failure):
                failures += 1
            else:
                articles += 1
    seconds = time.perf_counter() - start
    rss_self, rss_children = peak_rss_mb()
    return {"config": config, "kind": kind, "n_process": n_process, "articles": articles, "failures": failures,
            "words": words, "seconds": seconds, "articles_per_s": articles / seconds, "words_per_s": words / seconds,
            "peak_rss_mb": rss_self, "peak_rss_children_mb": rss_children, "batch_size": batch_size}


def run_flatness(corpus: Path, limit: int | None, reps: int) -> dict:
    """RSS after 1 pass and after `reps` passes of the corpus through one pipeline (n_process=1).

    Each measurement is taken between two `process` calls, when no batch is in flight."""
    from flashpoint.pipeline import Pipeline

    pipeline, seen = Pipeline(n_process=1), 0
    for passes in (range(1, 2), range(2, reps + 1)):
        for _ in pipeline.process(documents(corpus, limit, passes)):
            seen += 1  # each result is dropped at once
        gc.collect()
        if passes.start == 1:
            after_1 = current_rss_mb()
    after_n = current_rss_mb()
    return {"reps": reps, "documents": seen, "rss_after_1x_mb": after_1, "rss_after_nx_mb": after_n,
            "growth_mb": after_n - after_1, "growth_pct": 100 * (after_n - after_1) / after_1}


def in_child(args: argparse.Namespace, target: str) -> dict:
    command = [sys.executable, __file__, "--_child", target, "--corpus", str(args.corpus),
               "--batch-size", str(args.batch_size), "--reps", str(args.reps)]
    if args.limit is not None:
        command += ["--limit", str(args.limit)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        sys.exit(f"{target} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(results: list[dict], flat: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Flashpoint throughput")
    for name in ("configuration", "articles", "words", "seconds", "articles/s", "words/s", "peak RSS MB", "worker peak MB"):
        table.add_column(name, justify="left" if name == "configuration" else "right", no_wrap=True)
    for r in results:
        table.add_row(f"{r['kind']}, n_process={r['n_process']}", str(r["articles"]), f"{r['words']:,}", f"{r['seconds']:.1f}",
                      f"{r['articles_per_s']:.2f}", f"{r['words_per_s']:,.0f}", f"{r['peak_rss_mb']:.0f}",
                      f"{r['peak_rss_children_mb']:.0f}" if r["n_process"] > 1 else "-")
    console = Console(width=max(Console().width, 120))
    console.print(table)
    by = {r["config"]: r for r in results}
    for n in (1, 2):
        parse, full = by[f"parse-only:{n}"], by[f"pipeline:{n}"]
        console.print(f"n_process={n}: pipeline/parse-only throughput {full['articles_per_s'] / parse['articles_per_s']:.2f}"
                      f" (time x{full['seconds'] / parse['seconds']:.2f})")
    console.print(f"memory (n_process=1): RSS after 1x {flat['rss_after_1x_mb']:.1f} MB, after {flat['reps']}x "
                  f"{flat['rss_after_nx_mb']:.1f} MB ({flat['documents']} documents): growth {flat['growth_mb']:+.1f} MB "
                  f"({flat['growth_pct']:+.1f}%)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--reps", type=int, default=5, help="passes of the corpus in the memory test")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "throughput.json")
    parser.add_argument("--_child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.corpus = args.corpus.resolve()
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    if not args.corpus.exists():
        parser.error(f"no corpus at {args.corpus}")
    if args.reps < 1:
        parser.error("--reps must be at least 1")
    if args._child:
        result = (run_flatness(args.corpus, args.limit, args.reps) if args._child == "flatness"
                  else run_config(args._child, args.corpus, args.limit, args.batch_size))
        print(json.dumps(result))
        return
    results = []
    for config in CONFIGS:
        print(f"running {config} ...", file=sys.stderr, flush=True)
        results.append(in_child(args, config))
    print(f"running memory flatness ({args.reps}x) ...", file=sys.stderr, flush=True)
    flat = in_child(args, "flatness")
    report(results, flat)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = {"corpus": str(args.corpus), "limit": args.limit, "cpu_count": os.cpu_count(), "python": sys.version.split()[0],
               "results": results, "memory_flatness": flat}
    args.out.write_text(json.dumps(payload, indent=2) + "\n")
    print(f"results written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
