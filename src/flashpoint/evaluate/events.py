"""Event-coding evaluations: PLOVER gold records, CASE 2021 snippets, NGEC synthetic
stories and IndiaPoliceEvents sentences, each read from ../shared/eval in place."""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..ingest import Document
from ..pipeline import DocState, Pipeline
from . import EvalResult, evaluation

EVENT_STAGES = ["sentences", "entities", "published", "actors", "dates", "events"]

# PLOVER 0.5 names in the gold records -> today's types.
PLOVER_RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}

# CASE 2021 (ACLED-derived) subtypes -> PLOVER type and mode; None: not a PLOVER event.
CASE_TO_PLOVER: dict[str, tuple[str, str | None] | None] = {
    "ABDUCT_DISSAP": ("ASSAULT", "abduct"),
    "AGREEMENT": ("AGREE", None),
    "AIR_STRIKE": ("ASSAULT", "aerial"),
    "ARMED_CLASH": ("ASSAULT", "firearms"),
    "ARREST": ("COERCE", "arrest"),
    "ART_MISS_ATTACK": ("ASSAULT", "heavy-weapons"),
    "ATTACK": ("ASSAULT", None),
    "ATTRIB": ("ACCUSE", "allege"),
    "CHANGE_TO_GROUP_ACT": ("MOBILIZE", None),
    "CHEM_WEAP": ("ASSAULT", "unconventional"),
    "DIPLO": ("CONSULT", None),
    "DISR_WEAP": ("COERCE", "seize"),
    "FORCE_AGAINST_PROTEST": ("ASSAULT", "crowd-control"),
    "GOV_REGAINS_TERIT": ("ASSAULT", None),
    "GRENADE": ("ASSAULT", "explosives"),
    "HQ_ESTABLISHED": ("MOBILIZE", None),
    "MAN_MADE_DISASTER": None,
    "MOB_VIOL": ("PROTEST", "riot"),
    "NATURAL_DISASTER": None,
    "NON_STATE_ACTOR_OVERTAKES_TER": ("ASSAULT", None),
    "NON_VIOL_TERRIT_TRANSFER": ("RETREAT", "withdraw"),
    "ORG_CRIME": None,
    "OTHER": None,
    "PEACE_PROTEST": ("PROTEST", "demo"),
    "PROPERTY_DISTRUCT": ("ASSAULT", "destroy"),
    "PROTEST_WITH_INTER": ("PROTEST", "demo"),
    "REM_EXPLOS": ("ASSAULT", "explosives"),
    "SEX_VIOL": ("ASSAULT", "sexual"),
    "SUIC_BOMB": ("ASSAULT", "suicide-attack"),
    "VIOL_DEMONSTR": ("PROTEST", "riot"),
}
# The "unseen" types CASE added to ACLED's have no single PLOVER type: DIPLO is any
# diplomatic event (visits, expulsions, sanctions, condemnations: half of PLOVER) and
# ATTRIB a claim of responsibility, a claim about an event rather than an event. The
# strict figures score them, like disasters and crime, as NONE.
CASE_STRICT = {**CASE_TO_PLOVER, "DIPLO": None, "ATTRIB": None}
NONE = "NONE"


def _pipeline(pipeline: Pipeline | None) -> Pipeline:
    nlp = pipeline.nlp if pipeline is not None else None
    return Pipeline(EVENT_STAGES, nlp=nlp) if nlp is not None else Pipeline(EVENT_STAGES)


def states(pipeline: Pipeline, texts: Iterable[tuple[str, str | None]]) -> Iterator[DocState | None]:
    """Parse (text, published) pairs and run the event stages; the whole state for each."""
    documents = [Document.build(text, id=f"eval-{i}", published=published) for i, (text, published) in enumerate(texts)]
    for doc, document in pipeline.nlp.pipe(((d.text, d) for d in documents), as_tuples=True, batch_size=64):
        state = pipeline.run_stages(document, doc)
        yield state if isinstance(state, DocState) else None


def macro_f1(gold: list[str], predicted: list[str], labels: Iterable[str]) -> tuple[float, dict[str, dict]]:
    per = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, predicted) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per[label] = {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3), "support": tp + fn}
    return (sum(v["f1"] for v in per.values()) / len(per) if per else 0.0), per


def _confusions(gold: list[str], predicted: list[str], top: int = 12) -> list[str]:
    return [f"{g} -> {p}: {n}" for (g, p), n in Counter((g, p) for g, p in zip(gold, predicted) if g != p).most_common(top)]


