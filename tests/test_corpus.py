"""The corpus layer: canonical events, quote provenance, dyads and text reuse.

The Iran-Pakistan pair (Reuters 2024-01-19, EFSAS 2024-01-26) is ingested into both
backends through the service layer; the merge rules are also checked on small hand-made
records.
"""

from __future__ import annotations

import pytest

from flashpoint import corpus
from flashpoint.corpus.dyads import all_dyads
from flashpoint.corpus.linking import Linker
from flashpoint.corpus.quotes import normalise, same_quote
from flashpoint.corpus.reuse import find_reuse

from .conftest import IRAN_PAKISTAN

REUTERS, EFSAS = "reuters-2024-01-19-iran-pakistan", "efsas-2024-01-26-iran-pakistan"


@pytest.fixture
def iran_pakistan(store, pipeline):
    from flashpoint import Pipeline
    from flashpoint.service import ingest

    report = ingest([str(IRAN_PAKISTAN)], store, pipeline=Pipeline(nlp=pipeline.nlp))
    assert report.stored == 2 and report.failed == 0
    return store


def _find(events, event_type, actor, date, recipient=None):
    found = [e for e in events if e["event_type"] == event_type and (e.get("actor") or {}).get("country") == actor
             and e.get("date") == date and (recipient is None or (e.get("recipient") or {}).get("country") == recipient)]
    assert len(found) == 1, f"{len(found)} canonical {event_type} events by {actor} on {date}"
    return found[0]


def test_iran_pakistan_corpus(iran_pakistan):
    store = iran_pakistan
    events = corpus.canonical_events(store)
    # Every linked mention is in exactly one canonical event.
    keys = [(m["doc_id"], m["event_id"]) for e in events for m in e["mentions"]]
    assert len(keys) == len(set(keys))
    stats = corpus.linking_stats(store)
    assert stats["mentions"] == len(keys) and stats["canonical_events"] == len(events) < stats["mentions"]

    strike = _find(events, "ASSAULT", "IRN", "2024-01-16")
    assert strike["sources"] == ["Reuters", "EFSAS"] and strike["first_reported"] == "2024-01-19"
    assert {m["doc_id"] for m in strike["mentions"]} == {REUTERS, EFSAS}
    assert strike["location"]["country_code"] == "PAK"
    retaliation = _find(events, "ASSAULT", "PAK", "2024-01-18")
    assert retaliation["sources"] == ["Reuters", "EFSAS"]
    recall = _find(events, "SANCTION", "PAK", "2024-01-16", recipient="IRN")
    assert recall["sources"] == ["Reuters", "EFSAS"] and len(recall["mentions"]) == 2
    kerman = [e for e in events if (e.get("location") or {}).get("name") == "Kerman" and e["event_type"] == "ASSAULT"]
    # Known gap: Reuters' extraction codes the Kerman bombing's actor as Iran and EFSAS's as
    # Islamic State, so the EFSAS IS mention stays a separate event (a state is not a group).
    both = [e for e in kerman if e["sources"] == ["Reuters", "EFSAS"]]
    assert len(both) == 1 and both[0]["date"] == "2024-01-03" and both[0]["fatalities"] == 100
    assert len(kerman) <= 2
    # Mentions that do not report an event as having happened (historical, negated, ...) are skipped.
    assert all(e["status"] in ("occurred", "claimed") for e in events)
    assert stats["skipped"] > 0

    quotes = corpus.quote_provenance(store)
    for speaker, expected in (("Gregory Brew", 4), ("Michael Kugelman", 3)):
        shared = [q for q in quotes if (q["speaker"] or {}).get("name") == speaker and len(q["occurrences"]) == 2]
        assert len(shared) == expected, speaker
        for q in shared:
            assert [o["doc_id"] for o in q["occurrences"]] == [REUTERS, EFSAS]
            assert q["first_seen"]["doc_id"] == REUTERS and q["first_seen"]["source"] == "Reuters"
    diplomacy = [q for q in quotes if normalise(q["text"]) == "diplomacy will be critical from here on out"]
    assert len(diplomacy) == 1 and len(diplomacy[0]["occurrences"]) == 2
    texts = [normalise(q["text"]) for q in quotes]
    assert len(texts) == len(set(texts))  # each quote text once

    found = corpus.reuse(store)
    assert found["duplicates"] == []
    assert found["passages"]
    for p in found["passages"]:
        assert p["origin"]["doc_id"] == REUTERS and p["copy"]["doc_id"] == EFSAS
        reuters_text, efsas_text = store.document_text(REUTERS), store.document_text(EFSAS)
        assert reuters_text[slice(*p["origin"]["span"])] == p["origin"]["text"]
        assert efsas_text[slice(*p["copy"]["span"])] == p["copy"]["text"]
    copied = " ".join(p["copy"]["text"] for p in found["passages"])
    assert "domestic pressure" in copied and "pressing Islamabad for years" in copied

    view = corpus.dyad(store, "IRN", "PAK")
    pairs = [(p["action"]["id"], p["reaction"]["id"]) for p in view["action_reactions"]]
    assert (strike["id"], retaliation["id"]) in pairs
    pair = next(p for p in view["action_reactions"] if p["action"]["id"] == strike["id"] and p["reaction"]["id"] == retaliation["id"])
    assert pair["days"] == 2 and pair["from"] == "IRN" and pair["to"] == "PAK"
    days = {d["date"]: d for d in view["series"]}
    assert days["2024-01-16"]["ab"]["quad"][4] >= 1 and days["2024-01-18"]["ba"]["quad"][4] >= 1
    assert view["summary"]["ab"]["goldstein"] < 0 and view["summary"]["ba"]["goldstein"] < 0
    assert corpus.dyads(store)[0]["dyad"] == ["IRN", "PAK"]


