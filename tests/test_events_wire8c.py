"""Wire reports of insurgency and counter-terrorism (2020s): the people an attack struck
("the wounded", "survivors", "victims") are civilians; "condemned the bombing" is aimed at the bomber.
Each rule on sentences written for it, with near misses."""

from __future__ import annotations

import pytest


# -- the people an attack struck are civilians ------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("Kenya's interior minister visited the wounded at a hospital in Garissa on Monday.", "Kenya"),
    ("Peru's president met survivors of the landslide in Cusco on Sunday.", "Peru"),
    ("Niger's prime minister visited victims of the attack in Tillaberi.", "Niger"),
])
def test_a_visit_to_the_struck_is_a_meeting_with_civilians(coded_dyads, text, actor):
    assert ("CONSULT", actor, "civilians") in coded_dyads(text), coded_dyads(text)


def test_the_wounded_named_by_a_participle_are_civilians(coded_dyads):
    dyads = coded_dyads("President Ruto visited the wounded at Garissa General Hospital on Saturday.")
    assert any(t == "CONSULT" and r == "civilians" for t, _, r in dyads), dyads


def test_a_visit_to_a_head_of_state_keeps_its_state(coded_dyads):
    # near miss: the person met is an official, not a victim
    dyads = coded_dyads("The French president met the Ukrainian president in Kyiv.")
    assert ("CONSULT", "France", "Ukraine") in dyads, dyads


# -- a word for a weapon that names the act ----------------------------------------------------------

@pytest.mark.parametrize("text, actors", [
    ("A suicide bomber from the Pakistani Taliban killed 20 people at a mosque in Peshawar on Monday. "
     "Qatar and Jordan also condemned the bombing.", ("Qatar", "Jordan")),
    ("Boko Haram fighters killed 30 villagers in Borno on Friday. Chad condemned the bombings.", ("Chad",)),
])
def test_condemning_the_bombing_is_aimed_at_the_bomber(coded_dyads, text, actors):
    dyads = coded_dyads(text)
    for actor in actors:
        assert any(t == "ACCUSE" and a == actor and r not in (None, actor) for t, a, r in dyads), dyads


def test_a_weapon_fired_is_no_recipient(coded_dyads):
    # near miss: "rockets" is how Hamas attacked, not whom
    dyads = coded_dyads("Hamas fired rockets at Ashkelon on Tuesday.")
    assert ("ASSAULT", "Hamas", "Israel") in dyads, dyads


# -- forces deployed, told in the passive ------------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("About 2,000 Kenyan soldiers have been deployed to Haiti.", "Kenya"),
    ("The Ghanaian defence ministry said 300 troops had been deployed to the northern border.", "Ghana"),
    ("The army said 5,000 soldiers had been deployed to the region and were searching for the kidnappers.", "military"),
])
def test_forces_deployed_in_the_passive_were_sent_by_their_state(coded_dyads, text, actor):
    dyads = coded_dyads(text)
    assert any(t == "MOBILIZE" and a == actor for t, a, _ in dyads), dyads


def test_forces_deployed_as_a_journalist_reports_have_no_sender(coded_dyads):
    # near miss: reporters tell of others' deployments
    dyads = coded_dyads("Journalists said troops had been deployed to the area.")
    assert not any(t == "MOBILIZE" and a == "media" for t, a, _ in dyads), dyads


# -- the reporter's own act after a reported clause with a modal or a subordinate clause --------------

@pytest.mark.parametrize("text, actor, act", [
    ("Amnesty International said in a report that the police should stop torturing detainees and accused "
     "the interior ministry of covering up the abuse.", "Amnesty International", "ACCUSE"),
    ("The rebels said they had withdrawn from the town because the army had shelled it, and denied killing "
     "any prisoners.", "rebels", "REJECT"),
])
def test_a_verb_of_speech_after_a_modal_or_subordinate_reported_clause_is_the_reporters(coded_dyads, text, actor, act):
    dyads = coded_dyads(text)
    assert any(t == act and a == actor for t, a, _ in dyads), dyads


