"""Recall rules of the event coder, each on a sentence written for it (issue 14)."""

from __future__ import annotations

from flashpoint.nlp import load_model

from .conftest import event_roles


def test_mislemmatized_verbs_get_their_lemma():
    # the lemmatizer gives "stag" and "wag"; only verbs are corrected
    doc = load_model()("Students staged a sit-in while the army waged war. A stag ran off.")
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert lemmas["staged"] == "stage" and lemmas["waged"] == "wage"
    assert lemmas["stag"] == "stag"


def test_staged_is_a_light_verb(coded_dyads):
    # "staged a protest": the subject of the light verb protests
    assert ("PROTEST", "Kurdish", "Turkey") in coded_dyads("Kurdish activists staged a protest against Turkey in Berlin on Sunday.")


def test_particle_read_as_adverb(coded_dyads):
    # "pulled back its troops": the parse gives "back" as an adverb; it is the particle of "pull back"
    assert ("RETREAT", "Russia", None) in coded_dyads("Russia pulled back its troops on Monday.")
    assert ("RETREAT", "Russia", None) in coded_dyads("Russia pulled its troops back on Monday.")


def test_adverb_with_its_own_phrase_is_no_particle(coded_dyads):
    # "pulled back from the brink": a figure of speech with a phrase of its own, no withdrawal
    assert not any(t == "RETREAT" for t, _, _ in coded_dyads("Russia pulled back from the brink on Monday."))


# -- territory changing hands (ASSAULT, CAMEO 190: the taker on whoever held the place) ---------

def test_taking_a_place_from_its_holder(coded_dyads):
    # "take" is an event only with a place: a place word or a toponym; "from" names the loser
    assert ("ASSAULT", "Syria", "Islamic State") in coded_dyads("The Syrian army took the town from Islamic State on Monday.")
    dyads = coded_dyads("Turkish troops took Afrin on Sunday.")
    assert ("ASSAULT", "Turkey", None) in dyads  # the loser unnamed: no recipient, not the place's state


def test_taking_what_is_no_place_is_no_event(coded_dyads):
    for text in ("The president took the stage in Paris on Monday.", "Erdogan took Air Force One to Washington.",
                 "The rebels took money from the residents.", "Turkey gained approval from Russia for the operation."):
        assert not any(t == "ASSAULT" for t, _, _ in coded_dyads(text)), text


def test_the_holder_named_in_the_place_phrase_is_the_recipient(coded_dyads):
    # "a town held by X", "the X stronghold": who lost it; a state's adjective only says where it is
    assert ("ASSAULT", "Syria", "Islamic State") in coded_dyads("Syrian government forces captured a town held by Islamic State.")
    assert ("ASSAULT", "Turkey", "Islamic State") in coded_dyads("Turkish forces seized the Islamic State stronghold on Monday.")
    assert not any(r == "Iraq" for _, _, r in coded_dyads("Iraqi forces retook the northern Iraqi town on Monday."))


def test_seizing_a_place_is_an_assault_seizing_goods_is_not(coded_dyads):
    assert ("ASSAULT", "Syria", "Islamic State") in coded_dyads("Syrian troops seized the town from Islamic State on Monday.")
    assert not any(t == "ASSAULT" for t, _, _ in coded_dyads("Police seized weapons from Islamic State on Monday."))


def test_a_place_falls_to_its_taker(coded_dyads):
    # "fall to X": X took it; the holder, if the place's phrase names it, lost it
    assert ("ASSAULT", "Syrian Democratic Forces", None) in coded_dyads("The town fell to the Syrian Democratic Forces on Monday.")
    assert ("ASSAULT", "Kurdish", "Islamic State") in coded_dyads(
        "Raqqa, the capital of the Islamic State's caliphate, fell to Kurdish forces last week.")
    assert not any(t == "ASSAULT" for t, _, _ in coded_dyads("The soldier fell to the ground on Monday."))


