"""Ingest on real files: every input kind, stable ids, encodings, bad inputs, the store and the CLI.

Everything here reads real files written to `tmp_path` (or real byte streams for stdin);
nothing is mocked. Tests that parse use the session-scoped `pipeline` fixture.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flashpoint.errors import CODES, FlashpointError
from flashpoint.ingest import Document, Failure, content_id, read_inputs
from flashpoint.service import ingest

from .conftest import EXAMPLES, IRAN_PAKISTAN, write

FLASHPOINT = str(Path(sys.executable).parent / "flashpoint")
DOC_ID = re.compile(r"^doc-[0-9a-f]{20}$")


def read(*paths, **options) -> list[Document | Failure]:
    return list(read_inputs([str(p) for p in paths], **options))


def documents(items) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def failures(items) -> list[Failure]:
    return [i for i in items if isinstance(i, Failure)]


def only_document(items) -> Document:
    assert len(items) == 1, items
    assert isinstance(items[0], Document), items[0]
    return items[0]


def only_failure(items) -> Failure:
    assert len(items) == 1, items
    assert isinstance(items[0], Failure), items[0]
    return items[0]


# -- inputs -----------------------------------------------------------------------------------

STRIKE = (
    "Iran launched missile and drone strikes on what it said were militant bases in Pakistan's "
    "Balochistan province on Tuesday.\nPakistan condemned the attack and recalled its ambassador from Tehran.\n"
)

HTML_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Border clash kills three soldiers | Daily Sentinel</title>
  <meta property="og:title" content="Border clash kills three soldiers">
  <meta property="article:published_time" content="2024-03-07T08:15:00+00:00">
  <script>window.tracking = "TRACKING-SCRIPT-TEXT";</script>
  <style>body { font-family: STYLESHEET-TEXT; }</style>
</head>
<body>
  <div class="cookie-banner" id="cookie-banner">
    <p>We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.</p>
    <button>Accept all cookies</button>
  </div>
  <header>
    <nav class="site-nav">
      <ul>
        <li><a href="/">Sentinel Home Page</a></li>
        <li><a href="/world">World News Section</a></li>
        <li><a href="/subscribe">Subscribe Today Offer</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <h1>Border clash kills three soldiers</h1>
      <p>Three soldiers were killed on Thursday when troops exchanged fire across the disputed border near the
      mountain village of Karvan, officials in the provincial capital said.</p>
      <p>The defence ministry accused the neighbouring army of opening fire first and said it had lodged a formal
      protest with the ambassador, who was summoned to the ministry in the afternoon.</p>
      <p>Residents described hours of heavy shelling that damaged several houses and forced families to shelter in
      basements until the fighting stopped late in the evening.</p>
    </article>
  </main>
  <footer>
    <p>Copyright 2024 Daily Sentinel Media Group. All rights reserved.</p>
    <a href="/privacy">Privacy Policy and Cookie Settings</a>
  </footer>
</body>
</html>
"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Test Wire World</title>
    <link>https://example.org/world</link>
    <description>Sample feed</description>
    <item>
      <guid isPermaLink="false">tw-2024-01-16-iran-strike</guid>
      <title>Iran strikes &amp; Pakistan protests</title>
      <link>https://example.org/2024/01/16/iran-strike</link>
      <pubDate>Tue, 16 Jan 2024 21:30:00 +0000</pubDate>
      <description>&lt;p&gt;Iran struck &lt;b&gt;militant bases&lt;/b&gt; in Pakistan.&lt;/p&gt;&lt;p&gt;Islamabad recalled its ambassador.&lt;/p&gt;&lt;script&gt;alert("SCRIPT-IN-FEED")&lt;/script&gt;</description>
    </item>
    <item>
      <guid>tw-2024-01-18-pakistan-retaliates</guid>
      <title>Pakistan retaliates</title>
      <link>https://example.org/2024/01/18/pakistan-retaliates</link>
      <pubDate>Thu, 18 Jan 2024 06:00:00 GMT</pubDate>
      <description>Pakistan struck targets in Iran's Sistan and Baluchestan province.</description>
    </item>
  </channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Desk</title>
  <id>urn:example:atom-desk</id>
  <updated>2024-01-19T12:00:00Z</updated>
  <entry>
    <id>urn:uuid:6f1c0a52-0b0e-4b5e-9d7e-000000000001</id>
    <title>UN urges restraint</title>
    <link href="https://example.org/atom/1"/>
    <published>2024-01-18T20:00:00Z</published>
    <updated>2024-01-19T08:00:00Z</updated>
    <content type="html">&lt;p&gt;The UN chief urged &lt;em&gt;maximum restraint&lt;/em&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;China offered help.&lt;/li&gt;&lt;/ul&gt;</content>
  </entry>
  <entry>
    <id>urn:uuid:6f1c0a52-0b0e-4b5e-9d7e-000000000002</id>
    <title>Only updated</title>
    <link href="https://example.org/atom/2"/>
    <updated>2024-01-19T09:00:00Z</updated>
    <summary>A summary without markup.</summary>
  </entry>
</feed>
"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><description>&lol9;</description></item>
</channel></rss>
"""

PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 8 + os.urandom(2048)


def test_plain_text_without_front_matter(tmp_path):
    path = write(tmp_path / "strike.txt", STRIKE)
    doc = only_document(read(path))
    assert doc.text == STRIKE
    assert DOC_ID.match(doc.id)
    assert (doc.title, doc.source, doc.published, doc.url) == (None, None, None, None)
    assert doc.published_inferred is False
    assert doc.location == str(path)
    assert doc.size == len(STRIKE.encode("utf-8"))


def test_plain_text_with_front_matter(tmp_path):
    path = write(tmp_path / "article.txt", (
        "---\n"
        "title: Iran strikes militant bases in Pakistan\n"
        "source: Test Wire\n"
        'published: "16 January 2024"\n'
        "url: https://example.org/2024/01/16/iran-strikes\n"
        "---\n" + STRIKE
    ))
    doc = only_document(read(path))
    assert doc.title == "Iran strikes militant bases in Pakistan"
    assert doc.source == "Test Wire"
    assert doc.published == "2024-01-16"
    assert doc.published_inferred is False  # given by the user, not inferred
    assert doc.url == "https://example.org/2024/01/16/iran-strikes"
    assert doc.text == STRIKE
    assert "---" not in doc.text and "title:" not in doc.text and "source:" not in doc.text
    assert doc.id == content_id(STRIKE)  # the id hashes the body, not the front matter


@pytest.mark.parametrize(("line", "expected"), [
    ("published: 2024-01-16", "2024-01-16"),  # YAML date
    ("published: 2024-01-16T23:10:00Z", "2024-01-16"),  # YAML timestamp
    ('published: "Tue, 16 Jan 2024 10:00:00 +0000"', "2024-01-16"),  # RFC 822 string
    ("date: 2024-01-16", "2024-01-16"),  # `date` is an alias of `published`
    ('published: "January 2024"', "2024-01-01"),  # missing day: first of the month, never today's
])
def test_front_matter_published_is_normalised(tmp_path, line, expected):
    path = write(tmp_path / "dated.txt", f"---\n{line}\n---\nThe body of the article.\n")
    doc = only_document(read(path))
    assert doc.published == expected
    assert doc.text == "The body of the article.\n"


def test_front_matter_with_crlf_line_endings(tmp_path):
    path = write(tmp_path / "crlf.txt", b"---\r\ntitle: Windows file\r\nsource: Desk\r\n---\r\nBody from Windows.\r\n")
    doc = only_document(read(path))
    assert (doc.title, doc.source) == ("Windows file", "Desk")
    assert doc.text.strip() == "Body from Windows."


def test_html_page_drops_boilerplate_and_reads_metadata(tmp_path):
    path = write(tmp_path / "page.html", HTML_PAGE)
    doc = only_document(read(path))
    assert "Three soldiers were killed on Thursday" in doc.text
    assert "summoned to the ministry in the afternoon" in doc.text
    assert "forced families to shelter in basements" in doc.text
    for boilerplate in ("Sentinel Home Page", "World News Section", "Subscribe Today Offer", "cookies",
                        "All rights reserved", "Privacy Policy", "TRACKING-SCRIPT-TEXT", "STYLESHEET-TEXT", "<p>"):
        assert boilerplate not in doc.text, boilerplate
    assert doc.title == "Border clash kills three soldiers"
    assert doc.published == "2024-03-07"
    assert doc.published_inferred is True
    assert DOC_ID.match(doc.id)
    assert doc.location == str(path)


UNDATED_PAGE = re.sub(r'\s*<meta property="article:published_time"[^>]*>', "", HTML_PAGE)


def test_html_page_without_a_date_is_not_marked_inferred(tmp_path):
    page = UNDATED_PAGE.replace("Copyright 2024 ", "")
    assert "2024" not in page
    doc = only_document(read(write(tmp_path / "undated.html", page)))
    assert doc.published is None
    assert doc.published_inferred is False


def test_html_copyright_year_is_not_a_publication_date(tmp_path):
    assert "Copyright 2024" in UNDATED_PAGE and "article:published_time" not in UNDATED_PAGE
    doc = only_document(read(write(tmp_path / "undated.html", UNDATED_PAGE)))
    assert doc.published is None
    assert doc.published_inferred is False


