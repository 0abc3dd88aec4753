"""Armed-conflict narrative: constructions that tell attacks, sieges, advances, withdrawals and
coercion in war reporting, each on sentences written for it."""

from __future__ import annotations

import pytest

from .conftest import event_roles


# -- the doer of a clause of purpose -------------------------------------------------------------

def test_purpose_infinitive_takes_the_subject_of_its_clause(coded_dyads):
    # "sent jets to bomb", "moved in to arrest": the one who acts in the main clause does the purpose
    assert ("ASSAULT", "Turkey", None) in coded_dyads("The Turkish army sent troops to attack the town on Monday.")
    assert ("COERCE", "Iraq", "rebels") in coded_dyads("Iraqi forces moved into the city on Monday to arrest the militants.")


def test_purpose_infinitive_after_a_passive_or_an_expletive_has_no_such_doer(coded_dyads):
    # "troops were sent to attack": the troops sent attack, not whoever sent them; "it" names no one
    assert not any(a == "Turkey" for t, a, _ in coded_dyads("Troops were sent by Turkey on Monday to attack the Kurds.") if t == "ASSAULT")


# -- closing on an enemy -------------------------------------------------------------------------

def test_closing_in_on_an_enemy_is_an_attack_on_it(coded_dyads):
    assert ("ASSAULT", "military", "rebels") in coded_dyads("Government troops closed in on the rebels in the east on Monday.")
    assert ("ASSAULT", "Iraq", "Islamic State") in coded_dyads("Iraqi troops are bearing down on Isis fighters in Mosul.")
    assert ("ASSAULT", "Russia", "Syria") in coded_dyads("Russian forces advanced on the city of Idlib on Monday.")


def test_closing_in_a_place_or_advancing_on_a_day_is_no_attack(coded_dyads):
    for text in ("Police closed in the area on Monday.", "The Syrian army advanced on Monday.",
                 "The boys spent years in Isis territory as the US-led coalition closed in.",
                 "The deadline is bearing down on the negotiators.", "Instead, Trump caved in, informed Erdogan of the decision."):
        assert not any(t == "ASSAULT" for t, _, _ in coded_dyads(text)), text
    # "caved in," with a clause after it is still the concession
    assert any(t == "CONCEDE" for t, _, _ in coded_dyads("Instead, Trump caved in, informed Erdogan of the decision."))


# -- people used as shields ----------------------------------------------------------------------

def test_using_people_as_human_shields_coerces_them(coded_dyads):
    assert ("COERCE", "rebels", "civilians") in coded_dyads("Rebel fighters used civilians as human shields on Monday.")
    assert ("COERCE", "Islamic State", "civilians") in coded_dyads("Isis is continuing to use civilians as human shields against airstrikes.")


def test_using_things_as_shields_coerces_no_one(coded_dyads):
    for text in ("Protesters used their umbrellas as shields.", "The company used its profits as a shield against losses."):
        assert not any(t == "COERCE" for t, _, _ in coded_dyads(text)), text


# -- a place entered or taken after the other side withdrew ---------------------------------------

def test_a_withdrawal_before_an_entry_is_from_those_who_entered(coded_dyads):
    # they withdrew from the ones who entered (the entry itself is no event: see the next test)
    assert ("RETREAT", "Kurdish", "Turkey") in coded_dyads("Turkish troops entered the town after Kurdish fighters withdrew on Sunday.")
    assert ("RETREAT", "rebels", "Syria") in coded_dyads("Syrian government forces entered the city once the rebels had withdrawn.")


def test_a_place_taken_after_a_withdrawal_is_taken_from_those_who_withdrew(coded_dyads):
    dyads = coded_dyads("Syrian government forces captured the town after the rebels withdrew on Sunday.")
    assert ("ASSAULT", "Syria", "rebels") in dyads and ("RETREAT", "rebels", "Syria") in dyads


def test_entering_is_no_event_of_its_own(coded_dyads):
    for text in ("A UN aid convoy entered the town of Douma on Tuesday.", "Thousands of Syrian refugees entered Turkey on Monday.",
                 "Turkish troops entered the town on Sunday."):
        assert not any(t in ("COERCE", "ASSAULT") for t, _, _ in coded_dyads(text)), text


# -- "the group": a definite description of the organisation last named ----------------------------

