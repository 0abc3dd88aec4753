"""The fast attribute ruler and lemmatizer (flashpoint.fastrules) give the stock components' output, token for token."""

from __future__ import annotations

import pytest

from flashpoint.nlp import load_model

SENTENCES = [
    "Iran said on Tuesday it had struck two militant bases in Pakistan's Balochistan province.",
    "There is no evidence, and there were no witnesses; there's nothing to add, there're none.",
    "We're gonna win, y'all, and we ain't done: I gotta go, let's go, c'mon! Nothin' is certain.",
    "He doesn't know. They haven't said. She won't. It isn't. I'm not. You're right. We'd gone.",
    "The ministers met   in Geneva.\n\nTalks  resumed\tin 2019 after 3,000 people had fled.",
    "He gets it; she got it. Staged attacks were staged by the rebels, who were staging more.",
    "U.S.-backed forces (SDF) said: \"We will retaliate\" -- and they did, at 5.30am on 12 March.",
    "ISIS, Isis and isis; the UN's envoy; Assad's forces; 100% of the £2bn; e-mail @user #tag :)",
    "Better, best, worse, worst; the biggest, most dangerous; children, mice, geese, feet.",
    "",
    " ",
    "\n",
]


@pytest.fixture(scope="module")
def models():
    return load_model(), load_model(fast_rules=False)


def _attributes(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_fast_components_replace_the_stock_ones_under_their_names(models):
    fast, stock = models
    assert fast.pipe_names == stock.pipe_names
    assert type(fast.get_pipe("attribute_ruler")).__name__ == "FastAttributeRuler"
    assert type(fast.get_pipe("lemmatizer")).__name__ == "FastLemmatizer"


@pytest.mark.parametrize("text", SENTENCES)
def test_same_tags_pos_morphology_lemmas_as_the_stock_components(models, text):
    fast, stock = models
    assert _attributes(fast(text)) == _attributes(stock(text))


def test_same_output_on_a_whole_batch_twice_over(models):
    # The second pass reads the fast components' tables and the lemma cache, not the stock rules.
    fast, stock = models
    text = " ".join(SENTENCES)
    for _ in range(2):
        assert [_attributes(d) for d in fast.pipe(SENTENCES + [text])] == [_attributes(d) for d in stock.pipe(SENTENCES + [text])]


def test_a_component_the_fast_one_cannot_stand_in_for_stays_stock(monkeypatch):
    import importlib

    from flashpoint import fastrules
    from flashpoint.nlp import MODEL_MODULE

    def unsupported(self, stock):
        raise fastrules.Unsupported("a lemmatizer in lookup mode")

    monkeypatch.setattr(fastrules.FastLemmatizer, "__init__", unsupported)
    nlp = importlib.import_module(MODEL_MODULE).load()
    fastrules.use_fast_rules(nlp)
    assert [type(nlp.get_pipe(name)).__name__ for name in ("attribute_ruler", "lemmatizer")] == ["FastAttributeRuler", "EnglishLemmatizer"]
