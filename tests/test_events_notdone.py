"""Precision (branch prec5): mentions that tell no new event, or no event done. Each rule on
sentences written for it."""

from __future__ import annotations

import pytest

# statuses the article scorer sets aside: the mention is kept, but no act is told as done
SOFT = {"hypothetical", "planned", "denied", "threatened"}


@pytest.fixture(scope="module")
def statuses(coded):
    """(type, actor name, status) of each event of a text."""
    return lambda text, published="2024-01-19": [(e.event_type, e.actor and e.actor.name, e.status) for e in coded(text, published).events]


def assaults_by(record, country):
    return [e for e in record.events if e.event_type == "ASSAULT" and e.actor is not None and e.actor.country == country]


def test_a_bare_description_that_fits_two_acts_told_refers_back_and_adds_no_event(coded):
    text = ("Iranian jets bombed a militant camp in Pakistan. Iranian drones also struck a base in Iraq. "
            "After the Iranian attack, China called for restraint.")
    record = coded(text, published="2024-01-19")
    events = assaults_by(record, "IRN")
    assert len(events) == 2
    # the description is a mention of the first act told, not a third attack
    assert "attack" in [text[slice(*m.trigger.span)] for m in events[0].mentions]
    # one that names its own day or place may sum both acts up, and stays an event of its own
    record = coded("Iranian jets bombed a militant camp in Pakistan on Tuesday. Iranian drones also struck a base in Iraq "
                   "on Tuesday. On Wednesday, Iranian forces attacked Syria.", published="2024-01-19")
    assert len(assaults_by(record, "IRN")) == 3


def test_what_a_relative_clause_acts_on_is_the_noun_it_modifies(coded):
    # "the soldiers that the rebels captured": people taken captive, as "captured the soldiers"
    record = coded("The army wants back the soldiers that the rebels captured near the border last month.")
    assert [e.event_type for e in record.events if e.trigger.text == "captured"] == ["COERCE"]
    # a town taken by the relative clause's verb is taken in a fight
    record = coded("The army shelled the town that the rebels captured near the border last month.")
    assert [e.event_type for e in record.events if e.trigger.text == "captured"] == ["ASSAULT"]


def test_talks_a_trip_is_for_are_on_the_trips_schedule_not_announced(statuses):
    # the report tells where a minister will go and why: a future meeting, not an intent announced
    for text in ("The Egyptian foreign minister will fly to Rome for talks on Friday.",
                 "A Libyan delegation will arrive in Tunis on Monday for peace talks with the rebels."):
        events = statuses(text)
        assert events and all(status == "planned" for _, _, status in events), text
        assert not any(t == "AGREE" for t, _, _ in events), text
    # a verb of saying above the trip makes it an announcement: the intent to meet is told
    events = statuses("The Egyptian foreign minister said he would fly to Rome for talks on Friday.")
    assert ("AGREE", "Egypt", "occurred") in events


def test_what_a_party_risks_may_come_and_is_not_done(statuses):
    for text in ("A reporter on the wrong side of the line risks being shot by a sniper.",
                 "By staying silent, the United States risks endorsing the regime."):
        events = statuses(text)
        assert events and all(status in SOFT for _, _, status in events), text
    # the act itself, told as done, is coded as done
    assert any(t == "ASSAULT" and s == "occurred" for t, _, s in statuses("Rebels shot a reporter near the checkpoint on Monday."))


def test_a_refusal_to_say_something_is_a_statement_withheld_not_a_rejection(statuses):
    for text in ("The interior ministry declined to comment on the arrests.",
                 "Army spokesmen refused to confirm whether the commander had been killed.",
                 "The minister failed to explain why the troops were still in the city."):
        assert not any(t == "REJECT" for t, _, _ in statuses(text)), text
    # a refusal of a political act is a rejection
    assert ("REJECT", "Syria", "occurred") in statuses("The Syrian government refused to negotiate with the rebels on Monday.")


def test_what_needs_doing_is_owed_not_done(statuses):
    for text in ("The government needs to release the hostages before the talks.",
                 "The army needs to arrest the commanders responsible.",
                 "The foreign fighters need to be tried and detained in their own countries.",
                 "Western states need to support the Kurdish authorities."):
        events = statuses(text)
        assert events and all(status in SOFT for _, _, status in events), text
    assert any(s == "occurred" for _, _, s in statuses("The rebels released the hostages on Monday."))


def test_an_act_in_a_clause_introduced_by_in_case_is_supposed(statuses):
    for text in ("The army will respond in case the rebels attack the city.",
                 "Syria reserves the right to respond in case armed groups are targeting civilians.",
                 "The government will respond as it sees fit in case the militias are shelling the villages."):
        assert [s for t, _, s in statuses(text) if t in ("ASSAULT", "THREATEN")] == ["hypothetical"], text
    # "in this case", "in any case" introduce no condition; nor does a sentence before ending "just in case"
    for text in ("In this case, Turkish jets bombed the villages on Monday.",
                 "The troops stayed, just in case. The rebels attacked the base on Monday."):
        assert [s for t, _, s in statuses(text) if t == "ASSAULT"] == ["occurred"], text


