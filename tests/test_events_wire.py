"""Wire-report constructions: violence and coercion (claims of responsibility, the armed groups
and coalitions such reports name) and diplomatic acts (envoys recalled from a capital, guests
received by a host), each on sentences written for it."""

from __future__ import annotations

import pytest

from .conftest import event_codes, event_roles


def _statuses(coded, text: str) -> list[tuple]:
    return event_roles(coded(text))


# -- claims of responsibility ---------------------------------------------------------------------

def test_claiming_responsibility_for_an_attack_is_the_claimants_attack(coded):
    events = _statuses(coded, "The Houthis claimed responsibility for the attack on the American destroyer on Sunday.")
    assert ("ASSAULT", "Houthis", "United States", "claimed") in events
    # (the claim itself stays coded as the lexicon codes it, ACCUSE allege: CASE's ATTRIB is scored so)
    assert ("ASSAULT", "al-Shabaab", "military", "claimed") in _statuses(coded, "Al-Shabaab claimed credit for the bombing of an army base near Mogadishu.")
    assert ("ASSAULT", "Islamic State", "Israel", "claimed") in _statuses(coded, "Islamic State claimed the shooting of Israeli police officers in Hadera.")


def test_a_passive_claim_names_its_claimant_in_the_by_phrase(coded):
    assert ("ASSAULT", "Tehrik-i-Taliban Pakistan", "police", "claimed") in _statuses(
        coded, "The attack on the police station was claimed by the Pakistani Taliban.")


def test_an_unclaimed_attack_has_no_claimant(coded):
    for text in ("No group has claimed responsibility for the bombing in Kabul.", "He claimed the vote had been rigged."):
        assert not any(a is not None and t == "ASSAULT" for t, a, _, _ in _statuses(coded, text)), text


def test_an_attack_blamed_on_a_party_is_that_partys(coded_dyads):
    assert ("ASSAULT", "Kurdistan Workers' Party", "military") in coded_dyads("A car bombing blamed on the PKK killed six soldiers in Hakkari on Monday.")
    assert any(a == "rebels" for t, a, _ in coded_dyads("An ambush attributed to jihadists killed 20 villagers in Burkina Faso on Sunday.") if t == "ASSAULT")


def test_a_claim_for_the_attack_names_the_doer_of_the_attack_told_before(coded):
    # the definite "the attack" refers back to the act told without its doer: one event, the claimant's
    events = _statuses(coded, "Gunmen killed five policemen in Quetta on Monday. The Pakistani Taliban claimed responsibility for the attack.")
    # (police killed in Quetta are Pakistan's: places/organs.py)
    assert [e for e in events if e[0] == "ASSAULT"] == [("ASSAULT", "Tehrik-i-Taliban Pakistan", "Pakistan", "occurred")]
    events = _statuses(coded, "A car bomb killed 12 soldiers in Mogadishu on Sunday. The government vowed revenge against al-Shabaab, "
                              "the Islamist militant group that claimed responsibility for the bombing.")
    assert [e for e in events if e[0] == "ASSAULT"] == [("ASSAULT", "al-Shabaab", "Somalia", "occurred")]


def test_a_claim_for_an_attack_tells_another_attack(coded):
    # an indefinite "an attack" introduces an act of its own: the gunmen's stays theirs
    events = _statuses(coded, "Gunmen killed five policemen in Quetta on Monday. Separately, the Pakistani Taliban "
                              "claimed responsibility for an attack on a checkpoint in Bannu.")
    assert ("ASSAULT", "Tehrik-i-Taliban Pakistan", None, "claimed") in events
    assert not any(t == "ASSAULT" and a == "Tehrik-i-Taliban Pakistan" and s == "occurred" for t, a, _, s in events)


def test_a_description_after_a_name_and_its_comma_is_its_apposition(coded):
    # the parser hangs "the ... group" from "vowed" as a second object; it describes Islamic State
    events = _statuses(coded, "Tehran vowed revenge against Islamic State, the ultra-hardline Sunni militant group that "
                              "claimed responsibility for the bombing in Kerman.")
    assert any(t == "ASSAULT" and a == "Islamic State" for t, a, _, _ in events)
    assert not any(a == "rebels" or r == "rebels" for _, a, r, _ in events)


# -- coalitions named by their leader ------------------------------------------------------------

