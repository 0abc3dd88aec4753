"""Wire-report constructions of the Middle East 2024-2025 stories (wire7c), each on sentences
written for it: hostilities ceased, ..."""

from __future__ import annotations

from .conftest import event_roles


# -- hostilities ceased (stages/events/cessation.py) ------------------------------------------------

def test_ceasing_a_gerund_of_fighting_is_a_halt_to_hostilities_not_an_attack(coded):
    events = event_roles(coded("The rebels stopped attacking government convoys on Monday."))
    assert ("RETREAT", "rebels", "government", "occurred") in events
    assert not any(t == "ASSAULT" for t, *_ in events)


def test_agreeing_to_stop_fighting_threatens_no_one(coded):
    events = event_roles(coded("The militia agreed to cease shelling the port of Berbera."))
    assert not any(t in ("THREATEN", "ASSAULT") for t, *_ in events)
    assert any(t == "AGREE" for t, *_ in events)


def test_halting_a_military_campaign_is_a_ceasefire_toward_its_target(coded):
    events = event_roles(coded("Ethiopia halted its bombing campaign against the Tigrayan forces on Monday."))
    assert any(t == "RETREAT" and a == "Ethiopia" and r is not None for t, a, r, _ in events)
    assert not any(t in ("SANCTION", "THREATEN") for t, *_ in events)


def test_halting_a_civilian_operation_or_a_stopped_march_is_no_ceasefire(coded):
    assert not any(t == "RETREAT" for t, *_ in event_roles(coded("The charity suspended relief operations in Darfur.")))
    assert not any(t == "RETREAT" for t, *_ in event_roles(coded("Police stopped protesters from marching on parliament.")))


# -- "be to": a future arranged or required (timeclauses.destined) ---------------------------------

def test_be_to_tells_an_act_still_to_come(coded):
    for text in ("Under the accord, Ethiopian troops are to withdraw from the border town within 30 days.",
                 "The two foreign ministers are to meet in Geneva next week."):
        statuses = [s for t, a, r, s in event_roles(coded(text)) if t in ("RETREAT", "CONSULT")]
        assert statuses and all(s == "planned" for s in statuses), (text, statuses)


def test_a_done_act_or_a_predicate_of_be_is_no_future(coded):
    assert ("RETREAT", "Ethiopia", None, "occurred") in event_roles(coded("Ethiopian troops withdrew from the border town on Monday."))
    assert not any(t == "CONSULT" for t, *_ in event_roles(coded("The question is to know who met whom.")))


# -- third parties: co-mediators are no counterparts (joint.third_party_act, mediation.mediated_sides)

def test_co_mediators_are_not_each_others_counterparts(coded_dyads):
    dyads = coded_dyads("The truce between Armenia and Azerbaijan was mediated by Russia, France and the United States.")
    assert ("CONSULT", "Russia", "Armenia") in dyads and ("CONSULT", "France", "Azerbaijan") in dyads
    assert not any({a, r} <= {"Russia", "France", "United States"} for _, a, r in dyads)
    assert not any({a, r} == {"Turkey", "United Nations"} for _, a, r in coded_dyads("The deal was brokered by Turkey and the United Nations."))


def test_sides_that_talk_together_are_still_counterparts(coded_dyads):
    assert ("CONSULT", "Iran", "Saudi Arabia") in coded_dyads("Iran and Saudi Arabia held talks in Baghdad.")


# -- "according to" is an attribution, not an "accord" struck (triggers._particle_found) -----------

def test_a_strike_attributed_with_according_to_is_no_agreement(coded_dyads):
    dyads = coded_dyads("Russian missiles struck Kharkiv on Sunday, according to the mayor.", "2025-03-01")
    assert ("ASSAULT", "Russia", "Ukraine") in dyads
    assert not any(t == "AGREE" for t, *_ in dyads)
    assert not any(t == "AGREE" for t, *_ in coded_dyads("Saudi jets struck a fuel depot in Hodeidah, killing six people, according to rebel television."))


def test_an_accord_struck_is_still_an_agreement(coded_dyads):
    assert ("AGREE", "Kenya", "Somalia") in coded_dyads("Kenya and Somalia struck an accord on Monday.", "2025-03-01")
