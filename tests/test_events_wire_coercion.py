"""Wire-report constructions of coercion, sanctions and protest: labour strikes, asset freezes,
services withheld, acts told in the passive of a light verb. Each rule on sentences written for
it (the probe set they came from: tests/data/probe_coerce.txt), with near misses."""

from __future__ import annotations

import pytest


# -- labour strikes ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    # going or being "on strike": the subject holds the strike
    ("Doctors went on strike over pay on Monday.", "health"),
    ("Truck drivers went on strike in Brazil on Monday.", "labour"),
    # a strike held by workers (the subject of a light verb, its "by" phrase) is a work stoppage
    ("Nurses began an open-ended strike on Monday.", "health"),
    ("A strike by dockworkers shut the port of Antwerp on Monday.", None),
    # a walkout is a strike
    ("Nurses in Britain staged a walkout over pay on Wednesday.", "United Kingdom"),
])
def test_a_strike_held_by_workers_is_a_protest(coded_dyads, text, actor):
    dyads = coded_dyads(text)
    assert any(t == "PROTEST" and (actor is None or a == actor) for t, a, _ in dyads), dyads
    assert not any(t == "ASSAULT" for t, _, _ in dyads), dyads


@pytest.mark.parametrize("text", [
    # near misses: a strike by armed forces stays an attack
    "Israeli jets carried out a strike on Gaza on Monday.",
    "The army began a strike on rebel positions on Monday.",
])
def test_a_strike_by_forces_stays_an_attack(coded_dyads, text):
    dyads = coded_dyads(text)
    assert any(t == "ASSAULT" for t, _, _ in dyads) and not any(t == "PROTEST" for t, _, _ in dyads), dyads


# -- sanctions in wire words -----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # freezing a party's assets sanctions their owner
    ("The European Union froze the assets of 12 Russian businessmen.", ("SANCTION", "European Union", "Russia")),
    ("Japan froze the funds of three Iranian officials on Friday.", ("SANCTION", "Japan", "Iran")),
    ("Britain imposed an asset freeze on a Russian oligarch.", ("SANCTION", "United Kingdom", "Russia")),
    # "slapped sanctions on" imposes them
    ("Washington slapped sanctions on Nicaraguan officials.", ("SANCTION", "United States", "Nicaragua")),
    # an act's noun as the subject of a passive light verb: the "by" phrase did it, the verb's
    # recipient phrase names whom
    ("Sanctions were imposed on the Wagner group by the European Union.", ("SANCTION", "European Union", "Wagner Group")),
    ("New sanctions were imposed on Iran by the United States on Monday.", ("SANCTION", "United States", "Iran")),
])
def test_wire_sanctions_are_coded_as_a_reader_codes_them(coded_dyads, text, expected):
    assert expected in coded_dyads(text)


def test_freezing_other_things_is_no_sanction(coded_dyads):
    # near misses: a freeze of hiring, the ground frozen
    for text in ("The ministry froze hiring on Monday.", "Winter froze the river in January."):
        assert not any(t == "SANCTION" for t, _, _ in coded_dyads(text)), text


def test_an_act_whose_of_phrase_names_its_parties_keeps_them(coded_dyads):
    # near miss of the passive rule: the "of" phrase of the noun says who did it
    assert not any(t == "RETREAT" for t, _, _ in coded_dyads("The withdrawal of its ambassador from Paris was announced by Turkey on Monday."))


# -- services withheld -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    # shutting down or suspending the internet withholds it (PLOVER COERCE, withhold)
    ("Iranian authorities shut down the internet in several provinces.", "Iran"),
    ("India suspended mobile internet in Manipur after fresh clashes.", "India"),
    ("Senegal suspended internet access on mobile phones amid protests.", "Senegal"),
])
def test_the_internet_shut_down_is_coercion(coded_dyads, text, actor):
    dyads = coded_dyads(text)
    assert any(t == "COERCE" and a == actor for t, a, _ in dyads), dyads
    assert not any(t == "SANCTION" for t, _, _ in dyads), dyads


@pytest.mark.parametrize("text, expected", [
    # near misses: suspending a service to another state's people stays a sanction; shutting
    # down a factory is no event
    ("India suspended visa services for Canadians.", "SANCTION"),
    ("The company shut down the factory last year.", None),
])
def test_other_services_suspended_keep_their_reading(coded_dyads, text, expected):
    types = {t for t, _, _ in coded_dyads(text)}
    assert "COERCE" not in types and (expected is None or expected in types), types


# -- blame of an act aimed at the doer its own phrases name ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the "by" phrase of a participle after the act's noun names its doer, whom the blame is aimed at
    ("Beijing denounced the sanctions imposed by Washington on Chinese firms.", ("ACCUSE", "China", "United States")),
    ("Egypt condemned the raid carried out by Israel on Jenin.", ("ACCUSE", "Egypt", "Israel")),
])
def test_blame_of_an_act_is_aimed_at_the_doer_its_phrase_names(coded_dyads, text, expected):
    assert expected in coded_dyads(text)


def test_blame_of_an_act_with_no_doer_named_has_no_recipient(coded_dyads):
    # near miss: with no doer named, the victims of the act are not blamed
    assert not [r for t, _, r in coded_dyads("China condemned the strikes on Somalia.") if t == "ACCUSE" and r]


# -- crowds and crowd control ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a bare count of people marching or protesting is a crowd: a protest by unnamed protesters
    "Thousands marched in Tbilisi against the foreign agents law on Sunday.",
    "Tens of thousands rallied in Belgrade on Saturday.",
])
def test_a_bare_count_of_marchers_is_a_crowd_protesting(coded_dyads, text):
    assert any(t == "PROTEST" and a == "Unidentified protesters" for t, a, _ in coded_dyads(text))


def test_a_count_of_people_fleeing_is_no_protest(coded_dyads):
    # near miss: a count that does something other than a crowd's act
    assert not any(t == "PROTEST" for t, _, _ in coded_dyads("Thousands fled the fighting on Monday."))


@pytest.mark.parametrize("text, actor", [
    # tear gas and water cannon fired are force used on a crowd, with or without a target named
    ("Police fired tear gas on Monday.", "police"),
    ("Protesters in Nairobi clashed with police who fired tear gas and water cannon.", "police"),
])
def test_tear_gas_fired_is_crowd_control(coded, text, actor):
    assert any(e.event_type == "ASSAULT" and e.actor and e.actor.name == actor for e in coded(text).events)


def test_gas_that_is_no_weapon_is_no_attack(coded_dyads):
    # near miss: "gas" alone is fuel, not tear gas
    assert not any(t == "ASSAULT" for t, _, _ in coded_dyads("The factory supplied gas to Europe."))


# -- crowds taking over places, people barred --------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # protesters occupying or storming a building protest there; forces doing it seize or attack
    ("Protesters stormed the parliament building in Colombo on Saturday.", "PROTEST"),
    ("Hundreds of demonstrators occupied the main square in Belgrade.", "PROTEST"),
    ("Troops stormed the building on Monday.", "ASSAULT"),
    ("Rebels occupied the town on Monday.", "COERCE"),
])
def test_a_crowd_taking_over_a_place_protests(coded_dyads, text, expected):
    assert expected in {t for t, _, _ in coded_dyads(text)}


def test_barring_a_party_restricts_it(coded_dyads):
    assert ("COERCE", "Russia", "opposition") in coded_dyads("The Kremlin barred the opposition candidate from the presidential election.")
    # near miss: barring a thing restricts no one
    assert not any(t == "COERCE" for t, _, _ in coded_dyads("The law bars the sale of weapons."))
