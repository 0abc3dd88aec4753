"""A request for a person held is addressed to whoever holds them (stages/releases.py).
Sentences written for these tests."""

from __future__ import annotations

from functools import partial

from .conftest import first_of


_request = partial(first_of, event_type="REQUEST")


def test_a_demand_for_their_release_is_addressed_to_the_detainer(coded):
    event = _request(coded("Turkish police arrested two British journalists on Monday. Britain demanded their "
                           "release on Tuesday."))
    assert event.actor.name == "United Kingdom"
    assert event.recipient is not None and event.recipient.name == "Turkey"
    assert event.rule.endswith(">detainer")


def test_consular_access_is_asked_of_the_detaining_state(coded):
    event = _request(coded("On Monday the Foreign Office said: \"We are aware of the detention of a British "
                           "national in Turkey, and have requested consular access.\""))
    assert event.recipient is not None and event.recipient.name == "Turkey"


def test_the_person_held_is_not_the_addressee_when_no_detainer_is_told(coded):
    event = _request(coded("Britain demanded the release of two British journalists on Tuesday."))
    assert not event.rule.endswith(">detainer")


def test_other_demands_keep_their_recipient(coded):
    event = _request(coded("Turkish police arrested two British journalists on Monday. Britain demanded an "
                           "apology on Tuesday."))
    assert event.recipient is None or event.recipient.name != "Turkey"


def test_a_request_named_to_another_party_is_kept(coded):
    record = coded("Turkish police arrested two British journalists on Monday. On Tuesday, Britain urged "
                   "France to help secure their release.")
    urged = next(e for e in record.events if e.event_type == "REQUEST" and e.trigger.text == "urged")
    assert urged.recipient is not None and urged.recipient.name == "France"
