"""Trade measures, retaliation in kind and answers to them, as wire stories on sanctions and
tariffs tell them. Sentences written for these tests (wire8a)."""

from __future__ import annotations


def _of_type(dyads, event_type):
    return [(a, r) for t, a, r in dyads if t == event_type]


# Tariffs, levies and surcharges one state puts on another's goods are sanctions on it (CAMEO
# 163); export controls too (knowledge/events.yaml).
def test_tariffs_on_a_states_goods_are_sanctions_on_it(coded_dyads):
    assert ("Japan", "South Korea") in _of_type(coded_dyads("Japan imposed tariffs of 20% on South Korean steel on Monday."), "SANCTION")
    assert ("China", "Australia") in _of_type(coded_dyads("Beijing announced tariffs of up to 15% on Australian wine."), "SANCTION")
    assert ("Japan", "South Korea") in _of_type(coded_dyads("Japan imposed export controls on South Korea."), "SANCTION")


def test_a_tariff_named_as_a_topic_is_no_sanction(coded_dyads):
    assert not _of_type(coded_dyads("The tariff debate dominated the campaign."), "SANCTION")
    assert not _of_type(coded_dyads("The export controls debate continued in parliament."), "SANCTION")


def test_measures_for_ones_own_people_are_no_sanction(coded_dyads):
    assert coded_dyads("The ministry said it would take measures to improve water supply.") == []


# To strike or hit back at a rival's tariffs or sanctions is to answer them in kind: a sanction
# on whoever imposed them, not the use of force (stages/events/coder.py _verbal_attack_coding).
def test_striking_back_at_tariffs_is_a_sanction_not_an_attack(coded_dyads):
    dyads = coded_dyads("The European Union hit back at US steel tariffs with levies on bourbon.")
    assert ("European Union", "United States") in _of_type(dyads, "SANCTION") and not _of_type(dyads, "ASSAULT")
    dyads = coded_dyads("Moscow struck back at the new EU sanctions on Tuesday.")
    assert ("Russia", "European Union") in _of_type(dyads, "SANCTION") and not _of_type(dyads, "ASSAULT")


def test_striking_back_at_positions_is_still_an_attack(coded_dyads):
    assert ("Israel", "Hamas") in _of_type(coded_dyads("Israeli jets struck back at Hamas positions in Gaza."), "ASSAULT")


# Accepting a deal, a truce or a proposal for one is agreeing to it (AGREE), not yielding
# (knowledge/events.yaml `accept settlements`); accepting a verdict or refugees stays CONCEDE.
def test_accepting_a_proposal_is_agreeing_to_it(coded_dyads):
    assert ("Ukraine", "United States") in _of_type(coded_dyads("Kyiv accepted a US ceasefire proposal, officials said."), "AGREE")
    assert _of_type(coded_dyads("Armenia accepted the EU-brokered peace proposal on Monday."), "AGREE")


def test_accepting_a_verdict_is_no_agreement(coded_dyads):
    dyads = coded_dyads("Serbia accepted the verdict of the court.")
    assert not _of_type(dyads, "AGREE") and _of_type(dyads, "CONCEDE")


# Ordering a place's people to leave it is an evacuation order: they are driven out (COERCE;
# stages/events/dismissals.py evacuation_order), not asked.
def test_ordering_residents_to_leave_is_coercion(coded_dyads):
    assert ("Israel", "civilians") in _of_type(coded_dyads("Israel ordered residents to leave parts of Rafah ahead of new operations."), "COERCE")
    assert _of_type(coded_dyads("The army told civilians to evacuate three villages near the border."), "COERCE")


def test_ordering_pupils_or_staff_out_is_no_coercion(coded_dyads):
    assert not _of_type(coded_dyads("The teacher ordered pupils to leave the classroom."), "COERCE")
    assert not _of_type(coded_dyads("The UN told its staff to leave Khartoum."), "COERCE")


# Plain disapproval and insult are judgements ("regarded him as a dictator"; events.yaml
# evaluation_words).
def test_an_insult_is_an_accusation(coded_dyads):
    assert ("Turkey", "Syria") in _of_type(coded_dyads("Erdogan said he regarded Assad as a dictator."), "ACCUSE")


def test_praise_of_a_thing_after_calling_is_no_accusation(coded_dyads):
    assert not _of_type(coded_dyads("Ankara called the new bridge very beautiful."), "ACCUSE")
