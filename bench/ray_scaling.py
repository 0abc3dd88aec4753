"""Scaling benchmark of the Ray engine on this machine.

On the first N articles of the Guardian Syria corpus (JSONL, ../shared/corpus/), measures
articles/s of:

  local       `Pipeline(n_process=1).process(read_inputs([corpus]))`, warmed up (model
              loaded, stages run once) before timing: the plain pipeline at one process
  ray:W       the Ray engine (`engine.ray_engine`, read tasks + W actors), every result row
              consumed on the driver, for W = 1 and 2 actors

For Ray two rates are given: over the whole run (wall clock from submitting the dataset,
actor start-up and model load included), and "steady", from the first result row to the
last (actors up; the rate a long run tends to). The Ray overhead at one worker is
steady ray:1 against local; the scaling is ray:2 against ray:1.

The driver connects to --address (a running cluster) or, without it, starts a local Ray
instance with --num-cpus CPUs (default 2) for the run.

Run:   .venv/bin/python bench/ray_scaling.py                 (60 articles, ~3 min on 2 cores)
       .venv/bin/python bench/ray_scaling.py --limit 20      (a quick run)
Options: --corpus PATH, --limit N, --batch-size N, --address ADDR, --num-cpus N, --out PATH
(default bench/results/ray_scaling.json).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "guardian-syria-2017-2019.jsonl"


def sample(corpus: Path, limit: int, directory: Path) -> Path:
    """The first `limit` articles as a JSONL file of their own (the Ray engine reads files)."""
    path = directory / "sample.jsonl"
    with open(corpus, encoding="utf-8") as source, open(path, "w", encoding="utf-8") as out:
        out.writelines(islice((line for line in source if line.strip()), limit))
    return path


def run_local(path: Path, batch_size: int) -> dict:
    from flashpoint.ingest import Failure, read_inputs
    from flashpoint.pipeline import Pipeline

    warm = Pipeline(n_process=1)
    for _ in warm.process(islice(read_inputs([path]), 1)):
        pass
    pipeline = Pipeline(warm.stages, nlp=warm.nlp, batch_size=batch_size)
    start = time.perf_counter()
    articles = sum(1 for r in pipeline.process(read_inputs([path])) if not isinstance(r, Failure))
    seconds = time.perf_counter() - start
    return {"config": "local", "workers": 1, "articles": articles, "seconds": seconds, "articles_per_s": articles / seconds,
            "steady_articles_per_s": articles / seconds}


def run_ray(path: Path, workers: int, batch_size: int) -> dict:
    from flashpoint.engine import ray_engine

    ds = ray_engine._dataset([str(path)], workers=workers, batch_size=batch_size, max_bytes=5_000_000, input_format=None,
                             stages=None, store_url=None, stored_ids=None, replace=True, parquet=None,
                             return_records=True, ordered=False, quiet=True)
    start = time.perf_counter()
    first = None
    first_batch = articles = 0
    for batch in ds.iter_batches(batch_size=None):
        done = sum(kind == "record" for kind in batch["kind"])
        articles += done
        if first is None:
            first, first_batch = time.perf_counter(), done
    seconds = time.perf_counter() - start
    steady_seconds = time.perf_counter() - first
    return {"config": f"ray:{workers}", "workers": workers, "articles": articles, "seconds": seconds,
            "articles_per_s": articles / seconds, "startup_seconds": first - start,
            "steady_articles_per_s": (articles - first_batch) / steady_seconds if steady_seconds > 0 else None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=60)
    parser.add_argument("--batch-size", type=int, default=4, help="documents per actor batch (small: the sample is small)")
    parser.add_argument("--address", default=None, help="a running Ray cluster; default: a local instance for the run")
    parser.add_argument("--num-cpus", type=int, default=2, help="CPUs of the local instance (without --address)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "ray_scaling.json")
    args = parser.parse_args()
    if args.limit < 1:
        parser.error("--limit must be at least 1")
    if not args.corpus.exists():
        parser.error(f"no corpus at {args.corpus}")
    import ray

    from flashpoint.engine import ray_engine

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        path = sample(args.corpus.resolve(), args.limit, Path(tmp))
        print("running local ...", file=sys.stderr, flush=True)
        results.append(run_local(path, args.batch_size))
        if args.address:
            ray_engine.connect(args.address)
        else:
            ray.init(num_cpus=args.num_cpus, include_dashboard=False, logging_level="WARNING",
                     runtime_env={"py_modules": [str(Path(ray_engine.__file__).resolve().parents[1])]})
            ray_engine.connect()
        for workers in (1, 2):
            print(f"running ray:{workers} ...", file=sys.stderr, flush=True)
            results.append(run_ray(path, workers, args.batch_size))
        ray.shutdown()
    by = {r["config"]: r for r in results}
    for r in results:
        steady = r.get("steady_articles_per_s")
        print(f"{r['config']:>6}: {r['articles']} articles in {r['seconds']:.1f} s = {r['articles_per_s']:.2f} articles/s"
              + (f"; start-up {r['startup_seconds']:.1f} s, steady {steady:.2f} articles/s" if "startup_seconds" in r else ""))
    overhead = by["ray:1"]["steady_articles_per_s"] / by["local"]["articles_per_s"]
    scaling = by["ray:2"]["steady_articles_per_s"] / by["ray:1"]["steady_articles_per_s"]
    print(f"ray:1 steady / local: {overhead:.2f}; ray:2 / ray:1 (steady): {scaling:.2f}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"corpus": str(args.corpus), "limit": args.limit, "cpu_count": os.cpu_count(),
                                    "load_average_after": os.getloadavg(),
                                    "address": args.address, "results": results,
                                    "ray1_over_local": overhead, "ray2_over_ray1": scaling}, indent=2) + "\n")
    print(f"results written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