def test_the_group_refers_back_to_the_group_last_named(coded_dyads):
    text = ("Isis fighters shelled the village on Monday. Kurdish commanders said the situation was difficult. "
            "The group is continuing to use civilians as human shields.")
    assert ("COERCE", "Islamic State", "civilians") in coded_dyads(text)  # a people named by its adjective is no organisation


def test_the_group_prefers_the_subject_to_a_group_named_in_passing(coded_dyads):
    text = ("The Kurdish fighters were attacked, said the Syrian Democratic Forces, an alliance that fought Isis. "
            "The group demanded that Russia explain its position.")
    assert ("REQUEST", "Syrian Democratic Forces", "Russia") in coded_dyads(text)


def test_the_alliance_refers_back_to_the_alliance_last_named(coded_dyads):
    # an alliance of armed groups, named with an apposition that calls it one
    text = ("Washington has armed the Syrian Democratic Forces, an alliance of Kurdish and Arab militias. "
            "The Pentagon has provided weapons to the alliance.")
    assert ("AID", "United States", "Syrian Democratic Forces") in coded_dyads(text)
    # an alliance or a bloc of states (an international organisation) is one too
    assert ("ACCUSE", "Russia", "NATO") in coded_dyads("Russia warned Nato against expanding eastward. Moscow said the alliance was provoking a crisis.")
    assert ("ACCUSE", "Hungary", "European Union") in coded_dyads("EU leaders met in Brussels on Monday. Budapest criticised the bloc on Tuesday.")


def test_a_group_said_which_is_no_reference_back(coded_dyads):
    text = "Islamic State claimed the attack on Monday. The group of friends attacked the guards."
    # (the claimed attack is Islamic State's own, by its claim: test_events_wire.py; the
    # guards were attacked by no one named)
    assert [a for t, a, _ in coded_dyads(text) if t == "ASSAULT"] == ["Islamic State"]


# -- driving people before one -------------------------------------------------------------------

def test_pushing_people_towards_or_into_somewhere_is_an_attack_on_them(coded_dyads):
    text = "Isis fighters staged a last stand around the village as the SDF pushed them towards the banks of the river."
    assert ("ASSAULT", "Syrian Democratic Forces", "Islamic State") in coded_dyads(text)
    assert ("ASSAULT", "Syria", "rebels") in coded_dyads("Syrian government forces pushed the rebels into the desert on Monday.")


def test_pushing_things_is_no_attack(coded_dyads):
    for text in ("Congress pushed back the vote on Monday.", "The Iraqi president drove the car into town on Monday.",
                 "The Turkish army pushed back on Monday."):
        assert not any(t == "ASSAULT" for t, _, _ in coded_dyads(text)), text


# -- whom a judgement names ----------------------------------------------------------------------

def test_a_named_object_of_a_judgement_is_its_recipient_even_unknown(coded):
    # the paper is criticised, not Bolton, whom the reason phrase after it mentions
    events = coded("Trump went on Twitter on Monday to denounce the New York Times for its reporting of Bolton's comments.").events
    accusations = [e for e in events if e.event_type == "ACCUSE"]
    assert accusations and all(e.recipient is not None and "New York Times" in e.recipient.text for e in accusations)


# -- the coalition against Islamic State ---------------------------------------------------------

def test_the_us_led_coalition_is_an_actor(coded_dyads):
    assert ("ASSAULT", "US-led coalition", "Islamic State") in coded_dyads("The U.S.-led coalition bombed Isis positions near Raqqa on Monday.")
    assert ("ASSAULT", "Islamic State", "US-led coalition") in coded_dyads("Isis fighters attacked a US-led coalition base on Monday.")


def test_a_purpose_to_drive_out_has_driven_no_one_out_yet(coded_dyads):
    dyads = coded_dyads("The US-led coalition is making up for lost time in the fight to drive Isis out of its last stronghold.")
    assert ("ASSAULT", "US-led coalition", "Islamic State") in dyads
    assert not any(t == "RETREAT" for t, _, _ in dyads)


# -- the "of" phrase of an intransitive act names its doer -----------------------------------------

def test_the_of_phrase_of_a_withdrawal_or_a_surrender_names_who_does_it(coded_dyads):
    assert ("RETREAT", "United States", "Syria") in coded_dyads("The withdrawal of US troops from Syria began on Monday.")
    assert ("RETREAT", "rebels", "Syria") in coded_dyads("The surrender of rebel forces to the Syrian army ended the siege on Monday.")
    assert ("MOBILIZE", "Russia", "Syria") in coded_dyads("The deployment of Russian troops to Syria angered the opposition on Monday.")


