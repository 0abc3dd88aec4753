"""Where the parse's time goes: each spaCy component's share, called in turn on real articles.

Compares the stock model (the model package loaded by spaCy, as the throughput benchmark's
parse-only baseline) with Flashpoint's `load_model()`. Times are CPU seconds of this process
(`time.process_time`), which other load on the machine disturbs less than wall time; each
model is timed `--reps` times, alternating, and the median is shown.

Run: .venv/bin/python bench/components.py [--limit 40] [--reps 3] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import time
from collections import defaultdict
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "guardian-syria-2017-2019.jsonl"


def component_times(nlp, texts: list[str]) -> dict[str, float]:
    times: dict[str, float] = defaultdict(float)
    for text in texts:
        start = time.process_time()
        doc = nlp.make_doc(text)
        times["tokenizer"] += time.process_time() - start
        for name, pipe in nlp.pipeline:
            start = time.process_time()
            doc = pipe(doc)
            times[name] += time.process_time() - start
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    from flashpoint.nlp import MODEL_MODULE, load_model

    with open(args.corpus, encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in islice((ln for ln in handle if ln.strip()), args.limit)]
    models = {"stock": importlib.import_module(MODEL_MODULE).load(), "flashpoint": load_model()}
    runs: dict[str, list[dict[str, float]]] = defaultdict(list)
    for name, nlp in models.items():
        component_times(nlp, texts[:2])  # warm-up
    for _ in range(args.reps):
        for name, nlp in models.items():
            runs[name].append(component_times(nlp, texts))
    for name, reps in runs.items():
        medians = {c: statistics.median(r[c] for r in reps) for c in reps[0]}
        total = sum(medians.values())
        print(f"{name}: {total:.2f} s CPU for {len(texts)} articles (median of {args.reps})")
        for component, seconds in medians.items():
            print(f"  {component:<22} {seconds:7.3f} s  {100 * seconds / total:5.1f}%")


if __name__ == "__main__":
    main()