# -- merge rules on hand-made records ---------------------------------------------------


def _event(n, event_type="ASSAULT", actor=None, recipient=None, date=None, precision="day", place=None,
           status="occurred", sentence=None, fatalities=None,
           text="Missiles hit militant camps near the border town overnight."):
    def side(code):
        if code is None:
            return None
        country = code[:3] if code[:3].isupper() and code not in ("CVL", "REB", "MIL", "GOV") else None
        return {"name": code, "code": code, "country": country, "text": code, "span": [0, 1]}
    return {"id": f"e{n}", "event_type": event_type, "actor": side(actor), "recipient": side(recipient),
            "date": date, "date_precision": precision if date else None,
            "location": {"name": place[0], "country_code": place[1], "admin1": place[2] if len(place) > 2 else None} if place else None,
            "status": status, "text": text, "span": sentence or [n * 100, n * 100 + 50], "trigger": {"text": "hit", "span": [n * 100, n * 100 + 3]},
            "rule": "test", "fatalities": fatalities}


def _link(*docs):
    linker = Linker()
    for doc_id, published, events in docs:
        linker.add({"doc_id": doc_id, "source": doc_id.upper(), "published": published, "events": events, "claims": []})
    return sorted((sorted((m.doc_id, m.event_id) for m in c.mentions) for c in linker.clusters.values()))


def test_merge_same_actors_day_window():
    # both sides known: dates a day apart merge, three days apart do not
    assert _link(("a", "2024-01-02", [_event(1, actor="IRN", recipient="PAK", date="2024-01-01")]),
                 ("b", "2024-01-03", [_event(1, actor="IRNMIL", recipient="PAK", date="2024-01-02")])) == [[("a", "e1"), ("b", "e1")]]
    assert len(_link(("a", "2024-01-02", [_event(1, actor="IRN", recipient="PAK", date="2024-01-01")]),
                     ("b", "2024-01-05", [_event(1, actor="IRN", recipient="PAK", date="2024-01-04")]))) == 2


def test_merge_refuses_conflicts():
    base = ("a", "2024-01-02", [_event(1, actor="IRN", recipient="PAK", date="2024-01-01", place=("Pakistan", "PAK"))])
    assert len(_link(base, ("b", "2024-01-02", [_event(1, actor="PAK", recipient="IRN", date="2024-01-01")]))) == 2  # direction
    assert len(_link(base, ("b", "2024-01-02", [_event(1, "PROTEST", actor="IRN", recipient="PAK", date="2024-01-01")]))) == 2  # type
    assert len(_link(base, ("b", "2024-01-02", [_event(1, actor="IRN", recipient="PAK", date="2024-01-01", place=("Iraq", "IRQ"))]))) == 2
    assert len(_link(base, ("b", "2024-01-02", [_event(1, actor="IRN", recipient="PAK", date="2024-01-01", status="historical")]))) == 1
    # month precision: the same month only
    assert len(_link(base, ("b", "2024-02-02", [_event(1, actor="IRN", recipient="PAK", date="2024-02", precision="month")]))) == 2
    assert len(_link(base, ("b", "2024-01-20", [_event(1, actor="IRN", recipient="PAK", date="2024-01", precision="month")]))) == 1


