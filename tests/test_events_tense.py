"""Statuses from tense and clause (branch status4): an act told in a time clause, under an
open question, or in a question. Each rule on sentences written for it."""

from __future__ import annotations

import pytest

# statuses the article scorer sets aside: the mention is kept, but no act is told as done
SOFT = {"hypothetical", "planned", "denied", "threatened"}


@pytest.fixture(scope="module")
def status_of(coded):
    """The statuses of the events of a text whose trigger is a given word."""
    return lambda text, word: [e.status for e in coded(text).events if e.trigger.text == word]


@pytest.mark.parametrize("text, word", [
    # a past time clause under a future, a modal or a negation: its own past tense decides
    ("Turkey will withdraw its troops after Russia brokered a deal with Iran.", "brokered"),
    ("The army did not enter Daraa when the rebels withdrew from the city.", "withdrew"),
    ("Hezbollah may retaliate now, since Israel has bombed its convoys in Syria.", "bombed"),
])
def test_a_past_time_clause_is_told_as_done_whatever_its_main_clause(status_of, text, word):
    assert status_of(text, word) and all(s not in SOFT for s in status_of(text, word))


def test_a_past_under_a_past_modal_is_no_past_of_its_own(coded):
    # "said that as Russia withdrew its jets, the US would send more": a shifted present, to come
    record = coded("The envoy said that as Russia withdrew its jets, the US would send more troops.")
    withdrawals = [e for e in record.events if e.trigger.text == "withdrew"]
    assert withdrawals and not [e for e in withdrawals if e.event_type == "RETREAT" and e.status == "occurred"]


def test_a_time_clause_of_the_same_doer_shares_its_main_clauses_status(coded):
    # "while continuing to fight": no subject of its own, the doer's own act told with the main one
    record = coded("The Americans will leave Syria slowly while continuing to fight Isis.")
    assert [e.status for e in record.events if e.trigger.text == "fight"] == ["occurred"]
    assert [e.event_type for e in record.events if e.trigger.text == "fight"] == ["THREATEN"]


@pytest.mark.parametrize("text, word", [
    # a negated word of knowing leaves the clause under it open: supposed, not refused or denied
    ("It is not certain that Turkey will attack the Kurds.", "attack"),
    ("Nobody knows whether Ankara will invade Afrin.", "invade"),
    ("It remains unclear when Russia will withdraw its troops from Syria.", "withdraw"),
    ("It is not clear that Israeli jets struck the base near Damascus.", "struck"),
])
def test_an_act_under_a_negated_word_of_knowing_is_an_open_question(coded, text, word):
    events = [e for e in coded(text).events if e.trigger.text == word]
    assert events and all(e.status == "hypothetical" and e.event_type not in ("REJECT", "AGREE") for e in events)


def test_a_past_wh_question_under_a_word_of_knowing_takes_its_act_as_done(status_of):
    # "nobody knows why Russia bombed the hospital": the bombing is given, its reason asked
    assert status_of("Nobody knows why Russian jets bombed the hospital in Idlib.", "bombed") == ["occurred"]


def test_a_word_of_knowing_not_negated_leaves_the_clause_as_told(coded):
    # "it is clear that Turkey will not attack": a refusal told, coded as one
    record = coded("It is clear that Turkey will not attack the Kurds.")
    assert [e.event_type for e in record.events if e.trigger.text == "attack"] == ["REJECT"]
    assert [e.status for e in coded("Russia did not bomb the hospital in Idlib.").events] == ["denied"]


@pytest.mark.parametrize("text, word", [
    # a yes/no question leaves its act open whatever its modal: no announced intent or threat
    ("Will Russia bomb Idlib again?", "bomb"),
    ("Will the United States withdraw its troops from Syria?", "withdraw"),
])
def test_an_act_asked_about_in_a_question_is_supposed_whatever_its_modal(coded, text, word):
    events = [e for e in coded(text).events if e.trigger.text == word]
    assert events and all(e.status == "hypothetical" and e.event_type not in ("THREATEN", "AGREE") for e in events)


def test_a_future_told_not_asked_stays_an_announced_intent(coded):
    record = coded("Russia will bomb Idlib again, officials said.")
    assert [(e.event_type, e.status) for e in record.events if e.trigger.text == "bomb"] == [("THREATEN", "occurred")]


