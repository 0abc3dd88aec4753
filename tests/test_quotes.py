"""Quotes, speakers and claims: each convention on sentences written for these tests, and the
direct quotations and casualty claims of the Iran-Pakistan pair."""

from __future__ import annotations

import json

import pytest

import flashpoint
from flashpoint import Pipeline
from flashpoint.stages.claims import Claims
from flashpoint.stages.quotes import Quotes, find_quote_marks

from .conftest import IRAN_PAKISTAN


@pytest.fixture(scope="module")
def run(pipeline):
    full = Pipeline(["sentences", "entities", "published", "actors", "dates", Quotes(), "events", Claims()], nlp=pipeline.nlp)

    def extract(text: str, source: str | None = "Daily Wire", published: str = "2024-01-19"):
        [record] = flashpoint.extract([{"id": "t", "text": text, "source": source, "published": published}], pipeline=full)
        return record

    return extract


def _direct(record):
    return [q for q in record.quotes if q.kind == "direct"]


def test_marks_every_convention():
    text = 'He said "straight quotes here" and “curly ones” and ‘single ones here’ but don’t split workers’ pay.'
    found = [text[r.start:r.end] for r in find_quote_marks(text)]
    assert found == ["straight quotes here", "curly ones", "single ones here"]


def test_multi_paragraph_quote_is_one():
    text = "“The first paragraph of the statement goes on here.\n“And the second paragraph ends it,” the minister said.\nNext."
    [raw] = find_quote_marks(text)
    assert len(raw.parts) == 2 and text[raw.parts[1][0]:raw.parts[1][1]].startswith("And the second")


def test_split_quote_around_cue_is_one_with_pronoun_speaker(run):
    record = run("Maria Lopez, a researcher at the Peace Institute, spoke on Monday.\n"
                 "“We saw the convoy burn,” she said, “and nobody came to help the drivers.”")
    [quote] = _direct(record)
    assert quote.text.startswith("We saw the convoy burn") and quote.text.endswith("help the drivers.")
    assert quote.speaker.name == "Maria Lopez" and quote.speaker.text == "she"
    assert quote.speaker.title == "researcher" and quote.speaker.organization == "Peace Institute"


def test_colon_and_dash_introduced(run):
    record = run("The army spokesman Ali Khan said: “The operation will continue until the border is secure.”\n"
                 "Tom Reed, director of the Border Project at Avon University, was blunt — “this war cannot be won by drones alone.”")
    quotes = _direct(record)
    assert [q.speaker.name for q in quotes] == ["Ali Khan", "Tom Reed"]
    assert quotes[1].speaker.title == "director of the Border Project" and quotes[1].speaker.organization == "Avon University"


def test_inverted_cue_and_definite_description(run):
    record = run("A senior security official told Reuters that the rebels had moved across the border.\n"
                 "“We will not allow any attack against our soldiers to go unanswered,” the official added.")
    [indirect] = [q for q in record.quotes if q.kind == "indirect"]
    assert indirect.cue == "told" and indirect.text.startswith("the rebels had moved")
    [direct] = _direct(record)
    assert direct.speaker.name == "senior security official" and direct.speaker.text == "the official"


def test_said_the_insider_and_according_to(run):
    record = run("An Iranian insider close to the clerics described the bombing as “an embarrassment for the leadership”.\n"
                 "“Such attacks will get a crushing response from the state,” said the insider.\n"
                 "The strike hit two camps, according to local police.")
    direct = _direct(record)
    assert direct[0].text == "an embarrassment for the leadership" and direct[0].cue == "described"
    assert all(q.speaker.name == "Iranian insider" for q in direct)
    according = [q for q in record.quotes if q.cue == "according to"]
    assert according and "police" in according[0].speaker.name


def test_indirect_verbs_and_surname(run):
    record = run("Gregory Brew, an analyst at Eurasia Group, said the strikes were a warning.\n"
                 "Brew claimed that the leadership had lost patience. The rebels denied any role in the attack.")
    indirect = [q for q in record.quotes if q.kind == "indirect"]
    by_cue = {q.cue: q for q in indirect}
    assert by_cue["said"].speaker.name == "Gregory Brew" and by_cue["said"].speaker.organization == "Eurasia Group"
    assert by_cue["claimed"].speaker.name == "Gregory Brew" and by_cue["claimed"].speaker.text == "Brew"
    assert "any role" in by_cue["denied"].text


def test_short_scare_quote_without_cue_is_dropped(run):
    record = run("The so-called “peace plan” was shelved in March.")
    assert record.quotes == []


def test_casualty_claims_words_and_digits_with_claimants(run):
    text = ("On Tuesday, Iranian missiles struck a village in Pakistan. Pakistan said two children were the only victims. "
            "Iran said there were 10 victims. Police arrested 25 people after the attack.\n"
            "A bomb killed nearly 100 people in Kerman on January 3.")
    record = run(text)
    claims = [(c.kind, c.value, c.claimant.name) for c in record.claims if c.kind != "denial"]
    assert ("fatalities", 2, "Pakistan") in claims
    assert ("fatalities", 10, "Iran") in claims
    assert ("arrested", 25, "Daily Wire") in claims  # no one named: the outlet itself
    assert ("fatalities", 100, "Daily Wire") in claims  # "nearly 100"
    strike = record.events[0]
    fatal = [c for c in record.claims if c.kind == "fatalities" and c.value in (2, 10)]
    assert [c.event_id for c in fatal] == [strike.id, strike.id]  # the preceding strike in the paragraph
    assert strike.fatalities == 6  # median of 2 and 10, one figure per claimant


