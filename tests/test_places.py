"""The places stage and `event_location` on real parses, and the gazetteer they resolve against."""

from __future__ import annotations

import pytest

import flashpoint.stages.places as places  # registers the "places" stage
from flashpoint import Pipeline
from flashpoint.ingest import Document
from flashpoint.knowledge.gazetteer import get_gazetteer, normalize
from flashpoint.stage import DocState
from flashpoint.records import DocumentRecord, Location

KERMAN_IRAN = 128234  # GeoNames: the city of Kerman, Iran (not Kerman, California: 5362909)
SISTAN_AND_BALUCHESTAN = 1159456
BALOCHISTAN = 1183606


@pytest.fixture(scope="module")
def run(pipeline):
    """Text in, the DocState the stages left (the record and the working fields), through sentences, entities, places."""
    staged = Pipeline(["sentences", "entities", "places"], nlp=pipeline.nlp)

    def annotate(text: str) -> DocState:
        document = Document(id="t", text=text)
        state = DocState(document=document, doc=staged.nlp(text), record=DocumentRecord(doc_id="t"))
        for stage in staged.stages:
            stage(state)
        return state

    return annotate


def mentions(state: DocState, text: str) -> list[places.PlaceMention]:
    found = [m for m in state.place_mentions if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in state.place_mentions]}"
    return found


def token(state: DocState, word: str, nth: int = 0) -> int:
    return [t.i for t in state.doc if t.text == word][nth]


def test_kerman_is_irans_kerman_even_with_a_us_place_in_the_sentence(run):
    state = run("A bombing killed nearly 100 people at a ceremony in the southeastern city of Kerman to commemorate "
                "commander Qassem Soleimani, who was killed by a US drone in 2020.")
    [kerman] = mentions(state, "Kerman")
    assert (kerman.entry.country_code, kerman.entry.geonameid, kerman.entry.kind) == ("IRN", KERMAN_IRAN, "city")
    assert kerman.hint == "city"
    place = next(p for p in state.record.places if p.text == "Kerman")
    assert place.country_code == "IRN" and place.admin1 == "Kerman" and abs(place.lat - 30.28) < 0.1 and abs(place.lon - 57.08) < 0.1


def test_balochistan_in_a_pakistan_context_is_the_pakistani_province(run):
    state = run("On Tuesday, Iranian missiles struck two bases of the Sunni Muslim group Jaish al-Adl in Pakistan's "
                "southwestern province of Balochistan, which borders Iran.")
    [b] = mentions(state, "Balochistan")
    assert (b.entry.country_code, b.entry.kind, b.entry.admin1, b.entry.geonameid) == ("PAK", "admin1", "Balochistan", BALOCHISTAN)
    [iranian] = mentions(state, "Iranian")
    assert iranian.role == places.DEMONYM and iranian.entry.country_code == "IRN"
    # A demonym is not a toponym of the text: listed as an adjective of its country.
    assert [(p.country_code, p.basis) for p in state.record.places if p.text == "Iranian"] == [("IRN", "adjective")]


@pytest.mark.parametrize("spelling", ["Sistan and Baluchestan", "Sistan-Baluchestan", "Sistan and Baluchistan", "Sistan-Balochistan"])
def test_spellings_of_sistan_and_baluchestan_are_the_iranian_province(run, spelling):
    state = run(f"Pakistan said its drones hit hideouts of separatists in Iran's southeastern {spelling} province on Thursday.")
    [m] = mentions(state, spelling)
    assert (m.entry.country_code, m.entry.kind, m.entry.geonameid) == ("IRN", "admin1", SISTAN_AND_BALUCHESTAN)


def test_georgia_is_resolved_by_its_context(run):
    us = run("ATLANTA — The governor of Georgia signed the budget on Monday in Atlanta, and lawmakers from Savannah "
             "and Augusta praised it. Georgia will spend more on schools.")
    assert {m.entry.country_code for m in mentions(us, "Georgia")} == {"USA"}
    assert {m.entry.kind for m in mentions(us, "Georgia")} == {"admin1"}
    caucasus = run("Russian troops advanced into Georgia, and fighting spread from South Ossetia towards Gori and Tbilisi. "
                   "Georgia asked the European Union for help.")
    assert {(m.entry.country_code, m.entry.kind) for m in mentions(caucasus, "Georgia")} == {("GEO", "country")}