def test_html_example_page():
    doc = only_document(read(EXAMPLES / "kerman-bombing.html"))
    assert doc.title.startswith("Islamic State claims Kerman bombings")
    assert doc.published == "2024-01-05" and doc.published_inferred is True
    assert "Privacy policy" not in doc.text and "Accept all" not in doc.text and "Sign in" not in doc.text
    assert "KERMAN, Iran" in doc.text


def test_json_object(tmp_path):
    obj = {"id": "red-sea-1", "source": "Test Wire", "published": "2024-01-12T03:00:00Z", "title": "Strikes on Houthis",
           "url": "https://example.org/red-sea", "text": "US and UK warplanes struck Houthi targets in Yemen."}
    path = write(tmp_path / "one.json", json.dumps(obj, indent=2))
    doc = only_document(read(path))
    assert (doc.id, doc.source, doc.title, doc.url, doc.text) == (obj["id"], obj["source"], obj["title"], obj["url"], obj["text"])
    assert doc.published == "2024-01-12"
    assert doc.published_inferred is False
    assert doc.location == str(path)


def test_json_array_of_objects(tmp_path):
    objs = [{"id": "a1", "text": "First article text.", "title": "First"},
            {"text": "Second article text, without an id.", "published": "2024-02-03"}]
    path = write(tmp_path / "many.json", json.dumps(objs))
    items = read(path)
    assert failures(items) == []
    docs = documents(items)
    assert [d.text for d in docs] == [o["text"] for o in objs]
    assert docs[0].id == "a1" and docs[0].title == "First"
    assert docs[1].id == content_id(objs[1]["text"]) and docs[1].published == "2024-02-03"
    assert [d.location for d in docs] == [f"{path}#0", f"{path}#1"]


def test_json_array_bad_element_fails_alone(tmp_path):
    path = write(tmp_path / "mixed.json", json.dumps([{"text": "Good one."}, "just a string", {"title": "no text"}]))
    items = read(path)
    assert [d.text for d in documents(items)] == ["Good one."]
    bad = failures(items)
    assert [(f.location, f.code) for f in bad] == [(f"{path}#1", "bad-field"), (f"{path}#2", "bad-field")]


def test_jsonl_several_lines(tmp_path):
    lines = [{"id": "w1", "text": "Militants attacked Tower 22 in Jordan.", "source": "Wire"},
             {"id": "w2", "text": "The United States struck targets in Iraq and Syria.", "published": "2024-02-02"},
             {"text": "India struck sites in Pakistan.", "title": "Operation"}]
    # A blank line in the middle is skipped, but line numbers stay those of the file.
    content = json.dumps(lines[0]) + "\n" + json.dumps(lines[1]) + "\n\n" + json.dumps(lines[2]) + "\n"
    path = write(tmp_path / "wire.jsonl", content)
    items = read(path)
    assert failures(items) == []
    docs = documents(items)
    assert [d.text for d in docs] == [line["text"] for line in lines]
    assert [d.id for d in docs] == ["w1", "w2", content_id(lines[2]["text"])]
    assert [d.location for d in docs] == [f"{path}:1", f"{path}:2", f"{path}:4"]
    assert docs[0].source == "Wire" and docs[1].published == "2024-02-02" and docs[2].title == "Operation"


def test_rss_feed(tmp_path):
    path = write(tmp_path / "world.xml", RSS)
    items = read(path)
    assert failures(items) == []
    first, second = documents(items)
    assert first.id == "tw-2024-01-16-iran-strike"
    assert first.title == "Iran strikes & Pakistan protests"
    assert first.url == "https://example.org/2024/01/16/iran-strike"
    assert first.published == "2024-01-16"
    assert first.source == "Test Wire World"
    assert first.location == f"{path}#tw-2024-01-16-iran-strike"
    assert first.text == "Iran struck militant bases in Pakistan.\nIslamabad recalled its ambassador."
    assert "<" not in first.text and "SCRIPT-IN-FEED" not in first.text
    assert second.id == "tw-2024-01-18-pakistan-retaliates"
    assert second.published == "2024-01-18"
    assert second.text == "Pakistan struck targets in Iran's Sistan and Baluchestan province."


def test_atom_feed(tmp_path):
    path = write(tmp_path / "desk.atom", ATOM)
    items = read(path)
    assert failures(items) == []
    first, second = documents(items)
    assert first.id == "urn:uuid:6f1c0a52-0b0e-4b5e-9d7e-000000000001"
    assert first.title == "UN urges restraint"
    assert first.url == "https://example.org/atom/1"
    assert first.published == "2024-01-18"  # <published>, not <updated>
    assert first.source == "Atom Desk"
    assert first.text == "The UN chief urged maximum restraint.\nChina offered help."
    assert second.published == "2024-01-19"  # only <updated>
    assert second.text == "A summary without markup."