def test_denial_linked_to_event(run):
    text = ("Pakistan's air force struck hideouts of the Baloch Liberation Front in Iran on Thursday.\n"
            "The BLF asserted that it does not have any hideouts in Iran.")
    record = run(text)
    [denial] = [c for c in record.claims if c.kind == "denial"]
    assert denial.claimant.name in ("BLF", "Baloch Liberation Front", "Balochistan Liberation Front")
    assert "does not have any hideouts" in denial.value
    assert denial.event_id == record.events[0].id


# --------------------------------------------------------------------------- the Iran-Pakistan pair


@pytest.fixture(scope="module")
def pair(pipeline):
    docs = [json.loads(line) for line in IRAN_PAKISTAN.read_text(encoding="utf-8").splitlines() if line.strip()]
    full = Pipeline(["sentences", "entities", "published", "actors", "dates", Quotes(), "events", Claims()], nlp=pipeline.nlp)
    return {r.doc_id.split("-")[0]: r for r in flashpoint.extract(docs, pipeline=full)}


def _speaker_of(record, start: str) -> str | None:
    for q in record.quotes:
        if q.kind == "direct" and q.text.startswith(start):
            return q.speaker.name if q.speaker else None
    raise AssertionError(f"no direct quote starting {start!r}")


def test_pair_direct_quotes_have_their_speakers(pair):
    reuters, efsas = pair["reuters"], pair["efsas"]
    # checked by reading ../shared/corpus/iran-pakistan-2024/*.txt
    assert _speaker_of(reuters, "There’s a lot of domestic pressure") == "Gregory Brew"  # "he said"
    assert _speaker_of(reuters, "Such terrorist attacks will get") == "Iranian insider"  # "the insider said"
    assert _speaker_of(reuters, "We have warned everyone") == "senior Iranian security official"  # "the official added"
    assert _speaker_of(reuters, "Diplomacy will be critical") == "Michael Kugelman"
    # "the foreign ministry in Tehran said": Iran's (not the "Iranian and Pakistani foreign ministries" named before)
    assert _speaker_of(reuters, "Iran considers the security") == "Iran"
    assert _speaker_of(efsas, "We consider both Iran and Pakistan") == "Mao Ning"
    assert _speaker_of(efsas, "In effect, the two sides are even now") == "Michael Kugelman"
    assert _speaker_of(efsas, "There is a Daesh group") == "Hossein Amir-Abdollahian"
    assert _speaker_of(efsas, "The story here is about Iran") == "Shashank Joshi"
    assert _speaker_of(efsas, "A weak caretaker government") == "Shuja Nawaz"
    assert _speaker_of(efsas, "After Afghanistan on the West") == "Kamran Bokhari"
    # "the spokesperson of India’s Ministry of External Affairs (MEA) ... said ... He added": a person, not the MEA
    assert _speaker_of(efsas, "We understand actions that countries take") == "spokesperson"
    assert _speaker_of(efsas, "This is a matter between Iran and Pakistan") == "spokesperson"
    # "He added that the US was now trying to understand ..., saying, “...”": the reporter's participle
    assert _speaker_of(efsas, "Where that goes") == "Joe Biden"
    assert _speaker_of(efsas, "Two key strongholds") == "Tasnim news agency"  # "Iran’s semi-official Tasnim news agency"
    mao = next(q for q in efsas.quotes if q.speaker and q.speaker.name == "Mao Ning")  # "Spokesperson Mao Ning": a title
    assert mao.speaker.title == "Spokesperson"
    brew = next(q for q in reuters.quotes if q.speaker and q.speaker.name == "Gregory Brew")
    assert (brew.speaker.title, brew.speaker.organization) == ("analyst", "Eurasia Group")
    kugelman = next(q for q in reuters.quotes if q.speaker and q.speaker.name == "Michael Kugelman")
    assert kugelman.speaker.title == "director of the South Asia Institute" and kugelman.speaker.organization == "Wilson Center"


def test_pair_every_long_direct_quote_has_a_speaker(pair):
    for record in pair.values():
        for q in record.quotes:
            if q.kind == "direct" and len(q.text.split()) >= 6:
                assert q.speaker is not None and q.speaker.name, (record.doc_id, q.text[:60])


def test_pair_casualty_claims(pair):
    efsas = pair["efsas"]
    claims = {(c.kind, c.value, c.claimant.name) for c in efsas.claims}
    assert ("fatalities", 2, "Pakistan") in claims  # "two children were the only victims"
    assert ("fatalities", 10, "Iran") in claims  # "10 people, who were not Iranian nationals"
    assert any(c.kind == "denial" and c.claimant.name == "BLF" and "hideouts" in c.value for c in efsas.claims)
    reuters = pair["reuters"]
    kerman = [c for c in reuters.claims if c.kind == "fatalities" and c.value == 100]
    assert kerman and kerman[0].event_id is not None


# --------------------------------------------------------------------------- rules added for PolNeAR recall and precision


