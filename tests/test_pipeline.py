"""The pipeline: records on real articles, schema validity, stage order checks, failures per document."""

from __future__ import annotations

import json

import jsonschema
import pytest

import flashpoint
from flashpoint import Pipeline, Stage
from flashpoint.errors import FlashpointError, PipelineError
from flashpoint.ingest import read_inputs
from flashpoint.pipeline import Processed
from flashpoint.records import json_schema
from flashpoint.stages.published import find_dateline

from .conftest import EXAMPLES, IRAN_PAKISTAN

VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def _records(pipeline, paths):
    return [r.record for r in pipeline.process(read_inputs([str(p) for p in paths])) if isinstance(r, Processed)]


def test_iran_pakistan_records_are_schema_valid_with_ids_sources_dates(pipeline):
    records = _records(pipeline, [IRAN_PAKISTAN])
    assert [(r.doc_id, r.source, r.published) for r in records] == [
        ("reuters-2024-01-19-iran-pakistan", "Reuters", "2024-01-19"),
        ("efsas-2024-01-26-iran-pakistan", "EFSAS", "2024-01-26"),
    ]
    text = {json.loads(line)["id"]: json.loads(line)["text"] for line in IRAN_PAKISTAN.read_text(encoding="utf-8").splitlines()}
    for record in records:
        VALIDATOR.validate(record.to_dict())
        body = text[record.doc_id]
        # Spans point into the text as ingested.
        for entity in record.entities:
            assert body[entity.span[0]:entity.span[1]] == entity.text
        for start, end in record.sentences:
            assert body[start:end] == body[start:end].strip() and end > start
        assert record.published_inferred is False


def test_every_example_gives_a_valid_record(pipeline):
    records = _records(pipeline, [EXAMPLES])
    assert len(records) == 8  # 5 files of one article, wire.jsonl with two, feed.xml with two
    for record in records:
        VALIDATOR.validate(record.to_dict())
        assert record.published is not None and record.entities


def test_line_breaks_end_sentences(pipeline):
    [record] = flashpoint.extract("Strikes hit Balochistan\nIran said on Tuesday it had struck two bases. Pakistan condemned it.", pipeline=pipeline)
    starts = [s[0] for s in record.sentences]
    assert starts[:2] == [0, len("Strikes hit Balochistan\n")]


def test_python_api_accepts_texts_dicts_and_reports_errors(pipeline):
    records = flashpoint.extract(
        ["Pakistan recalled its ambassador from Tehran.", {"id": "x1", "text": "China called for restraint.", "published": "18 Jan 2024"}],
        pipeline=pipeline,
    )
    assert records[0].doc_id.startswith("doc-") and records[1].doc_id == "x1"
    assert records[1].published == "2024-01-18"
    with pytest.raises(FlashpointError) as info:
        flashpoint.extract([" ", "fine text."], pipeline=pipeline)
    assert info.value.code == "empty"
    assert len(flashpoint.extract([" ", "Fine text."], pipeline=pipeline, errors="skip")) == 1


def test_published_date_is_inferred_from_a_dateline_and_marked(pipeline):
    [record] = flashpoint.extract("ISLAMABAD, January 18, 2024 - Pakistan said it struck militant hideouts in Iran.", pipeline=pipeline)
    assert (record.published, record.published_inferred) == ("2024-01-18", True)
    [record] = flashpoint.extract("Pakistan said on Thursday it struck militant hideouts in Iran.", pipeline=pipeline)
    assert (record.published, record.published_inferred) == (None, False)


@pytest.mark.parametrize("text, expected", [
    ("Published 16 January 2024. Iran struck ...", "2024-01-16"),
    ("Thursday, Jan. 18th, 2024 | Islamabad", "2024-01-18"),
    ("2024-01-03 — Two blasts in Kerman", "2024-01-03"),
    ("On 31 February 2024 nothing happened", None),  # no such day
    ("Iran struck on 16 January", None),  # no year: not a full date
])
def test_dateline_shapes(text, expected):
    found = find_dateline(text)
    assert (found[0].isoformat() if found else None) == expected