def test_feed_entry_without_guid_uses_link_then_content(tmp_path):
    feed = ('<rss version="2.0"><channel><title>N</title>'
            "<item><title>a</title><link>https://example.org/a</link><description>Linked item.</description></item>"
            "<item><title>b</title><description>Neither id nor link.</description></item>"
            "</channel></rss>")
    path = write(tmp_path / "plain.rss", feed)
    a, b = documents(read(path))
    assert a.id == "https://example.org/a"
    assert b.id == content_id("Neither id nor link.")
    assert b.location == f"{path}#1"


def test_directory_is_read_recursively(tmp_path):
    root = tmp_path / "corpus"
    write(root / "a.txt", "Article A at the top.")
    write(root / "sub" / "b.json", json.dumps({"id": "b", "text": "Article B in a folder."}))
    write(root / "sub" / "deeper" / "c.jsonl", json.dumps({"id": "c", "text": "Article C two folders down."}) + "\n")
    write(root / "sub" / "deeper" / "d.html", HTML_PAGE)
    write(root / "sub" / "e.rss", RSS)
    # Passed over: hidden files and folders, unknown suffixes (even when they would fail to read).
    write(root / ".hidden.txt", "Hidden article.")
    write(root / ".git" / "f.txt", "Inside a hidden folder.")
    write(root / "photo.png", PNG_BYTES)
    write(root / "README.md", "# Readme\nNot an article.")
    write(root / "notes", "No suffix at all.")
    items = read(root)
    assert failures(items) == []
    docs = documents(items)
    texts = " ".join(d.text for d in docs)
    assert len(docs) == 6  # a, b, c, d, and the two feed entries
    for wanted in ("Article A", "Article B", "Article C", "Three soldiers were killed", "Iran struck militant bases"):
        assert wanted in texts
    for unwanted in ("Hidden article", "hidden folder", "Readme", "No suffix"):
        assert unwanted not in texts
    locations = [d.location for d in docs]
    assert locations[0] == str(root / "a.txt")  # files of a folder before its subfolders, in a stable order
    assert str(root / "sub" / "b.json") in locations
    assert f"{root / 'sub' / 'deeper' / 'c.jsonl'}:1" in locations
    assert read(root) == items  # the same order every time


def test_a_file_named_explicitly_is_read_whatever_its_suffix(tmp_path):
    doc = only_document(read(write(tmp_path / "notes.md", "Named on the command line, so read.")))
    assert doc.text == "Named on the command line, so read."


def test_input_format_overrides_the_suffix(tmp_path):
    path = write(tmp_path / "raw.json", '{"text": "not parsed as JSON"}')
    doc = only_document(read(path, input_format="text"))
    assert doc.text == '{"text": "not parsed as JSON"}'
    with pytest.raises(FlashpointError) as info:
        read(path, input_format="pdf")
    assert info.value.code == "bad-option"


def test_stdin_jsonl():
    data = b'{"id": "s1", "text": "Alpha from stdin."}\n{"id": "s2", "text": "Beta from stdin."}\n{"text": "Gamma."}\n'
    items = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert failures(items) == []
    docs = documents(items)
    assert [d.id for d in docs] == ["s1", "s2", content_id("Gamma.")]
    assert [d.text for d in docs] == ["Alpha from stdin.", "Beta from stdin.", "Gamma."]
    assert [d.location for d in docs] == ["<stdin>:1", "<stdin>:2", "<stdin>:3"]


def test_stdin_jsonl_of_real_articles():
    lines = IRAN_PAKISTAN.read_bytes().splitlines(keepends=True)
    assert len(lines) >= 2 and len(lines[0]) > 512
    items = list(read_inputs(["-"], stdin=io.BytesIO(b"".join(lines))))
    assert failures(items) == []
    assert [d.id for d in documents(items)] == [json.loads(line)["id"] for line in lines]


def test_jsonl_file_without_suffix_of_real_articles(tmp_path):
    path = write(tmp_path / "export", IRAN_PAKISTAN.read_bytes())
    items = read(path)
    assert failures(items) == []
    assert len(documents(items)) == len(IRAN_PAKISTAN.read_bytes().splitlines())


def test_stdin_plain_text():
    text = "Plain text arriving on stdin.\nA second line.\n"
    doc = only_document(list(read_inputs(["-"], stdin=io.BytesIO(text.encode("utf-8")))))
    assert doc.text == text
    assert doc.location == "<stdin>"
    assert doc.id == content_id(text)


def test_stdin_empty_is_a_failure():
    failure = only_failure(list(read_inputs(["-"], stdin=io.BytesIO(b""))))
    assert (failure.location, failure.code) == ("<stdin>", "empty")


# -- ids --------------------------------------------------------------------------------------


def test_document_without_id_gets_content_hash(tmp_path):
    doc = only_document(read(write(tmp_path / "x.txt", STRIKE)))
    assert DOC_ID.match(doc.id)
    assert doc.id == content_id(STRIKE)
    # Stable across runs and files: the id depends on the text only.
    again = only_document(read(write(tmp_path / "other-name.txt", STRIKE)))
    assert again.id == doc.id


