"""An offer or a plan of a trip is addressed to the state the trip goes to (stages/hosts.py).
Sentences written for these tests."""

from __future__ import annotations

from functools import partial

from .conftest import first_of


_agree = partial(first_of, event_type="AGREE")


def test_an_offer_to_go_to_a_province_is_addressed_to_its_state(coded):
    event = _agree(coded("On Monday the UN envoy repeated his personal offer to go to Idlib to find a formula "
                         "that avoids further conflict."))
    assert event.recipient is not None and event.recipient.name == "Syria"
    assert event.rule.endswith(">host")


def test_a_promise_to_travel_abroad(coded):
    event = _agree(coded("On Monday Erdogan promised to travel to Kabul for talks."))
    assert event.recipient is not None and event.recipient.name == "Afghanistan"


def test_a_trip_at_home_has_no_host(coded):
    event = _agree(coded("On Monday the Turkish president promised to travel to Izmir next week."))
    assert event.recipient is None or event.recipient.name != "Turkey"
    assert not event.rule.endswith(">host")


def test_an_offer_of_no_trip_takes_no_host(coded):
    record = coded("On Monday Erdogan offered to help the refugees in Idlib.")
    assert not any(e.rule.endswith(">host") for e in record.events)
