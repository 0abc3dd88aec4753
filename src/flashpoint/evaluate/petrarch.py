"""PETRARCH's unit tests (`petrarch/PETR.UnitTest.records.xml`) coded through their own
`PETR.Validate.*` dictionaries: the actor, agent and discard files through the actor
importer, the verb file through the PETRARCH verb importer and coder.

Each record is a sentence with a date and its expected (source, target, CAMEO) triples
(possibly none: `noevents="True"`). Metrics:

- `triples_exact`: share of expected triples produced exactly (source code, target code,
  event code all equal);
- `extra_precision`: produced triples that were expected / all produced triples (higher is
  better; the complement is the share of extra triples);
- `sentences_exact`: share of records whose set of produced triples equals the expected set.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date
from pathlib import Path

from ..ingest import Document
from ..pipeline import Pipeline
from ..stage import DocState
from . import EvalResult, evaluation

FOLDER = "petrarch"
RECORDS = "PETR.UnitTest.records.xml"
BASE_STAGES = ["sentences", "entities", "published"]


def read_records(path: Path) -> list[dict]:
    """The sentences of the unit-test file: id, date, category, text, expected triples."""
    root = ET.parse(path).getroot()
    records = []
    for sentence in root.iter("Sentence"):
        text = " ".join((sentence.findtext("Text") or "").split())
        if not text:
            continue
        raw_date = (sentence.get("date") or "").strip()
        try:
            day = date(int(raw_date[:4]), int(raw_date[4:6]), int(raw_date[6:8]))
        except ValueError:
            day = None
        expected = []
        for coding in sentence.findall("EventCoding"):
            if coding.get("noevents", "").strip().lower() == "true":
                continue
            source, target, code = (coding.get(k, "").strip().strip('"') for k in ("sourcecode", "targetcode", "eventcode"))
            if code:
                expected.append((source, target, code))
        records.append({"id": sentence.get("id", "").strip(), "date": day, "category": sentence.get("category", "").strip(),
                        "text": text, "expected": expected})
    return records


def event_code(actor) -> str:
    """An actor as PETRARCH writes it: its code, "---" when it has none, and a sector with
    no country behind "---" ("---GOV": officials of no known state)."""
    code = actor.code or "---"
    if actor.country is None and actor.sector and code == actor.sector:
        return "---" + code
    return code


def triples(state: DocState) -> list[tuple[str, str, str]]:
    out = []
    for event in state.record.events:
        if event.actor is None or event.recipient is None or not event.cameo:
            continue
        out.append((event_code(event.actor), event_code(event.recipient), event.cameo))
    return out


def build_stages(eval_dir: Path):
    from ..knowledge.actors import ActorDictionary
    from ..knowledge.petrarch_verbs import read_verb_dictionary
    from ..stages.petrarch import PetrarchEvents
    from ..stages.actors import ActorsStage

    folder = eval_dir / FOLDER
    actors = ActorDictionary.from_petrarch(actors=[folder / "PETR.Validate.actors.txt"], agents=[folder / "PETR.Validate.agents.txt"],
                                           discards=[folder / "PETR.Validate.discards.txt"])
    verbs = read_verb_dictionary(folder / "PETR.Validate.verbs.txt")
    # PETRARCH's expected triples code only the actors its dictionaries (or a stated role) place
    return ActorsStage(dictionary=actors, unplaced_people=False), PetrarchEvents(verbs)


@evaluation("petrarch", "PETRARCH unit tests through the PETR.Validate dictionaries: (source, target, CAMEO) triples")
def run(eval_dir: Path, *, sample: int | None = None, pipeline=None) -> EvalResult:
    records = read_records(eval_dir / FOLDER / RECORDS)
    if sample is not None:
        records = records[:sample]
    actors_stage, events_stage = build_stages(eval_dir)
    nlp = pipeline.nlp if pipeline is not None else None
    runner = Pipeline([*BASE_STAGES, actors_stage, events_stage], nlp=nlp) if nlp is not None else Pipeline([*BASE_STAGES, actors_stage, events_stage])
    documents = [Document.build(r["text"], id=f"petrarch-{i}", published=r["date"].isoformat() if r["date"] else None)
                 for i, r in enumerate(records)]
    expected_total = produced_total = hit_total = produced_hits = exact_sentences = failures = 0
    misses: list[dict] = []
    extras: list[dict] = []
    by_category: dict[str, Counter] = {}
    for (doc, document), record in zip(runner.nlp.pipe(((d.text, d) for d in documents), as_tuples=True, batch_size=64), records):
        actors_stage.as_of = record["date"]
        state = runner.run_stages(document, doc)
        if not isinstance(state, DocState):
            failures += 1
            produced: list[tuple[str, str, str]] = []
        else:
            produced = triples(state)
        expected = record["expected"]
        produced_set = set(produced)
        hits = sum(1 for t in expected if t in produced_set)
        good = sum(1 for t in produced_set if t in set(expected))
        expected_total += len(expected)
        produced_total += len(produced_set)
        hit_total += hits
        produced_hits += good
        exact_sentences += int(produced_set == set(expected))
        tally = by_category.setdefault(record["category"] or "-", Counter())
        tally["expected"] += len(expected)
        tally["exact"] += hits
        tally["extra"] += len(produced_set) - good
        if hits < len(expected) and len(misses) < 40:
            misses.append({"id": record["id"], "text": record["text"][:200], "expected": [" ".join(t) for t in expected],
                           "produced": [" ".join(t) for t in sorted(produced_set)]})
        if good < len(produced_set) and len(extras) < 10:
            extras.append({"id": record["id"], "text": record["text"][:200], "expected": [" ".join(t) for t in expected],
                           "produced": [" ".join(t) for t in sorted(produced_set)]})
    metrics = {
        "triples_exact": hit_total / expected_total if expected_total else 0.0,
        "extra_precision": produced_hits / produced_total if produced_total else 0.0,
        "sentences_exact": exact_sentences / len(records) if records else 0.0,
    }
    counts = {"sentences": len(records), "expected": expected_total, "produced": produced_total, "exact": hit_total,
              "extra": produced_total - produced_hits, "failures": failures}
    details = {"by_category": {k: dict(v) for k, v in sorted(by_category.items())}, "misses": misses, "extras": extras}
    return EvalResult("petrarch", {k: round(v, 4) for k, v in metrics.items()}, counts, details)
