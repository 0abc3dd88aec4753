"""Event types decided by the phrase a trigger word is in, not by the word alone: a ceasefire
declared by two sides together is their agreement, a ceasefire one side declares is its
de-escalation; a raid by the police is a seizure, a raid by troops an assault. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from .conftest import event_roles


@pytest.mark.parametrize("text, first, second", [
    ("Azerbaijan and Armenia declared a humanitarian ceasefire on Saturday.", "Azerbaijan", "Armenia"),
    ("Pakistan and the Taliban reached a ceasefire on Sunday.", "Pakistan", "Taliban"),
    ("Sudan's army and the RSF declared a week-long truce on Saturday.", "Sudan", "Rapid Support Forces"),
])
def test_a_ceasefire_two_sides_declare_together_is_their_agreement(coded, text, first, second):
    roles = [r[:3] for r in event_roles(coded(text))]
    assert ("AGREE", first, second) in roles and ("AGREE", second, first) in roles
    assert not any(r[0] == "RETREAT" for r in roles)


@pytest.mark.parametrize("text", [
    "The army declared a unilateral ceasefire on Monday.",
    "The Sudanese army and the police declared a ceasefire in Khartoum on Monday.",  # one side, two organs
])
def test_a_ceasefire_one_side_declares_stays_its_deescalation(coded, text):
    types = [r[0] for r in event_roles(coded(text))]
    assert "RETREAT" in types and "AGREE" not in types


@pytest.mark.parametrize("text, expected", [
    ("Turkish police raided the homes of opposition activists on Tuesday.", ("COERCE", "Turkey")),
    ("Police in Kenya raided the offices of the newspaper on Monday.", ("COERCE", "Kenya")),
    ("A police raid on the newspaper's offices in Istanbul on Monday angered journalists.", ("COERCE", "Turkey")),
    ("Israeli troops raided the Jenin refugee camp on Monday.", ("ASSAULT", "Israel")),  # troops: force
])
def test_a_police_raid_is_a_seizure_a_raid_by_troops_an_assault(coded, text, expected):
    roles = [r[:2] for r in event_roles(coded(text))]
    assert expected in roles
    assert not any(t != expected[0] and t in ("ASSAULT", "COERCE") for t, _ in roles)