def test_capitals_and_countries_that_act_are_actors_not_places(run):
    state = run("Tehran said the strikes had killed two children. Islamabad recalled its ambassador from Tehran. "
                "Pakistan's strikes in Iran drew condemnation.")
    tehran_said, tehran_from = mentions(state, "Tehran")
    assert tehran_said.role == places.ACTOR and tehran_said.entry.capital
    assert tehran_from.role == places.PLACE
    [islamabad] = mentions(state, "Islamabad")
    assert islamabad.role == places.ACTOR
    assert mentions(state, "Pakistan")[0].role == places.ACTOR  # "Pakistan's strikes"
    # An actor is never the place of the event it acts in.
    assert places.event_location(state, token(state, "recalled"), [token(state, "Islamabad")]) is None
    assert places.event_location(state, token(state, "said"), [token(state, "Tehran")]) is None


def test_event_location_is_the_attached_place_not_one_merely_mentioned(run):
    state = run("Police arrested two men in Peshawar on Monday, a week after clashes in Quetta.")
    where = places.event_location(state, token(state, "arrested"), [token(state, "Police"), token(state, "men")])
    assert isinstance(where, Location)
    assert (where.name, where.country_code, where.precision) == ("Peshawar", "PAK", "city")
    assert state.document.text[where.span[0]:where.span[1]] == "Peshawar"
    clashes = places.event_location(state, token(state, "clashes"), [])
    assert clashes is not None and clashes.name == "Quetta"


def test_event_location_follows_the_object_and_its_place(run):
    state = run("Iranian missiles struck two bases of the group in Pakistan's southwestern province of Balochistan. "
                "The attack on a village near Panjgur killed two children.")
    struck = places.event_location(state, token(state, "struck"), [token(state, "missiles"), token(state, "bases")])
    assert (struck.name, struck.country_code, struck.precision, struck.geonameid) == ("Balochistan", "PAK", "admin1", BALOCHISTAN)
    attack = places.event_location(state, token(state, "attack"), [])
    assert (attack.name, attack.country_code, attack.admin1, attack.precision) == ("Panjgur", "PAK", "Balochistan", "city")


def test_event_location_uses_the_arguments_stated_place_and_not_an_event_nouns(run):
    state = run("Pakistan attacked militants in Iran. Tehran condemned the strikes in Balochistan.")
    attacked = places.event_location(state, token(state, "attacked"), [token(state, "Pakistan"), token(state, "militants")])
    assert attacked.name == "Iran" and attacked.precision == "country"
    # The strikes happened in Balochistan; the condemnation did not.
    assert places.event_location(state, token(state, "strikes"), []).name == "Balochistan"
    assert places.event_location(state, token(state, "condemned"), [token(state, "Tehran")]) is None


def test_every_span_points_into_the_text(run):
    text = ("CHARLESTON, W.Va. — Officials in Kanawha County said on Friday that roads near Elkview were closed. "
            "The U.S.-led coalition and Sri Lankan troops met in Colombo.")
    state = run(text)
    assert state.record.places
    for place in state.record.places:
        assert text[place.span[0]:place.span[1]] == place.text
    for m in state.place_mentions:
        assert text[m.start_char:m.end_char] == m.text
        assert m.start_char >= state.doc[m.start].idx and m.end_char <= state.doc[m.end - 1].idx + len(state.doc[m.end - 1])
    by_text = {p.text: p for p in state.record.places}
    assert by_text["CHARLESTON"].admin1 == "West Virginia"  # the dateline, read with its state abbreviation
    assert by_text["W.Va."].feature == "admin1" and by_text["W.Va."].country_code == "USA"
    assert by_text["Kanawha County"].feature == "admin2" and by_text["Kanawha County"].admin1 == "West Virginia"
    assert by_text["U.S."].country_code == "USA"
    assert by_text["Colombo"].country_code == "LKA"
    assert [m.entry.country_code for m in mentions(state, "Sri Lankan")] == ["LKA"]