def test_unknown_side_needs_strong_agreement():
    base = ("a", "2024-01-02", [_event(1, actor="IRN", recipient="PAK", date="2024-01-01")])
    # same day exactly: an unknown recipient links
    assert len(_link(base, ("b", "2024-01-03", [_event(1, actor="IRN", date="2024-01-01")]))) == 1
    # a day apart is compatible but not strong enough with one side unknown
    assert len(_link(base, ("b", "2024-01-03", [_event(1, actor="IRN", date="2024-01-02")]))) == 2
    # no side known on both: needs the same day and the same sub-national place
    kerman = ("Kerman", "IRN", "Kerman")
    assert len(_link(("a", "2024-01-04", [_event(1, actor="IRN", recipient="CVL", date="2024-01-03", place=kerman)]),
                     ("b", "2024-01-05", [_event(1, recipient="CVL", date="2024-01-03", place=kerman)]))) == 1
    assert len(_link(("a", "2024-01-04", [_event(1, actor="IRN", recipient="CVL", date="2024-01-03")]),
                     ("b", "2024-01-05", [_event(1, recipient="CVL", date="2024-01-03")]))) == 2


def test_undated_mentions():
    dated = _event(1, actor="IRN", recipient="PAK", date="2024-01-16", place=("Pakistan", "PAK"))
    undated = _event(2, actor="IRN", recipient="PAK", place=("Pakistan", "PAK"))
    assert len(_link(("a", "2024-01-17", [dated, undated]))) == 1  # same document
    assert len(_link(("a", "2024-01-17", [dated]), ("b", "2024-01-19", [dict(undated, id="e1")]))) == 1  # published within 3 days
    assert len(_link(("a", "2024-01-17", [dated]), ("b", "2024-01-26", [dict(undated, id="e1")]))) == 2
    # a report with no date tells of something recent: a dated event of the days before it,
    # both sides the same, even with no place (and in either order of linking)
    recall = _event(1, "SANCTION", actor="PAK", recipient="IRN", date="2024-01-17")
    told = _event(1, "SANCTION", actor="PAK", recipient="IRN")
    assert len(_link(("a", "2024-01-26", [recall]), ("b", "2024-01-19", [told]))) == 1
    assert len(_link(("b", "2024-01-19", [told]), ("a", "2024-01-26", [recall]))) == 1
    assert len(_link(("a", "2024-01-26", [recall]), ("b", "2024-01-25", [told]))) == 2  # not of the week before
    assert len(_link(("a", "2024-01-26", [recall]), ("b", "2024-01-19", [dict(told, recipient={"name": "India", "code": "IND", "country": "IND"})]))) == 2
    # the same sentence coding two events with different triggers: two events
    one = _event(1, actor="IRN", recipient="PAK", date="2024-01-16", sentence=[0, 50])
    two = dict(_event(2, actor="IRN", recipient="PAK", date="2024-01-16", sentence=[0, 50]))
    assert len(_link(("a", "2024-01-17", [one, two]))) == 2


def test_group_for_state_and_territory():
    strike_on_group = _event(1, actor="IRNMIL", recipient="IRNREB", date="2024-01-16", place=("Balochistan", "PAK", "Balochistan"))
    strike_on_state = _event(1, actor="IRN", recipient="PAK", date="2024-01-16", place=("Pakistan", "PAK"))
    assert len(_link(("a", "2024-01-17", [strike_on_group]), ("b", "2024-01-18", [strike_on_state]))) == 1
    civilians = _event(1, actor="IRN", recipient="CVL", date="2024-01-16")
    assert len(_link(("a", "2024-01-17", [strike_on_group]), ("b", "2024-01-18", [civilians]))) == 2


