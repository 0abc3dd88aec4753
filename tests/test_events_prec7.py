"""Precision (branch prec7): kinds of false events found on unseen reports from other outlets,
each stopped by a general rule, on sentences written for it."""

from __future__ import annotations

import pytest

# statuses the article scorer sets aside: the mention is kept, but no act is told as done
SOFT = {"hypothetical", "planned", "denied", "threatened"}


@pytest.fixture(scope="module")
def statuses(coded):
    """(type, actor name, status) of each event of a text."""
    return lambda text, published="2024-01-19": [(e.event_type, e.actor and e.actor.name, e.status) for e in coded(text, published).events]


def test_speaking_to_a_news_outlet_or_an_audience_consults_no_one(statuses):
    for text in ("Speaking to Al Jazeera, the Qatari emir said the blockade had achieved nothing.",
                 "Speaking to CNN on Sunday, the Israeli prime minister said the operation would go on.",
                 "The Libyan commander spoke to BBC Radio 4's Today programme about the offensive.",
                 "The YPG commander spoke to the congregation from Syria via Skype."):
        assert not any(t == "CONSULT" for t, _, _ in statuses(text)), text
    # a call or a meeting with a party is still a consultation
    assert ("CONSULT", "Egypt", "occurred") in statuses("The Egyptian president spoke to the Sudanese leader by phone on Monday.")
    assert ("CONSULT", "Turkey", "occurred") in statuses("The Turkish foreign minister met his Iranian counterpart and spoke to reporters afterwards.")


def test_meeting_a_condition_or_a_deadline_is_no_meeting(statuses):
    for text in ("Iran has met all the conditions set by the IAEA.",
                 "The demands of the protesters were met by the Chilean government on Friday.",
                 "The Kenyan government failed to meet the deadline for the withdrawal."):
        assert not any(t == "CONSULT" for t, _, _ in statuses(text)), text
    assert ("CONSULT", "Russia", "occurred") in statuses("The Russian foreign minister met his Syrian counterpart in Damascus on Monday.")


def test_failing_to_do_something_is_no_refusal(statuses):
    for text in ("The UN acknowledged it had failed to persuade Russia to form a broader committee.",
                 "Talks between Sudan and the rebels failed on Monday.",
                 "Western airstrikes failed to stop the regime's use of barrel bombs."):
        assert not any(t == "REJECT" for t, _, _ in statuses(text)), text
    # the act that failed is not done
    found = statuses("Mediators failed to reach a ceasefire agreement between Ethiopia and the TPLF.")
    assert found and all(s in SOFT for _, _, s in found), found
    # a refusal still is one
    assert ("REJECT", "Bolivia", "occurred") in statuses("The Bolivian army refused to withdraw its troops from the border.")


def test_what_a_party_has_to_do_is_owed_not_done(statuses):
    for text in ("“We have to reinforce and start over,” the rebel commander said.",
                 "Europe has to take back its fighters from the Kurdish camps, the Kurdish official said."):
        found = statuses(text)
        assert all(s in SOFT for _, _, s in found), (text, found)
    # what a party had to do, it did
    assert ("RETREAT", "rebels", "occurred") in statuses("The rebels had to withdraw from the town after the siege.")


def test_an_act_a_party_plans_proposes_or_considers_is_not_done(statuses):
    for text in ("Egypt has proposed talks between Israel and Hamas.",
                 "Iran is planning attacks on US bases in Iraq.",
                 "The Australian man is accused of planning Islamic State attacks on Australians."):
        found = statuses(text)
        assert not any(t in ("CONSULT", "ASSAULT") and s not in SOFT for t, _, s in found), (text, found)
    # an act settled or announced is one
    assert ("AGREE", "Russia", "occurred") in statuses("Russia and Ukraine agreed a ceasefire on Monday.")
    assert ("SANCTION", "European Union", "occurred") in statuses("The EU announced sanctions on Iran on Tuesday.")


def test_an_act_that_went_on_for_years_is_background(statuses):
    for text, event_type, actor in (("Russia has bombed Idlib for years.", "ASSAULT", "Russia"),
                                    ("For decades, Pakistan has supported the Taliban.", "SUPPORT", "Pakistan"),
                                    ("For many years, Turkey allowed foreign fighters to cross its border into Syria.", "CONCEDE", "Turkey")):
        assert (event_type, actor, "historical") in statuses(text), text
    # a counted term is no habit, and "the first strikes in years" tells a strike now
    assert ("COERCE", "Egypt", "occurred") in statuses("The Egyptian court jailed the activist for ten years on Monday.")
    assert ("ASSAULT", "Russia", "occurred") in statuses("Russia bombed Idlib on Monday, the first strikes in years.")