def test_gazetteer_names_and_codes():
    gaz = get_gazetteer()
    assert normalize("São Tomé") == "sao tome" and normalize("St. Petersburg") == "saint petersburg" and normalize("U.S.") == "us"
    assert "GBR" in {m.entry.country_code for m in gaz.lookup("UK")}
    assert "GBR" not in {m.entry.country_code for m in gaz.lookup("Uk")}  # a code only in capitals
    assert gaz.abbreviation("W. Va.").name == "West Virginia" and gaz.abbreviation("B.C.").country_code == "CAN"
    assert gaz.demonym("Pakistanis").country_code == "PAK"
    kinds = {(m.entry.kind, m.entry.country_code) for m in gaz.lookup("Georgia")}
    assert {("country", "GEO"), ("admin1", "USA")} <= kinds
    cities = [m.entry for m in gaz.lookup("Islamabad") if m.entry.kind == "city" and not m.alternate]
    assert [(e.country_code, e.capital) for e in cities] == [("PAK", True)]


@pytest.fixture(scope="module")
def extract(every_event_pipeline):
    import flashpoint

    def run_all(text: str) -> list:
        [record] = flashpoint.extract([{"id": "t", "text": text, "published": "2024-01-19"}], pipeline=every_event_pipeline)
        return record.events

    return run_all


def where(event) -> tuple | None:
    loc = event.location
    return loc and (loc.name, loc.precision, loc.basis)


def test_an_event_placed_in_a_country_takes_the_place_another_report_of_it_states(extract):
    # the same actor, type and day, in another paragraph, told with another target (so not joined
    # as one event): the province is carried, marked as such
    events = extract("On Tuesday, Iranian missiles struck two bases of Jaish al-Adl in Pakistan's southwestern province of "
                     "Balochistan.\nIran's strike on Pakistan on Tuesday drew a rapid riposte.")
    struck, strike = events
    assert where(struck) == ("Balochistan", "admin1", "trigger")
    assert where(strike) == ("Balochistan", "admin1", "context")
    assert strike.location.span == struck.location.span  # points to where the place is written
    # the actor unknown: the same day in the same paragraph
    events = extract("Pakistan said on 18 January it had carried out a strike against separatist militants inside Iran. "
                     "The targets were in Iran's southeastern Sistan and Baluchestan province, and were attacked on 18 January.")
    assert [where(e) for e in events] == [("Sistan and Baluchestan", "admin1", "context"),
                                          ("Sistan and Baluchestan", "admin1", "trigger")]


def test_no_place_is_carried_between_different_events_or_when_the_reports_disagree(extract):
    # two cities shelled the same day: the country sentence may sum up both
    events = extract("Russian forces shelled the city of Kharkiv on Monday.\nRussian forces also shelled Odesa on Monday.\n"
                     "On Monday, Russian forces shelled Ukraine.")
    assert [where(e) for e in events] == [("Kharkiv", "city", "trigger"), ("Odesa", "city", "trigger"),
                                          ("Ukraine", "country", "trigger")]
    # another actor: another event
    events = extract("On Monday, Russian forces shelled the city of Kharkiv.\nOn Monday, Belarusian forces shelled Ukraine.")
    assert [where(e) for e in events] == [("Kharkiv", "city", "trigger"), ("Ukraine", "country", "trigger")]
    # another day: another event
    events = extract("On Monday, Russian forces shelled the city of Kharkiv.\nOn Wednesday, Russian forces shelled Ukraine.")
    assert [where(e) for e in events] == [("Kharkiv", "city", "trigger"), ("Ukraine", "country", "trigger")]


def test_a_participles_locative_phrase_places_the_noun_it_describes(run):
    state = run("The strike hit militants based in Balochistan, and the army later arrested fighters hiding near Quetta.")
    hit = places.event_location(state, token(state, "hit"), [token(state, "militants")])
    assert hit is not None and (hit.name, hit.basis) == ("Balochistan", "trigger")  # through its object
    arrested = places.event_location(state, token(state, "arrested"), [token(state, "fighters")])
    assert arrested is not None and arrested.name == "Quetta"


def test_a_sentence_that_says_where_the_operation_was_places_its_events(extract):
    events = extract("The agency said the focal point of this operation was the region known as Kouh-Sabz in Balochistan, "
                     "and that two strongholds of the group in Pakistan were targeted by Iranian missiles.")
    [targeted] = [e for e in events if e.trigger.text == "targeted"]
    assert where(targeted) == ("Balochistan", "admin1", "context")
    # a statement about something else than an event places nothing
    events = extract("The weather in Balochistan was cold, and two strongholds of the group in Pakistan were targeted "
                     "by Iranian missiles.")
    [targeted] = [e for e in events if e.trigger.text == "targeted"]
    assert where(targeted) == ("Pakistan", "country", "trigger")