def test_losing_a_place_to_its_taker(coded_dyads):
    # told from the loser's side: the subject held it, the "to" phrase took it
    assert ("ASSAULT", "Iraq", "Islamic State") in coded_dyads("Islamic State lost control of the town to Iraqi forces on Monday.")
    assert not any(t == "ASSAULT" for t, _, _ in coded_dyads("Turkey lost the match to Iraq on Monday."))


def test_seizing_control_of_a_place_is_occupying_it(coded_dyads):
    # COERCE 192, and only of a place; taking control need not be by force (see `wrest control`)
    assert ("COERCE", "Turkey", "Islamic State") in coded_dyads("Turkish forces seized control of the town from Islamic State on Monday.")
    assert not any(t == "ASSAULT" for t, _, _ in coded_dyads("Turkish forces took control of the town on Monday."))
    assert not any(t in ("COERCE", "ASSAULT") for t, _, _ in coded_dyads("Turkey took control of the company on Monday."))


def test_a_battle_for_a_place_won(coded_dyads):
    # winning a place is mostly an election; winning a battle for it is taking it
    assert ("ASSAULT", "Iraq", None) in coded_dyads("The battle for the town of Tal Afar was won by Iraqi forces on Monday.")
    assert not any(t == "ASSAULT" for t, _, _ in coded_dyads("The AKP won Istanbul in the election on Sunday."))
    assert not any(t == "ASSAULT" for t, _, _ in coded_dyads("Activists won the battle for public opinion on Sunday."))


def test_driven_out_of_a_place_is_a_retreat_too(coded_dyads):
    # the one who drives out assaults; the one driven out withdraws, from them
    dyads = coded_dyads("Kurdish peshmerga forces were pushed out of Kirkuk by the Iraqi army on Monday.")
    assert ("ASSAULT", "Iraq", "Peshmerga") in dyads and ("RETREAT", "Peshmerga", "Iraq") in dyads
    dyads = coded_dyads("The Iraqi army drove Islamic State out of Mosul on Monday.")
    assert ("ASSAULT", "Iraq", "Islamic State") in dyads and ("RETREAT", "Islamic State", "Iraq") in dyads


def test_forced_to_withdraw(coded_dyads):
    # forcing a withdrawal is an assault on those who withdraw; they retreat from the forcer
    dyads = coded_dyads("Turkey forced the Syrian army to withdraw from the town on Monday.")
    assert ("ASSAULT", "Turkey", "Syria") in dyads and ("RETREAT", "Syria", "Turkey") in dyads
    dyads = coded_dyads("Islamic State was forced to withdraw from the town by Iraqi forces on Monday.")
    assert ("ASSAULT", "Iraq", "Islamic State") in dyads and ("RETREAT", "Islamic State", "Iraq") in dyads
    # no forcer named, or no withdrawal: no assault
    assert not any(t == "ASSAULT" for t, _, _ in coded_dyads("Islamic State was forced to withdraw from the town on Monday."))
    assert not any(t == "ASSAULT" for t, _, _ in coded_dyads("Iran forced the minister to resign on Monday."))


def test_downing_an_aircraft_is_an_attack_on_its_owner(coded_dyads):
    # "downed" is "shot down"; the owner of the drone is the recipient
    assert ("ASSAULT", "Syria", "Turkey") in coded_dyads("Syrian forces downed two Turkish drones on Friday.")


def test_a_verb_of_degree_carries_the_act_it_intensifies(coded_dyads):
    # "intensified its offensive": more of the same act, by the verb's subject
    assert any(t == "ASSAULT" and a == "Turkey" for t, a, _ in coded_dyads("Turkey intensified its offensive on Monday."))


def test_recalling_is_a_sanction_only_of_envoys(coded_dyads):
    assert ("SANCTION", "Turkey", "Netherlands") in coded_dyads("Turkey recalled its diplomats from the Netherlands on Sunday.")
    # remembering is no recall of an envoy
    assert not any(t == "SANCTION" for t, _, _ in coded_dyads("When we recall Isis at the height of its powers, its decline is plain."))


# -- a passive with no subject of its own ----------------------------------------------------------

