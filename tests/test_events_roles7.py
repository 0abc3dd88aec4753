"""Recipients and actors of acts told in reported speech and statements about a party.
Sentences written for these tests."""

from __future__ import annotations


def _by_trigger(record, word):
    return next(e for e in record.events if e.trigger.text == word)


def _dyad(event):
    return (event.actor.country if event.actor else None, event.recipient.country if event.recipient else None)


# "X said <clause> and called on Y": the parse hangs the call on the reported clause; when
# that clause's subject names no one, the call is the speaker's (stages/events/speakers.py).
def test_a_call_joined_to_what_was_said_is_the_speakers(coded):
    record = coded("Kenya said the violence was unacceptable and called on Ethiopia to withdraw its troops.")
    assert _dyad(_by_trigger(record, "called")) == ("KEN", "ETH")
    record = coded("Spain's foreign minister said the vote was illegal and urged Morocco to respect the ruling.")
    assert _dyad(_by_trigger(record, "urged")) == ("ESP", "MAR")


def test_an_accusation_joined_to_what_was_said_is_the_speakers(coded):
    record = coded("Chile's foreign minister said the decision was a mistake and accused Peru of bad faith.")
    assert _dyad(_by_trigger(record, "accused")) == ("CHL", "PER")


def test_things_that_threaten_are_no_speakers(coded):
    # a threat (or an attack) hung on the reported clause tells what its subject did
    record = coded("Kenya said the drought had killed livestock and threatened the harvest in Somalia.")
    assert not [e for e in record.events if e.event_type == "THREATEN" and e.actor is not None]


# "the kingdom" (an emirate, a sultanate) refers back to the last state of that form of
# government named before (events.yaml ruled_states; stages/events/descriptions.py).
def test_the_kingdom_is_the_monarchy_named_before(coded):
    record = coded("Morocco recalled its ambassador from Algeria on Monday. The kingdom accused Algiers of hostility.")
    assert _dyad(_by_trigger(record, "accused")) == ("MAR", "DZA")
    record = coded("Saudi Arabia intercepted a missile fired by Houthi rebels. The kingdom accused Iran of supplying the weapons.")
    assert _dyad(_by_trigger(record, "accused"))[0] == "SAU"


def test_the_kingdom_is_no_republic_named_between(coded):
    record = coded("Iran accused Saudi Arabia of funding the protests on Monday. The kingdom denied the claim.")
    denied = _by_trigger(record, "denied")
    assert denied.actor is not None and denied.actor.country == "SAU"
    # with no monarchy named before, "the kingdom" names no one
    record = coded("Iran seized a tanker in the Gulf on Monday. The kingdom condemned the seizure.")
    assert all(e.actor is None or e.actor.country != "IRN" for e in record.events if e.trigger.text == "condemned")


# A proposal, offer or demand rejected is the proposer's: "the proposal" refers back to the
# subject of the verb that put it forward (events.yaml proposing_verbs), as "the claim" to
# the sayer's.
def test_a_rejected_proposal_is_aimed_at_its_proposer(coded):
    record = coded("Britain proposed that Bangladesh take in the teenager. Bangladesh rejected the proposal on Tuesday.")
    assert _dyad(_by_trigger(record, "rejected")) == ("BGD", "GBR")
    record = coded("Iran offered to release the crew. Washington rejected the offer.")
    assert _dyad(_by_trigger(record, "rejected")) == ("USA", "IRN")


def test_a_proposal_put_forward_by_no_party_names_no_proposer(coded):
    record = coded("The plan was drawn up last year. Bangladesh rejected the proposal on Tuesday.")
    assert _by_trigger(record, "rejected").recipient is None
