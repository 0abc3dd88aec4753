"""Political acts told without an event verb of their own: a statement that another party's
claims are false rejects them, "pointed out that ..." reports a judgement as "said" does, and
striking a tone or a note is no blow. Each rule on sentences written for it."""

from __future__ import annotations


def _types(events, event_type):
    return [e for e in events if e[0] == event_type]


def test_calling_claims_false_rejects_their_maker(coded_dyads):
    assert ("REJECT", "Russia", "United Kingdom") in coded_dyads("The Kremlin said the British claims were false.")
    assert ("REJECT", "China", "United States") in coded_dyads("A Chinese spokesman said the American allegations were untrue and misleading.")


def test_falsehood_denied_or_accuracy_judges_no_one(coded_dyads):
    assert not _types(coded_dyads("The Kremlin said the British claims were not false."), "REJECT")
    assert not _types(coded_dyads("The Kremlin said the British claims were accurate."), "REJECT")


def test_pointing_out_reports_a_judgement(coded_dyads):
    assert [e for e in coded_dyads("General Votel pointed out that Russia's deployment was against US law.")
            if e[0] == "ACCUSE" and e[2] == "Russia"]
    assert ("ACCUSE", "China", "Japan") in coded_dyads("Beijing pointed out that Japan's patrols were illegal.")


def test_pointing_out_a_fact_or_pointing_to_something_is_no_event(coded_dyads):
    assert not coded_dyads("Analysts pointed out that the offensive had stalled.")
    assert not _types(coded_dyads("The Turkish general pointed to the map of Afrin."), "ACCUSE")


def test_striking_a_tone_is_no_blow(coded_dyads):
    assert not _types(coded_dyads("Iran struck a conciliatory tone on Monday."), "ASSAULT")
    assert not _types(coded_dyads("The Egyptian president struck a defiant note in his speech."), "ASSAULT")
    assert _types(coded_dyads("Israeli jets struck a Hamas tunnel in Gaza on Monday."), "ASSAULT")


# -- verbs and phrases of criticism, refusal, praise and surrender -----------------------------

def test_scolding_verbs_accuse(coded_dyads):
    assert ("ACCUSE", "Turkey", "United States") in coded_dyads("The Turkish foreign minister chastised Washington on Monday.")
    assert [e for e in coded_dyads("The UN chief admonished Israel on Monday.") if e[0] == "ACCUSE" and e[2] == "Israel"]


def test_calling_out_a_party_accuses(coded_dyads):
    assert ("ACCUSE", "France", "Iran") in coded_dyads("The French minister called out Iran over its missile programme on Monday.")
    assert [e for e in coded_dyads("The senator called out Saudi Arabia's behaviour in Yemen.") if e[0] == "ACCUSE" and e[2] == "Saudi Arabia"]


def test_calling_out_a_name_is_no_accusation(coded_dyads):
    assert not _types(coded_dyads("The Egyptian president called out the names of the victims at the ceremony."), "ACCUSE")
    assert not _types(coded_dyads("The soldiers called out to the villagers in Kurdish."), "ACCUSE")


def test_scoffing_or_balking_at_a_claim_rejects_it(coded_dyads):
    assert ("REJECT", "Russia", "United Kingdom") in coded_dyads("The Kremlin scoffed at the British claims on Monday.")
    assert ("REJECT", "Turkey", "United States") in coded_dyads("Ankara balked at the US demand on Monday.")


def test_giving_oneself_up_is_surrender_to_the_other_side(coded_dyads):
    assert ("RETREAT", "Islamic State", "Syrian Democratic Forces") in coded_dyads("Dozens of Isis fighters turned themselves in to the SDF on Monday.")
    assert [e for e in coded_dyads("Hundreds of rebels gave themselves up to the Syrian army on Monday.") if e[0] == "RETREAT" and e[2] == "Syria"]


def test_giving_others_time_is_no_surrender(coded_dyads):
    assert not _types(coded_dyads("The Syrian army gave the rebels time to leave the town."), "RETREAT")


def test_appreciation_said_aloud_praises(coded_dyads):
    assert ("SUPPORT", "Lebanon", "France") in coded_dyads("The Lebanese president expressed appreciation for French help on Monday.")
    assert [e for e in coded_dyads("The Iraqi prime minister voiced admiration for the Kurdish fighters.") if e[0] == "SUPPORT" and e[1] == "Iraq"]


def test_lobbying_a_party_asks_it(coded_dyads):
    assert ("REQUEST", "Jordan", "United States") in coded_dyads("Jordan lobbied Washington to keep its aid on Monday.")
    assert [e for e in coded_dyads("Turkey is lobbying Iraqi officials for access to Sinjar.") if e[0] == "REQUEST" and e[1] == "Turkey"]


def test_opposition_and_objections_said_aloud_reject(coded_dyads):
    assert ("REJECT", "Iran", "United States") in coded_dyads("Iran voiced opposition to the US plan on Monday.")
    assert ("REJECT", "Turkey", "Sweden") in coded_dyads("Turkey raised objections to the Swedish bid on Monday.")


def test_faulting_a_party_accuses_it(coded_dyads):
    assert ("ACCUSE", "United Nations", "Israel") in coded_dyads("The UN report faulted Israel for the deaths.")


def test_storming_out_of_a_meeting_is_protest_not_assault(coded_dyads):
    events = coded_dyads("The Syrian government delegation stormed out of the meeting in Geneva on Monday.")
    assert _types(events, "PROTEST") and not _types(events, "ASSAULT")
    assert _types(coded_dyads("Israeli troops stormed the building in Jenin on Monday."), "ASSAULT")


def test_rallying_behind_a_party_backs_it(coded_dyads):
    events = coded_dyads("Egypt and Jordan rallied behind Saudi Arabia on Monday.")
    assert _types(events, "SUPPORT") and not _types(events, "PROTEST")
    assert _types(coded_dyads("Thousands of protesters rallied in Tehran against the government on Friday."), "PROTEST")
