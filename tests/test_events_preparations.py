"""An act of readiness told with the attack it readies for is aimed at the attack's target
(stages/preparations.py). Sentences written for these tests."""

from __future__ import annotations

from functools import partial

from .conftest import first_of


_mobilize = partial(first_of, event_type="MOBILIZE")


def test_troops_deployed_ahead_of_an_offensive_against_a_group(coded):
    event = _mobilize(coded("Turkey deployed troops to the border on Monday ahead of an offensive against the YPG."))
    assert event.recipient is not None and event.recipient.name == "People's Protection Units"
    assert event.rule.endswith(">prepared")


def test_the_assault_readied_for_is_the_one_the_story_tells(coded):
    event = _mobilize(coded("Turkey is planning an offensive against the YPG in Afrin. Turkish troops massed on "
                            "the border on Monday in preparation for the assault."))
    assert event.recipient is not None and event.recipient.name == "People's Protection Units"


def test_readiness_for_no_attack_takes_no_target(coded):
    event = _mobilize(coded("Turkish troops massed on the border on Monday in preparation for the winter."))
    assert event.recipient is None


def test_an_attack_named_by_a_place_phrase_is_not_readied_for(coded):
    event = _mobilize(coded("Turkish troops massed on the border on Monday near the site of an attack on "
                            "Kurdish fighters."))
    assert event.recipient is None