def test_a_statements_place_is_where_it_was_made_not_where_its_target_is():
    # A request is located where its doer spoke (the speaker's country): "Washington called on
    # Moscow" and "Trump told the Pentagon" are two requests, though one is placed in the state
    # the other is addressed to. An attack's place still tells where its target was.
    to_russia = _event(1, "REQUEST", actor="USA", recipient="RUS", place=("United States", "USA"))
    to_own_army = _event(2, "REQUEST", actor="USA", recipient="USA", place=("United States", "USA"))
    assert len(_link(("a", "2018-01-21", [to_russia]), ("b", "2018-01-22", [dict(to_own_army, id="e1")]))) == 2
    assert len(_link(("a", "2018-01-21", [to_russia, to_own_army]))) == 2
    on_state = _event(1, actor="IRN", recipient="PAK", date="2024-01-16", place=("Pakistan", "PAK"))
    on_group_there = _event(1, actor="IRN", recipient="IRNREB", date="2024-01-16", place=("Panjgur", "PAK", "Balochistan"))
    assert len(_link(("a", "2024-01-17", [on_state]), ("b", "2024-01-18", [on_group_there]))) == 1


def test_a_year_links_two_reports_no_better_than_no_date():
    # "In 2018" in a January report and in a December one: two requests, not one. Reports a
    # day apart of the same sides and place still link, as undated ones do.
    january = _event(1, "REQUEST", actor="USA", recipient="RUS", date="2018", precision="year", place=("United States", "USA"))
    assert len(_link(("a", "2018-01-21", [january]), ("b", "2018-12-21", [january]))) == 2
    assert len(_link(("a", "2018-01-21", [january]), ("b", "2018-01-22", [january]))) == 1
    # inside one document a year is enough, as before
    later = _event(2, "REQUEST", actor="USA", recipient="RUS", date="2018", precision="year", place=("United States", "USA"))
    assert len(_link(("a", "2018-01-21", [january, later]))) == 1


def test_fatality_disagreement_recorded():
    linker = Linker()
    for doc, figure in (("a", 10), ("b", 2)):
        linker.add({"doc_id": doc, "source": doc, "published": "2024-01-20",
                    "events": [_event(1, actor="PAK", recipient="IRN", date="2024-01-18", fatalities=figure)],
                    "claims": [{"kind": "fatalities", "event_id": "e1", "value": figure, "claimant": {"name": doc.upper()},
                                "text": "x", "span": [0, 1]}]})
    (event,) = linker.canonical_events()
    assert sorted(f["value"] for f in event.disagreements["fatalities"]) == [2, 10]
    assert event.data["fatalities_low"] == 2 and event.data["fatalities_high"] == 10
    assert event.sources == ["a", "b"] and event.first_reported == "2024-01-20"


def test_quote_matching():
    assert same_quote(normalise("“Diplomacy will be critical from here on out.”"), normalise("diplomacy will be critical ... from here on out"))
    assert same_quote(normalise("The missile strikes were a sign that Tehran has lost patience"),
                      normalise("The missile strikes were a sign that Tehran had lost patience"))
    assert not same_quote(normalise("friendly and brotherly"),
                          normalise("none of the nationals of the friendly and brotherly country of Pakistan were targeted"))
    assert not same_quote(normalise("We will respond"), normalise("We will not respond to this at all today"))


def test_reuse_finds_copied_passage_and_duplicates():
    shared = "The foreign ministry said the strikes on the militant camps near the border killed seven fighters overnight."
    a = "Officials met on Monday to talk about trade and water. " + shared + " Markets were calm."
    b = "A different opening sentence about the weather in the capital today. " + shared
    def doc(doc_id, published, text):
        start = text.index(shared)
        return {"doc_id": doc_id, "published": published, "text": text,
                "sentences": [[0, start - 1], [start, start + len(shared)]] + ([[start + len(shared) + 1, len(text)]] if len(text) > start + len(shared) else [])}
    result = find_reuse([doc("later", "2024-01-02", b), doc("early", "2024-01-01", a)])
    (p,) = result["passages"]
    assert p["origin"]["doc_id"] == "early" and p["copy"]["doc_id"] == "later"
    assert p["origin"]["text"] == shared == p["copy"]["text"]
    assert result["duplicates"] == []
    dup = find_reuse([doc("x", "2024-01-01", a), doc("y", "2024-01-02", a)])
    assert dup["duplicates"] == [{"doc_id": "y", "duplicate_of": "x", "similarity": 1.0}]