def test_passive_subject_swallowed_by_a_phrase_of_place(coded_dyads):
    # the parse takes "12 Iraqi soldiers" for the object of "near": the finite passive's subject
    # is the noun phrase just before its auxiliary, and the "by" phrase names the doer
    dyads = coded_dyads("In the west near Mosul 12 Iraqi soldiers were killed by Islamic State fighters.")
    assert ("ASSAULT", "Islamic State", "Iraq") in dyads


def test_phrase_on_a_verb_is_no_swallowed_subject(coded_dyads):
    # "in Iraq" belongs to "made"; it is no subject of "be repeated"
    dyads = coded_dyads("He said the mistakes the US made in Iraq would not be repeated by the army.")
    assert not [d for d in dyads if d[2] == "Iraq"]



def test_talks_named_with_their_sides_are_held_whatever_is_said_of_them(coded_dyads):
    # commentary on an event in reported words is no new event ("said Tehran's strikes were
    # motivated by"), but talks named with their sides are told as held
    dyads = coded_dyads("Lavrov admitted that the talks between Russia and Turkey were not going well.")
    assert ("CONSULT", "Russia", "Turkey") in dyads and ("CONSULT", "Turkey", "Russia") in dyads


def test_allowing_another_partys_force_backs_it(coded_dyads):
    # allowing force is backing whoever uses it; allowing anything else yields (CONCEDE)
    assert ("SUPPORT", "Russia", "Turkey") in coded_dyads("Russia allowed Turkey to bomb the Kurdish fighters.")
    assert ("SUPPORT", "Iran", "Syria") in coded_dyads("The rebels blamed Iran for allowing Syria to launch the campaign.")
    dyads = coded_dyads("Iran allowed the inspectors from Russia to visit the site.")
    assert not [d for d in dyads if d[0] == "SUPPORT"] and [d for d in dyads if d[0] == "CONCEDE"]


def test_participle_coordinated_with_one_of_saying_shares_its_doer(coded_dyads):
    # the parse hangs "and urging ..." under "saying" as what was said; it is a second act of
    # whoever released the statement
    dyads = coded_dyads("Hamas released a long statement, saying “the siege will end” and urging Egypt to open the crossing.")
    assert ("REQUEST", "Hamas", "Egypt") in dyads


def test_stressing_the_need_for_something_calls_for_it(coded_dyads):
    assert ("REQUEST", "Germany", None) in coded_dyads("Germany stressed the need for a political solution in Syria.")
    assert ("REQUEST", "Russia", "Turkey") in coded_dyads("Russia underlined the need for Turkey to withdraw.")


def test_a_subject_pronoun_after_a_long_quotation_continues_its_speaker(coded_dyads):
    # "X said: '... . ... .' He urged ...": the quotation's speaker is the topic, though the
    # verb of saying is more sentences back than a pronoun is otherwise looked for
    text = ("The Russian foreign minister, Sergei Lavrov, spoke in Moscow on Monday. Lavrov said: “Washington is "
            "undermining every effort at peace. Nobody trusts its promises any more. The region needs calm”. "
            "He urged Turkey to halt its offensive.")
    assert ("REQUEST", "Russia", "Turkey") in coded_dyads(text)


def test_an_offer_named_by_a_noun_is_an_agreement_offered(coded_dyads):
    # as the verb "offer" is (AGREE 030): "the Turkish offer of mediation", "Iran's offer to host talks"
    assert ("AGREE", "Turkey", None) in coded_dyads("The Turkish offer of mediation was made public on Monday.")
    assert ("AGREE", "Iran", None) in coded_dyads("Iran's offer to host the talks was announced on Sunday.")


def test_nouns_of_acts_whose_verbs_are_coded(coded_dyads):
    assert ("SUPPORT", "United States", "Kurdish") in coded_dyads("Washington refused to end its backing for the Kurdish militia.")
    assert ("AGREE", "Pakistan", "Afghanistan") in coded_dyads("The Pakistani pledge of aid to Afghanistan was welcomed.")
    assert ("REQUEST", "Russia", "Turkey") in coded_dyads("Russia's invitation to Turkey for talks was accepted.")
    assert ("COERCE", "Iran", None) in coded_dyads("The seizure of the tanker by Iran angered Britain.")


