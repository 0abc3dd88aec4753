"""Judgements in reported speech (issue 14): a speech verb whose reported clause judges its
subject ("said Turkey had committed war crimes") is an accusation or praise of that subject by
the speaker. Each rule on a sentence written for it."""

from __future__ import annotations


def test_reported_crime_accuses_the_clause_subject(coded_dyads):
    assert ("ACCUSE", "Pakistan", "India") in coded_dyads("Pakistan said India's strikes were an act of aggression.")
    assert ("ACCUSE", "Saudi Arabia", "Iran") in coded_dyads("A Saudi official said Iran was a terrorist state.")


def test_reported_praise_supports_the_clause_subject(coded_dyads):
    events = coded_dyads("The Iraqi prime minister said the Kurdish fighters were heroes.")
    assert [e for e in events if e[0] == "SUPPORT" and e[1] == "Iraq"]


def test_negated_judgement_is_no_accusation(coded_dyads):
    assert not [e for e in coded_dyads("The Turkish foreign minister said Iran was not a terrorist state.") if e[0] == "ACCUSE"]


def test_judgement_of_own_side_or_of_an_object_is_none(coded_dyads):
    # the judged words sit in an object deeper than the predicate, or judge the speaker's own side
    assert not [e for e in coded_dyads("The SDF said its fighters advanced into areas held by the terrorists.") if e[0] == "ACCUSE"]
    assert not [e for e in coded_dyads("Iran said its forces had been heroic.") if e[0] == "SUPPORT"]
