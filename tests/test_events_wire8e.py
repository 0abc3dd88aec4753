"""Wire reports of incidents at sea and in the air and of grey-zone acts (2020s): ships named
after their kind of vessel, criminal cases opened, hijackings and piracy judged, alerts,
accidents. Each rule on sentences written for it, with near misses."""

from __future__ import annotations

import pytest


# -- a ship's name is no place ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Venezuelan marines seized the Guyanese-flagged freighter Santa Elena near the Essequibo coast on Monday.",
    "The Sri Lankan navy seized the trawler Madurai Star off Jaffna on Tuesday.",
    "Somali pirates seized the bulk carrier Ruen in the Arabian Sea.",
])
def test_seizing_a_named_ship_is_a_seizure_not_taking_a_place(coded, text):
    types = [e.event_type for e in coded(text).events if e.trigger.text == "seized"]
    assert types == ["COERCE"], types


@pytest.mark.parametrize("text", [
    # a town is still taken in a fight, whatever its name
    "Russian troops seized Avdiivka on Saturday.",
    "Rebels seized the town of Madurai on Saturday.",
])
def test_seizing_a_town_stays_an_attack(coded, text):
    assert [e.event_type for e in coded(text).events if e.trigger.text == "seized"] == ["ASSAULT"]


# -- a criminal case opened is an investigation -------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("Georgia's interior ministry opened a criminal case against the Russian pilots.", "Georgia"),
    ("Prosecutors in Ankara launched a criminal case over the shooting of two Greek fishermen.", "Turkey"),
])
def test_opening_a_criminal_case_is_an_investigation(coded_dyads, text, actor):
    assert any(t == "ACCUSE" and a == actor for t, a, _ in coded_dyads(text)), coded_dyads(text)


def test_a_criminal_case_heard_is_no_new_investigation(coded_dyads):
    assert not any(t == "ACCUSE" for t, _, _ in coded_dyads("His lawyer said the criminal case was politically motivated."))


# -- judging a deed told before: piracy, the hijacking ------------------------------------------

@pytest.mark.parametrize("text", [
    "Somali gunmen seized a Maltese freighter on Monday. Greece called the seizure an act of piracy.",
    "Gunmen from Somalia hijacked a Maltese freighter on Monday. Greece condemned the hijacking.",
])
def test_judging_a_seizure_or_a_hijacking_accuses_whoever_did_it(coded_dyads, text):
    assert ("ACCUSE", "Greece", "Somalia") in coded_dyads(text), coded_dyads(text)


def test_a_victory_against_piracy_accuses_no_one(coded_dyads):
    assert not any(t == "ACCUSE" for t, _, _ in coded_dyads("Kenya called the naval deal a victory against piracy."))


# -- a warning of a danger or of others' deeds is an alert, no threat ---------------------------

@pytest.mark.parametrize("text", [
    "The Greek coast guard warned of the collision shortly after it happened.",
    "Estonian officials warned about balloons drifting towards the border from Belarus.",
    "Dutch officials warned of a rise in cyberattacks on ports.",
])
def test_a_warning_of_a_danger_is_no_threat(coded, text):
    assert not any(e.event_type == "THREATEN" for e in coded(text).events), [(e.event_type, e.rule) for e in coded(text).events]


@pytest.mark.parametrize("text, actor, recipient", [
    ("Algeria warned Morocco of a firm response.", "Algeria", "Morocco"),
    ("Turkey warned Greece of consequences on Tuesday.", "Turkey", "Greece"),
    ("Serbia warned Kosovo against deploying police in the north.", "Serbia", "Kosovo"),
])
def test_a_warning_of_reprisal_stays_a_threat(coded_dyads, text, actor, recipient):
    assert ("THREATEN", actor, recipient) in coded_dyads(text), coded_dyads(text)


# -- a death in an accident is no attack -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Thirty people were killed when a Yeti Airlines plane crashed near Pokhara on Sunday.",
    "Nine migrants were killed when their boat capsized off Lesbos.",
    "Two miners were killed when a tunnel collapsed in Sonora.",
])
def test_a_death_in_a_crash_or_a_capsizing_is_no_attack(coded, text):
    assert not any(e.event_type == "ASSAULT" for e in coded(text).events), [(e.event_type, e.rule) for e in coded(text).events]


@pytest.mark.parametrize("text", [
    "Four people were killed when a drone crashed into a house in Kharkiv.",
    "Three soldiers were killed when a roadside bomb struck their convoy.",
])
def test_a_death_from_a_weapon_stays_an_attack(coded, text):
    assert any(e.event_type == "ASSAULT" for e in coded(text).events)
