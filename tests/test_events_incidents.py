"""Codings that are no event of a who-did-what-to-whom dataset: each on sentences written for it."""

from __future__ import annotations

import flashpoint
from flashpoint import Pipeline


def _default_events(pipeline, text: str, published: str = "2024-01-19"):
    default = Pipeline(nlp=pipeline.nlp)
    [record] = flashpoint.extract([{"id": "t", "text": text, "published": published}], pipeline=default)
    return record.events


def test_an_attack_no_words_give_a_doer_is_kept_only_as_an_incident(pipeline):
    # "civilians have been killed": the generic doer the act implies is no word of the text; a
    # tally or a generality with no day and no place of its own is no incident
    for text in ("More than 100 civilians have been killed since the beginning of the year.",
                 "A civilian population has been battered, brutalised and killed."):
        assert not [e for e in _default_events(pipeline, text) if e.event_type == "ASSAULT"], text
    # told with its day or its place, it is an incident of its own
    for text in ("Two soldiers were killed on Monday.", "Two soldiers were killed in Afrin."):
        assert [e for e in _default_events(pipeline, text) if e.event_type == "ASSAULT"], text
    # words that describe the doer keep it ("gunmen", "a car bomb")
    assert [e for e in _default_events(pipeline, "Gunmen killed two soldiers.") if e.event_type == "ASSAULT"]


def test_an_act_whose_doer_is_told_but_not_placed_is_no_incident(pipeline):
    # an active verb's doer is its subject, or the subject of the clause it completes: told in
    # the text, only not placed by the actor stage; its place does not make it an incident of an
    # unknown doer
    for text in ("Byron went to liberate Greece.", "He had spent the previous month fighting Isis in Deir ez-Zor."):
        assert not [e for e in _default_events(pipeline, text) if e.actor is None], text
    # a passive with no agent, or an event noun with no doer, told with its day or place, is one
    events = _default_events(pipeline, "For Iran, the trigger was a devastating bombing in Kerman on Wednesday that killed nearly 100 people.")
    assert [e for e in events if e.event_type == "ASSAULT" and e.actor is None]