def test_the_saudi_led_coalition_is_an_actor_of_its_own(coded_dyads):
    assert ("ASSAULT", "Saudi-led coalition", "Yemen") in coded_dyads("The Saudi-led coalition carried out airstrikes on Sanaa on Saturday.")
    assert ("ASSAULT", "Houthis", "Saudi-led coalition") in coded_dyads("Houthi rebels fired missiles at Saudi-led forces near Marib on Monday.")


# -- forces on the government's side --------------------------------------------------------------

def test_pro_government_forces_are_the_states_forces_not_rebels(coded_dyads):
    assert ("ASSAULT", "Sudan", None) in coded_dyads("Pro-government militias in Sudan attacked a camp for displaced people on Monday.")
    assert ("ASSAULT", "Syria", None) in coded_dyads("Syrian pro-regime militias shelled the town on Tuesday.")
    dyads = coded_dyads("Government-backed militias killed 12 villagers in Darfur on Monday.")
    assert ("ASSAULT", "military", "civilians") in dyads and not any(a == "rebels" for _, a, _ in dyads)


# -- people set free, named by role or kinship ----------------------------------------------------

def test_releasing_people_named_by_role_or_kinship_is_a_release(coded_dyads):
    assert ("RETREAT", "Iran", "France") in coded_dyads("Iran released a French aid worker and two French tourists on Monday.")
    assert any(t == "RETREAT" and a == "Taliban" for t, a, _ in coded_dyads("The Taliban freed the father of a British journalist on Sunday."))


def test_releasing_a_thing_is_no_release(coded_dyads):
    for text in ("The ministry released its figures on Monday.", "The band released a new album on Friday."):
        assert not any(t == "RETREAT" for t, _, _ in coded_dyads(text)), text


# -- weapons brought down are their users' --------------------------------------------------------

def test_bringing_down_weapons_launched_by_a_party_is_an_attack_on_that_party(coded_dyads):
    assert ("ASSAULT", "Ukraine", "Russia") in coded_dyads("Ukraine's air defences shot down 30 drones launched by Russia on Sunday night.")
    assert any(a == "Israel" and r == "Houthis" for _, a, r in coded_dyads("The Israeli army intercepted a missile fired by the Houthis on Monday."))


def test_a_bare_weapon_is_no_recipient(coded_dyads):
    # the attackers' own missiles are not whom they attacked
    assert not any(r == "military" for t, a, r in coded_dyads("Houthi fighters fired three missiles at a cargo ship on Monday.") if a == "Houthis")


# -- diplomacy --------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    # a guest received is met
    # a capital in the "from" or "to" phrase of an envoy is the government he is accredited
    # to, not a place: the recipient of the recall, never the recalling state itself
    ("Morocco recalled its ambassador from Madrid for consultations.", ("SANCTION", "MAR", "ESP", "occurred")),
    ("Chad withdrew its envoy from Paris on Monday.", ("SANCTION", "TCD", "FRA", "occurred")),
])
def test_an_envoy_recalled_from_a_capital_is_recalled_from_its_state(coded, text, expected):
    codes = event_codes(coded(text))
    assert expected in codes
    assert not [c for c in codes if c[1] and c[2] and c[1][:3] == c[2][:3]]


