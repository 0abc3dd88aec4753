"""Property-based fuzzing (hypothesis) of every reader and of `flashpoint.extract`.

Properties:
- no input makes a reader raise anything but the project's own `FlashpointError`, with a
  stable code and the input's name as its location; read through `read_inputs`, no input
  gives a `reader-error` (the last-resort guard's code: an exception nobody expected);
- a well-formed document of any text reads back with exactly that text;
- `flashpoint.extract(..., errors="skip")` never raises, a text is left out only when it is
  no text at all (empty, NUL, lone surrogate), and every span of every record is exact:
  the text at it is the item's text (a quote in pieces: its pieces joined), triggers lie in
  their sentence, entities in theirs, sentences in order.

`make test` runs a bounded sample (FLASHPOINT_FUZZ_EXAMPLES examples per property, 25 by
default), new inputs on each run; the long run draws many more:

    FLASHPOINT_FUZZ_EXAMPLES=3000 .venv/bin/python -m pytest tests/test_fuzz.py -q    # or: make fuzz

Hypothesis keeps the inputs that failed in FLASHPOINT_FUZZ_DB (default: a folder in the
system's temporary directory, never the repository) and replays them first on the next run;
a failure prints the input and the seed (`--hypothesis-seed=N` reruns that draw).
The inputs that crashed before are the `@example`s below, run on every call.
"""

from __future__ import annotations

import codecs
import html
import json
import os
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir
from hypothesis.database import DirectoryBasedExampleDatabase

import flashpoint
from flashpoint.errors import CODES, FlashpointError, InputError
from flashpoint.ingest import Document, Failure, read_inputs
from flashpoint.ingest.document import printable
from flashpoint.ingest.readers import READERS, read_jsonl_lines
from flashpoint.records import span_violations

