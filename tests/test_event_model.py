"""The event-type model (models/event_type.py): its shipped weights, where it may decide,
deterministic training, and the evidence it leaves on a classification."""

from __future__ import annotations

import json

import pytest

import flashpoint
from flashpoint import Pipeline
from flashpoint.models.event_type import MODEL_FILE, NONE, EventTypeModel, default_model, fit, may_override
from flashpoint.stages.events import classify


def test_the_shipped_model_is_small_readable_json_with_its_card():
    assert MODEL_FILE.stat().st_size < 3_000_000
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    model = default_model()
    assert model is not None and model.name == "event-type@v1" and NONE in model.labels
    assert set(model.labels) - {NONE} <= {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                                          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert 0 < model.threshold <= 1.01 and data["meta"]["examples"] > 0
    card = MODEL_FILE.with_suffix(".md").read_text(encoding="utf-8")
    assert "scripts/train_event_classifier.py" in card and "cross-fitted" in card


def test_probabilities_sum_to_one_and_survive_a_round_trip():
    model = default_model()
    features = ["w=troop", "w=deploy", "w=border", "main=NONE"]
    probabilities = model.probabilities(features)
    assert abs(sum(probabilities.values()) - 1) < 1e-9
    again = EventTypeModel.from_json(json.loads(json.dumps(model.to_json())))
    assert again.probabilities(features) == pytest.approx(probabilities, abs=1e-4)


def test_the_model_decides_only_where_the_rules_found_no_trigger():
    labels = ["ASSAULT", "PROTEST", NONE]
    assert may_override(None, ["main=NONE"], labels)
    assert not may_override("ASSAULT", ["cand=ASSAULT", "cand=PROTEST"], labels)
    model = EventTypeModel("toy@v0", labels, {"w=rally": [-2.0, 4.0, -2.0]}, [0.0, 0.0, 0.0], 0.5)
    assert model.decide(None, ["w=rally"]).overrides and model.decide(None, ["w=rally"]).final_type == "PROTEST"
    kept = model.decide("ASSAULT", ["w=rally"])
    assert not kept.overrides and kept.final_type == "ASSAULT" and kept.label == "PROTEST"
    assert model.decide(None, ["w=rally"]).tag.startswith("model:toy@v0=PROTEST:")


def test_training_is_deterministic():
    pytest.importorskip("sklearn")
    features = [["w=rally", "w=crowd"], ["w=rally", "w=march"], ["w=shell", "w=town"], ["w=shell", "w=kill"],
                ["w=flood", "w=rain"], ["w=flood", "w=river"]] * 4
    labels = ["PROTEST", "PROTEST", "ASSAULT", "ASSAULT", NONE, NONE] * 4
    rules = [None, "PROTEST", "ASSAULT", None, None, "ASSAULT"] * 4
    first, second = fit(features, rules, labels, seed=3), fit(features, rules, labels, seed=3)
    assert first.to_json() == second.to_json()
    assert max(first.probabilities(["w=rally"]).items(), key=lambda kv: kv[1])[0] == "PROTEST"


@pytest.fixture(scope="module")
def state_of(pipeline):
    from flashpoint.ingest import Document

    runner = Pipeline(nlp=pipeline.nlp)

    def run(text):
        document = Document.build(text, id="t", published="2024-01-19")
        return runner.run_stages(document, pipeline.nlp(text))

    return run


def test_classification_names_its_evidence(state_of):
    # A coded event: the rule decides and is named.
    event_type, _, evidence = classify(state_of("Iranian missiles struck two bases of Jaish al-Adl."), model=default_model())
    assert event_type == "ASSAULT" and evidence.startswith("assault.strike:verb:")
    # No trigger in the lexicon ("set up bases"): the rules are silent, the model decides and
    # is named with its probability.
    state = state_of("The army has set up two new bases near the northern border.")
    assert classify(state) == (None, None, None)
    event_type, _, evidence = classify(state, model=default_model())
    assert evidence.startswith(f"model:event-type@v1={event_type}:") and event_type in default_model().labels


@pytest.mark.parametrize("text, expected", [
    # taken after the other side withdrew: a transfer of territory
    ("Rebels seized the town of Kafr Nabl after government troops withdrew from it on Monday.", "RETREAT"),
    # taken by fighting: the takeover is the passage's event, an assault (as ACLED's "overtakes
    # territory" is, in the CASE mapping)
    ("Rebels seized the town of Kafr Nabl after heavy fighting with government troops.", "ASSAULT"),
    # an event named as a point in time is not the passage's event
    ("Following the bombing of the market, the army deployed troops to the city.", "MOBILIZE"),
    # the trigger highest in the parse, not the first in the sentence
    ("Residents fleeing the shelling said soldiers arrested dozens of men in the village.", "COERCE"),
])
def test_the_main_event_of_a_passage(state_of, text, expected):
    assert classify(state_of(text))[0] == expected


def test_a_passages_mode_may_come_from_elsewhere_in_the_sentence(state_of):
    # the main event is "attacked"; the mortars named in the clause after it are its instrument
    assert classify(state_of("Militants attacked the army base overnight, firing mortars at its barracks."))[:2] == ("ASSAULT", "heavy-weapons")
