"""The PETRARCH verb-dictionary importer and coder, on the real files in ../shared/eval/petrarch."""

from __future__ import annotations

import pytest

from .conftest import SHARED
from flashpoint.knowledge.petrarch_verbs import Element, plover_type, read_verb_dictionary, to_event_lexicon

PETRARCH = SHARED / "eval" / "petrarch"
VALIDATE = PETRARCH / "PETR.Validate.verbs.txt"


@pytest.fixture(scope="module")
def verbs():
    return read_verb_dictionary(VALIDATE)


def test_synsets_are_read_and_nested_ones_expanded(verbs):
    assert ("military",) in verbs.synsets["TIETYPES"]
    # &ACCORDSYN holds &TIETYPES and &CURRENCY: their members, phrases kept as word tuples.
    accord = verbs.synsets["ACCORDSYN"]
    assert ("economic",) in accord and ("closer",) in accord and ("austrian", "florin") in accord
    # "&PREPOSIT1_" is defined with a trailing "_" and used as "&PREPOSIT1".
    assert ("against",) in verbs.synsets["PREPOSIT1"]


def test_families_codes_forms_and_multiword_verbs(verbs):
    assert verbs.family("ATTACK").code == "223"
    assert verbs.family("ADMIT").code == "013:012"
    assert verbs.family("ACCORD").code is None  # [---]: recognised, not coded
    # A verb with its own code inside a family, and irregular forms.
    delay = verbs.family("DELAY")
    assert {v.word: v.code for v in delay.verbs} == {"delay": "120", "downplay": "014", "postpone": "120"}
    assert any(e.family == "BREAK" for e in verbs.forms["broke"])
    assert any(e.word == "break" and e.after == ("down",) for e in verbs.forms["broke"])
    assert [e.family for e in verbs.forms["stabbed"]] == ["STAB"]
    # WIRE_+TAP: the verb is "tap", "wire" must come just before it.
    assert any(e.word == "tap" and e.before == ("wire",) and e.code == "1711" for e in verbs.forms["tapped"])


def test_patterns_words_markers_and_joins(verbs):
    celebrate = {p.text.split("[")[0].strip(): p for p in verbs.family("CELEBRATE").patterns}
    eid = celebrate["- * EID AT ^ WITH +"]
    assert eid.code == "043" and eid.before == ()
    assert [e.kind for e in eid.after] == ["word", "word", "skip", "word", "target"]
    free = next(p for p in verbs.family("FREE").patterns if p.code == "066")
    assert [e.kind for e in free.before] == ["target"] and free.after[-1].kind == "source"
    # "FAILED_TO_*": both words must touch each other and the verb.
    failed = next(p for p in verbs.family("AGREE").patterns if p.code == "111")
    assert failed.before == (Element("word", "failed", False, True), Element("word", "to", False, True))
    # "* NEW_&TIETYPES_RELATIONS": a synset inside a joined phrase.
    new = next(p for p in verbs.family("ABANDON").patterns if p.code == "903")
    assert [(e.kind, e.value, e.joined) for e in new.after] == [("word", "new", False), ("synset", "TIETYPES", True), ("word", "relations", True)]


def test_cameo_dictionary_and_event_lexicon():
    cameo = read_verb_dictionary(PETRARCH / "CAMEO.2.0.txt")
    assert len(cameo.families) > 300 and len(cameo.forms) > 3000
    assert cameo.warnings == []
    lexicon = to_event_lexicon(cameo)
    # Every coding carries its CAMEO code and the PLOVER type of that code.
    assert lexicon.verbs and all(c.event_type == plover_type(c.cameo) for c in lexicon.verbs.values())
    hasten = [e for e in cameo.forms["hurried"] if e.family == "ACCELERATE"]
    assert hasten and hasten[0].code is None
    assert "hurry" not in lexicon.verbs  # a family that codes nothing gives no trigger


def test_plover_types_by_cameo_root():
    assert plover_type("051") == "SUPPORT"
    assert plover_type("042") == "CONSULT"
    assert plover_type("0233") == "REQUEST"
    assert plover_type("112") == "ACCUSE"
    assert plover_type("173") == "COERCE"
    assert plover_type("195") == "ASSAULT"
    assert plover_type("057") == "AGREE"
    assert plover_type("1712") == "COERCE"


@pytest.fixture(scope="module")
def coded(pipeline):
    from flashpoint.evaluate.petrarch import BASE_STAGES, build_stages, read_records, triples
    from flashpoint.ingest import Document
    from flashpoint.pipeline import Pipeline

    records = {r["id"]: r for r in read_records(PETRARCH / "PETR.UnitTest.records.xml")}
    actors, events = build_stages(SHARED / "eval")
    runner = Pipeline([*BASE_STAGES, actors, events], nlp=pipeline.nlp)

    def code(record_id: str) -> tuple[set, set]:
        record = records[record_id]
        document = Document.build(record["text"], id=record_id, published=record["date"].isoformat())
        state = runner.run_stages(document, runner.nlp(record["text"]))
        return set(triples(state)), set(record["expected"])

    return code


@pytest.mark.parametrize("record_id", [
    "DEMO-00",  # "is about to restore ... ties with Gondor": subject through "about to", target in the object's phrase
    "DEMO-17",  # ARRIVE [032:033]: a visit and its receipt, sector actor "Bree President"
    "DEMO-26",  # "% HAVE * [191]": a compound subject meeting among itself
    "VERB-13",  # "* &PREPOSIT1 RESOLUTION [102]": a synset in a pattern
    "PATTERN-04",  # "* ASYLUM [174L]", not "* FOR_ASYLUM": words match as written ("foreign" is not "for")
])
def test_unit_test_sentences_are_coded_exactly(coded, record_id):
    produced, expected = coded(record_id)
    assert produced == expected


def test_a_pattern_code_beats_the_family_code_only_when_it_matches(coded):
    produced, expected = coded("PATTERN-11")  # "abandoned efforts": "* EFFORT [987]" does not match "efforts"
    assert ("HOB", "GON", "345") in produced and not any(code == "987" for _, _, code in produced)