def test_markup_attributes_are_not_quotes():
    text = '<tweet id="7479869" author="@realDonaldTrump" datetime="2016-06-29">The media makes everything up!</tweet>.'
    assert find_quote_marks(text) == []


def test_title_after_preposition_is_not_a_quote(run):
    record = run("Kasich told CNN on “State of the Union” that he would stay in the race until the convention.")
    assert not _direct(record)
    [indirect] = [q for q in record.quotes if q.kind == "indirect"]
    assert indirect.text.startswith("he would stay in the race")


def test_headline_and_transcript_colon_speech(run):
    record = run("Graham: Trump’s Hateful Rhetoric Is Destroying the Party’s Chances.\n"
                 "The senator spoke on Sunday.\n"
                 "PENCE: We will rebuild the military and we will secure the border.\n"
                 "The Latest: Cruz to give away engraved shotgun.\n"
                 "Ted Cruz: Constitutional conservative or career politician?")
    colon = [q for q in record.quotes if q.cue == ":"]
    assert [q.speaker.name for q in colon] == ["Graham", "PENCE"]
    assert colon[0].text == "Trump’s Hateful Rhetoric Is Destroying the Party’s Chances"
    assert colon[1].text.startswith("We will rebuild the military")


def test_speech_act_objects(run):
    record = run("Sanders criticized Clinton’s record on trade. Rubio called for a special prosecutor to investigate the emails.\n"
                 "Cruz called Trump a danger to the country. The governor talked about the wall at length.")
    by_cue = {q.cue: q for q in record.quotes}
    assert by_cue["criticized"].text == "Clinton’s record on trade" and by_cue["criticized"].speaker.name == "Sanders"
    assert by_cue["called"].speaker.name in ("Rubio", "Cruz")
    texts = {q.text for q in record.quotes}
    assert "a special prosecutor to investigate the emails" in texts
    assert "Trump a danger to the country" in texts
    assert "the wall" in texts


def test_noun_cue_with_that_clause(run):
    record = run("Khan repeated his claim that the election had been rigged by the army.")
    [quote] = [q for q in record.quotes if q.cue == "claim"]
    assert quote.text == "the election had been rigged by the army" and quote.speaker.name == "Khan"


def test_denials_only_for_own_involvement_or_denial_verbs(run):
    record = run("Pakistan's air force struck militant camps in Iran on Thursday.\n"
                 "Iran said the strikes did not hit any camps of the militants.\n"
                 "The Baloch Liberation Front said it was not involved in any attack.\n"
                 "The ministry rejected the report of civilian deaths.")
    denials = [c for c in record.claims if c.kind == "denial"]
    values = " | ".join(c.value for c in denials)
    assert "did not hit" not in values  # a negated claim about something else is no denial
    assert "was not involved" in values
    assert "the report of civilian deaths" in values


# --------------------------------------------------------------------------- conventions and rules added for issue 5


def test_doubled_apostrophes_are_double_quotes():
    text = "''The bridge will reopen in May,'' the engineer said. A crate of ''spare'' parts arrived."
    found = [text[r.start:r.end] for r in find_quote_marks(text)]
    assert found == ["The bridge will reopen in May,", "spare"]


def test_a_straight_mark_that_can_only_close_opens_nothing():
    text = 'The audit covered [his] accounts" and the "final report" came later.'
    assert [text[r.start:r.end] for r in find_quote_marks(text)] == ["final report"]


def test_quotes_around_a_cue_sentence_are_one_attribution(run):
    record = run("“The river rose overnight,” the mayor said. “We moved the families to the school.”\n"
                 "The council called the plan “reckless” and “expensive.”")
    first, second = _direct(record)
    assert first.text == "The river rose overnight, We moved the families to the school."
    assert first.speaker.text.endswith("mayor")
    assert second.text == "reckless expensive." and second.cue == "called"


def test_names_and_titles_in_quotation_marks_are_not_speech(run):
    record = run("The governor told NBC’s “Meet the Press” that the strike would end soon.\n"
                 "State Sen. Maria “Mimi” Alvarez opened the session.\n"
                 "He was selling “miracle” diet pills to pensioners on his “Health Hour” radio show.")
    assert not _direct(record)
    [indirect] = [q for q in record.quotes if q.cue == "told"]
    assert indirect.text == "the strike would end soon"


def test_parenthetical_cue_inside_the_clause(run):
    record = run("The new dam, the engineer said, would hold back the spring floods.")
    [quote] = record.quotes
    assert quote.kind == "indirect" and quote.text == "The new dam would hold back the spring floods"
    assert quote.speaker.text.endswith("engineer")


def test_complement_is_on_one_side_and_not_across_a_colon(run):
    record = run("Hoping to calm the markets, the minister told reporters that the currency would not be devalued.\n"
                 "The rebels will probably attack again, the analyst said: “They have nothing left to lose.”\n"
                 "He whispered the password before he left the room.")
    told = next(q for q in record.quotes if q.cue == "told")
    assert told.text == "the currency would not be devalued"
    said = [q for q in record.quotes if q.cue == "said"]
    assert [q.kind for q in said] == ["direct"] and said[0].text == "They have nothing left to lose."
    assert not any("left the room" in q.text for q in record.quotes)  # "before ..." is no complement


