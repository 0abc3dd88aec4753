"""The actors stage and the actor dictionaries, on the real spaCy model and the real
PETRARCH/Phoenix dictionaries in ../shared/eval/petrarch."""

from __future__ import annotations

from datetime import date

import pytest

from flashpoint.ingest import Document
from flashpoint.knowledge.actors import ActorDictionary, DatedCode, choose_code, parse_petrarch_code
from flashpoint.pipeline import Pipeline
from flashpoint.stage import DocState
from flashpoint.records import DocumentRecord
from flashpoint.stages.actors import ActorMention, ActorsStage, actor_for_token

from .conftest import SHARED

PETRARCH = SHARED / "eval" / "petrarch"


@pytest.fixture(scope="module")
def actors(pipeline):
    return Pipeline(["sentences", "entities", "published", ActorsStage()], nlp=pipeline.nlp)


def annotate(p: Pipeline, text: str, published: str | None = "2024-01-26") -> DocState:
    document = Document.build(text, id="t", published=published)
    state = DocState(document=document, doc=p.nlp(text), record=DocumentRecord(doc_id="t", published=document.published))
    for stage in p.stages:
        stage(state)
    return state


def mention(state: DocState, text: str) -> ActorMention:
    found = [m for m in state.actor_mentions if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in state.data['actor_mentions']]}"
    return found[0]


def token(state: DocState, word: str, nth: int = 0) -> int:
    return [t.i for t in state.doc if t.text == word][nth]


def test_capitals_stand_for_their_states_unless_they_are_places(actors):
    state = annotate(actors, "Islamabad recalled its ambassador from Tehran. Tehran said it would respond, "
                             "a Washington-based analyst said. Kiev and New Delhi later agreed.")
    islamabad = mention(state, "Islamabad")
    assert (islamabad.code, islamabad.how, islamabad.kind) == ("PAK", "capital", "state")
    texts = [m.text for m in state.actor_mentions]
    # "Tehran said" is an actor, and so is "from Tehran" after an envoy: the government he was
    # accredited to (a capital after "in", "flew to" stays a place: test_places)
    assert texts.count("Tehran") == 2
    assert actor_for_token(state, token(state, "Tehran", 0)).code == "IRN"
    assert "Washington" not in texts  # "Washington-based" names an affiliation, not an actor
    assert mention(state, "Kiev").code == "UKR" and mention(state, "New Delhi").code == "IND"
    assert mention(state, "its ambassador").code == "PAKGOV"  # the pronoun takes the clause's subject


def test_demonym_plus_sector_word(actors):
    state = annotate(actors, "On Tuesday, Iranian missiles struck two bases. Pakistani security forces killed militants. "
                             "The Iranian military said the Iranian and Pakistani foreign ministries had spoken.")
    missiles = actor_for_token(state, token(state, "missiles"))
    assert (missiles.text, missiles.name, missiles.code, missiles.country, missiles.sector) == ("Iranian missiles", "Iran", "IRNMIL", "IRN", "MIL")
    assert mention(state, "Pakistani security forces").code == "PAKCOP"
    assert mention(state, "Iranian military").code == "IRNMIL"
    assert mention(state, "Iranian and Pakistani foreign ministries").code == "IRNGOV"
    assert [m.code for m in state.actor_mentions if m.text == "Pakistani"] == ["PAKGOV"]  # the coordinated demonym too
    bare = actor_for_token(state, token(state, "militants"))
    assert (bare.kind, bare.code, bare.country) == ("sector", "REB", None)
    # the press's shorter plural of "jihadists" is the same sector
    state = annotate(actors, "Jihadis attacked a checkpoint on Monday.", "2019-05-01")
    assert (mention(state, "Jihadis").kind, mention(state, "Jihadis").code) == ("sector", "REB")


