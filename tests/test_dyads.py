"""Who acts on whom: general patterns of the dependency tree that give an event its actor and
recipient, each on a sentence written for this test."""

from __future__ import annotations

import pytest


def _dyads(record, event_type):
    return [(e.actor and e.actor.name, e.recipient and e.recipient.name) for e in record.events if e.event_type == event_type]


@pytest.mark.parametrize("text, actor", [
    # the light verb's subject: "made the decision to withdraw"
    # (a head of state acts for the state: the person is kept in the actor's `person`)
    ("Biden made the decision to withdraw from Afghanistan on Monday.", "United States"),
    # the purpose phrase around the noun: "in an effort to drive out"
    ("Turkey launched a campaign on Monday in an effort to drive out Kurdish militias.", "Turkey"),
])
def test_an_infinitive_completing_a_noun_takes_the_doer_of_the_noun(coded, text, actor):
    event_type = "RETREAT" if "withdraw" in text else "ASSAULT"
    assert actor in [a for a, _ in _dyads(coded(text), event_type)]


def test_a_statement_accusing_is_made_by_who_issued_it(coded):
    assert ("Saudi Arabia", "Iran") in _dyads(coded("Saudi Arabia issued a statement on Monday accusing Tehran of arming the rebels."), "ACCUSE")


def test_what_a_withdrawal_moves_is_not_its_recipient(coded):
    assert _dyads(coded("Russia pulled out its military from the area on Monday."), "RETREAT") == [("Russia", None)]
    assert _dyads(coded("Washington is pulling 2,000 troops out of Syria."), "RETREAT") == [("United States", "Syria")]


def test_at_the_hands_of_names_the_doer_and_the_possessor_the_victim(coded):
    [(actor, recipient)] = _dyads(coded("Hamid's killing at the hands of Houthi rebels shocked the city on Monday."), "ASSAULT")
    assert actor == "Houthis" and recipient != "Houthis"
    [event] = [e for e in coded("The journalist was killed at the hands of Iranian police on Monday.").events if e.event_type == "ASSAULT"]
    assert event.actor.country == "IRN" and event.recipient.text == "journalist"


def test_the_user_of_an_instrument_acts(coded):
    actors = {a for a, _ in _dyads(coded("The Syrian army used barrel bombs to kill civilians in Aleppo on Monday."), "ASSAULT")}
    assert actors == {"Syria"}


def test_who_died_in_an_attack_is_its_recipient(coded):
    # "died in an ambush": the subject of a death verb was hit by the attack in its cause phrase
    assert ("Islamic State", "military") in _dyads(coded("Two soldiers died in an Islamic State ambush near Raqqa on Monday."), "ASSAULT")
    # through a stretch of time the attack filled: "in the first days of Turkey's offensive"
    dyads = _dyads(coded("Nine civilians were killed in the first two days of Turkey's offensive near Kobani."), "ASSAULT")
    assert ("Turkey", "civilians") in dyads
    # a negative determiner names no victim: the attacks hit no one the sentence names
    record = coded("The rebels said that no rebel fighters had been killed in recent attacks.")
    assert not [e for e in record.events if "victim" in e.rule]


@pytest.mark.parametrize("text, recipient", [
    # hung from the noun of a place phrase between: "in the enclave of Afrin against the YPG"
    ("Turkey launched an operation last month in the Kurdish enclave of Afrin against the YPG.", "People's Protection Units"),
    # hung from the verb of going on whose subject the event noun is
    ("A Syrian air force bombardment has continued against rebel-held areas since Monday.", "rebels"),
])
def test_a_displaced_against_phrase_names_the_recipient(coded, text, recipient):
    assert recipient in [r for _, r in _dyads(coded(text), "ASSAULT")]


def test_the_possessor_of_an_event_noun_takes_the_role_its_argument_structure_gives(coded):
    # a nominalised verb of doing something to a person, singular and with no "of" object:
    # the possessor is the one it is done to ("whose killing at the hands of": the relative's noun)
    record = coded("Ali Abdullah Saleh, whose killing at the hands of Houthi rebels shocked Yemen, was buried on Monday.")
    [event] = [e for e in record.events if e.event_type == "ASSAULT"]
    assert event.actor.name == "Houthis" and "Saleh" in event.recipient.text
    # beside an "of" object the possessor is the doer
    assert ("Syria", "civilians") in _dyads(coded("The Syrian army's killing of civilians in Idlib on Monday drew condemnation."), "ASSAULT")
    # a noun of help on a verb of coming: whoever comes helps the possessor
    assert ("NATO", "Turkey") in _dyads(coded("Erdogan urged Nato on Monday to come to Turkey's aid."), "AID")