def test_a_content_ends_where_another_attribution_begins(run):
    record = run("The colonel said the convoy had turned back at the bridge, contradicting the ministry’s claim that it never left.\n"
                 "The mayor praised the volunteers, who had worked through the night.")
    said = next(q for q in record.quotes if q.cue == "said")
    assert said.text == "the convoy had turned back at the bridge"
    praised = next(q for q in record.quotes if q.cue == "praised")
    assert praised.text == "the volunteers"  # the description of a noun-phrase content is the writer's


def test_generic_you_and_dummy_it_are_no_sources(run):
    record = run("Do you know where the ballots are kept?\nIt is hard to know how the court will rule.")
    assert record.quotes == []


def test_cues_of_agreement_decision_demand_and_likening(run):
    record = run("The unions agreed that the talks should resume in June. The board decided to close the plant.\n"
                 "Residents are demanding that the city repair the levee. The senator likened the tax to a penalty on work.\n"
                 "The mayor called on the governor to send troops. The minister pointed to the rising prices.\n"
                 "The judge described the delay as unacceptable.")
    by_cue = {q.cue: q.text for q in record.quotes}
    assert by_cue["agreed"] == "the talks should resume in June"
    assert by_cue["decided"] == "to close the plant"
    assert by_cue["demanding"] == "the city repair the levee"
    assert by_cue["likened"] == "the tax to a penalty on work"
    assert by_cue["called"] == "the governor to send troops"
    assert by_cue["pointed"] == "the rising prices"
    assert by_cue["described"] == "the delay as unacceptable"


def test_parser_slips_a_stranded_name_and_an_adverbial_report(run):
    record = run("In a long interview with the editors of the Daily Courier Okafor said that the port would be sold.\n"
                 "Okafor said after the vote he would not resign.")
    texts = {q.text: q for q in record.quotes}
    assert texts["the port would be sold"].speaker.name.endswith("Okafor")
    assert any(t.endswith("he would not resign") for t in texts)


def test_a_content_around_its_cue_is_two_pieces(run):
    record = run("Rescuers reached a village that the governor described as “completely cut off.”")
    described = [q for q in record.quotes if q.cue == "described" and q.kind == "indirect"]
    assert described and described[0].text.startswith("that") and "completely cut off" in described[0].text


def test_partial_quote_inside_a_reported_clause_gives_both(run):
    record = run("The inspector said there were “serious gaps” in the safety checks at the plant last year.")
    kinds = {q.kind: q.text for q in record.quotes}
    assert kinds["direct"] == "serious gaps"
    assert kinds["indirect"].startswith("there were") and kinds["indirect"].endswith("last year")


def test_headline_label_with_a_name_in_it_is_no_speaker(run):
    record = run("Flood Over Budget: City Engineers Were Warned Twice.\nThe city spent the money anyway.")
    assert not [q for q in record.quotes if q.cue == ":"]


def test_quote_signed_with_a_dash_and_a_name(run):
    record = run("Readers wrote in after the debate.\n"
                 "“The candidates never once talked about the price of bread.” ― Amara Osei\n"
                 "“I will vote, but without any enthusiasm at all.” — Tomás Rivera")
    assert [(q.speaker.name, q.cue) for q in _direct(record)] == [("Amara Osei", "―"), ("Tomás Rivera", "—")]


def test_relative_pronoun_names_the_speaker_through_its_noun(run):
    record = run("The council thanked Ines Moreau, who said the shelter would open on Friday.")
    [said] = [q for q in record.quotes if q.cue == "said"]
    assert said.speaker.name == "Ines Moreau" and said.speaker.text == "who"


def test_transcript_quoted_whole(run):
    record = run('The exchange went on.\n"MODERATOR: Will you accept the result of the election on Tuesday night?')
    [quote] = _direct(record)
    assert quote.speaker.name == "MODERATOR"


def test_a_title_is_not_joined_to_the_quote_after_its_cue(run):
    record = run("She closed with the ballad “Stand By Your Neighbor,” she added the words, “Vote on Tuesday.”\n"
                 "In his 2010 memoir, “Roads to Nowhere,” the former mayor described the budget as a disaster.")
    assert [q.text for q in _direct(record)] == ["Vote on Tuesday."]


def test_according_to_after_coordinated_clauses_covers_them_all(run):
    record = run("The dam was built in 1961 and it was last inspected in 2009, according to state records.")
    [quote] = [q for q in record.quotes if q.cue == "according to"]
    assert quote.text == "The dam was built in 1961 and it was last inspected in 2009"
    assert quote.speaker.name.endswith("records")


def test_accusation_with_its_charge(run):
    record = run("The opposition accused the minister of hiding the audit from parliament.")
    [quote] = record.quotes
    assert quote.cue == "accused" and quote.text == "the minister of hiding the audit from parliament"
    assert quote.speaker.name.endswith("opposition")


def test_curly_quote_inside_a_straight_one():
    text = 'The report read: "The crowd chanted “Four more years!” as he walked in." Then it ended.'
    [raw] = find_quote_marks(text)
    assert text[raw.start:raw.end] == "The crowd chanted “Four more years!” as he walked in."


def test_an_intention_ends_before_the_writers_addition(run):
    record = run("The governor wants to hire two thousand teachers, focusing on rural districts.")
    [quote] = record.quotes
    assert quote.cue == "wants" and quote.text == "to hire two thousand teachers"