def test_a_withdrawal_called_for_is_not_done_and_a_diplomat_withdrawn_is_no_retreat(coded):
    events = coded("The Kurds called for the withdrawal of Turkish troops from Afrin on Monday.").events
    assert all(e.status != "occurred" for e in events if e.event_type == "RETREAT")
    events = coded("The withdrawal of its ambassador from Paris was announced by Turkey on Monday.").events
    assert not any(e.event_type == "RETREAT" for e in events)


def test_the_group_as_the_speaker_is_what_its_pronouns_stand_for(coded_dyads):
    text = ("Hamza Birqdar, a spokesman for Jaish al-Islam, said attacks by regime forces had been thwarted. "
            "The group said it had captured a number of Syrian soldiers.")
    assert any(t == "ASSAULT" and a == "Jaish al-Islam" for t, a, _ in coded_dyads(text))


# -- a killing told alongside an advance ---------------------------------------------------------

def test_killing_in_an_act_as_a_side_advances_is_that_sides(coded_dyads):
    # "killed in the shelling as X advanced": the side moving on the place did the killing
    assert any(t == "ASSAULT" and a == "Russia" for t, a, _ in
               coded_dyads("Dozens of villagers were killed in the shelling of the town as Russian troops advanced."))
    assert any(t == "ASSAULT" and a == "Iraq" for t, a, _ in
               coded_dyads("Nine farmers were killed in the bombardment of the valley while Iraqi forces pushed north."))


def test_killing_told_beside_other_acts_has_no_such_doer(coded_dyads):
    # a bare "killed as": no act of killing named; a clause that is no advance names no doer
    for text in ("Dozens of villagers were killed as Russian troops advanced.",
                 "Dozens of villagers were killed in the shelling of the town as Russian diplomats met in Geneva."):
        assert not any(t == "ASSAULT" and a == "Russia" for t, a, _ in coded_dyads(text)), text


# -- an onslaught is an attack -------------------------------------------------------------------

def test_an_onslaught_is_an_attack_on_whom_it_is_against(coded_dyads):
    assert ("ASSAULT", "Syria", "rebels") in coded_dyads("A Syrian onslaught on the rebels began in the north on Monday.")


def test_an_onslaught_of_visitors_is_no_attack(coded_dyads):
    assert not any(t == "ASSAULT" for t, _, _ in coded_dyads("The onslaught of tourists continued at the beach on Monday."))


# -- the target of an attack on a place -----------------------------------------------------------

def _events(coded, text, event_type):
    return [(e.actor and e.actor.name, e.recipient and e.recipient.name, e.status) for e in coded(text).events if e.event_type == event_type]


def test_an_attack_on_a_place_is_on_whoever_its_phrase_says_holds_it(coded):
    # a participle of holding ("controlled by", "held by") or an apposition's "of" phrase
    assert ("Iraq", "Islamic State", "occurred") in _events(coded, "Iraqi jets bombed villages controlled by Islamic State near Mosul on Monday.", "ASSAULT")
    assert ("Turkey", "People's Protection Units", "occurred") in _events(
        coded, "Turkish artillery shelled the town of Jinderes, held by the YPG, on Friday.", "ASSAULT")
    assert ("Turkey", "People's Protection Units", "occurred") in _events(coded, "Turkish jets bombed Manbij, a stronghold of the YPG, on Monday.", "ASSAULT")


def test_a_place_held_by_the_attackers_own_side_is_no_target(coded):
    # "their home city": not the city of the troops who encircle it
    assert ("Turkey", None, "occurred") in _events(coded, "Turkish troops and the forces they sponsor have encircled their home city.", "COERCE")
    # nor the city of the partners the doers' phrase names without an actor read for them
    assert ("Russia", None, "occurred") in _events(coded, "Russian troops and Chechen militias they pay have encircled their home town.", "COERCE")
    assert ("Iran", None, "occurred") in _events(coded, "Iranian troops and Arab militias they sponsor have besieged their town.", "COERCE")


def test_a_place_name_read_as_a_persons_is_the_place_of_its_state(coded):
    assert ("Russia", "Syria", "occurred") in _events(coded, "Russian jets bombed Kafr Zita in the Hama countryside on Monday.", "ASSAULT")


