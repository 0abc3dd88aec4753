"""Wire reports of armed groups, juntas and crackdowns (Africa, Latin America): border and
airspace closures, hostage-taking, condolences, investigations opened and calls renewed,
groups designated as terrorist; each on sentences written for it, not taken from any story."""

from __future__ import annotations


def types_of(dyads, event_type):
    return [d for d in dyads if d[0] == event_type]


def test_closing_the_airspace_or_a_crossing_to_a_neighbour_coerces_it(coded_dyads):
    # closing the borders because of fighting next door is a precaution, not a measure against it
    assert not types_of(coded_dyads("Chad closed its borders with Sudan and Libya because of the fighting in Darfur."), "COERCE")
    assert ("COERCE", "Chad", "Sudan") in coded_dyads("Chad closed its airspace to flights from Sudan on Monday.")
    assert ("COERCE", "Senegal", "Gambia") in coded_dyads("Senegal closed its border crossing with Gambia.")
    # closing anything else is no coercion
    assert not types_of(coded_dyads("The minister closed the meeting with a prayer."), "COERCE")
    assert not types_of(coded_dyads("Peru closed a deal with Chile on copper exports."), "COERCE")


def test_taking_people_hostage_is_an_abduction(coded_dyads):
    assert types_of(coded_dyads("Armed men took 40 villagers hostage in Zamfara on Sunday."), "ASSAULT")
    assert types_of(coded_dyads("Gang members took two journalists hostage in Port-au-Prince."), "ASSAULT")
    # taking other things is not
    assert not types_of(coded_dyads("The minister took questions from reporters in Abuja."), "ASSAULT")


def test_condolences_offered_are_support_not_an_offer(coded_dyads):
    assert ("SUPPORT", "Tanzania", "Uganda") in coded_dyads("Tanzania offered its condolences to the Ugandan people.")
    dyads = coded_dyads("Ghana expressed its condolences to the government of Burkina Faso.")
    assert ("SUPPORT", "Ghana", "Burkina Faso") in dyads and not types_of(dyads, "AGREE")
    # an offer of talks stays an offer
    assert ("AGREE", "Iran", "Saudi Arabia") in coded_dyads("Iran offered talks to Saudi Arabia.")


def test_an_investigation_opened_and_calls_renewed_are_acts(coded_dyads):
    assert types_of(coded_dyads("Prosecutors opened an investigation against three Bolivian officers."), "ACCUSE")
    assert types_of(coded_dyads("Opposition lawmakers in Lima renewed calls for the resignation of the interior minister."), "REQUEST")
    # opening what names no act is none
    assert not coded_dyads("Guatemala opened its embassy in Jerusalem.")


def test_designating_a_group_as_terrorist_judges_it(coded_dyads):
    assert ("ACCUSE", "Nicaragua") == coded_dyads("Nicaragua designated the opposition group as a terrorist organization.")[0][:2]
    assert types_of(coded_dyads("Washington classified the Mexican cartels as terrorist organizations."), "ACCUSE")
    # listing things as something else judges nobody
    assert not types_of(coded_dyads("The ministry listed the items as duty-free goods."), "ACCUSE")


def test_the_attack_in_a_new_word_is_the_storys_lead_attack(coded_dyads):
    # the army's reply told last is not what "the attack" / "the assault" condemned refers to
    dyads = coded_dyads("Boko Haram fighters stormed a market in Borno on Friday, killing 20 people. "
                        "Nigerian troops later killed 12 militants near Maiduguri. The African Union condemned the attack.")
    assert ("ACCUSE", "African Union", "Boko Haram") in dyads and ("ACCUSE", "African Union", "Nigeria") not in dyads
    assert ("ACCUSE", "Kenya", "al-Shabaab") in coded_dyads(
        "Al-Shabab fighters raided a hotel in Mogadishu on Friday, killing 20 people. "
        "Somali troops later killed 30 militants in Hiran. Kenya condemned the assault.")
    # the same word repeated names the act told in it; a demonstrative, the one just told
    assert ("ACCUSE", "Egypt", "Rapid Support Forces") in coded_dyads(
        "Sudan's army bombed a market in Nyala on Monday. The RSF attacked El Fasher on Tuesday. Egypt condemned the attack.")
    assert ("ACCUSE", "African Union", "Nigeria") in coded_dyads(
        "Boko Haram fighters stormed a market in Borno on Friday. "
        "Nigerian troops later killed 12 militants near Maiduguri. The African Union condemned those killings.")


def test_a_killing_told_by_a_relative_clause_on_a_strike_is_the_strikers(coded_dyads):
    dyads = coded_dyads("The Nigerian air force carried out an airstrike on Thursday that killed a Boko Haram commander.")
    assert ("ASSAULT", "Nigeria", "Boko Haram") in dyads and ("ASSAULT", None, "Boko Haram") not in dyads
    # who survived an attack did not carry it out
    dyads = coded_dyads("Two Malian soldiers survived an attack that killed nine civilians near Mopti.")
    assert not [d for d in dyads if d[0] == "ASSAULT" and d[1] == "Mali"]