_DB = Path(os.environ.get("FLASHPOINT_FUZZ_DB") or Path(tempfile.gettempdir()) / "flashpoint-hypothesis")
set_hypothesis_home_dir(str(_DB))  # hypothesis's own caches go there too, not into ./.hypothesis
EXAMPLES = int(os.environ.get("FLASHPOINT_FUZZ_EXAMPLES") or 25)
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # the first call loads lazily imported parsers; speed is bench/'s business
    database=DirectoryBasedExampleDatabase(str(_DB / "examples")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
MAX_BYTES = 200_000  # small, so the over-size path is reachable too

# -- strategies: news-like text -----------------------------------------------------------------------

FRAGMENTS = [
    "ISLAMABAD, January 18, 2024 -", "TEHRAN (Reuters) -", "Pakistan", "Iran", "the United States", "Jaish al-Adl",
    "the foreign ministry", "Mr Kugelman", "a spokesman", "police", "militants", "Syrian government forces", "Assad's",
    "said", "told reporters", "added", "denied", "struck", "attacked", "killed", "shelled", "arrested", "at least 12 people",
    "two children", "on Tuesday", "last week", "in Balochistan", "near Kerman", "in Idlib province", "according to officials",
    "Reuters", "AP", "BYLINE:", "PENCE:", "WALLACE:", "Q:", "A:", "It is", "we will respond", "what it called",
    "which it said were", "1,000", "three", "dozens", "2024-01-16", "II", "U.S.", "No.", "e.g.", "...", "…", "#", "@",
    "http://x.y/z", "é", "ü", "ß", "ı", "İ", "ﬁ", "\u200b", "\u00a0", "\u2028", "\ufeff", "🙂", "ا", "中国", "Ω", "'s",
    "n't", "", " ", "  ", "\t", "\n", "\n\n", "-", "—", "–", "(", ")", "[", "]", ":", " : ", ";", ",", ".", "?", "!",
]
QUOTES = [("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»"), ("“", ""), ("", "”"), ("„", "“")]
CUES = ["he said", "the minister said on Tuesday", "said Mr Kugelman, director of the South Asia Institute", "she told AP",
        "a spokesman for the army said", "officials said", "according to police", ":", "", "said"]
_number = st.one_of(st.integers(0, 10**7).map(str), st.integers(0, 10**7).map("{:,}".format),
                    st.floats(0, 1e6, allow_nan=False).map("{:.1f}".format))
# words of any script, never control characters (RAW has those)
_word = st.one_of(st.sampled_from(FRAGMENTS), _number,
                  st.text(st.characters(exclude_categories=("Cc", "Cs")), min_size=1, max_size=12))
_sentence = st.builds(lambda words, end: " ".join(words).strip() + end,
                      st.lists(_word, min_size=1, max_size=25), st.sampled_from([".", "?", "!", ":", ";", "…", "", ".\n"]))


@st.composite
def _quoted(draw) -> str:
    opening, closing = draw(st.sampled_from(QUOTES))
    first, cue = draw(_sentence), draw(st.sampled_from(CUES))
    if draw(st.booleans()):  # interrupted by its speaker: “We will,” he said, “respond.”
        return f"{opening}{first}{closing} {cue}, {opening}{draw(_sentence)}{closing}"
    return f"{opening}{first}{closing} {cue}." if draw(st.booleans()) else f"{cue} {opening}{first}{closing}"


# Prose: sentences and quotations in paragraphs; soup: fragments glued with or without spaces,
# which is what finds the quotes stage's edge cases (a mark inside a colon's content, ...).
_prose = st.builds(lambda parts, joiner: joiner.join(parts),
                   st.lists(st.one_of(_sentence, _quoted()), min_size=1, max_size=12), st.sampled_from([" ", "\n\n", "\n", ""]))
_soup = st.lists(st.tuples(_word, st.sampled_from([" ", " ", ""])), min_size=1, max_size=60).map(lambda ws: "".join(w + j for w, j in ws))
NEWS = st.one_of(_prose, _soup)
# Raw text: anything Unicode has, and the characters a Python string holds but UTF-8 does not.
RAW = st.one_of(st.text(max_size=300),
                st.lists(st.one_of(st.text(max_size=20), st.sampled_from(["\ud800", "\udfff", "\x00", "\r", "\x1b"])),
                         max_size=20).map("".join))

# -- the properties ------------------------------------------------------------------------------------

INPUT_CODES = {"empty", "bad-text"}  # why a text may be left out: it is no text at all


def _check_record(record, text: str) -> None:
    assert span_violations(record, text) == [], (span_violations(record, text), text)
    sentences = [tuple(s) for s in record.sentences]
    assert all(a < b for a, b in sentences) and all(sentences[i][1] <= sentences[i + 1][0] for i in range(len(sentences) - 1))
    for entity in record.entities:
        a, b = sentences[entity.sentence]
        assert a <= entity.span[0] <= entity.span[1] <= b, (entity, text)
    for event in record.events:
        for told in [event, *event.mentions]:
            assert told.span[0] <= told.trigger.span[0] <= told.trigger.span[1] <= told.span[1], (told, text)
    for quote in record.quotes:
        assert quote.pieces and all(quote.span[0] <= a <= b <= quote.span[1] for a, b in quote.pieces), (quote, text)


def _check_extract(text: str, pipeline) -> None:
    records = flashpoint.extract(text, pipeline=pipeline, errors="skip")  # must never raise
    if not records:
        with pytest.raises(InputError) as info:
            Document.build(text)
        assert info.value.code in INPUT_CODES
        return
    [record] = records
    _check_record(record, text)


@FUZZ
@given(text=NEWS)
@example(text=" : :")  # IndexError in the quotes stage (issue 18)
@example(text=":")
@example(text="\n: \n:")
@example(text="“We will respond,” the minister said on Tuesday, “at a time of our choosing.”")
# a single-quoted part inside a colon's content: the quote's pieces overlapped (bench/fuzz.py, seed 3)
@example(text="addedn't #… .BYLINE: No. at least 12 people      killed: 's TEHRAN (Reuters) - ü ISLAMABAD, January 18, "
              "2024 - the United States!Reuters @ II we will respond Pakistan added ا 2024-01-16 – ... “ ' the foreign "
              "ministry \" 1,000Mr Kugelman 2024-01-16 \xa0 police 2024-01-16 attacked two children AP two children' No. # "
              "\"at least 12 peopleWALLACE:ı what it called ı ")
def test_extract_never_raises_and_every_span_is_exact_on_news_like_text(text, pipeline):
    _check_extract(text, pipeline)


@FUZZ
@given(text=RAW)
@example(text="Pakistan said \ud800 it struck.")  # UnicodeEncodeError in the tokenizer and the hash (issue 18)
@example(text="Iran said \x00 it struck.")
@example(text="")
def test_extract_never_raises_on_raw_text(text, pipeline):
    _check_extract(text, pipeline)


# -- readers -------------------------------------------------------------------------------------------

SEEDS = {
    "text": b"---\ntitle: T\npublished: 2024-01-18\n---\nPakistan said it struck militant hideouts in Iran.\n",
    "json": b'{"id": "a1", "published": "2024-01-18", "text": "Pakistan said \\u201cwe struck\\u201d hideouts."}',
    "jsonl": b'{"text": "Pakistan said it struck hideouts."}\n{"text": "Iran denied it.", "id": 7}\n',
    "html": b"<html><head><title>T</title></head><body><article><p>Pakistan said it struck militant "
            b"hideouts in Iran on Thursday, officials said.</p></article></body></html>",
    "feed": b'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>x</title>'
            b"<guid>g1</guid><description>Pakistan said it struck hideouts.</description></item></channel></rss>",
}
SUFFIXES = {"text": ".txt", "json": ".json", "jsonl": ".jsonl", "html": ".html", "feed": ".xml"}
INSERTS = [b"\x00", b"\xff", b"\xfe\xff", b"\xff\xfe", codecs.BOM_UTF8, b"\\ud800", b"\\udc00", b"9" * 4400, b"[" * 3000,
           b"{", b"}", b'"', b"<!DOCTYPE x [<!ENTITY a 'b'>]>", b'<!DOCTYPE rss SYSTEM "file:///etc/passwd">', b"&a;",
           b"\n---\n", b": [", b"!!python/object:os.system", b"<", b">", b"\r", b"2024-02-30", b"\xe2\x80", b"\n", b"]"]


@st.composite
def _mutated(draw, fmt: str) -> bytes:
    data = bytearray(SEEDS[fmt])
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.integers(0, len(data)))
        how = draw(st.integers(0, 2))
        if how == 0:
            data[where:where] = draw(st.sampled_from(INSERTS))
        elif how == 1:
            del data[where:where + draw(st.integers(1, 8))]
        else:
            data[where:where] = draw(st.binary(min_size=1, max_size=6))
    return bytes(data)