def test_a_bodys_word_before_a_title_of_office_names_whose_office_it_is(actors):
    # an official, a spokesman of the rebels or of the army speaks for them, not for a government
    state = annotate(actors, "A rebel official said the convoy had left. A Yemeni rebel spokesman denied it. "
                             "A police official said the road was closed, and an official statement followed.")
    assert (mention(state, "rebel official").code, mention(state, "rebel official").sector) == ("REB", "REB")
    assert mention(state, "Yemeni rebel spokesman").code == "YEMREB"
    assert mention(state, "police official").code == "COP"
    assert "official" not in [m.text for m in state.actor_mentions]  # "an official statement" is no one


def test_a_title_used_as_an_adjective_keeps_its_sense_unless_it_has_another(actors):
    # "rebel camps" are the rebels', "militant attacks" the militants'; "an official visit"
    # and "a general strike" name no official and no general
    state = annotate(actors, "Jets struck rebel camps near the border after militant attacks. An official visit and a general strike followed.")
    assert mention(state, "rebel").code == "REB" and mention(state, "militant").code == "REB"
    assert not [m for m in state.actor_mentions if m.text in ("official", "general")]


def test_possessive_plus_sector_word(actors):
    state = annotate(actors, "Pakistan's Foreign Office condemned the strike, and Iran's foreign ministry summoned the envoy. "
                             "Iran said that its armed forces had targeted a terrorist group.")
    office = actor_for_token(state, token(state, "Office"))
    assert (office.text, office.code, office.via) == ("Pakistan's Foreign Office", "PAKGOV", "modifier")
    assert actor_for_token(state, token(state, "ministry")).code == "IRNGOV"
    forces = actor_for_token(state, token(state, "forces"))
    assert (forces.text, forces.code, forces.via) == ("its armed forces", "IRNMIL", "pronoun")


def test_country_from_a_prepositional_phrase(actors):
    state = annotate(actors, "Pakistan attacked what it said were militants in Iran. "
                             "In a statement, the foreign ministry in Tehran said the army of Pakistan had crossed the border.")
    militants = actor_for_token(state, token(state, "militants"))
    assert (militants.text, militants.code, militants.via) == ("militants in Iran", "IRNREB", "pp")
    assert actor_for_token(state, token(state, "Iran")).code == "IRN"  # "Iran" itself stays the state
    assert actor_for_token(state, token(state, "ministry")).code == "IRNGOV"  # the capital, though a place, gives the country
    assert actor_for_token(state, token(state, "army")).code == "PAKMIL"


def test_people_resolved_through_roles_in_the_text(actors):
    state = annotate(actors, "Pakistan's Foreign Minister Jalil Abbas Jilani condemned the attack. "
                             "Chinese Foreign Ministry Spokesperson Mao Ning urged restraint. "
                             "Mohammad Hosseini, Iran's Deputy President, said Pakistan had been warned. "
                             "Maleeha Lodhi, former Pakistani Ambassador to the US, wrote about it. "
                             "Later, Jilani told reporters that the foreign minister would travel.")
    jilani = mention(state, "Pakistan's Foreign Minister Jalil Abbas Jilani")
    assert (jilani.name, jilani.code, jilani.kind, jilani.how) == ("Jalil Abbas Jilani", "PAKGOV", "person", "role")
    later = mention(state, "Jilani")
    assert (later.name, later.code, later.how) == ("Jalil Abbas Jilani", "PAKGOV", "alias")
    assert mention(state, "Chinese Foreign Ministry Spokesperson Mao Ning").code == "CHNGOV"
    hosseini = mention(state, "Mohammad Hosseini")
    assert (hosseini.code, hosseini.via) == ("IRNGOV", "apposition")
    assert mention(state, "Maleeha Lodhi").code == "PAKELI"  # "former": an elite, no longer in office
    definite = mention(state, "the foreign minister")
    assert (definite.name, definite.code, definite.how) == ("Jalil Abbas Jilani", "PAKGOV", "coref")
    assert actor_for_token(state, later.head).name == "Jalil Abbas Jilani"


