"""The recipient an act told with none takes from its actor's counterpart in the story
(stages/counterparts.py), and the events no words give a doer, which the default dataset
leaves out (stages/mentions.EventConfidence). Sentences written for these tests."""

from __future__ import annotations

import flashpoint
from flashpoint import Pipeline


def _by_trigger(record, word):
    return next(e for e in record.events if e.trigger.text == word)


STORY = ("Turkey accused the Kurdish YPG militia of shelling the border town of Kilis on Monday. "
         "Turkish jets bombed YPG positions near Afrin on Tuesday. "
         "On Wednesday, Ankara condemned what it called a campaign of terror.")


def test_an_act_with_no_object_is_aimed_at_the_counterpart_of_the_story(coded):
    record = coded(STORY)
    condemned = _by_trigger(record, "condemned")
    assert condemned.event_type == "ACCUSE" and condemned.actor.country == "TUR"
    accused = _by_trigger(record, "accused")
    assert condemned.recipient is not None and condemned.recipient.name == accused.recipient.name
    # the guess is marked in the rule id, for the confidence model
    assert condemned.rule.endswith(">counterpart")


def test_a_counterpart_recipient_does_not_raise_the_confidence(coded):
    from flashpoint.models.event_confidence import confidence, features

    condemned = _by_trigger(coded(STORY), "condemned").model_dump(mode="json")
    as_told = {**condemned, "recipient": None, "rule": condemned["rule"].rsplit(">", 1)[0] + ">"}
    # read as the act was told (no recipient), with a feature of its own; the pair's support in
    # the rest of the story (dyad_support) is a feature of the pair as coded
    read = {f for f in features(condemned) if not f.startswith("dyad_support=")}
    assert read == set(features(as_told)) | {"recipient=counterpart"}
    assert confidence(condemned) < confidence(_by_trigger(coded(STORY), "accused").model_dump(mode="json"))


def test_no_counterpart_when_two_parties_tie(coded):
    record = coded("Russia accused Turkey of arming the rebels. Russia accused the United States of "
                   "funding the militants. Moscow condemned the decision on Friday.")
    assert _by_trigger(record, "condemned").recipient is None


def test_appeals_and_withdrawals_take_no_counterpart(coded):
    record = coded("Turkey accused the Kurdish YPG militia of shelling Kilis on Monday. "
                   "On Tuesday, Turkey called for restraint. Turkey later withdrew its troops.")
    assert _by_trigger(record, "called").recipient is None
    assert _by_trigger(record, "withdrew").recipient is None


def test_no_counterpart_of_the_actors_own_side(coded):
    record = coded("Erdogan praised the Turkish army on Monday. Turkey condemned the decision on Tuesday.")
    assert _by_trigger(record, "condemned").recipient is None


def test_a_killing_no_words_give_a_doer_is_no_event_of_the_dataset(pipeline, coded):
    text = "Hundreds of people have been arrested in the capital since Monday. Pakistan condemned India for the strike."
    [record] = flashpoint.extract([{"id": "t", "text": text, "published": "2024-01-19"}], pipeline=Pipeline(nlp=pipeline.nlp))
    assert record.events and all(e.actor is not None for e in record.events)
    # the tests' every-event pipeline keeps it, to test how the sentence is read
    arrested = _by_trigger(coded(text), "arrested")
    assert arrested.actor is None and arrested.event_type == "COERCE"


def test_an_incident_with_no_doer_is_kept_a_tally_is_not(pipeline):
    # told with its day (or a place of its own), an attack no words give a doer is an incident
    # another report may tell with its doer, and it carries its toll
    text = "For Iran, the trigger was a devastating bombing in Kerman on Wednesday that killed nearly 100 people."
    [record] = flashpoint.extract([{"id": "t", "text": text, "published": "2024-01-19"}], pipeline=Pipeline(nlp=pipeline.nlp))
    [killed] = record.events
    assert killed.actor is None and killed.date == "2024-01-17" and killed.fatalities == 100
    # a tally with neither day nor place is no event
    text = "More than 500,000 people have been killed as the war enters its eighth year."
    [record] = flashpoint.extract([{"id": "t", "text": text, "published": "2024-01-19"}], pipeline=Pipeline(nlp=pipeline.nlp))
    assert record.events == []


def test_a_named_person_the_dictionary_does_not_place_has_a_counterpart(coded):
    # "Brett McGurk" has no code of a state, but a name of his own: a participant specific
    # enough to have a counterpart (and to anchor two mentions of one act)
    record = coded("Brett McGurk accused Turkey of betraying the Kurds. McGurk also condemned the decision on Friday.")
    condemned = _by_trigger(record, "condemned")
    assert condemned.actor.name == "Brett McGurk" and condemned.recipient.country == "TUR"


