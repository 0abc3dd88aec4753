"""The evaluation gate: every evaluation, on its fixed sample, stays at or above its floors."""

from __future__ import annotations

import json

import pytest

from flashpoint import evaluate as ev


def _sampled() -> list[tuple[str, int]]:
    baseline = ev.load_baseline()
    return [(name, entry["size"]) for name, entry in sorted(baseline.get("sample", {}).items())]


@pytest.mark.parametrize("name, size", _sampled())
def test_scores_hold_their_floors_on_the_sample(name, size, pipeline):
    result = ev.run(name, sample=size, pipeline=pipeline)
    assert ev.floors_for(name, size), f"{name} has no floors for a sample of {size}"
    assert ev.below_floors(result) == []


def test_every_evaluation_has_floors_for_full_runs_and_for_a_sample():
    baseline = ev.load_baseline()
    for name in ev.available():
        assert baseline["full"].get(name), f"no full-run floors for {name}"
        assert baseline["sample"].get(name, {}).get("floors"), f"no sample floors for {name}"


def test_floors_only_rise(tmp_path):
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps({"full": {"x": {"acc": 0.8}}, "sample": {"x": {"size": 10, "floors": {"acc": 0.7}}}}))
    ev.raise_floors([ev.EvalResult("x", {"acc": 0.6, "new": 0.5, "new_precision": 0.9})], path=path)
    ev.raise_floors([ev.EvalResult("x", {"acc": 0.9}, sample=10), ev.EvalResult("x", {"acc": 0.99}, sample=20)], path=path)
    saved = json.loads(path.read_text())
    assert saved["full"]["x"] == {"acc": 0.8, "new": 0.5}
    assert saved["sample"]["x"] == {"size": 10, "floors": {"acc": 0.9}}
    assert ev.below_floors(ev.EvalResult("x", {"acc": 0.79, "new": 0.5}), saved) == ["x.acc = 0.79 is below its floor 0.8"]
    assert ev.below_floors(ev.EvalResult("x", {"acc": 0.95}, sample=10), saved) == []
