"""An event's date as analysts code it: `date` is a day only when the text fixes the day;
a date known to a week, a month or a year leaves `date` null and keeps its precision, its
words and `date_range`, the first and last day it may have happened on. The document's
`dates` (its temporal expressions) keep their week and month values. Sentences written for
these tests; the documents are published on Friday 19 January 2024."""

from __future__ import annotations

from flashpoint.explain import explanation_lines
from flashpoint.language.periods import event_period, event_range, period_value, value_range
from flashpoint.records import Event, Trigger


def _one(record):
    [event] = record.events
    return event


def test_an_event_told_last_week_has_no_day_but_its_week(coded):
    record = coded("Turkish jets bombed Kurdish militants in northern Iraq last week.")
    event = _one(record)
    assert (event.event_type, event.actor.code, event.status) == ("ASSAULT", "TURMIL", "occurred")
    assert event.date is None and (event.date_precision, event.date_text) == ("week", "last week")
    assert event.date_range == ("2024-01-08", "2024-01-14")  # Monday to Sunday of the week before
    assert event_period(event) == "2024-W02"
    # the temporal expression itself keeps its ISO week
    assert [(d.text, d.value, d.precision) for d in record.dates] == [("last week", "2024-W02", "week")]
    assert record.to_dict()["events"][0]["date_range"] == ["2024-01-08", "2024-01-14"]


def test_an_event_told_in_december_has_no_day_but_its_month(coded):
    record = coded("Iranian drones attacked a Pakistani border post in December.")
    event = _one(record)
    assert (event.event_type, event.actor.code, event.recipient.code, event.status) == ("ASSAULT", "IRNMIL", "PAK", "occurred")
    assert event.date is None and (event.date_precision, event.date_text) == ("month", "December")
    assert event.date_range == ("2023-12-01", "2023-12-31")
    assert [(d.value, d.precision) for d in record.dates] == [("2023-12", "month")]


def test_a_day_event_spans_that_day(coded):
    event = _one(coded("Iranian missiles struck two bases of Jaish al-Adl on Tuesday."))
    assert (event.date, event.date_precision, event.date_range) == ("2024-01-16", "day", ("2024-01-16", "2024-01-16"))


def test_a_day_told_in_another_mention_refines_the_week(coded):
    record = coded("Iranian missiles struck Jaish al-Adl last week. The Iranian strike on Jaish al-Adl came on "
                   "Wednesday, January 10, officials said.")
    event = _one(record)
    assert len(event.mentions) == 2
    assert (event.date, event.date_precision, event.date_range) == ("2024-01-10", "day", ("2024-01-10", "2024-01-10"))


def test_an_offset_after_a_day_restates_it_and_dates_the_event_it_counts_from(coded):
    # published Friday 19 January: the recall on Wednesday the 17th, the strike a day before it,
    # and "a day later" counts from the Wednesday told, not from a day after it
    record = coded("Kabul recalled its envoy from Islamabad on Wednesday, a day after the Pakistani airstrike. "
                   "A day later, Afghan forces shelled Pakistani border posts.")
    dates = {e.trigger.text: e.date for e in record.events}
    assert (dates["recalled"], dates["airstrike"], dates["shelled"]) == ("2024-01-17", "2024-01-16", "2024-01-18")


def test_a_message_issued_on_a_day_dates_what_it_says(coded):
    # "issued late on Tuesday" is the statement's own date, not a clause of its own
    record = coded("In a statement issued late on Tuesday, Egypt's foreign ministry condemned the Israeli raid.")
    [condemned] = [e for e in record.events if e.event_type == "ACCUSE"]
    assert condemned.date == "2024-01-16"


def test_values_and_ranges_of_every_precision():
    assert value_range("2024-01-16") == ("2024-01-16", "2024-01-16")
    assert value_range("2020-W53") == ("2020-12-28", "2021-01-03")  # an ISO week across the new year
    assert value_range("2024-02") == ("2024-02-01", "2024-02-29")
    assert value_range("2023") == ("2023-01-01", "2023-12-31")
    assert value_range("201X") == ("2010-01-01", "2019-12-31")
    assert value_range("2024-01-03/2024-01-05") == ("2024-01-03", "2024-01-05")
    assert value_range("soon") is None and value_range(None) is None
    for value, precision in (("2020-W53", "week"), ("2024-02", "month"), ("2023", "year"), ("201X", "decade"),
                             ("2024-01-16", "day"), ("2024-01-03/2024-01-05", "day")):
        assert period_value(value_range(value), precision) == value


def test_a_record_written_with_a_coarse_date_reads_back_with_its_range():
    """Records stored before `date_range` held the week in `date`: read back, they take the new shape."""
    old = Event(id="d:e1", event_type="ASSAULT", date="2024-W03", date_precision="week", date_text="this week",
                text="Iran struck this week.", span=(0, 22), trigger=Trigger(text="struck", span=(5, 11)), rule="test")
    assert (old.date, old.date_precision, old.date_range) == (None, "week", ("2024-01-15", "2024-01-21"))
    # a stored dict of the old shape is read the same way by the corpus, the pages and the exports
    stored = {"date": "2024-W03", "date_precision": "week"}
    assert event_range(stored) == ("2024-01-15", "2024-01-21") and event_period(stored) == "2024-W03"
    assert "date 2024-W03 [2024-01-15..2024-01-21] (week)" in explanation_lines(old)[1]


def test_a_clause_of_the_same_time_dates_the_act_it_modifies(coded):
    # "were killed when their convoy hit a mine on Wednesday": the killing was on Wednesday too
    record = coded("Four soldiers were killed when their convoy hit a landmine in Mali on Wednesday.")
    assert [(e.event_type, e.recipient and e.recipient.name, e.date) for e in record.events] == [("ASSAULT", "military", "2024-01-17")]
    dated = coded("Two guards were wounded as gunmen stormed the bank in Lagos on Monday.").events
    assert dated and all(e.date == "2024-01-15" for e in dated)
    # a date of the main clause's own wins over the clause's
    [event] = [e for e in coded("Israel bombed the camp last month when the talks collapsed on Monday.").events if e.actor and e.actor.name == "Israel"]
    assert event.date is None and event.date_precision == "month"


def test_a_states_statement_is_dated_by_the_speech_its_leader_made(coded):
    # a state speaks through its people: Russia's appeal was made in Putin's speech on Wednesday
    text = "Putin insisted on Wednesday that Assad was committed to reform.\nRussia also urged Turkey to keep its troops out of Afrin."
    [urged] = [e for e in coded(text, published="2017-11-24").events if e.event_type == "REQUEST"]
    assert urged.actor.name == "Russia" and str(urged.date) == "2017-11-22"
