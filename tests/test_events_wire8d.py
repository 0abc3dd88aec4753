"""Protests, unrest and crackdowns (branch wire8d): kinds of events missed on wire stories of
2023-2025 unrest (written and hand-coded before the coder ran), each coded by a general rule,
on sentences written for it (other countries, other wording)."""

from __future__ import annotations


def test_an_occupation_by_civilians_is_a_protest(coded_dyads):
    for text, actor in (("Farmers occupied the agriculture ministry in Paris.", "agriculture"),
                        ("Students occupied the education ministry in Santiago.", "education")):
        found = coded_dyads(text)
        assert any(t == "PROTEST" and a == actor for t, a, _ in found), (text, found)
        assert not any(t == "COERCE" for t, _, _ in found), (text, found)
    # by a state or an army it stays coercion or a taking of ground; a blockade is coercion by anyone
    assert any(t == "COERCE" and a == "Israel" for t, a, _ in coded_dyads("Israel blockaded Gaza."))
    assert not any(t == "PROTEST" for t, _, _ in coded_dyads("Students blockaded the main highway into La Paz."))
    assert not any(t == "PROTEST" for t, _, _ in coded_dyads("Rebels occupied the town of Goma."))


def test_forces_deployed_in_the_passive_are_their_sides_mobilisation(coded_dyads):
    for text, actor in (("Chilean soldiers were deployed to Santiago on Sunday.", "Chile"),
                        ("The Ecuadorian military has been deployed to the prisons.", "Ecuador"),
                        ("Riot police were deployed in large numbers in Tunis.", "police")):
        assert ("MOBILIZE", actor, None) in coded_dyads(text), (text, coded_dyads(text))
    # what is deployed is no force: nothing mobilised
    assert not coded_dyads("Extra funds were deployed to the region.")
    assert not any(t == "MOBILIZE" for t, _, _ in coded_dyads("Several journalists were deployed to the front."))


def test_a_denial_by_one_organ_of_a_state_answers_an_accusation_of_another(coded_dyads):
    found = coded_dyads("Opposition parties accused the police of beating protesters in Lima. The interior ministry denied it had used force.")
    assert ("REJECT", "government", "opposition") in found, found
    # an organ of another state named answers no accusation of this one's
    found = coded_dyads("Amnesty accused the Egyptian police of torturing detainees. The Libyan government denied that it had sent troops.")
    assert not any(t == "REJECT" and r == "Amnesty International" for t, _, r in found), found


def test_a_resignation_after_or_amid_protests_gives_way_to_them_and_is_no_protest(coded_dyads):
    for text, actor in (("Sri Lanka's president Gotabaya Rajapaksa resigned after months of protests.", "Sri Lanka"),
                        ("Peru's prime minister resigned amid mass demonstrations in Lima.", "Peru")):
        found = coded_dyads(text)
        assert any(t == "RETREAT" and a == actor for t, a, _ in found), (text, found)
        assert not any(t == "PROTEST" for t, _, _ in found), (text, found)
    # a resignation in protest stays a protest
    assert any(t == "PROTEST" for t, _, _ in coded_dyads("The Spanish minister resigned in protest at the decision."))
    # the phrase a parse hangs on a verb joined to the resignation tells it too
    found = coded_dyads("Sri Lanka's president has resigned and fled the country, after months of protests against his government.")
    assert any(t == "RETREAT" and a == "Sri Lanka" for t, a, _ in found) and not any(t == "PROTEST" and a == "Sri Lanka" for t, a, _ in found), found
    # so does a clause of time whose subject is the protests or the protesters
    found = coded_dyads("Peru's president resigned after protesters stormed the palace in Lima.")
    assert any(t == "RETREAT" and a == "Peru" for t, a, _ in found) and not any(t == "PROTEST" and a == "Peru" for t, a, _ in found), found


def test_broadcasters_are_the_media(coded_dyads):
    assert ("THREATEN", "Hungary", "media") in coded_dyads("Hungary's media regulator warned broadcasters against airing the opposition rally.")


def test_a_resignation_yields_to_no_other_state_the_story_names(coded_dyads):
    text = ("Thousands of protesters marched in Colombo on Saturday. India said it was watching closely and "
            "India and Sri Lanka held talks on fuel aid. Sri Lanka's president resigned after months of protests.")
    found = coded_dyads(text)
    assert ("RETREAT", "Sri Lanka", None) in found, found
    assert not any(t == "RETREAT" and r == "India" for t, _, r in found), found
