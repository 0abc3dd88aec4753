"""The fast attribute ruler and lemmatizer against the stock ones, every token of a corpus.

Parses each article with `load_model()` (flashpoint.fastrules) and `load_model(fast_rules=False)`
(the model's own components) and counts the tokens whose tag, POS, morphology, lemma,
dependency, head, entity or sentence start differ; prints the first few. It must print 0.

Run: .venv/bin/python bench/fast_equivalence.py [--limit N] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import json
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "guardian-syria-2017-2019.jsonl"


def attributes(t) -> tuple:
    return (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    from flashpoint.nlp import load_model

    with open(args.corpus, encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in islice((ln for ln in handle if ln.strip()), args.limit)]
    fast, stock = load_model(), load_model(fast_rules=False)
    tokens = differing = 0
    for a, b in zip(stock.pipe(texts), fast.pipe(texts)):
        for x, y in zip(a, b, strict=True):
            tokens += 1
            if attributes(x) != attributes(y):
                differing += 1
                if differing <= 10:
                    print(f"{x.text!r}: stock {attributes(x)}, fast {attributes(y)}")
    print(f"{len(texts)} articles, {tokens} tokens, {differing} differing")


if __name__ == "__main__":
    main()