def test_a_verb_of_speech_in_the_reported_tense_stays_the_reported_doers(coded_dyads):
    # near miss: no back-shift, no modal: the rebels did both
    dyads = coded_dyads("Officials said the rebels attacked the town and accused the villagers of spying.")
    assert not any(t == "ACCUSE" and a == "government" for t, a, _ in dyads), dyads


# -- a denial of a claim answers whoever made it -------------------------------------------------------

@pytest.mark.parametrize("text, actor, recipient", [
    ("The US military said it had carried out an airstrike against al-Shabaab near Jilib. The militants said "
     "they had killed 30 Somali soldiers in Hiraan, a claim the Somali army denied.", "Somalia", "rebels"),
    ("Chadian troops arrived in Niamey on Friday. Islamic State claimed that its fighters had killed 20 Nigerien "
     "soldiers. Niger's defence ministry denied the claim.", "Niger", "Islamic State"),
])
def test_a_denied_claim_answers_its_claimant(coded_dyads, text, actor, recipient):
    dyads = coded_dyads(text)
    assert ("REJECT", actor, recipient) in dyads, dyads


def test_a_denial_of_a_demand_still_answers_the_demander(coded_dyads):
    # near miss: no claim; the refusal answers the demand
    dyads = coded_dyads("Kenya urged Ethiopia to withdraw its troops. Ethiopia rejected the demand.")
    assert ("REJECT", "Ethiopia", "Kenya") in dyads, dyads


# -- a verb coordinated with an adjective that heads its clause ---------------------------------------

@pytest.mark.parametrize("text, actor, recipient", [
    ("The UN spokesman said Guterres was deeply concerned by the fighting in Sudan and called on the RSF to stop its attacks.",
     "Antonio Guterres", "Rapid Support Forces"),
    ("The Kenyan foreign ministry said Nairobi was alarmed by the clashes and called on Ethiopia to withdraw its troops.",
     "Kenya", "Ethiopia"),
])
def test_a_verb_after_an_adjective_heading_a_reported_clause_shares_its_subject(coded_dyads, text, actor, recipient):
    dyads = coded_dyads(text)
    assert any(t == "REQUEST" and a == actor for t, a, _ in dyads), dyads
    assert not any(t == "REQUEST" and r == actor for t, _, r in dyads), dyads


def test_a_passive_after_an_adjective_keeps_its_patient(coded_dyads):
    # near miss: "were attacked" is passive of its own: the villagers are acted on
    dyads = coded_dyads("The villagers were terrified and were attacked again by the gunmen.")
    assert ("ASSAULT", "irregular armed forces", "civilians") in dyads, dyads


# -- a participle of allegiance read as the main verb ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Jihadists linked to Al-Qaeda killed 40 soldiers in northern Mali.",
    "Fighters affiliated with the Islamic State attacked an army base in Tillaberi on Sunday.",
])
def test_a_participle_of_allegiance_is_no_main_verb(coded_dyads, text):
    dyads = coded_dyads(text)
    assert any(t == "ASSAULT" and a == "rebels" for t, a, _ in dyads), dyads


def test_a_verb_of_linking_with_an_object_stays_the_main_verb(coded_dyads):
    # near miss: "linked" has an object: officials made the link, no attack was told
    dyads = coded_dyads("Officials linked the bombing to Al-Shabaab.")
    assert not any(t == "ASSAULT" and a == "government" for t, a, _ in dyads), dyads


# -- an organisation's national branch --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Amnesty International Kenya accused the police of using excessive force against protesters.",
    "Human Rights Watch Uganda accused the army of torturing detainees.",
])
def test_a_national_branch_is_the_organisation(coded_dyads, text):
    dyads = coded_dyads(text)
    assert any(t == "ACCUSE" and a in ("Amnesty International", "Human Rights Watch") for t, a, _ in dyads), dyads
    assert not any(a in ("Kenya", "Uganda") for _, a, _ in dyads), dyads


def test_an_organisation_and_a_state_it_names_stay_two(coded_dyads):
    # near miss: the state is the object, not part of the name
    dyads = coded_dyads("Amnesty International accused Kenya of unlawful killings.")
    assert ("ACCUSE", "Amnesty International", "Kenya") in dyads, dyads