def test_a_title_without_a_country_takes_it_from_what_the_person_heads(actors):
    state = annotate(actors, "The Foreign Office said that Foreign Minister Jalil Abbas Jilani, who was heading the Pakistani "
                             "delegation to the summit, had received a call.")
    jilani = mention(state, "Foreign Minister Jalil Abbas Jilani")
    assert (jilani.code, jilani.via) == ("PAKGOV", "relcl")


def test_dictionary_people_have_the_code_of_the_date(actors):
    text = "Netanyahu met the envoy."
    assert mention(annotate(actors, text, "2024-01-26"), "Netanyahu").code == "ISRGOV"
    assert mention(annotate(actors, text, "2022-01-26"), "Netanyahu").code == "ISROPP"
    assert mention(annotate(actors, "The Taliban attacked Kabul.", "2019-05-01"), "Taliban").code == "AFGREB"
    assert mention(annotate(actors, "The Taliban attacked Kabul.", "2023-05-01"), "Taliban").code == "AFGGOV"


def test_aliases_learned_from_the_text(actors):
    state = annotate(actors, "Iranian missiles struck the Sunni group Jaish al-Adl (or the Army of Justice). "
                             "Many of Jaish's members had belonged to Jundallah. "
                             "Hezbollah, or the Party of God, fired rockets. The Party of God later denied it. "
                             "India's Ministry of External Affairs (MEA) said it was watching. The MEA spokesman declined to comment.")
    jaish = [a for a in state.record.actors if a.name == "Jaish al-Adl"]
    assert len(jaish) == 1 and jaish[0].code == "IRNREB"
    assert {"Jaish al-Adl", "Army of Justice", "Jaish", "Jundallah"} <= set(jaish[0].aliases)
    assert mention(state, "Jaish").how == "alias"  # a short form, after the full name
    party = [m for m in state.actor_mentions if m.text == "Party of God"]
    assert len(party) == 2 and all(m.name == "Hezbollah" and m.how == "alias" for m in party)
    mea = [m for m in state.actor_mentions if "MEA" in m.text]
    assert mea and all(m.code == "INDGOV" for m in mea)


def test_aliases_are_learned_for_names_the_dictionary_does_not_know(actors):
    # A dictionary of one invented group: the aliases can only come from the text.
    dictionary = ActorDictionary.from_yaml({"groups": [{"name": "Liwa al-Fajr", "code": "SYRREB", "country": "SYR"}],
                                            "sectors": {"REB": {"terms": ["fighters"]}}})
    p = Pipeline(["sentences", "entities", "published", ActorsStage(dictionary)], nlp=actors.nlp)
    state = annotate(p, "Fighters from Liwa al-Fajr, also known as the Dawn Brigade, seized the town. Liwa fighters later withdrew. "
                        "The Dawn Brigade said it would return. Before that, Liwa commanders had met the Sayf al-Haqq (Liwa al-Fajr) envoys.")
    dawn = [m for m in state.actor_mentions if m.text == "Dawn Brigade"]
    assert len(dawn) == 2 and {m.code for m in dawn} == {"SYRREB"}
    liwa = [m for m in state.actor_mentions if m.text.startswith("Liwa") and m.how == "alias"]
    assert liwa and all(m.name == "Liwa al-Fajr" for m in liwa)  # the first word of a construct name
    sayf = mention(state, "Sayf al-Haqq")
    assert (sayf.name, sayf.how) == ("Liwa al-Fajr", "alias")  # "Y (X)"
    [actor] = [a for a in state.record.actors if a.name == "Liwa al-Fajr"]
    assert {"Dawn Brigade", "Sayf al-Haqq"} <= set(actor.aliases)


