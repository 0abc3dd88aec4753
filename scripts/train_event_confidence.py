"""Train `model:event-confidence@v1` (src/flashpoint/models/event_confidence.py).

Data, read in place from ../shared/eval/articles: the `train` split of the article gold (42
Guardian articles coded by hand) and their texts in ../shared/corpus. Each event Flashpoint
codes there (set-aside statuses excluded, as the scorer does) is labelled right when it
matches a gold event by the reference scorer's rules (type, actor and recipient).

A logistic regression (scikit-learn, liblinear, L2) over `event_confidence.features`; C is
chosen by 5-fold cross-validation grouped by article (log loss). The reliability printed
here is cross-fitted: each event is scored by a model fitted on the other articles. The
`threshold` (the confidence under which the event_confidence stage leaves an event out of
the record) is chosen on the same cross-fitted confidences: the one whose article-level F1
on train is highest. Then the recalibration (models/event_confidence.py says why): a logistic regression of the
`dev` events' labels on the `train` fit's log-odds (Platt scaling, two numbers), fitted on all
the `dev` articles for the shipped model, and once per fold of a 5-fold split of them grouped
by article, each fitted on the other folds; `flashpoint evaluate articles` judges each `dev`
article by its fold's recalibration, so the reliability it prints is cross-fitted. The
threshold is mapped through the shipped recalibration (the same events stay above it).

    .venv/bin/python scripts/train_event_confidence.py [--eval-dir ../shared/eval]

Writes src/flashpoint/models/event_confidence_v1.json (weights as plain JSON).
"""

from __future__ import annotations

import argparse
import json
import math
import sys

from flashpoint import Pipeline, extract
from flashpoint.evaluate import articles, find_eval_dir
from flashpoint.models.event_confidence import MODEL_FILE, features, recalibrated

C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
FOLDS = 5


THRESHOLDS = tuple(round(0.02 * i, 2) for i in range(0, 26))  # 0 (keep every event) to 0.5


def labelled_events(eval_dir, split: str = "train", *, every_event: bool = True) -> tuple[list[list[str]], list[int], list[str], dict, dict, list]:
    """Features, labels and article of every counted event of a split; the gold, the records,
    and where each counted event is in them (so that a threshold can be scored on whole articles).
    `every_event`: also the events the event_confidence stage leaves out of a record (acts with
    no doer and no day or place of their own); else the records as `extract` writes them."""
    gold = articles.load_gold(eval_dir, split)
    # the records as `extract` writes them: what an event's pair of parties is checked against
    # (event_confidence.dyad_support), as the event_confidence stage checks it
    written = {r.doc_id: r.to_dict() for r in extract(articles.load_articles(eval_dir, gold), errors="skip")}
    records = written
    if every_event:
        pipeline = Pipeline(stages=[s for s in Pipeline().stage_names if s != "event_confidence"])
        records = {r.doc_id: r.to_dict() for r in extract(articles.load_articles(eval_dir, gold), errors="skip", pipeline=pipeline)}
    rows, labels, groups, places = [], [], [], []
    for doc in records.values():
        table = gold[doc["doc_id"]].get("actors", {})
        for position, event in enumerate(doc["events"]):
            if event.get("status") in articles.SOFT_STATUS:
                continue
            rows.append(features(event, written[doc["doc_id"]]["events"]))
            labels.append(int(any(articles.event_matches(event, g, table) for g in gold[doc["doc_id"]]["events"])))
            groups.append(doc["doc_id"])
            places.append((doc["doc_id"], position))
    return rows, labels, groups, gold, records, places


def choose_threshold(probabilities, gold: dict, records: dict, places: list) -> tuple[float, list[dict]]:
    """The confidence under which an event is not reported: the one that maximises the F1 of
    core recall and precision on the train articles, each event judged by its cross-fitted
    confidence (a model that never saw its article). Events with a set-aside status are not
    filtered (the scorer does not count them). Ties go to the lowest threshold: keep more."""
    confidence_at = {place: float(p) for place, p in zip(places, probabilities)}
    table = []
    for threshold in THRESHOLDS:
        kept = {doc_id: {**doc, "events": [e for i, e in enumerate(doc["events"])
                                           if (doc_id, i) not in confidence_at or confidence_at[(doc_id, i)] >= threshold]}
                for doc_id, doc in records.items()}
        metrics = articles.score(kept, gold)["metrics"]
        table.append({"threshold": threshold, **{k: metrics[k] for k in ("core_recall", "event_precision", "f1")}})
    best = max(table, key=lambda row: (row["f1"], -row["threshold"]))
    return best["threshold"], table