def test_weapons_coordinated_with_their_users_are_not_parties_of_their_own(statuses):
    # the weapons are the means of the doers they are named with: one act, by the doers
    found = statuses("Islamic State snipers, car bombs and mortars are preventing the Iraqi army from advancing on Mosul.")
    assert [a for t, a, _ in found if t == "COERCE"] == ["Islamic State"]
    # near miss: two coordinated doers, no weapon among them, are two sides still
    found = statuses("Islamic State fighters and Kurdish militias clashed near Kobani on Monday.")
    assert len([a for t, a, _ in found if t == "ASSAULT"]) == 2


# -- commitments and announcements told by nouns (status.committed_act, status.reported) -------

def test_an_act_announced_by_a_noun_is_coded_as_the_announcement(coded):
    # "announcement that it would": reported speech, as after "said"; an intent to cooperate is AGREE
    record = coded("The talks ended on Sunday. Turkey's announcement that it would withdraw its troops from Syria surprised Iran.")
    events = [(e.event_type, e.actor and e.actor.name, e.recipient and e.recipient.name, e.status) for e in record.events]
    assert ("AGREE", "Turkey", "Syria", "occurred") in events
    assert not any(t == "RETREAT" for t, _, _, _ in events)


def test_an_act_promised_by_a_noun_of_commitment(coded_dyads):
    # the owner named by an adjective, or the doer of the verb whose "with" phrase carries the pledge
    assert ("AGREE", "Russia", "Syria") in coded_dyads("The talks ended on Sunday. A Russian commitment to withdraw its troops from Syria surprised Iran.")
    dyads = coded_dyads("The talks ended on Sunday. Berlin angered Ankara with a pledge to send weapons to the Kurds.")
    assert any(t == "AGREE" and a == "Germany" for t, a, _ in dyads)
    # an aim is no commitment: still not done, and announced by no one
    assert not any(t in ("AGREE", "THREATEN") for t, _, _ in coded_dyads("The talks ended on Sunday. The campaign to drive Isis out of Raqqa continued."))


def test_force_attempted_is_force_used_and_other_acts_attempted_are_to_come(statuses):
    # an attempt told as made ("tried to", "are trying to") is the attack or arrest itself
    assert ("ASSAULT", "military", "occurred") in statuses("Government forces tried to capture the town from the rebels.")
    assert ("ASSAULT", "rebels", "occurred") in statuses("The rebels are trying to take the city from government forces.")
    assert ("COERCE", "police", "occurred") in statuses("Police attempted to arrest the opposition leader on Monday.")
    # an attempt still to come is a plan (announced: a threat), one not made is not done
    assert not any(t == "ASSAULT" and s == "occurred" for t, _, s in statuses("Government forces will try to storm the town."))
    assert not any(s == "occurred" for t, _, s in statuses("The army did not try to storm the town.") if t == "ASSAULT")
    # an act of another kind attempted is not yet done
    assert not any(t == "CONSULT" and s == "occurred" for t, _, s in statuses("Turkey tried to hold talks with the rebels."))


def test_an_effort_made_is_no_promise(statuses):
    # an act of another kind attempted is an act still to come, not an announced intent (AGREE)
    assert ("AID", "military", "planned") in statuses("The commander attempted to rescue a wounded comrade.")
    assert ("CONSULT", "rebels", "planned") in statuses("The rebels tried to negotiate with the army.")
    for text in ("The commander attempted to rescue a wounded comrade.", "The rebels tried to negotiate with the army."):
        assert not any(t in ("AGREE", "THREATEN") for t, _, _ in statuses(text)), text
    # an attempt announced for the future still is: "will try to negotiate" promises talks
    assert ("AGREE", "military", "occurred") in statuses("The army will try to negotiate with the rebels.")


def test_what_a_thing_is_meant_for_is_no_act(statuses):
    # the passive of a verb of purpose gives what its subject is for, not an act done or announced
    for text in ("The UN's ceasefire resolution is limited in scope and intended to allow the delivery of aid to Syria.",
                 "The Turkish operation is meant to drive the militia out of Afrin."):
        found = statuses(text)
        assert found and all(s in SOFT for _, _, s in found), (text, found)
    assert ("ASSAULT", "Turkey", "hypothetical") in statuses("The Turkish operation is meant to drive the militia out of Afrin.")
    # the active verb is the doer's own intent, announced
    assert ("AGREE", "Turkey", "occurred") in statuses("Turkey intends to withdraw its troops from Syria.")


