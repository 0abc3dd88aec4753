"""`model:event-type@v1`: a learned second opinion on the type of a passage's main event.

The rule coder finds the trigger and its participants; this model reads the words around
it and the rule's own candidate type, and says which PLOVER type (or NONE: no political
event) the passage reports. It is a multinomial logistic regression over sparse binary
features (lemma unigrams and bigrams, the triggers the lexicon finds and their candidate
types, the main trigger's status), trained by scripts/train_event_classifier.py.

It decides only where the rules found no trigger (`may_override`), and then only when its
top type reaches the model's threshold (chosen by cross-validation on its training data,
never on an evaluation's held-out items). Its decision is named in the evidence:
"model:event-type@v1=MOBILIZE:0.64".

The weights ship as JSON next to this file and are read with the standard library: no
pickle (loading one runs code), no scikit-learn or numpy at run time; training alone needs
scikit-learn.
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

MODEL_FILE = Path(__file__).with_name("event_type_v1.json")
NONE = "NONE"


@dataclass(frozen=True)
class Decision:
    """What the model says about a passage, and whether that changes the rule's type."""

    model: str  # e.g. "event-type@v1"
    label: str  # the model's top type, or NONE
    probability: float
    rule_type: str | None  # the rule coder's type; None when no trigger was found
    overrides: bool  # the final type is the model's, not the rule's

    @property
    def final_type(self) -> str | None:
        if self.overrides:
            return None if self.label == NONE else self.label
        return self.rule_type

    @property
    def tag(self) -> str:
        """The evidence added to an event's rule id: "model:event-type@v1=PROTEST:0.87"."""
        return f"model:{self.model}={self.label}:{self.probability:.2f}"