def test_adjectives_are_listed_with_their_basis_and_never_an_events_place(run):
    state = run("Russian troops and Syrian rebels clashed near the border as EU diplomats and European leaders met "
                "in Geneva. Moscow said it would respond.")
    by_text = {p.text: p for p in state.record.places}
    assert (by_text["Russian"].country_code, by_text["Russian"].feature, by_text["Russian"].basis) == ("RUS", "country", "adjective")
    assert (by_text["Syrian"].country_code, by_text["Syrian"].basis) == ("SYR", "adjective")
    for group in ("EU", "European"):  # a group name and an adjective of a continent
        assert (by_text[group].name, by_text[group].feature, by_text[group].basis) == ("Europe", "continent", "adjective")
    assert by_text["Geneva"].basis == "toponym" and by_text["Geneva"].country_code == "CHE"
    assert (by_text["Moscow"].basis, by_text["Moscow"].country_code) == ("capital-metonym", "RUS")
    # "Russian troops ... clashed": the troops' nationality is not where they clashed.
    assert places.event_location(state, token(state, "clashed"), [token(state, "troops")]) is None
    met = places.event_location(state, token(state, "met"), [token(state, "diplomats")])
    assert met is not None and met.name == "Geneva"


def test_a_country_that_acts_is_a_toponym_only_a_capital_is_a_metonym(run):
    state = run("Iran said on Tuesday that Islamabad had violated its airspace.")
    by_text = {p.text: p for p in state.record.places}
    assert by_text["Iran"].basis == "toponym"
    assert by_text["Islamabad"].basis == "capital-metonym" and by_text["Islamabad"].country_code == "PAK"


def test_an_adjective_that_begins_a_place_name_is_part_of_the_name(run):
    state = run("Wildfires spread across British Columbia while aid flew to the Dominican Republic. "
                "British firefighters and Dominican officials helped.")
    by_text = {p.text: p for p in state.record.places}
    assert (by_text["British Columbia"].feature, by_text["British Columbia"].country_code, by_text["British Columbia"].basis) == \
        ("admin1", "CAN", "toponym")
    assert (by_text["Dominican Republic"].country_code, by_text["Dominican Republic"].basis) == ("DOM", "toponym")
    assert (by_text["British"].country_code, by_text["British"].basis) == ("GBR", "adjective")
    assert (by_text["Dominican"].country_code, by_text["Dominican"].basis) == ("DOM", "adjective")


def test_a_state_abbreviated_with_two_dots_is_a_state_wherever_it_stands_but_after_a_year(run):
    state = run("Rep. Jane Doe, D-S.C., said the S.C. Highway Patrol had closed the road. The fort dates from 300 B.C. "
                "and draws visitors from Vancouver, B.C.")
    found = [(p.text, p.name, p.feature) for p in state.record.places if p.text in ("S.C.", "B.C.")]
    assert found == [("S.C.", "South Carolina", "admin1"), ("S.C.", "South Carolina", "admin1"),
                     ("B.C.", "British Columbia", "admin1")]  # not the era after "300"


def test_a_division_named_with_a_leading_type_word_is_not_its_bare_name(run):
    # "Columbia" is a city (South Carolina's capital, or another); the District of Columbia is named in full.
    [columbia] = mentions(run("The council of Columbia met on Monday to discuss the budget."), "Columbia")
    assert columbia.entry.kind == "city" and columbia.entry.name == "Columbia"
    state = run("Voters in the District of Columbia went to the polls.")
    [district] = mentions(state, "District of Columbia")
    assert (district.entry.kind, district.entry.geonameid) == ("admin1", 4138106)


def test_places_listed_together_are_of_one_kind_in_one_country(run):
    # An article about Alberta: its Queensland hamlet loses to the Australian state listed with two others.
    state = run("Alberta must court Asian markets, officials in Calgary, Edmonton, Red Deer and Lethbridge said. Alberta "
                "lags, as New South Wales, Western Australia and Queensland all court them. Alberta farmers agree.")
    [queensland] = mentions(state, "Queensland")
    assert (queensland.entry.kind, queensland.entry.country_code) == ("admin1", "AUS")
    assert {m.text for m in queensland.siblings} == {"New South Wales", "Western Australia"}