def test_actor_for_token_reads_the_noun_phrase_but_not_clauses(actors):
    state = annotate(actors, "On Tuesday, Iranian missiles struck two bases of the Sunni Muslim group Jaish al-Adl in Balochistan. "
                             "Pakistani militants fled. The group that Iran attacked has no name. The strike landed on Iranian soil.")
    group = actor_for_token(state, token(state, "group"))
    assert (group.text, group.name, group.code, group.via) == ("the Sunni Muslim group Jaish al-Adl", "Jaish al-Adl", "IRNREB", "np")
    bases = actor_for_token(state, token(state, "bases"))
    assert (bases.name, bases.code, bases.text) == ("Jaish al-Adl", "IRNREB", "the Sunni Muslim group Jaish al-Adl")
    assert actor_for_token(state, token(state, "militants")).code == "PAKREB"
    assert actor_for_token(state, token(state, "group", 1)) is None  # Iran is inside the relative clause
    soil = actor_for_token(state, token(state, "soil"))
    assert (soil.text, soil.code) == ("Iranian soil", "IRN")
    assert actor_for_token(state, token(state, "Tuesday")) is None


def test_case_and_context_rules(actors):
    state = annotate(actors, "Let us see what he is doing in Turkey. The US and the UK condemned IS. He took the turkey home.")
    assert [m.text for m in state.actor_mentions] == ["Turkey", "US", "UK", "IS"]
    assert mention(state, "IS").name == "Islamic State"


def test_record_actors_one_per_distinct_actor(actors):
    state = annotate(actors, "Iran struck Pakistan. Tehran said Iranian missiles hit militants. Pakistan's military responded.")
    by_code = {a.code: a for a in state.record.actors}
    assert set(by_code) >= {"IRN", "PAK", "IRNMIL", "PAKMIL"}
    assert "REB" not in by_code  # a sector word alone is not an identifiable actor
    assert {"Iran", "Tehran"} <= set(by_code["IRN"].aliases)
    assert by_code["IRNMIL"].name == "Iran" and by_code["IRNMIL"].sector == "MIL"
    starts = [m.start for m in state.actor_mentions]
    assert starts == sorted(starts)


def test_the_matcher_is_built_once_per_stage(actors):
    stage = actors.stages[-1]
    annotate(actors, "Iran struck Pakistan.")
    compiled = stage.compiled(actors.nlp.vocab)
    annotate(actors, "Pakistan struck Iran.")
    assert stage.compiled(actors.nlp.vocab) is compiled


# --------------------------------------------------------------------------- PETRARCH


def test_petrarch_code_syntax():
    assert parse_petrarch_code("USAGOV >20090120") == DatedCode("USAGOV", date(2009, 1, 20), None)
    assert parse_petrarch_code("HOB < 950601") == DatedCode("HOB", None, date(1995, 6, 1))
    assert parse_petrarch_code("HOBGOV 19950601 - 19990815") == DatedCode("HOBGOV", date(1995, 6, 1), date(1999, 8, 15))
    assert parse_petrarch_code("---").code is None
    codes = [DatedCode("AFGREB", None, date(2021, 8, 15)), DatedCode("AFGGOV", date(2021, 8, 15))]
    assert choose_code(codes, date(2021, 8, 14)) == "AFGREB" and choose_code(codes, date(2021, 8, 15)) == "AFGGOV"
    assert choose_code(codes) == "AFGGOV"  # no date: the current one


@pytest.fixture(scope="module")
def validate():
    return ActorDictionary.from_petrarch(actors=[PETRARCH / "PETR.Validate.actors.txt"], agents=[PETRARCH / "PETR.Validate.agents.txt"],
                                         discards=[PETRARCH / "PETR.Validate.discards.txt"])


def test_petrarch_validation_dictionaries_with_date_bounded_codes(actors, validate):
    assert validate.warnings == []
    assert validate.resolve("Sam Gamgee", date(2009, 1, 1)).code == "HOBMIL"
    assert validate.resolve("Sam Gamgee", date(2010, 1, 10)).code == "ORCHOB"  # the first period listed wins
    assert validate.resolve("Sam Gamgee", date(2014, 1, 1)).code == "HOBELI"
    assert validate.resolve("Gollum", date(1990, 1, 1)).code == "HOB"
    assert validate.resolve("Smeagol", date(2000, 1, 1)).code == "HOBREB"  # a synonym shares the codes
    text = "Sam Gamgee denounced the government of Mordor."
    early = annotate(Pipeline(["sentences", "entities", "published", ActorsStage(validate, as_of=date(2009, 1, 1))], nlp=actors.nlp), text)
    late = annotate(Pipeline(["sentences", "entities", "published", ActorsStage(validate)], nlp=actors.nlp), text, published="2014-01-01")
    assert mention(early, "Sam Gamgee").code == "HOBMIL"
    assert mention(late, "Sam Gamgee").code == "HOBELI"  # the document's date when no as_of is given
    assert actor_for_token(late, token(late, "government")).code == "MORGOV"  # an agent ([~GOV]) with an "of" phrase