# -- parentheticals set off by dashes -----------------------------------------------------------

def test_an_actor_before_a_spaced_dash_stands(coded_dyads):
    # "Turkey – angered by ..." opens a parenthetical; "Iran-backed" (no spaces) stays an affiliation
    dyads = coded_dyads("The talks ended on Sunday. Turkey – angered by the decision – urged Russia to stop the attacks.")
    assert ("REQUEST", "Turkey", "Russia") in dyads
    assert not any(a == "Iran" for _, a, _ in coded_dyads("The talks ended on Sunday. Iran-backed militias attacked the town."))


def test_a_subject_swallowed_by_a_dashed_participle(coded_dyads):
    # the parse gives "Washington" to "egged" and leaves "wants" without a subject
    dyads = coded_dyads("The talks ended on Sunday. Washington – egged on by Israel – wants Moscow to rein in Iran.")
    assert ("REQUEST", "United States", "Russia") in dyads


def test_a_hyphenated_phrase_noun_and_a_vigil_are_protests(coded_dyads):
    # the parser splits "sit-in" into "sit", "-", "in": the lexicon's phrase is found all the same
    assert ("PROTEST", "Kurdish", "Iran") in coded_dyads("Kurdish students staged a sit-in outside the Iranian embassy on Monday.")
    assert ("PROTEST", "Kurdish", None) in coded_dyads("Hundreds of Kurds held a candlelit vigil in Stockholm on Tuesday.")


# -- searching people, putting an act into effect --------------------------------------------

def _coded_with_status(coded, text):
    return event_roles(coded(text))


def test_searching_people_is_coercion(coded):
    # PLOVER COERCE seize: "execute search"; only people (not "the house", "for survivors")
    assert ("COERCE", "Israel", "Palestine", "occurred") in _coded_with_status(
        coded, "Israeli soldiers frisked Palestinian workers at the checkpoint on Monday.")
    assert ("COERCE", "police", "media", "occurred") in _coded_with_status(
        coded, "Police searched the journalists at the border crossing on Monday.")
    assert not any(t == "COERCE" for t, *_ in _coded_with_status(coded, "Rescuers searched the house for survivors on Monday."))


def test_implementing_or_enforcing_an_act_does_it(coded):
    # a light verb: the noun is the act, the verb's subject its doer
    assert ("AGREE", "Lebanon", "Syria", "occurred") in _coded_with_status(coded, "Lebanon implemented the agreement with Syria on Monday.")
    assert ("SANCTION", "government", "Iran", "occurred") in _coded_with_status(
        coded, "The government implemented sanctions against Iran on Monday.")
    assert not _coded_with_status(coded, "The government implemented economic reforms on Monday.")


def test_driving_or_expelling_fighters_is_an_assault(coded):
    # fighters as the object: driven out by force; not people carried, nor diplomats expelled
    assert ("ASSAULT", "military", "rebels", "occurred") in _coded_with_status(
        coded, "The army drove the remnants of the militants from the valley on Monday.")
    assert ("ASSAULT", "Kurdish", "rebels", "occurred") in _coded_with_status(
        coded, "Kurdish fighters expelled the jihadists from the town on Monday.")
    assert not any(t == "ASSAULT" for t, *_ in _coded_with_status(coded, "Their father drove the children to school on Monday."))
    assert not any(t == "ASSAULT" for t, *_ in _coded_with_status(coded, "The army drove its tanks to the border on Monday."))
    assert any(t == "SANCTION" for t, *_ in _coded_with_status(coded, "Russia expelled two British diplomats on Monday."))


def test_screening_or_vetting_people_is_coercion(coded):
    # screening people (at a checkpoint, on leaving a battle) is searching them: PLOVER COERCE
    # seize; only people are screened so ("the film", "the bags")
    assert ("COERCE", "Iraq", "civilians", "occurred") in _coded_with_status(
        coded, "Iraqi troops screened hundreds of civilians fleeing the town on Monday.")
    assert ("COERCE", "Kurdish", "civilians", "occurred") in _coded_with_status(
        coded, "The families were vetted by Kurdish security forces on Monday before they were taken to the camp.")
    assert not any(t == "COERCE" for t, *_ in _coded_with_status(coded, "The festival screened the film on Sunday."))
    assert not any(t == "COERCE" for t, *_ in _coded_with_status(coded, "Iraqi troops screened the bags at the checkpoint on Monday."))


