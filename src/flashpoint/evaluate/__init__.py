"""`flashpoint evaluate`: score the pipeline on the public development sets in ../shared/eval.

Each evaluation is a function registered with `@evaluation(name)`. It reads its dataset
from the eval folder, runs the part of Flashpoint it measures, and returns an `EvalResult`
of named metrics (higher is better, 0..1) plus counts and details.

`baseline.json` pins a floor for each metric, twice: `full` for the whole dataset (what
`flashpoint evaluate` checks) and `sample` for the fixed sample the test suite runs
(`--sample N`: the first N items in the dataset's own order, so the figures are stable).
A score below its floor fails the command and the tests. Floors only rise:
`--raise-floors` writes the new scores where they beat the floors and never lowers one.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import FlashpointError

BASELINE = Path(__file__).with_name("baseline.json")


@dataclass
class EvalResult:
    name: str
    metrics: dict[str, float]
    counts: dict[str, int] = field(default_factory=dict)
    details: dict = field(default_factory=dict)
    sample: int | None = None
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return {"name": self.name, "sample": self.sample, "seconds": round(self.seconds, 2), "metrics": self.metrics,
                "counts": self.counts, "details": self.details}


@dataclass(frozen=True)
class Evaluation:
    name: str
    description: str
    run: Callable[..., EvalResult]  # run(eval_dir: Path, *, sample: int | None, pipeline) -> EvalResult


EVALUATIONS: dict[str, Evaluation] = {}


def evaluation(name: str, description: str):
    def register(func):
        EVALUATIONS[name] = Evaluation(name, description, func)
        return func

    return register


def _load_builtin() -> None:
    """Import every module of this package: each registers its evaluations."""
    import importlib
    import pkgutil

    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")


def available() -> dict[str, Evaluation]:
    _load_builtin()
    return dict(sorted(EVALUATIONS.items()))


def find_eval_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The eval folder: given, else $FLASHPOINT_EVAL_DIR, else shared/eval beside the repo or a parent."""
    candidates = [Path(explicit)] if explicit else []
    if os.environ.get("FLASHPOINT_EVAL_DIR"):
        candidates.append(Path(os.environ["FLASHPOINT_EVAL_DIR"]))
    here = Path.cwd().resolve()
    for parent in (here, *here.parents):
        candidates.append(parent / "shared" / "eval")
    package_root = Path(__file__).resolve().parents[3]  # src/flashpoint/evaluate -> repo root
    candidates.append(package_root.parent / "shared" / "eval")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FlashpointError("bad-option", "cannot find the eval data (../shared/eval); pass --eval-dir or set FLASHPOINT_EVAL_DIR")


def load_baseline(path: Path = BASELINE) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"full": {}, "sample": {}}


def floors_for(name: str, sample: int | None, baseline: dict | None = None) -> dict[str, float]:
    baseline = baseline or load_baseline()
    if sample is None:
        return baseline.get("full", {}).get(name, {})
    entry = baseline.get("sample", {}).get(name, {})
    return entry.get("floors", {}) if entry.get("size") == sample else {}


def below_floors(result: EvalResult, baseline: dict | None = None) -> list[str]:
    """Human-readable lines for each metric under its floor (empty when all hold)."""
    problems = []
    for metric, floor in floors_for(result.name, result.sample, baseline).items():
        value = result.metrics.get(metric)
        if value is None or value < floor - 1e-9:
            problems.append(f"{result.name}.{metric} = {value} is below its floor {floor}")
    return problems


def pinned(metric: str) -> bool:
    return not metric.endswith(("_precision", "_recall"))


def raise_floors(results: list[EvalResult], path: Path = BASELINE) -> dict:
    """Write scores that beat their floors into baseline.json; never lower a floor."""
    baseline = load_baseline(path)
    for result in results:
        # Floors pin the headline scores (F1, accuracy); precision and recall alone may trade
        # against each other as rules improve. Rounded down: a floor the run met.
        new = {m: math.floor(v * 1000) / 1000 for m, v in result.metrics.items() if pinned(m)}
        if result.sample is None:
            floors = baseline.setdefault("full", {}).setdefault(result.name, {})
        else:
            entry = baseline.setdefault("sample", {}).setdefault(result.name, {"size": result.sample, "floors": {}})
            if entry.get("size") != result.sample:
                continue  # floors are for one sample size; a different size cannot replace them
            floors = entry["floors"]
        for metric, value in new.items():
            if value > floors.get(metric, float("-inf")):
                floors[metric] = value
    path.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return baseline


def run(name: str, *, eval_dir: str | os.PathLike | None = None, sample: int | None = None, pipeline=None,
        **options) -> EvalResult:
    """Run one evaluation; `options` (such as `split`) go to the evaluations that take them."""
    import inspect
    import time

    evaluations = available()
    if name not in evaluations:
        raise FlashpointError("bad-option", f"no evaluation named {name!r}; one of {', '.join(evaluations) or '(none yet)'}")
    started = time.perf_counter()
    accepted = inspect.signature(evaluations[name].run).parameters
    given = {key: value for key, value in options.items() if key in accepted and value is not None}
    result = evaluations[name].run(find_eval_dir(eval_dir), sample=sample, pipeline=pipeline, **given)
    result.sample = sample
    result.seconds = time.perf_counter() - started
    return result
