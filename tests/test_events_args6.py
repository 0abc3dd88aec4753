"""Doers of triggers the coder finds: who does an act named by a word whose actor is not in
its own phrase (a family as a party, ...). Sentences written for these tests."""

from __future__ import annotations

from .conftest import event_roles


def _coded_by(record, event_type):
    """(actor, recipient) of a type's events, each by its code's first three letters (a
    country or, with no country, a sector: "IRN", "CVL")."""
    def short(actor):
        return actor.code[:3] if actor is not None and actor.code else None

    return [(short(e.actor), short(e.recipient)) for e in record.events if e.event_type == event_type]


def test_a_family_is_a_party_of_private_persons(coded):
    # a family acts and is acted on as civilians do ("families" already were)
    assert ("CVL", "IRN") in _coded_by(coded("Her family appealed to the Iranian government for clemency."), "REQUEST")
    assert ("CVL", "TUR") in _coded_by(coded("The family of the jailed journalist urged Ankara to free her."), "REQUEST")
    helped = _coded_by(coded("Her family was evacuated to Jordan with the help of Qatar."), "AID")
    assert ("QAT", "CVL") in helped


def test_a_ruling_family_is_no_civilian_party(coded):
    # a named or national ruling family is its state, or no event at all
    assert event_roles(coded("The Assad family has ruled Syria for decades.")) == []
    assert ("SAU", None) in _coded_by(coded("The Saudi royal family condemned the attack on the embassy."), "ACCUSE")


def test_a_meeting_of_two_sides_is_between_them(coded):
    # "of" names the sides of a mutual act as "between" does, when it names two
    met = _coded_by(coded("A meeting of Iranian and Saudi officials in Baghdad ended without agreement."), "CONSULT")
    assert ("IRN", "SAU") in met and ("SAU", "IRN") in met
    talks = _coded_by(coded("Talks of Russian and Turkish diplomats resumed in Ankara on Monday."), "CONSULT")
    assert ("RUS", "TUR") in talks


def test_a_meeting_of_one_body_names_no_second_side(coded):
    assert _coded_by(coded("The meeting of the Arab League in Cairo ended on Monday."), "CONSULT") == []


def test_a_convoy_is_its_senders(coded):
    # who sent or ran a conveyance does what it does
    assert ("IGO", None) in _coded_by(coded("A convoy the UN sent delivered food to the besieged town on Monday."), "AID")
    assert ("QAT", "CVL") in _coded_by(coded("Convoys sent by Qatar delivered aid to civilians in Idlib."), "AID")


def test_a_convoy_is_not_whoever_attacked_it(coded):
    assert not any(a == "REB" for a, _ in _coded_by(coded("A convoy attacked by rebels delivered food to Madaya."), "AID"))


def test_help_thanked_for_is_given_to_who_acts(coded):
    # "thanks to" tells help as a means, as "with" does: the giver aids whoever acts with it
    assert ("TUR", "REF") in _coded_by(coded("Thanks to the help of Turkey, the refugees reached Greece."), "AID")
    assert ("TUR", "REF") in _coded_by(coded("The refugees reached Greece thanks to Turkish assistance."), "AID")


def test_help_of_no_party_tells_no_aid(coded):
    assert _coded_by(coded("Thanks to the help of the weather, the rebels advanced."), "AID") == []


def test_the_of_phrase_of_a_visit_names_the_visitor(coded):
    assert ("IRN", "IRQ") in _coded_by(coded("The visit of the Iranian president to Baghdad angered Washington."), "CONSULT")
    assert ("TUR", "RUS") in _coded_by(coded("The visit of Erdogan to Moscow ended on Monday."), "CONSULT")


def test_a_visit_of_days_names_no_visitor(coded):
    assert _coded_by(coded("A visit of two days to Beijing ended on Monday."), "CONSULT") == []