def test_an_arrest_with_no_doer_is_the_act_of_the_state_where_it_happened(coded):
    # a passive arrest placed in a country: that state's police arrested
    [event] = [e for e in coded("Two French journalists were detained in Iran on Monday.").events if e.event_type == "COERCE"]
    assert event.actor.country == "IRN" and event.recipient.country == "FRA"
    # a doer named stays the doer
    dyads = _dyads(coded("Two French journalists were detained by Kurdish militias in Iraq on Monday."), "COERCE")
    assert all(a != "Iraq" for a, _ in dyads)


def test_blaming_an_act_on_someone_names_its_doer_not_its_target(coded):
    record = coded("Ankara blamed a bombing in Istanbul on the PKK on Monday.")
    assert ("Turkey", "Kurdistan Workers' Party") in _dyads(record, "ACCUSE")
    assert all(r != "Kurdistan Workers' Party" for _, r in _dyads(record, "ASSAULT"))


def test_a_participle_after_a_comma_describes_the_noun_phrase_before_the_comma(coded):
    # the parse hangs "backed" from "compromise"; the regime is what Russia backs
    record = coded("Jordan edged towards a compromise with the Syrian regime, backed by Russia and Iran.")
    assert ("Russia", "Syria") in _dyads(record, "SUPPORT")


def test_blame_or_praise_of_a_deed_is_aimed_at_whose_deed_it_is(coded):
    # the possessive pronoun of the object, resolved to someone other than the speaker
    record = coded("Germany criticised Erdogan on Monday. Merkel condemned his conduct on Tuesday.")
    # (Erdogan's deeds are Turkey's: a head of state acts for the state)
    assert ("Angela Merkel", "Turkey") in _dyads(record, "ACCUSE")


def test_a_rejected_accusation_in_apposition_is_aimed_at_its_makers(coded):
    # an indefinite noun adjoined to the clause sums up the act the clause told
    record = coded("The US and Britain accused Moscow of deliberate time-wasting in eastern Ghouta, an accusation rejected by Russia on Monday.")
    assert [r for a, r in _dyads(record, "REJECT") if a == "Russia"][0] in ("United States", "United Kingdom")


@pytest.mark.parametrize("text, recipient", [
    # a name unknown to the dictionary that names no person or group is a place: its state
    ("Russian jets targeted Kafr Zita in the northern Hama countryside on Monday.", "Syria"),
    # an asset whose own phrase carries the place
    ("Turkish jets bombed camps in northern Iraq on Monday.", "Iraq"),
])
def test_an_attack_on_a_place_or_asset_is_aimed_at_its_state(coded, text, recipient):
    assert recipient in [r for _, r in _dyads(coded(text), "ASSAULT")]


def test_an_attack_on_a_named_person_stays_on_the_person(coded):
    assert "Syria" not in [r for _, r in _dyads(coded("Russian jets targeted Hamid Karzai in the northern Hama countryside on Monday."), "ASSAULT")]


def test_an_attack_verb_without_its_object_attacks_the_side_its_sentence_named(coded):
    # a definite null object: attacked Hezbollah, named in the clause before
    record = coded("Hezbollah was hiding in the hills, and for the past two nights Israeli jets have attacked.")
    assert ("Israel", "Hezbollah") in _dyads(record, "ASSAULT")
    # a verb of mutual fighting has no understood object
    assert _dyads(coded("Hezbollah was hiding in the hills, and Israeli troops have fought for two nights."), "ASSAULT") != [("Israel", "Hezbollah")]


def test_a_statement_about_the_speakers_own_forces_is_aimed_at_someone_else(coded):
    # "Turkish troops and their allies" are Erdogan's side; the warning is about the US forces
    record = coded("Erdogan warned on Monday that Turkish troops and their Syrian allies would advance to Manbij, where US special forces are deployed.")
    assert [r for _, r in _dyads(record, "THREATEN")] == ["United States"]


def test_a_warning_against_an_act_is_aimed_at_who_would_do_the_act_under_discussion(coded):
    text = ("Officials warned on Tuesday that a major Israeli assault on Khan Younis would lead to a catastrophe. "
            "Egypt has warned against an assault.")
    assert ("Egypt", "Israel") in _dyads(coded(text), "THREATEN")


