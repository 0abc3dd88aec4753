"""Who did what to whom, where the wording of a noun phrase or a clause misleads: whose a noun
phrase is, what a time word or a report verb is not. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def coded_roles(coded):
    """Code one text: its events as (type, actor name, recipient name, status)."""
    def roles(text: str, published: str = "2024-01-19"):
        return [(e.event_type, e.actor and e.actor.name, e.recipient and e.recipient.name, e.status)
                for e in coded(text, published).events]
    return roles


def test_a_noun_that_names_no_party_is_its_possessors_not_its_adjectives(coded_roles):
    # "Kurdish" says what the feud is about; the feud is Erdogan's
    events = coded_roles("Erdogan's Kurdish feud took a new turn on Monday with a ground assault on the town of Afrin in Syria.")
    assert ("ASSAULT", "Turkey", "Syria", "occurred") in events
    assert not any(a == "Kurdish" for _, a, _, _ in events)


def test_a_possessive_pronoun_owns_the_agenda_its_compound_is_about(coded_roles):
    events = coded_roles("Turkey struck a deal with Iran and Russia on Monday, accepting their Syria agenda.")
    assert any(t == "CONCEDE" and a == "Turkey" and r in ("Iran", "Russia") and s == "occurred" for t, a, r, s in events), events


def test_a_sector_adjective_says_what_kind_of_body_a_possessed_noun_is(coded_roles):
    # "its military wing" is a military body, not the party "its" stands for
    events = coded_roles("Turkish jets bombed the positions of the Kurdish party and its military wing on Monday.")
    assert not any(t == "ASSAULT" and r == "Kurdish" for t, _, r, _ in events[1:]), events


def test_a_title_before_a_possessive_name_is_no_head_of_the_phrase(coded_roles):
    # the parser hangs "Assad's main allies" as an apposition of "president"
    events = coded_roles("Ankara is now working closely with the Syrian president Bashar al-Assad's main allies, Iran and Russia.")
    recipients = {r for t, a, r, s in events if t == "COOPERATE" and a == "Turkey" and s == "occurred"}
    assert recipients == {"Iran", "Russia"}, events


def test_a_time_word_possessing_an_attack_is_no_victim(coded):
    record = coded("Friday's attack by Houthi rebels was carried out near the port of Hodeidah.")
    attacks = [e for e in record.events if e.event_type == "ASSAULT"]
    assert attacks and all(e.recipient is None or "Friday" not in (e.recipient.text or "") for e in attacks)


@pytest.mark.parametrize("text", ["The regime has again defied the norms of civilised nations by shelling the hospital.",
                                  "The risks that these aid workers defy every day are enormous."])
def test_defying_the_odds_or_a_norm_rejects_no_one(coded_roles, text):
    assert not any(t == "REJECT" for t, _, _, _ in coded_roles(text)), text


def test_defying_a_party_or_its_ban_is_a_rejection(coded_roles):
    assert ("REJECT", "Iran", "United Nations", "occurred") in coded_roles("Iran defied the UN embargo on Monday.")


@pytest.mark.parametrize("text, demand", [
    # an obligation on whoever fits is asked of no party; one on a named party is a demand
    ("A ministry spokesman said everyone who returns from the war zone must expect to be questioned by the police.", None),
    ("The British minister said Iraq must hand over the suspects.", ("REQUEST", "United Kingdom", "Iraq", "occurred")),
    # an opinion of what ought to be is no demand; saying what a party must do is one
    ("The Turkish president believes Europe should take in more refugees.", None),
    ("The Turkish president said Germany must take in more refugees.", ("REQUEST", "Turkey", "Germany", "occurred")),
])
def test_a_reported_obligation_is_a_demand_on_a_named_party_when_said(coded_roles, text, demand):
    events = coded_roles(text)
    if demand is None:
        assert not any(t == "REQUEST" for t, _, _, _ in events), events
    else:
        assert demand in events, events


def test_a_who_clause_is_about_a_person_not_the_thing_the_parser_hangs_it_on(coded_roles):
    # the parser hangs "who was killed" on "citizenship"
    events = coded_roles("She married a Kurdish commander with British citizenship, who was killed in a Turkish airstrike last week.")
    assert ("ASSAULT", "Turkey", "Kurdish", "occurred") in events, events
    assert not any(r == "United Kingdom" for _, _, r, _ in events)


def test_a_participle_after_a_noun_is_not_shared_by_the_conjunct_after_it(coded_roles):
    events = coded_roles("The dead included 30 Iraqi soldiers fighting alongside Iran and 8 Kurdish guards.")
    allies = {a for t, a, r, s in events if t == "COOPERATE" and r == "Iran"}
    assert allies == {"Iraq"}, events


def test_a_participle_after_the_last_conjunct_is_shared_by_all(coded_roles):
    events = coded_roles("Ten Iraqi soldiers and four Kurdish guards fighting alongside Iran were wounded.")
    allies = {a for t, a, r, s in events if t == "COOPERATE" and r == "Iran"}
    assert allies == {"Iraq", "Kurdish"}, events


def test_rallying_others_to_act_is_no_protest(coded_roles):
    # the parser reads "followers" as the subject of "to join": they are the ones rallied
    events = coded_roles("In those years the militia regularly rallied followers to join its cause.")
    assert not any(t == "PROTEST" for t, _, _, _ in events), events


def test_rallying_to_demand_something_is_a_protest(coded_roles):
    events = coded_roles("Kurdish protesters rallied to demand the release of the prisoners.")
    assert any(t == "PROTEST" and a == "Kurdish" and s == "occurred" for t, a, _, s in events), events


def test_an_apposition_with_a_reduced_passive_read_as_a_clause_is_the_patient(coded_roles):
    # the parser makes "imprisoned" the root, with "the PKK founder" as its subject
    events = coded_roles("These ideas were developed by Abdullah Öcalan, the PKK founder now imprisoned in Turkey.")
    assert ("COERCE", "Turkey", "Kurdistan Workers' Party", "occurred") in events, events


def test_a_past_tense_tagged_as_a_participle_keeps_its_doer(coded_roles):
    events = coded_roles("The village was quiet, but Turkish troops attacked at dawn.")
    assert any(t == "ASSAULT" and a == "Turkey" for t, a, _, _ in events), events


def test_a_possessive_pronoun_on_a_second_conjunct_refers_to_the_first_ones_owner(coded_roles):
    # not Iraq, the nearer name inside the first conjunct's place phrase
    events = coded_roles("What angers Ankara is Iranian policy in Iraq, and especially its support for the Shia militias.")
    assert any(t == "SUPPORT" and a == "Iran" and s == "occurred" for t, a, _, s in events), events
    assert not any(t == "SUPPORT" and a == "Iraq" for t, a, _, _ in events), events


def test_backing_a_campaign_led_by_a_party_backs_that_party(coded_roles):
    # "military" says what kind of campaign it is; whose it is, "led by" says
    events = coded_roles("The military campaign against the militants, led by Kurdish forces and supported by France, was well under way by March.")
    assert ("SUPPORT", "France", "Kurdish", "occurred") in events, events


def test_a_purpose_after_an_accusation_is_the_accused_acts_aim(coded_roles):
    # the parser hangs "in order to allow" on "accused": the aim is Moscow's, not the accusers'
    events = coded_roles("Paris and Berlin accused Moscow of deliberate stalling in order to allow the Syrian army the time to retake the town.")
    assert ("ACCUSE", "France", "Russia", "occurred") in events, events
    assert not any(t in ("CONCEDE", "SUPPORT") and a in ("France", "Germany") for t, a, _, _ in events), events


def test_a_place_keeps_the_people_its_adjective_names_as_the_target(coded_roles):
    # "Kurdish" names who holds the enclave, the group targeted there
    events = coded_roles("Turkey shelled Syria's Kurdish enclave of Afrin.")
    assert ("ASSAULT", "Turkey", "Kurdish", "occurred") in events, events


@pytest.mark.parametrize("text, recipient", [
    # the embassy's state, an "against" phrase, a destination of protest
    ("Protesters gathered outside the Iranian embassy in London on Saturday.", "Iran"),
    ("Hundreds of demonstrators assembled in Vilnius against the Russian invasion on Sunday.", "Russia"),
    ("Demonstrators converged on the Chinese embassy in Berlin on Saturday.", "China"),
    # the streets of a capital are where the crowd went, not whom it protests against
    ("Thousands of protesters took to the streets of Beirut on Monday.", None),
])
def test_protesters_who_gather_protest(coded, text, recipient):
    [protest] = [e for e in coded(text).events if e.event_type == "PROTEST"]
    assert protest.actor is not None and any(w in protest.actor.text.lower() for w in ("protesters", "demonstrators"))
    assert protest.status == "occurred" and (protest.recipient and protest.recipient.name) == recipient


def test_a_gathering_for_a_purpose_is_told_by_its_purpose(coded_roles):
    # one protest, by the crowd, against what the purpose clause names
    events = coded_roles("Thousands of protesters took to the streets of Ankara to protest against the Israeli raid.")
    protests = [e for e in events if e[0] == "PROTEST"]
    assert protests == [("PROTEST", "civilians", "Israel", "occurred")], events


@pytest.mark.parametrize("text", [
    "The protesters gathered signatures for a petition.",  # gathering something
    "A crowd gathered at the scene of the blast in Kabul.",  # a crowd says nothing of why
    "Residents assembled in the square on Friday.",  # people who are no protesters
])
def test_a_gathering_of_no_protesters_is_no_protest(coded_roles, text):
    assert not any(e[0] == "PROTEST" for e in coded_roles(text)), text


def test_a_preposition_the_parse_left_without_its_object_takes_the_phrase_after_it(pipeline, coded):
    from flashpoint.stages.events.syntax import prep_objects

    # the parse makes "officers" the subject of "holed" and leaves "to" with no object
    doc = pipeline.nlp("Chile has offered shelter to four Afghan police officers holed up in a diplomatic residence.")
    [to] = [t for t in doc if t.lower_ == "to"]
    assert not list(to.children) and [t.text for t in prep_objects(to)] == ["officers"]
    # a fronted phrase whose noun the parse ran into the subject is no such object
    [threat] = [e for e in coded("On Monday President Erdogan warned that Assad would pay a heavy price.").events if e.event_type == "THREATEN"]
    assert (threat.actor.name, threat.recipient.name) == ("Turkey", "Syria")


def test_the_weapons_fired_are_not_what_they_were_fired_at(coded):
    # "missiles" is the thing fired; with a target no actor is known by, there is no recipient
    [attack] = coded("Houthi rebels fired missiles at a commercial ship in the Red Sea on Monday.").events
    assert attack.actor.name == "Houthis" and (attack.recipient is None or attack.recipient.sector != "MIL")
    [attack] = coded("Iran fired missiles at Israel on Saturday.").events
    assert (attack.actor.name, attack.recipient.name) == ("Iran", "Israel")
    # weapons a party is named as owning stand for it
    [interception] = coded("Israel intercepted Iranian missiles on Saturday.").events
    assert interception.recipient.name == "Iran"


def test_who_claims_an_attack_is_its_doer(coded):
    # the attack the claim names is the claimant's (the claim itself stays coded as the lexicon
    # codes it, ACCUSE allege, as CASE's ATTRIB is scored)
    for text in ("The Islamic State group claimed responsibility for the bombing, which killed 40 people in Kabul on Monday.",
                 "Al-Shabaab claimed responsibility for an attack that killed six soldiers in Mogadishu on Monday."):
        attacks = [e for e in coded(text).events if e.event_type == "ASSAULT"]
        assert attacks and all(a.actor is not None and a.actor.code and not a.actor.name.startswith("Unidentified") for a in attacks), text


def test_a_subject_pronoun_of_a_second_clause_continues_the_first_clauses_subject(coded_dyads):
    # parallel clauses keep their topic: "they" is who "they" was, not the hospital just named
    dyads = coded_dyads("Turkish jets pounded Afrin on Friday. Last night they bombed the hospital, and last week they blew up the waterworks.")
    assert all(a == "Turkey" for t, a, _ in dyads if t == "ASSAULT"), dyads
    assert ("ASSAULT", "rebels", "police") in coded_dyads("The rebels shelled the village and then they stormed the police station.")


def test_a_light_verb_lends_its_subject_through_a_noun_that_counts_acts(coded_dyads):
    # "launched a wave of strikes": the wave is the verb's object, the strikes are Russia's
    assert ("ASSAULT", "Russia", "Ukraine") in coded_dyads("Russia launched a wave of strikes on Kyiv on Monday.")
    assert ("ASSAULT", "Israel", "Hezbollah") in coded_dyads("Israeli jets carried out a series of raids on Hezbollah positions on Monday.")
    assert ("CONSULT", "India", "China") in coded_dyads("India held a fresh round of talks with China on Sunday.")


def test_whoever_directs_or_masterminds_attacks_is_their_doer(coded_dyads):
    # a verb of organising an act lends its subject to the act it takes as object, as "ordered" does
    assert ("ASSAULT", "Islamic State", "France") in coded_dyads("Isis commanders have planned and directed attacks on France.")
    assert ("ASSAULT", "al-Shabaab", "Kenya") in coded_dyads("Al-Shabaab masterminded the bombings of two hotels in Nairobi last week.")
    assert ("ASSAULT", "Pakistan", "India") in coded_dyads("The Pakistani cell that orchestrated the attacks on Indian soldiers was dismantled.")
    # directing what is no act of force codes no attack
    assert not any(t == "ASSAULT" for t, _, _ in coded_dyads("The general directed traffic in Kabul on Monday."))


def test_the_envoys_a_sender_sends_are_its_own_not_the_host(coded_dyads):
    # "sent intelligence officials to Gaza": the officials are Egypt's; the host is where they go
    assert ("CONSULT", "Egypt", "Palestine") in coded_dyads("Egypt sent intelligence officials to Gaza on Monday.")
    # a refusal to send them is aimed at no one the envoys' phrase names ("Foreign Office officials")
    dyads = coded_dyads("Whitehall officials have stressed they are not planning to send Foreign Office officials to the area.")
    assert ("REJECT", "United Kingdom", None) in dyads, dyads
    # not a verb of sending: the modifier of the object still names whom the act is aimed at
    assert ("SANCTION", "Turkey", "Netherlands") in coded_dyads("Turkey expelled the Dutch ambassador on Monday.")


def test_a_plural_noun_listing_named_members_stands_for_them(coded_dyads):
    dyads = coded_dyads("The Russian leader held a round of telephone diplomacy with other world leaders including "
                        "Saudi Arabia's King Salman and Israel's Benjamin Netanyahu on Monday.")
    assert {("CONSULT", "Russia", "Saudi Arabia"), ("CONSULT", "Russia", "Israel")} <= set(dyads)
    assert {r for t, _, r in coded_dyads("Iran condemned western countries including France and Germany.") if t == "ACCUSE"} == {"France", "Germany"}
    # a noun that names its own side keeps it
    assert any(a == "Turkey" for t, a, _ in coded_dyads("Turkish forces including commandos attacked Afrin on Monday.") if t == "ASSAULT")


def test_a_definite_decision_or_move_refers_back_to_the_act_just_told(coded_dyads):
    # "the decision", "the move": shell nouns naming the last act told; whoever took it is judged
    text = "Trump announced the withdrawal of US troops from Syria on Wednesday. France criticised the decision on Thursday."
    assert ("ACCUSE", "France", "United States") in coded_dyads(text)
    assert ("SUPPORT", "Kurdish", "United States") in coded_dyads(
        "Trump announced the withdrawal of US troops from Syria on Wednesday. The Kurds welcomed the move.")
    # with no act told before, nobody is named
    assert all(r is None for t, _, r in coded_dyads("France criticised the decision on Thursday.") if t == "ACCUSE")


def test_whoever_used_weapons_in_an_attack_made_it(coded_dyads):
    assert ("ASSAULT", "Russia", "Ukraine") in coded_dyads("Russia used hypersonic missiles in an attack on Kyiv on Monday.")
    assert ("ASSAULT", "Pakistan", "Iran") in coded_dyads("Pakistan said it had used drones and rockets in a strike against separatists in Iran.")
    # the dead in an attack did not make it
    assert not any(a == "civilians" for t, a, _ in coded_dyads("Civilians were killed in a strike on the market.") if t == "ASSAULT")


@pytest.mark.parametrize("text, doer", [
    # the parse hangs the appositive on Ankara/Turkey; it renames the PKK just before its comma
    ("That alliance has angered Ankara, which regards the YPG as an offshoot of the PKK, a militant group that has "
     "attacked Turkish soldiers for decades.", "Kurdistan Workers' Party"),
    ("The pact angered Turkey, which says the YPG is part of the Kurdistan Workers' Party (PKK), a militant group "
     "that attacked a police station in Diyarbakir on Sunday.", "Kurdistan Workers' Party"),
])
def test_an_appositive_description_renames_the_group_just_before_its_comma(coded_roles, text, doer):
    attacks = [e for e in coded_roles(text) if e[0] == "ASSAULT"]
    assert attacks and all(e[1] == doer for e in attacks), attacks


def test_whose_belongs_to_the_noun_its_relative_clause_modifies(coded_roles):
    # "whose fighters" are Hezbollah's, not bare fighters
    events = coded_roles("Damascus has long backed Hezbollah, whose fighters attacked Israeli soldiers near the border on Monday.")
    assert ("ASSAULT", "Hezbollah", "Israel", "occurred") in events



@pytest.mark.parametrize("text, event_type", [
    ("Senior members of the international coalition against Isis visited the Kurdish base on Friday.", "CONSULT"),
    ("Jets of the coalition against Islamic State struck Raqqa on Friday.", "ASSAULT"),
])
def test_the_coalition_named_by_whom_it_fights_is_the_us_led_coalition(coded_roles, text, event_type):
    assert [e for e in coded_roles(text) if e[0] == event_type and e[1] == "US-led coalition"]


def test_our_forces_in_quoted_words_are_the_speakers_side(coded_roles):
    # "our" is the side the quoted speaker speaks for, as "we" is: not a bare "military"
    assert ("ASSAULT", "People's Protection Units", "Turkey", "occurred") in coded_roles(
        "“Our fighters shelled the Turkish positions near Afrin,” a YPG commander said.")
    # as the target too
    assert ("ASSAULT", "Turkey", "People's Protection Units", "occurred") in coded_roles(
        "“The Turkish army attacked our fighters near Afrin,” a YPG commander said.")
    # forces named by their own words stay theirs
    assert ("ASSAULT", "Turkey", "People's Protection Units", "occurred") in coded_roles(
        "“Turkish troops attacked the YPG near Afrin,” a Syrian official said.")


def test_the_goer_not_the_place_gone_to_does_what_the_infinitive_says(coded_dyads):
    """The object of a verb of going is where the goer goes: the infinitive after it is the
    goer's purpose ("toured Washington and Paris to press the case"), as the object of a verb
    of asking is the one asked to act ("urged Ankara to halt")."""
    toured = coded_dyads("The Kurdish commander has been touring Washington, Paris and London to press for a no-fly zone.")
    assert [d for d in toured if d[0] == "REQUEST"] and all(d[1] == "Kurdish" for d in toured if d[0] == "REQUEST")
    urged = coded_dyads("The German minister urged Ankara to halt the offensive.")
    assert ("RETREAT", "Turkey", None) in urged


def test_two_verbs_joined_before_one_object_share_it(coded):
    roles = lambda text: [(e.event_type, e.actor and e.actor.name, e.recipient and e.recipient.name) for e in coded(text, "2018-08-01").events]
    assert ("COERCE", "Turkey", "United Kingdom") in roles("Turkish police arrested and charged three British men in Istanbul on Monday.")
    assert ("ASSAULT", "Israel", "Palestine") in roles("Israeli troops shot and wounded two Palestinians in Hebron on Monday.")
    # a verb with a subject of its own shares nothing
    assert ("RETREAT", "military", "Syria") not in roles("The army withdrew and the rebels shelled Aleppo.")
