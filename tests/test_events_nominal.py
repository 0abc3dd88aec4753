"""Recall of events told by nouns, phrases and non-finite clauses (issue 14), each rule on a
sentence written for it."""

from __future__ import annotations

import pytest

from .conftest import event_roles


def test_by_phrase_hung_from_the_of_object_names_the_doer(coded_dyads):
    # the parse hangs "by Russian planes" from "the enclave"; the planes bombard, not the enclave's
    events = coded_dyads("The bombardment of the enclave by Russian planes was the heaviest this year.")
    assert any(t == "ASSAULT" and a == "Russia" for t, a, _ in events)


def test_by_phrase_of_a_participle_stays_with_it(coded_dyads):
    # "held by rebels" is the rebels' holding, not a doer of the siege
    assert not any(a for _, a, _ in coded_dyads("The siege of the town held by Kurdish rebels continued."))


def test_acting_in_coordination_with_someone_is_cooperation(coded_dyads):
    events = coded_dyads("The Iraqi army raided the camp in coordination with Turkey on Monday.")
    assert ("COOPERATE", "Iraq", "Turkey") in events
    assert any(t == "ASSAULT" and a == "Iraq" for t, a, _ in events)


def test_joining_someone_in_an_act_is_cooperation(coded_dyads):
    events = coded_dyads("Iran said it had joined Syrian government troops to shell the rebel positions.")
    assert ("COOPERATE", "Iran", "Syria") in events


def test_joining_someone_in_a_statement_is_no_joint_operation(coded_dyads):
    events = coded_dyads("Britain joined France in calling for a ceasefire on Monday.")
    assert not any(t == "COOPERATE" for t, _, _ in events)
    # nor is joining a group by itself an act together with it
    assert not any(t == "COOPERATE" for t, _, _ in coded_dyads("Thousands of foreigners joined the Islamic State."))


def test_operation_against_someone_is_an_attack(coded_dyads):
    # the parse hangs "against" from the light verb that carries the noun
    assert ("ASSAULT", "Turkey", "People's Protection Units") in coded_dyads("Turkey launched an operation last week against the YPG.")
    # an operation with no target is no attack
    assert not any(t == "ASSAULT" for t, _, _ in coded_dyads("Turkey launched a rescue operation last week."))


def test_turning_guns_on_someone_is_an_attack(coded_dyads):
    assert ("ASSAULT", "Iraq", "Islamic State") in coded_dyads("Iraqi soldiers turned their guns on Islamic State fighters.")


@pytest.mark.parametrize("text", ["The Iraqi army captured two Isis fighters near Mosul on Monday.",
                                  "He was captured by the Iraqi army near Mosul on Monday."])
def test_capturing_people_is_taking_them_captive(coded_dyads, text):
    events = coded_dyads(text)
    assert any(t == "COERCE" and a == "Iraq" for t, a, _ in events)
    assert not any(t == "ASSAULT" for t, _, _ in events)


def test_capturing_a_place_is_still_taken_in_a_fight(coded_dyads):
    events = coded_dyads("The Iraqi army captured the town of Tal Afar on Monday.")
    assert any(t == "ASSAULT" and a == "Iraq" for t, a, _ in events)
    assert not any(t == "COERCE" for t, _, _ in events)


def _coded_roles(coded, text):
    return set(event_roles(coded(text)))


@pytest.mark.parametrize("text, event", [
    # the parse hangs the "of" phrase on the doer ("police of two activists"): the patient
    ("The arrest by police of two activists angered the opposition.", ("COERCE", "police", "opposition", "occurred")),
    ("The release by Iran of two British sailors eased tensions.", ("RETREAT", "Iran", "United Kingdom", "occurred")),
    ("Last month's rescue by the lawyer John Smith of two children shows it is possible.", ("AID", "John Smith", "civilians", "occurred")),
])
def test_of_phrase_hung_from_the_by_object_names_the_patient(coded, text, event):
    assert event in _coded_roles(coded, text)


def test_an_of_phrase_of_a_relational_doer_is_no_patient(coded):
    # "relatives of the hostages": whose relatives they are, not whom the protest is against
    roles = _coded_roles(coded, "The protest by relatives of the hostages outside parliament on Monday was peaceful.")
    assert ("PROTEST", "civilians", None, "occurred") in roles


def test_people_named_by_kinship_are_civilians(coded):
    assert ("AID", "police", "civilians", "occurred") in _coded_roles(coded, "Police rescued two brothers from the camp.")


def test_help_told_as_the_means_is_aid_from_its_giver_to_whoever_acts(coded):
    # "with the assistance of X": X aided whoever did the act (not the reverse)
    events = [(e.event_type, e.actor and e.actor.name, e.recipient and e.recipient.name, e.status)
              for e in coded("The refugees crossed into Jordan with the assistance of the United Nations.").events]
    assert ("AID", "United Nations", "refugees", "occurred") in events
    assert not any(a == "refugees" and r == "United Nations" for _, a, r, _ in events)
    # a possessor or an actor's adjective gives the help; "help" is a noun of help as "assistance" is
    assert ("AID", "Iran", "irregular armed forces") in [
        (t, a, r) for t, a, r, _ in [(e.event_type, e.actor and e.actor.name, e.recipient and e.recipient.name, e.status)
                                     for e in coded("With Iran's help, the militia rebuilt its arsenal.").events]]


def test_help_with_no_one_helped_or_no_giver_tells_no_aid(coded_dyads):
    # no party is helped ("the boat"): the phrase says how, it is no act to give a counterpart
    assert not any(t == "AID" for t, _, _ in coded_dyads("The boat reached the island with the help of Greek fishermen."))
    assert not any(t == "AID" for t, _, _ in coded_dyads("Iraq needs help to rebuild Mosul."))