def test_the_kurds_are_the_kurdish_actor(coded):
    # the plural noun names the group as the adjective does ("Kurdish forces")
    assert ("Kurdish", "Turkey") in _dyads(coded("The Kurds accused Turkey of war crimes on Monday."), "ACCUSE")


def test_the_adversary_of_a_cooperation_is_not_its_recipient(coded):
    # "support against the Kurds": whom the help is against, not whom it goes to
    assert ("Russia", "Kurdish") not in _dyads(coded("Turkey now seeks Russian support against the Kurds."), "SUPPORT")
    assert ("Russia", "Turkey") in _dyads(coded("Russia offered support to Turkey against the Kurds on Monday."), "AGREE") + \
        _dyads(coded("Russia offered support to Turkey against the Kurds on Monday."), "SUPPORT")


def test_a_people_after_a_state_adjective_is_that_state(coded):
    # PLOVER codes "Iraqi Kurds" by their state
    assert ("Turkey", "Iraq") in _dyads(coded("Turkey attacked Iraqi Kurds near the border on Monday."), "ASSAULT")


def test_the_fighting_a_verb_of_fighting_names_is_not_its_recipient(coded):
    # "fought an insurgency against Turkey": the insurgency is the fighting; Turkey is fought
    assert _dyads(coded("The PKK has fought a long insurgency against Turkey."), "ASSAULT") == [("Kurdistan Workers' Party", "Turkey")]


@pytest.mark.parametrize("text, event_type, role, words", [
    # a sector word with no country keeps the modifiers that say whose it is
    ("Moscow urged western diplomats on Monday to end the talks.", "REQUEST", "recipient", "western diplomats"),
    ("The claim was rejected on Monday by Kurdish-led forces in the north.", "REJECT", "actor", "Kurdish-led forces"),
    # an adjective that names the actor takes the noun it describes
    ("Erdogan accused Kurdish lawmakers on Monday of treason.", "ACCUSE", "recipient", "Kurdish lawmakers"),
])
def test_a_participant_is_named_by_its_whole_noun_phrase(coded, text, event_type, role, words):
    [event] = [e for e in coded(text).events if e.event_type == event_type]
    ref = getattr(event, role)
    assert ref.text == words and text[ref.span[0]:ref.span[1]] == words


def test_a_named_participant_keeps_its_own_words(coded):
    # a country's sector word, or a possessor, is already named: nothing is added
    [event] = [e for e in coded("Iranian officials accused Pakistan's army on Monday of the attack.").events if e.event_type == "ACCUSE"]
    assert event.actor.text == "Iranian officials" and "Pakistan" in event.recipient.text


def test_a_place_described_by_its_people_is_a_place_of_its_state(coded):
    # "Kurdish villages": the adjective says who lives there; the attack is on the place's state
    assert ("Turkey", "Iraq") in _dyads(coded("Turkish jets bombed Kurdish villages in northern Iraq on Monday."), "ASSAULT")
    # the people themselves, or a place named by its holder, stay the target
    assert ("Turkey", "Kurdish") in _dyads(coded("Turkish jets bombed Kurdish fighters in northern Iraq on Monday."), "ASSAULT")
    assert ("Turkey", "Islamic State") in _dyads(coded("Turkey bombed the Islamic State stronghold in northern Syria on Monday."), "ASSAULT")


def test_we_in_a_later_sentence_of_a_quotation_is_its_speakers_body(coded):
    text = ("The Turkish foreign ministry said: “We are aware of the arrest of a British national. "
            "We remain in contact with the British authorities.”")
    assert ("Turkey", "United Kingdom") in _dyads(coded(text), "CONSULT")
    # a lone "I" there tells of the speaker's own doings, no act of the body
    text = "The Turkish foreign minister said: “It was a long day. I met the British ambassador.”"
    assert ("Turkey", "United Kingdom") not in _dyads(coded(text), "CONSULT")


def test_an_adjective_introduces_no_one_a_pronoun_can_refer_to(coded):
    # "the Turkish advance" names an advance: "them" is the officials, named by a noun phrase
    text = "Kurdish officials asked for protection against the Turkish advance. On Monday Russia accused them of treason."
    assert _dyads(coded(text), "ACCUSE") == [("Russia", "Kurdish")]


