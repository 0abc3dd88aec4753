"""The doer of an agentless attack from the sentences before it (stages/doers.py), and a
count over a long span as background (events.coder). Sentences written for these tests."""

from __future__ import annotations

from flashpoint.stages.doers import with_context_path


def _assaults(record):
    return [e for e in record.events if e.event_type == "ASSAULT"]


def _by_trigger(record, word):
    return next(e for e in record.events if e.trigger.text == word)


def _no_doer_taken(event):
    """No doer taken from the discourse: none, or the generic actor of a doer the text leaves
    unknown ("Unidentified attackers", stages/unidentified.py)."""
    return event.actor is None or (event.rule.split(":")[2].startswith("unidentified") and event.actor.name.startswith("Unidentified"))


def test_the_dead_counted_after_an_attack_take_its_doer(coded):
    record = coded("Russian jets bombed the market town of Maarat on Tuesday. At least nine civilians were killed.")
    killed = _by_trigger(record, "killed")
    assert killed.actor is not None and killed.actor.country == "RUS"
    # the doer is marked as inherited in the rule id, for the confidence model
    assert killed.rule.split(":")[2].startswith("context>")


def test_the_doer_named_later_in_the_same_sentence(coded):
    record = coded("Nine civilians were killed when Russian jets bombed the market.")
    killed = _by_trigger(record, "killed")
    assert killed.actor is not None and killed.actor.country == "RUS"


def test_the_wounded_of_an_attack_take_its_doer(coded):
    record = coded("Nine civilians died and dozens were wounded after Russian jets bombed the market on Friday.")
    wounded = _by_trigger(record, "wounded")
    assert wounded.actor is not None and wounded.actor.country == "RUS"


def test_a_passive_with_a_by_phrase_names_its_doer(coded):
    # the sentence names a doer the actor stage cannot place: nothing is inherited
    record = coded("Israeli troops raided the camp at dawn. Two teenagers were shot by a man in a grey car.")
    shot = [e for e in record.events if e.trigger.text == "shot"]
    assert all(e.actor is None or "context" not in e.rule for e in shot)


def test_victims_of_the_doers_own_side_do_not_take_it_as_doer(coded):
    record = coded("Turkish artillery shelled Kurdish positions near the border. Three Turkish soldiers were killed.")
    killed = _by_trigger(record, "killed")
    assert _no_doer_taken(killed)


def test_no_doer_across_a_change_of_scene(coded):
    same_scene = "Egyptian aircraft struck militant camps on Sunday. Six people were wounded."
    new_scene = "Egyptian aircraft struck militant camps on Sunday. Meanwhile, six people were wounded."
    assert _by_trigger(coded(same_scene), "wounded").actor is not None
    assert _no_doer_taken(_by_trigger(coded(new_scene), "wounded"))


def test_no_doer_from_another_place(coded):
    record = coded("Egyptian aircraft struck militant camps in Sinai on Sunday. In Cairo, six people were wounded.")
    assert _no_doer_taken(_by_trigger(record, "wounded"))


def test_no_doer_from_an_attack_told_too_far_back(coded):
    near = "Iraqi forces bombed a village near Mosul. The governor visited the area. Twelve civilians were killed."
    far = ("Iraqi forces bombed a village near Mosul. The governor visited the area. He met tribal elders. "
           "They asked for more schools. Twelve civilians were killed.")
    assert _by_trigger(coded(near), "killed").actor is not None
    assert _no_doer_taken(_by_trigger(coded(far), "killed"))


def test_no_doer_when_the_days_differ(coded):
    same_day = "Kenyan police arrested 40 people in Nairobi on Monday. Another 20 people were detained."
    other_day = "Kenyan police arrested 40 people in Nairobi on Monday. Another 20 people were detained on Friday."
    assert _by_trigger(coded(same_day), "detained").actor is not None
    assert _no_doer_taken(_by_trigger(coded(other_day), "detained"))


def test_people_of_no_side_continue_the_story(coded):
    record = coded("Kenyan police arrested 40 people in Nairobi on Monday. Two journalists were also detained.")
    detained = _by_trigger(record, "detained")
    assert detained.actor is not None and detained.actor.country == "KEN"


