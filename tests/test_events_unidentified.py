"""The generic actor of an attack whose doer the text leaves unknown (stages/unidentified.py):
"Unidentified gunmen", named from how the text describes the doer. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from flashpoint.models.event_confidence import features
from flashpoint.stages.unidentified import with_unidentified_path


def _event(record, trigger, event_type="ASSAULT"):
    return next(e for e in record.events if e.trigger.text == trigger and e.event_type == event_type)


def _generic(event, name, text=None):
    assert event.actor is not None and event.actor.name == name, event.actor
    assert event.actor.code is None and event.actor.country is None  # no one's: a bare description
    assert event.rule.split(":")[2].startswith("unidentified")
    if text is not None:
        assert event.actor.text == text


def _no_generic(event):
    """No generic actor given: the doer is one the text names, or none."""
    assert event.actor is None or not event.actor.name.startswith("Unidentified"), event.actor


def test_killed_in_an_airstrike_by_unidentified_aircraft(coded):
    killed = _event(coded("Three farmers were killed in an airstrike near Hama on Tuesday."), "killed")
    _generic(killed, "Unidentified aircraft", "an airstrike")
    assert killed.status == "occurred" and killed.recipient is not None and "farmers" in killed.recipient.text


def test_a_weapon_in_a_by_phrase_or_a_clause_of_time(coded):
    by = _event(coded("Four soldiers were killed by a roadside bomb in Helmand on Monday."), "killed")
    _generic(by, "Unidentified bombers", "a roadside bomb")
    assert by.recipient.sector == "MIL"
    when = _event(coded("Four soldiers were killed when a roadside bomb struck their convoy."), "killed")
    _generic(when, "Unidentified bombers", "a roadside bomb")


def test_a_device_going_off_kills(coded):
    killing = _event(coded("A car bomb exploded outside a market in Mogadishu on Friday, killing twelve people."), "killing")
    _generic(killing, "Unidentified bombers", "A car bomb")
    assert killing.recipient.sector == "CVL" and killing.status == "occurred"


def test_a_weapon_no_one_owns_as_subject_keeps_its_event(coded):
    # an earthquake is no one's act; a roadside bomb is an unknown doer's
    assert [e for e in coded("A strong earthquake killed eight people.").events if e.event_type == "ASSAULT"] == []
    killed = _event(coded("A roadside bomb killed four soldiers in Helmand on Monday."), "killed")
    _generic(killed, "Unidentified bombers", "A roadside bomb")
    assert killed.recipient.sector == "MIL"
    bombed = _event(coded("Unidentified aircraft bombed a convoy near the border on Wednesday."), "bombed")
    _generic(bombed, "Unidentified aircraft", "Unidentified aircraft")


def test_a_weapon_the_actor_stage_read_as_armed_forces_names_no_side(coded):
    # "drones" alone is no one's military: the doer is unknown, described by the weapon
    struck = _event(coded("Drones struck a Russian airbase in Syria on Saturday."), "struck")
    _generic(struck, "Unidentified drones")
    assert struck.recipient.country == "RUS"
    _generic(_event(coded("A swarm of drones attacked a Russian airbase in Syria on Saturday."), "attacked"), "Unidentified drones")
    # an owner named keeps its side
    _no_generic(_event(coded("Russian drones struck Kyiv on Monday."), "struck"))


def test_people_said_to_be_unknown(coded):
    abducted = _event(coded("The reporter was abducted by masked men in Tripoli last month."), "abducted")
    _generic(abducted, "Unidentified men", "masked men")
    assert abducted.recipient.sector == "MED"
    # without a word that they are unknown, "a man" is someone the text names
    shot = _event(coded("Two teenagers were shot by a man in a grey car."), "shot")
    assert shot.actor is None


def test_words_the_actor_stage_placed_nowhere(coded):
    attacked = _event(coded("Unknown assailants attacked a bus carrying pilgrims in Kashmir."), "attacked")
    _generic(attacked, "Unidentified assailants", "Unknown assailants")


def test_an_attack_with_no_word_for_its_doer(coded):
    shot = _event(coded("The journalist was shot dead outside his home in Karachi on Saturday."), "shot")
    _generic(shot, "Unidentified gunmen", "shot")  # no word names the doer: the act's own
    assert shot.recipient.sector == "MED"
    kidnapped = _event(coded("Two aid workers were kidnapped in Mali last week."), "kidnapped")
    _generic(kidnapped, "Unidentified kidnappers")


def test_an_owner_named_is_no_unknown_doer(coded):
    russian = _event(coded("Ten pilgrims were killed in a Russian airstrike on the town on Monday."), "killed")
    assert russian.actor is not None and russian.actor.name == "Russia"
    coalition = _event(coded("Ten civilians were killed in coalition airstrikes on Raqqa."), "killed")
    _no_generic(coalition)
    # "the attack" refers back to an attack the story told: its doer is that telling's
    definite = _event(coded("Two children were killed in the attack."), "killed")
    assert definite.actor is None


def test_an_event_noun_needs_a_word_that_its_doer_is_unknown(coded):
    killings = _event(coded("The unsolved killings of two journalists in March shocked the city."), "killings")
    _generic(killings, "Unidentified attackers", "The unsolved killings")
    # an attack noun alone names no doer: it may be the clause's or the story's
    attacks = [e for e in coded("The report counted attacks on schools in Yemen last year.").events if e.trigger.text == "attacks"]
    assert all(e.actor is None for e in attacks)


def test_no_generic_doer_for_an_act_not_done(coded):
    record = coded("Civilians could be killed in airstrikes if the offensive goes ahead.")
    killed = _event(record, "killed")
    assert killed.status == "hypothetical" and killed.actor is None


def test_an_unnamed_attack_continues_the_story_told_before(coded):
    # the doers of the attack just told, unnamed as they are
    record = coded("Masked men abducted two engineers in Tripoli on Monday. A guard was shot dead.")
    _generic(_event(record, "shot"), "Unidentified men", "Masked men")
    # unnamed gunmen (the dictionary's irregulars of no country) go on too
    record = coded("Gunmen stormed a hotel in Kabul on Saturday. Five guests were killed.")
    killed = _event(record, "killed")
    assert killed.actor is not None and killed.actor.text == "Gunmen" and killed.actor.sector == "UAF"
    assert killed.rule.split(":")[2].startswith("unidentified")
    # a doer the text named before, whom the actor stage could not place: no generic actor
    record = coded("The two boys were abducted by their uncle in Basra on Monday. The boys were kidnapped outside their school.")
    assert _event(record, "kidnapped").actor is None


def test_the_generic_actor_is_listed_with_the_words_that_described_it(coded):
    record = coded("Three farmers were killed in an airstrike near Hama on Tuesday. "
                   "Two shepherds were killed in another airstrike near Idlib on Friday.")
    [actor] = [a for a in record.actors if a.name == "Unidentified aircraft"]
    assert actor.code is None and actor.country is None
    assert [a.lower() for a in actor.aliases] == ["an airstrike", "another airstrike"]


def test_the_rule_id_and_the_confidence_features_mark_the_generic_actor(coded):
    assert with_unidentified_path("assault.kill:verb:->nsubjpass") == "assault.kill:verb:unidentified>nsubjpass"
    assert with_unidentified_path("assault.attack:verb:nsubj>dobj") == "assault.attack:verb:unidentified-nsubj>dobj"
    shot = _event(coded("The journalist was shot dead outside his home in Karachi on Saturday."), "shot")
    read = features(shot.model_dump(mode="json"))
    # read as the event was before it was given one (no actor), with a feature of its own
    assert "actor=unidentified" in read and "actor=none" in read and "apath=none" in read and "actor=person" not in read
    assert shot.confidence is not None and 0 < shot.confidence < 1
    unknown = _event(coded("Unknown assailants attacked a bus carrying pilgrims in Kashmir."), "attacked")
    read = features(unknown.model_dump(mode="json"))
    assert "actor=unidentified" in read and "actor=unresolved" in read and "apath=nsubj" in read


@pytest.mark.parametrize("text, trigger, doers, words", [
    # fighting between sides no one names
    ("Six civilians were killed in clashes in Tripoli on Friday.", "killed", "Unidentified combatants", "clashes"),
    # the sides named in the fighting's own words: not unknown doers
    ("Four soldiers were killed in fighting with Kurdish forces near Afrin on Sunday.", "killed", None, None),
    # "drone" is a military word of the dictionary, but names no one's drone
    ("Three people were killed in a drone strike in northern Yemen on Monday.", "killed", "Unidentified drones", "a drone strike"),
    # police and army are sides the text names, whoever they belong to
    ("The activist was tortured in police custody.", "tortured", None, None),
])
def test_a_generic_doer_only_where_the_words_name_no_side(coded, text, trigger, doers, words):
    event = _event(coded(text), trigger)
    if doers is None:
        _no_generic(event)
    else:
        _generic(event, doers, words)


def test_the_means_of_an_attack_with_no_doer_has_the_same_unknown_doer(coded):
    record = coded("Two civilians were killed in an airstrike on Kurdish positions near Afrin.")
    _generic(_event(record, "killed"), "Unidentified aircraft", "an airstrike")
    airstrike = _event(record, "airstrike")
    _generic(airstrike, "Unidentified aircraft", "an airstrike")
    assert airstrike.recipient is not None and "Kurdish" in airstrike.recipient.text


def test_a_death_with_a_cause_that_is_no_attacker_takes_no_generic_doer(coded):
    for text, trigger in (("Three people were killed in a stampede at the stadium.", "killed"),
                          ("Two workers were killed after a building collapsed in Lagos.", "killed"),
                          ("Five people were injured when a bus overturned near Quetta.", "injured")):
        events = [e for e in coded(text).events if e.trigger.text == trigger]
        assert all(e.actor is None for e in events), text
    # a weapon in the clause of time is the unknown doer's
    killed = _event(coded("Four soldiers were killed when their truck hit a mine near Kidal."), "killed")
    _generic(killed, "Unidentified bombers", "a mine")


def test_a_mishap_is_an_attack_only_with_a_weapon_that_goes_off(coded):
    blast = _event(coded("Six people were killed in a bomb blast in Quetta on Monday."), "killed")
    _generic(blast, "Unidentified bombers", "a bomb blast")
    crash = _event(coded("Twelve soldiers were killed in a helicopter crash near Kabul."), "killed")
    assert crash.actor is None


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    # the "by" phrase of a participle of setting or firing the instrument names its user
    ("Three policemen were killed by a roadside bomb planted by al-Shabaab in Mogadishu.", "killed", "al-Shabaab", "police"),
    ("A mine laid by Boko Haram killed six farmers near Maiduguri.", "killed", "Boko Haram", "agriculture"),
    # (not the weapon's word, which the dictionary counts as military)
    ("Two fishermen were wounded by rockets fired by Hezbollah.", "wounded", "Hezbollah", "agriculture"),
    # an active relative clause: its subject
    ("A bomb that the Taliban had hidden in a cart killed four policemen.", "killed", "Taliban", "police"),
    # the instrument where an attack with no doer names its means: a clause of time, a device
    # going off
    ("Five soldiers were killed when their convoy hit a mine laid by al-Shabaab.", "killed", "al-Shabaab", "military"),
    ("A bomb planted by Boko Haram exploded at a bus station, killing nine people.", "killing", "Boko Haram", "civilians"),
    # a thing rigged to go off: who rigged it, else whose the explosives it was rigged with are
    ("Three soldiers were killed in a village mined by the retreating rebels.", "killed", "rebels", "military"),
    ("Four soldiers were killed when a house rigged with Islamic State explosives blew up in Mosul.", "killed", "Islamic State", "military"),
    # the instrument's possessor, a definite description of a group named before
    ("The Islamic State withdrew from Raqqa last year. Three children were killed by the group's mines.", "killed", "Islamic State", "civilians"),
])
def test_the_user_an_instruments_own_phrase_names_did_the_attack(coded, text, trigger, actor, recipient):
    event = _event(coded(text), trigger)
    assert event.actor is not None and event.actor.name == actor, event.actor
    assert event.recipient is not None and event.recipient.name == recipient, event.recipient
    assert event.status == "occurred"


def test_who_supplied_a_weapon_did_not_use_it_and_a_user_the_text_names_is_no_unknown_doer(coded):
    supplied = _event(coded("Rockets supplied by Iran killed four soldiers."), "killed")
    assert supplied.actor is None or supplied.actor.name != "Iran"
    # nor did the victims who set it off unaware
    triggered = _event(coded("Two soldiers were killed by a mine triggered by their patrol."), "killed")
    _generic(triggered, "Unidentified bombers", "a mine")
    # a user the actor stage cannot place is named all the same: no "Unidentified bombers"
    neighbour = _event(coded("Four soldiers were killed by a bomb planted by his neighbour."), "killed")
    _no_generic(neighbour)
    assert neighbour.recipient.sector == "MIL"


@pytest.mark.parametrize("text, trigger, doers, recipient", [
    # a passive light verb with no "by" phrase: its phrases are the protest's
    ("A protest was held outside the Iranian embassy in Paris on Saturday.", "protest", "Unidentified protesters", "Iran"),
    ("A sit-in was staged outside the Russian consulate on Monday.", "in", "Unidentified protesters", "Russia"),
    # a verb of occurring or breaking out; a riot is by rioters
    ("Demonstrations took place in Baghdad on Thursday.", "Demonstrations", "Unidentified protesters", None),
    ("Protests against the Israeli blockade erupted in Amman on Friday.", "Protests", "Unidentified protesters", "Israel"),
    ("A riot broke out in a prison near Caracas on Tuesday.", "riot", "Unidentified rioters", None),
    # told as happening in someone's report all the same
    ("Police said a rally was held outside the Chinese embassy, but no one was arrested.", "rally", "Unidentified protesters", "China"),
])
def test_a_protest_told_with_no_doer_is_by_the_crowd_its_kind_implies(coded, text, trigger, doers, recipient):
    protest = _event(coded(text), trigger, "PROTEST")
    _generic(protest, doers)
    assert protest.status == "occurred"
    assert (protest.recipient and protest.recipient.name) == recipient


def test_the_generic_protesters_match_a_gold_actor_protesters(coded):
    # the codebook's generic actor "Protesters": the generic name contains the alias as words
    from flashpoint.evaluate.articles import actor_matches

    protest = _event(coded("A protest was held outside the Iranian embassy in Paris on Saturday."), "protest", "PROTEST")
    table = {"Protesters": ["protesters", "demonstrators"]}
    assert actor_matches({"name": protest.actor.name, "text": protest.actor.text}, ["Protesters"], table)


def test_a_protest_whose_doer_is_named_or_not_told_as_happening_takes_no_generic_doer(coded):
    # the "by" phrase of the passive light verb names the doers
    rally = _event(coded("A rally was held by Kurdish activists in Berlin on Sunday."), "rally", "PROTEST")
    assert rally.actor is not None and rally.actor.name == "Kurdish"
    # a protest planned or called for is no protest held
    for text in ("A protest will be held outside the Turkish embassy on Sunday.",
                 "The opposition called for a protest outside parliament."):
        assert not any(e.event_type == "PROTEST" and e.actor is not None and e.actor.name.startswith("Unidentified")
                       for e in coded(text).events), text


def test_an_unnamed_protest_goes_on_with_the_crowd_told_before(coded):
    # the same scene: the protesters who gathered held it, unnamed as they are
    record = coded("Protesters gathered outside the Iranian embassy in Rome on Sunday. The protest was held in heavy rain.")
    protest = _event(record, "protest", "PROTEST")
    assert protest.actor is not None and protest.actor.text == "Protesters"
    assert protest.rule.split(":")[2].startswith("unidentified")
