"""Event-coding evaluations: PLOVER gold records, CASE 2021 snippets, NGEC synthetic
stories and IndiaPoliceEvents sentences, each read from ../shared/eval in place."""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..ingest import Document
from ..models.event_type import Decision
from ..pipeline import Pipeline
from ..stage import DocState
from ..stages.events import Passage
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
# The "unseen" types CASE added to ACLED's have no PLOVER type, by PLOVER's own manual
# (../shared/eval/plover/PLOVER_MANUAL.tex): DIPLO, any diplomatic event, is what PLOVER
# makes a *context* ("diplomatic": "formal diplomatic relations, negotiations, and
# interactions"), which goes with any type (expulsions are SANCTION, summons ACCUSE,
# talks CONSULT); ATTRIB, a claim or denial of responsibility, is CAMEO 015/016, in cue
# category 01 MAKE PUBLIC STATEMENT, which the manual's CAMEO-to-PLOVER table marks
# "dropped" (its note leaves AGREE/REJECT for 015/016 open, "not making general
# recommendations"). The strict figures score them, like disasters and crime, as NONE.
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


def _readings(pipeline: Pipeline, texts: list[tuple[str, str | None]]) -> list[Passage | None]:
    """The rule coder's reading of each text (main event and the model's features)."""
    return [_reading(state) for state in states(pipeline, texts)]


def _reading(state: DocState | None) -> Passage | None:
    from ..knowledge.events import default_lexicon
    from ..stages.events import EventCoder, passage

    if state is None:
        return None
    return passage(EventCoder(state, default_lexicon()), state.sentences, state.record.events)


def _rule_labels(readings: list[Passage | None]) -> list[tuple[str, str | None]]:
    return [((r.rule_type or NONE), r.rule_mode) if r is not None else (NONE, None) for r in readings]


def _model_labels(readings: list[Passage | None], decisions: list[Decision | None]) -> list[tuple[str, str | None]]:
    """Type and mode after the model's decision: its type where it overrides the rule (with
    the mode the trigger's context gives for that type), else the rule's."""
    out = []
    for reading, decision in zip(readings, decisions):
        if reading is None:
            out.append((NONE, None))
        elif decision is None or not decision.overrides:
            out.append(((reading.rule_type or NONE), reading.rule_mode))
        else:
            final = decision.final_type
            out.append((final or NONE, reading.modes.get(final) if final else None))
    return out


def _shipped_decisions(readings: list[Passage | None]) -> list[Decision | None]:
    """Decisions of the shipped model, for datasets it was not trained on."""
    from ..models.event_type import default_model

    model = default_model()
    return [model.decide(r.rule_type, r.features) if model is not None and r is not None else None for r in readings]


def _classify(pipeline: Pipeline, texts: list[tuple[str, str | None]]) -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]:
    """(rule-only, rule+model) (type, mode) of each text's main event."""
    readings = _readings(pipeline, texts)
    return _rule_labels(readings), _model_labels(readings, _shipped_decisions(readings))


def _type_metrics(prefix: str, gold: list[str], predicted: list[str], labels: list[str]) -> tuple[dict[str, float], dict]:
    macro, per = macro_f1(gold, predicted, labels)
    accuracy = sum(g == p for g, p in zip(gold, predicted)) / len(gold) if gold else 0.0
    return {f"{prefix}type_accuracy": round(accuracy, 4), f"{prefix}type_macro_f1": round(macro, 4)}, per


def _mode_accuracy(gold: list[tuple[str, str | None]], predicted: list[tuple[str, str | None]]) -> tuple[float, int]:
    with_mode = [(g, p) for g, p in zip(gold, predicted) if g[1] is not None and g[0] == p[0]]
    return (round(sum(g[1] == p[1] for g, p in with_mode) / len(with_mode), 4) if with_mode else 0.0), len(with_mode)