def test_failing_to_state_something_rejects_nothing(statuses):
    # a statement withheld ("failed to articulate a strategy") refuses no demand
    assert statuses("But the president once again failed to articulate a broader strategy in Syria.") == []
    assert statuses("The minister refused to outline his plans for the troops.") == []
    # a refusal of an act still is one
    assert ("REJECT", "Turkey", "occurred") in statuses("Turkey refused to withdraw its troops from Afrin.")


def test_a_future_act_the_writer_deems_likely_is_no_announcement(statuses):
    # "it is likely (that) X will": a guess at what may come, not X's announced intent
    for text in ("It is likely that Washington and Moscow will side with Ankara.", "It is likely Russia will attack Ukraine."):
        assert all(s in SOFT for _, _, s in statuses(text)), text
    assert ("THREATEN", "Russia", "occurred") in statuses("Russia said it would attack Ukraine.")


def test_summoning_an_envoy_to_protest_is_the_summoners_protest(coded_dyads):
    dyads = coded_dyads("Iran's foreign ministry summoned Pakistan's charge d'affaires to protest the strike.")
    assert ("ACCUSE", "Iran", "Pakistan") in dyads and not any(a == "Pakistan" for _, a, _ in dyads)


def test_a_standing_relation_is_background_not_an_event(statuses):
    # "close security cooperation between the two countries": a relationship, not an act told
    text = "India and Pakistan held a joint exercise to underscore the close security cooperation between the two countries."
    assert all(s == "historical" for t, _, s in statuses(text) if t == "COOPERATE")
    assert any(s == "occurred" for t, _, s in statuses("Iran and Iraq signed a security cooperation agreement on Monday."))


def test_what_a_base_or_a_pretext_serves_for_is_no_act(statuses):
    # "a base for attacks", "a pretext for an invasion": acts the place or pretext may serve, not done
    for text in ("The rebels have used the camp as a base for attacks on Russian forces in Syria, the ministry said.",
                 "Moscow called the incident a pretext for an invasion of Ukraine."):
        assert not any(t == "ASSAULT" and s == "occurred" for t, _, s in statuses(text)), text
    assert ("ASSAULT", None, "hypothetical") in statuses("Moscow called the incident a pretext for an invasion of Ukraine.")
    # an attack answered is one done
    assert ("ASSAULT", "Turkey", "occurred") in statuses("Turkey launched strikes in retaliation for attacks on its troops.")


def test_a_joined_present_tagged_as_a_base_form_is_still_a_habit(statuses):
    # a joined verb with its own subject and no auxiliary is finite: "visit" here is a present
    # (a habit, "each year"), whatever the tagger reads
    text = "The camp is run by our allies on territory on which we have troops stationed and hundreds of journalists visit each year."
    assert all(s in SOFT for t, _, s in statuses(text) if t == "CONSULT")
    assert ("CONSULT", "media", "hypothetical") in statuses(text)
    # in the past it is a visit made
    assert ("CONSULT", "media", "occurred") in statuses("Hundreds of journalists visited the camp last week.")


def test_a_hope_or_a_wish_is_an_intent_and_a_struggle_an_attempt(statuses):
    # "hopes to meet" (the lemmatizer reads "hopes" as "hop"), "is keen to hold talks": an intent
    # announced, coded as the announcement, not a meeting held
    for text in ("Turkey hopes to meet Russian officials.", "Turkey is keen to hold talks with Russia."):
        found = statuses(text)
        assert not any(t == "CONSULT" and s == "occurred" for t, _, s in found), (text, found)
        assert ("AGREE", "Turkey", "occurred") in found, (text, found)
    # striving for a deal is an effort made, the deal not yet reached
    assert not any(s == "occurred" for t, _, s in statuses("Turkey is striving to reach a deal with Russia.") if t == "AGREE")


def test_an_act_asked_about_is_not_told(statuses):
    # a yes/no question leaves open whether the act happened
    assert ("ASSAULT", "Russia", "hypothetical") in statuses("Did Russia bomb the hospital?")
    assert ("RETREAT", "Turkey", "hypothetical") in statuses("Has Turkey really withdrawn its troops from Afrin?")
    assert ("ASSAULT", "Russia", "hypothetical") in statuses("Did Assad say that Russia bombed the hospital?")
    # a wh-question takes the act as given
    assert ("ASSAULT", "Russia", "occurred") in statuses("Why did Russia bomb the hospital?")
    assert ("ASSAULT", "Russia", "occurred") in statuses("Russia bombed the hospital.")


def test_a_future_others_predict_is_no_announcement(statuses):
    # "experts predict Russia will bomb Idlib": the experts' guess, not Russia's word
    found = statuses("Experts predict Russia will bomb Idlib.")
    assert found and all(s in SOFT for _, _, s in found) and not any(t == "THREATEN" for t, _, _ in found), found
    assert ("THREATEN", "Russia", "occurred") in statuses("Russia said it will bomb Idlib.")