def _classify(pipeline: Pipeline, texts: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    from ..stages.events import main_event

    out = []
    for state in states(pipeline, texts):
        event_type, mode = main_event(state) if state is not None else (None, None)
        out.append((event_type or NONE, mode))
    return out


@evaluation("plover", "PLOVER gold records (CAMEO manual examples): event type accuracy, actor and recipient code agreement")
def evaluate_plover(eval_dir: Path, *, sample: int | None = None, pipeline: Pipeline | None = None) -> EvalResult:
    records = [r for r in json.loads((eval_dir / "plover" / "PLOVER_GSR_CAMEO.txt").read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    records = records[:sample] if sample else records
    p = _pipeline(pipeline)
    gold, predicted = [], []
    actor_hits = actor_total = recipient_hits = recipient_total = 0
    for record, state in zip(records, states(p, [(r["text"], r.get("date")) for r in records])):
        from ..stages.events import main_event

        gold_type = PLOVER_RENAMED.get(record["event"], record["event"])
        event_type, _ = main_event(state) if state is not None else (None, None)
        gold.append(gold_type)
        predicted.append(event_type or NONE)
        events = [e for e in (state.record.events if state else []) if e.event_type == gold_type]
        actor_codes = {(e.actor.country or e.actor.code or "")[:3] for e in events if e.actor}
        recipient_codes = {(e.recipient.country or e.recipient.code or "")[:3] for e in events if e.recipient}
        for side, codes in (("source", actor_codes), ("target", recipient_codes)):
            gold_actors = record.get(side)
            for gold_actor in gold_actors if isinstance(gold_actors, list) else []:
                code = (gold_actor.get("code") or "")[:3] if isinstance(gold_actor, dict) else ""
                if not code:
                    continue
                hit = code in codes
                if side == "source":
                    actor_total += 1
                    actor_hits += hit
                else:
                    recipient_total += 1
                    recipient_hits += hit
    accuracy = sum(g == p_ for g, p_ in zip(gold, predicted)) / len(gold)
    macro, per = macro_f1(gold, predicted, sorted(set(gold)))
    return EvalResult(
        "plover",
        metrics={"type_accuracy": round(accuracy, 4), "type_macro_f1": round(macro, 4),
                 "actor_agreement": round(actor_hits / actor_total, 4) if actor_total else 0.0,
                 "recipient_agreement": round(recipient_hits / recipient_total, 4) if recipient_total else 0.0},
        counts={"records": len(gold), "actors": actor_total, "recipients": recipient_total},
        details={"per_type": per, "confusions": _confusions(gold, predicted)},
    )


@evaluation("case2021", "CASE 2021 task 2 snippets mapped to PLOVER types: macro-F1 over types")
def evaluate_case2021(eval_dir: Path, *, sample: int | None = None, pipeline: Pipeline | None = None) -> EvalResult:
    with open(eval_dir / "case2021" / "dev.tsv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    rows = rows[:sample] if sample else rows
    gold = [(CASE_TO_PLOVER.get(r["SubType"]) or (NONE, None)) for r in rows]
    predicted = _classify(_pipeline(pipeline), [(r["EventSnippet"], None) for r in rows])
    gold_types, predicted_types = [g[0] for g in gold], [p[0] for p in predicted]
    labels = sorted({g for g in gold_types if g != NONE})
    macro, per = macro_f1(gold_types, predicted_types, labels)
    strict = [(CASE_STRICT.get(r["SubType"]) or (NONE, None))[0] for r in rows]
    strict_macro, strict_per = macro_f1(strict, predicted_types, sorted({g for g in strict if g != NONE}))
    with_mode = [(g, p) for g, p in zip(gold, predicted) if g[1] is not None and g[0] == p[0]]
    return EvalResult(
        "case2021",
        metrics={"type_macro_f1": round(macro, 4),
                 "type_accuracy": round(sum(g == p for g, p in zip(gold_types, predicted_types)) / len(rows), 4),
                 "mode_accuracy": round(sum(g[1] == p[1] for g, p in with_mode) / len(with_mode), 4) if with_mode else 0.0,
                 "strict_type_macro_f1": round(strict_macro, 4),
                 "strict_type_accuracy": round(sum(g == p for g, p in zip(strict, predicted_types)) / len(rows), 4)},
        counts={"snippets": len(rows), "with_mode": len(with_mode)},
        details={"per_type": per, "strict_per_type": strict_per, "confusions": _confusions(gold_types, predicted_types)},
    )


@evaluation("ngec", "NGEC synthetic stories: PLOVER type and mode accuracy")
def evaluate_ngec(eval_dir: Path, *, sample: int | None = None, pipeline: Pipeline | None = None) -> EvalResult:
    with open(eval_dir / "ngec-synthetic" / "synthetic_events.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    if sample:
        # The file is grouped by type: take every k-th row so a sample covers all types.
        step = max(1, len(rows) // sample)
        rows = rows[::step][:sample]
    predicted = _classify(_pipeline(pipeline), [(r["text"], None) for r in rows])
    gold_types = [r["label"] for r in rows]
    predicted_types = [p[0] for p in predicted]
    with_mode = [(r["mode"].lower(), p[1]) for r, p in zip(rows, predicted) if r["mode"] and r["label"] == p[0]]
    macro, per = macro_f1(gold_types, predicted_types, sorted(set(gold_types)))
    return EvalResult(
        "ngec",
        metrics={"type_accuracy": round(sum(g == p for g, p in zip(gold_types, predicted_types)) / len(rows), 4),
                 "type_macro_f1": round(macro, 4),
                 "mode_accuracy": round(sum(g == (p or "") for g, p in with_mode) / len(with_mode), 4) if with_mode else 0.0},
        counts={"stories": len(rows), "with_mode": len(with_mode)},
        details={"per_type": per, "confusions": _confusions(gold_types, predicted_types)},
    )


KILL_TRIGGERS = {"kill", "murder", "shoot", "gun", "lynch", "massacre", "slaughter", "behead", "execute", "killing", "shooting"}
DEATH_WORDS = {"killed", "died", "dead", "death", "deaths", "toll", "killing", "killings"}
POLICE_SECTORS = {"COP", "MIL", "SPY"}


def police_labels(state: DocState | None) -> set[str]:
    """KILL, ARREST and FORCE as IndiaPoliceEvents defines them (actions by the police or
    other security forces), from the coded events of a sentence."""
    labels: set[str] = set()
    if state is None:
        return labels
    events = [e for e in state.record.events if e.status in ("occurred", "claimed")]
    police_force = [e for e in events if e.event_type == "ASSAULT" and e.actor is not None and e.actor.sector in POLICE_SECTORS]
    words = {t.lower_ for t in state.doc}
    for event in events:
        lemma = event.rule.split(":")[0].split(".", 1)[1].split("-")[0]
        if event.event_type == "COERCE" and event.mode == "arrest" and (event.actor is None or event.actor.sector in POLICE_SECTORS | {"GOV", "JUD"}):
            labels.add("ARREST")
    for event in police_force:
        lemma = event.rule.split(":")[0].split(".", 1)[1].split("-")[0]
        if lemma in KILL_TRIGGERS and event.recipient is not None or words & DEATH_WORDS:
            labels.add("KILL")  # "police shot dead two", "killed in police firing"
        else:
            labels.add("FORCE")
    return labels


@evaluation("indiapolice", "IndiaPoliceEvents sentences: precision, recall and F1 of KILL, ARREST and FORCE")
def evaluate_india_police(eval_dir: Path, *, sample: int | None = None, pipeline: Pipeline | None = None) -> EvalResult:
    rows = []
    with open(eval_dir / "india-police-events" / "sents.jsonl", encoding="utf-8") as handle:
        for line in handle:
            rows.append(json.loads(line))
    if sample:
        rows = rows[:sample]
    texts = [(r["sent_text"].strip() or ".", None) for r in rows]
    predicted = [police_labels(state) for state in states(_pipeline(pipeline), texts)]
    metrics, counts = {}, {"sentences": len(rows)}
    for label in ("KILL", "ARREST", "FORCE"):
        tp = sum(1 for r, p in zip(rows, predicted) if label in r["sent_labels"] and label in p)
        fp = sum(1 for r, p in zip(rows, predicted) if label not in r["sent_labels"] and label in p)
        fn = sum(1 for r, p in zip(rows, predicted) if label in r["sent_labels"] and label not in p)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        metrics[f"{label.lower()}_precision"] = round(precision, 4)
        metrics[f"{label.lower()}_recall"] = round(recall, 4)
        metrics[f"{label.lower()}_f1"] = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
        counts[label.lower()] = tp + fn
    return EvalResult("indiapolice", metrics=metrics, counts=counts)
