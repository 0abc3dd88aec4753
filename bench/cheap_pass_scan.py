"""How much a cheap pass could skip: per sentence, what a dictionary scan says it needs
against what the full pipeline finds in it.

The cheap pass of issue 19 would tokenise, split sentences, scan each sentence for what
the stages look for (trigger words of the event lexicon in any inflection, names: a
capitalised word that does not start the sentence, actor or gazetteer names, quotation
marks, digits and date or number words) and send only the sentences with a hit to the
tagger, parser and NER. This scan measures, on the full parse of real articles:

- the share of sentences, and of tokens (what the statistical components cost), with no hit:
  the most the cheap pass could skip;
- per component, the share of tokens in sentences with nothing NER looks for (names, dates,
  numbers) and with nothing the parser is read for (triggers, quotations);
- among the sentences with no hit at all, how many hold anything of the record (an entity, event, quote, date, place,
  actor or claim found by the full pipeline): what skipping them would lose.

Run: .venv/bin/python bench/cheap_pass_scan.py [--limit 60] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "guardian-syria-2017-2019.jsonl"
QUOTE_MARKS = {'"', "“", "”", "‘"}


def inflections(lemma: str) -> set[str]:
    """Generous English inflections of a lexicon lemma (over-generation only sends more sentences on)."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing", lemma + "er", lemma + "ers"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing", lemma[:-1] + "ed"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwy" and lemma[-2] in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def trigger_forms() -> set[str]:
    from flashpoint.knowledge.events import EventLexicon

    lexicon = EventLexicon.from_yaml()
    lemmas = set(lexicon.verbs) | set(lexicon.nouns) | {v for v, _ in lexicon.particles} | {w for key in lexicon.phrases for w in key if w}
    forms: set[str] = set()
    for lemma in lemmas:
        forms |= inflections(lemma.lower())
    # Irregular past forms the suffix rules miss: the lexicon is of lemmas, the scan sees text.
    from spacy.lang.en import English

    lookups = English().vocab.lookups
    if lookups.has_table("lemma_lookup"):
        table = lookups.get_table("lemma_lookup")
        forms |= {form for form, lemma in table.items() if lemma in lemmas}
    return forms


def date_words() -> set[str]:
    from flashpoint.stages.dates import words as dates

    return set(dates.MONTHS) | set(dates.MONTH_ABBR) | set(dates.WEEKDAYS) | set(dates.NUMBER_WORDS) | set(dates.ORDINALS) \
        | set(dates.SEASONS) | {"today", "yesterday", "tomorrow", "tonight", "ago", "week", "month", "year", "weekend", "decade"}


def needs(sent, triggers: set[str], dated: set[str]) -> Counter:
    hits: Counter = Counter()
    for token in sent:
        lower = token.lower_
        if lower in triggers:
            hits["trigger"] += 1
        if token.text in QUOTE_MARKS:
            hits["quote"] += 1
        if any(c.isdigit() for c in token.text) or lower in dated:
            hits["date/number"] += 1
        if token.i != sent.start and token.text[:1].isupper():
            hits["name"] += 1
    return hits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=60)
    args = parser.parse_args()
    from flashpoint.ingest import Document, read_inputs
    from flashpoint.pipeline import Pipeline

    pipeline = Pipeline()
    triggers, dated = trigger_forms(), date_words()
    totals: Counter = Counter()
    kept_only: Counter = Counter()
    lost: Counter = Counter()
    docs = [d for d in islice(read_inputs([args.corpus]), args.limit) if isinstance(d, Document)]
    for doc, document in pipeline.nlp.pipe(((d.text, d) for d in docs), as_tuples=True):
        state = pipeline.run_stages(document, doc)
        record = state.record.to_dict()
        spans = [(field, item["span"]) for field in ("entities", "events", "quotes", "dates", "places", "actors", "claims")
                 for item in record.get(field, []) if item.get("span")]
        for sent in doc.sents:
            hits = needs(sent, triggers, dated)
            totals["sentences"] += 1
            totals["tokens"] += len(sent)
            for kind in hits:
                totals[f"with {kind}"] += 1
            if len(hits) == 1:
                kept_only[next(iter(hits))] += 1
            # Per component: NER looks for names, dates and numbers; the parser is what the
            # event and quote stages read (triggers, quotations).
            if not (hits["name"] or hits["date/number"]):
                totals["tokens NER could skip"] += len(sent)
            if not (hits["trigger"] or hits["quote"]):
                totals["tokens the parser could skip"] += len(sent)
            if hits:
                continue
            totals["skippable sentences"] += 1
            totals["skippable tokens"] += len(sent)
            inside = {field for field, (start, end) in spans if start < sent.end_char and end > sent.start_char}
            for field in inside:
                lost[field] += 1
            if inside:
                totals["skippable with record items"] += 1
    out = {"articles": len(docs), **totals,
           "skippable_sentence_share": totals["skippable sentences"] / max(1, totals["sentences"]),
           "skippable_token_share": totals["skippable tokens"] / max(1, totals["tokens"]),
           "ner_skippable_token_share": totals["tokens NER could skip"] / max(1, totals["tokens"]),
           "parser_skippable_token_share": totals["tokens the parser could skip"] / max(1, totals["tokens"]),
           "sentences_kept_by_one_kind_only": dict(kept_only), "record_items_in_skippable_sentences": dict(lost)}
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
