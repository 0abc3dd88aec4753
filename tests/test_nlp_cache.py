"""The per-document caches of `flashpoint.nlp` (text, token texts, entities) give what spaCy
gives, and the pipeline hands the stages the text the document was parsed from."""

from __future__ import annotations

import pytest

from flashpoint.ingest import Document
from flashpoint.nlp import doc_text, entities, known_text, load_model, token_texts
from flashpoint.pipeline import Pipeline
from flashpoint.stage import Stage

TEXTS = [
    "Iran said on Tuesday it had struck two militant bases in Pakistan's Balochistan province.",
    "The ministers met   in Geneva.\n\nTalks  resumed\tin 2019 after 3,000 people had fled. \U0001F600 done",
    "U.S.-backed forces (SDF) said: \"We will retaliate\" -- and they did, at 5.30am on 12 March.  ",
    "",
    " \n",
]


@pytest.fixture(scope="module")
def nlp():
    return load_model()


@pytest.mark.parametrize("text", TEXTS)
def test_token_texts_are_the_tokens_texts(nlp, text):
    doc = nlp(text)
    assert token_texts(doc) == [t.text for t in doc]
    assert token_texts(doc) is token_texts(doc)  # made once


@pytest.mark.parametrize("text", TEXTS)
def test_entities_are_the_docs_entities_made_once(nlp, text):
    doc = nlp(text)
    assert [(e.start, e.end, e.label_) for e in entities(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert entities(doc) is entities(doc)


@pytest.mark.parametrize("text", TEXTS)
def test_known_text_is_the_docs_text(nlp, text):
    doc = known_text(nlp(text), text)
    assert doc_text(doc) == doc.text == text


def test_known_text_refuses_a_text_of_another_length(nlp):
    doc = known_text(nlp("Talks resumed in Geneva."), "Talks resumed in Geneva. And more.")
    assert doc_text(doc) == "Talks resumed in Geneva."


class Look(Stage):
    """Records, per document, the text the stages read and whether the token texts are spaCy's."""

    name = "look"

    def __init__(self):
        self.seen = []

    def __call__(self, state):
        self.seen.append((doc_text(state.doc), token_texts(state.doc) == [t.text for t in state.doc]))


def test_the_pipeline_gives_the_stages_the_parsed_text(nlp):
    text = "Turkish jets struck Kurdish positions near Afrin on Sunday, the army said."
    look = Look()
    results = list(Pipeline([look], nlp=nlp).process([Document(id="a", text=text)]))
    assert len(results) == 1 and look.seen == [(text, True)]
