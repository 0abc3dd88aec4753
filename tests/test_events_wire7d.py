"""Wire reports of European and Caucasian politics (2020s): arrests told in the passive by the
authority that made them, embassies and consulates closed. Each rule on sentences written for
it, with near misses."""

from __future__ import annotations

import pytest


# -- arrests reported by the authority that made them -------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("The Serbian Interior Ministry said on Sunday that 61 people had been detained since Friday.", "Serbia"),
    ("Forty demonstrators were detained overnight, Belarusian police said.", "Belarus"),
    ("Hungarian officials said 12 people had been arrested.", "Hungary"),
])
def test_an_arrest_without_a_doer_is_the_reporting_authoritys(coded_dyads, text, actor):
    assert ("COERCE", actor, "civilians") in coded_dyads(text), coded_dyads(text)


@pytest.mark.parametrize("text", [
    # a rights group counts the arrests: it made none
    "Amnesty International said 30 activists had been arrested.",
    # a government speaking of its own nationals held abroad
    "Italy's foreign ministry said two Italian journalists had been detained.",
])
def test_an_arrest_counted_by_others_has_no_doer_from_the_speaker(coded, text):
    events = coded(text).events
    assert not any(e.rule.startswith("coerce") and "reporting-authority" in e.rule for e in events), [(e.event_type, e.rule) for e in events]


# -- closing: a crossing, "closed in on" -------------------------------------------------------------

def test_closing_a_border_crossing_is_no_sanction_and_closing_in_stays_an_attack(coded_dyads):
    # a crossing closed is no sanction; "closed in on" is the phrasal verb of attack
    assert not any(t == "SANCTION" for t, _, _ in coded_dyads("Police closed the border crossing on Friday."))
    assert any(t == "ASSAULT" for t, _, _ in coded_dyads("Government troops closed in on the rebel stronghold."))


# -- entry, travel and visa bans on a state's people ----------------------------------------------

@pytest.mark.parametrize("text, actor, recipient", [
    ("Poland and Finland on Tuesday imposed entry bans on 20 Belarusian officials over the crackdown.", "Poland", "Belarus"),
    ("Britain announced a travel ban on two Israeli ministers.", "United Kingdom", "Israel"),
])
def test_barring_a_states_officials_is_a_sanction(coded_dyads, text, actor, recipient):
    dyads = coded_dyads(text)
    assert ("SANCTION", actor, recipient) in dyads, dyads


def test_a_ban_on_rallies_stays_coercion(coded_dyads):
    # near miss: a ban a government puts on its own people's gatherings is no sanction
    dyads = coded_dyads("The junta imposed a ban on opposition rallies.")
    assert any(t == "COERCE" for t, _, _ in dyads) and not any(t == "SANCTION" for t, _, _ in dyads), dyads


# -- a clash with a crowd is the crowd's riot ------------------------------------------------------

@pytest.mark.parametrize("text, against", [
    ("Turkish police clashed with demonstrators on Sunday.", "Turkey"),
    ("Riot police in Belgrade clashed with hundreds of protesters overnight.", "Serbia"),
])
def test_police_clashing_with_a_crowd_is_the_crowds_riot_against_them(coded_dyads, text, against):
    dyads = coded_dyads(text)
    assert ("PROTEST", "civilians", against) in dyads, dyads


def test_a_crowd_clashing_with_police_keeps_its_roles_and_fighters_stay_an_assault(coded_dyads):
    # near misses: the crowd is already the subject; no crowd on either side
    assert ("PROTEST", "civilians", "police") in coded_dyads("Demonstrators clashed with police outside parliament in Tbilisi.")
    dyads = coded_dyads("Kurdish fighters clashed with Turkish troops near the border.")
    assert any(t == "ASSAULT" for t, _, _ in dyads) and not any(t == "PROTEST" for t, _, _ in dyads), dyads