def test_a_subject_pronoun_that_opens_its_sentence_continues_the_previous_subject(coded):
    # subject preference: "they" is the officials, not the government named after them
    text = ("Kurdish officials had asked the Syrian government to protect the border against the Turkish advance. "
            "But they denied on Monday that a deal had been reached with Russia.")
    assert [a for a, _ in _dyads(coded(text), "REJECT")] == ["Kurdish"]
    # someone named before the pronoun in its own sentence is still the nearer antecedent
    text = ("Kurdish officials had asked the Syrian government for help. "
            "After Russia met the Syrian government, it rejected the Turkish demands on Monday.")
    assert "Kurdish" not in [a for a, _ in _dyads(coded(text), "REJECT")]


def test_respectively_pairs_each_actor_with_its_own_recipient(coded):
    dyads = _dyads(coded("Russia and Turkey backed the Syrian government and the rebels respectively."), "SUPPORT")
    assert sorted(dyads) == [("Russia", "Syria"), ("Turkey", "rebels")]
    # without it, each acts on each
    assert len(_dyads(coded("Russia and Turkey backed the Syrian government and the rebels."), "SUPPORT")) == 4


def test_a_relative_clause_after_coordinated_nouns_modifies_them_all(coded):
    text = "Putin and Erdogan, who have condemned the strikes on Idlib, met in Tehran on Friday."
    assert {a for a, _ in _dyads(coded(text), "ACCUSE")} == {"Russia", "Turkey"}


def test_the_one_asked_to_act_is_the_recipient_even_if_unknown(coded):
    # "urged X to do Y": X is asked, whatever the dictionary knows of it, not Y's object
    [event] = [e for e in coded("Trump urged European states on Sunday to repatriate the captured fighters.").events if e.event_type == "REQUEST"]
    assert event.recipient is not None and event.recipient.text == "European states"
    # "all sides" names no one by itself
    [event] = [e for e in coded("The US urged all sides on Monday to show restraint.").events if e.event_type == "REQUEST"]
    assert event.recipient is None or event.recipient.text != "all sides"


def test_a_hyphenated_pair_names_both_sides_of_a_mutual_act(coded):
    dyads = _dyads(coded("The Iran-Pakistan talks ended on Monday in Islamabad."), "CONSULT")
    assert sorted(dyads) == [("Iran", "Pakistan"), ("Pakistan", "Iran")]


def test_who_obtains_someones_agreement_or_support_is_given_it(coded):
    assert ("Russia", "Turkey") in _dyads(coded("Turkey won Russia's support for the operation on Monday."), "SUPPORT")
    # through a purpose clause: whoever sent the officials obtains it
    text = "Turkey sent officials to Moscow last week to obtain Russia's agreement."
    assert ("Russia", "Turkey") in _dyads(coded(text), "AGREE")
    # a verb that is no obtaining says nothing of whom it is given to
    assert ("Russia", "Turkey") not in _dyads(coded("Turkey doubted Russia's support for the operation on Monday."), "SUPPORT")


def test_aid_goes_to_whoever_its_to_phrase_names(coded):
    [event] = [e for e in coded("Britain is providing support to the family on Monday.").events if e.event_type == "AID"]
    # (a family is a party of private persons: the civilians, named by its word)
    assert event.recipient is not None and "family" in event.recipient.text
    # a place aid is sent to is where it goes, not who receives it
    events = [e for e in coded("The UN sent aid to the region on Monday.").events if e.event_type == "AID"]
    assert all(e.recipient is None or "region" not in e.recipient.text for e in events)


def test_a_participants_words_never_take_in_the_events_own_trigger(coded):
    # "Pakistani strikes": the adjective names the actor, the noun is the event
    events = [e for e in coded("Pakistani strikes hit militant hideouts in Iran on Thursday.").events if e.event_type == "ASSAULT"]
    assert events and all(e.actor.text == "Pakistani" for e in events if e.actor is not None)


@pytest.mark.parametrize("text, dyad", [
    ("Turkey delivered an ultimatum to Washington on Monday.", ("Turkey", "United States")),
    ("Erdogan appealed to Moscow on Monday.", ("Turkey", "Russia")),
])
def test_a_capital_addressed_is_its_government(coded, text, dyad):
    # after a word of addressing, "to Washington" is the US government, not a destination
    assert dyad in [(e.actor and e.actor.name, e.recipient and e.recipient.name) for e in coded(text).events]


def test_a_capital_one_travels_to_stays_a_place(coded):
    assert not any(e.recipient and e.recipient.name == "Russia" for e in coded("The minister flew to Moscow on Monday.").events)
