"""Recall rules of the event coder, each on a sentence written for it (issue 14)."""

from __future__ import annotations

import pytest

import flashpoint
from flashpoint.nlp import load_model


@pytest.fixture(scope="module")
def coded(every_event_pipeline):
    def run(text: str, published: str = "2024-01-19"):
        [record] = flashpoint.extract([{"id": "t", "text": text, "published": published}], pipeline=every_event_pipeline)
        return [(e.event_type, e.actor and e.actor.name, e.recipient and e.recipient.name) for e in record.events]

    return run


def test_mislemmatized_verbs_get_their_lemma():
    # the lemmatizer gives "stag" and "wag"; only verbs are corrected
    doc = load_model()("Students staged a sit-in while the army waged war. A stag ran off.")
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert lemmas["staged"] == "stage" and lemmas["waged"] == "wage"
    assert lemmas["stag"] == "stag"


def test_staged_is_a_light_verb(coded):
    # "staged a protest": the subject of the light verb protests
    assert ("PROTEST", "Kurdish", "Turkey") in coded("Kurdish activists staged a protest against Turkey in Berlin on Sunday.")


def test_particle_read_as_adverb(coded):
    # "pulled back its troops": the parse gives "back" as an adverb; it is the particle of "pull back"
    assert ("RETREAT", "Russia", None) in coded("Russia pulled back its troops on Monday.")
    assert ("RETREAT", "Russia", None) in coded("Russia pulled its troops back on Monday.")


def test_adverb_with_its_own_phrase_is_no_particle(coded):
    # "pulled back from the brink": a figure of speech with a phrase of its own, no withdrawal
    assert not any(t == "RETREAT" for t, _, _ in coded("Russia pulled back from the brink on Monday."))