# PolNeAR's boundaries of a content (guidelines: "be conservative, only include what is clearly attributed")


def _cued(record, cue):
    return [q for q in record.quotes if q.cue == cue]


# PolNeAR's content boundaries and cue senses, one sentence each: where the content of the
# one attribution with this cue begins and ends.
@pytest.mark.parametrize("text, cue, content", [
    pytest.param("The officials said the delay was not deliberate; they only heard on Monday of the problem and quickly reported it.",
                 "said", "the delay was not deliberate", id="a_content_ends_at_a_semicolon"),
    pytest.param("The coach said the players never saw the ball until it was too late, the replay showed.",
                 "said", "the players never saw the ball until it was too late", id="a_content_ends_before_a_cue_set_at_its_end"),
    pytest.param("The coach refuses to discuss possible starters, aside from saying he wants a faster team.",
                 "refuses", "to discuss possible starters", id="an_aside_holding_its_own_cue_is_left_out"),
    pytest.param("The report offers a long list of reasons why the plan must fail - which it often does, according to Mr. Hale.",
                 "according to", "which it often does", id="according_to_vouches_for_the_part_after_a_dash"),
    pytest.param("The candidate keeps saying she opposed the war, when there are recordings of her praising it.",
                 "saying", "she opposed the war", id="a_relative_of_time_after_a_comma_is_the_writers"),
    pytest.param("The latest launch, the navy said, was its longest yet, although it may take weeks to confirm it.\n\nOther news.",
                 "said", "The latest launch was its longest yet", id="a_parenthetical_content_ends_before_the_writers_concession_at_a_paragraph_end"),
    pytest.param("The agency urged local clerks to update their software after hackers breached two county systems.",
                 "urged", "local clerks to update their software", id="a_request_ends_before_a_clause_of_time_or_cause"),
])
def test_where_a_content_ends(run, text, cue, content):
    [quote] = _cued(run(text), cue)
    assert quote.text == content


def test_the_writers_comment_after_a_comma_is_left_out(run):
    record = run("The mayor said she would not meet Mr. Ortega, the former police chief.\n"
                 "The agency said the harvest was its largest in a decade, although prices may fall later.\n"
                 "The firm said it would keep hiring, while reducing its costs.")
    assert _cued(record, "said")[0].text == "she would not meet Mr. Ortega"  # apposition to a name
    assert _cued(record, "said")[1].text == "the harvest was its largest in a decade"  # concession
    assert _cued(record, "said")[2].text == "it would keep hiring, while reducing its costs"  # a manner stays


def test_a_coordinated_request_is_an_attribution_of_its_own(run):
    record = run("The minister wrote that the plan was fair and encouraged farmers to apply early.")
    [wrote] = _cued(record, "wrote")
    assert wrote.text == "the plan was fair"
    [encouraged] = _cued(record, "encouraged")  # the reporter's act: the minister's, not the plan's
    assert encouraged.text == "farmers to apply early" and encouraged.speaker.text == "minister"


def test_a_finite_verb_after_an_infinitive_content_is_not_part_of_it(run):
    record = run("The outgoing governor leaves a raft of new water rules that promise to transform the farm economy but are likely "
                 "to draw continuing fire from growers.")
    [promise] = _cued(record, "promise")
    assert promise.text == "to transform the farm economy"


# what is no attribution, after PolNeAR's guidelines


def test_stances_take_no_as_predicate_and_a_second_object_is_a_gloss(run):
    record = run("The conflict drags on, with Russia backing the government as the United States and France support some opposition groups.")
    assert [q.text for q in _cued(record, "backing")] == ["the government"]


def test_person_objects_of_questioning_and_echoing_are_no_content(run):
    record = run("Investigators questioned the two witnesses for hours. The network echoed Mr. Lukas on the matter.")
    assert _cued(record, "questioned") == [] and _cued(record, "echoed") == []


def test_a_bare_noun_of_the_act_is_no_content(run):
    record = run("The senator later defended the remark. The company announced plans on Monday.")
    assert _cued(record, "defended") == [] and _cued(record, "announced") == []


def test_a_participle_or_an_infinitive_does_not_make_its_noun_the_speaker(run):
    record = run("The mayor spoke to residents invited to attend the meeting. Banks need a simpler way to report losses.")
    assert _cued(record, "invited") == [] and _cued(record, "report") == []


def test_imposed_acts_idioms_and_feelings_are_no_attributions(run):
    record = run("The new law requires lobbyists to disclose their clients.\n"
                 "It goes without saying that the vote matters.\n"
                 "The coach will find it hard to defend the result.\n"
                 "Many fans feel cheated after the referee ended the match early.\n"
                 "The players show signs of fatigue.")
    assert record.quotes == []


def test_a_subordinate_cue_takes_nothing_before_it(run):
    record = run("The nominee continues to insist, most recently in an interview with CBS, that he really wants to release the files but can't.")
    assert [q.text for q in _cued(record, "wants")] == ["to release the files"]


def test_the_rest_of_a_broken_relative_is_no_content(run):
    record = run("Everything the governor says is a lie.")
    assert _cued(record, "says") == []


def test_a_parenthetical_cue_does_not_reach_across_a_colon(run):
    record = run("We have been here before: Saddam Hussein declared war on Iran.")
    assert not any(q.text == "We have been here before" for q in record.quotes)