def recalibration(log_odds, labels, groups) -> dict:
    """Platt scaling of the `train` fit's log-odds on the `dev` events: the shipped slope and
    intercept (fitted on every dev article), one pair per fold fitted on the other folds with
    the articles it is for, and the reliability of those cross-fitted confidences."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold
    import numpy as np

    def fit(rows):
        # sklearn's default (lbfgs, C=1): on one feature and some 300 events, next to no shrinkage
        model = LogisticRegression().fit(log_odds[rows, None], labels[rows])
        return {"slope": round(float(model.coef_[0][0]), 6), "intercept": round(float(model.intercept_[0]), 6)}

    everything = np.arange(len(labels))
    folds, cross_fitted = [], np.zeros(len(labels))
    for fit_rows, held_out in GroupKFold(n_splits=FOLDS).split(log_odds, labels, groups):
        fold = fit(fit_rows)
        folds.append({**fold, "documents": sorted({groups[i] for i in held_out})})
        cross_fitted[held_out] = [recalibrated(float(z), fold) for z in log_odds[held_out]]
    judged = [(round(float(p), 3), bool(t)) for p, t in zip(cross_fitted, labels)]
    train_only = [(round(recalibrated(float(z), None), 3), bool(t)) for z, t in zip(log_odds, labels)]
    shipped = fit(everything)
    # a slope above 0 keeps the order of the train fit (and so which events a threshold keeps)
    assert shipped["slope"] > 0 and all(f["slope"] > 0 for f in folds), "the recalibration reverses the train fit's order"
    return {**shipped, "fitted_on": f"articles/gold, split dev ({len(set(groups))} articles), Platt scaling",
            "folds": folds, "events": len(labels), "right": int(labels.sum()),
            "cross_fitted": articles.reliability(judged), "train_fit_alone": {"ece": articles.reliability(train_only)["ece"]}}


def main(argv: list[str] | None = None) -> int:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict
    import numpy as np

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", default=None)
    args = parser.parse_args(argv)
    eval_dir = find_eval_dir(args.eval_dir)
    rows, labels, groups, gold, records, places = labelled_events(eval_dir)
    vocabulary = sorted({f for row in rows for f in row})
    column = {f: i for i, f in enumerate(vocabulary)}

    def matrix(feature_rows):
        x = np.zeros((len(feature_rows), len(vocabulary)))
        for i, row in enumerate(feature_rows):
            for f in row:
                if f in column:  # a feature the train events never had carries no weight
                    x[i, column[f]] = 1.0
        return x

    x = matrix(rows)
    y = np.array(labels)
    dev_rows, dev_labels, dev_groups, *_ = labelled_events(eval_dir, "dev", every_event=False)
    folds = GroupKFold(n_splits=FOLDS)

    def model(c):
        return LogisticRegression(C=c, solver="liblinear", max_iter=1000)

    def log_loss(p):
        p = np.clip(p, 1e-6, 1 - 1e-6)
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))

    scored = {c: cross_val_predict(model(c), x, y, groups=groups, cv=folds, method="predict_proba")[:, 1] for c in C_GRID}
    best = min(C_GRID, key=lambda c: log_loss(scored[c]))
    table = articles.reliability([(round(float(p), 3), bool(t)) for p, t in zip(scored[best], y)])
    fitted = model(best).fit(x, y)
    threshold, by_threshold = choose_threshold(scored[best], gold, records, places)
    calibration = recalibration(fitted.decision_function(matrix(dev_rows)), np.array(dev_labels), dev_groups)
    out = {
        "model": "event-confidence@v1",
        "trained_on": f"articles/gold, split train ({len(set(groups))} Guardian articles)",
        "events": len(y), "right": int(y.sum()), "C": best,
        "cross_fitted": {"log_loss": round(log_loss(scored[best]), 4), "ece": table["ece"], "bands": table["bands"],
                         "by_threshold": by_threshold},
        # the threshold on the recalibrated scale: the same events stay above it
        "threshold": round(recalibrated(math.log(threshold / (1 - threshold)), calibration), 6) if threshold > 0 else 0.0,
        "threshold_before_recalibration": threshold,
        "calibration": calibration,
        "intercept": round(float(fitted.intercept_[0]), 6),
        "weights": {f: round(float(w), 6) for f, w in zip(vocabulary, fitted.coef_[0]) if abs(w) > 1e-9},
    }
    MODEL_FILE.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in out.items() if k not in ("weights", "cross_fitted")}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
