"""A protest told with no target of its own takes the one the story states for its protests
(stages/protest_targets.py). Sentences written for these tests."""

from __future__ import annotations


def _protests(record):
    return [e for e in record.events if e.event_type == "PROTEST"]


def test_protests_take_the_target_a_day_of_action_states(coded):
    record = coded("About 200 protesters marched in Paris on Sunday. The protests were part of a day of "
                   "action against Turkish attacks on Kurdish towns. A similar rally was held in Lyon on "
                   "Sunday evening.")
    protests = _protests(record)
    assert len(protests) == 2
    assert all(p.recipient is not None and p.recipient.name == "Turkey" for p in protests)
    assert all(p.rule.endswith(">protest-target") for p in protests)


def test_a_protest_told_with_its_target_gives_it_to_the_others(coded):
    record = coded("Hundreds of Kurds demonstrated in Berlin on Saturday against the Russian bombing of Idlib. "
                   "A similar protest was staged in Hamburg on Saturday evening.")
    hamburg = next(e for e in _protests(record) if "Hamburg" in e.text)
    assert hamburg.recipient is not None and hamburg.recipient.name == "Russia"


def test_an_attack_told_in_a_clause_of_its_own_is_no_protest_target(coded):
    record = coded("About 200 protesters marched in Paris on Sunday. Police said Turkish attacks on Kurdish "
                   "towns had killed ten people. A similar rally was held in Lyon on Sunday evening.")
    assert not any(p.recipient is not None and p.recipient.name == "Turkey" for p in _protests(record))


def test_no_target_when_the_story_states_two(coded):
    record = coded("Hundreds demonstrated in Berlin on Saturday against the Russian bombing of Idlib. "
                   "Others rallied in Hamburg against Turkish attacks on Afrin. "
                   "A similar protest was staged in Munich on Saturday evening.")
    munich = next(e for e in _protests(record) if "Munich" in e.text)
    assert munich.recipient is None or munich.recipient.name not in ("Russia", "Turkey")


def test_nationals_protesting_at_home_keep_their_own_state(coded):
    record = coded("Thousands of Iranians protested in Tehran on Friday. Hundreds also rallied in London "
                   "against US sanctions on Iran.")
    tehran = next(e for e in _protests(record) if "Tehran" in e.text and e.trigger.text == "protested")
    assert tehran.recipient is None or tehran.recipient.name != "United States"