@pytest.mark.parametrize("text", [
    pytest.param("CLARIFICATION: An earlier version misstated the date of the hearing.", id="an_editors_clarification_is_no_colon_speech"),
    pytest.param("The proposal has become known as the “Smith clause” in the capital.", id="a_name_after_known_as_is_no_quote"),
    pytest.param("The paper sent its reporter into “a small flat in northern Leeds on a wet night” to watch the debate.",
                 id="an_uncued_verbless_phrase_in_the_writers_clause_is_borrowed"),
    pytest.param("She spent years learning how to want a quiet life again.", id="how_to_with_a_cue_is_a_skill_not_an_attitude"),
    pytest.param("Let's focus on understanding exactly how companies keep their money offshore.", id="the_us_of_lets_is_no_source"),
])
def test_no_attribution(run, text):
    assert run(text).quotes == []


def test_a_time_clause_after_a_quote_is_the_writers(run):
    record = run("The video concludes with footage of the governor saying during the debate last week, “That makes me careful,” "
                 "when her opponent blasted her for not paying state tax.")
    assert record.quotes and all("when her opponent" not in q.text for q in record.quotes)


def test_according_to_a_measure_or_a_plan_is_no_source(run):
    record = run("The patient is six feet tall and weighs 260 pounds, which classifies him as obese according to his body mass index.\n"
                 "The vote went ahead according to plan, and the count was over by noon.\n"
                 "The count was over by noon, according to the election board.")
    assert [(q.cue, q.text) for q in record.quotes] == [("according to", "The count was over by noon")]


# session 4: content boundaries and cues after PolNeAR's development errors, each on our own sentences


def _contents(record, cue):
    return [q.text for q in _cued(record, cue)]


def test_a_content_goes_around_the_cues_time_words(run):
    record = run("As the weekly called the plan in an editorial last month, a costly mistake.")
    [called] = _cued(record, "called")
    assert "editorial" not in called.text and called.text.startswith("the plan") and called.text.endswith("a costly mistake")


def test_a_quoted_predicate_ends_before_the_time_of_the_act(run):
    record = run("The senator denounced the deal as a “betrayal” Tuesday on a radio show.\n"
                 "The union called the owner a “champion” for its members.")
    assert "the deal as a “betrayal”" in _contents(record, "denounced")
    assert "the owner a “champion” for its members" in _contents(record, "called")  # a phrase of the predicate's own stays


def test_no_adverbial_content_beside_an_object(run):
    record = run("That was what the minister said when she resigned from the cabinet last year.")
    assert not any("resigned" in q.text for q in record.quotes)


def test_a_coordinated_clause_with_its_own_subject_and_cue_is_another_attribution(run):
    record = run("Officials said they were confident the border was secure and critics accused the army of hiding its losses.")
    assert _contents(record, "said") == ["they were confident the border was secure"]
    [accused] = _cued(record, "accused")
    assert accused.text == "the army of hiding its losses" and accused.speaker.text == "critics"


def test_a_past_which_clause_beside_a_present_content_is_the_writers(run):
    record = run("Mr. Diaz said he expects the talks to resume after a long pause over the budget, which delayed the signing by a month.\n"
                 "The board said the rules would cover carried interest, which benefits many fund managers.")
    assert _contents(record, "said")[0] == "he expects the talks to resume after a long pause over the budget"
    assert _contents(record, "said")[1].endswith("which benefits many fund managers")  # not in the past: it stays


def test_a_frame_of_its_own_before_a_cue_is_not_its_content(run):
    record = run("Ministers condemn missile launch; allies vow a response.")
    assert not any(q.cue == "vow" and "condemn" in q.text for q in record.quotes)


def test_headings_in_capitals_and_datelines_are_no_sources(run):
    record = run("EVEN THE OWNER THINKS THE COACH IS DONE — The club's chairman hinted as much in a memo.")
    assert not any(q.cue == "THINKS" for q in record.quotes) and not any("chairman hinted" in q.text for q in record.quotes)
    record = run("WASHINGTON -- President Obama, opening the museum on Saturday, said it would tell an American story.")
    [said] = _cued(record, "said")
    assert said.text == "it would tell an American story" and said.speaker.text == "President Obama"


def test_says_something_about_reveals_nothing_said(run):
    record = run("That two veteran hosts would join the network says something about the state of cable news.")
    assert _cued(record, "says") == []


def test_questioning_some_of_the_witnesses_is_no_content(run):
    record = run("Republicans have been trying to question several of those protected witnesses.")
    assert _cued(record, "question") == []


def test_a_gerund_object_ends_at_a_dash(run):
    record = run("On Monday, Ms. Ruiz thanked the senator for backing her top priority - delaying the sale of the port.")
    assert _contents(record, "backing") == ["her top priority"]


def test_a_modal_after_an_infinitive_content_starts_the_main_clause(run):
    record = run("One of the reasons that the mayor refuses to release the audit may be that it would show large losses.")
    [refuses] = _cued(record, "refuses")
    assert refuses.text.endswith("to release the audit")  # (after the relative pronoun, a piece of its own)


