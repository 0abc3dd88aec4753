"""Wire reports of violence and coercion (2020s conflicts): weapons fired at a party in a
coordinated object, interceptions kept apart from strikes and aimed at who launched the weapons,
a body's possessive pronoun that refers to its state, services withheld and bills withdrawn.
Each rule on sentences written for it, with near misses."""

from __future__ import annotations

import pytest


# -- the target of weapons fired, after coordinated objects ---------------------------------------

@pytest.mark.parametrize("text, actor, recipient", [
    ("Russia launched 72 drones and a ballistic missile at Ukraine overnight, officials said.", "Russia", "Ukraine"),
    ("Hezbollah fired rockets and anti-tank missiles at northern Israel on Sunday.", "Hezbollah", "Israel"),
    ("Pakistani troops fired artillery and mortars at Indian posts along the Line of Control.", "Pakistan", "India"),
])
def test_the_at_phrase_after_coordinated_weapons_is_the_target(coded_dyads, text, actor, recipient):
    assert ("ASSAULT", actor, recipient) in coded_dyads(text)


def test_a_phrase_of_place_after_coordinated_objects_is_no_target(coded_dyads):
    # near miss: "in" gives the place, whatever object it hangs from
    dyads = coded_dyads("Israeli jets struck weapons depots and a command post in southern Lebanon on Monday.")
    assert not any(t == "ASSAULT" and r == "Israel" for t, _, r in dyads), dyads


# -- interceptions --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, launcher, interceptor", [
    ("Russia launched 72 drones at Ukraine overnight. Ukraine's air force said it shot down 48 of the drones. "
     "Ukrainian drones struck an oil refinery in Russia's Rostov region on Sunday.", "Russia", "Ukraine"),
    ("The Houthis fired 18 drones and three missiles at shipping in the Red Sea on Tuesday. "
     "American warships shot down the drones, the Pentagon said. U.S. jets struck Houthi radar sites in Yemen on Tuesday.",
     "Houthis", "United States"),
])
def test_weapons_brought_down_are_aimed_at_their_launcher_and_kept_apart_from_strikes(coded, text, launcher, interceptor):
    events = coded(text, "2025-08-24").events
    assaults = [(e.actor and e.actor.name, e.recipient and e.recipient.name, e.trigger.text) for e in events if e.event_type == "ASSAULT"]
    downed = [a for a in assaults if a[2] == "shot"]
    struck = [a for a in assaults if a[2] == "struck"]
    assert downed and downed[0][:2] == (interceptor, launcher), assaults
    assert struck and struck[0][0] == interceptor, assaults


def test_weapons_told_nowhere_before_give_no_launcher(coded):
    # near miss: no attack told with such weapons before: the interception takes no launcher from the story
    events = coded("Ukraine's air force said it shot down the drones over Kyiv. Poland summoned Russia's envoy.", "2025-08-24").events
    assert not any(e.rule.endswith(">launcher") for e in events), [(e.event_type, e.rule) for e in events]


# -- a body's pronoun ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("Fighting continued near Pokrovsk, Russian regional authorities said. "
     "Ukraine's General Staff said its forces had hit an oil depot in Russia's Bryansk region.", "Ukraine"),
    ("Hamas fired rockets at Israel on Monday, the Israeli army said. "
     "Iran's Revolutionary Guards said its forces had struck Kurdish militant bases in northern Iraq.", "Islamic Revolutionary Guard Corps"),
])
def test_its_after_a_states_body_is_that_states(coded_dyads, text, actor):
    dyads = coded_dyads(text)
    assert any(t == "ASSAULT" and a == actor for t, a, _ in dyads if a != "Hamas"), dyads


def test_its_after_an_unowned_subject_still_looks_back(coded_dyads):
    # near miss: a subject owned by no name ("the ministry") leaves "its" to the earlier subject
    dyads = coded_dyads("Turkey said on Monday that the ministry had confirmed its troops had shelled Kurdish positions in Syria.")
    assert any(t == "ASSAULT" and a == "Turkey" for t, a, _ in dyads), dyads


# -- services withheld, bills withdrawn -----------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("Kenyan authorities disrupted internet access in Nairobi on Tuesday.", "Kenya"),
    ("Myanmar's junta cut mobile internet in Mandalay on Friday.", "Myanmar"),
    ("Bangladesh restricted internet access in Dhaka as protests spread.", "Bangladesh"),
])
def test_the_internet_disrupted_or_cut_is_withheld(coded_dyads, text, actor):
    dyads = coded_dyads(text)
    assert any(t == "COERCE" and a == actor for t, a, _ in dyads), dyads
    assert not any(t == "SANCTION" for t, _, _ in dyads), dyads


def test_cutting_aid_stays_a_sanction(coded_dyads):
    # near miss: what is cut is aid, not a service
    dyads = coded_dyads("Washington cut military aid to Kyiv on Monday.")
    assert ("SANCTION", "United States", "Ukraine") in dyads, dyads