_json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30), NEWS),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(["text", "id", "published", "title",
                                                                                         "url", "source", "x"]), inner, max_size=6)),
    max_leaves=12,
)
_yaml_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20),
              st.sampled_from(["2024-02-30", "2024-01-18", "!!python/object:os.system", "!!binary AAAA", "&a [*a]", "*x",
                               "9" * 5000, "{", "[", "2024-13-45 25:61"])),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(["id", "published", "date", "title",
                                                                                         "url", "source"]), inner, max_size=4)),
    max_leaves=8,
)


def _structured(fmt: str) -> st.SearchStrategy[bytes]:
    """Inputs that are well-formed for the format on the outside, with anything inside."""
    encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"])

    def encoded(text: str, codec: str) -> bytes:
        return text.encode(codec, "replace")

    if fmt == "json":
        return st.builds(lambda v, ascii_, codec: encoded(json.dumps(v, ensure_ascii=ascii_), codec), _json_value, st.booleans(), encodings)
    if fmt == "jsonl":
        return st.builds(lambda vs, codec: encoded("".join(json.dumps(v) + "\n" for v in vs), codec), st.lists(_json_value, max_size=5), encodings)
    if fmt == "text":
        return st.builds(lambda meta, body, codec: encoded(f"---\n{meta}\n---\n{body}", codec),
                         st.one_of(_yaml_value.map(lambda v: json.dumps(v) if not isinstance(v, str) else v), st.text(max_size=80)),
                         st.one_of(NEWS, RAW), encodings)
    if fmt == "html":
        return st.builds(lambda title, paras, codec: encoded(
            f"<html><head><title>{html.escape(title)}</title></head><body><article>"
            + "".join(f"<p>{html.escape(p)}</p>" for p in paras) + "</article></body></html>", codec),
            st.text(max_size=30), st.lists(st.one_of(NEWS, RAW), max_size=4), encodings)
    return st.builds(lambda items, codec: encoded(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
        + "".join(f"<item><title>{xml_escape(t)}</title><guid>{xml_escape(g)}</guid><description>{xml_escape(d)}</description></item>"
                  for t, g, d in items) + "</channel></rss>", codec),
        st.lists(st.tuples(st.text(max_size=20), st.text(max_size=10), st.one_of(NEWS, RAW)), max_size=4), encodings)