def test_a_kind_of_thing_of_a_named_owner_is_the_owners(coded):
    # "military positions of Hezbollah": the modifier says what kind, the "of" phrase whose
    assert ("Israel", "Hezbollah", "occurred") in _events(coded, "Israeli jets struck military positions of Hezbollah near Damascus on Sunday.", "ASSAULT")


# -- the target of an attack told without one ------------------------------------------------------

def test_an_attack_without_a_target_is_on_the_target_of_the_same_sides_attack_before(coded):
    events = _events(coded, "Turkish jets bombed YPG positions near Afrin on Saturday. Turkish troops also attacked.", "ASSAULT")
    assert ("Turkey", "People's Protection Units", "occurred") in events and ("Turkey", None, "occurred") not in events
    troops = next(e for e in coded("Turkish jets bombed YPG positions near Afrin on Saturday. Turkish troops also attacked.").events
                  if e.trigger.text == "attacked")
    assert troops.rule.endswith(">context")


def test_no_target_from_another_sides_attack_or_another_place(coded):
    assert ("Egypt", None, "occurred") in _events(coded, "Turkish jets bombed YPG positions near Afrin on Saturday. Egyptian troops also attacked.", "ASSAULT")
    assert ("Turkey", "People's Protection Units", "occurred") not in _events(
        coded, "Turkish jets bombed YPG positions near Afrin on Saturday. In Cairo, Turkish troops also attacked.", "ASSAULT")[1:]


# -- a participle of aiming beside an act ----------------------------------------------------------

def test_a_participle_of_aiming_names_the_target_of_the_act_beside_it(coded):
    # on the act's noun ("the deployment, targeting ..."), or on the light verb that carries it
    assert ("Egypt", "Islamic State", "occurred") in _events(
        coded, "The Egyptian deployment, targeting Islamic State militants in Sinai, began on Monday.", "MOBILIZE")
    assert ("Turkey", "People's Protection Units", "occurred") in _events(
        coded, "Turkey launched an offensive on Saturday, aiming to drive the YPG out of Afrin.", "ASSAULT")


def test_aiming_at_the_actors_own_side_names_no_target(coded):
    assert ("Turkey", None, "occurred") in _events(coded, "Turkey launched an offensive on Saturday, aiming to protect its own soldiers.", "ASSAULT")


# -- holding off an attack -------------------------------------------------------------------------

def test_who_holds_off_an_attack_is_its_target(coded):
    assert ("Turkey", "People's Protection Units", "occurred") in _events(coded, "The YPG repelled an attack by Turkish troops on Monday.", "ASSAULT")
    assert ("Turkey", "Kurdish", "occurred") in _events(
        coded, "Kurdish militias have been fighting against an incursion by the Turkish military since Saturday.", "ASSAULT")


def test_fighting_alongside_an_attack_is_no_resistance(coded):
    # only "against" an attack, or an attack as the object, is held off
    assert ("Turkey", "People's Protection Units", "occurred") not in _events(
        coded, "The YPG fought during an attack by Turkish troops on Monday.", "ASSAULT")


# -- the state named before an attack noun ----------------------------------------------------------

def test_a_state_named_before_an_attack_noun_with_its_doer_named_is_the_target(coded):
    assert ("Turkey", "Iraq", "occurred") in _events(coded, "Ankara's Iraq offensive began on Monday.", "ASSAULT")


def test_a_state_named_before_an_attack_noun_with_no_other_doer_is_the_doer(coded):
    assert ("Syria", None, "occurred") in _events(coded, "The Syria offensive began on Monday.", "ASSAULT")


def test_an_attack_on_a_peoples_place_said_to_lie_abroad_is_on_that_state(coded):
    # "a Kurdish enclave in northern Syria": the adjective says who lives there, the phrase where
    assert ("Turkey", "Syria", "occurred") in _events(
        coded, "Turkey launched an offensive against a Kurdish enclave in northern Syria on Saturday.", "ASSAULT")
    # with no place said, the people's adjective stays
    assert ("Turkey", "Kurdish", "occurred") in _events(coded, "Turkish jets bombed Kurdish villages on Saturday.", "ASSAULT")


# -- counts joined to counts -------------------------------------------------------------------

