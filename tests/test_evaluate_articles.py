"""`flashpoint evaluate articles`: the article-level figures are the reference scorer's."""

from __future__ import annotations

import json
import subprocess
import sys

from flashpoint import extract
from flashpoint.evaluate import articles, find_eval_dir

PAIR = ("efsas-2024-01-26-iran-pakistan", "reuters-2024-01-19-iran-pakistan")


def test_our_scorer_gives_the_reference_scorers_figures_on_the_pair(pipeline, tmp_path):
    eval_dir = find_eval_dir()
    gold = {doc_id: g for doc_id, g in articles.load_gold(eval_dir, "dev").items() if doc_id in PAIR}
    assert sorted(gold) == sorted(PAIR)
    records = {r.doc_id: r.to_dict() for r in extract(articles.load_articles(eval_dir, gold), pipeline=pipeline)}
    ours = articles.score(records, gold)

    gold_file = tmp_path / "gold.json"
    gold_file.write_text(json.dumps({"actors": {}, "docs": gold}), encoding="utf-8")
    predictions = tmp_path / "predictions.jsonl"
    predictions.write_text("".join(json.dumps(r) + "\n" for r in records.values()), encoding="utf-8")
    reference = json.loads(subprocess.run(
        [sys.executable, str(eval_dir / "articles" / "score.py"), str(gold_file), str(predictions)],
        capture_output=True, text=True, check=True).stdout)

    assert reference["core"] > 0 and reference["predictions"] > 0
    assert ours["metrics"]["core_recall"] == reference["core_recall"]
    assert ours["metrics"]["event_precision"] == reference["precision"]
    for key in ("f1", "date_right", "country_right", "quote_recall", "quote_speaker_right"):
        assert ours["metrics"][key] == reference[key], key
    assert ours["counts"]["core_found"] == reference["core_found"]
    assert ours["counts"]["predictions_matched"] == reference["predictions_matched"]
    assert {d: {"core": c["core"], "found": c["found"], "pred": c["predictions"], "matched": c["matched"]}
            for d, c in ours["per_document"].items()} == reference["per_document"]


def _gold(**event):
    return {"actors": {"Iran": ["iran", "tehran"], "Pakistan": ["pakistan"]},
            "events": [{"id": "e1", "core": True, "types": ["ASSAULT"], "actor": ["Iran"], "recipient": ["Pakistan"],
                        "date": "2024-01-16", "country": "PAK", **event}], "quotes": []}


def _predicted(**fields):
    return {"event_type": "ASSAULT", "actor": {"name": "Iran"}, "recipient": {"name": "Pakistan"},
            "date": "2024-01-16", "location": {"country_code": "PAK"}, "status": "occurred", **fields}


def test_a_denied_event_neither_counts_nor_matches_and_a_missing_recipient_needs_the_gold_to_allow_it():
    gold = {"d": _gold()}
    assert articles.score({"d": {"events": [_predicted(status="denied")]}}, gold)["counts"]["predictions"] == 0
    assert articles.score({"d": {"events": [_predicted(recipient=None)]}}, gold)["metrics"]["core_recall"] == 0
    optional = {"d": _gold(recipient=[], recipient_optional=True)}
    assert articles.score({"d": {"events": [_predicted(recipient=None)]}}, optional)["metrics"]["core_recall"] == 1


def test_reliability_compares_confidence_with_observed_precision():
    table = articles.reliability([(0.9, True), (0.9, True), (0.1, False), (0.1, True)])
    assert [(b["band"], b["events"], b["observed_precision"]) for b in table["bands"]] == [("0.0-0.2", 2, 0.5), ("0.8-1.0", 2, 1.0)]
    assert table["ece"] == round((2 * 0.4 + 2 * 0.1) / 4, 3)


def test_the_reliability_on_dev_is_cross_fitted_by_article():
    """Each article recalibrated on the dev split is judged by the recalibration fitted without
    it (the fold that holds it out), not by the shipped one that saw it."""
    import math

    from flashpoint.models.event_confidence import confidence, cross_fitted_confidence, features, load

    model = load()
    calibration = model["calibration"]
    assert len(calibration["folds"]) == 5 and calibration["cross_fitted"]["ece"] is not None
    dev = set(articles.load_gold(find_eval_dir(), "dev"))
    held_out = [doc for fold in calibration["folds"] for doc in fold["documents"]]
    assert sorted(held_out) == sorted(dev)  # every dev article held out exactly once
    event = {"event_type": "ASSAULT", "status": "occurred", "rule": "assault.kill:verb:nsubj>dobj",
             "actor": {"code": "PAK", "name": "Pakistan"}, "recipient": {"code": "IND", "name": "India"}}
    fold = calibration["folds"][0]
    shipped, cross_fitted = confidence(event, model), cross_fitted_confidence(event, fold["documents"][0], model)
    z = model["intercept"] + sum(model["weights"].get(f, 0.0) for f in features(event))
    assert cross_fitted == round(1 / (1 + math.exp(-(fold["slope"] * z + fold["intercept"]))), 3)
    assert shipped == round(1 / (1 + math.exp(-(calibration["slope"] * z + calibration["intercept"]))), 3)
    # an article of no fold (a train article) takes the shipped confidence
    assert cross_fitted_confidence(event, "guardian-not-in-dev", model) == shipped


def test_a_pair_the_story_sets_against_each_other_elsewhere_is_counted():
    """dyad_support: the other events of the record between the same two parties, either way."""
    from flashpoint.models.event_confidence import dyad_support, features

    def event(kind, actor, recipient, start):
        return {"event_type": kind, "trigger": {"span": [start, start + 5]},
                "actor": {"name": actor} if actor else None, "recipient": {"name": recipient} if recipient else None}

    shelled = event("ASSAULT", "Turkey", "YPG", 0)
    story = [shelled, event("ACCUSE", "YPG", "Turkey", 40), event("ASSAULT", "Turkey", "Syria", 80),
             event("CONSULT", "Turkey", None, 120)]
    assert dyad_support(shelled, story) == 1  # the YPG's accusation of Turkey; not itself, not Syria
    assert dyad_support(event("CONSULT", "Turkey", None, 120), story) is None  # one party only
    assert "dyad_support=1" in features(shelled, story) and "dyad_support=0" in features(shelled, [shelled])


def test_the_confidence_stage_reads_the_pair_against_the_record(pipeline):
    """A pair the story returns to is judged surer than the same act told of a pair it does not."""
    story = ("Turkish jets bombed YPG positions near Afrin on Sunday. The YPG accused Turkey of killing "
             "civilians. Turkey also shelled YPG fighters on Monday.")
    lone = "Turkish jets bombed YPG positions near Afrin on Sunday."
    [told] = extract([{"id": "story", "text": story, "published": "2018-01-23"}], pipeline=pipeline)
    [alone] = extract([{"id": "lone", "text": lone, "published": "2018-01-23"}], pipeline=pipeline)
    bombed = next(e for e in told.events if e.trigger and e.trigger.text == "bombed")
    bombed_alone = next(e for e in alone.events if e.trigger and e.trigger.text == "bombed")
    assert (bombed.actor.name, bombed.recipient.name) == (bombed_alone.actor.name, bombed_alone.recipient.name)
    assert bombed.confidence > bombed_alone.confidence