def test_petrarch_discards_drop_the_sentence(actors, validate):
    p = Pipeline(["sentences", "entities", "published", ActorsStage(validate)], nlp=actors.nlp)
    state = annotate(p, "Norway praised Denmark. Norway played baseball against Denmark.")
    assert [m.start for m in state.actor_mentions] == [0, 2]


def test_merged_dictionaries_prefer_the_first(validate):
    builtin = ActorDictionary.builtin()
    assert ActorDictionary.merge(validate, builtin).resolve("Egypt").code == "UAR"  # PETR.Validate codes Egypt as UAR
    assert ActorDictionary.merge(builtin, validate).resolve("Egypt").code == "EGY"
    merged = builtin.merge(validate)
    assert merged.resolve("Sam Gamgee", date(2014, 1, 1)).code == "HOBELI" and merged.resolve("Jaish ul-Adl").code == "IRNREB"


def test_phoenix_dictionaries_import_and_resolve(actors):
    phoenix = ActorDictionary.from_petrarch(actors=[PETRARCH / "Phoenix.Countries.actors.txt"], agents=[PETRARCH / "Phoenix.agents.txt"])
    assert phoenix.stats()["state"] > 150 and phoenix.stats()["person"] > 10000 and phoenix.stats()["sector_terms"] > 1000
    assert all("has no code" in w or "skipped" in w for w in phoenix.warnings)  # the file's own slips, reported, not fatal
    assert phoenix.resolve("Islamabad").code == "PAK" and phoenix.resolve("Pakistani").code == "PAK"
    assert phoenix.resolve("Nawaz Sharif", date(2000, 1, 1)).code == "PAKELI"
    assert phoenix.resolve("Nawaz Sharif", date(2014, 1, 1)).code == "PAKGOV"
    p = Pipeline(["sentences", "entities", "published", ActorsStage(phoenix)], nlp=actors.nlp)
    state = annotate(p, "Islamabad condemned the attack and Pakistani troops were put on alert.")
    assert mention(state, "Islamabad").code == "PAK"
    assert actor_for_token(state, token(state, "troops")).code == "PAKMIL"


def test_builtin_dictionary_contents():
    d = ActorDictionary.builtin()
    stats = d.stats()
    assert stats["state"] >= 195 and stats["igo"] >= 40 and stats["group"] >= 40 and stats["sector_terms"] >= 400
    for name, code in [("Jaish-ul-Adl", "IRNREB"), ("Army of Justice", "IRNREB"), ("Jundullah", "IRNREB"), ("BLA", "PAKREB"),
                       ("Baloch Liberation Front", "PAKREB"), ("Daesh", "IMGMOSISI"), ("ISKP", "IMGMOSISI"), ("Pakistani Taliban", "PAKREB"),
                       ("JeM", "PAKREB"), ("Lashkar-e-Taiba", "PAKREB"), ("Hizbollah", "LBNREB"), ("Ansar Allah", "YEMREB"), ("Hamas", "PSEREB"),
                       ("AQAP", "IMGMOSALQ"), ("al-Shabab", "SOMREB"), ("HTS", "SYRREB"), ("SDF", "SYRREB"), ("YPG", "SYRREB"), ("PKK", "TURREB"),
                       ("Kataib Hezbollah", "IRQUAF"), ("IRGC", "IRNMIL"), ("Revolutionary Guards", "IRNMIL"), ("Wagner Group", "RUSUAF"),
                       ("UN", "IGOUNO"), ("UN Security Council", "IGOUNO"), ("NATO", "IGOWSTNAT"), ("Non-Aligned Movement", "IGONONNAM"),
                       ("OIC", "IGOMOSOIC"), ("IAEA", "IGOUNOIAE"), ("UAE", "ARE"), ("Iranians", "IRN"), ("Beijing", "CHN"), ("Moscow", "RUS")]:
        found = d.resolve(name, date(2024, 1, 19))
        assert found is not None and found.code == code, (name, found)
    assert d.resolve("us") is None and d.resolve("turkey") is None  # names must be capitalised, abbreviations exact



