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
    full = Pipeline(["sentences", "entities", "published", "actors", "dates", "events", Quotes(), Claims()], nlp=pipeline.nlp)

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
    full = Pipeline(["sentences", "entities", "published", "actors", "dates", "events", Quotes(), Claims()], nlp=pipeline.nlp)
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
    assert _speaker_of(reuters, "Iran considers the security") is not None
    assert _speaker_of(efsas, "We consider both Iran and Pakistan") == "Mao Ning" or "Mao Ning" in _speaker_of(efsas, "We consider both")
    assert _speaker_of(efsas, "In effect, the two sides are even now") == "Michael Kugelman"
    assert _speaker_of(efsas, "There is a Daesh group") == "Hossein Amir-Abdollahian"
    assert _speaker_of(efsas, "The story here is about Iran") == "Shashank Joshi"
    assert _speaker_of(efsas, "A weak caretaker government") == "Shuja Nawaz"
    assert _speaker_of(efsas, "After Afghanistan on the West") == "Kamran Bokhari"
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