@pytest.mark.parametrize("text, expected", [
    # a host receiving a guest meets him: the host is the actor, the guest the recipient
    ("The Omani sultan received the Iranian foreign minister in Muscat on Sunday.", ("CONSULT", "OMNGOV", "IRNGOV", "occurred")),
    ("Egypt's president received a Qatari delegation in Cairo.", ("CONSULT", "EGYGOV", "QATGOV", "occurred")),
    # representations lodged are a protest
    # diplomatic protest in foreign ministries' words is a protest lodged: criticism of whom it is made to
    ("The Chinese foreign ministry lodged stern representations with the Japanese side on Monday.", ("ACCUSE", "CHNGOV", "JPN", "occurred")),
    ("Vietnam made solemn representations to China over the survey ship.", ("ACCUSE", "VNM", "CHN", "occurred")),
    # a call by telephone has its partner
    # the partner of a call the parse hangs from its medium is the verb's partner all the same
    ("The Kenyan president spoke by telephone with the Ugandan president on Sunday.", ("CONSULT", "KENGOV", "UGAGOV", "occurred")),
    ("The Indian foreign minister talked via video link with his Japanese counterpart.", ("CONSULT", "INDGOV", "JPNGOV", "occurred")),
    # not hesitating is no negation of the act
    # not hesitating to act is acting: said of the future, a threat; of the past, the act done
    ("The Greek defence minister said Greece would not hesitate to strike Turkish vessels.", ("THREATEN", "GRC", "TUR", "occurred")),
    ("Chadian troops did not hesitate to attack the rebels.", ("ASSAULT", "TCDMIL", "REB", "occurred")),
    # an envoy summoned to a ministry is summoned by its state
    # an envoy summoned to an office, with no "by" phrase: the office's state summoned him
    ("The Russian ambassador was summoned to the foreign ministry in Warsaw on Tuesday.", ("ACCUSE", "POLGOV", "RUSGOV", "occurred")),
    ("The Chinese envoy was summoned to the Japanese foreign ministry.", ("ACCUSE", "JPNGOV", "CHNGOV", "occurred")),
    # a sum in aid is aid
    # blocking a measure put to a vote is rejecting it; blocking a road is obstruction
    ("Poland blocked the European Union's migration pact on Thursday.", ("REJECT", "POL", "IGOEUREEC", "occurred")),
    ("Farmers blocked the motorway near the border.", ("PROTEST", "AGR", None, "occurred")),
])
def test_a_measure_blocked_is_rejected(coded, text, expected):
    codes = event_codes(coded(text))
    assert expected[0] in [c[0] for c in codes if c[1] == expected[1]]


@pytest.mark.parametrize("text, expected", [
    # halting or suspending one's hostilities is a ceasefire (CAMEO 0871), no sanction; halting
    # aid is still one
    ("The Ethiopian army halted its offensive in Tigray on Friday.", ("RETREAT", "ETHMIL", None, "occurred")),
    ("The rebels suspended their attacks on the capital on Sunday.", ("RETREAT", "REB", None, "occurred")),
    ("Norway suspended its aid to Ethiopia.", ("SANCTION", "NOR", "ETH", "occurred")),
])
def test_hostilities_halted_are_a_ceasefire(coded, text, expected):
    codes = event_codes(coded(text))
    assert expected in codes and not [c for c in codes if c[0] == "SANCTION" and expected[0] != "SANCTION"]


def test_a_note_of_protest_is_a_protest_lodged(coded):
    assert ("ACCUSE", "LTU", "BLR", "occurred") in event_codes(coded("Lithuania issued a note of protest to Minsk."))


@pytest.mark.parametrize("text, expected", [
    # a sum paid in aid is aid ("$2 billion in military aid"), as "tons of aid" is
    ("Canada has provided more than $2 billion in military aid to Ukraine.", ("AID", "CAN", "UKR", "occurred")),
    ("Norway sent $50 million in humanitarian aid to Sudan on Monday.", ("AID", "NOR", "SDN", "occurred")),
    # aid sent to a capital goes to its state
    # aid or arms sent to a capital go to its government, not to a place
    ("Berlin sent air defence missiles to Kyiv on Monday.", ("AID", "DEU", "UKR", "occurred")),
    ("Pyongyang supplied ammunition to Moscow.", ("AID", "PRK", "RUS", "occurred")),
])
def test_wire_diplomacy_is_coded_as_a_reader_codes_it(coded, text, expected):
    assert expected in event_codes(coded(text))


@pytest.mark.parametrize("text", [
    # near misses: what is received is no guest
    "The clinic received forty wounded villagers on Sunday.",
    "Iran received a letter from the Omani government.",
])
def test_receiving_things_or_patients_is_no_meeting(coded, text):
    assert not [c for c in event_codes(coded(text)) if c[0] == "CONSULT"]


@pytest.mark.parametrize("text, first, second", [
    # restoring ties and signing are done by both sides together: each with the other
    ("Bahrain and Qatar restored diplomatic relations on Wednesday.", "BHR", "QAT"),
    ("Kenya and Ethiopia signed a memorandum of understanding on border trade.", "KEN", "ETH"),
])
def test_ties_restored_and_memoranda_signed_are_joint_acts(coded, text, first, second):
    pairs = {(c[1], c[2]) for c in event_codes(coded(text))}
    assert (first, second) in pairs and (second, first) in pairs


def test_praise_given_together_is_no_joint_act(coded):
    # near miss: two sides praising a third thing do not praise each other
    codes = event_codes(coded("Brazil and Argentina praised the climate accord."))
    assert not [c for c in codes if c[2] in ("BRA", "ARG")]