def test_a_spokesman_of_the_government_speaks_for_the_government_last_named(actors):
    # "the government spokesman": the spokesman of the government the text last named
    state = annotate(actors, "Iran's government rejected the plan on Monday. "
                             "The government spokesman said Israel was guilty of war crimes.")
    assert actor_for_token(state, token(state, "spokesman")).country == "IRN"
    # an appositive the dictionary knows names the person, not the government named before
    state = annotate(actors, "Iran's government rejected the plan on Monday. "
                             "The government spokesman, Recep Tayyip Erdogan, said Israel was guilty of war crimes.")
    assert actor_for_token(state, token(state, "spokesman")).country != "IRN"


def test_a_full_name_nothing_places_is_an_actor_in_its_own_name(actors, coded_dyads):
    # nobody says whom Kowalczyk acts for: she is still the one who condemned, uncoded
    text = "Maria Kowalczyk condemned Russia for the shelling. Kowalczyk later criticised Turkey."
    state = annotate(actors, text)
    person = mention(state, "Maria Kowalczyk")
    assert (person.name, person.code, person.country) == ("Maria Kowalczyk", None, None)
    assert actor_for_token(state, token(state, "Kowalczyk", 1)).name == "Maria Kowalczyk"  # the surname again
    assert [(a.name, a.code) for a in state.record.actors if a.name == "Maria Kowalczyk"] == [("Maria Kowalczyk", None)]
    assert ("ACCUSE", "Maria Kowalczyk", "Russia") in coded_dyads(text)
    assert ("ACCUSE", "Maria Kowalczyk", "Turkey") in coded_dyads(text)
    # a lone word the entity tagger calls a person is no actor unless a full name came before
    assert not any(e[1] == "Kowalczyk" for e in coded_dyads("Kowalczyk condemned Russia for the shelling."))


def test_petrarch_coding_keeps_to_what_its_dictionary_places(pipeline):
    petrarch_actors = Pipeline(["sentences", "entities", "published", ActorsStage(unplaced_people=False)], nlp=pipeline.nlp)
    state = annotate(petrarch_actors, "Maria Kowalczyk condemned Russia for the shelling.")
    assert [a.name for a in state.record.actors] == ["Russia"]


def _event(record, event_type: str, trigger: str):
    found = [e for e in record.events if e.event_type == event_type and e.trigger.text == trigger]
    assert found, f"no {event_type} on {trigger!r} in {[(e.event_type, e.trigger.text) for e in record.events]}"
    return found[0]


def test_an_office_in_apposition_ties_the_holder_to_its_organisation(actors, coded):
    # the organisation in the office's modifier or in its "of" phrase; later surnames carry it
    text = ("Anneli Virtanen, the EU commissioner for trade, criticised China on Monday. "
            "Tomas Berg, the chairman of the Norwegian parliament's defence committee, condemned Iran. "
            "Virtanen later praised Vietnam.")
    state = annotate(actors, text)
    virtanen = mention(state, "Anneli Virtanen")
    assert (virtanen.name, virtanen.code, virtanen.affiliation) == ("Anneli Virtanen", "IGOEUREEC", "European Union")
    assert mention(state, "Virtanen").affiliation == "European Union"
    assert (mention(state, "Tomas Berg").code, mention(state, "Tomas Berg").affiliation) == ("NORLEG", "Norway")
    record = coded(text)
    criticised = _event(record, "ACCUSE", "criticised").actor
    assert (criticised.name, criticised.person, criticised.text) == ("European Union", "Anneli Virtanen", "Anneli Virtanen")
    assert _event(record, "SUPPORT", "praised").actor.name == "European Union"
    assert _event(record, "ACCUSE", "condemned").actor.name == "Norway"