def test_same_text_with_different_whitespace_gets_the_same_id(tmp_path):
    a = only_document(read(write(tmp_path / "a.txt", "Iran struck  Pakistan.\nPakistan   retaliated.\n")))
    b = only_document(read(write(tmp_path / "b.txt", "  Iran struck Pakistan. Pakistan retaliated.")))
    c = only_document(read(write(tmp_path / "c.json", json.dumps({"text": "Iran struck Pakistan.\r\n\tPakistan retaliated."}))))
    d = only_document(read(write(tmp_path / "d.txt", "Iran struck Pakistan. Pakistan did not retaliate.")))
    assert a.id == b.id == c.id
    assert d.id != a.id
    assert a.text != b.text  # the text itself is kept as it was


def test_given_id_is_kept(tmp_path):
    from_json = only_document(read(write(tmp_path / "a.json", json.dumps({"id": "reuters-42", "text": STRIKE}))))
    from_int = only_document(read(write(tmp_path / "b.json", json.dumps({"id": 42, "text": STRIKE}))))
    from_front = only_document(read(write(tmp_path / "c.txt", "---\nid: wire-7\n---\n" + STRIKE)))
    from_blank = only_document(read(write(tmp_path / "d.json", json.dumps({"id": "  ", "text": STRIKE}))))
    assert from_json.id == "reuters-42"
    assert from_int.id == "42"
    assert from_front.id == "wire-7"
    assert from_blank.id == content_id(STRIKE)  # a blank id is no id


# -- encodings --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "encoding"), [
    pytest.param("Zürich: the minister’s “statement” — délivré à Genève.", "cp1252", id="cp1252-short"),
    pytest.param("Le président a déclaré que la sécurité de l’État était menacée. « Nous ne céderons pas », a-t-il ajouté, "
     "à Paris, après une réunion à l’Élysée avec les ministres concernés.", "cp1252", id="cp1252-french"),
    pytest.param("The minister said: “We will respond” — officials in Tehran’s foreign ministry, the café owner noted, "
                 "were naïve about the résumé.", "cp1252", id="cp1252-english"),
    pytest.param("São Paulo e Brasília: a população está à espera; ação, coração, informação é necessária. "
                 "Señor Muñoz dijo: ¿qué?", "latin-1", id="latin-1"),
])
def test_legacy_encoding_is_decoded(tmp_path, text, encoding):
    data = text.encode(encoding)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # really not UTF-8, so detection is what is tested
    doc = only_document(read(write(tmp_path / "legacy.txt", data)))
    assert doc.text == text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path, codec):
    text = "Tehran’s “strike” on Pakistan — été, naïve.\nSecond line."
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    doc = only_document(read(write(tmp_path / "u16.txt", bom + text.encode(codec))))
    assert doc.text == text
    assert "\ufeff" not in doc.text


def test_utf16_json_with_bom(tmp_path):
    data = json.dumps({"id": "u", "text": "Café à Téhéran."}, ensure_ascii=False).encode("utf-16")
    doc = only_document(read(write(tmp_path / "u16.json", data)))
    assert (doc.id, doc.text) == ("u", "Café à Téhéran.")


def test_utf16_jsonl_with_bom(tmp_path):
    data = ('{"id": "a", "text": "Alpha été."}\n{"id": "b", "text": "Beta."}\n').encode("utf-16")
    items = read(write(tmp_path / "u16.jsonl", data))
    assert failures(items) == []
    assert [(d.id, d.text) for d in documents(items)] == [("a", "Alpha été."), ("b", "Beta.")]


def test_utf8_bom(tmp_path):
    text_doc = only_document(read(write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + "Café “quoted” text.".encode("utf-8"))))
    assert text_doc.text == "Café “quoted” text."
    # The BOM must not hide front matter or break JSON.
    front = only_document(read(write(tmp_path / "bom-front.txt", b"\xef\xbb\xbf---\ntitle: With BOM\n---\nBody.\n")))
    assert front.title == "With BOM" and front.text == "Body.\n"
    json_doc = only_document(read(write(tmp_path / "bom.json", b"\xef\xbb\xbf" + b'{"id": "j", "text": "JSON with BOM."}')))
    assert (json_doc.id, json_doc.text) == ("j", "JSON with BOM.")
    jsonl_doc = only_document(read(write(tmp_path / "bom.jsonl", b"\xef\xbb\xbf" + b'{"id": "l", "text": "JSONL with BOM."}\n')))
    assert (jsonl_doc.id, jsonl_doc.text) == ("l", "JSONL with BOM.")


# -- bad inputs -------------------------------------------------------------------------------

