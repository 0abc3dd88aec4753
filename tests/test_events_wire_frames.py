"""Wire-report frames met in Reuters/AP/AFP copy on conflicts outside Syria: a call on a party
to act, a phrasal verb whose particle the parse hangs on its object, the kind adjective of aid,
a verb coordinated with a predicative adjective, a plural pronoun standing for coordinated
names, words of treason. Each on sentences written for it, with sentences where the rule must
not fire."""

from __future__ import annotations

from .conftest import event_roles


def _roles(coded, text: str) -> list[tuple]:
    return event_roles(coded(text))


# -- "called on X to do": the phrase's object does the infinitive's act, asked for -----------------

def test_the_object_of_call_on_does_what_it_is_called_to_do(coded):
    events = _roles(coded, "The United States called on Rwanda to withdraw its troops from eastern Congo.")
    assert ("REQUEST", "United States", "Rwanda", "occurred") in events
    retreats = [e for e in events if e[0] == "RETREAT"]
    assert retreats and all(a == "Rwanda" and s == "hypothetical" for _, a, _, s in retreats)


def test_appeal_to_two_sides_asks_them_both(coded):
    events = _roles(coded, "The African Union appealed to Ethiopia and Eritrea to withdraw their forces from the border.")
    retreats = {(a, s) for t, a, _, s in events if t == "RETREAT"}
    assert ("Ethiopia", "hypothetical") in retreats and ("Eritrea", "hypothetical") in retreats
    assert not any(t == "RETREAT" and a == "African Union" for t, a, _, _ in events)


def test_a_call_for_an_act_is_not_a_call_on_anyone(coded):
    # "call for" names no doer of the act; "went to Nairobi to talk" is the goer's own act
    events = _roles(coded, "Kenya's president went to Nairobi to meet Congo's president.")
    assert any(t == "CONSULT" and a == "Kenya" for t, a, _, _ in events)


# -- a particle the parse hangs on the object ---------------------------------------------------

def test_begun_to_pull_back_troops_is_a_retreat(coded):
    events = _roles(coded, "India and China have begun to pull back troops from a friction point on their disputed border.")
    actors = {a for t, a, _, _ in events if t == "RETREAT"}
    assert {"India", "China"} <= actors
    # the troops pulled back are the actor's own, no recipient
    assert not any(t == "RETREAT" and r == "military" for t, _, r, _ in events)


def test_an_adjective_before_the_object_is_no_particle(coded):
    events = _roles(coded, "The ministry began to pull several newspapers from sale.")
    assert not any(t == "RETREAT" for t, _, _, _ in events)


# -- "military aid": a kind of goods, not the army ------------------------------------------------

def test_military_aid_to_a_state_goes_to_that_state(coded):
    events = _roles(coded, "Germany pledged another 500 million euros in military aid to Ukraine on Saturday.")
    assert any(a == "Germany" and r == "Ukraine" for _, a, r, _ in events)
    assert not any(r == "military" for _, _, r, _ in events)


def test_a_military_base_is_still_the_armys(coded):
    # before a noun that is not goods or a kind of act the sector word keeps its sense
    events = _roles(coded, "Rebels captured several military outposts near the border on Sunday.")
    assert any(t == "ASSAULT" and r == "military" for t, _, r, _ in events)


# -- a verb coordinated with a predicative adjective -----------------------------------------------

def test_a_verb_after_a_predicative_adjective_shares_the_copulas_subject(coded):
    events = _roles(coded, "The US and 12 other Western countries said they were deeply concerned by the violence and urged restraint.")
    assert any(t == "REQUEST" and a == "United States" for t, a, _, _ in events)


def test_a_plural_pronoun_stands_for_coordinated_names(coded):
    events = _roles(coded, "The US and Britain said they were deeply concerned by the violence and urged restraint.")
    actors = {a for t, a, _, _ in events if t == "REQUEST"}
    assert actors == {"United States", "United Kingdom"}


def test_a_plural_pronoun_does_not_reach_a_pair_of_an_earlier_sentence(coded):
    # (whom "they" resolves to across sentences is the resolver's; the pair is not added to it)
    events = _roles(coded, "The US and Britain met in London on Monday. The next day the French said they urged restraint.")
    assert not any(t == "REQUEST" and a == "United States" for t, a, _, _ in events)


# -- words of treason --------------------------------------------------------------------------------

def test_calling_a_deed_treasonous_accuses(coded):
    events = _roles(coded, "President Ruto called the police action treasonous.")
    assert ("ACCUSE", "government", "police", "occurred") in events
    events = _roles(coded, "President Ruto called the day a historic one for Kenya.")
    assert not any(t == "ACCUSE" for t, _, _, _ in events)


# -- "the paramilitary group": a kind of group, the one named before -------------------------------

def test_a_sector_word_before_the_group_is_a_kind_not_which(coded):
    events = _roles(coded, "The RSF stormed the town of Geneina. The army accused the RSF of violating the truce, "
                           "while the paramilitary group blamed the army for attacks on civilians.")
    assert any(t == "ACCUSE" and a == "Rapid Support Forces" for t, a, _, _ in events)


def test_a_paramilitary_group_with_none_named_before_stays_unnamed(coded):
    events = _roles(coded, "Kenyan police clashed with protesters. The paramilitary group deployed in Nairobi.")
    assert not any(t == "MOBILIZE" and a not in (None, "military") for t, a, _, _ in events)


# -- "both sides" of a civil war: a state's army and an armed group of that state -----------------

def test_both_sides_of_a_civil_war_are_the_army_and_the_group(coded):
    events = _roles(coded, "Fighting between Sudan's army and the paramilitary Rapid Support Forces spread to Darfur on Monday. "
                           "Saudi Arabia urged both sides to return to talks in Jeddah.")
    assert {r for t, a, r, _ in events if t == "REQUEST" and a == "Saudi Arabia"} == {"Sudan", "Rapid Support Forces"}


def test_a_states_organs_are_one_side(coded):
    # the army and the government of one state are one party: no pair to refer back to
    events = _roles(coded, "Sudan's army said the government had approved the plan. Saudi Arabia urged both sides to return to talks.")
    assert not any(t == "REQUEST" and r is not None for t, _, r, _ in events)


# -- staying away from talks: the refuser is no party to them ------------------------------------------

def test_who_did_not_take_part_in_talks_did_not_consult(coded):
    for text in ("Eritrea did not take part in the talks.", "Eritrea did not participate in the talks."):
        events = _roles(coded, text)
        assert any(t == "REJECT" and a == "Eritrea" for t, a, _, _ in events), text
        assert not any(t == "CONSULT" and a == "Eritrea" for t, a, _, _ in events), text


def test_who_took_part_in_talks_consulted(coded):
    assert any(t == "CONSULT" and a == "Eritrea" for t, a, _, _ in _roles(coded, "Eritrea took part in the talks in Pretoria."))
