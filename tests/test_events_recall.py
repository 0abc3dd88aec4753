"""Recall rules of the event coder, each on a sentence written for it (issue 14)."""

from __future__ import annotations

from flashpoint.nlp import load_model


def test_mislemmatized_verbs_get_their_lemma():
    # the lemmatizer gives "stag" and "wag"; only verbs are corrected
    doc = load_model()("Students staged a sit-in while the army waged war. A stag ran off.")
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert lemmas["staged"] == "stage" and lemmas["waged"] == "wage"
    assert lemmas["stag"] == "stag"


def test_staged_is_a_light_verb(coded_dyads):
    # "staged a protest": the subject of the light verb protests
    assert ("PROTEST", "Kurdish", "Turkey") in coded_dyads("Kurdish activists staged a protest against Turkey in Berlin on Sunday.")


def test_particle_read_as_adverb(coded_dyads):
    # "pulled back its troops": the parse gives "back" as an adverb; it is the particle of "pull back"
    assert ("RETREAT", "Russia", None) in coded_dyads("Russia pulled back its troops on Monday.")
    assert ("RETREAT", "Russia", None) in coded_dyads("Russia pulled its troops back on Monday.")


def test_adverb_with_its_own_phrase_is_no_particle(coded_dyads):
    # "pulled back from the brink": a figure of speech with a phrase of its own, no withdrawal
    assert not any(t == "RETREAT" for t, _, _ in coded_dyads("Russia pulled back from the brink on Monday."))
