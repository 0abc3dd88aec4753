"""Which type an event has when its words could name two: a truce negotiated is reached, talks
negotiated with a party are held; defending one's own act rebuts its critics, defending another
backs it; a verb of asking coordinated past a prepositional phrase keeps its subject; a court
sentence to jail told with a misparsed "to long ... terms" is still a detention."""

import pytest

from .conftest import event_roles


def _types(coded, text):
    return {(t, a, r) for t, a, r, _ in event_roles(coded(text))}


# -- negotiating a settlement -----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Qatar negotiated a ceasefire between Hamas and Israel on Monday.", ("AGREE", "Qatar", "Hamas")),
    ("Egypt negotiated a prisoner swap with Hamas last week.", ("AGREE", "Egypt", "Hamas")),
])
def test_negotiating_a_settlement_is_reaching_it(coded, text, expected):
    assert expected in _types(coded, text)


@pytest.mark.parametrize("text", [
    "Egypt negotiated with Hamas over the crossing on Monday.",  # talks with a party
    "Egypt and Qatar are negotiating a ceasefire in Gaza.",  # under way: no deal yet
])
def test_negotiating_with_a_party_or_still_negotiating_is_talks(coded, text):
    types = {t for t, _, _ in _types(coded, text)}
    assert "CONSULT" in types and "AGREE" not in types


# -- defending one's own act ------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Egyptian president defended his decision to close the border on Sunday.", ("REJECT", "Egypt")),
    ("The Saudi government defended its own record on human rights on Monday.", ("REJECT", "Saudi Arabia")),
    ("Erdogan defended himself against the accusations on Monday.", ("REJECT", "Turkey")),
])
def test_defending_ones_own_act_rejects_its_critics(coded, text, expected):
    found = {(t, a) for t, a, _ in _types(coded, text)}
    assert expected in found and ("SUPPORT", expected[1]) not in found


@pytest.mark.parametrize("text", [
    "Russia defended Syria against the accusations on Monday.",  # another party: backing it
    "Turkish troops defended their positions against the YPG on Monday.",  # ground held, not an act
])
def test_defending_another_or_ground_is_no_rebuttal(coded, text):
    assert not any(t == "REJECT" for t, _, _ in _types(coded, text))


# -- a demand coordinated past a prepositional phrase -----------------------------------------------

def test_demand_hung_on_a_preposition_keeps_the_marchers_as_subject(coded):
    text = ("Activists said the protest was part of a day of action. “The Kurdish community and its allies are marching "
            "in Manchester, and across the world, in solidarity with the defenders of Afrin and demanding Nato "
            "intervention,” they said.")
    assert ("REQUEST", "Kurdish", "NATO") in _types(coded, text)


def test_noun_conjoined_to_a_preposition_is_no_verb(coded):
    # near miss: "and" joins two places; no second act inherits the subject
    found = _types(coded, "Kurdish activists marched in Manchester and in London on Saturday.")
    assert not any(t == "REQUEST" for t, _, _ in found)


# -- a sentence to jail, misparsed ------------------------------------------------------------------

def test_sentence_to_long_jail_terms_is_a_detention(coded):
    found = _types(coded, "A Cairo court has sentenced 13 journalists to long jail terms for reporting on Sinai.")
    assert ("COERCE", "Egypt", "media") in found


def test_sentence_to_death_is_no_detention(coded):
    found = _types(coded, "An Egyptian court sentenced the activist to death on Monday.")
    assert not any(t == "COERCE" for t, _, _ in found)


# -- allowing the use of airspace or bases ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Jordan allowed US jets to use its airbases.", ("SUPPORT", "Jordan", "United States")),
    ("Iraq permitted Iranian planes to use its airspace on Monday.", ("SUPPORT", "Iraq", "Iran")),
])
def test_allowing_use_of_airspace_or_bases_backs_the_user(coded, text, expected):
    found = _types(coded, text)
    assert expected in found and not any(t == "CONCEDE" for t, _, _ in found)


def test_allowing_use_of_a_crossing_yields(coded):
    # near miss: a border crossing opened to aid convoys is an easing, no military backing
    found = _types(coded, "Egypt allowed aid convoys to use the Rafah crossing.")
    assert not any(t == "SUPPORT" for t, _, _ in found)


# -- the act of a broken pledge ---------------------------------------------------------------------

def test_act_promised_in_a_broken_pledge_is_not_done(coded):
    roles = event_roles(coded("Qatar reneged on billions of dollars in pledges to fund Egyptian reconstruction."))
    assert not any(t in ("AGREE", "AID") and s == "occurred" for t, _, _, s in roles)
    assert ("REJECT", "Qatar", "Egypt", "occurred") in roles


def test_act_promised_in_a_pledge_kept_is_an_agreement(coded):
    # near miss: pledges made, not broken, announce the funding
    roles = event_roles(coded("Qatar made pledges on Monday to fund Egyptian reconstruction."))
    assert any(t == "AGREE" and a == "Qatar" for t, a, _, _ in roles)


# -- taking control of an armed party's positions ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Turkish forces took control of YPG positions near Afrin on Sunday.",
    "Turkish forces took control of a series of YPG military points on Sunday.",
])
def test_taking_control_of_positions_is_a_seizure(coded, text):
    assert ("COERCE", "Turkey", "People's Protection Units") in _types(coded, text)


@pytest.mark.parametrize("text", [
    "Turkish forces took control of the town of Jinderes on Sunday.",  # a town may be handed over
    "The Iraqi army took control of the airbase from US forces on Sunday.",
    "The investors took control of the company on Sunday.",
])
def test_taking_control_of_a_town_or_company_is_no_seizure(coded, text):
    assert not any(t in ("COERCE", "ASSAULT") for t, _, _ in _types(coded, text))