def test_a_named_person_the_antecedent_did_not_target_takes_no_doer(coded):
    record = coded("Kurdish fighters attacked Islamic State positions near the dam. A British volunteer, Tom Alder, was killed.")
    killed = _by_trigger(record, "killed")
    assert killed.actor is None or "context" not in killed.rule


def test_the_nearest_antecedent_decides(coded):
    # the nearest attack is Turkey's, whose own soldiers cannot be its victims: no older
    # attack (Russia's) is tried instead
    record = coded("Russian jets bombed Idlib on Monday. Turkish artillery shelled Afrin. Two Turkish soldiers were killed.")
    assert _no_doer_taken(_by_trigger(record, "killed"))


def test_a_count_since_long_ago_is_background(coded):
    record = coded("Police detained a reporter in the capital. Some 40 reporters have been killed in the country since 2005.",
                   published="2020-06-01")
    killed = _by_trigger(record, "killed")
    assert killed.status == "historical"
    assert _no_doer_taken(killed)  # a tally of many acts takes no one doer


def test_a_count_since_a_recent_day_stays_news(coded):
    record = coded("Four people have been killed in the port city since Monday.", published="2020-06-03")
    assert _by_trigger(record, "killed").status == "occurred"


def test_a_since_of_another_clause_does_not_make_an_act_background(coded):
    record = coded("The army, which has ruled the province since 1999, arrested the mayor on Tuesday.", published="2020-06-03")
    assert _by_trigger(record, "arrested").status == "occurred"


def test_context_path_in_the_rule_id():
    assert with_context_path("assault.kill:verb:->nsubjpass") == "assault.kill:verb:context>nsubjpass"
    assert with_context_path("assault.attack:noun:->prep-on") == "assault.attack:noun:context>prep-on"


def test_a_participle_describing_people_takes_no_doer(coded):
    record = coded("Sudanese troops shelled the camp on Monday. Aid workers met hundreds of families driven out of the town.")
    driven = [e for e in record.events if e.trigger.text == "driven" and e.event_type == "ASSAULT"]
    assert all(e.actor is None or "context" not in e.rule for e in driven)


def test_a_count_since_a_clause_of_long_ago_is_background(coded):
    old = coded("More than 300 people have been killed in the province since the war began in 2012.", published="2020-06-03")
    recent = coded("Four people have been killed since the clashes began on Monday.", published="2020-06-03")
    assert _by_trigger(old, "killed").status == "historical"
    assert _by_trigger(recent, "killed").status == "occurred"


def test_a_count_since_a_month_takes_no_doer_a_count_since_a_day_may(coded):
    month = "Russian jets bombed the market town of Maarat on Tuesday. Some 90 civilians have been killed since March."
    vague = "Russian jets bombed the market town of Maarat on Tuesday. Some 90 civilians have been killed since the start of spring."
    day = "Russian jets bombed the market town of Maarat on Tuesday. Nine civilians have been killed since Tuesday."
    assert _no_doer_taken(_by_trigger(coded(month, published="2019-05-16"), "killed"))
    assert _no_doer_taken(_by_trigger(coded(vague, published="2019-05-16"), "killed"))
    assert _by_trigger(coded(day, published="2019-05-16"), "killed").actor is not None


def test_a_definite_description_of_a_told_act_takes_its_day(coded):
    # "Turkey's air strikes" describes the strike the first sentence dated: the same day
    record = coded("Turkish jets struck Kurdish positions near Afrin on Tuesday, killing twelve fighters. "
                   "The YPG mourned the victims of Turkey's air strikes on its bases.", published="2018-01-25")
    strikes = [e for e in record.events if e.event_type == "ASSAULT" and e.actor and e.actor.name == "Turkey"]
    # (it asserted two events before: the strike and the toll its participle told were two, so the
    # description fitted both and joined neither; the toll is now the strike's own, and the
    # description joins it as a mention of it)
    assert sum(len(e.mentions) for e in strikes) >= 2 and {e.date for e in strikes} == {"2018-01-23"}