NOT_A_FEED = '<?xml version="1.0"?>\n<config><setting name="retries">3</setting><setting name="mode">fast</setting></config>\n'
BAD_XML = '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Broken</title><item><title>a</item></channel>\n'
EMPTY_HTML = "<!DOCTYPE html><html><head><title>Nothing here</title></head><body><div></div><nav><ul></ul></nav></body></html>"


BAD_INPUTS = [
    ("photo.txt", PNG_BYTES, "binary"),
    ("zeros.json", b'{"text": "' + b"\x00" * 50 + b'"}', "binary"),
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t\r\n   \n", "empty"),
    ("empty.json", b"", "empty"),
    ("empty.html", b"\n\n", "empty"),
    ("notext.json", json.dumps({"id": "x", "title": "No text field"}), "bad-field"),
    ("textnull.json", json.dumps({"text": None}), "bad-field"),
    ("textnumber.json", json.dumps({"text": 12}), "bad-field"),
    ("emptytext.json", json.dumps({"text": "   "}), "empty"),
    ("baddate.json", json.dumps({"text": "Some text.", "published": "sometime soon"}), "bad-field"),
    ("intdate.json", json.dumps({"text": "Some text.", "published": 20240116}), "bad-field"),
    ("listtitle.json", json.dumps({"text": "Some text.", "title": ["a", "b"]}), "bad-field"),
    ("scalar.json", "42", "bad-field"),
    ("broken.xml", BAD_XML, "bad-xml"),
    ("config.xml", NOT_A_FEED, "unknown-format"),
    ("blank.html", EMPTY_HTML, "bad-html"),
    ("badyaml.txt", "---\ntitle: [unclosed\nsource: x\n---\nBody.\n", "bad-front-matter"),
    ("listyaml.txt", "---\n- a\n- b\n---\nBody.\n", "bad-front-matter"),
    ("onlyfront.txt", "---\ntitle: Nothing below\n---\n\n", "empty"),
]


@pytest.mark.parametrize(("name", "content", "code"), [pytest.param(*case, id=f"{case[0]}-{case[2]}") for case in BAD_INPUTS])
def test_bad_input_is_a_failure(tmp_path, name, content, code):
    path = write(tmp_path / name, content)
    failure = only_failure(read(path))
    assert failure.code == code
    assert failure.code in CODES
    assert failure.location == str(path)
    assert failure.stage == "ingest"
    assert failure.message and "\n" not in failure.message
    assert failure.one_line() == f"{path}: {failure.message} [{code}]"


def test_file_over_the_size_limit(tmp_path):
    big = write(tmp_path / "big.txt", "x" * 101)
    failure = only_failure(read(big, max_bytes=100))
    assert (failure.code, failure.location) == ("too-large", str(big))
    assert "101" in failure.message and "100" in failure.message
    # At the limit is fine.
    at_limit = write(tmp_path / "limit.txt", "y" * 100)
    assert only_document(read(at_limit, max_bytes=100)).text == "y" * 100
    # Stdin has the same limit.
    failure = only_failure(list(read_inputs(["-"], stdin=io.BytesIO(b"z" * 500), max_bytes=100)))
    assert (failure.code, failure.location) == ("too-large", "<stdin>")


def test_jsonl_record_over_the_size_limit_fails_alone(tmp_path):
    path = write(tmp_path / "big.jsonl", '{"text": "small"}\n' + json.dumps({"text": "x" * 200}) + '\n{"text": "tiny"}\n')
    items = read(path, max_bytes=100)
    assert [d.text for d in documents(items)] == ["small", "tiny"]
    assert [(f.location, f.code) for f in failures(items)] == [(f"{path}:2", "too-large")]


def test_malformed_json_names_line_and_column(tmp_path):
    path = write(tmp_path / "broken.json", '{\n  "text": "abc",\n  "id": \n}\n')
    failure = only_failure(read(path))
    assert (failure.code, failure.location) == ("bad-json", str(path))
    assert re.search(r"line 4 column 1\b", failure.message), failure.message


def test_jsonl_with_one_bad_line(tmp_path):
    path = write(tmp_path / "wire.jsonl", '{"id": "one", "text": "First good line."}\n'
                                          '{"id": "two", "text": oops}\n'
                                          '{"id": "three", "text": "Third good line."}\n')
    items = read(path)
    bad = failures(items)
    assert len(bad) == 1
    assert bad[0].code == "bad-json"
    assert bad[0].location.endswith(":2") and bad[0].location == f"{path}:2"
    assert "column" in bad[0].message
    assert [(d.id, d.text) for d in documents(items)] == [("one", "First good line."), ("three", "Third good line.")]
    assert [d.location for d in documents(items)] == [f"{path}:1", f"{path}:3"]