class NeedsEvents(Stage):
    name = "needs-events"
    requires = ("record.events",)
    adds = ("record.claims",)

    def __call__(self, state):
        pass


class Explodes(Stage):
    name = "explodes"
    requires = ("sentences",)

    def __call__(self, state):
        if "boom" in state.document.text:
            raise RuntimeError("boom")


def test_order_is_checked_before_a_run(pipeline):
    with pytest.raises(PipelineError) as info:
        Pipeline(["sentences", NeedsEvents()], nlp=pipeline.nlp)
    assert info.value.code == "pipeline-order" and "needs-events" in info.value.message and "record.events" in info.value.message
    with pytest.raises(PipelineError) as info:
        Pipeline(["entities", "sentences"], nlp=pipeline.nlp)  # entities need sentences first
    assert info.value.code == "pipeline-order"
    with pytest.raises(PipelineError) as info:
        Pipeline(["no-such-stage"], nlp=pipeline.nlp)
    assert info.value.code == "unknown-stage"


class ReadsTimexes(Stage):
    name = "reads-timexes"
    requires = ("sentences", "timexes")
    adds = ("record.events",)

    def __call__(self, state):
        state.record.events = []


class DeclaresNoField(Stage):
    name = "declares-no-field"
    requires = ("actors",)  # a stage's name, not a field: `actor_mentions` is

    def __call__(self, state):
        pass


def test_a_stage_reading_a_field_no_earlier_stage_assigns_is_refused(pipeline):
    # the dates stage assigns `timexes`: before it the field is unassigned, after it the order holds
    with pytest.raises(PipelineError) as info:
        Pipeline(["sentences", "published", ReadsTimexes(), "dates"], nlp=pipeline.nlp)
    assert info.value.code == "pipeline-order" and "timexes" in info.value.message
    assert Pipeline(["sentences", "published", "dates", ReadsTimexes()], nlp=pipeline.nlp).stage_names[-1] == "reads-timexes"


def test_a_stage_declaring_a_name_that_is_no_field_is_refused(pipeline):
    with pytest.raises(PipelineError) as info:
        Pipeline(["sentences", DeclaresNoField()], nlp=pipeline.nlp)
    assert info.value.code == "unknown-field" and "actors" in info.value.message
    with pytest.raises(PipelineError) as info:
        flashpoint.register_stage(DeclaresNoField)
    assert info.value.code == "unknown-field"


def test_a_stage_using_a_field_a_later_stage_assigns_is_refused(pipeline):
    with pytest.raises(PipelineError) as info:
        Pipeline(["sentences", "published", "actors", "events", "published"], nlp=pipeline.nlp)
    assert info.value.code == "pipeline-order" and "published" in info.value.message


def test_a_stage_failing_on_one_document_does_not_stop_the_batch(pipeline):
    custom = Pipeline(["sentences", Explodes()], nlp=pipeline.nlp)
    results = list(custom.process(flashpoint.ingest.documents_from_objects(["Calm day.", "A boom here.", "Another calm day."])))
    assert [type(r).__name__ for r in results] == ["Processed", "Failure", "Processed"]
    failure = results[1]
    assert failure.stage == "explodes" and failure.code == "stage-error" and "boom" in failure.message and failure.doc_id


def test_n_process_two_gives_the_same_records(pipeline):
    docs = list(read_inputs([str(EXAMPLES)]))
    one = [r.record for r in pipeline.process(docs)]
    two = [r.record for r in Pipeline(nlp=pipeline.nlp, n_process=2, batch_size=2).process(docs)]
    assert [r.doc_id for r in two] == [r.doc_id for r in one]
    assert two == one


def test_schema_is_strict_about_the_contract():
    schema = json_schema()
    event = schema["$defs"]["Event"]
    assert set(event["required"]) >= {"id", "event_type", "text", "span", "trigger", "rule"}
    assert len(event["properties"]["event_type"]["enum"]) == 16
    bad = {"doc_id": "x", "events": [{"id": "x:e1", "event_type": "EXPLODE", "text": "t", "span": [0, 1],
                                      "trigger": {"text": "t", "span": [0, 1]}, "rule": "r"}]}
    assert not VALIDATOR.is_valid(bad)