def test_a_person_of_an_organisation_the_dictionary_does_not_know_acts_for_it(actors, coded):
    # "X of Y", "X, director of the charity Y": the organisation by the name the text gives it
    text = ("Omar Haddad of the Levant Refugee Council criticised Jordan. "
            "Priya Raman, director of the charity Lifeline Aid, accused Myanmar of obstruction. "
            "Haddad later praised Lebanon.")
    record = coded(text)
    haddad = _event(record, "ACCUSE", "criticised").actor
    assert (haddad.name, haddad.code, haddad.person) == ("Levant Refugee Council", None, "Omar Haddad")
    assert _event(record, "SUPPORT", "praised").actor.name == "Levant Refugee Council"
    assert _event(record, "ACCUSE", "accused").actor.name == "Lifeline Aid"
    # a former holder no longer acts for it, and a home town is no organisation
    state = annotate(actors, "Lena Moss, a former director of the charity Lifeline Aid, criticised Jordan. "
                             "Karim Saleh of Homs criticised Turkey.")
    assert mention(state, "Lena Moss").affiliation is None
    assert mention(state, "Karim Saleh").affiliation is None


def test_a_title_ties_a_person_to_a_state_even_where_the_parser_splits_the_apposition(actors):
    # no comma after the name: the parser makes the title and the name two subjects
    state = annotate(actors, "The Kenyan foreign minister, Amina Odhiambo condemned the attack.")
    odhiambo = mention(state, "Amina Odhiambo")
    assert (odhiambo.code, odhiambo.affiliation) == ("KENGOV", "Kenya")
    # the name hung from the last place of the title's phrase
    state = annotate(actors, "The plan was welcomed by Brazil's permanent representative to the UN in New York, Carlos Mendes.")
    mendes = mention(state, "Carlos Mendes")
    assert (mendes.code, mendes.affiliation) == ("BRAGOV", "Brazil")


def test_a_spokesman_for_a_group_speaks_for_it(actors):
    state = annotate(actors, "A spokesman for the Free Syrian Army said the rebels had held the town. "
                             "The envoy for Syria met the ministers.")
    spokesman = actor_for_token(state, token(state, "spokesman"))
    assert spokesman.name == "Free Syrian Army"
    # an envoy "for" a country is sent to it, not by it
    envoy = actor_for_token(state, token(state, "envoy"))
    assert envoy is None or envoy.country != "SYR"


def test_a_name_the_entity_tagger_misses_in_apposition_to_a_title_is_a_person(actors):
    # the tagger calls "Pieter de Vries" an organisation here; in apposition to a title he is a person
    state = annotate(actors, "The UN special envoy for Yemen, Pieter de Vries, has said panic is spreading. "
                             "De Vries later met the prime minister.")
    assert any(e.text == "Pieter de Vries" and e.label_ != "PERSON" for e in state.doc.ents)  # what the rule is for
    vries = [m for m in state.actor_mentions if m.kind == "person" and m.name == "Pieter de Vries"]
    assert vries and vries[0].code == "IGOUNO" and vries[0].affiliation == "United Nations"
    assert any(m.name == "Pieter de Vries" for m in state.actor_mentions if m.text in ("De Vries", "Vries"))  # the surname again


def test_a_title_in_apposition_to_a_known_person_is_that_person(coded):
    record = coded("Talks collapsed after the president, Vladimir Putin, rejected the offer.")
    actor = _event(record, "REJECT", "rejected").actor
    assert (actor.name, actor.person, actor.code) == ("Russia", "Vladimir Putin", "RUSGOV")