def test_sector_labels_and_generic_actors_are_not_specific():
    from flashpoint.records import ActorRef
    from flashpoint.stages.event_identity import specific

    assert specific(ActorRef(name="Brett McGurk", code="GOV", sector="GOV", text="Brett McGurk", span=(0, 12)))
    assert not specific(ActorRef(name="government", code="GOV", sector="GOV", text="the government", span=(0, 14)))
    assert not specific(ActorRef(name="Unidentified gunmen", text="gunmen", span=(0, 6)))


def test_whoever_judges_an_act_is_not_whom_it_was_aimed_at(coded):
    record = coded("The United States condemned the Iranian strikes, saying they violated the sovereignty of Pakistan and Iraq.")
    strikes = [e for e in record.events if e.event_type == "ASSAULT"]
    assert strikes and all(e.recipient is None or e.recipient.name != "United States" for e in strikes)


def test_an_act_aimed_at_no_one_named_is_kept_only_as_an_incident(pipeline):
    # an accusation with no one accused in the story: incomplete, as an act with no doer is
    default = Pipeline(nlp=pipeline.nlp)
    [record] = flashpoint.extract([{"id": "t", "text": "The opposition leader condemned the move.", "published": "2024-01-19"}], pipeline=default)
    assert not [e for e in record.events if e.event_type == "ACCUSE"]
    # told with its day, it is an incident of its own
    [record] = flashpoint.extract([{"id": "t", "text": "The opposition leader condemned the move on Tuesday.", "published": "2024-01-19"}],
                                  pipeline=default)
    assert [e.date for e in record.events if e.event_type == "ACCUSE"] == ["2024-01-16"]
    # an act that needs no one to be done to stays as it is
    [record] = flashpoint.extract([{"id": "t", "text": "Turkey deployed more troops.", "published": "2024-01-19"}], pipeline=default)
    assert [(e.event_type, e.recipient) for e in record.events] == [("MOBILIZE", None)]


def test_partners_in_one_act_share_its_target(coded):
    # stages/partners.py: the allies' part of the incursion is aimed where Turkey's is, not at
    # Turkey (their partner, the party they are most often paired with in the story)
    record = coded("Turkish jets struck YPG positions in Afrin on Saturday. The initial incursion by Turkish "
                   "troops and their Free Syrian Army (FSA) allies on Saturday, preceded by days of shelling, appeared limited.")
    allies = next(e for e in record.events if e.actor is not None and e.actor.name == "Free Syrian Army")
    assert (allies.event_type, allies.recipient.name, allies.status) == ("ASSAULT", "People's Protection Units", "occurred")
    assert allies.rule.endswith(">context")


def test_partners_told_after_a_vow_share_its_target(coded):
    # the rebels act with the Turkish troops: the YPG the context gives the troops is their
    # target too, not Turkey (their partner), which a counterpart from the story would be
    record = coded("Erdogan has vowed to crush the YPG in Syria. "
                   "The offensive by Turkish troops and the Free Syrian Army on Sunday was limited.")
    offensive = [e for e in record.events if e.trigger.text == "offensive"]
    rebels = next(e for e in offensive if e.actor.name == "Free Syrian Army")
    troops = next(e for e in offensive if e.actor.country == "TUR")
    assert rebels.event_type == "ASSAULT" and rebels.status == "occurred"
    assert rebels.recipient is not None and rebels.recipient.name == troops.recipient.name == "People's Protection Units"
    assert not rebels.rule.endswith(">counterpart")


def test_a_threat_at_no_one_named_is_kept_only_as_an_incident(pipeline):
    # a threat is aimed at someone by its nature, but takes no counterpart from the story (it is
    # often aimed at a third party): one told with no target is as incomplete as an accusation
    default = Pipeline(nlp=pipeline.nlp)

    def threats(text):
        [record] = flashpoint.extract([{"id": "t", "text": text, "published": "2024-01-19"}], pipeline=default)
        return [(e.actor and e.actor.name, e.recipient and e.recipient.name, e.date) for e in record.events if e.event_type == "THREATEN"]

    assert threats("The militia leaders vowed to hit back hard.") == []
    # with its target named, or told with its day, the threat stays
    [(actor, recipient, _)] = threats("Turkey threatened to strike the Kurdish militia.")
    assert actor == "Turkey" and recipient is not None
    assert [d for _, _, d in threats("The militia leaders vowed on Tuesday to hit back hard.")] == ["2024-01-16"]


