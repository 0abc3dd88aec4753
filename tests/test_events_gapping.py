"""A gapped clause that keeps a count and a phrase of the same preposition names a further
party of the act it leaves its verb to (language/trees.gapped_remnants). Sentences written
for these tests."""

from __future__ import annotations


def _dyads(record, kind):
    return {(e.actor and e.actor.name, e.recipient and e.recipient.name) for e in record.events if e.event_type == kind}


def test_a_withdrawal_from_two_places_in_a_gapped_clause(coded):
    record = coded("On Monday the president ordered the US to withdraw all 2,000 troops from Syria within a "
                   "month, and thousands from Afghanistan.")
    places = {r for _, r in _dyads(record, "RETREAT")}
    assert {"Syria", "Afghanistan"} <= places


def test_a_gapped_count_after_a_noun_of_withdrawal(coded):
    record = coded("On Monday the US withdrew 2,000 troops from Syria and 7,000 troops from Afghanistan.")
    assert ("United States", "Afghanistan") in _dyads(record, "RETREAT")


def test_a_clause_with_a_verb_of_its_own_is_no_gap(coded):
    record = coded("On Monday the US withdrew 2,000 troops from Syria, and Britain sent 500 from its bases in Cyprus.")
    assert ("United States", "Cyprus") not in _dyads(record, "RETREAT")
    assert all(r != "Cyprus" for _, r in _dyads(record, "RETREAT"))