def test_another_partys_negation_above_an_act_is_no_refusal_of_its_doer(statuses):
    # the "not" is the minister's, of his intent, or the treaty's: the act below is supposed, not
    # refused by its doer (a REJECT) nor promised (an AGREE or THREATEN)
    for text in ("The minister did not intend that the rebels should release the hostages.",
                 "The treaty could not be signed until the Russian army had withdrawn from the town."):
        events = statuses(text)
        assert not any(t in ("REJECT", "AGREE", "THREATEN") and status == "occurred" for t, _, status in events), (text, events)
        assert events and all(status in SOFT for _, _, status in events), (text, events)
    # the doer's own negation of a plan is its refusal, and is coded as one
    assert ("REJECT", "rebels", "occurred") in statuses("The rebels said they would not release the hostages.")
    assert ("REJECT", "Russia", "occurred") in statuses("Russia said it would not withdraw its troops from Syria.")


@pytest.mark.parametrize("text, act", [
    # the act an accusation lays on the accused is the accuser's allegation, not a reported fact
    ("India accused Pakistan of backing the militants on Tuesday.", ("SUPPORT", "Pakistan")),
    ("Ankara blamed the PKK for bombing the police station on Monday.", ("ASSAULT", "Kurdistan Workers' Party")),
    ("The army was accused of killing civilians in the village.", ("ASSAULT", "military")),
])
def test_the_act_an_accusation_lays_on_the_accused_is_claimed(statuses, text, act):
    coded = statuses(text)
    assert (*act, "claimed") in coded and (*act, "occurred") not in coded
    if not text.startswith("The army was accused"):  # (a passive names no accuser)
        assert any(t == "ACCUSE" and status == "occurred" for t, _, status in coded)  # the accusation was made


def test_a_clause_set_off_by_a_semicolon_is_no_complement_of_the_verb_after_it(statuses):
    # the parse hangs "accused" under "denied"; the accusation was made all the same, and only
    # the denial is Islamabad's
    coded = statuses("India accused Pakistan of backing the attackers; Islamabad denied any role.")
    assert ("ACCUSE", "India", "occurred") in coded
    assert ("REJECT", "Pakistan", "occurred") in coded


def test_an_ing_form_before_a_record_names_what_it_shows(coded):
    """"beheading videos", "torture footage": what a record shows, no act done to the record;
    an -ing verb with a person as object is still an act ("kept shooting civilians")."""
    assert coded("The Isis recruit had watched beheading videos on his phone.").events == []
    assert coded("The militants posted killing videos online.").events == []
    [shooting] = coded("The soldiers kept shooting civilians in the street.").events
    assert (shooting.event_type, shooting.recipient.name) == ("ASSAULT", "civilians")


def test_a_promise_to_use_force_is_a_threat_not_an_agreement(coded):
    """"pledged to strike back": the act announced tells what the pledge is, a threat, as "vowed
    to work with France" is a promise; a pledge to cooperate stays an agreement."""
    struck = coded("Iran pledged to strike back at the attackers.").events
    assert [e.event_type for e in struck] == ["THREATEN"]
    promised = coded("Pakistan promised to attack the militant camps.").events
    assert [(e.event_type, e.status) for e in promised] == [("THREATEN", "occurred")]
    [pledge] = coded("Turkey pledged to cooperate with Russia in Idlib.").events
    assert (pledge.event_type, pledge.actor.name, pledge.recipient.name) == ("AGREE", "Turkey", "Russia")
    # so is a noun of promising with such an act ("his promise to invade")
    invade = coded("Erdogan may follow through on his promise to invade northern Syria.").events
    assert [(e.event_type, e.recipient.name) for e in invade] == [("THREATEN", "Syria")]
    # not a noun of demanding, whose act is asked of another: the ultimatum stays a threat
    ultimatum = coded("Turkey issued an ultimatum to the Kurdish militia to halt its attacks on the border.").events
    assert any(e.event_type == "THREATEN" and e.actor.name == "Turkey" for e in ultimatum)


def test_an_act_warned_against_is_not_done_and_is_the_warned_partys(coded):
    """"warned the US against striking Syria": the strike is the US's, and one the warner does
    not want done (hypothetical); "accused Pakistan of backing" is the accused's and claimed."""
    struck = [e for e in coded("Russia warned the United States against striking Syria.").events if e.event_type == "ASSAULT"]
    assert [(e.actor.name, e.recipient.name, e.status) for e in struck] == [("United States", "Syria", "hypothetical")]
    [offensive] = coded("Germany cautioned Ankara against launching an offensive in Afrin.").events
    assert (offensive.event_type, offensive.actor.name, offensive.status) == ("ASSAULT", "Turkey", "hypothetical")