def test_a_legislators_party_and_state_name_the_state(run):
    state = run("Sen. Ann Roe, D-Pa., called the findings troubling; Rep. Tom Poe, R-Ga., agreed.")
    assert [(p.text, p.name) for p in state.record.places] == [("Pa.", "Pennsylvania"), ("Ga.", "Georgia")]


def test_a_state_listed_with_a_state_is_a_state(run):
    state = run("Doctors who back the Oregon and Washington laws on assisted dying spoke on Monday.")
    [oregon], [washington] = mentions(state, "Oregon"), mentions(state, "Washington")
    assert (oregon.entry.kind, washington.entry.kind, washington.entry.name) == ("admin1", "admin1", "Washington")


def test_a_name_with_the_is_no_town_but_a_name_modifying_a_noun_with_the_is(run):
    state = run("Ships crossed the Pacific and the Mediterranean. The London police and the Tehran government met "
                "in The Hague.")
    [pacific], [mediterranean] = mentions(state, "Pacific"), mentions(state, "Mediterranean")
    assert (pacific.entry.kind, pacific.entry.name) == ("region", "Pacific")  # not Pacific, Missouri
    assert mediterranean.entry.kind == "region" and 30 < mediterranean.entry.lat < 40
    assert mentions(state, "London")[0].entry.country_code == "GBR"
    assert mentions(state, "Tehran")[0].entry.country_code == "IRN"
    assert mentions(state, "The Hague")[0].entry.country_code == "NLD"
    # Without the article, the town: "Pacific, Missouri".
    town = mentions(run("Floods hit Pacific, Missouri, on Monday."), "Pacific")[0]
    assert (town.entry.kind, town.entry.admin1) == ("city", "Missouri")


def test_a_bare_name_is_the_most_prominent_place_unless_the_text_says_otherwise(run):
    state = run("Mexico said it would send troops to the border. Washington said it was concerned. "
                "Her family moved to Washington state last year.")
    mexico = mentions(state, "Mexico")[0]
    assert (mexico.entry.kind, mexico.entry.country_code) == ("country", "MEX")  # not Mexico City
    said, state_ = mentions(state, "Washington")
    assert said.role == places.ACTOR and said.entry.capital and said.basis == "capital-metonym"  # the US government
    assert (state_.entry.kind, state_.entry.name, state_.basis) == ("admin1", "Washington", "toponym")


def test_a_division_named_by_a_common_word_is_kept_only_in_a_document_about_its_country(run):
    # "the Gulf" of Middle East news is not Papua New Guinea's Gulf Province ...
    state = run("Iran seized a tanker in the Gulf as tensions rose with Saudi Arabia.")
    assert "Gulf" not in [p.text for p in state.record.places]
    # ... which a report from Papua New Guinea does name.
    state = run("Port Moresby and villages in Gulf were flooded, Papua New Guinea said.")
    assert [(p.name, p.country_code, p.feature) for p in state.record.places if p.text == "Gulf"] == [("Gulf", "PNG", "admin1")]


def test_regions_seas_and_peninsulas_the_press_names_are_not_the_towns_named_after_them(run):
    state = run("Tankers crossed the Strait of Hormuz while troops gathered in Sinai. Floods hit Siberia and Patagonia.")
    by_text = {p.text: p for p in state.record.places}
    assert by_text["Strait of Hormuz"].feature == "region"
    assert (by_text["Sinai"].feature, by_text["Sinai"].country_code) == ("region", "EGY")  # not Sinaí, Ecuador
    assert (by_text["Siberia"].feature, by_text["Siberia"].country_code) == ("region", "RUS")  # not a Mexican village
    assert by_text["Patagonia"].feature == "region" and by_text["Patagonia"].lat < -30  # not Patagonia, Arizona


def test_a_name_before_day_is_a_holiday_not_a_town(run):
    text = "The Independence Day parade drew crowds in Independence, Missouri."
    state = run(text)
    town = text.index("in Independence") + 3
    found = [(p.span, p.feature, p.admin1) for p in state.record.places if p.text == "Independence"]
    assert found == [((town, town + len("Independence")), "city", "Missouri")]  # the town after "in", not the holiday


