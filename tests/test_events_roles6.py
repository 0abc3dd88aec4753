"""Whom an act is aimed at when the text names several: every one of coordinated parties an
answer replies to. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def coded_roles(coded):
    """Code one text: its events as (type, actor name, recipient name)."""
    def roles(text: str, published: str = "2024-01-19"):
        return [(e.event_type, e.actor and e.actor.name, e.recipient and e.recipient.name) for e in coded(text, published).events]
    return roles


@pytest.mark.parametrize("text, answerer, accusers", [
    ("France and Germany accused Iran of enriching uranium, a charge Tehran denied.", "Iran", {"France", "Germany"}),
    ("The US, Britain and other countries accused Moscow of deliberate time-wasting – a charge refuted by Russia.",
     "Russia", {"United States", "United Kingdom"}),
    ("Egypt and Sudan demanded that Ethiopia stop filling the dam, a demand Addis Ababa rejected.", "Ethiopia", {"Egypt", "Sudan"}),
])
def test_a_denial_answers_every_one_of_coordinated_accusers(coded_roles, text, answerer, accusers):
    events = coded_roles(text)
    answered = {r for t, a, r in events if t == "REJECT" and a == answerer}
    assert answered == accusers, events


def test_a_denial_answers_only_the_latest_accusation_not_an_earlier_one(coded_roles):
    # Kenya's charge is older: Somalia answers Uganda's, the one just before its denial
    events = coded_roles("Kenya accused Somalia of harbouring militants on Monday. On Tuesday Uganda accused Somalia of "
                         "arming rebels, a charge Mogadishu denied.")
    answered = {r for t, a, r in events if t == "REJECT" and a == "Somalia"}
    assert answered == {"Uganda"}, events


@pytest.mark.parametrize("text, recipient", [
    ("Turkish jets struck a base used by Kurdish fighters.", "Kurdish"),
    ("Government forces shelled positions held by the rebels.", "rebels"),
    ("Saudi-led jets hit a checkpoint manned by Houthi fighters.", "Houthis"),
    ("Rebels attacked an airbase used by Russian forces in Syria.", "Russia"),
])
def test_an_attack_on_a_place_or_post_is_on_whoever_uses_or_holds_it(coded_roles, text, recipient):
    events = coded_roles(text)
    assert [r for t, _, r in events if t == "ASSAULT"] == [recipient], events


@pytest.mark.parametrize("text, recipient", [
    # no one said to use it: the state where it lies, not the owner of what it stores
    ("Israeli jets struck an airbase in Syria used to store Iranian weapons.", "Syria"),
    # the base near the target is not the target
    ("The SDF attacked Isis positions near a base used by US forces.", "Islamic State"),
])
def test_a_use_that_names_no_user_or_another_place_gives_no_holder(coded_roles, text, recipient):
    events = coded_roles(text)
    assert [r for t, _, r in events if t == "ASSAULT"] == [recipient], events


@pytest.mark.parametrize("text", [
    "Saudi Arabia recalled its envoy.",
    "Lithuania recalled its ambassador after China imposed trade curbs.",
    "The Netherlands summoned its ambassador in Ankara.",
])
def test_a_partys_own_envoy_is_not_whom_its_recall_is_aimed_at(coded_roles, text):
    events = coded_roles(text)
    assert not any(a is not None and a == r for _, a, r in events), events


@pytest.mark.parametrize("text, event", [
    ("Lithuania recalled its ambassador to China.", ("SANCTION", "Lithuania", "China")),
    ("China summoned the Lithuanian ambassador.", ("ACCUSE", "China", "Lithuania")),
    # an envoy arrested by its own state is acted on
    ("Iran arrested its own diplomats.", ("COERCE", "Iran", "Iran")),
])
def test_an_envoy_of_another_party_or_one_acted_on_stays_the_recipient(coded_roles, text, event):
    assert event in coded_roles(text)