def test_a_sentence_to_prison_is_a_detention(coded):
    # PLOVER: "Convictions that result in imprisonment should also be coded as COERCE 'arrest'":
    # the conviction and the detention, two events
    coded_here = _coded_with_status(coded, "A Turkish court sentenced 13 journalists to long jail terms on Wednesday.")
    assert ("COERCE", "Turkey", "media", "occurred") in coded_here and ("SANCTION", "Turkey", "media", "occurred") in coded_here
    assert ("COERCE", "Iran", "United Kingdom", "occurred") in _coded_with_status(
        coded, "An Iranian court sentenced the British aid worker to five years in prison on Monday.")
    # a sentence to anything else, and a conviction with no sentence, stay convictions
    assert ("SANCTION", "Saudi Arabia", "religious", "occurred") in _coded_with_status(
        coded, "A Saudi court sentenced the cleric to death on Monday.")
    assert not any(t == "COERCE" for t, *_ in _coded_with_status(coded, "An Iranian court convicted the journalist of espionage on Monday."))


def test_a_persons_wish_to_come_home_to_a_state_is_a_plea_to_it(coded):
    # told as news, a person's wish to return to a state asks it to let them back
    assert ("REQUEST", "Shamima Begum", "United Kingdom", "occurred") in _coded_with_status(
        coded, "Speaking to the BBC on Monday, Shamima Begum said she wanted to return to Britain.")
    assert ("REQUEST", "Shamima Begum", "United Kingdom", "occurred") in _coded_with_status(
        coded, '"I just want to return to Britain," Shamima Begum told the BBC on Monday.')
    # negated: no plea made
    assert ("REQUEST", "Shamima Begum", "United Kingdom", "denied") in _coded_with_status(
        coded, "Shamima Begum did not want to return to Britain.")
    # a people's hope, a return to no state, or a return wished of others is no plea
    for text in ("The Kurdish refugees want to return to Syria.", "Shamima Begum wants to return to normal life.",
                 "Shamima Begum wants the government to return to Britain."):
        assert not any(t == "REQUEST" for t, *_ in _coded_with_status(coded, text)), text


def test_a_wish_to_come_home_told_in_a_pseudo_cleft_or_with_home_is_a_plea(coded):
    # "all she wants to do is come home": the parse hangs the return from "is", the wisher is
    # in the relative clause; "come home to the UK": the "to" phrase hangs from the adverb
    for text in ("Shamima Begum has said all she wants to do is come home to the UK.",
                 "Shamima Begum said what she wants is to go back to Britain.",
                 "Shamima Begum has said she wants to come home to the UK."):
        assert ("REQUEST", "Shamima Begum", "United Kingdom", "occurred") in _coded_with_status(coded, text), text
    # a cleft of something else wished, a people's wish, a return told as done: no plea
    for text in ("Shamima Begum said all she wants is a quiet life.", "All the refugees want is to go home to Syria.",
                 "Shamima Begum came home to the UK last year."):
        assert not any(t == "REQUEST" for t, *_ in _coded_with_status(coded, text)), text


def test_an_infinitival_relative_read_as_a_clausal_subject_leaves_its_noun_the_subject(coded):
    # "the last people to flee the fighting were screened": the parse makes "to flee ..." the
    # passive's clausal subject and "people" its subject; the people are the ones screened
    assert ("COERCE", "Syrian Democratic Forces", "civilians", "occurred") in _coded_with_status(
        coded, "On Friday the last people to flee the fighting were screened in the desert by SDF troops.")
    # a true clausal subject (no subject of its own) names no party
    assert not any(t == "ASSAULT" for t, *_ in _coded_with_status(coded, "To attack Iran would be a mistake, the Saudi foreign minister said."))