def test_a_bare_organ_of_state_is_the_organ_of_the_state_the_text_is_about(actors):
    # "the government" that no earlier mention names: the state of the nearest subject before it
    state = annotate(actors, "President Recep Tayyip Erdogan tightened his grip on the courts. "
                             "The government denied any such plan.")
    government = actor_for_token(state, token(state, "government"))
    assert (government.name, government.code) == ("Turkey", "TURGOV")
    # not an adjective of another noun, and not a phrase that says whose it is
    state = annotate(actors, "President Recep Tayyip Erdogan tightened his grip on the courts. "
                             "The military aid will end. Analysts blamed the incompetence of the government in Cairo.")
    aid = actor_for_token(state, token(state, "aid"))
    assert aid is None or aid.country != "TUR"
    cairo = actor_for_token(state, token(state, "government"))
    assert cairo.country == "EGY"


def test_a_definite_title_before_a_name_refers_back_like_the_bare_title(actors):
    state = annotate(actors, "Iran's government rejected the plan on Monday. "
                             "The government spokesman Ali Rezaei said the plan was illegal.")
    rezaei = [m for m in state.actor_mentions if m.kind == "person" and m.name == "Ali Rezaei"]
    assert rezaei and rezaei[0].country == "IRN" and rezaei[0].affiliation == "Iran"


def test_two_officials_statements_are_two_events(coded):
    # both act for Russia, but what each said is his own act
    record = coded("On Monday, Vladimir Putin condemned the strikes on Syria. On Monday, Sergei Lavrov condemned the strikes on Syria.")
    people = sorted(e.actor.person for e in record.events if e.event_type == "ACCUSE")
    assert people == ["Sergei Lavrov", "Vladimir Putin"]


def test_the_office_of_an_official_named_just_before_is_his_state(actors):
    # "the president's order": the official of that branch named nearest before, in any position
    state = annotate(actors, "Critics complained about Mr Trump's advisers. Hence the president's order has no rationale.", "2019-03-01")
    president = actor_for_token(state, token(state, "president"))
    assert (president.name, president.code) == ("United States", "USAGOV")


def test_forces_named_by_an_organ_of_state_are_that_states(actors):
    # "regime forces" after "the Assad regime": the regime's state, in the forces' own sector
    state = annotate(actors, "The Assad regime launched an offensive on Monday. Regime forces shelled the town. "
                             "Pro-regime forces attacked a school.")
    assert (mention(state, "Regime forces").name, mention(state, "Regime forces").code) == ("Syria", "SYRMIL")
    pro = actor_for_token(state, token(state, "forces", 1))
    assert pro.country is None  # militias on the regime's side are not its army
    # no earlier mention with the organ's word: left as it is
    state = annotate(actors, "Government troops entered the village on Monday.")
    assert actor_for_token(state, token(state, "troops")).country is None


def test_a_conjoined_organ_shares_the_first_conjuncts_state(actors):
    state = annotate(actors, "The plan drew a rebuke from Egypt's president and foreign minister. "
                             "Iran's army and police were deployed. Pakistani soldiers and militants clashed.")
    assert mention(state, "foreign minister").code == "EGYGOV"
    assert mention(state, "police").code == "IRNCOP"
    assert actor_for_token(state, token(state, "militants")).country is None  # opponents, not an organ of the state


def test_an_office_written_as_a_title_before_the_name_ties_the_holder(actors):
    # "ICRC director X", "EU foreign policy chief X": the office's organisation in its modifiers
    state = annotate(actors, "EU foreign policy chief Maria Lindqvist criticised Russia. "
                             "Film director Ken Morrow praised the refugees.")
    assert mention(state, "Maria Lindqvist").affiliation == "European Union"
    assert mention(state, "Ken Morrow").affiliation is None  # a film is no organisation
    # a portfolio before an office is no organisation; a party or an acronym is
    state = annotate(actors, "Dan Hollis, the Transport Secretary, criticised the strike. "
                             "Sam Adeyemi, a senior KDP official, criticised the strike.")
    assert mention(state, "Dan Hollis").affiliation is None
    assert mention(state, "Sam Adeyemi").affiliation == "KDP"