def test_a_straight_mark_heading_an_excerpt_in_a_curly_text_is_no_quote():
    text = ("The paper’s reporter wrote about the “quiet street” and the “old mill”.\n\n"
            "\"The guard had seen him at the gate, “nervous and shaking.” He left at noon.\n\n"
            "The mayor called it “a sad day”.")
    found = [text[r.start:r.end] for r in find_quote_marks(text)]
    assert "nervous and shaking." in found and not any(f.startswith("The guard") for f in found)


def test_a_cue_with_its_own_quote_is_no_cue_for_an_earlier_one(run):
    record = run("The draft dropped a pledge of “full and lasting military support” and replaced it with language calling for “appropriate help.”")
    assert [q.text for q in _direct(record) if q.cue == "calling"] == ["appropriate help."]


def test_verbs_of_writing_words_down_are_cues(run):
    record = run("On her discharge form, a nurse had typed “unfit for duty.”")
    [quote] = _direct(record)
    assert quote.cue == "typed" and quote.speaker.text == "nurse"


def test_a_participle_opened_by_the_writers_reading_is_left_out(run):
    record = run("The president told voters he would take it as a personal slight if they stayed home, implicitly staking his name on the result.")
    assert _contents(record, "told") == ["he would take it as a personal slight if they stayed home"]


def test_speakers_a_role_with_an_organisations_short_form_a_reporters_participle_and_a_named_body(run):
    record = run("The spokesman of Kenya’s Ministry of Defence (MoD), however, said, “The border is calm tonight.” "
                 "He added, “We will keep our troops in their barracks for now.”\n"
                 "President Jane Moss met the envoys. She added that the army was now trying to understand how the clash began, "
                 "saying, “We do not know who fired first on that ridge.”\n"
                 "Kenya’s state-run Taifa news agency said the “border post was overrun by dozens of armed men” on Sunday.")
    direct = _direct(record)
    assert [q.speaker.name for q in direct[:2]] == ["spokesman", "spokesman"]
    assert direct[1].speaker.organization == "Kenya’s Ministry of Defence" and direct[1].speaker.text == "He"
    assert next(q for q in direct if q.text.startswith("We do not know")).speaker.name == "Jane Moss"
    assert next(q for q in direct if q.text.startswith("border post")).speaker.name == "Taifa news agency"


def test_the_grounds_of_a_judgement_and_an_infinitive_series_are_content(run):
    record = run("The governor criticized the mayor for not releasing the audit.\n"
                 "She wants to double the size of the park, plant more trees and open a new library.")
    assert _contents(record, "criticized") == ["the mayor for not releasing the audit"]
    assert _contents(record, "wants") == ["to double the size of the park, plant more trees and open a new library"]


def test_titles_end_before_a_relative_keep_names_whole_and_leave_out_forms_of_address(run):
    record = run("“The siege is over,” said Amal Haddad, a senior fellow of a research group that has tracked the war.\n"
                 "“The camps are full,” said Omar Kassem, the director of the Centre for the Study of Displacement at Avon University.\n"
                 "Mr Kassem believes the camps will stay open for years.")
    haddad, kassem = _direct(record)[:2]
    assert haddad.speaker.name == "Amal Haddad" and haddad.speaker.title == "senior fellow of a research group"
    assert (kassem.speaker.title, kassem.speaker.organization) == ("director of the Centre for the Study of Displacement", "Avon University")
    [believes] = _cued(record, "believes")
    assert believes.speaker.name == "Omar Kassem" and believes.speaker.title != "Mr"


def test_a_cue_clause_the_splitter_set_apart_names_the_speaker(run):
    # "... the harbour.” he said." / "... again?” Okafor asked the crowd.": the cue clause after a
    # quote that ends with its own stop is split off as a sentence, but it still gives the speaker
    record = run("Daniel Okafor, the mayor of Port Elin, visited the docks on Friday.\n"
                 "The ferries “must be back in the harbour before the storm arrives.” he said.\n"
                 "“Who will pay for the broken piers this time around?” Okafor asked the crowd.")
    quotes = _direct(record)
    assert [q.speaker.name for q in quotes] == ["Daniel Okafor", "Daniel Okafor"]


def test_a_sentence_that_reports_a_speaker_gives_the_quote_after_it(run):
    # the writer names who spoke and what about, then gives the words: the quote with no cue of
    # its own is the subject's of the verb of saying in the sentence before
    record = run("Helen Marsh, who chairs the relief committee, told reporters the camp was full. "
                 "“We have no more tents and the winter is coming early this year.”")
    [quote] = _direct(record)
    assert quote.speaker.name == "Helen Marsh"


def test_a_clause_that_says_something_of_its_own_is_no_cue_clause_for_the_quote_before(run):
    # "... said the opposite." reports its own content: the quote before it keeps its speaker
    record = run("“The checkpoints have kept us safe,” said Omar Haddad, a shopkeeper. "
                 "“But the curfew has ruined trade in the old market.” A teacher from the same street said the opposite. "
                 "“Nobody here feels safe after dark any more, not even the police.”")
    quotes = _direct(record)
    assert quotes[0].speaker.name == "Omar Haddad" and "curfew" in quotes[0].text
    assert quotes[-1].speaker.text.lower().endswith("teacher") and "Nobody" in quotes[-1].text