def test_near_duplicate_document_counted_once(store, pipeline, tmp_path):
    """The same story stored under two ids: its mentions count once in events, stats and dyads."""
    import json

    from flashpoint import Pipeline
    from flashpoint.corpus.linking import build_linker
    from flashpoint.service import ingest

    reuters = next(d for d in map(json.loads, IRAN_PAKISTAN.read_text(encoding="utf-8").splitlines()) if d.get("id") == REUTERS)
    copy = dict(reuters, id="copy-of-reuters", published="2024-01-20", source="Copycat")
    path = tmp_path / "twice.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in (reuters, copy)) + "\n", encoding="utf-8")
    report = ingest([str(path)], store, pipeline=Pipeline(nlp=pipeline.nlp))
    assert report.stored == 2 and report.failed == 0

    original = build_linker(store, doc_ids=[REUTERS])  # the story once
    stats = corpus.linking_stats(store)
    assert stats["duplicate_documents"] == 1
    assert stats["mentions"] == original.mentions > 0
    assert stats["canonical_events"] == len(original.clusters)
    events = corpus.canonical_events(store)
    assert {m["doc_id"] for e in events for m in e["mentions"]} == {REUTERS}
    assert all(e["sources"] == ["Reuters"] for e in events)
    assert corpus.dyads(store) == all_dyads([e.to_dict() for e in original.canonical_events()])
    # without the duplicate check the copy's mentions would all be merged in as second reports
    doubled = corpus.linking_stats(store, skip_duplicates=False)
    assert doubled["mentions"] == 2 * stats["mentions"] and doubled["duplicate_documents"] == 0


def test_a_reaction_comes_on_a_later_day():
    from flashpoint.corpus.dyads import action_reactions

    def event(eid, actor, recipient, day):
        return {"id": eid, "event_type": "ASSAULT", "quad_class": 4, "goldstein": -10, "date": day, "date_precision": "day",
                "actor": {"code": actor, "country": actor}, "recipient": {"code": recipient, "country": recipient}}

    events = [event("a", "AAA", "BBB", "2024-01-01"), event("b", "BBB", "AAA", "2024-01-01"),
              event("c", "BBB", "AAA", "2024-01-03"), event("d", "AAA", "BBB", "2024-01-20")]
    pairs = {(p["action"]["id"], p["reaction"]["id"], p["days"]) for p in action_reactions(events, "AAA", "BBB", days=7)}
    assert pairs == {("a", "c", 2)}  # same day: unordered; 17 days: past the window


def test_reports_in_two_documents_with_one_side_unknown_share_their_topic():
    """Same actor, same day, other side unknown: one event only if the sentences share what it is about."""
    same = _link(("a", "2024-01-02", [_event(1, actor="IRN", recipient="PAK", date="2024-01-01")]),
                 ("b", "2024-01-03", [_event(1, actor="IRN", date="2024-01-01")]))
    assert same == [[("a", "e1"), ("b", "e1")]]
    other = _link(("a", "2024-01-02", [_event(1, actor="IRN", recipient="PAK", date="2024-01-01")]),
                  ("b", "2024-01-03", [_event(1, actor="IRN", date="2024-01-01",
                                              text="Guards raided a printing house in the capital.")]))
    assert len(other) == 2


def test_people_killed_by_an_actor_on_the_day_it_attacked_are_that_attacks_toll():
    attack = _event(1, actor="PAK", recipient="REB", date="2024-01-18")
    toll = _event(2, actor="PAK", recipient="CVL", date="2024-01-18", fatalities=10)
    # in one document: the dead of the day's attack, one event
    assert _link(("a", "2024-01-20", [attack, toll])) == [[("a", "e1"), ("a", "e2")]]
    # another day, or another actor: other events
    assert len(_link(("a", "2024-01-20", [attack, {**toll, "date": "2024-01-10"}]))) == 2
    assert len(_link(("a", "2024-01-20", [attack, _event(2, actor="IRN", recipient="CVL", date="2024-01-18")]))) == 2


def test_an_event_is_not_dated_after_its_first_report():
    # two reports a day apart of one event: the later one's "Monday" (its own day) is not the
    # date of an act the earlier report, of Sunday, already told
    linker = Linker()
    linker.add({"doc_id": "a", "source": "A", "published": "2018-01-21", "claims": [],
                "events": [_event(1, actor="USA", recipient="TUR", date="2018-01-21")]})
    linker.add({"doc_id": "b", "source": "B", "published": "2018-01-22", "claims": [],
                "events": [_event(1, actor="USA", recipient="TUR", date="2018-01-22")]})
    linker.add({"doc_id": "c", "source": "C", "published": "2018-01-22", "claims": [],
                "events": [_event(1, actor="USA", recipient="TUR", date="2018-01-22")]})
    [cluster] = linker.clusters.values()
    assert cluster.profile.date == "2018-01-21"
