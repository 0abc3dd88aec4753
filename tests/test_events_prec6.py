"""Precision on text the coder was not tuned on: words that describe a party or name a
cooperation, read as acts of force or of taking sides. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from .conftest import event_codes

SOFT = {"hypothetical", "planned", "denied", "threatened"}


def done(codes, event_type):
    """The events of a type told as done (or claimed, or background)."""
    return [c for c in codes if c[0] == event_type and c[3] not in SOFT]


@pytest.mark.parametrize("text, sides", [
    # fighting alongside "each other": the sides named together fight on the same side
    ("US-backed rebels and Turkish-supported groups have fought alongside each other in Idlib.", 2),
    ("Iraqi and Iranian militias fought alongside one another near Mosul last week.", 2),
])
def test_fighting_alongside_each_other_is_cooperation_not_a_fight(coded, text, sides):
    codes = event_codes(coded(text, "2019-01-20"))
    assert not done(codes, "ASSAULT")
    assert len(done(codes, "COOPERATE")) == sides


def test_fighting_each_other_stays_a_fight(coded):
    codes = event_codes(coded("Rebel factions fought each other in Idlib on Sunday.", "2019-01-20"))
    assert done(codes, "ASSAULT")


@pytest.mark.parametrize("text, event_type", [
    # an act its own clause calls a possibility, a risk or possible is supposed, not done
    ("Direct clashes between Turkish forces and US troops in Manbij are now a distinct possibility.", "ASSAULT"),
    ("A new offensive by Syrian forces on Idlib remains a real risk.", "ASSAULT"),
    ("A deal between Israel and Hamas now seems possible.", "AGREE"),
])
def test_an_act_called_a_possibility_is_hypothetical(coded, text, event_type):
    codes = event_codes(coded(text, "2019-01-20"))
    assert [c for c in codes if c[0] == event_type] and not done(codes, event_type)


@pytest.mark.parametrize("text, event_type", [
    # the copula's predicate tells something else of an act done
    ("The talks between Iran and the US on Monday were a success.", "CONSULT"),
    ("The Turkish offensive on Afrin last month was a disaster for the Kurds.", "ASSAULT"),
])
def test_an_act_judged_by_a_copula_stays_done(coded, text, event_type):
    assert done(event_codes(coded(text, "2019-01-20")), event_type)


@pytest.mark.parametrize("text, event_type", [
    ("Lebanon accepted 2,000 Syrian refugees last month.", "CONCEDE"),
    # accepting what another side asks is giving in to it, clause or not
    ("Moscow accepted that UN monitors would oversee the vote in Donetsk.", "CONCEDE"),
    ("Turkey recognised the new government in Tripoli on Monday.", "SUPPORT"),
])
def test_granting_with_an_object_stays_the_act(coded, text, event_type):
    assert done(event_codes(coded(text, "2019-01-20")), event_type)


@pytest.mark.parametrize("text", [
    # keeping fighting to an extent restricts no party
    "Nor are these wars, which now include Libya and Mali, restricted to the Islamic world.",
    "Israel restricted its strikes to military targets.",
])
def test_restricting_fighting_is_its_extent(coded, text):
    assert not [c for c in event_codes(coded(text, "2019-01-20")) if c[0] == "COERCE"]


def test_restricting_a_party_stays_coercion(coded):
    codes = event_codes(coded("Movement of Palestinians was restricted by Israeli forces on Monday.", "2019-01-20"))
    assert done(codes, "COERCE")
