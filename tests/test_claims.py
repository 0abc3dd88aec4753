"""Claims: denials of involvement versus negated stances, and the `claims` listing of rival accounts."""

from __future__ import annotations

import pytest

from flashpoint.ingest import Document


@pytest.fixture
def run(pipeline):
    import flashpoint

    def _run(text: str, published: str = "2024-01-20", source: str = "Wire"):
        [record] = flashpoint.extract([{"id": "t", "text": text, "source": source, "published": published}], pipeline=pipeline)
        return record
    return _run


@pytest.mark.parametrize("sentence, denies", [
    # denials of involvement: a negated action, being involved or behind it, having the means
    ("The group said it did not carry out the attack.", True),
    ("The militia said it was not involved in the bombing.", True),
    ("The movement said that it has no bases in the province.", True),
    ("The ministry said its forces were not behind the explosion.", True),
    # negated stances are not denials
    ("The minister said they do not want an escalation.", False),
    ("The spokesman said he did not know where the talks would go.", False),
    ("The foreign minister said they have no reservations about defending the national interest.", False),
    ("The envoy said they did not think the dispute would last.", False),
])
def test_denials_are_of_involvement_not_stances(run, sentence, denies):
    record = run("Gunmen attacked a police post in the north on Monday, killing four officers. " + sentence)
    denials = [c for c in record.claims if c.kind == "denial"]
    assert len(denials) == int(denies), sentence
    first_sentence = {e.id for e in record.events if e.span[1] <= record.sentences[0][1]}
    assert all(d.event_id in first_sentence for d in denials)


def test_claims_listing_sets_rival_figures_side_by_side(store, pipeline):
    """Two outlets, two claimants, two death tolls for one attack: one disputed event."""
    from flashpoint import service
    from flashpoint.service import store_items

    texts = [
        ("wire-a", "Wire A", "2024-03-05", "Rebels attacked an army base in Idlib province on Monday. "
         "The army said that 12 soldiers were killed in the attack."),
        ("wire-b", "Wire B", "2024-03-06", "Rebels attacked an army base in Idlib province on Monday. "
         "The rebels said that 40 soldiers were killed in the attack."),
    ]
    docs = [Document.build(t, id=i, source=s, published=p) for i, s, p, t in texts]
    report = store_items(docs, store, pipeline=pipeline)
    assert report.stored == 2
    rows = service.event_claims(store)
    disputed = [r for r in rows if r["kind"] == "fatalities"]
    assert {(r["value"], r["claimant"].lower(), r["source"]) for r in disputed} == {(12, "army", "Wire A"), (40, "rebels", "Wire B")}
    assert len({r["event_id"] for r in disputed}) == 1
    every = service.event_claims(store, conflicting=False)
    assert len(every) >= len(rows)


def test_claims_over_http(tmp_path, pipeline):
    from fastapi.testclient import TestClient

    from flashpoint.api import create_app
    from flashpoint.service import store_items
    from flashpoint.store import open_store

    db = str(tmp_path / "claims.db")
    with open_store(db) as store:
        store_items([Document.build("Rebels attacked an army base in Idlib province on Monday. The army said that 12 "
                                    "soldiers were killed in the attack. The rebels said that 40 soldiers were killed.",
                                    id="one", source="Wire", published="2024-03-05")], store, pipeline=pipeline)
    with TestClient(create_app(db)) as client:
        disputed = client.get("/api/events/claims").json()
        every = client.get("/api/events/claims", params={"conflicting": "false"}).json()
    assert {(r["value"], r["claimant"].lower()) for r in disputed["items"]} == {(12, "army"), (40, "rebels")}
    assert every["total"] >= disputed["total"] == 2


def test_agentless_toll_goes_to_the_attack_told_not_the_time_point(run):
    record = run("Two days after the rebel attacks, the army launched air strikes against rebel camps in the hills. "
                 "The officials said that 30 people had been killed.")
    [toll] = [c for c in record.claims if c.kind == "fatalities"]
    event = next(e for e in record.events if e.id == toll.event_id)
    assert toll.value == 30 and event.trigger.text == "strikes", (event.trigger.text, [e.trigger.text for e in record.events])


def _toll_event(record, value):
    [toll] = [c for c in record.claims if c.kind == "fatalities" and c.value == value]
    return next((e for e in record.events if e.id == toll.event_id), None)


def test_a_count_since_a_time_is_no_single_attacks_toll(run):
    record = run("Government aircraft bombed the market in Ariha on Monday. "
                 "More than 300 people have been killed in the province since the start of the year.")
    assert _toll_event(record, 300) is None
    assert all(e.fatalities != 300 for e in record.events)


def test_the_attackers_own_dead_are_not_the_toll_of_their_attack(run):
    record = run("Turkey launched an offensive against Kurdish militias near Tal Abyad on Sunday.\n"
                 "Turkish officials said on Monday that three of their soldiers had been killed.")
    offensive = next(e for e in record.events if e.trigger.text == "offensive")
    assert offensive.fatalities is None
    toll = _toll_event(record, 3)
    assert toll is None or toll.id != offensive.id


def test_a_toll_in_protests_is_not_the_toll_of_an_earlier_attack(run):
    record = run("Gunmen attacked a police post in the north on Monday.\n"
                 "In the capital, at least 15 people were killed in the protests against the government.")
    attack = next(e for e in record.events if e.trigger.text == "attacked")
    assert attack.fatalities is None


@pytest.mark.parametrize("text", [
    "The journalist was covering the siege of the town. He was killed by Islamic State fighters on Monday.",
    "Militants shot dead a police officer in the north of the province on Monday.",
])
def test_the_killing_of_one_person_is_one_death(run, text):
    [killing] = [e for e in record_events(run(text)) if e.event_type == "ASSAULT"]
    assert (killing.fatalities, killing.fatalities_low, killing.fatalities_high) == (1, 1, 1)


def test_a_killing_of_several_people_is_not_one_death(run):
    events = [e for e in run("The army killed the fighters and their commander on Monday.").events if e.event_type == "ASSAULT"]
    assert events and all(e.fatalities != 1 for e in events)


def record_events(record):
    return record.events


@pytest.mark.parametrize("sentence, dead", [
    # a verb of harm whose result is death counts the dead
    ("Police shot dead at least 22 protesters in the capital on Tuesday.", 22),
    ("Five villagers were shot dead by gunmen in the north.", 5),
    ("Militants stabbed three guards to death at the prison.", 3),
    # without the result it counts no one
    ("Police shot three protesters in the leg.", None),
])
def test_a_harm_that_ends_in_death_counts_the_dead(run, sentence, dead):
    record = run(sentence)
    assert [e.fatalities for e in record.events if e.event_type == "ASSAULT"] == [dead]