@pytest.mark.parametrize("text", [
    "Kenya's president withdrew the finance bill on Wednesday after deadly protests.",
    "The Georgian government withdrew the foreign agents bill after mass protests.",
])
def test_a_bill_withdrawn_is_a_concession(coded_dyads, text):
    dyads = coded_dyads(text)
    assert any(t == "CONCEDE" for t, _, _ in dyads), dyads
    assert not any(t == "RETREAT" for t, _, _ in dyads), dyads


def test_troops_withdrawn_stay_a_retreat(coded_dyads):
    dyads = coded_dyads("Russia withdrew its troops from Kherson on Friday.")
    assert any(t == "RETREAT" for t, _, _ in dyads), dyads


# -- the act a definite description refers back to ------------------------------------------------

@pytest.mark.parametrize("text, judge, doer", [
    ("Israeli jets struck Hezbollah positions in southern Lebanon on Monday. "
     "Hezbollah fired rockets at northern Israel and attacked an army post. Lebanon condemned the strikes.", "Lebanon", "Israel"),
    ("Russian drones struck Kyiv overnight. Ukrainian artillery shelled Belgorod on Sunday. Poland condemned the strikes.", "Poland", "Russia"),
])
def test_the_act_condemned_is_the_last_told_in_the_same_word(coded_dyads, text, judge, doer):
    assert ("ACCUSE", judge, doer) in coded_dyads(text, "2024-10-02")


def test_an_attack_told_in_no_such_word_is_the_storys_lead_attack(coded_dyads):
    # no "attack" told before: "the attack" is the one the story leads with (India's strikes),
    # not the reply told after it (wire7b: referents.py, lead_act_types)
    dyads = coded_dyads("Indian missiles struck nine sites in Pakistan on Wednesday. Pakistani troops shelled Indian villages in Kashmir. "
                        "China condemned the attack.", "2025-05-07")
    assert ("ACCUSE", "China", "India") in dyads, dyads


# -- places named after a state -------------------------------------------------------------------

@pytest.mark.parametrize("text, not_recipient", [
    ("Israeli strikes hit the Indonesian Hospital in Gaza on Monday.", "Indonesia"),
    ("The RSF shelled the Saudi Maternity Hospital in El Fasher on Tuesday.", "Saudi Arabia"),
    ("Militants attacked the Turkish Friendship Hospital in Gaza.", "Turkey"),
])
def test_a_hospital_named_after_a_state_is_not_that_state(coded_dyads, text, not_recipient):
    dyads = coded_dyads(text)
    assert any(t == "ASSAULT" for t, _, _ in dyads), dyads
    assert not any(r == not_recipient for _, _, r in dyads), dyads


def test_a_state_before_a_common_noun_hospital_is_still_named(coded_dyads):
    # near miss: "hospital" in lower case is no name: "the Saudi foreign ministry" still names Saudi Arabia
    dyads = coded_dyads("The Saudi foreign ministry condemned the attack on a hospital in Gaza.")
    assert any(t == "ACCUSE" and a == "Saudi Arabia" for t, a, _ in dyads), dyads


# -- members' bodies named after their country ----------------------------------------------------

@pytest.mark.parametrize("text, state", [
    ("The Law Society of Kenya condemned the shooting of protesters.", "Kenya"),
    ("The Bar Association of India condemned the arrests of lawyers.", "India"),
    ("The Medical Association of Nigeria condemned the kidnapping of doctors.", "Nigeria"),
])
def test_a_members_body_of_a_country_is_not_the_state(coded_dyads, text, state):
    assert not any(a == state for _, a, _ in coded_dyads(text))


def test_an_of_phrase_after_other_nouns_still_names_the_owner(coded_dyads):
    # near misses: a state's own body, and an owner's bases, keep the "of" phrase's actor
    assert any(a == "India" for _, a, _ in coded_dyads("The Government of India condemned the attack on Pahalgam."))
    assert ("ASSAULT", "Pakistan", "Jaish al-Adl") in coded_dyads("Two bases of Jaish al-Adl were hit by Pakistani jets on Tuesday.")


# -- attackers fought back against ----------------------------------------------------------------

@pytest.mark.parametrize("text, actor, attacker", [
    ("Al-Shabaab militants stormed a Somali army base near Mogadishu on Friday. Somali troops killed 14 attackers, the defence ministry said.",
     "Somalia", "al-Shabaab"),
    ("Hamas fighters attacked an Israeli army post near Gaza on Monday. Israeli soldiers killed six of the assailants, the army said.",
     "Israel", "Hamas"),
])
def test_attackers_killed_are_the_doers_of_the_attack_on_that_side(coded_dyads, text, actor, attacker):
    assert ("ASSAULT", actor, attacker) in coded_dyads(text, "2025-06-03")


def test_attackers_with_no_attack_on_that_side_told_stay_unnamed(coded_dyads):
    # near miss: the attack told before was on another side: no one to name
    dyads = coded_dyads("Russian drones struck Kharkiv on Monday. Nigerian troops killed 14 attackers in Borno state, the army said.", "2025-06-03")
    assert not any(a == "Nigeria" and r == "Russia" for _, a, r in dyads), dyads
