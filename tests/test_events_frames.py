"""Triggers and frames that name an event without the common verb for it: "brokered a truce",
"stood up to", ... (issue 14: sentences the coder read no event from)."""

import pytest


# -- brokering a settlement -------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Qatar brokered a prisoner swap between Hamas and Israel.", ("AGREE", "Qatar", "Hamas")),
    ("Egypt brokered a ceasefire between Israel and Islamic Jihad on Sunday.", ("AGREE", "Egypt", "Israel")),
])
def test_brokering_a_settlement_is_agreeing(coded_dyads, text, expected):
    assert expected in coded_dyads(text)


def test_brokering_talks_is_no_agreement(coded_dyads):
    # near miss: talks brokered are only convened, no settlement is reached
    assert not any(t == "AGREE" for t, _, _ in coded_dyads("The Sochi peace talks, brokered by Russia, Turkey and Iran, collapsed."))


# -- standing up to a party -------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("South Korea stood up to China over the missile shield.", ("REJECT", "South Korea", "China")),
    ("The Iraqi prime minister stood up to Iran on Tuesday.", ("REJECT", "Iraq", "Iran")),
])
def test_standing_up_to_a_party_is_defying_it(coded_dyads, text, expected):
    assert expected in coded_dyads(text)


@pytest.mark.parametrize("text", [
    "Iran stands to gain from the deal.",
    "The French president stood up for the refugees.",
])
def test_standing_without_to_defies_no_one(coded_dyads, text):
    assert not any(t == "REJECT" for t, _, _ in coded_dyads(text))


# -- begging and pleading ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Afghan interpreters begged Britain for visas.", ("REQUEST", "Afghanistan", "United Kingdom")),
    ("The families begged the British government to bring their children home.", ("REQUEST", "civilians", "United Kingdom")),
    ("The Kurdish leaders pleaded for help from Washington.", ("REQUEST", "Kurdish", None)),
])
def test_begging_and_pleading_for_are_requests(coded_dyads, text, expected):
    assert expected in coded_dyads(text)


@pytest.mark.parametrize("text", [
    "The woman pleaded guilty to terrorism charges.",
    "This begs the question of whether Turkey will attack.",
])
def test_a_plea_in_court_is_no_request(coded_dyads, text):
    assert not any(t == "REQUEST" for t, _, _ in coded_dyads(text))


# -- stripping a person of a right --------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Bahrain stripped the Shia cleric of his nationality.", ("COERCE", "Bahrain", "religious")),
    ("The Kuwaiti government stripped the opposition politician of his citizenship on Monday.", ("COERCE", "Kuwait", "opposition")),
])
def test_stripping_someone_of_a_right_coerces_them(coded_dyads, text, expected):
    assert expected in coded_dyads(text)


@pytest.mark.parametrize("text", [
    "The storm stripped the trees of their leaves.",
    "Thieves stripped the house of its copper pipes.",
])
def test_stripping_things_coerces_no_one(coded_dyads, text):
    assert not any(t == "COERCE" for t, _, _ in coded_dyads(text))


# -- the Home Office: a ministry of the interior -----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Britain's Home Office deported the Albanian men on Tuesday.", ("COERCE", "United Kingdom", "Albania")),
    ("The British home secretary spoke on Monday. The jihadist was stripped of his citizenship by the Home Office.",
     ("COERCE", "United Kingdom", "rebels")),
])
def test_the_home_office_is_its_states_government(coded_dyads, text, expected):
    assert expected in coded_dyads(text)


def test_an_office_at_home_is_no_ministry(coded_dyads):
    # near miss: the police arrest the man; his home office is only where (and police in Kabul
    # are Afghanistan's: places/organs.py), no British ministry
    assert ("COERCE", "Afghanistan", None) in coded_dyads("Police arrested the man at his home office in Kabul.")


# -- downgrading ties -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Ankara downgraded ties with Israel.", ("SANCTION", "Turkey", "Israel")),
    ("Bahrain downgraded diplomatic relations with Iran on Monday.", ("SANCTION", "Bahrain", "Iran")),
])
def test_downgrading_ties_is_a_sanction(coded_dyads, text, expected):
    assert expected in coded_dyads(text)