def test_jsonl_line_without_text(tmp_path):
    path = write(tmp_path / "wire.jsonl", '{"text": "ok"}\n{"title": "no text"}\n[1, 2]\n')
    items = read(path)
    assert [(f.location, f.code) for f in failures(items)] == [(f"{path}:2", "bad-field"), (f"{path}:3", "bad-field")]
    assert [d.text for d in documents(items)] == ["ok"]


@pytest.mark.parametrize("content", [b"", b"\n  \n\n"], ids=["zero-bytes", "blank-lines"])
def test_empty_jsonl_file_is_a_failure(tmp_path, content):
    path = write(tmp_path / "empty.jsonl", content)
    failure = only_failure(read(path))
    assert (failure.code, failure.location) == ("empty", str(path))


def test_billion_laughs_is_refused_quickly(tmp_path):
    path = write(tmp_path / "bomb.xml", BILLION_LAUGHS)
    start = time.perf_counter()
    failure = only_failure(read(path))
    elapsed = time.perf_counter() - start
    assert (failure.code, failure.location) == ("unsafe-xml", str(path))
    assert "entit" in failure.message.lower()
    assert elapsed < 2.0


def test_external_entity_is_refused(tmp_path):
    secret = write(tmp_path / "secret.txt", "TOP-SECRET-CONTENT")
    feed = (f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
            '<rss version="2.0"><channel><title>x</title><item><title>t</title><description>&xxe;</description></item></channel></rss>')
    failure = only_failure(read(write(tmp_path / "xxe.rss", feed)))
    assert failure.code == "unsafe-xml"
    assert "TOP-SECRET" not in failure.message


def test_missing_path(tmp_path):
    path = tmp_path / "nowhere" / "article.txt"
    failure = only_failure(read(path))
    assert (failure.code, failure.location) == ("not-found", str(path))
    assert failure.message


def test_bad_inputs_do_not_stop_the_batch(tmp_path):
    good1 = write(tmp_path / "1.txt", "First good article.")
    binary = write(tmp_path / "2.txt", PNG_BYTES)
    good2 = write(tmp_path / "3.json", json.dumps({"text": "Second good article."}))
    items = read(good1, binary, tmp_path / "missing.txt", good2)
    assert [type(i).__name__ for i in items] == ["Document", "Failure", "Failure", "Document"]
    assert [f.code for f in failures(items)] == ["binary", "not-found"]


# -- the store: service.ingest ----------------------------------------------------------------


def _mixed_batch(root: Path) -> tuple[list[str], dict[str, str], list[str]]:
    """Paths, {failure location: code}, and the texts of the good documents."""
    good_txt = write(root / "good.txt", "---\ntitle: Strike\nsource: Test Wire\npublished: 2024-01-16\n---\n"
                                        "Iran launched missile strikes on militant bases in Pakistan on Tuesday.\n")
    wire = write(root / "wire.jsonl", '{"id": "wire-1", "text": "Pakistan recalled its ambassador from Tehran on Wednesday."}\n'
                                      '{"id": "wire-2", "text": broken}\n'
                                      '{"id": "wire-3", "text": "Pakistan struck targets in Iran on Thursday."}\n')
    blob = write(root / "blob.txt", PNG_BYTES)
    empty = write(root / "empty.txt", "")
    broken = write(root / "broken.json", '{"text": "unterminated')
    missing = root / "missing.txt"
    paths = [str(good_txt), str(wire), str(blob), str(empty), str(broken), str(missing)]
    expected = {f"{wire}:2": "bad-json", str(blob): "binary", str(empty): "empty",
                str(broken): "bad-json", str(missing): "not-found"}
    texts = ["Iran launched missile strikes on militant bases in Pakistan on Tuesday.\n",
             "Pakistan recalled its ambassador from Tehran on Wednesday.",
             "Pakistan struck targets in Iran on Thursday."]
    return paths, expected, texts


def test_ingest_mixed_batch_into_the_store(tmp_path, store, pipeline):
    paths, expected, texts = _mixed_batch(tmp_path / "batch")

    report = ingest(paths, store, pipeline=pipeline)
    assert (report.stored, report.skipped, report.failed) == (3, 0, len(expected))
    assert {f.location: f.code for f in report.failures} == expected

    stored = {d["id"]: d for d in store.documents()}
    good_id = content_id(texts[0])
    assert set(stored) == {good_id, "wire-1", "wire-3"}
    assert stored[good_id]["title"] == "Strike" and stored[good_id]["published"] == "2024-01-16"
    assert store.document_text("wire-3") == texts[2]
    assert store.counts()["documents"] == 3

    rows = store.failures()
    assert {r["location"]: r["code"] for r in rows} == expected
    assert all(r["stage"] == "ingest" and r["count"] == 1 and r["message"] for r in rows)

    # The same batch again: nothing new is stored, and the failures are counted, not repeated.
    again = ingest(paths, store, pipeline=pipeline)
    assert (again.stored, again.skipped, again.failed) == (0, 3, len(expected))
    assert store.counts()["documents"] == 3
    rows = store.failures()
    assert len(rows) == len(expected)
    assert {r["location"]: r["code"] for r in rows} == expected
    assert all(r["count"] == 2 for r in rows), rows
    assert all(r["first_seen"] <= r["last_seen"] for r in rows)