def test_a_relative_clause_of_place_happens_at_the_noun_it_modifies(run):
    state = run("After the summit, the president travelled on to Cairo, where he met the Egyptian foreign minister. "
                "Rebels fled to a camp near Idlib, in which government forces arrested them.")
    met = places.event_location(state, token(state, "met"), [], addressed=True)
    assert met is not None and met.name == "Cairo" and met.country_code == "EGY"
    arrested = places.event_location(state, token(state, "arrested"), [token(state, "forces")])
    assert arrested is not None and arrested.name == "Idlib"


def test_a_meeting_is_where_its_sides_are_together_a_request_not_where_its_addressee_is(run):
    state = run("The minister met the Turkish foreign minister in Vancouver. The president urged the mayor in Aleppo to resign.")
    met = places.event_location(state, token(state, "met"), [], addressed=True, copresent=True)
    assert met is not None and met.name == "Vancouver"
    assert places.event_location(state, token(state, "urged"), [], addressed=True) is None


def test_a_place_inside_quoted_words_does_not_place_the_quoting_act(run):
    state = run("The president demanded “steps to destroy the terrorists [in Aleppo]”. "
                "The general said: “Our troops attacked the terrorists in Aleppo.”")
    assert places.event_location(state, token(state, "demanded"), [], addressed=True) is None
    attacked = places.event_location(state, token(state, "attacked"), [])
    assert attacked is not None and attacked.name == "Aleppo"


def test_a_country_adjective_on_a_part_of_the_country_places_the_event_there(run):
    """"the Syrian coast", "a Syrian village" name a part of Syria; "the Turkish border" has two sides. A
    phrase fronted before a verbal act is a circumstance, not its addressee ("On a visit to ...")."""
    state = run("On a visit to an airbase on the Syrian coast, the president embraced his ally. "
                "Jets struck a Syrian village near the Turkish border. Jets struck targets near the Turkish border.")
    embraced = places.event_location(state, token(state, "embraced"), [], addressed=True)
    assert embraced is not None and embraced.country_code == "SYR" and embraced.precision == "country"
    village = places.event_location(state, token(state, "struck"), [])
    assert village is not None and village.country_code == "SYR"
    assert places.event_location(state, token(state, "struck", 1), []) is None


@pytest.mark.parametrize("text, place", [
    # a participle said with the verb of saying, through the occasion it names
    ("Speaking after a meeting with the French president in Paris on Monday, the Turkish prime minister "
     "accused Greece of arming the rebels.", "Paris"),
    # a phrase of time naming the occasion
    ("The Turkish prime minister condemned Greece ahead of talks in Brussels with European leaders.", "Brussels"),
])
def test_a_statement_is_made_where_the_occasion_of_its_speaking_was(extract, text, place):
    [accused] = [e for e in extract(text) if e.event_type == "ACCUSE"]
    assert where(accused) == (place, "city", "trigger")


def test_a_perfect_participle_tells_an_earlier_occasion_not_the_place_of_the_statement(extract):
    events = extract("Having met the French president in Paris on Monday, the Turkish prime minister accused Greece of arming the rebels.")
    [accused] = [e for e in events if e.event_type == "ACCUSE"]
    assert accused.location is None or accused.location.name != "Paris"


def test_a_speakers_later_statements_are_made_where_the_report_last_put_them(extract):
    events = extract("Speaking after a meeting with the French president in Paris on Monday, Anders Lindqvist accused "
                     "Greece of arming the rebels. He also said he expected the EU to show goodwill towards Turkey.")
    [request] = [e for e in events if e.event_type == "REQUEST"]
    assert where(request) == ("Paris", "city", "discourse")


def test_a_country_named_as_the_actor_does_not_set_the_scene(extract):
    # "Russia" acts in the sentence before; the scene is still Idlib's country
    events = extract("Fighting raged around Idlib on Monday. Russia said it would end the offensive. "
                     "The Russian army has pulled back its ground forces.")
    [retreat] = [e for e in events if e.event_type == "RETREAT"]
    assert retreat.location is not None and retreat.location.country_code == "SYR" and retreat.location.basis == "discourse"


