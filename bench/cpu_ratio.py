"""The one-process target of issue 19 measured in CPU time, for a loaded machine.

`bench/throughput.py` times wall clock in fresh processes: right on a quiet machine, but
other work on the machine slows whichever configuration runs at the time. This script runs,
in one process and interleaved `--reps` times, spaCy's full parse with the stock model
(`nlp.pipe(texts, batch_size=32)`, docs consumed) and Flashpoint's pipeline
(`Pipeline().process(...)`, results consumed) over the same articles, and reports the CPU
time of each (`time.process_time`, which counts only this process's own work) and the rate
ratio pipeline/parse-only, median over the repetitions. Both are single-threaded (see
`bench/scaling.py`), so CPU time is the time each would take alone on one core.

Run: .venv/bin/python bench/cpu_ratio.py [--limit 60] [--reps 5]
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from throughput import DEFAULT_CORPUS, documents, load_texts  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=60)
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()
    from flashpoint.nlp import MODEL_MODULE
    from flashpoint.pipeline import Pipeline

    texts = load_texts(args.corpus, args.limit)
    stock = importlib.import_module(MODEL_MODULE).load()
    pipeline = Pipeline()
    for _ in stock.pipe(texts[:1]):  # warm-up of both
        pass
    for _ in pipeline.process(documents(args.corpus, 1)):
        pass
    parse, full = [], []
    for _ in range(args.reps):
        start = time.process_time()
        for _ in stock.pipe(texts, batch_size=32):
            pass
        parse.append(time.process_time() - start)
        start = time.process_time()
        for _ in pipeline.process(documents(args.corpus, args.limit)):
            pass
        full.append(time.process_time() - start)
    ratios = [p / f for p, f in zip(parse, full)]
    print(json.dumps({"articles": len(texts), "reps": args.reps, "load": os.getloadavg(),
                      "parse_only_cpu_s": statistics.median(parse), "pipeline_cpu_s": statistics.median(full),
                      "ratio_pipeline_over_parse_only": statistics.median(ratios), "ratios": [round(r, 3) for r in ratios]}))


if __name__ == "__main__":
    main()
