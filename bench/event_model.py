"""Run-time cost of the event-type model (models/event_type.py) on real articles.

The model does not change the pipeline's events (it types passages in which the rules found
no trigger), so the pipeline's rate is the same with or without it. What it costs when a
caller types passages (`stages.events.classify`): the rules' reading of each sentence
(trigger search and features) and the model's decision on it, timed apart, on the same
parsed articles; with the pipeline's articles/s on them for scale and the model's load time.

Run:   .venv/bin/python bench/event_model.py [--limit 20] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import json
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "guardian-syria-2017-2019.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=20)
    args = parser.parse_args()

    from flashpoint import Pipeline
    from flashpoint.ingest import Document
    from flashpoint.models import event_type
    from flashpoint.knowledge.events import default_lexicon
    from flashpoint.stages.events import EventCoder, passage

    with open(args.corpus, encoding="utf-8") as handle:
        items = [json.loads(line) for line in islice((ln for ln in handle if ln.strip()), args.limit)]
    pipeline = Pipeline()
    pipeline.nlp  # load before timing
    documents = [Document.build(i["text"], id=f"b{n}", published=i.get("published")) for n, i in enumerate(items)]
    started = time.perf_counter()
    states = [pipeline.run_stages(d, doc) for doc, d in pipeline.nlp.pipe(((d.text, d) for d in documents), as_tuples=True)]
    pipeline_seconds = time.perf_counter() - started

    started = time.perf_counter()
    event_type.default_model.cache_clear()
    model = event_type.default_model()
    load_seconds = time.perf_counter() - started

    # Each sentence as a passage: the rules' reading (features included), then the model's
    # decision on it; the decision is the model's whole run-time cost.
    lexicon = default_lexicon()
    started = time.perf_counter()
    readings = []
    for state in states:
        coder = EventCoder(state, lexicon)
        readings += [passage(coder, [sentence], state.record.events) for sentence in state.data["sentences"]]
    rules_seconds = time.perf_counter() - started
    started = time.perf_counter()
    decided = sum(model.decide(r.rule_type, r.features).overrides for r in readings)
    model_seconds = time.perf_counter() - started
    n = len(states)
    sentences = sum(len(s.data["sentences"]) for s in states)
    print(json.dumps({
        "articles": n, "sentences": sentences,
        "pipeline_articles_per_s": round(n / pipeline_seconds, 2),
        "sentence_readings_articles_per_s": round(n / rules_seconds, 2),
        "model_decisions_articles_per_s": round(n / model_seconds, 2),
        "model_ms_per_sentence": round(1000 * model_seconds / sentences, 4),
        "model_typed_sentences": decided,
        "model_load_s": round(load_seconds, 3),
        "model_file_mb": round(event_type.MODEL_FILE.stat().st_size / 1e6, 2),
    }, indent=2))


if __name__ == "__main__":
    main()