def test_a_count_joined_to_a_count_of_one_group_is_no_second_party(coded_dyads):
    # "several, and maybe dozens, of Iranian fighters": two guesses at one group's size, so the
    # clash has two sides, not four, and no side named by a bare number
    dyads = coded_dyads("Several, and perhaps hundreds, of Iranian fighters were killed on Monday in clashes with Israeli forces.")
    assert {a for _, a, _ in dyads} | {r for _, _, r in dyads} <= {"Iran", "Israel"}
    assert ("ASSAULT", "Israel", "Iran") in dyads


def test_counts_with_nouns_of_their_own_are_two_parties(coded_dyads):
    dyads = coded_dyads("Four soldiers and two civilians were killed by Turkish shelling on Monday.")
    assert {"military", "civilians"} <= {r for _, _, r in dyads}


# -- armed helpers of a named doer -----------------------------------------------------------------

@pytest.mark.parametrize("text, doer", [
    ("Russian troops and the militiamen they pay have encircled the town of Kafr Batna.", "Russia"),
    ("Hezbollah fighters, car bombs and rockets have attacked the Syrian rebels in Qusayr.", "Hezbollah"),
])
def test_armed_men_with_no_party_of_their_own_fight_on_the_named_doers_side(coded_dyads, text, doer):
    doers = {a for t, a, _ in coded_dyads(text) if t in ("COERCE", "ASSAULT")}
    assert doers == {doer}


def test_civilians_of_several_kinds_are_each_a_doer(coded_dyads):
    doers = {a for t, a, _ in coded_dyads("Iraqi community leaders, refugees and students staged a protest against Tehran.") if t == "PROTEST"}
    assert {"refugees", "education"} <= doers


# -- an attack told more closely -------------------------------------------------------------------

def test_a_participle_naming_the_target_tells_the_same_attack(coded):
    # "hit Idlib, targeting arms depots": one strike, whatever target each verb names
    record = coded("The Israeli army said it had struck Quneitra on Sunday, targeting arms depots of the Iranian Quds Force.")
    assaults = [e for e in record.events if e.event_type == "ASSAULT"]
    assert len(assaults) == 1 and len(assaults[0].mentions) == 2


@pytest.mark.parametrize("text", [
    "Turkish jets shelled Afrin on Monday, killing three civilians.",
    "Turkish jets struck Kurdish positions on Monday, killing twelve fighters.",
    "Turkish troops shelled Kurdish positions near Afrin on Monday, killing three fighters.",
])
def test_the_dead_a_participle_counts_are_the_toll_of_the_same_attack(coded, text):
    # (this test asserted two events before: the dead apart from the attack; the codebook codes
    # one event per real event, and the participle tells the attack's toll)
    assaults = [e for e in coded(text).events if e.event_type == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0].actor.name == "Turkey" and len(assaults[0].mentions) == 2


def test_a_participle_of_a_separate_killing_stays_its_own_event(coded):
    # a participle with its own subject tells another act, by its own doer
    assaults = [e for e in coded("Turkish jets shelled Afrin on Monday, the rebels killing three soldiers in reply.").events
                if e.event_type == "ASSAULT"]
    assert {e.actor.name for e in assaults} == {"Turkey", "rebels"}


def test_those_an_effort_aims_to_drive_out_have_not_withdrawn(coded_dyads):
    # "in an effort to drive out the militias": the drive is the campaign's aim; no one has left yet
    dyads = coded_dyads("Ethiopia launched an offensive in Tigray last month, in an effort to drive out the rebel militias.")
    assert not any(t == "RETREAT" for t, _, _ in dyads)
    assert any(t == "RETREAT" for t, _, _ in coded_dyads("The Iraqi army drove the militants out of Mosul in July."))


# -- fighting on a party's side ----------------------------------------------------------------------

def test_fighting_alongside_a_party_is_cooperating_with_it(coded_dyads):
    assert ("COOPERATE", "Russia", "Syria") in coded_dyads("Russian mercenaries are fighting alongside Syrian government troops near Deir ez-Zor.")


def test_fighting_alongside_a_party_against_an_enemy_tells_the_fight(coded_dyads):
    assert ("ASSAULT", "Iraq", "Islamic State") in coded_dyads("Iraqi troops fought alongside the Kurds against Islamic State near Mosul.")
    assert ("COOPERATE", "United States", "Kurdish") in coded_dyads("The US worked with the Kurds against Islamic State.")