def test_words_that_name_no_party_give_an_act_no_doer(pipeline, coded):
    default = Pipeline(nlp=pipeline.nlp)

    def deployments(text, pipe=default):
        [record] = flashpoint.extract([{"id": "t", "text": text, "published": "2024-01-19"}], pipeline=pipe)
        return [(e.actor and (e.actor.name or e.actor.text)) for e in record.events if e.event_type == "MOBILIZE"]

    # "several non-state groups" are no party a dataset can name: the act has no doer
    assert deployments("Several non-state groups have deployed armed drones.") == []
    assert deployments("Hezbollah has deployed armed drones.") == ["Hezbollah"]
    # (the tests' every-event pipeline keeps it, to test how the sentence is read)
    [record] = flashpoint.extract([{"id": "t", "text": "Several non-state groups have deployed armed drones.",
                                    "published": "2024-01-19"}], pipeline=Pipeline(with_min_confidence_doerless(pipeline), nlp=pipeline.nlp))
    assert [e.actor.text for e in record.events] == ["Several non-state groups"]


def test_a_proper_name_no_dictionary_knows_still_names_a_party(pipeline):
    from flashpoint.records import ActorRef
    from flashpoint.stages.mentions import names_a_party

    text = "The Henry Jackson Society and thick clouds of smoke."
    doc = pipeline.nlp(text)
    assert names_a_party(ActorRef(text="The Henry Jackson Society", span=(0, 25)), doc)
    assert not names_a_party(ActorRef(text="thick clouds", span=(30, 42)), doc)
    assert names_a_party(ActorRef(name="military", code="MIL", sector="MIL", text="thick clouds", span=(30, 42)), doc)


def with_min_confidence_doerless(pipeline):
    from flashpoint.stages.mentions import with_min_confidence

    return with_min_confidence(pipeline.stage_names, 0, doerless=True)


def test_a_bare_resignation_is_no_act_between_actors(pipeline, coded):
    default = Pipeline(nlp=pipeline.nlp)

    def coded_default(text):
        [record] = flashpoint.extract([{"id": "t", "text": text, "published": "2024-01-19"}], pipeline=default)
        return [(e.event_type, e.actor and e.actor.name, e.recipient and e.recipient.name) for e in record.events]

    # a change of office, even on a day told: left out of the dataset
    assert coded_default("The Iraqi defence minister resigned on Monday.") == []
    # a resignation in protest is a protest against the resigner's own government, and stays
    assert ("PROTEST", "Iraq", "Iraq") in coded_default(
        "The Iraqi defence minister resigned on Monday in protest at the decision to let US troops stay.")
    # the sentence is still read as a resignation (RETREAT resign, as NGEC codes it)
    assert [e.event_type for e in coded("The Iraqi defence minister resigned on Monday.").events] == ["RETREAT"]


def test_a_day_the_discourse_gives_makes_no_incident(pipeline):
    # an act with no doer is kept as an incident when its own sentence tells its day; the day of
    # the sentence before dates it, but does not make it an incident of its own
    default = Pipeline(nlp=pipeline.nlp)

    def detentions(text):
        [record] = flashpoint.extract([{"id": "t", "text": text, "published": "2024-01-19"}], pipeline=default)
        return [e.date for e in record.events if e.event_type == "COERCE"]

    assert detentions("Heavy rain fell across the region on Monday. Dozens of people were detained.") == []
    assert detentions("Heavy rain fell across the region on Monday. Dozens of people were detained on Monday.") == ["2024-01-15"]


# An ally is no counterpart for an attack, nor a foe for an act of help (discourse.yaml
# hostile_types, friendly_types): only the events of the act's own stance, and those of
# neither (talks, deals, accusations), tell whom it is aimed at.
def test_an_attack_with_no_object_is_not_aimed_at_an_ally(coded):
    record = coded("India sent weapons to Armenia on Monday. India praised Armenia's leaders on Tuesday. "
                   "India accused Pakistan of sheltering militants on Wednesday. "
                   "Indian troops launched an offensive on Thursday.")
    offensive = _by_trigger(record, "offensive")
    assert offensive.recipient is not None and offensive.recipient.country == "PAK"


def test_help_with_no_recipient_is_not_aimed_at_a_foe(coded):
    record = coded("Ethiopian jets bombed Eritrean positions on Monday. Ethiopian troops shelled Eritrean "
                   "border posts on Tuesday. Ethiopia praised Somalia's government on Wednesday. "
                   "Ethiopia also sent food and medicine on Friday.")
    sent = _by_trigger(record, "sent")
    assert sent.recipient is not None and sent.recipient.country == "SOM"


def test_an_ally_may_still_be_criticised(coded):
    # an accusation is of neither stance: allies fall out, and a backer's rebuke is aimed at
    # the party it backs when the story pairs it with no other
    record = coded("Germany sent tanks to Poland on Monday. Berlin praised Warsaw's leaders on Tuesday. "
                   "On Wednesday, Germany condemned the decision.")
    condemned = _by_trigger(record, "condemned")
    assert condemned.recipient is not None and condemned.recipient.country == "POL"
