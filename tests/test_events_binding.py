"""Binding preferences of pronouns (stages/events/binding.py): a possessive in an embedded
clause looks first to the subject of its own clause when that subject agrees with it, then
outward; a subject pronoun of a coordinated or adverbial clause continues the subject of the
clause it attaches to; an object pronoun is never the understood subject of its own clause.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from .conftest import event_codes


@pytest.mark.parametrize("text, expected, wrong", [
    # said: the offensive and the bombardment are Israel's, the subject of the reported clause,
    # not the speaker's
    ("The Egyptian foreign minister said on Monday that Israel must halt its offensive in Gaza.",
     ("ASSAULT", "ISR", "PSE", "occurred"), "EGY"),
    ("Jordan said on Tuesday that Israel must end its bombardment of Gaza.", ("ASSAULT", "ISR", "PSE", "occurred"), "JOR"),
    # "his" agrees with a person: Erdogan's promise, not the Iranian minister's (made before the
    # breaking: background, refusals.broken_commitment)
    ("The Iranian foreign minister said Erdogan had broken his promise to Tehran.", ("AGREE", "TURGOV", None, "historical"), "IRN"),
    # warned + "their": the Houthis' attacks
    ("The Saudi minister warned that the Houthis would pay for their attacks on Jeddah.", ("ASSAULT", "YEMREB", "SAU", "occurred"), "SAUGOV"),
    # a relative pronoun subject stands for the noun its clause modifies: al-Shabaab's fighters
    ("Kenya condemned al-Shabaab, which said its fighters had stormed the base.", ("ASSAULT", "SOMREB", "KEN", "occurred"), "KEN"),
])
def test_a_possessive_refers_to_the_subject_of_its_own_clause(coded, text, expected, wrong):
    codes = event_codes(coded(text))
    assert expected in codes
    assert not [c for c in codes if c[0] == expected[0] and wrong and (c[1] or "").startswith(wrong)]


@pytest.mark.parametrize("text, expected", [
    # one does not attack or violate what is one's own: the possessor is outside the clause
    # (the headquarters are Hamas's: the group they belong to, not the state of where they are)
    ("Hamas said Israel had raided its headquarters in Gaza.", ("ASSAULT", "ISR", "PSEREB", "occurred")),
    ("Turkey accused Greece of violating its airspace.", ("REJECT", "GRC", "TUR", "claimed")),  # (alleged)
    # urged + object control: "to withdraw" is Russia's, and so are the troops
    ("The French president urged Russia to withdraw its troops from Ukraine.", ("RETREAT", "RUS", "UKR", "hypothetical")),
    # demanded: the militias' attacks
    ("The Arab League demanded that the militias end their attacks on Kirkuk.", ("ASSAULT", "UAF", None, "occurred")),
])
def test_a_possessive_in_what_a_hostile_act_aims_at_looks_outward(coded, text, expected):
    assert expected in event_codes(coded(text))


def test_a_subject_pronoun_continues_the_subject_of_the_clause_it_attaches_to(coded):
    # coordinated: "it" is Hezbollah, not Israel, the nearer name inside the first clause
    codes = event_codes(coded("Hezbollah has rebuilt its positions along the border with Israel, and it fired rockets on Sunday."))
    assert ("ASSAULT", "LBNREB", None, "occurred") in codes and not [c for c in codes if c[1] == "ISR"]
    # adverbial ("although"): Germany criticised, not the US named in its object
    codes = event_codes(coded("Germany supports the sanctions imposed by the US, although it criticised Israel's strikes."))
    assert ("ACCUSE", "DEU", "ISR", "occurred") in codes and not [c for c in codes if c[0] == "ACCUSE" and c[1] == "USA"]
    # a clause of time or cause does not: Hamas fired, not Israel
    codes = event_codes(coded("Israel struck Hamas positions after it fired rockets at Sderot."))
    assert ("ASSAULT", "ISR", "PSEREB", "occurred") in codes and not [c for c in codes if c[0] == "ASSAULT" and c[1] == c[2]]


def test_a_repeated_subject_pronoun_no_one_is_named_for_stays_unknown(coded):
    # the second "they" is whoever the first is; neither says who, so the school the first
    # clause names does not become the one who attacks the market
    codes = event_codes(coded("A farmer told reporters: \u201cYesterday they shelled the school, and this morning they attacked the market.\u201d"))
    assert not [c for c in codes if c[0] == "ASSAULT" and c[1]]
    # with a name before, both clauses are its acts
    codes = event_codes(coded("Rebel fighters entered the valley. Yesterday they shelled the school, and this morning they attacked the market."))
    assert [c for c in codes if c[0] == "ASSAULT" and c[1]] and not [c for c in codes if c[0] == "ASSAULT" and c[1] and c[1] != "REB"]


def test_a_pronoun_in_quoted_words_is_not_whom_the_speaker_tells(coded):
    # the listener is "you" in the words told to him: "they" are others, here unnamed
    codes = event_codes(coded("A commander told journalists: \u201cThey shelled our positions all night.\u201d"))
    assert not [c for c in codes if c[0] == "ASSAULT" and c[1]]


def test_an_object_pronoun_is_not_the_understood_subject_of_its_clause(coded):
    # principle B through control: "to disperse them" is the soldiers' act, so "them" are the
    # Hamas supporters, not the soldiers
    codes = event_codes(coded("Hundreds of Hamas supporters marched towards the border. Israeli soldiers used tear gas to disperse them."))
    assert ("ASSAULT", "ISRMIL", "PSEREB", "occurred") in codes


def test_an_expletive_it_before_an_infinitive_on_the_copula_names_no_one(coded):
    # "It's perfectly OK to invite ...": the infinitive is the extraposed subject, hung on the
    # copula by the parse; "it" stands for no one, so Hamas named before does not invite
    codes = event_codes(coded("Hamas leaders met in Doha. \u201cIt\u2019s perfectly OK to invite discussion with Egypt,\u201d the spokesman said."))
    assert not [c for c in codes if c[0] == "REQUEST"]


@pytest.mark.parametrize("text, actor", [
    # a reflexive is bound in its own clause (principle A): not the speaker
    ("The rebels said Syria had only itself to blame for the attack.", "SYR"),
    ("Iran said the Houthis blamed themselves for the defeat.", "YEMREB"),
])
def test_a_reflexive_is_the_subject_of_its_own_clause(coded, text, actor):
    codes = event_codes(coded(text))
    assert [c for c in codes if c[0] == "ACCUSE" and c[1] == actor]
    assert not [c for c in codes if c[0] == "ACCUSE" and c[2] in ("IRN", "REB")]


@pytest.mark.parametrize("text, expected, wrong", [
    # the reason for an act aimed at someone ("for", "over") is their deed: the possessive is the
    # object's, not the subject's
    ("Britain condemned Russia for its invasion of Ukraine.", ("ASSAULT", "RUS", "UKR", "occurred"), "GBR"),
    ("The US sanctioned Iran over its support for the Houthis.", ("SUPPORT", "IRN", "YEMREB", "occurred"), "USA"),
    ("Israel struck Hamas in retaliation for its rocket attacks on Sderot.", ("ASSAULT", "PSEREB", "ISR", "occurred"), None),
    # the matter someone is warned about is their conduct
    ("Turkey warned the US about its support for the YPG.", ("SUPPORT", "USA", "SYRREB", "occurred"), "TUR"),
])
def test_a_possessive_in_the_reason_for_an_act_is_its_objects(coded, text, expected, wrong):
    codes = event_codes(coded(text))
    assert expected in codes
    assert not [c for c in codes if c[0] == expected[0] and wrong and c[1] == wrong]


@pytest.mark.parametrize("text, expected, wrong", [
    # the second "they" goes on with the first (the soldiers), not the children named between
    ('Russian soldiers entered the village on Monday. "At night they shoot at farmers and their children. '
     'They threaten to burn the houses," said a farmer.', ("THREATEN", "RUSMIL", None, "occurred"), "CVL"),
    ('Hezbollah fighters crossed the border on Friday. They shelled the homes of Israeli families. '
     'They then attacked an army post near Metula.', ("ASSAULT", "LBNREB", "MIL", "occurred"), "ISR"),
])
def test_a_subject_pronoun_continues_the_same_pronoun_before_it(coded, text, expected, wrong):
    codes = event_codes(coded(text))
    assert expected in codes, codes
    assert not [c for c in codes if c[0] == expected[0] and (c[1] or "").startswith(wrong)]