@pytest.mark.parametrize("text, word", [
    # what was supposed to happen was expected, not told as done
    ("Russia and Turkey were supposed to meet in Sochi.", "meet"),
    ("The rebels were supposed to withdraw from Idlib by October.", "withdraw"),
])
def test_an_act_that_was_supposed_to_happen_is_not_told_as_done(status_of, text, word):
    assert status_of(text, word) == ["hypothetical"] * len(status_of(text, word)) and status_of(text, word)


def test_an_act_told_beside_a_supposition_is_still_done(status_of):
    assert status_of("Russia and Turkey met in Sochi, as everyone supposed.", "met")[:1] == ["occurred"]


def test_an_act_in_a_time_clause_under_an_open_question_is_no_refusal(coded):
    # "it is not clear what will happen when US troops leave": the "not" asks, it refuses nothing
    events = [e for e in coded("It is not clear what will happen when US troops leave the area.").events if e.trigger.text == "leave"]
    assert events and all(e.event_type != "REJECT" and e.status == "hypothetical" for e in events)


def test_a_negation_above_an_act_another_is_made_to_do_is_no_refusal_of_its_doer(coded):
    def told(text):
        return [(e.event_type, e.actor and e.actor.name, e.status) for e in coded(text, "2019-03-12").events]
    # the "not" is of the sanctions' power, not Russia's refusal
    assert told("Sanctions will not force Russia to withdraw its troops.") == [("RETREAT", "Russia", "hypothetical")]
    assert ("REJECT", "Russia", "occurred") not in told("Withholding funds will not be sufficient to force Russia to negotiate.")
    # the doer's own "will not" is its refusal
    assert ("REJECT", "Russia", "occurred") in told("Russia will not withdraw its troops.")


def test_an_act_still_to_come_by_its_adjective_is_not_done(coded):
    def told(text):
        return [(e.event_type, e.status) for e in coded(text, "2018-08-01").events if e.event_type == "ASSAULT"]
    assert told("Residents braced for the looming assault by Turkey on Afrin.") == [("ASSAULT", "hypothetical")]
    assert told("Nothing was said about the Russians' projected attack on the residents of Idlib.") == [("ASSAULT", "hypothetical")]
    assert told("Residents braced for the assault by Turkey on Afrin after it began on Monday.") == [("ASSAULT", "occurred")]


def test_what_another_believes_the_doer_will_do_is_only_supposed(coded):
    def told(text):
        return [(e.event_type, e.actor and e.actor.name, e.status) for e in coded(text, "2018-04-10").events]
    # a guess by someone else: no threat, no refusal by the doer
    assert told("Judi Arsh is sceptical that Trump will launch an attack on Syria.") == [("ASSAULT", "United States", "hypothetical")]
    assert not [e for e in told('"I think that the United States will not launch a strike against Syria," he said.') if e[0] == "REJECT"]
    # the doer's own word, said by another, stays its refusal
    assert ("REJECT", "Turkey", "occurred") in told("The minister said Turkey will not withdraw its troops from Afrin.")


def test_what_is_called_for_is_asked_for_gerund_or_joined_noun_alike(coded):
    def told(text):
        return {(e.event_type, e.status) for e in coded(text, "2018-04-10").events if e.event_type == "RETREAT"}
    assert told("The minister called for disarming the rebels.") <= {("RETREAT", "hypothetical")}
    assert told("The minister called for the disarming of the rebels and the withdrawal of Iranian forces.") == {("RETREAT", "hypothetical")}
    assert told("Iranian forces began a withdrawal from the town on Monday.") == {("RETREAT", "occurred")}


def test_an_act_years_back_is_background_whatever_the_count(coded):
    def told(text):
        return [(e.event_type, e.status) for e in coded(text, "2018-04-10").events]
    assert told("Police killed two militants a few years ago.") == [("ASSAULT", "historical")]
    assert told("Police killed two militants years ago.") == [("ASSAULT", "historical")]
    assert told("Police killed two militants two days ago.") == [("ASSAULT", "occurred")]


def test_what_forces_are_trained_for_is_their_aim(coded):
    told = [(e.event_type, e.actor and e.actor.name, e.status) for e in coded("The US trained local forces to fight Isis.", "2018-08-01").events]
    # the trained forces are to fight, later; the trainer fights no one
    assert ("ASSAULT", "United States", "occurred") not in told
    assert all(status == "hypothetical" for t, _, status in told if t == "ASSAULT")