def test_a_participle_of_circumstance_under_a_passive_is_the_patients_own_act(coded_dyads):
    # "was killed while fighting Isis": the soldier fought Isis and was killed; one event of
    # the soldier against himself is neither
    dyads = coded_dyads("A Danish soldier who was killed by a roadside improvised explosive device while fighting against Islamic State in Iraq has been named.")
    assert ("ASSAULT", "Denmark", "Islamic State") in dyads
    assert not [d for d in dyads if d[0] == "ASSAULT" and d[1] == d[2]]


def test_those_a_participle_describes_are_no_one_named_before(coded_dyads):
    # "those kidnapped by Isis", "those fighting Isis": whoever fits, not the courts or Isis
    dyads = coded_dyads("The courts have not dealt with the families of those kidnapped by Isis.")
    assert not [d for d in dyads if d[0] == "ASSAULT" and d[2] == "judiciary"]
    dyads = coded_dyads("Isis still holds the old city, the prize all those fighting Isis are aiming for.")
    assert not [d for d in dyads if d[0] == "ASSAULT" and d[1] == "Islamic State" and d[2] == "Islamic State"]


@pytest.mark.parametrize("text, event", [
    # the possessive on the object of an attack is someone other than the attackers
    ("Turkish soldiers were patrolling the road. PKK militants attacked their convoy on Monday.",
     ("ASSAULT", "Kurdistan Workers' Party", "Turkey", "occurred")),
    ("Afghan police said the Taliban had attacked their checkpoint overnight.", ("ASSAULT", "Taliban", "Afghanistan", "occurred")),
    ("Israeli troops said Hamas fighters had fired on their positions.", ("ASSAULT", "Hamas", "Israel", "occurred")),
    ("The Iraqi army said Isis had shelled its positions near Mosul.", ("ASSAULT", "Islamic State", "Iraq", "occurred")),
])
def test_the_owner_of_what_is_attacked_is_not_the_attacker(coded, text, event):
    assert event in set(event_roles(coded(text)))


def test_a_thing_of_the_attackers_own_names_no_target(coded):
    roles = {(e.event_type, e.actor and e.actor.name, e.recipient and e.recipient.name, e.status)
             for e in coded("Isis fighters blew up their own headquarters before fleeing.").events}
    assert ("ASSAULT", "Islamic State", None, "occurred") in roles


@pytest.mark.parametrize("text, event", [
    # a bare count of those acted on leaves out the noun of the clause it is coordinated with
    ("A Turkish soldier was killed and three were wounded in a PKK attack.", ("ASSAULT", "Kurdistan Workers' Party", "Turkey", "occurred")),
    ("The army lost 20 tanks and 12 were captured by the rebels.", ("ASSAULT", "rebels", "military", "occurred")),
])
def test_a_bare_count_of_victims_is_of_the_noun_said_before(coded, text, event):
    assert event in set(event_roles(coded(text)))


def test_a_bare_count_of_doers_is_no_victim(coded):
    # "45 injured": a gapped passive, not 45 civilians doing something
    roles = {(e.event_type, e.actor and e.actor.name) for e in coded("At least 10 civilians were killed and 45 injured.").events}
    assert ("ASSAULT", "civilians") not in roles


# -- a gerund of attack with a "by" phrase as the cause of a death --------------------------------

@pytest.mark.parametrize("text, event", [
    # "died in shelling by X" is "died in the shelling by X": the "by" phrase did it, the dead
    # were hit by it (not, as a gerund's doer would be, the subject of the verb it hangs on)
    ("Syrian soldiers died in shelling by Turkish forces.", ("ASSAULT", "Turkey", "Syria", "occurred")),
    ("Three Afghan policemen were killed in shelling by Taliban fighters.", ("ASSAULT", "Taliban", "Afghanistan", "occurred")),
])
def test_a_cause_gerund_with_a_by_phrase_is_the_by_phrases_attack_on_the_dead(coded, text, event):
    roles = set(event_roles(coded(text)))
    assert event in roles
    assert not any(a in ("Syria", "Afghanistan") for _, a, _, _ in roles)


def test_a_cause_gerund_with_no_by_phrase_is_still_the_subjects_act(coded):
    # "wounded in fighting Kurdish militants": the soldiers fought; no "by" phrase names another doer
    roles = set(event_roles(coded("Four Turkish soldiers were wounded in fighting Kurdish militants.")))
    assert ("ASSAULT", "Turkey", "Kurdish", "occurred") in roles
