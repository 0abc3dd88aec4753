"""Fuzz the pipeline and the readers with random news-like inputs; report what raises.

    .venv/bin/python bench/fuzz.py                      # 500 texts, 300 files per reader, seed 0
    .venv/bin/python bench/fuzz.py --texts 8000 --files 3000 --seed 7

Texts are built from fragments of news prose (datelines, quotation marks of every kind,
colons, dashes, parentheses, numbers, names, stray Unicode) and run through every stage
directly, so a stage that raises is reported with its traceback, not only as the
`stage-error` failure the pipeline would record. Every record is also checked against the
span contract (`flashpoint.records.span_violations`). Files are seed inputs mutated byte by
byte and run through each reader, which must give documents or failures, never raise.

A measurement, not a test: it prints each distinct crash (stage, exception, place in the
code) with the shortest input that caused it, and exits 1 when there was any.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import traceback
from collections import defaultdict
from pathlib import Path

FRAGMENTS = [
    "ISLAMABAD, January 18, 2024 -", "TEHRAN (Reuters) -", "Pakistan", "Iran", "the United States", "Jaish al-Adl",
    "the foreign ministry", "Mr Kugelman", "a spokesman", "police", "militants", "said", "told reporters", "added",
    "denied", "struck", "attacked", "killed", "at least 12 people", "two children", "on Tuesday", "last week",
    "in Balochistan", "near Kerman", "according to officials", "“", "”", '"', "‘", "’", "'", ":", " : ", ";", ",",
    ".", "?", "!", "—", "–", "-", "(", ")", "[", "]", "\n", "\n\n", "  ", "\t", "Reuters", "AP", "BYLINE:",
    "PENCE:", "WALLACE:", "Q:", "A:", "It is", "we will respond", "what it called", "which it said were",
    "1,000", "three", "dozens", "2024-01-16", "II", "U.S.", "No.", "e.g.", "...", "…", "#", "@", "http://x.y/z",
    "é", "ü", "ß", "ı", "İ", "ﬁ", "\u200b", "\u00a0", "\u2028", "\ufeff", "🙂", "ا", "中国", "Ω", "'s", "n't",
]
SEED_FILES = {
    "text": b"---\ntitle: T\npublished: 2024-01-18\n---\nPakistan said it struck militant hideouts in Iran.\n",
    "json": b'{"id": "a1", "published": "2024-01-18", "text": "Pakistan said \\u201cwe struck\\u201d hideouts."}',
    "jsonl": b'{"text": "Pakistan said it struck hideouts."}\n{"text": "Iran denied it.", "id": 7}\n',
    "html": b"<html><head><title>T</title></head><body><article><p>Pakistan said it struck militant "
            b"hideouts in Iran on Thursday, officials said.</p></article></body></html>",
    "feed": b'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>x</title>'
            b"<guid>g1</guid><description>Pakistan said it struck hideouts.</description></item></channel></rss>",
}
SUFFIXES = {"text": ".txt", "json": ".json", "jsonl": ".jsonl", "html": ".html", "feed": ".xml"}
INSERTS = [b"\x00", b"\xff", b"\xfe\xff", b"\\ud800", b"9" * 4400, b"[" * 3000, b"{", b"}", b'"', b"<!DOCTYPE x [<!ENTITY a 'b'>]>",
           b"\n---\n", b": [", b"&a;", b"<", b">", b"\r", b"2024-02-30", b"\xe2\x80"]


def random_text(rng: random.Random) -> str:
    words = [rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 60))]
    if rng.random() < 0.1:
        words.append("".join(chr(rng.randint(32, 0x2FFF)) for _ in range(rng.randint(1, 20))))
    joiners = [" ", "", " ", " "]
    return "".join(w + rng.choice(joiners) for w in words)


def mutate(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        where = rng.randint(0, len(data))
        choice = rng.random()
        if choice < 0.4:
            data[where:where] = rng.choice(INSERTS)
        elif choice < 0.7 and data:
            del data[where:where + rng.randint(1, 8)]
        else:
            data[where:where] = bytes(rng.randint(0, 255) for _ in range(rng.randint(1, 6)))
    return bytes(data)


def _place(exc: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "flashpoint" in f.filename] or traceback.extract_tb(exc.__traceback__)
    last = frames[-1]
    return f"{Path(last.filename).name}:{last.lineno} ({last.name})"


def fuzz_pipeline(count: int, rng: random.Random, crashes: dict, spans: list) -> None:
    from flashpoint.ingest import Document
    from flashpoint.pipeline import DocState, Pipeline
    from flashpoint.records import DocumentRecord, span_violations

    pipeline = Pipeline()
    texts = [t for t in (random_text(rng) for _ in range(count)) if t.strip()]
    for doc in pipeline.nlp.pipe(texts, batch_size=64):
        document = Document.build(doc.text)
        state = DocState(document=document, doc=doc, record=DocumentRecord(doc_id=document.id))
        for stage in pipeline.stages:
            try:
                stage(state)
            except Exception as exc:  # what the fuzzing is looking for
                key = (stage.name, type(exc).__name__, _place(exc))
                if key not in crashes or len(doc.text) < len(crashes[key]):
                    crashes[key] = doc.text
                break
        else:
            for problem in span_violations(state.record, doc.text):
                spans.append((problem, doc.text))


def fuzz_readers(count: int, rng: random.Random, crashes: dict) -> None:
    from flashpoint.ingest import read_inputs

    with tempfile.TemporaryDirectory() as tmp:
        for index in range(count):
            fmt = rng.choice(list(SEED_FILES))
            data = mutate(SEED_FILES[fmt], rng)
            path = Path(tmp) / f"f{index}{SUFFIXES[fmt]}"
            path.write_bytes(data)
            try:
                for item in read_inputs([str(path)]):
                    if getattr(item, "code", None) == "reader-error":  # caught by the last-resort guard
                        key = (f"reader {fmt}", "reader-error", item.message[:80])
                        crashes.setdefault(key, data[:300].decode("utf-8", "backslashreplace"))
            except Exception as exc:
                key = (f"reader {fmt}", type(exc).__name__, _place(exc))
                crashes.setdefault(key, data[:300].decode("utf-8", "backslashreplace"))
            path.unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=500, help="random texts through the pipeline's stages")
    parser.add_argument("--files", type=int, default=300, help="mutated files through the readers")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    crashes: dict[tuple[str, str, str], str] = {}
    spans: list[tuple[str, str]] = []
    fuzz_readers(args.files, rng, crashes)
    fuzz_pipeline(args.texts, rng, crashes, spans)
    by_kind = defaultdict(list)
    for problem, text in spans:
        by_kind[problem.split(":")[0].split("[")[0]].append((problem, text))
    print(f"{args.texts} texts, {args.files} files (seed {args.seed}): {len(crashes)} distinct crashes, {len(spans)} span violations")
    for (where, error, place), text in sorted(crashes.items()):
        print(f"- {where}: {error} at {place}\n    shortest input: {text[:300]!r}")
    for kind, found in sorted(by_kind.items()):
        print(f"- span violations in {kind}: {len(found)}, e.g. {found[0][0]}\n    input: {found[0][1][:300]!r}")
    return 1 if crashes or spans else 0


if __name__ == "__main__":
    sys.exit(main())