def _inputs(fmt: str) -> st.SearchStrategy[bytes]:
    return st.one_of(_mutated(fmt), _structured(fmt), st.binary(max_size=600))


def _run_reader(fmt: str, data: bytes, location: str) -> list:
    """What a reader gives for `data`: documents and failures; it may raise only the project's error."""
    try:
        if fmt == "jsonl":
            return list(read_jsonl_lines(iter(data.splitlines(keepends=True)), location, MAX_BYTES))
        return list(READERS[fmt](data, location))
    except FlashpointError as exc:
        assert exc.code in CODES and exc.code != "reader-error", exc
        assert exc.location == location, exc  # names the file
        return [exc]


def _check_items(items: list, location: str) -> None:
    for item in items:
        assert isinstance(item, Document | Failure | FlashpointError), item
        if isinstance(item, Failure):
            assert item.code in CODES and item.code != "reader-error", item
            assert item.location.startswith(location), item
        if isinstance(item, Document):
            assert item.text.strip()
            item.text.encode("utf-8")  # no lone surrogate reached a document
            assert "\x00" not in item.text


def _check_reader(fmt: str, data: bytes) -> None:
    location = f"/fuzz/input{SUFFIXES[fmt]}"
    _check_items(_run_reader(fmt, data, location), location)


@FUZZ
@given(data=_inputs("text"))
@example(data=b"---\npublished: 2024-02-30\n---\nIran struck.")  # ValueError, not YAMLError (issue 18)
@example(data=b"---\n!!python/object/apply:os.system [ls]\n---\nIran struck.")
@example(data=b"---\nid: " + b"9" * 5000 + b"\n---\nIran struck.")
@example(data=b"---\ntitle: " + b"[" * 5000 + b"\n---\nIran struck.")
@example(data="---\ntitle: T\n---\nIran struck in Balochistan on Tuesday.".encode("utf-16-le"))  # UTF-16, no BOM
@example(data="Iran struck in Balochistan on Tuesday, officials said.".encode("utf-16"))
@example(data="Téhéran a frappé le Balochistan mardi.".encode("latin-1"))
def test_the_text_reader_fails_only_with_its_own_errors(data):
    _check_reader("text", data)


@FUZZ
@given(data=_inputs("json"))
@example(data=b'{"text": "Iran struck.", "id": ' + b"9" * 5000 + b"}")  # ValueError (issue 18)
@example(data=b"[" * 100_000 + b"]" * 100_000)  # RecursionError (issue 18)
@example(data=b'{"text": "Iran", "title": ' + b"[" * 50_000 + b"]" * 50_000 + b"}")
@example(data=b'{"text": "Iran said \\ud800 it struck."}')  # UnicodeEncodeError downstream (issue 18)
@example(data=b"[]")  # neither a document nor a failure (issue 18)
@example(data=b'[{"text": "Iran struck."}, 7, {"id": 1}]')
def test_the_json_reader_fails_only_with_its_own_errors(data):
    _check_reader("json", data)


@FUZZ
@given(data=_inputs("jsonl"))
@example(data=b'{"text": "x", "id": ' + b"9" * 5000 + b"}\n")
@example(data=b'{"text": "Iran said \\udc00 it struck."}\n{"text": "Iran struck."}\n')
@example(data=b"[" * 100_000 + b"\n")
@example(data=b"\n\n")
def test_the_jsonl_reader_fails_only_with_its_own_errors(data):
    _check_reader("jsonl", data)


@FUZZ
@given(data=_inputs("html"))
@example(data=b"<html><body></body></html>")
@example(data=b"\xff\xfe<\x00p\x00>\x00")
@example(data=b"<" * 10_000 + b"div>" * 10_000)
@example(data=b"<html><body>" + b"<div>" * 20_000 + b"Iran struck." + b"</div>" * 20_000 + b"</body></html>")
def test_the_html_reader_fails_only_with_its_own_errors(data):
    _check_reader("html", data)


