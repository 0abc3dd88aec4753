"""Acts of speech told in the form of the words said: quoted imperatives (appeals), subjunctive
demands after "insist", refusals told by a negated verb of bearing or of taking part or by a
boycott of a meeting, a speaker's own force announced against a party (threats). Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from .conftest import event_codes


@pytest.fixture(scope="module")
def coded(coded_2019):
    """The sentences here are told by a paper of 20 January 2019."""
    return coded_2019


def coded_as(record, expected) -> bool:
    """Whether a record holds an event of the expected type, actor and recipient (codes by
    their start: "TUR" for "TURGOV") and status."""
    def fits(code, want):
        return code is None if want is None else (code or "").startswith(want)
    return any(c[0] == expected[0] and fits(c[1], expected[1]) and fits(c[2], expected[2]) and c[3] == expected[3]
               for c in event_codes(record))


@pytest.mark.parametrize("text, expected", [
    # a quoted imperative said to someone is an appeal to them
    ('Erdogan told Putin: "Withdraw your troops from the border."', ("REQUEST", "TUR", "RUS", "occurred")),
    ('"Stop the bombing now," the Turkish minister told his Russian counterpart.', ("REQUEST", "TUR", "RUS", "occurred")),
    # a negated imperative asks too
    ('"Do not attack the refugee camps," the Turkish foreign minister told Syrian officials.', ("REQUEST", "TUR", "SYR", "occurred")),
    # an imperative after other quoted words, or in a quoted sentence of its own
    ('"Turkey has been patient. Withdraw your troops," Erdogan told Putin.', ("REQUEST", "TUR", "RUS", "occurred")),
    ('Erdogan told Putin: "We have been patient for months. Now withdraw your troops from the border."', ("REQUEST", "TUR", "RUS", "occurred")),
    # said to no one named: an appeal to no one in particular
    ('"Lift the siege of the city," the Pakistani prime minister said.', ("REQUEST", "PAK", None, "occurred")),
])
def test_a_quoted_imperative_is_an_appeal_to_whom_it_is_said(coded, text, expected):
    assert coded_as(coded(text), expected), event_codes(coded(text))


def test_what_a_quoted_imperative_asks_is_not_done(coded):
    record = coded('Erdogan told Putin: "Withdraw your troops from the border."')
    assert not [e for e in record.events if e.event_type == "RETREAT" and e.status == "occurred"]


@pytest.mark.parametrize("text", [
    '"Look, we have no choice," Erdogan said.',  # an imperative of the speaker's own discourse
    # words the speaker recalls someone else saying
    '"They used to tell the Kurds: \'Use the weapons we gave you\'," the Turkish minister said.',
    '"Make no mistake, the army is ready," the Pakistani prime minister said.',
    'Erdogan told Putin that Turkish troops withdraw every winter.',  # no quotation, a subject of its own
])
def test_no_appeal_without_a_quoted_imperative_asking_an_act(coded, text):
    assert not [e for e in coded(text).events if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text, expected", [
    # a subjunctive after "insist" is a demand on its subject
    ("Erdogan insisted that Kurdish militias be excluded from the talks.", ("REQUEST", "TUR", "KUR", "occurred")),
    ("Erdogan insisted that the YPG withdraw from Manbij.", ("REQUEST", "TUR", "SYRREB", "occurred")),
])
def test_a_subjunctive_insisted_on_is_a_demand_on_its_subject(coded, text, expected):
    assert coded_as(coded(text), expected), event_codes(coded(text))


def test_a_statement_insisted_on_is_no_demand(coded):
    # a tensed verb states what happened
    assert not [e for e in coded("Erdogan insisted that the YPG withdrew from Manbij.").events if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text, expected", [
    # a negated verb of bearing refuses what its object names, or the subject of the clause refused
    ("Erdogan said Turkey will not countenance Assad remaining in power.", ("REJECT", "TUR", "SYR", "occurred")),
    ("Erdogan said Turkey would not tolerate the YPG presence on its border.", ("REJECT", "TUR", "SYRREB", "occurred")),
    # a negated verb of taking part in a meeting refuses whoever holds it
    ("The Syrian opposition said they would not take part in the talks hosted by Russia.", ("REJECT", "SYROPP", "RUS", "occurred")),
    # as is taking part refused
    ("Hamas refused to attend the talks in Cairo hosted by Egypt.", ("REJECT", "PSE", "EGY", "occurred")),
    # a boycott of a meeting, announced, is a refusal made
    ("The European Union will boycott the summit hosted by Washington.", ("REJECT", "IGOEUR", "USA", "occurred")),
])
def test_a_negated_bearing_or_taking_part_and_a_boycott_of_a_meeting_are_refusals(coded, text, expected):
    assert coded_as(coded(text), expected), event_codes(coded(text))


def test_the_meeting_refused_is_held_all_the_same(coded):
    record = coded("The Syrian opposition said they would not take part in the talks hosted by Russia.")
    assert not [e for e in record.events if e.event_type == "REJECT" and e.rule.split(":")[0] == "reject.talk"]


@pytest.mark.parametrize("text", [
    "Erdogan said Turkey would tolerate no delay.",  # no negation of the verb: not this refusal
    "The opposition attended the talks in Geneva.",  # taking part, not refusing
    "Pakistan did not attend school in Lahore.",  # no meeting
])
def test_no_refusal_without_a_negated_bearing_or_a_meeting_stayed_away_from(coded, text):
    assert not [e for e in coded(text).events if e.rule.split(":")[1:2] == ["refusal"]]


@pytest.mark.parametrize("text, expected", [
    # the speaker's side announces force against a party: a threat to it
    ("Netanyahu said Israel would escalate military action against Hezbollah.", ("THREATEN", "ISR", "LBN", "occurred")),
    ('"We will crush the PKK," Erdogan said.', ("THREATEN", "TUR", "TURREB", "occurred")),
    ("Erdogan said Turkey would root out the YPG militants.", ("THREATEN", "TUR", "SYRREB", "occurred")),
    ("The Nigerian army vowed to hunt down Boko Haram militants.", ("THREATEN", "NGA", "NGAREB", "occurred")),
])
def test_force_announced_against_a_party_is_a_threat(coded, text, expected):
    assert coded_as(coded(text), expected), event_codes(coded(text))


@pytest.mark.parametrize("text", [
    "The reforms crushed his hopes.",  # no party subdued
    "Erdogan said they would eliminate the threat.",
    "The government vowed to root out corruption.",
    # military action talked of, not carried out
    "The cabinet cleared the path for British military action in Syria.",
])
def test_subduing_no_party_is_no_force(coded, text):
    # (the vow itself stays a threat of no one named: "vowed" is its own trigger)
    assert not [e for e in coded(text).events if e.event_type == "ASSAULT" or "intent-assault" in e.rule]


@pytest.mark.parametrize("text, expected", [
    # "terror" names no party: as the object of a side's act of force it stands for the armed
    # group last named as that side's enemy
    ('Turkish jets struck YPG positions near Afrin. "We will continue our struggle until we root out terror," '
     'the Turkish foreign minister said.', ("THREATEN", "TUR", "SYRREB", "occurred")),
    ("The Turkish army shelled YPG positions near Afrin on Sunday. Ankara vowed to wipe out terrorism in the region.",
     ("ASSAULT", "TUR", "SYRREB", "threatened")),
])
def test_an_act_of_force_on_terror_is_aimed_at_the_enemy_last_named(coded, text, expected):
    assert coded_as(coded(text), expected), event_codes(coded(text))


def test_an_act_of_force_on_a_label_that_is_no_enmity_names_no_enemy(coded):
    # "corruption" is no label of an enemy: no armed group named before is aimed at
    text = 'Turkish jets struck YPG positions near Afrin. "We will root out corruption," the Turkish interior minister said.'
    assert not [e for e in coded(text).events if e.trigger and e.trigger.text == "root"]


@pytest.mark.parametrize("text, expected", [
    # a party named by a noun of blame in a speaker's words is accused by the speaker
    ('The Kurdish commander said: "There is no way forward with the Turkish invaders except resistance."',
     ("ACCUSE", "KUR", "TUR", "occurred")),
    ('"We will never negotiate with the Russian occupiers," the Ukrainian president said.', ("ACCUSE", "UKR", "RUS", "occurred")),
    ("Ukraine said the Russian occupiers had shelled Kharkiv overnight.", ("ACCUSE", "UKR", "RUS", "occurred")),
])
def test_a_party_named_by_a_noun_of_blame_in_quoted_words_is_accused(coded, text, expected):
    assert coded_as(coded(text), expected), event_codes(coded(text))


@pytest.mark.parametrize("text", [
    "The Russian occupiers were pushed back from Kharkiv on Sunday.",  # the writer's own words
    '"We are no occupiers," the Turkish minister said.',  # no party named by the noun
    '"The terrorists attacked the checkpoint," the Syrian minister said.',  # whom, the words do not say
])
def test_a_noun_of_blame_that_is_no_speakers_naming_of_a_party_accuses_no_one(coded, text):
    assert not [e for e in coded(text).events if e.rule and "epithet" in e.rule], event_codes(coded(text))
