"""Misses that recur across the written wire sets of several regions: third parties welcoming or
mediating a settlement. Each rule on sentences written for it, with near misses."""

from __future__ import annotations

import pytest


# -- welcoming or mediating a settlement is aimed at its sides --------------------------------------

@pytest.mark.parametrize("text, actor, sides", [
    ("Ethiopia and Eritrea signed a peace agreement in Riyadh on Sunday. The African Union hailed the agreement.",
     "African Union", {"Ethiopia", "Eritrea"}),
    ("Armenia and Azerbaijan agreed to a ceasefire on Tuesday. The deal was mediated by Qatar and Turkey after weeks of talks.",
     "Qatar", {"Armenia", "Azerbaijan"}),
    ("Colombia and the ELN agreed on Friday to a six-month truce. Brazil welcomed the truce.",
     "Brazil", {"Colombia", "National Liberation Army of Colombia"}),
])
def test_a_settlement_welcomed_or_mediated_is_aimed_at_its_sides(coded_dyads, text, actor, sides):
    dyads = coded_dyads(text, "2025-03-10")
    aimed = {r for t, a, r in dyads if a == actor and t in ("SUPPORT", "CONSULT")}
    assert sides <= aimed, dyads


@pytest.mark.parametrize("text, actor", [
    # near misses: a welcome of no settlement, and a settlement told with no two sides
    ("Ethiopia and Eritrea signed a peace agreement on Sunday. The African Union welcomed the refugees.", "African Union"),
    ("Kenya welcomed the agreement.", "Kenya"),
])
def test_no_sides_without_a_settlement_agreed_before(coded_dyads, text, actor):
    dyads = coded_dyads(text, "2025-03-10")
    assert not any(a == actor and r in ("Ethiopia", "Eritrea") for t, a, r in dyads), dyads


def test_a_third_partys_welcome_is_no_side_of_the_settlement(coded_dyads):
    # China welcomed the truce too: it praised it, it did not agree to it
    text = "Kenya and Somalia agreed to a truce on Monday. China welcomed the truce. The European Union also welcomed the truce."
    dyads = coded_dyads(text, "2025-03-10")
    assert not any(a == "European Union" and r == "China" for t, a, r in dyads), dyads
    assert ("SUPPORT", "European Union", "Somalia") in dyads, dyads


def test_a_signing_of_no_settlement_names_no_sides(coded_dyads):
    # a waiver signed is no deal the sides came to: the welcome of "the agreement" is not theirs
    text = ("Serbia and Kosovo signed a joint declaration in Brussels on Monday. "
            "Germany signed a waiver lifting restrictions on arms sales to Kosovo. "
            "Austria welcomed the agreement.")
    dyads = coded_dyads(text, "2025-03-10")
    aimed = {r for t, a, r in dyads if a == "Austria" and t == "SUPPORT"}
    assert "Germany" not in aimed and {"Serbia", "Kosovo"} <= aimed, dyads


# -- a response announced is a threat, aimed at the doer of the act answered -----------------------

@pytest.mark.parametrize("text, actor, recipient", [
    ("Kyrgyz troops shelled a Tajik border post on Friday. Tajikistan's foreign ministry condemned the attack "
     "and said Dushanbe would respond.", "Tajikistan", "Kyrgyzstan"),
    ("Ukrainian drones struck an oil depot in Bryansk on Sunday. Peskov said Russia would respond to the attacks "
     "on its territory.", "Russia", "Ukraine"),
    ("The Venezuelan government said it would retaliate against Guyana.", "Venezuela", "Guyana"),
])
def test_a_response_announced_is_a_threat_at_whom_it_answers(coded_dyads, text, actor, recipient):
    dyads = coded_dyads(text, "2025-03-10")
    assert ("THREATEN", actor, recipient) in dyads, dyads


@pytest.mark.parametrize("text", [
    # near misses: an answer in words, and a response told done (no threat)
    "The Kenyan ministry said it would respond to the letter next week.",
    "Police responded to the attack by sealing off the area.",
    "Colombia responded to the questions from reporters on Monday.",
])
def test_no_threat_from_an_answer_in_words_or_a_response_done(coded_dyads, text):
    dyads = coded_dyads(text, "2025-03-10")
    assert not any(t == "THREATEN" for t, _, _ in dyads), dyads