@pytest.mark.parametrize("middle", [
    "US officials say they want to stop Iran and reject Russia's policy.",  # object, owner
    "The UK government said Iran and Russia were to blame.",  # a word before a noun, subjects
    "Rebels clashed with Iranian and Russian forces and criticised Iran.",  # one acted on
    "The truce followed talks mediated by Washington and was welcomed by Moscow.",  # the doer of a passive
])
def test_a_country_named_as_a_party_anywhere_does_not_set_the_scene(extract, middle):
    # only a place name used as a place ("in Lebanon") says where the report is
    events = extract(f"Thousands of refugees have fled to camps in Lebanon. {middle} "
                     "The rebels shelled a government checkpoint on Tuesday.")
    [shelled] = [e for e in events if e.event_type == "ASSAULT" and e.trigger.text == "shelled"]
    assert (shelled.location.country_code, shelled.location.basis) == ("LBN", "discourse")


def test_a_country_named_as_a_place_sets_the_scene(extract):
    # the object of a preposition of place, a conjunct of one, a part of one
    for lead, country in [("Fighters came from Deir ez-Zor and also western Iraq.", "IRQ"),
                          ("Fighting raged in the north of Syria.", "SYR")]:
        events = extract(f"{lead} The rebels shelled a government checkpoint on Tuesday.")
        [shelled] = [e for e in events if e.event_type == "ASSAULT" and e.trigger.text == "shelled"]
        assert (shelled.location.country_code, shelled.location.basis) == (country, "discourse")


def test_a_definite_name_a_comma_ends_is_a_description_not_a_town(run):
    # "the Old City," ends its phrase (the sentence goes on after the comma): a description of a
    # part of the town the sentence names, not the one town called so in the gazetteer
    state = run("In Homs, where government forces have taken the Old City, rebel resistance has crumbled.")
    assert not [m for m in state.place_mentions if m.text == "Old City" and m.entry is not None]
    # a name whose comma is followed by its state, set off by a second comma, is still a name
    state = run("Officers of the Kansas City, Kan., police arrested two men.")
    assert any(m.entry is not None and m.entry.country_code == "USA" for m in mentions(state, "Kansas City"))


def test_a_where_clause_after_a_direction_is_placed_in_the_town_the_direction_follows(extract):
    events = extract("Turkish troops advanced in Iraq. In Afrin to the north, where Turkish troops have "
                     "besieged the Kurdish fighters, resistance has crumbled.")
    besieged = next(e for e in events if e.trigger.text == "besieged")
    assert besieged.location is not None and besieged.location.country_code == "SYR"
    assert besieged.location.text == "Afrin"


def test_the_of_phrase_of_an_acts_noun_is_where_it_fell(extract):
    # "the bombardment of Idlib" is placed as "bombed Idlib" is, and the place's state is the
    # recipient no one else is named for
    [event] = extract("Russia's bombardment of Idlib continued on Monday.")
    assert event.location is not None and event.location.text == "Idlib"
    assert (event.event_type, event.actor.name, event.recipient.name) == ("ASSAULT", "Russia", "Syria")
    # the "of" phrase of a statement is its topic, not its place
    condemned = next(e for e in extract("Turkey condemned the killing of civilians in Afrin.") if e.event_type == "ACCUSE")
    assert condemned.location is None or condemned.location.text != "Afrin"


@pytest.mark.parametrize("text, place, closes_after", [
    ("KABUL (AP) — Gunmen stormed a mosque.", "KABUL", "—"),
    ("KABUL, Afghanistan -- Gunmen stormed a mosque.", "KABUL", "--"),
    ("ISLAMABAD, Jan 18 (Reuters) - Pakistan struck militants in Iran.", "ISLAMABAD", "-"),
    ("TEHRAN: Iran summoned the envoy.", "TEHRAN", ":"),
    # a story filed from two cities
    ("NEW DELHI/ISLAMABAD - India struck nine sites.", "NEW DELHI/ISLAMABAD", "-"),
])
def test_a_datelines_place_and_end_are_read_by_its_shape(text, place, closes_after):
    import spacy
    from flashpoint.language.datelines import dateline_place

    tokenize = spacy.blank("en")  # the shape is read from the words alone, before the parse
    doc = tokenize(text)
    start, end, close = dateline_place(doc)
    assert doc[start:end].text == place and doc[close - 1].text == closes_after
    assert dateline_place(tokenize("Gunmen stormed a mosque in KABUL, police said.")) is None