def test_ingest_skips_repeats_within_one_batch(tmp_path, store, pipeline):
    text = "Houthi forces fired missiles at a cargo ship in the Red Sea."
    a = write(tmp_path / "a.txt", text)
    b = write(tmp_path / "b.txt", "  " + text.replace(" ", "  ") + "\n")  # same text up to whitespace
    report = ingest([str(a), str(b)], store, pipeline=pipeline)
    assert (report.stored, report.skipped, report.failed) == (1, 1, 0)
    assert [d["id"] for d in store.documents()] == [content_id(text)]


# -- the CLI ----------------------------------------------------------------------------------


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([FLASHPOINT, *args], input=stdin, capture_output=True, timeout=120)


def test_cli_ingest_with_a_binary_file_and_failures_listing(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus / "good.txt", "Iran launched missile strikes on militant bases in Pakistan on Tuesday.")
    binary = write(corpus / "scan.txt", PNG_BYTES)
    db = tmp_path / "cli.db"

    result = _run("ingest", str(corpus), "--db", str(db), "-q")
    assert result.returncode == 3, result.stderr.decode()
    assert b"Traceback" not in result.stderr

    listing = _run("failures", "--db", str(db), "--format", "jsonl")
    assert listing.returncode == 0, listing.stderr.decode()
    rows = [json.loads(line) for line in listing.stdout.decode().splitlines() if line.strip()]
    assert len(rows) == 1
    assert rows[0]["location"] == str(binary)
    assert rows[0]["code"] == "binary"
    assert rows[0]["stage"] == "ingest"

    documents_listing = _run("documents", "--db", str(db), "--format", "jsonl")
    assert documents_listing.returncode == 0
    docs = [json.loads(line) for line in documents_listing.stdout.decode().splitlines() if line.strip()]
    assert [d["location"] for d in docs] == [str(corpus / "good.txt")]


def test_cli_ingest_from_stdin(tmp_path):
    db = tmp_path / "stdin.db"
    data = b'{"id": "s1", "text": "Iran struck Pakistan."}\n{"id": "s2", "text": "Pakistan struck Iran."}\n'
    result = _run("ingest", "-", "--db", str(db), "-q", stdin=data)
    assert result.returncode == 0, result.stderr.decode()
    docs = [json.loads(line) for line in _run("documents", "--db", str(db), "--format", "jsonl").stdout.decode().splitlines()]
    assert sorted(d["id"] for d in docs) == ["s1", "s2"]


def test_cli_store_error_is_one_line(tmp_path):
    result = _run("ingest", str(tmp_path / "x"), "--db", "/proc/nonexistent/x.db")
    assert result.returncode == 1
    stderr = result.stderr.decode()
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("flashpoint: error:")
    assert "[store-error]" in lines[0]
    assert "Traceback" not in stderr
    assert result.stdout == b""


def test_parquet_streams_by_row_group_with_failures_per_row(tmp_path):
    """A Parquet table with the JSON fields as columns reads like JSONL: one document per row,
    located `file#row`, a bad or oversized row a failure of its own; a broken file one failure."""
    import datetime

    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"id": "a", "text": "Troops shelled the town.", "published": datetime.date(2024, 1, 19)},
            {"id": "b", "text": None, "published": None},
            {"id": "c", "text": "x" * 500, "published": None}]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "docs.parquet", row_group_size=1)
    write(tmp_path / "named-oddly.dat", (tmp_path / "docs.parquet").read_bytes())  # told by its magic bytes
    for name in ("docs.parquet", "named-oddly.dat"):
        items = read(tmp_path / name, max_bytes=100)
        assert [type(i).__name__ for i in items] == ["Document", "Failure", "Failure"]
        assert (items[0].id, items[0].published, items[0].location) == ("a", "2024-01-19", f"{tmp_path / name}#0")
        assert [(i.location, i.code) for i in items[1:]] == [(f"{tmp_path / name}#1", "bad-field"), (f"{tmp_path / name}#2", "too-large")]
    write(tmp_path / "broken.parquet", b"PAR1 not really")
    [failure] = read(tmp_path / "broken.parquet")
    assert failure.code == "bad-parquet" and failure.location.endswith("broken.parquet")
    pq.write_table(pa.Table.from_pylist([{"body": "no text column"}]), tmp_path / "notext.parquet")
    [failure] = read(tmp_path / "notext.parquet")
    assert failure.code == "bad-field" and "'text' column" in failure.message
