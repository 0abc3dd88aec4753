"""Troops leaving a place and troops kept in one (stages/events/departures.py): withdrawals
told by verbs of going, ordered or announced, and forces kept deployed, each on sentences
written for it."""

from __future__ import annotations

import pytest

from .conftest import event_roles


def _events(coded, text):
    return event_roles(coded(text))


# -- forces leaving: RETREAT by their state, from the place they leave -----------------------------

@pytest.mark.parametrize("text, actor, recipient", [
    # forces as the subject of a verb of leaving, with the place as its object
    ("The last American soldiers left Afghanistan on Monday.", "United States", "Afghanistan"),
    # ordered to leave: the forces' state, from the place the forces are said to be in
    ("Paris has ordered French forces in Mali to leave by the end of the year.", "France", "Mali"),
    # going home, from the "from" phrase of "home"
    ("Dutch soldiers came home from Mali last week.", "Netherlands", "Mali"),
    # brought or ordered home: the subject withdraws its forces
    ("Germany brought its troops home from Mali on Friday.", "Germany", "Mali"),
    ("Canada ordered its soldiers home from Latvia on Friday.", "Canada", "Latvia"),
    # forces cut down where the clause says
    ("In Iraq, Washington has been drawing down its military presence for months.", "United States", "Iraq"),
    ("Britain reduced its troops in Estonia last year.", "United Kingdom", "Estonia"),
])
def test_forces_leaving_a_place_retreat_from_it(coded, text, actor, recipient):
    assert ("RETREAT", actor, recipient, "occurred") in _events(coded, text), text


def test_the_one_who_orders_unnamed_forces_home_withdraws_them(coded):
    # "the troops" name no state: whoever ordered them to go withdraws
    assert ("RETREAT", "Russia", "Belarus", "occurred") in _events(coded, "Moscow ordered the troops to come home from Belarus on Friday.")
    # asked, not ordered: the one who asks withdraws nothing
    assert not any(t == "RETREAT" and a == "Poland" for t, a, _, _ in _events(coded, "Poland urged the troops to leave Belarus on Friday."))


def test_a_decision_to_pull_forces_out_is_their_states_act(coded):
    # no one owns the decision: the forces pulled out say whose it is
    text = "Critics condemned the decision to pull Italian troops out of Lebanon."
    assert ("RETREAT", "Italy", "Lebanon", "occurred") in _events(coded, text)


@pytest.mark.parametrize("text", [
    "The minister left Syria on Tuesday after two days of talks.",
    "Thousands of refugees went home from Lebanon last year.",
    "Government forces left a trail of destruction in the valley.",
    "The airstrike left five soldiers dead.",
    "The 2,000 troops left in Syria are mostly special forces.",
])
def test_leaving_by_others_or_leaving_something_behind_is_no_withdrawal(coded, text):
    assert not any(t == "RETREAT" for t, _, _, _ in _events(coded, text)), text


# -- forces kept: MOBILIZE by their state, aimed at the place's state --------------------------------

def test_forces_kept_in_a_place_are_deployed_there(coded):
    assert ("MOBILIZE", "United States", "Syria", "occurred") in _events(coded, "The US has maintained its military presence in Syria this year.")
    assert ("MOBILIZE", "Russia", "Syria", "occurred") in _events(coded, "Russian troops have remained in Syria since the war ended.")


def test_a_word_that_forces_will_stay_assures_and_threatens_no_one(coded):
    # announced, the stay is coded as the announcement (AGREE), not as a threat
    events = _events(coded, "The defence secretary said British forces would stay in Iraq for another year.")
    assert ("AGREE", "United Kingdom", "Iraq", "occurred") in events
    assert not any(t == "THREATEN" for t, _, _, _ in events)
    # a verb shared by two verbs: "maintain or increase its presence in" is kept there
    events = _events(coded, "Paris pledged to maintain or increase its military presence in Mali.")
    assert any(t == "AGREE" and a == "France" and r == "Mali" for t, a, r, _ in events), events


def test_staying_without_a_place_or_by_others_is_no_deployment(coded):
    for text in ("Police remained at the scene for hours.", "The soldiers remained loyal to the president.",
                 "The minister stayed in Paris for the summit.", "Isis fighters left three soldiers dead in Kabul on Monday."):
        assert not any(t == "MOBILIZE" for t, _, _, _ in _events(coded, text)), text


# -- nouns of leaving ---------------------------------------------------------------------------

def test_a_departure_of_forces_or_from_a_place_is_a_withdrawal(coded):
    assert ("RETREAT", "United States", "Afghanistan", "occurred") in _events(coded, "The departure of US troops from Afghanistan ended the war.")
    assert ("RETREAT", "United States", "Syria", "occurred") in _events(coded, "The US exit from Syria alarmed the Kurds.")
    assert any(t == "RETREAT" and a == "Russia" for t, a, _, _ in _events(coded, "A pullback of Russian troops from the border was reported on Monday."))


def test_a_departure_of_a_person_or_from_an_organisation_is_no_withdrawal(coded):
    for text in ("Mattis's departure shocked the Pentagon.", "Britain's exit from the EU was delayed again."):
        assert not any(t == "RETREAT" for t, _, _, _ in _events(coded, text)), text


# -- who withdraws, in a noun of withdrawal --------------------------------------------------------

def test_a_withdrawal_announced_or_ordered_is_the_deciders(coded):
    # the owner of the noun of decision whose "of" phrase the withdrawal is
    assert ("RETREAT", "Donald Trump", "Syria", "occurred") in _events(coded, "Trump's announcement of a withdrawal from Syria stunned the Kurds.")
    # unowned troops "from Iraq" are not Iraq's: the one who ordered the withdrawal withdraws
    events = _events(coded, "Biden ordered a full withdrawal of troops from Iraq.")
    assert ("RETREAT", "United States", "Iraq", "occurred") in events
    assert not any(t == "RETREAT" and a == "Iraq" for t, a, _, _ in events)


def test_troops_deployed_from_a_place_are_its_own(coded):
    # a deployment's "from" is where the forces come from, their state
    assert ("MOBILIZE", "Chad", "Mali", "occurred") in _events(coded, "The deployment of troops from Chad to Mali began on Monday.")