def test_a_plain_negation_still_negates(coded):
    # near miss: a "not" on the act itself
    assert ("ASSAULT", "TCDMIL", "REB", "occurred") not in event_codes(coded("Chadian troops did not attack the rebels."))


def test_no_state_summons_its_own_envoy_to_an_office(coded):
    # near miss: an office the dictionary reads as the envoy's own state's is no summoner
    codes = event_codes(coded("Syria's ambassador in Paris was summoned to the Foreign Office."))
    assert not [c for c in codes if c[1] and c[2] and c[1] == c[2]]


def test_a_sum_in_other_things_is_no_aid(coded):
    # near miss: money sent is aid only when it is aid
    assert not [c for c in event_codes(coded("The firm sent $2 million in dividends to its shareholders.")) if c[0] == "AID"]


@pytest.mark.parametrize("text, first, second", [
    # coordinated adjectives of states on one noun name one party each
    ("The Kuwaiti and Omani foreign ministers met in Muscat on Sunday.", "KWT", "OMN"),
])
def test_coordinated_state_adjectives_name_each_state(coded, text, first, second):
    codes = event_codes(coded(text))
    assert {c[1][:3] for c in codes if c[0] == "CONSULT" and c[1]} == {first, second}
    assert {c[2][:3] for c in codes if c[0] == "CONSULT" and c[2]} == {first, second}


def test_coordinated_adjectives_make_each_state_an_actor(coded):
    codes = event_codes(coded("Kenyan and Ugandan troops attacked the rebels on Monday."))
    assert {c[1][:3] for c in codes if c[0] == "ASSAULT" and c[1]} == {"KEN", "UGA"}


def test_talks_between_sides_a_third_party_offers_to_host_are_its_plan(coded):
    # the offer is the host's intent; the sides of the talks announced nothing
    codes = event_codes(coded("Oman has offered to host talks between Iran and the United States."))
    assert ("AGREE", "OMN", "IRN", "occurred") in codes
    assert not [c for c in codes if c[1] in ("IRN", "USA") and c[3] == "occurred"]


def test_no_multinational_force_is_a_company(coded):
    assert not [c for c in event_codes(coded("Kenya offered to lead a multinational force in Haiti.")) if c[2] == "BUS"]


@pytest.mark.parametrize("text, victim", [
    # blame of an act is aimed at its doer, never at its victims: none named, no recipient
    ("The Chinese foreign ministry condemned the strikes on Somalia.", "SOM"),
    ("Brazil criticised the bombardment of Lebanese villages.", "LBN"),
])
def test_condemning_an_act_does_not_blame_its_victims(coded, text, victim):
    assert not [c for c in event_codes(coded(text)) if c[0] == "ACCUSE" and c[2] and c[2][:3] == victim]


def test_condemning_an_act_blames_its_named_doer(coded):
    assert ("ACCUSE", "EGY", "ISR", "occurred") in [(c[0], c[1][:3], c[2][:3], c[3]) for c in event_codes(coded("Egypt condemned the Israeli raid on Jenin.")) if c[1] and c[2]]


def test_a_host_offering_talks_between_sides_offers_them_to_each_side(coded):
    # near miss of the rule above: a host's offer keeps both sides as its recipients
    codes = event_codes(coded("Oman has offered to host talks between Iran and the United States."))
    assert ("AGREE", "OMN", "USA", "occurred") in codes


@pytest.mark.parametrize("text, expected", [
    # near misses: the "of" phrase of a withdrawal does it, and a boycotted contact's partner
    # is no victim: both stay the recipient
    ("Moldova demanded the withdrawal of Russian forces from Transnistria.", ("REQUEST", "MDA", "RUS")),
    ("Venezuelan officials said they would boycott all contact with the United States.", ("THREATEN", "VEN", "USA")),
])
def test_doers_and_partners_of_acts_judged_stay_recipients(coded, text, expected):
    assert expected in [(c[0], c[1] and c[1][:3], c[2] and c[2][:3]) for c in event_codes(coded(text))]


