"""The cheap pass of issue 19, built and measured: parse only the sentences that need it.

Per article: the tokenizer over the whole text, a rule split into sentences (spaCy's
`Sentencizer`, plus a sentence after every line break, as `flashpoint_paragraphs`), and a
look at each sentence's words. A sentence is **needed** (sent to the tagger, parser,
lemmatizer and NER) when it has any of:

- a trigger word of the event lexicon in any inflection (`cheap_pass_scan.trigger_forms`);
- a verb or noun of saying of the quote stage (`SAY_VERBS`, `BELIEVE_VERBS`, `NOUN_CUES`),
  in any inflection;
- a quotation mark;
- a capitalised word that does not start it, or a first word that is not a stop word
  (a name may start a sentence: "Assad ...");
- a digit, or a number, date or time word (`cheap_pass_scan.date_words`).

The others are **skipped**: tokenised only, with their rule sentence boundary and no tag,
lemma, dependency or entity. Runs of consecutive needed sentences are parsed together as
one Doc (each run its own Doc, so the parser cannot join across a skipped sentence); the
article is rebuilt with `Doc.from_docs` from its runs in order, so its text and every
character offset are those of the whole text.

Measured, on the Guardian corpus:
- the share of sentences and tokens skipped, and why a sentence is kept (its first reason);
- the parse's CPU time, full (Flashpoint's `load_model()`) against the cheap pass, on the
  first `--limit` articles, interleaved `--reps` times, medians;
- what changes: tokens of the needed sentences whose tag, head, dependency or entity differ
  from the full parse, and the records (`flashpoint extract`'s stages over both parses):
  articles whose record differs, and events, quotes, places found by one and not the other.

Run: .venv/bin/python bench/cheap_pass.py [--limit 60] [--reps 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from itertools import islice
from pathlib import Path

import numpy
from spacy.attrs import SENT_START
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from cheap_pass_scan import DEFAULT_CORPUS, QUOTE_MARKS, date_words, inflections, trigger_forms  # noqa: E402

QUOTES = QUOTE_MARKS | {"’", "'", "«", "»", "„"}


def speech_forms() -> set[str]:
    from flashpoint.stages.quotes.vocabulary import BELIEVE_VERBS, NOUN_CUES, SAY_VERBS

    forms: set[str] = set()
    for lemma in set(SAY_VERBS) | set(BELIEVE_VERBS) | set(NOUN_CUES):
        forms |= inflections(lemma.lower())
    return forms | {"said", "says", "told", "tells", "thought", "spoke", "wrote", "written", "heard"}


class CheapPass:
    """`parse(texts)`: one Doc per text, the statistical components run on needed sentences only."""

    def __init__(self, nlp):
        self.nlp = nlp
        self.sentencizer = Sentencizer()
        self.triggers, self.dated, self.speech = trigger_forms(), date_words(), speech_forms()

    def reason(self, words: list[str]) -> str | None:
        """Why a sentence (its token texts) is needed, or None."""
        content = [w for w in words if not w.isspace()]
        for k, word in enumerate(content):
            lower = word.lower()
            if lower in self.triggers:
                return "trigger"
            if lower in self.speech:
                return "speech"
            if word in QUOTES or any(c in "\"“”‘«»„" for c in word):
                return "quote"
            if any(c.isdigit() for c in word) or lower in self.dated:
                return "number/date"
            if word[:1].isupper() and (k > 0 or lower not in STOP_WORDS):
                return "name"
        return None

    def sentences(self, doc: Doc) -> list[tuple[int, int]]:
        starts = [t.is_sent_start for t in self.sentencizer(doc)]
        for i, token in enumerate(doc):
            if i + 1 < len(doc) and token.is_space and "\n" in token.text:
                starts[i + 1] = True
        bounds = [i for i, s in enumerate(starts) if s or i == 0] + [len(doc)]
        return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]

    def plan(self, text: str) -> tuple[Doc, list[tuple[int, int, str | None]]]:
        """The tokenised text and its sentences, each with the reason it is needed (None: skipped)."""
        doc = self.nlp.make_doc(text)
        words = [t.text for t in doc]
        return doc, [(a, b, self.reason(words[a:b])) for a, b in self.sentences(doc)]

    @staticmethod
    def runs(plan) -> list[tuple[int, int, bool, list[int]]]:
        """Consecutive sentences of the same kind, merged: (start, end, needed, sentence starts)."""
        runs: list = []
        for a, b, why in plan:
            needed = why is not None
            if runs and runs[-1][2] == needed:
                runs[-1][1] = b
                runs[-1][3].append(a)
            else:
                runs.append([a, b, needed, [a]])
        return [tuple(r) for r in runs]

    def parse(self, texts: list[str], batch_size: int = 32):
        for start in range(0, len(texts), batch_size):
            plans = [self.plan(t) for t in texts[start:start + batch_size]]
            pieces = []
            for doc, plan in plans:
                words, spaces = [t.text for t in doc], [bool(t.whitespace_) for t in doc]
                article = []
                for a, b, needed, starts in self.runs(plan):
                    sent_starts = [i in starts for i in range(a, b)] if not needed else None
                    article.append((Doc(self.nlp.vocab, words=words[a:b], spaces=spaces[a:b], sent_starts=sent_starts), needed, starts, a))
                pieces.append(article)
            parsed = iter(self.nlp.pipe([p for article in pieces for p, needed, _, _ in article if needed]))
            for article in pieces:
                docs = [next(parsed) if needed else p for p, needed, _, _ in article]
                yield self.rebuild(docs, article)

    @staticmethod
    def rebuild(docs: list[Doc], article) -> Doc:
        doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])
        # a skipped run has no parse, so `from_docs` leaves its tokens in no sentence: set its starts
        skipped = [(a, a + len(p), starts) for (p, needed, starts, a) in article if not needed]
        if skipped:
            flags = doc.to_array([SENT_START]).astype(numpy.int64)
            for a, b, starts in skipped:
                flags[a:b] = -1
                flags[starts] = 1
            doc.from_array([SENT_START], flags.astype(numpy.uint64))
        return doc


def shares(cheap: CheapPass, texts: list[str]) -> dict:
    totals, reasons = Counter(), Counter()
    for text in texts:
        doc, plan = cheap.plan(text)
        for a, b, why in plan:
            if all(t.is_space for t in doc[a:b]):
                continue  # a blank line
            totals["sentences"] += 1
            totals["tokens"] += b - a
            reasons[why or "skipped"] += 1
            if why is None:
                totals["skipped sentences"] += 1
                totals["skipped tokens"] += b - a
    return {**totals, "skipped_sentence_share": totals["skipped sentences"] / max(1, totals["sentences"]),
            "skipped_token_share": totals["skipped tokens"] / max(1, totals["tokens"]), "first_reason": dict(reasons)}


def timing(nlp, cheap: CheapPass, texts: list[str], reps: int) -> dict:
    full, fast = [], []
    list(nlp.pipe(texts[:2]))
    list(cheap.parse(texts[:2]))
    for _ in range(reps):
        start = time.process_time()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        full.append(time.process_time() - start)
        start = time.process_time()
        for _ in cheap.parse(texts):
            pass
        fast.append(time.process_time() - start)
    return {"full_cpu_s": statistics.median(full), "cheap_cpu_s": statistics.median(fast),
            "speed_gain": statistics.median(a / b for a, b in zip(full, fast)), "full_runs": full, "cheap_runs": fast}


def changes(nlp, cheap: CheapPass, texts: list[str]) -> dict:
    from flashpoint.ingest import Document
    from flashpoint.nlp import known_text
    from flashpoint.pipeline import Pipeline

    pipeline = Pipeline(nlp=nlp)
    out = Counter()
    for k, (full, part) in enumerate(zip(nlp.pipe(texts), cheap.parse(texts))):
        assert full.text == part.text and len(full) == len(part)
        doc, plan = cheap.plan(texts[k])
        needed = [i for a, b, why in plan if why for i in range(a, b)]
        for i in needed:
            x, y = full[i], part[i]
            out["needed tokens"] += 1
            out["tag differs"] += x.tag_ != y.tag_
            out["head or dep differs"] += (x.head.i, x.dep_) != (y.head.i, y.dep_)
            out["entity differs"] += (x.ent_iob_, x.ent_type_) != (y.ent_iob_, y.ent_type_)
        records = []
        for parsed in (full, part):
            document = Document(id=f"a{k}", text=texts[k])
            records.append(pipeline.run_stages(document, known_text(parsed, texts[k])).record.to_dict())
        a, b = records
        out["articles"] += 1
        out["articles whose record differs"] += a != b
        for field in ("events", "quotes", "places", "entities", "dates"):
            keys = [{json.dumps(item, sort_keys=True) for item in r.get(field, [])} for r in (a, b)]
            out[f"{field}: full only"] += len(keys[0] - keys[1])
            out[f"{field}: cheap only"] += len(keys[1] - keys[0])
            out[f"{field}: full"] += len(keys[0])
    return dict(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=60)
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    from flashpoint.nlp import load_model

    nlp = load_model()
    cheap = CheapPass(nlp)
    with open(args.corpus, encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    result = {"shares (whole corpus)": {"articles": len(texts), **shares(cheap, texts)}}
    sample = list(islice(texts, args.limit))
    result["changes"] = changes(nlp, cheap, sample)
    result["parse timing"] = timing(nlp, cheap, sample, args.reps)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