def test_a_pronoun_continues_a_name_in_apposition_to_a_subject_or_the_agent_of_a_passive(run):
    # "The agency's director, Lena Brandt, is ...": the named apposition is who the subject is;
    # "was echoed by Petrov": the agent of a passive is who acts
    record = run("Oskar Lind said the talks would resume. The agency’s director, Lena Brandt, is determined to keep the clinics open. "
                 "She said: “We will not leave the families of this valley without doctors.”\n"
                 "Paul Vance, the transport minister, said the bridge would reopen. His promise was echoed by Ivan Petrov. "
                 "“The engineers have done remarkable work on the eastern span,” he said.")
    quotes = _direct(record)
    assert [q.speaker.name for q in quotes] == ["Lena Brandt", "Ivan Petrov"]


def test_a_pronoun_continues_the_main_clause_subject_not_one_inside_it(run):
    # the subject of the main clause is the salient one; "Nadia Rahimi" is inside what was said
    record = run("Victor Hale met the ministers on Monday. Hale also insisted that Norway did not believe the plan could work while "
                 "President Carlos Mendes remained in office. “The council has failed the people of this province for ten years,” he said.")
    [quote] = _direct(record)
    assert quote.speaker.name == "Victor Hale"


def test_a_surname_the_recogniser_takes_for_an_organisation_is_the_person_the_dictionary_knows(pipeline):
    # the recogniser tags a bare surname as an organisation now and then; the actor dictionary,
    # which knows the person, decides whether a later "he" can be them
    from spacy.tokens import Span

    from flashpoint.ingest import Document

    text = ("Angela Ruiz spoke first. Then Erdogan has been signalling his intention to leave. "
            "“We will be coming out of the talks very soon,” he said.")
    doc = pipeline.nlp(text)
    k = text.index("Erdogan")
    ents = [e for e in doc.ents if e.end <= doc.char_span(k, k + 7).start or e.start >= doc.char_span(k, k + 7).end]
    doc.ents = ents + [Span(doc, doc.char_span(k, k + 7).start, doc.char_span(k, k + 7).end, label="ORG")]
    stages = Pipeline(["sentences", "entities", "published", "actors", Quotes()], nlp=pipeline.nlp)
    state = stages.run_stages(Document.build(text, id="t", published="2024-01-19"), doc)
    [quote] = [q for q in state.record.quotes if q.kind == "direct"]
    assert quote.speaker.name == "Erdogan"


def test_a_cue_after_its_quote_left_without_a_subject_takes_the_name_beside_it(run, pipeline):
    # the parser takes the name after an inverted verb for its object ...
    record = run("Analysts fear it could be “Iraq all over again”. Walsh “will lose the peace by withdrawing” tweeted "
                 "retired US army general Peter Walsh.")
    assert _direct(record)[-1].speaker.name == "Peter Walsh"
    # ... or hangs the name between the quote and the verb on the quote (as it did on "“...,” Shiraz
    # Maher, director at ..., said on Twitter"): either is who spoke
    from spacy.tokens import Doc

    from flashpoint.stages.quotes.direct import _subject_after_quote

    words = ["“", "Donors", "need", "a", "plan", ",", "”", "Rosa", "Delgado", ",", "director", "at", "CRS", ",", "said", "."]
    heads = [2, 2, 14, 4, 2, 2, 2, 8, 2, 8, 8, 10, 11, 2, 14, 14]
    deps = ["punct", "nsubj", "ccomp", "det", "dobj", "punct", "punct", "compound", "npadvmod", "punct", "appos", "prep", "pobj",
            "punct", "ROOT", "punct"]
    pos = ["PUNCT", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "PROPN", "PUNCT",
           "VERB", "PUNCT"]
    doc = Doc(pipeline.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _subject_after_quote(doc, doc[14], doc[0:7]).text == "Delgado"


def test_the_subject_of_a_passive_is_the_speaker_of_the_infinitive_under_it(run):
    # "she is reported to have declared": the reporting verb raises the speaker to its own subject
    record = run("Mara Quist met the envoy five days earlier. During the heated call, she is reported to have declared: "
                 "“Fine, the valley is all yours now. We are done here.”")
    [quote] = _direct(record)
    assert quote.speaker.name == "Mara Quist"


def test_a_text_in_a_named_outlet_speaks_for_its_publisher(run):
    # "an editorial in the daily Morning Star": the outlet is the speaker's organisation
    record = run("Hence, to use the words of an editorial in the Karachi daily Morning Star, now “the two neighbours "
                 "stand at a very delicate juncture”.")
    [quote] = _direct(record)
    assert quote.speaker.organization == "Morning Star"


def test_a_persons_possessive_before_a_quote_names_its_speaker(run):
    # "Milton’s “...”": the words are the poet's; a short title in title case stays a title
    record = run("Migration involves suffering on every side. Britain still has John Milton’s “sea that guards the island "
                 "better than any wall could ever do”, where a few boats suffice.")
    [quote] = _direct(record)
    assert quote.speaker.name == "John Milton"


def test_a_speaker_without_a_stated_organisation_takes_the_one_the_actors_stage_found(run):
    # the office in apposition ties her to the charity; the quote says who she speaks for
    record = run("Priya Raman, director of the charity Lifeline Aid, said: “We will not leave these families behind.”")
    [quote] = _direct(record)
    assert (quote.speaker.name, quote.speaker.organization) == ("Priya Raman", "Lifeline Aid")