def read_plover(eval_dir: Path) -> list[dict]:
    return [r for r in json.loads((eval_dir / "plover" / "PLOVER_GSR_CAMEO.txt").read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]


def read_case2021(eval_dir: Path) -> list[dict]:
    with open(eval_dir / "case2021" / "dev.tsv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def plover_label(record: dict) -> str:
    return PLOVER_RENAMED.get(record["event"], record["event"])


def case_label(row: dict) -> str:
    return (CASE_TO_PLOVER.get(row["SubType"]) or (NONE, None))[0]


EMPTY = Passage([], None, None, {}, None)

# The datasets the event-type model is trained on (scripts/train_event_classifier.py):
# name -> (reader, text and date of an item, gold label). Their evaluations score the model
# by cross-fitting; every other evaluation uses the shipped model, which never saw it.
TRAINING_SETS = {
    "case2021": (read_case2021, lambda r: (r["EventSnippet"], None), case_label),
    "plover": (read_plover, lambda r: (r["text"], r.get("date")), plover_label),
}


def training_examples(eval_dir: Path, name: str, pipeline: Pipeline | None = None) -> tuple[list[list[str]], list[str | None], list[str]]:
    """(features, rule types, gold labels) of one training dataset, read and parsed in place."""
    reader, text, label = TRAINING_SETS[name]
    items = reader(eval_dir)
    readings = [r or EMPTY for r in _readings(_pipeline(pipeline), [text(i) for i in items])]
    return [r.features for r in readings], [r.rule_type for r in readings], [label(i) for i in items]


def _cross_fitted(eval_dir: Path, name: str, readings: list[Passage | None], labels: list[str], pipeline: Pipeline | None) -> list[Decision]:
    """Decisions on a training dataset's items, each from a model trained on the other folds
    of this dataset and on the whole of the model's other training datasets."""
    from ..models.event_type import cross_fitted

    extra: tuple[list, list, list] = ([], [], [])
    extra_groups: list[str] = []
    for other in TRAINING_SETS:
        if other != name:
            features, rules, gold = training_examples(eval_dir, other, pipeline)
            extra = (extra[0] + features, extra[1] + rules, extra[2] + gold)
            extra_groups += [other] * len(gold)
    readings_ = [r or EMPTY for r in readings]
    return cross_fitted([r.features for r in readings_], [r.rule_type for r in readings_], labels, extra=extra,
                        groups=[name] * len(labels), extra_groups=extra_groups)


# Type metrics are rules and model together (cross-fitted on the model's training datasets,
# the shipped model elsewhere); `rules_*` are the rules alone, side by side.
@evaluation("plover", "PLOVER gold records (CAMEO manual examples): event type accuracy, actor and recipient code agreement")
def evaluate_plover(eval_dir: Path, *, sample: int | None = None, pipeline: Pipeline | None = None) -> EvalResult:
    records = read_plover(eval_dir)
    records = records[:sample] if sample else records
    p = _pipeline(pipeline)
    gold = [plover_label(r) for r in records]
    readings, event_lists = [], []
    for state in states(p, [TRAINING_SETS["plover"][1](r) for r in records]):
        readings.append(_reading(state))
        event_lists.append(list(state.record.events) if state is not None else [])
    decisions = _cross_fitted(eval_dir, "plover", readings, gold, pipeline)
    # The model types only passages in which the rules found no trigger, hence no event:
    # the coded events, and so the actor and recipient figures, are the rules' alone.
    actor_hits = actor_total = recipient_hits = recipient_total = 0
    for record, gold_type, events in zip(records, gold, event_lists):
        events = [e for e in events if e.event_type == gold_type]
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
    metrics = {"actor_agreement": round(actor_hits / actor_total, 4) if actor_total else 0.0,
               "recipient_agreement": round(recipient_hits / recipient_total, 4) if recipient_total else 0.0}
    labels = sorted(set(gold))
    rules = [t for t, _ in _rule_labels(readings)]
    predicted = [t for t, _ in _model_labels(readings, decisions)]
    scores, per = _type_metrics("", gold, predicted, labels)
    rules_scores, _ = _type_metrics("rules_", gold, rules, labels)
    return EvalResult(
        "plover",
        metrics={**scores, **rules_scores, **metrics},
        counts={"records": len(gold), "actors": actor_total, "recipients": recipient_total,
                "model_overrides": sum(1 for d in decisions if d.overrides)},
        details={"per_type": per, "confusions": _confusions(gold, predicted), "rules_confusions": _confusions(gold, rules)},
    )


@evaluation("case2021", "CASE 2021 task 2 snippets mapped to PLOVER types: macro-F1 over types (model cross-fitted)")
def evaluate_case2021(eval_dir: Path, *, sample: int | None = None, pipeline: Pipeline | None = None) -> EvalResult:
    rows = read_case2021(eval_dir)
    rows = rows[:sample] if sample else rows
    gold = [(CASE_TO_PLOVER.get(r["SubType"]) or (NONE, None)) for r in rows]
    gold_types = [g[0] for g in gold]
    readings = _readings(_pipeline(pipeline), [TRAINING_SETS["case2021"][1](r) for r in rows])
    decisions = _cross_fitted(eval_dir, "case2021", readings, gold_types, pipeline)
    metrics, counts, details = {}, {"snippets": len(rows), "model_overrides": sum(1 for d in decisions if d.overrides)}, {}
    strict = [(CASE_STRICT.get(r["SubType"]) or (NONE, None))[0] for r in rows]
    for prefix, predicted in (("", _model_labels(readings, decisions)), ("rules_", _rule_labels(readings))):
        predicted_types = [p[0] for p in predicted]
        scores, per = _type_metrics(prefix, gold_types, predicted_types, sorted({g for g in gold_types if g != NONE}))
        metrics.update(scores)
        metrics[f"{prefix}mode_accuracy"], counts[f"{prefix}with_mode"] = _mode_accuracy(gold, predicted)
        strict_scores, strict_per = _type_metrics(f"{prefix}strict_", strict, predicted_types, sorted({g for g in strict if g != NONE}))
        metrics.update(strict_scores)
        details.update({f"{prefix}per_type": per, f"{prefix}strict_per_type": strict_per,
                        f"{prefix}confusions": _confusions(gold_types, predicted_types)})
    return EvalResult("case2021", metrics=metrics, counts=counts, details=details)


@evaluation("ngec", "NGEC synthetic stories: PLOVER type and mode accuracy")
def evaluate_ngec(eval_dir: Path, *, sample: int | None = None, pipeline: Pipeline | None = None) -> EvalResult:
    with open(eval_dir / "ngec-synthetic" / "synthetic_events.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    if sample:
        # The file is grouped by type: take every k-th row so a sample covers all types.
        step = max(1, len(rows) // sample)
        rows = rows[::step][:sample]
    rules, with_model = _classify(_pipeline(pipeline), [(r["text"], None) for r in rows])
    gold_types = [r["label"] for r in rows]
    metrics, counts, details = {}, {"stories": len(rows)}, {}
    for prefix, predicted in (("", with_model), ("rules_", rules)):
        predicted_types = [p[0] for p in predicted]
        with_mode = [(r["mode"].lower(), p[1]) for r, p in zip(rows, predicted) if r["mode"] and r["label"] == p[0]]
        scores, per = _type_metrics(prefix, gold_types, predicted_types, sorted(set(gold_types)))
        metrics.update(scores)
        metrics[f"{prefix}mode_accuracy"] = round(sum(g == (p or "") for g, p in with_mode) / len(with_mode), 4) if with_mode else 0.0
        counts[f"{prefix}with_mode"] = len(with_mode)
        details.update({f"{prefix}per_type": per, f"{prefix}confusions": _confusions(gold_types, predicted_types)})
    return EvalResult("ngec", metrics=metrics, counts=counts, details=details)


KILL_TRIGGERS = {"kill", "murder", "shoot", "gun", "lynch", "massacre", "slaughter", "behead", "execute", "killing", "shooting"}
DEATH_WORDS = {"killed", "died", "dead", "death", "deaths", "toll", "killing", "killings", "succumbed"}
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
        # Any use of force by the police is FORCE, a killing too: in the dataset every KILL
        # sentence is also labelled FORCE (96 of 96).
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
