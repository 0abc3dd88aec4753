"""Political and diplomatic acts told in constructions of their own: commitments to keep an
agreement in reported speech, requests for what another party can give, feelings of
disapproval said aloud, statements and talks named by a noun with who performed them, visits
and meetings named by a noun in apposition or a two-word preposition, envoys sent. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from .conftest import event_codes, event_roles


@pytest.fixture(scope="module")
def coded(coded_2019):
    """The sentences here are told by a paper of 20 January 2019."""
    return coded_2019


@pytest.mark.parametrize("text, expected", [
    # the speaker's side will keep an agreement: a commitment, to whoever the agreement is by or with
    ("Iran said both it and Syria would respect the UN resolution.", ("AGREE", "IRN", "IGOUNO", "occurred")),
    ("Moscow said it would honour its deal with Ankara.", ("AGREE", "RUS", "TUR", "occurred")),
    ("Pakistan said it would implement the truce.", ("AGREE", "PAK", None, "occurred")),
    # that it will not: a refusal
    ("Turkey said it would not abide by the Security Council resolution.", ("REJECT", "TUR", "IGOUNO", "occurred")),
])
def test_a_commitment_to_keep_an_agreement_is_an_agreement(coded, text, expected):
    assert expected in event_codes(coded(text))


@pytest.mark.parametrize("text", [
    "Iran said Syria would respect the ceasefire.",  # another party's keeping, not the speaker's word
    "Pakistan said it respected the truce.",  # what it did, not a commitment
    "Pakistan said it would respect the wishes of its people.",  # no agreement kept
])
def test_no_commitment_without_the_speakers_future_keeping_of_an_agreement(coded, text):
    assert not [e for e in coded(text).events if e.rule.split(":")[1] == "commitment"]


@pytest.mark.parametrize("text, expected", [
    ("Turkey sought Russia's backing for the operation.", ("REQUEST", "TUR", "RUS", "occurred")),
    ("Pakistan requested China's help.", ("REQUEST", "PAK", "CHN", "occurred")),
    ("Turkey sought the approval of Russia.", ("REQUEST", "TUR", "RUS", "occurred")),
    ("Pakistan asked for China's support.", ("REQUEST", "PAK", "CHN", "occurred")),
])
def test_asking_for_what_another_party_can_give_requests_it_of_that_party(coded, text, expected):
    assert expected in event_codes(coded(text))


def test_what_a_request_asks_for_is_not_given(coded):
    record = coded("Pakistan appealed for Chinese aid.")
    assert [e.status for e in record.events if e.event_type == "AID"] == ["hypothetical"]
    record = coded("Pakistan asked for China's support.")
    assert not [e for e in record.events if e.event_type == "SUPPORT" and e.status == "occurred"]


def test_seeking_what_no_party_gives_is_no_request(coded):
    assert not [e for e in coded("Erdogan sought to reassure his voters.").events if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text, expected", [
    ("The German chancellor expressed her misgivings about Turkey's offensive in Afrin.", ("ACCUSE", "DEUGOV", "TUR", "occurred")),
    ("Ankara voiced dismay at the American decision.", ("ACCUSE", "TUR", "USA", "occurred")),
    # the feeling's possessor is the one who feels it, not its target
    ("The British foreign secretary expressed his qualms about Trump's call for a withdrawal.", ("ACCUSE", "GBRGOV", "USAGOV", "occurred")),
])
def test_disapproval_said_aloud_criticises_what_it_is_about(coded, text, expected):
    assert expected in event_codes(coded(text))


def test_disapproval_about_nothing_named_is_no_event(coded):
    assert not [e for e in coded("The French president expressed reservations.").events if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("text, expected", [
    ("The talks, brokered by Russia and Turkey, collapsed on Monday.", ("CONSULT", "RUS", "TUR", "occurred")),
    ("The remarks fell short of the criticism of Turkish actions voiced by Germany.", ("ACCUSE", "DEU", "TUR", "occurred")),
    ("An attack carried out by Islamic State killed five soldiers.", ("ASSAULT", "IMGMOSISI", None, "occurred")),
])
def test_a_participle_of_performing_names_who_did_the_act_of_its_noun(coded, text, expected):
    assert expected in event_codes(coded(text))


def test_a_participle_of_judging_does_not_name_the_doer(coded):
    record = coded("The strike condemned by the UN killed five.")
    assert not [e for e in record.events if e.event_type == "ASSAULT" and e.actor is not None and e.actor.code == "IGOUNO"]
    # nor does a ceasefire ordered by a council make the council the one who holds fire
    record = coded("The fighting went on in defiance of a ceasefire ordered by the Security Council.")
    assert not [e for e in record.events if e.event_type == "RETREAT" and e.actor is not None]


def test_a_visit_in_apposition_is_made_by_the_possessor_of_the_noun_it_renames(coded):
    record = coded("The US secretary of state, Rex Tillerson, travelled this week. "
                   "Tillerson's first stop – a visit to Egypt on Monday – highlighted another controversy.")
    assert ("CONSULT", "USAGOV", "EGY", "occurred") in event_codes(record)


def test_a_visit_to_a_city_abroad_is_to_its_state(coded):
    record = coded("The Pakistani foreign minister paid a visit to Kabul on Monday.")
    assert ("CONSULT", "PAKGOV", "AFG", "occurred") in event_codes(record)
    record = coded("The Pakistani foreign minister paid a visit to Lahore on Monday.")
    assert not [e for e in record.events if e.recipient is not None]  # at home: no host state


@pytest.mark.parametrize("text, expected", [
    ("The US secretary of state spoke ahead of a meeting in London with the British foreign secretary.",
     ("CONSULT", "USAGOV", "GBRGOV", "occurred")),
    ("The Pakistani foreign minister spoke to reporters prior to talks with his Afghan counterpart.",
     ("CONSULT", "PAKGOV", "AFGGOV", "occurred")),
])
def test_talks_named_after_a_two_word_preposition_are_the_speakers(coded, text, expected):
    assert expected in event_codes(coded(text))


def test_officials_sent_abroad_visit(coded):
    assert ("CONSULT", "PAK", "AFG", "occurred") in event_codes(coded("Pakistan sent officials to Afghanistan."))
    assert not [e for e in coded("Pakistan sent troops to the border.").events if e.event_type == "CONSULT"]


def test_what_is_said_against_an_event_is_not_its_negation(coded):
    record = coded("The talks between Russia and Turkey did not produce a deal.")
    assert ("CONSULT", "RUS", "TUR", "occurred") in event_codes(record)
    for text in ("The talks between Russia and Turkey did not take place.", "No talks between Russia and Turkey were held."):
        assert not [e for e in coded(text).events if e.event_type == "CONSULT" and e.status == "occurred"]


@pytest.mark.parametrize("text, expected", [
    ("Turkish jets have been dropping leaflets telling the YPG to surrender.", ("REQUEST", "TURMIL", "SYRREB", "occurred")),
    ("Pakistan sent a letter demanding that India withdraw its troops.", ("REQUEST", "PAK", "IND", "occurred")),
])
def test_a_message_speaks_for_whoever_sent_it(coded, text, expected):
    assert expected in event_codes(coded(text))


def test_a_message_watched_is_not_the_watchers(coded):
    record = coded("Pakistani officials watched a video urging the fighters to surrender.")
    assert not [e for e in record.events if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text, expected", [
    ("Russia, which had granted Turkey permission to begin the operation, blamed the US.", ("SUPPORT", "RUS", "TUR", "occurred")),
    ("Moscow gave its approval to the Turkish offensive.", ("SUPPORT", "RUS", "TUR", "occurred")),
    ("The US president effectively gave Erdogan a green light to invade.", ("SUPPORT", "USAGOV", "TURGOV", "occurred")),
])
def test_granting_leave_to_act_endorses_the_act(coded, text, expected):
    assert expected in event_codes(coded(text))


def test_support_sought_from_a_people_is_asked_of_its_state(coded):
    assert ("REQUEST", "TUR", "RUS", "occurred") in event_codes(coded("Turkey sought Russian support against the Kurds."))


def test_a_warning_delivered_is_issued_and_aimed_at_its_addressee(coded):
    assert ("THREATEN", "PAK", "IND", "occurred") in event_codes(coded("Pakistan delivered a stern warning to India on Monday."))
    assert ("THREATEN", "PAK", "IND", "occurred") in event_codes(coded("Pakistan issued a warning to India on Monday."))
    # aid delivered stays aid
    assert ("AID", "RUS", "TUR", "occurred") in event_codes(coded("Russia delivered food aid to Turkey."))


def test_a_broker_holds_talks_and_deals_but_does_not_keep_a_truce(coded):
    record = coded("Idlib was spared an assault after a truce brokered by Moscow and Ankara.")
    assert not [e for e in record.events if e.event_type == "RETREAT" and e.actor is not None]
    assert ("AGREE", "RUS", "TUR", "occurred") in event_codes(coded("The zones were set up under a deal brokered by Russia and Turkey."))


def test_a_negated_agent_did_not_do_it(coded):
    record = coded("Civilians were hit by airstrikes launched not by the Syrian regime or Russia, but by the coalition.")
    assert not [e for e in record.events if e.rule.startswith("assault.airstrike") and e.actor is not None and e.actor.code in ("SYRGOV", "SYR", "RUS")]


def test_neither_nor_negates(coded):
    record = coded("Neither Tehran nor Baghdad has given permission for these encroachments.")
    assert not [e for e in record.events if e.event_type == "SUPPORT" and e.status == "occurred"]


def test_what_is_done_without_an_act_is_done_without_it(coded):
    record = coded("Trump ordered a missile strike on Syria without seeking UN consent.")
    assert [e.status for e in record.events if e.event_type == "REQUEST"] == ["denied"]


@pytest.mark.parametrize("text", ["Talks, sponsored by the United Nations, are expected in Geneva this week.",
                                  "The summit between Iran and Turkey is due on Monday."])
def test_talks_scheduled_are_to_come_and_announced_by_no_one(coded, text):
    events = [e for e in coded(text).events if e.event_type in ("CONSULT", "AGREE")]
    assert events and all(e.event_type == "CONSULT" and e.status == "planned" for e in events)


def test_a_predicate_named_set_is_no_schedule(coded):
    record = coded("The talks between Iran and Turkey set a deadline for the withdrawal.")
    assert ("CONSULT", "IRN", "TUR", "occurred") in event_codes(record)


def test_what_a_request_asks_for_comes_from_is_not_who_is_asked(coded):
    record = coded("Trump has called for an immediate withdrawal from Syria.")
    assert not [e for e in record.events if e.event_type == "REQUEST" and e.recipient is not None]
    assert ("REQUEST", "GBR", "RUSGOV", "occurred") in event_codes(coded("Britain has demanded answers from the Kremlin."))


def test_modes_of_the_new_constructions(coded):
    # talks a third party brokers are mediated; asking for backing asks for assistance
    assert {e.mode for e in coded("The talks, brokered by Russia and Turkey, collapsed on Monday.").events if e.event_type == "CONSULT"} == {"third-party"}
    assert [e.mode for e in coded("Turkey sought Russia's backing for the operation.").events if e.event_type == "REQUEST"] == ["assist"]


def test_what_someone_is_told_to_do_is_not_done_whoever_they_are(coded):
    record = coded("Turkish jets dropped leaflets telling the residents to surrender.")
    assert not [e for e in record.events if e.event_type == "RETREAT" and e.status == "occurred"]


@pytest.mark.parametrize("text, expected", [
    # "called for X to act": X is who is asked (or, in the passive, whom the request is about)
    ("Egypt called for Israel to halt its strikes.", ("REQUEST", "EGY", "ISR", "occurred")),
    ("The Arab League pushed for Syrian refugees to be allowed to return.", ("REQUEST", "IGOARBALL", "SYRREF", "occurred")),
])
def test_the_subject_of_a_for_clause_of_asking_is_the_recipient(coded, text, expected):
    assert expected in event_codes(coded(text))


def test_what_is_called_for_without_a_clause_has_no_recipient(coded):
    assert ("REQUEST", "IRN", None, "occurred") in event_codes(coded("Iran called for the immediate release of the sailors."))


def test_a_group_is_named_by_the_members_it_is_said_to_include(coded):
    text = "Kurdish officials called on their western partners, including France, to take back their citizens."
    assert ("REQUEST", "KUR", "FRA", "occurred") in event_codes(coded(text))
    assert ("ACCUSE", "IRN", "FRA", "occurred") in event_codes(coded("Iran condemned western countries such as France for the sanctions."))


def test_a_name_the_dictionary_does_not_know_is_a_recipient_all_the_same(coded):
    [talk] = [e for e in coded("Erdogan spoke to the Daily Telegraph on Monday.").events if e.event_type == "CONSULT"]
    assert (talk.actor.country, talk.recipient and talk.recipient.text, talk.status) == ("TUR", "the Daily Telegraph", "occurred")
    # a common noun the dictionary does not know is no one in particular
    [talk] = [e for e in coded("Erdogan spoke to the crowd on Monday.").events if e.event_type == "CONSULT"] or [None]
    assert talk is None or talk.recipient is None or talk.recipient.text != "the crowd"


def test_a_clause_with_respectively_on_the_last_of_a_list_pairs_the_lists(coded):
    text = "Iran and Turkey, who have backed the Syrian government and the rebels respectively, met in Tehran on Friday."
    codes = [c for c in event_codes(coded(text)) if c[0] == "SUPPORT"]
    assert ("SUPPORT", "IRN", "SYRGOV", "occurred") in codes and ("SUPPORT", "TUR", "REB", "occurred") in codes
    assert ("SUPPORT", "TUR", "SYRGOV", "occurred") not in codes


def test_a_visit_in_apposition_to_a_noun_tagged_as_a_verb(coded):
    # the tagger takes "stop" for a verb; standing as the subject it is a noun all the same
    record = coded("The British prime minister, Boris Johnson, toured Africa. "
                   "Johnson’s first stop – a visit to Kenya on Monday – inadvertently highlighted another controversy.")
    assert [e for e in record.events if e.event_type == "CONSULT" and e.recipient and e.recipient.name == "Kenya"
            and e.actor and e.actor.name == "United Kingdom"]


# -- demands told by nouns, and their rejection ---------------------------------------------------

def test_a_demand_noun_is_made_of_the_subject_of_its_clause(coded):
    # as after the verb ("demanded that the US stop"): the one asked is the clause's subject
    record = coded("The talks ended. Turkey's demand that the US stop arming the Kurds angered Washington.")
    assert ("REQUEST", "Turkey", "United States") in [(e.event_type, e.actor and e.actor.name, e.recipient and e.recipient.name) for e in record.events]


def test_a_rejected_demand_was_made_of_the_rejecter(coded):
    # one cannot reject what was not put forward: the demand was made, of whoever rejects it
    record = coded("The talks ended. Erdogan rejected a US call for restraint.")
    events = event_roles(record)
    assert ("REQUEST", "United States", "Turkey", "occurred") in events
    assert ("REJECT", "Turkey", "United States", "occurred") in events
    # also a message that makes the demand ("a statement urging restraint")
    record = coded("The talks ended. President Erdogan on Monday rejected a US statement urging restraint.")
    assert ("REQUEST", "United States", "Turkey") in [(e.event_type, e.actor and e.actor.name, e.recipient and e.recipient.name) for e in record.events]
    # a rejected act is still not done
    record = coded("The talks ended. Iran rejected a ceasefire with the rebels.")
    assert not any(e.event_type == "AGREE" and e.status == "occurred" for e in record.events)


def test_an_obligation_after_a_stated_stance_is_a_demand(coded):
    # "signalled his determination that X should": as "said X should", a demand on X
    record = coded("The talks ended. Britain's foreign secretary signalled his determination that the US should not abandon its Kurdish allies.")
    assert ("REQUEST", "United Kingdom", "United States") in [(e.event_type, e.actor and e.actor.name, e.recipient and e.recipient.name) for e in record.events]
    # a stance with no obligation in it demands nothing
    record = coded("The talks ended. Britain's foreign secretary reiterated his view that the US is a reliable ally.")
    assert not any(e.event_type == "REQUEST" for e in record.events)


# -- forces raised with another party in them (forces.py) --------------------------------------

def test_building_a_force_that_includes_a_group_backs_it(coded):
    dyads = lambda text: event_roles(coded(text))
    # done: support of the builder for the group the force includes
    assert ("SUPPORT", "United States", "People's Protection Units", "occurred") in dyads("The talks ended. The US built a force that included the YPG.")
    # announced, by a noun whose owner "it" stands for: coded as the announcement (AGREE)
    events = dyads("The talks ended. The clashes followed a French announcement that it would build a training force that would include Kurdish fighters.")
    assert any(t == "AGREE" and a == "France" and s == "occurred" for t, a, _, s in events)
    # the "of" phrase of the force, and a force that includes no party
    assert ("AGREE", "United States", "Syrian Democratic Forces", "occurred") in dyads(
        "The talks ended. Washington said it would form a border force of 20,000 men comprising the SDF.")
    assert not any(t in ("SUPPORT", "AGREE") for t, _, _, _ in dyads("The talks ended. The US built a force that included tanks."))


def test_a_commitment_to_a_concession_is_the_concession_a_future_allowance_an_agreement(coded):
    # PLOVER: the promise of a concession is a verbal concession; "will allow" is an agreement
    events = [(e.event_type, e.status) for e in coded("The Ruritanian government made a verbal commitment on Monday to ease restrictions on the opposition.").events]
    assert ("CONCEDE", "occurred") in events and not [e for e in events if e[0] == "AGREE"]
    assert [e for e in coded("Turkey will allow the refugees to return home.").events if e.event_type == "AGREE"]


def _dyads(coded, text):
    return [(e.event_type, e.actor and e.actor.name, e.recipient and e.recipient.name) for e in coded(text).events]


def test_turning_down_an_offer_rejects_it(coded):
    dyads = _dyads(coded, "Russia offered to mediate between the two sides on Monday. Ukraine turned down the offer on Tuesday.")
    assert ("REJECT", "Ukraine", "Russia") in dyads


def test_having_talks_or_a_call_with_someone_consults_them(coded):
    assert ("CONSULT", "Russia", "Israel") in _dyads(coded, "Putin had a phone conversation with Netanyahu on Monday.")
    assert ("CONSULT", "Turkey", "Russia") in _dyads(coded, "Erdogan had talks with Putin in Sochi on Friday.")
    # "have" with any other noun is no act
    assert _dyads(coded, "Iran has missiles that can reach Israel.") == []


def _roles(coded, text):
    return set(event_roles(coded(text)))


@pytest.mark.parametrize("text, event", [
    # an act whose object is the actor's own envoy answers whoever did the deed it is "over"
    ("Pakistan recalled its ambassador over India's decision to revoke the treaty.", ("SANCTION", "Pakistan", "India", "occurred")),
    ("Egypt recalled its envoy over the arrest of its citizens by Ethiopian police.", ("SANCTION", "Egypt", "Ethiopia", "occurred")),
    # a refused meeting no one is named as holding: whose stance the refusal is over
    ("Iran boycotted the conference over the demands of the United States.", ("REJECT", "Iran", "United States", "occurred")),
    ("Iran will not attend the summit over Saudi Arabia's refusal to lift the blockade.", ("REJECT", "Iran", "Saudi Arabia", "occurred")),
])
def test_an_act_over_a_grievance_is_aimed_at_whose_deed_it_is(coded, text, event):
    assert event in _roles(coded, text)


@pytest.mark.parametrize("text, event", [
    # a threat of an act over a grievance is aimed at whose deed it is, as the act would be
    ("Iran threatened to quit the nuclear deal over the sanctions imposed by Washington.", ("THREATEN", "Iran", "United States", "occurred")),
    ("Ankara threatened to leave the talks over the demands of the Kurdish opposition.", ("THREATEN", "Turkey", "Kurdish", "occurred")),
    # (the opposition of the threatener's own country is another side, not its own organ)
    ("Damascus threatened to shun the conference over the demands of the Syrian opposition.",
     ("THREATEN", "Syria", "Syria", "occurred")),
])
def test_a_threat_over_a_grievance_is_aimed_at_whose_deed_it_is(coded, text, event):
    assert event in _roles(coded, text)


def test_a_threat_over_the_threateners_own_deed_names_no_recipient(coded):
    # "over its own decision": no one else's deed, no one the threat is aimed at
    roles = _roles(coded, "Iran threatened to quit the talks over its own decision to enrich uranium.")
    assert ("THREATEN", "Iran", None, "occurred") in roles


def test_a_grievance_of_people_acted_on_names_no_recipient(coded):
    # "the arrest of the mayor": the mayor was arrested, the recall is not aimed at him
    roles = _roles(coded, "Egypt recalled its envoy over the arrest of the mayor.")
    assert any(t == "SANCTION" and a == "Egypt" for t, a, _, _ in roles)
    assert not any(t == "SANCTION" and r == "government" for t, _, r, _ in roles)


@pytest.mark.parametrize("text, event", [
    # the clause of a noun of speech or refusal tells what it is about, as a verb's complement does
    ("Turkey's refusal to hand the suspects to Greece angered Athens.", ("REJECT", "Turkey", "Greece", "occurred")),
    ("Russia's threat to cut gas supplies to Ukraine alarmed Europe.", ("THREATEN", "Russia", "Ukraine", "occurred")),
    ("Iran's objection that Israeli troops were massing on the border was dismissed.", ("REJECT", "Iran", "Israel", "occurred")),
])
def test_the_clause_of_a_speech_noun_names_its_topic(coded, text, event):
    assert event in _roles(coded, text)


@pytest.mark.parametrize("text, event", [
    # the states of the world taken one by one are the international community
    ("The UN urged all countries to take back their citizens.", ("REQUEST", "United Nations", "International community", "occurred")),
    ("Iran warned every country against joining the coalition.", ("THREATEN", "Iran", "International community", "occurred")),
])
def test_every_country_is_the_international_community(coded, text, event):
    assert event in _roles(coded, text)


@pytest.mark.parametrize("text, event", [
    # helping or assisting another's military act backs the doer its noun names
    ("Russia helped Turkish operations in the enclave.", ("SUPPORT", "Russia", "Turkey", "occurred")),
    ("Iran assisted the Syrian offensive on the city.", ("SUPPORT", "Iran", "Syria", "occurred")),
])
def test_helping_anothers_military_act_backs_its_doer(coded, text, event):
    assert event in _roles(coded, text)


@pytest.mark.parametrize("text", ["The charity helped the refugees.", "Qatar helped secure his release.",
                                  "Egypt assisted the investigation."])
def test_helping_anyone_or_anything_else_is_no_event(coded, text):
    assert not [e for e in coded(text).events if e.event_type == "SUPPORT"]


@pytest.mark.parametrize("text, event", [
    # a reaction that an act drew is aimed at the act's doer; its "from" phrase names who reacts
    ("Iran's missile test prompted a rebuke by the US.", ("ACCUSE", "United States", "Iran", "occurred")),
    ("The Israeli strikes provoked criticism from Egypt.", ("ACCUSE", "Egypt", "Israel", "occurred")),
    ("The Turkish offensive drew condemnation from France.", ("ACCUSE", "France", "Turkey", "occurred")),
    ("Russia's decision sparked protests by Ukrainians.", ("PROTEST", "Ukraine", "Russia", "occurred")),
    ("Egypt's ceasefire plan drew praise from Britain.", ("SUPPORT", "United Kingdom", "Egypt", "occurred")),
])
def test_a_reaction_an_act_drew_is_aimed_at_its_doer(coded, text, event):
    assert event in _roles(coded, text)


def test_a_reaction_drawn_by_the_reacting_sides_own_act_names_no_recipient(coded):
    # (no side reacts to its own act: "Turkey's offensive drew criticism from Ankara" names no other)
    roles = _roles(coded, "Turkey's offensive drew criticism from Ankara.")
    assert not any(t == "ACCUSE" and r == "Turkey" for t, _, r, _ in roles)


def test_a_refusal_to_end_help_is_not_aimed_at_whom_the_help_is_for(coded):
    # the YPG is kept backed: the refusal answers whoever wanted the backing ended, here no one named
    # (as its topic; the story's counterpart may still give one, stages/counterparts.py)
    events = coded("The US refusal to end its backing for the YPG was announced on Monday.").events
    assert any(e.event_type == "SUPPORT" and e.recipient.name == "People's Protection Units" for e in events)
    [refusal] = [e for e in events if e.event_type == "REJECT"]
    assert refusal.actor.name == "United States" and not refusal.rule.endswith(">topic-acl")
    # with the demand told, the refusal answers it
    roles = _roles(coded, "Turkey demanded that Washington end its support for the YPG. The US refused to end its support for the militia.")
    assert ("REJECT", "United States", "Turkey", "occurred") in roles


def test_a_refusal_to_end_anything_else_keeps_its_topic(coded):
    # ending an attack is no help kept going: its target is what the refusal is about
    assert ("REJECT", "Iran", "Israel", "occurred") in _roles(coded, "Iran refused to end its attacks on Israel.")


def test_speaking_to_the_press_is_a_briefing_not_a_meeting(coded):
    """A government informs reporters, it does not consult them: "spoke to journalists" is no
    CONSULT (as "told reporters that ..." is none); speaking to a party still is."""
    assert coded("The Iranian foreign minister spoke to journalists in Tehran on Monday.").events == []
    assert coded("Speaking to reporters in Islamabad on Tuesday, a spokesperson for the foreign ministry read a statement.").events == []
    [call] = coded("Erdogan spoke to Putin by phone on Monday.").events
    assert (call.event_type, call.actor.name, call.recipient.name) == ("CONSULT", "Turkey", "Russia")
    met = coded("The Iranian foreign minister met journalists and the Iraqi ambassador in Tehran on Monday.").events
    assert ("CONSULT", "Iraq") in [(e.event_type, e.recipient.name) for e in met]


def test_a_common_adjective_of_kind_names_no_one_asked(coded):
    """"called for military restraint": restraint in arms, asked of no one named; "sought Russian
    support" asks Russia."""
    [call] = coded("The UN chief called for maximum military restraint.").events
    assert (call.event_type, call.recipient) == ("REQUEST", None)
    [sought] = coded("Assad sought Russian support for the offensive.").events
    assert (sought.event_type, sought.recipient.name) == ("REQUEST", "Russia")