def test_downgrading_a_rating_is_no_sanction(coded_dyads):
    assert not any(t == "SANCTION" for t, _, _ in coded_dyads("The ratings agency downgraded Turkey's credit rating."))


# -- "Europe" doing and suffering acts: the EU --------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Europe told Washington it was not a smart idea to hold a summit on Iran.", ("ACCUSE", "European Union", "United States")),
    ("The US criticised Europe over its trade with Iran.", ("ACCUSE", "United States", "European Union")),
])
def test_europe_as_a_party_is_the_eu(coded_dyads, text, expected):
    assert expected in coded_dyads(text)


def test_europe_as_a_place_is_no_party(coded_dyads):
    # near miss: attacks in Europe are attacks in a place, not on the EU
    assert not any("European Union" in (a, r) for _, a, r in coded_dyads("Isis claimed the attacks in Europe that killed 20 people."))


# -- verbs and idioms of scolding, blacklisting, routing and backing ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Washington reprimanded Ankara.", ("ACCUSE", "United States", "Turkey")),
    ("The Egyptian foreign ministry reprimanded the Turkish ambassador on Sunday.", ("ACCUSE", "Egypt", "Turkey")),
    ("The EU blacklisted Hezbollah's military wing.", ("SANCTION", "European Union", "Hezbollah")),
    ("Iraqi forces flushed out Isis militants from the city.", ("ASSAULT", "Iraq", "Islamic State")),
    ("The Afghan army flushed out Taliban fighters from the village.", ("ASSAULT", "Afghanistan", "Taliban")),
    ("Iran threw its weight behind Assad.", ("SUPPORT", "Iran", "Syria")),
    ("Saudi Arabia threw its weight behind the Yemeni government.", ("SUPPORT", "Saudi Arabia", "Yemen")),
    ("The Turkish president heaped praise on Qatar for its support.", ("SUPPORT", "Turkey", "Qatar")),
])
def test_idioms_of_scolding_blacklisting_routing_and_backing(coded_dyads, text, expected):
    assert expected in coded_dyads(text)


@pytest.mark.parametrize("text", [
    "The firefighters flushed out the pipes.",
    "The wrestler threw his weight around.",
    "Critics heaped scorn on the plan.",
])
def test_the_same_verbs_on_things_are_no_events(coded_dyads, text):
    assert coded_dyads(text) == []


# -- the western states as one side -----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Western powers criticised Russia over the annexation.", ("ACCUSE", "Western countries", "Russia")),
    ("Moscow accused western governments of arming the rebels.", ("ACCUSE", "Russia", "Western countries")),
])
def test_western_powers_are_one_side(coded_dyads, text, expected):
    assert expected in coded_dyads(text)


def test_a_western_town_is_no_western_power(coded_dyads):
    assert not any("Western countries" in (a, r) for _, a, r in coded_dyads("The western town of Herat was attacked by the Taliban."))


# -- judging a text: its author, not whom the text addresses ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Egypt criticised a statement calling on Israel to withdraw from Gaza on Monday.",
    "Egypt criticised a letter asking Israel to withdraw from Gaza on Monday.",
])
def test_whom_a_criticised_text_addresses_is_no_target(coded_dyads, text):
    assert ("ACCUSE", "Egypt", "Israel") not in coded_dyads(text)


def test_whose_the_criticised_text_is_stays_the_target(coded_dyads):
    assert ("ACCUSE", "Egypt", "Israel") in coded_dyads("Egypt criticised the Israeli statement on Monday.")


# -- places named after a party ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, named", [
    ("Protesters blocked the Europe Bridge over the Rhine.", "European Union"),
    ("Protesters blocked the Syria Street in Beirut for three hours.", "Syria"),
])
def test_a_place_named_after_a_party_is_no_party(coded_dyads, text, named):
    assert not any(named in (a, r) for _, a, r in coded_dyads(text))


def test_the_party_of_a_road_named_by_a_phrase_stays(coded_dyads):
    # near miss: "the road to Turkey" is no place named after Turkey
    assert ("PROTEST", "civilians", "Turkey") in coded_dyads("The protesters blocked the road to Turkey on Monday.")


def test_eastern_europe_is_no_eu(coded_dyads):
    assert not any("European Union" in (a, r) for _, a, r in coded_dyads("Russia threatened eastern Europe on Monday."))