def test_the_city_a_story_was_filed_from_does_not_act_in_its_first_sentence(extract):
    # the parse would make "KABUL" the subject of "stormed", a capital standing for its government
    for text in ("KABUL (AP) — Gunmen stormed a mosque in western Kabul on Tuesday.",
                 "KABUL, Afghanistan -- Gunmen stormed a mosque in western Kabul on Tuesday."):
        [event] = [e for e in extract(text) if e.trigger.text == "stormed"]
        assert event.actor is not None and event.actor.country is None and event.actor.text == "Gunmen", text
    # a place told with the act is where its unnamed targets were, and abroad they are its state's
    [strike] = extract("BEIRUT — Israeli warplanes struck targets in southern Lebanon on Wednesday.")
    assert (strike.actor.name, strike.recipient.name) == ("Israel", "Lebanon")
    # nor does either city of a story filed from two ("ISLAMABAD/TEHRAN —"), each a place of its own
    [strike] = extract("ISLAMABAD/TEHRAN — Pakistan carried out military strikes inside Iran’s Sistan and Baluchestan province on Thursday.")
    assert (strike.actor.name, strike.recipient.name) == ("Pakistan", "Iran")


def test_a_home_organ_no_words_name_serves_the_state_it_acts_in(coded):
    """Police, courts and parliaments act at home: "police detained him in Istanbul" is Turkish
    police, "policemen were killed in Diyarbakir" Turkish police killed; an army acts abroad
    too, so where it fires says nothing of whose it is."""
    [detained] = coded("Police detained the activist in Istanbul on Sunday.").events
    assert (detained.actor.code, detained.actor.name, detained.actor.text) == ("TURCOP", "Turkey", "Police")
    record = coded("Two policemen were killed in a bomb attack in Diyarbakir on Monday.")
    assert [e.recipient.code for e in record.events] == ["TURCOP"]
    assert any(a.code == "TURCOP" and "policemen" in a.aliases for a in record.actors)
    [shelled] = coded("Soldiers shelled the village of Jinderes near Afrin on Monday.").events
    assert shelled.actor.code == "MIL" and shelled.actor.country is None
    # nor does held or contested ground, or the seat of an international court, say whose they are
    for text in ("Police arrested two teenagers in East Jerusalem on Monday.", "Police detained the activist in Simferopol on Monday.",
                 "A court in The Hague sentenced the commander to life in prison."):
        events = coded(text).events
        assert events and all(e.actor.country is None for e in events), text


def test_the_authorities_who_arrest_are_the_states_where_they_arrest(coded):
    """A government acts on other states abroad, but arrests at home: "the authorities detained
    three journalists in Istanbul" are Turkey's; the same words condemning an attack there are not."""
    [detained] = [e for e in coded("The authorities detained three journalists in Istanbul on Monday.").events if e.event_type == "COERCE"]
    assert (detained.actor.code, detained.actor.name) == ("TURGOV", "Turkey")
    [condemned] = coded("The government condemned the attack in Istanbul on Monday.").events
    assert condemned.actor.country is None


def test_a_common_word_that_names_a_place_is_one_only_where_it_fits(pipeline):
    """"Free" is all of South Africa's "Free State" in some gazetteers and a word in every
    slogan: in a "Free Syria" flag it is no place; "Nice" among French cities is Nice."""
    from flashpoint import extract

    def places(text):
        record = next(iter(extract([{"id": "t", "text": text, "published": "2019-01-20"}], pipeline=pipeline)))
        return [(p.text, p.country_code) for p in record.places]

    assert places("Fans tried to unfurl a “Free Syria” flag inside the stadium on Monday.") == [("Syria", "SYR")]
    assert ("Nice", "FRA") in places("Protesters marched in Nice and Marseille on Saturday against the French strikes.")
    assert ("Free State", "ZAF") in places("The Free State premier visited Bloemfontein in South Africa.")


def test_where_an_attack_fell_is_read_from_the_target_phrase_it_names(extract):
    """"struck what it said were separatist hideouts in Sistan and Baluchestan province": the
    party named is Iran, and the phrase it is read from says where the strike fell."""
    [strike] = extract("Pakistan struck what it said were separatist hideouts in Iran’s Sistan and Baluchestan province on Thursday.")
    assert (strike.location.name, strike.location.basis) == ("Sistan and Baluchestan", "argument")