@pytest.mark.parametrize("text, name, description, attached", [
    ("Thousands streamed out of Baghuz, the last town held by the jihadis, on Friday.", "Baghuz", "town", True),
    ("The army shelled positions of the YPG, the Kurdish militia that Ankara calls terrorists.", "YPG", "militia", True),
    # a time phrase is the adverb it was parsed as; a subject after a name is no apposition of it
    ("On Monday, the day after the vote, Ankara summoned the envoy.", "Monday", "day", False),
    ("He met Erdogan, the president said.", "Erdogan", "president", False),
])
def test_the_parse_hangs_a_description_from_the_name_it_follows(text, name, description, attached):
    from flashpoint.nlp import load_model

    doc = load_model()(text)
    noun = next(t for t in doc if t.text == description)
    assert (noun.dep_ == "appos" and noun.head.text == name) is attached


# -- pairs of parties ------------------------------------------------------------------------------

def test_sides_named_together_that_clash_or_exchange_fire_attack_each_other(coded_dyads):
    for text in ("India and Pakistan exchanged fire along the border on Monday.", "India and Pakistan clashed along the border on Monday."):
        assert {("ASSAULT", "India", "Pakistan"), ("ASSAULT", "Pakistan", "India")} <= set(coded_dyads(text)), text
    assert ("ASSAULT", "Israel", "Hezbollah") in coded_dyads("Israeli forces traded fire with Hezbollah fighters on Sunday.")


def test_both_countries_and_the_two_sides_refer_back_to_the_pair_told(coded_dyads):
    dyads = coded_dyads("India and Pakistan exchanged fire along the border on Monday. The UN chief urged both countries to exercise restraint.")
    assert {("REQUEST", "United Nations Secretary-General", "India"), ("REQUEST", "United Nations Secretary-General", "Pakistan")} <= set(dyads)
    dyads = coded_dyads("Relations between Iran and Pakistan have soured. China offered to mediate between the two neighbours.")
    assert {r for t, a, r in dyads if a == "China"} == {"Iran", "Pakistan"}
    # no pair told before: nobody; nor the pair who speak ("Egypt and Qatar appealed to both sides": not to each other)
    assert all(r is None for t, _, r in coded_dyads("The UN chief urged both countries to exercise restraint.") if t == "REQUEST")
    assert all(r is None for t, _, r in coded_dyads("Egypt and Qatar appealed to both sides to show restraint.") if t == "REQUEST")


def test_wire_phrases_of_support_and_sanction(coded_dyads):
    assert ("SANCTION", "United States", "Iran") in coded_dyads("Washington slapped new sanctions on Tehran on Friday.")
    assert ("SUPPORT", "Saudi Arabia", "Pakistan") in coded_dyads("Saudi Arabia voiced support for Pakistan's sovereignty.")
    assert ("SUPPORT", "Jordan", "Egypt") in coded_dyads("Jordan said it stood with Egypt.")
    assert ("SUPPORT", "Russia", "Iran") in coded_dyads("Russia sided with Iran in the dispute.")


def test_a_hyphenated_pair_names_both_sides_of_fighting_and_of_what_is_judged(coded_dyads):
    dyads = coded_dyads("China condemned the Israel-Hamas fighting.")
    assert {("ASSAULT", "Israel", "Hamas"), ("ASSAULT", "Hamas", "Israel"), ("ACCUSE", "China", "Israel"), ("ACCUSE", "China", "Hamas")} <= set(dyads)
    assert not any(r == "China" for t, _, r in dyads if t == "ASSAULT")
    assert {r for t, a, r in coded_dyads("The EU welcomed the US-Russia talks.") if t == "SUPPORT"} == {"United States", "Russia"}


def test_saying_a_party_bears_responsibility_for_an_attack_accuses_it(coded_dyads):
    assert ("ACCUSE", "Iran", "United States") in coded_dyads("Tehran said Washington bears responsibility for the killing of its general.")
    assert not any(t == "ACCUSE" for t, _, _ in coded_dyads("The government bears responsibility for the economy."))


def test_armed_groups_of_other_wars_are_named(coded):
    # groups of wars outside the Guardian's Syria: the Congo, Ethiopia, Western Sahara, Myanmar
    names = lambda text: {e.actor.name for e in coded(text, "2023-06-12").events if e.actor is not None}
    assert "March 23 Movement" in names("M23 rebels seized the town of Bunagana on Monday.")
    assert "Tigray People's Liberation Front" in names("Tigrayan forces attacked government troops near Mekelle on Monday.")
    assert "Polisario Front" in names("The Polisario Front shelled Smara on Monday.")
    # an Australian Defence Force is no Congolese rebel group
    assert "Allied Democratic Forces" not in names("The ADF deployed two warships to the Pacific on Monday.")