class EventTypeModel:
    def __init__(self, name: str, labels: Sequence[str], weights: dict[str, Sequence[float]], bias: Sequence[float],
                 threshold: float, meta: dict | None = None):
        self.name = name
        self.labels = list(labels)
        self.weights = weights
        self.bias = list(bias)
        self.threshold = threshold
        self.meta = meta or {}

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        present = [f for f in set(features) if f in self.weights]
        # The same scaling as in training: binary features, L2-normalised over all the
        # passage's features (known or not), so long passages do not shout.
        scale = 1.0 / math.sqrt(max(1, len(set(features))))
        scores = list(self.bias)
        for feature in present:
            for k, w in enumerate(self.weights[feature]):
                scores[k] += w * scale
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps)}

    def decide(self, rule_type: str | None, features: Iterable[str]) -> Decision:
        features = list(features)
        probabilities = self.probabilities(features)
        label = max(probabilities, key=probabilities.get)
        probability = probabilities[label]
        overrides = may_override(rule_type, features, self.labels) and label != (rule_type or NONE) and probability >= self.threshold
        return Decision(self.name, label, round(probability, 4), rule_type, overrides)

    def to_json(self) -> dict:
        return {"name": self.name, "labels": self.labels, "threshold": self.threshold, "bias": [round(b, 5) for b in self.bias],
                "meta": self.meta, "weights": {f: [round(w, 5) for w in ws] for f, ws in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, data: dict) -> "EventTypeModel":
        return cls(data["name"], data["labels"], data["weights"], data["bias"], float(data["threshold"]), data.get("meta"))

    def save(self, path: Path = MODEL_FILE) -> None:
        path.write_text(json.dumps(self.to_json(), separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")


@functools.lru_cache(maxsize=1)
def default_model() -> EventTypeModel | None:
    """The shipped model, or None when the package was built without it."""
    if not MODEL_FILE.exists():
        return None
    return EventTypeModel.from_json(json.loads(MODEL_FILE.read_text(encoding="utf-8")))


def may_override(rule_type: str | None, features: Sequence[str], labels: Sequence[str]) -> bool:
    """Whether the model decides here: only where the rules found no trigger at all.

    v1 was also tried as an arbiter over the rules' own types (any passage; passages with
    triggers of several types; passages whose main trigger found no participants). Each
    raised CASE but lowered the held-out PLOVER figures (cross-fitted type accuracy
    0.783 -> 0.758 when overriding anywhere): CASE types the reported incident, PLOVER the
    main predicate, and the rules are right about the latter. So the rules keep every
    type they give, and the model speaks where they are silent."""
    return rule_type is None and NONE in labels


def text_features(tokens) -> list[str]:
    """Lemma unigrams (content words) and bigrams (all words, numbers as #) of spaCy tokens."""
    features = []
    previous = None
    for token in tokens:
        if token.is_punct or token.is_space:
            previous = None
            continue
        lemma = "#" if token.like_num else token.lemma_.lower()
        if token.is_alpha and not token.is_stop:
            features.append(f"w={lemma}")
        if previous is not None:
            features.append(f"b={previous}_{lemma}")
        previous = lemma
    return features


# -- training (scikit-learn, imported only here) ------------------------------------------

C_GRID = (0.5, 2.0, 8.0)
THRESHOLD_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01)  # 1.01: never override
FOLDS = 5


def combined(rule_types: Sequence[str | None], feature_lists: Sequence[Sequence[str]], probabilities: Sequence[dict[str, float]],
             threshold: float) -> list[str]:
    """The final types of `EventTypeModel.decide` for one threshold."""
    out = []
    for rule_type, features, probs in zip(rule_types, feature_lists, probabilities):
        label = max(probs, key=probs.get)
        arbitrates = may_override(rule_type, features, list(probs))
        out.append(label if arbitrates and label != (rule_type or NONE) and probs[label] >= threshold else (rule_type or NONE))
    return out


def macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Macro-F1 over the gold event types (NONE is not a type of its own)."""
    labels = sorted({g for g in gold if g != NONE})
    scores = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, predicted) if g == label and p != label)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def _folds(n: int, k: int, seed: int) -> list[list[int]]:
    """k folds of range(n), shuffled by a seeded generator (the same split on every machine)."""
    import random

    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [sorted(order[i::k]) for i in range(k)]


def _matrix(feature_lists: Sequence[Sequence[str]], vocabulary: dict[str, int]):
    from scipy.sparse import csr_matrix

    rows, cols, values = [], [], []
    for i, features in enumerate(feature_lists):
        unique = set(features)
        scale = 1.0 / math.sqrt(max(1, len(unique)))
        for feature in unique:
            j = vocabulary.get(feature)
            if j is not None:
                rows.append(i)
                cols.append(j)
                values.append(scale)
    return csr_matrix((values, (rows, cols)), shape=(len(feature_lists), len(vocabulary)))


def _fit_weights(feature_lists, labels, c: float, min_count: int):
    try:
        from sklearn.linear_model import LogisticRegression
        from threadpoolctl import threadpool_limits
    except ImportError:
        from ..errors import FlashpointError

        raise FlashpointError("missing-dependency", "training the event-type model (and its cross-fitted evaluation) "
                              "needs scikit-learn: pip install '.[train]'") from None

    counts = Counter(f for features in feature_lists for f in set(features))
    vocabulary = {f: j for j, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    classifier = LogisticRegression(C=c, solver="newton-cg", max_iter=1000, class_weight="balanced")
    # One BLAS thread: on a small sparse problem more threads only contend (25x slower on 2 cores).
    with threadpool_limits(1):
        classifier.fit(_matrix(feature_lists, vocabulary), list(labels))
    names = sorted(vocabulary, key=vocabulary.get)
    coef = classifier.coef_
    classes = [str(c_) for c_ in classifier.classes_]
    if len(classes) == 2:  # binary: scikit-learn keeps one row; the softmax form needs two
        coef = [[-w for w in coef[0]], list(coef[0])]
        bias = [-classifier.intercept_[0], classifier.intercept_[0]]
        bias = [b / 2 for b in bias]
        coef = [[w / 2 for w in row] for row in coef]
    else:
        bias = list(classifier.intercept_)
    weights = {}
    for j, name in enumerate(names):
        column = [float(coef[k][j]) for k in range(len(classes))]
        if any(abs(w) >= 1e-4 for w in column):
            weights[name] = column
    return classes, weights, [float(b) for b in bias]


def _selection_score(labels: Sequence[str], predicted: Sequence[str], groups: Sequence[str]) -> float:
    """The mean over source datasets of their macro-F1: a setting that helps the largest
    dataset by hurting a smaller one does not win."""
    scores = []
    for group in sorted(set(groups)):
        members = [i for i, g in enumerate(groups) if g == group]
        scores.append(macro_f1([labels[i] for i in members], [predicted[i] for i in members]))
    return sum(scores) / len(scores)


def fit(feature_lists: Sequence[Sequence[str]], rule_types: Sequence[str | None], labels: Sequence[str], *,
        groups: Sequence[str] | None = None, name: str = "event-type@v1", seed: int = 0, min_count: int = 2) -> EventTypeModel:
    """Train on passages (their features, the rule coder's type, the gold type or NONE).

    C and the override threshold are chosen by 5-fold cross-validation on these passages
    alone, for the macro-F1 of the rule+model combination, averaged over the source
    datasets named by `groups` (one dataset when None)."""
    groups = list(groups) if groups is not None else [""] * len(labels)
    folds = _folds(len(labels), FOLDS, seed)
    best = None
    for c in C_GRID:
        probabilities: list[dict[str, float] | None] = [None] * len(labels)
        for held in folds:
            held_set = set(held)
            train = [i for i in range(len(labels)) if i not in held_set]
            classes, weights, bias = _fit_weights([feature_lists[i] for i in train], [labels[i] for i in train], c, min_count)
            model = EventTypeModel(name, classes, weights, bias, 1.0)
            for i in held:
                probabilities[i] = model.probabilities(feature_lists[i])
        for threshold in THRESHOLD_GRID:
            score = _selection_score(labels, combined(rule_types, feature_lists, probabilities, threshold), groups)
            if best is None or score > best[0] + 1e-9:
                best = (score, c, threshold)
    score, c, threshold = best
    classes, weights, bias = _fit_weights(feature_lists, labels, c, min_count)
    meta = {"C": c, "cv_macro_f1": round(score, 4), "examples": len(labels), "features": len(weights), "seed": seed,
            "min_count": min_count, "folds": FOLDS}
    return EventTypeModel(name, classes, weights, bias, threshold, meta)


def cross_fitted(feature_lists: Sequence[Sequence[str]], rule_types: Sequence[str | None], labels: Sequence[str], *,
                 extra: tuple[Sequence[Sequence[str]], Sequence[str | None], Sequence[str]] = ((), (), ()),
                 groups: Sequence[str] | None = None, extra_groups: Sequence[str] = (),
                 seed: int = 0, folds: int = FOLDS) -> list[Decision]:
    """A decision for every passage from a model that never saw it: k models, each trained
    (with `fit`, its own inner cross-validation included) on the other k-1 folds plus the
    `extra` examples (the model's other training data, never scored here)."""
    decisions: list[Decision | None] = [None] * len(labels)
    extra_features, extra_rules, extra_labels = (list(x) for x in extra)
    for held in _folds(len(labels), folds, seed + 1):
        held_set = set(held)
        train = [i for i in range(len(labels)) if i not in held_set]
        model = fit([feature_lists[i] for i in train] + extra_features, [rule_types[i] for i in train] + extra_rules,
                    [labels[i] for i in train] + extra_labels,
                    groups=[groups[i] for i in train] + list(extra_groups) if groups is not None else None, seed=seed)
        for i in held:
            decisions[i] = model.decide(rule_types[i], feature_lists[i])
    return decisions  # type: ignore[return-value]
