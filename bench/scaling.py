"""Why two processes do not give twice one: threads, the machine, and our code, measured apart.

Three measurements, each with its configurations interleaved in the same time window and
repeated (`--reps`), medians reported, because the load of this machine varies:

1. threads   per-thread CPU ticks (/proc/self/task) of a one-process stock parse and of a
             one-process pipeline run: if BLAS (OpenBLAS behind numpy, blis behind thinc) ran
             on a second thread, the one-process run would already use both cores and
             nothing could scale to 2x.
2. machine   the machine's own ceiling: a pure-Python CPU-bound loop (no shared memory, no
             I/O) run once in one process, then twice at once in two forked processes. Its
             scaling is the most any two-process run can show here.
3. configs   `bench/throughput.py`'s parse-only and pipeline configurations at n_process 1
             and 2, each run with the environment as it is and with one BLAS/OpenMP thread
             per process (OPENBLAS_NUM_THREADS=OMP_NUM_THREADS=1), in fresh subprocesses.

Run: .venv/bin/python bench/scaling.py [--limit 60] [--reps 3] [--skip-configs]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
THROUGHPUT = ROOT / "bench" / "throughput.py"
PINNED = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def thread_ticks() -> dict[str, int]:
    ticks = {}
    for task in os.listdir("/proc/self/task"):
        with open(f"/proc/self/task/{task}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        ticks[task] = int(fields[11]) + int(fields[12])  # utime + stime
    return ticks


def threads_report(limit: int) -> dict:
    """Per-thread CPU ticks of a one-process stock parse and pipeline run, in this process."""
    import importlib
    from itertools import islice

    from throughput import DEFAULT_CORPUS, documents, load_texts

    from flashpoint.nlp import MODEL_MODULE
    from flashpoint.pipeline import Pipeline

    out = {}
    texts = load_texts(DEFAULT_CORPUS, limit)
    nlp = importlib.import_module(MODEL_MODULE).load()
    pipeline = Pipeline()
    for _ in pipeline.process(documents(DEFAULT_CORPUS, 1)):
        pass
    runs = {"parse-only": lambda: [None for _ in nlp.pipe(texts)],
            "pipeline": lambda: [None for _ in pipeline.process(islice(documents(DEFAULT_CORPUS, limit), limit))]}
    for name, run in runs.items():
        before = thread_ticks()
        run()
        after = thread_ticks()
        busy = {t: after[t] - before.get(t, 0) for t in after}
        out[name] = {"threads": len(after), "ticks_by_thread": sorted(busy.values(), reverse=True),
                     "share_of_main_thread": max(busy.values()) / max(1, sum(busy.values()))}
    try:
        from threadpoolctl import threadpool_info

        out["threadpools"] = [{"api": p["internal_api"], "num_threads": p["num_threads"]} for p in threadpool_info()]
    except ImportError:
        out["threadpools"] = "threadpoolctl not installed"
    return out


def spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def machine_ceiling(reps: int, n: int = 12_000_000) -> dict:
    scalings = []
    for _ in range(reps):
        start = time.perf_counter()
        spin(n)
        one = time.perf_counter() - start
        with multiprocessing.get_context("fork").Pool(2) as pool:
            start = time.perf_counter()
            pool.map(spin, [n, n])
            two = time.perf_counter() - start
        scalings.append(2 * one / two)
    return {"reps": reps, "scalings": [round(s, 3) for s in scalings], "median": statistics.median(scalings)}


def run_child(config: str, limit: int, env: dict) -> dict:
    command = [sys.executable, str(THROUGHPUT), "--_child", config, "--limit", str(limit)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env={**os.environ, **env})
    if done.returncode != 0:
        sys.exit(f"{config} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def configs(limit: int, reps: int, kinds: list[str]) -> dict:
    rates: dict[str, list[float]] = {}
    for rep in range(reps):
        print(f"rep {rep + 1}/{reps}: load {os.getloadavg()[0]:.2f}", file=sys.stderr, flush=True)
        for kind in kinds:
            for n in (1, 2):
                for label, env in (("as is", {}), ("1 BLAS thread", PINNED)):
                    key = f"{kind}:{n} {label}"
                    rates.setdefault(key, []).append(run_child(f"{kind}:{n}", limit, env)["articles_per_s"])
    medians = {key: statistics.median(values) for key, values in rates.items()}
    out = {"rates": rates, "medians": medians}
    for kind in kinds:
        for label in ("as is", "1 BLAS thread"):
            out[f"{kind} scaling {label}"] = medians[f"{kind}:2 {label}"] / medians[f"{kind}:1 {label}"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=60)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--kinds", default="parse-only,pipeline")
    parser.add_argument("--skip-configs", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "bench"))
    result = {"cpu_count": os.cpu_count(), "load_at_start": os.getloadavg()}
    result["threads"] = threads_report(min(args.limit, 30))
    result["machine"] = machine_ceiling(args.reps)
    if not args.skip_configs:
        result["configs"] = configs(args.limit, args.reps, args.kinds.split(","))
    result["load_at_end"] = os.getloadavg()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