@FUZZ
@given(data=_inputs("feed"))
@example(data=b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><rss>&lol2;</rss>')
@example(data=b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss>&x;</rss>')  # XXE
@example(data=b'<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "http://example.com/evil.dtd">\n<rss version="2.0"/>')
@example(data=b"<rss>" + b"<a>" * 100_000 + b"</a>" * 100_000 + b"</rss>")
def test_the_feed_reader_fails_only_with_its_own_errors(data):
    _check_reader("feed", data)


# -- files on disk through read_inputs (sniffing, size limit, suffixes, names) --------------------------


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


_name = st.binary(min_size=1, max_size=12).filter(lambda b: b"/" not in b and b"\x00" not in b and not b.startswith(b"."))
_case = st.sampled_from(sorted(SUFFIXES)).flatmap(lambda fmt: _inputs(fmt))


@FUZZ
@given(content=_case, name=_name, suffix=st.sampled_from([*SUFFIXES.values(), "", ".md"]))
@example(content=b"Turkey shelled positions in Syria on Sunday.", name=b"caf\xe9", suffix=".txt")  # not UTF-8 (issue 18)
@example(content=b'{"text": "Turkey shelled Syria."}\n' * 3, name=b"lines", suffix="")  # JSONL told by its content
@example(content=b"x" * (MAX_BYTES + 1), name=b"big", suffix=".jsonl")
def test_a_file_of_any_content_and_name_reads_as_documents_or_named_failures(fuzz_dir, content, name, suffix):
    path = os.path.join(os.fsencode(fuzz_dir), name + suffix.encode())
    with open(path, "wb") as handle:
        handle.write(content)
    try:
        items = list(read_inputs([os.fsdecode(path)], max_bytes=MAX_BYTES))
        walked = list(read_inputs([str(fuzz_dir)], max_bytes=MAX_BYTES))  # in a directory the suffix decides
    finally:
        os.unlink(path)
    location = printable(os.fsdecode(path))
    assert items, "a file gives at least a document or a failure"
    for item in items:
        assert isinstance(item, Document | Failure), item
        item.location.encode("utf-8")  # storable: undecodable bytes of the name are escaped
        assert item.location.startswith(location), item
        if isinstance(item, Failure):
            assert item.code in CODES and item.code != "reader-error", item
    assert len(walked) == (len(items) if suffix in SUFFIXES.values() else 0)


# -- a well-formed document of any text comes back exactly -----------------------------------------------

_TEXT = st.one_of(NEWS, st.text(min_size=1, max_size=200)).filter(lambda t: t.strip() and "\x00" not in t)


@FUZZ
@given(texts=st.lists(_TEXT, min_size=1, max_size=4), ascii_=st.booleans())
def test_json_and_jsonl_documents_of_any_text_read_back_exactly(texts, ascii_):
    objects = [{"id": f"d{i}", "text": t} for i, t in enumerate(texts)]
    [*from_array] = _run_reader("json", json.dumps(objects, ensure_ascii=ascii_).encode(), "a.json")
    lines = "".join(json.dumps(o, ensure_ascii=ascii_) + "\n" for o in objects).encode()
    [*from_lines] = _run_reader("jsonl", lines, "a.jsonl")
    for items in (from_array, from_lines):
        assert [(d.id, d.text) for d in items] == [(o["id"], o["text"]) for o in objects]


@FUZZ
@given(text=NEWS.filter(lambda t: t.strip() and not t.startswith(("---", "\ufeff"))))
def test_a_text_file_of_news_reads_back_exactly(text):
    [document] = _run_reader("text", text.encode(), "a.txt")
    assert isinstance(document, Document) and document.text == text


def _xml_safe(text: str) -> str:
    """`text` less the characters XML 1.0 cannot hold at all (control characters, U+FFFE/U+FFFF)."""
    return "".join(c for c in text if c in "\t\n\r" or (" " <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd") or c >= "\U00010000")


@FUZZ
@given(items=st.lists(st.tuples(st.text(max_size=20), NEWS), min_size=1, max_size=4))
def test_every_feed_entry_gives_a_document_or_a_failure(items):
    body = "".join(f"<item><title>{xml_escape(_xml_safe(t))}</title><guid>g{i}</guid>"
                   f"<description>{xml_escape(_xml_safe(d))}</description></item>" for i, (t, d) in enumerate(items))
    data = f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{body}</channel></rss>'.encode()
    got = _run_reader("feed", data, "f.xml")
    assert len(got) == len(items)
    assert all(isinstance(g, Document) or g.code == "empty" for g in got)
