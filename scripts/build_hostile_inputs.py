"""Build a directory of hostile inputs, with good documents among them, and say what each must give.

    .venv/bin/python scripts/build_hostile_inputs.py DIR        # builds DIR, prints the manifest (JSON)

Most of it cannot be committed (named pipes, sockets, links to devices, symbolic link loops,
file names that are not UTF-8, unreadable folders, files of hundreds of kilobytes), so the
whole directory is built here, the same way each time. `tests/test_hostile_inputs.py` ingests it.

`build(directory)` returns the manifest: `good` maps the location of each document that must be
stored to its text's first words; `bad` maps the location of each failure that must be recorded
to its code; `ignored` lists files an ingest must pass over without a trace (hidden files, other
suffixes, a link to a folder). A location is the file's path relative to `directory` (undecodable
bytes of a name written as backslash escapes, as the store writes them), with `:N` for a JSONL
line and `#N` for an entry of a JSON array or a feed. Sizes assume `--max-bytes MAX_BYTES`.
"""

from __future__ import annotations

import codecs
import json
import os
import socket
import stat
import sys
from pathlib import Path

MAX_BYTES = 100_000
GOOD = "ISLAMABAD, January 18, 2024 - Pakistan said it struck militant hideouts in Iran on Thursday."


def _text(n: int) -> str:
    """A distinct good article (distinct texts, so no two are one document by content)."""
    places = ["Balochistan", "Idlib", "Kerman", "Aleppo", "Raqqa", "Deir ez-Zor", "Homs", "Quetta", "Zahedan", "Hama",
              "Daraa", "Afrin", "Manbij", "Kobani", "Palmyra", "Latakia", "Tartus", "Qamishli", "Hasakah", "Sistan"]
    return f"Police said militants attacked a checkpoint in {places[n % len(places)]} on Tuesday, killing {n + 2} soldiers."


def _billion_laughs(levels: int = 9) -> bytes:
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, levels + 1)]
    return (f'<?xml version="1.0"?><!DOCTYPE rss [{"".join(entities)}]>'
            f'<rss version="2.0"><channel><title>&lol{levels};</title></channel></rss>').encode()


def _rss(*descriptions: str, guid: str = "g") -> bytes:
    """A feed; its entries' ids are `guid` and their index (the same id twice is one document)."""
    items = "".join(f"<item><title>t{i}</title><guid>{guid}{i}</guid><description>{d}</description></item>"
                    for i, d in enumerate(descriptions))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'.encode()


def _html(body: str) -> bytes:
    return f"<html><head><title>T</title></head><body><article>{body}</article></body></html>".encode()


def build(directory: str | os.PathLike) -> dict:
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    good: dict[str, str] = {}
    bad: dict[str, str] = {}
    ignored: list[str] = []
    count = iter(range(10_000))

    def put(name: str, data: bytes | str, expect: str | None = None, *, docs: list[str] | None = None) -> Path:
        """Write `name`; `expect` is the failure code it must give (None: it is one good document)."""
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        if expect is not None:
            bad[name] = expect
        elif docs is None:
            good[name] = "document"
        for location in docs or []:
            good[location] = "document"
        return path

    # -- good documents, some in unusual but valid shapes -------------------------------------------
    put("good/plain.txt", GOOD)
    put("good/front-matter.txt", f"---\ntitle: Strike\npublished: 2024-01-18\nid: fm-1\n---\n{_text(next(count))}")
    put("good/one.json", json.dumps({"id": "json-1", "text": _text(next(count))}))
    put("good/array.json", json.dumps([{"text": _text(next(count))}, {"text": _text(next(count))}]), docs=["good/array.json#0", "good/array.json#1"])
    put("good/lines.jsonl", "".join(json.dumps({"text": _text(next(count))}) + "\n" for _ in range(3)),
        docs=["good/lines.jsonl:1", "good/lines.jsonl:2", "good/lines.jsonl:3"])
    put("good/page.html", _html(f"<p>{_text(next(count))} The army said it would respond.</p><p>{_text(next(count))}</p>"))
    put("good/feed.xml", _rss(_text(next(count)), _text(next(count))), docs=["good/feed.xml#g0", "good/feed.xml#g1"])
    put("good/latin1.txt", ("Téhéran a déclaré mardi que " + _text(next(count))).encode("latin-1"))
    put("good/cp1252.txt", ("“Quoted” – " + _text(next(count))).encode("cp1252"))
    put("good/utf16-bom.txt", _text(next(count)).encode("utf-16"))
    put("good/utf16le-nobom.txt", _text(next(count)).encode("utf-16-le"))
    put("good/utf16be-nobom.txt", _text(next(count)).encode("utf-16-be"))
    put("good/utf32-bom.txt", _text(next(count)).encode("utf-32"))
    put("good/utf8-bom.json", codecs.BOM_UTF8 + json.dumps({"text": _text(next(count))}).encode())
    put("good/utf16-bom.jsonl", (json.dumps({"text": _text(next(count))}) + "\n").encode("utf-16"), docs=["good/utf16-bom.jsonl:1"])
    put("good/colons.txt", " : :")  # crashed the quotes stage (issue 18)
    put("good/emoji.txt", "🙂🙂 \u2028 Iran 🙂")
    put("good/crlf.txt", _text(next(count)).replace(" ", "\r\n", 3))
    put("good/" + "long-name-" * 20 + ".txt", _text(next(count)))
    put("good/UPPER.TXT", _text(next(count)))  # suffixes are matched case-blind
    put("good/deep/a/b/c/d/e/nested.txt", _text(next(count)))
    dup = _text(next(count))
    put("good/duplicate-1.txt", dup)  # one text, two files: stored once (by content)
    put("good/duplicate-2.txt", dup, docs=[])
    with open(os.path.join(os.fsencode(root / "good"), b"caf\xe9-latin1-name.txt"), "wb") as handle:
        handle.write(_text(next(count)).encode())
    good["good/caf\\xe9-latin1-name.txt"] = "document"

    # -- binary ---------------------------------------------------------------------------------------
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    put("binary/image.txt", png, "binary")
    put("binary/image.json", png, "binary")
    put("binary/image.html", png, "binary")
    put("binary/image.xml", png, "bad-xml")  # XML is checked as bytes, before any decoding
    put("binary/elf.txt", b"\x7fELF\x02\x01\x01" + bytes(500), "binary")
    put("binary/gzip.json", b"\x1f\x8b\x08\x00" + bytes(range(1, 200)), "binary")
    put("binary/zip.html", b"PK\x03\x04" + bytes(300), "binary")
    put("binary/control.txt", "".join(chr(c) for c in range(1, 9)) * 40, "binary")
    put("binary/line.jsonl", b"\x00\x01\x02\x03 not json\n", docs=[])
    bad["binary/line.jsonl:1"] = "binary"
    put("binary/nul-in-text.txt", GOOD.encode() + b"\x00" + GOOD.encode(), "binary")

    # -- over the size limit --------------------------------------------------------------------------
    big = (GOOD + " ") * (MAX_BYTES // len(GOOD) + 10)
    put("size/big.txt", big, "too-large")
    put("size/big.json", json.dumps({"text": big}), "too-large")
    put("size/big.html", _html(f"<p>{big}</p>"), "too-large")
    put("size/big.xml", _rss(big), "too-large")
    put("size/big-record.jsonl", json.dumps({"text": big}) + "\n" + json.dumps({"text": _text(next(count))}) + "\n",
        docs=["size/big-record.jsonl:2"])
    bad["size/big-record.jsonl:1"] = "too-large"

    # -- XML: entity expansion, external references, malformed ----------------------------------------
    put("xml/billion-laughs.xml", _billion_laughs(), "unsafe-xml")
    put("xml/billion-laughs.rss", _billion_laughs(4), "unsafe-xml")
    put("xml/quadratic.atom", ('<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY a "' + "x" * 5000 + '">]><feed xmlns="http://www.w3.org/2005/Atom">'
                               + "&a;" * 50 + "</feed>").encode(), "unsafe-xml")
    put("xml/xxe-file.xml", b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                            b'<rss version="2.0"><channel><title>&x;</title></channel></rss>', "unsafe-xml")
    put("xml/xxe-http.xml", b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>'
                            b'<rss version="2.0"><channel><title>&x;</title></channel></rss>', "unsafe-xml")
    put("xml/xxe-parameter.xml", b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>'
                                 b'<rss version="2.0"/>', "unsafe-xml")
    put("xml/external-dtd.xml", b'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://example.com/evil.dtd"><rss version="2.0"/>', "unsafe-xml")
    put("xml/public-dtd.rss", b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//x//EN" "http://example.com/x.dtd"><rss version="2.0"/>', "unsafe-xml")
    put("xml/truncated.xml", _rss(GOOD)[:-20], "bad-xml")
    put("xml/mismatched.xml", b'<?xml version="1.0"?><rss version="2.0"><channel></rss></channel>', "bad-xml")
    put("xml/deep.xml", b"<rss>" + b"<a>" * 9_000 + b"</a>" * 9_000 + b"</rss>", "empty")
    put("xml/not-a-feed.xml", b'<?xml version="1.0"?><catalog><book>Iran</book></catalog>', "unknown-format")
    put("xml/no-entries.xml", _rss(), "empty")
    put("xml/empty-entry.xml", _rss("", _text(next(count)), guid="e"), docs=["xml/empty-entry.xml#e1"])
    bad["xml/empty-entry.xml#e0"] = "empty"
    put("xml/surrogate-ref.xml", _rss("Iran said &#xD800; it struck."), "bad-xml")

    # -- YAML front matter ----------------------------------------------------------------------------
    for name, meta, code in [
        ("python-object", "x: !!python/object/apply:os.system [echo pwned]", "bad-front-matter"),
        ("python-name", "x: !!python/name:os.system", "bad-front-matter"),
        ("custom-tag", "title: !secret value", "bad-front-matter"),
        ("impossible-date", "published: 2024-02-30", "bad-front-matter"),
        ("month-13", "published: 2023-13-45", "bad-front-matter"),
        ("huge-int", "id: " + "9" * 5000, "bad-front-matter"),
        ("deep", "title: " + "[" * 5000 + "]" * 5000, "bad-front-matter"),
        ("malformed", "title: [unclosed", "bad-front-matter"),
        ("list", "- a\n- b", "bad-front-matter"),
        ("scalar", "just words", "bad-front-matter"),
        ("alias-bomb", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                       "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\ntitle: [*c, *c, *c, *c, *c, *c, *c, *c, *c]", "bad-field"),
        ("title-mapping", "title: {a: 1}", "bad-field"),
        ("bad-published", "published: not a date at all", "bad-field"),
    ]:
        put(f"yaml/{name}.txt", f"---\n{meta}\n---\n{GOOD}", code)

    # -- JSON -----------------------------------------------------------------------------------------
    for name, body, code in [
        ("empty-array", "[]", "empty"),
        ("empty-object", "{}", "bad-field"),
        ("null", "null", "bad-field"),
        ("string", '"Iran struck."', "bad-field"),
        ("number", "42", "bad-field"),
        ("text-null", '{"text": null}', "bad-field"),
        ("text-number", '{"text": 5}', "bad-field"),
        ("text-list", '{"text": ["Iran", "struck"]}', "bad-field"),
        ("text-empty", '{"text": ""}', "empty"),
        ("text-blank", '{"text": " \\n\\t "}', "empty"),
        ("id-float", '{"id": 1.5, "text": "%s"}' % GOOD, "bad-field"),
        ("id-list", '{"id": [1], "text": "%s"}' % GOOD, "bad-field"),
        ("id-too-long", '{"id": "%s", "text": "%s"}' % ("x" * 600, GOOD), "bad-field"),
        ("title-object", '{"title": {"a": 1}, "text": "%s"}' % GOOD, "bad-field"),
        ("published-impossible", '{"published": "2024-02-30", "text": "%s"}' % GOOD, "bad-field"),
        ("published-number", '{"published": 1e400, "text": "%s"}' % GOOD, "bad-field"),
        ("huge-int", '{"text": "%s", "id": %s}' % (GOOD, "9" * 5000), "bad-json"),
        ("huge-int-in-extra", '{"text": "%s", "extra": %s}' % (GOOD, "9" * 5000), "bad-json"),
        ("deep-array", "[" * 40_000 + "]" * 40_000, "bad-json"),
        ("deep-field", '{"text": "%s", "title": %s}' % (GOOD, "[" * 40_000 + "]" * 40_000), "bad-json"),
        ("deep-object", '{"a":' * 15_000 + "1" + "}" * 15_000, "bad-json"),
        ("surrogate", '{"text": "Pakistan said \\ud800 it struck."}', "bad-text"),
        ("low-surrogate", '{"text": "Pakistan said \\udfff it struck."}', "bad-text"),
        ("surrogate-title", '{"title": "\\udc00", "text": "%s"}' % GOOD, "bad-text"),
        ("nul", '{"text": "Iran said \\u0000 it struck."}', "bad-text"),
        ("nul-id", '{"id": "a\\u0000b", "text": "%s"}' % GOOD, "bad-text"),
        ("truncated", '{"text": "Iran stru', "bad-json"),
        ("trailing-garbage", '{"text": "Iran struck."} trailing', "bad-json"),
        ("single-quotes", "{'text': 'Iran struck.'}", "bad-json"),
        ("two-objects", '{"text": "a"}{"text": "b"}', "bad-json"),
        ("only-whitespace", "   \n\t  ", "empty"),
    ]:
        put(f"json/{name}.json", body, code)
    put("json/mixed-array.json", json.dumps([{"text": _text(next(count))}, 7, {"id": "x"}]), docs=["json/mixed-array.json#0"])
    bad["json/mixed-array.json#1"] = "bad-field"
    bad["json/mixed-array.json#2"] = "bad-field"

    # -- JSONL: each line on its own ------------------------------------------------------------------
    lines = [json.dumps({"text": _text(next(count))}), '{"text": "x", "id": ' + "9" * 5000 + "}", "[" * 50_000,
             '{"text": "Iran said \\ud800 it struck."}', "not json", "[1, 2]", '{"no": "text"}', "", json.dumps({"text": _text(next(count))})]
    put("jsonl/mixed.jsonl", "\n".join(lines) + "\n", docs=["jsonl/mixed.jsonl:1", "jsonl/mixed.jsonl:9"])
    bad.update({"jsonl/mixed.jsonl:2": "bad-json", "jsonl/mixed.jsonl:3": "bad-json", "jsonl/mixed.jsonl:4": "bad-text",
                "jsonl/mixed.jsonl:5": "bad-json", "jsonl/mixed.jsonl:6": "bad-field", "jsonl/mixed.jsonl:7": "bad-field"})
    put("jsonl/empty.jsonl", "", "empty")
    put("jsonl/blank-lines.jsonl", "\n\n  \n", "empty")
    put("jsonl/latin1-line.jsonl", '{"text": "Téhéran a frappé mardi."}\n'.encode("latin-1"), docs=["jsonl/latin1-line.jsonl:1"])

    # -- HTML -----------------------------------------------------------------------------------------
    put("html/empty-body.html", b"<html><head><title>T</title></head><body></body></html>", "bad-html")
    put("html/only-script.html", b"<html><body><script>var x = 1;</script><style>p{}</style></body></html>", "bad-html")
    put("html/comment-only.html", b"<!-- nothing here -->", "bad-html")
    # HTML is never read as XML: the entity stays unexpanded text ("&x;"), and the page is a document
    put("html/xxe.html", b'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><html><body>&x;</body></html>')

    # -- empty files ----------------------------------------------------------------------------------
    for suffix in (".txt", ".json", ".html", ".xml"):
        put(f"empty/empty{suffix}", b"", "empty")
    put("empty/whitespace.txt", " \n\t\r\n ", "empty")
    put("empty/bom-only.txt", codecs.BOM_UTF8, "empty")
    put("empty/front-matter-only.txt", "---\ntitle: T\n---\n", "empty")
    put("empty/utf16-bom-only.txt", codecs.BOM_UTF16_LE, "empty")

    # -- text -----------------------------------------------------------------------------------------
    put("text/surrogate-escape.txt", "Iran said \\ud800 it struck.")  # the six characters, not a surrogate: good
    put("text/invalid-utf8.txt", b"Iran said \xff\xfe\xfd it struck \xc3\x28 there.")  # decoded as cp1252

    # -- things that are not files, or not there ------------------------------------------------------
    special = root / "special"
    special.mkdir(exist_ok=True)
    os.mkfifo(special / "pipe.txt")
    bad["special/pipe.txt"] = "not-a-file"
    os.mkfifo(special / "pipe.jsonl")
    bad["special/pipe.jsonl"] = "not-a-file"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(special / "socket.json"))
    sock.close()  # the socket file stays
    bad["special/socket.json"] = "not-a-file"
    for device in ("zero", "urandom", "null"):
        os.symlink(f"/dev/{device}", special / f"dev-{device}.txt")
        bad[f"special/dev-{device}.txt"] = "not-a-file"
    os.symlink("loop-b.txt", special / "loop-a.txt")
    os.symlink("loop-a.txt", special / "loop-b.txt")
    os.symlink("self.json", special / "self.json")
    bad.update({"special/loop-a.txt": "symlink-loop", "special/loop-b.txt": "symlink-loop", "special/self.json": "symlink-loop"})
    os.symlink("nowhere.txt", special / "dangling.txt")
    bad["special/dangling.txt"] = "not-found"
    os.symlink(".", special / "here")  # a link to a folder: not followed, so no loop
    ignored.append("special/here")
    os.symlink("../good/plain.txt", special / "link-to-good.txt")  # the same document again: stored once
    with open(os.path.join(os.fsencode(special), b"bad-\xff\xfe-name.json"), "wb") as handle:
        handle.write(png)
    bad["special/bad-\\xff\\xfe-name.json"] = "binary"

    # -- permissions (they bind only a user who is not root) ------------------------------------------
    locked = root / "perm" / "locked"
    locked.mkdir(parents=True)
    (locked / "inside.txt").write_text(_text(next(count)))
    os.chmod(locked, 0)
    bad["perm/locked"] = "unreadable"
    secret = put("perm/secret.txt", _text(next(count)), "unreadable")
    os.chmod(secret, 0)

    # -- passed over: hidden, other suffixes ----------------------------------------------------------
    for name, data in [(".hidden.txt", GOOD), (".git/config.json", "{}"), ("notes.md", "# notes"), ("image.png", png),
                       ("README", GOOD), ("data.csv", "a,b\n1,2\n"), ("archive.json.gz", b"\x1f\x8b")]:
        path = root / "skip" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        ignored.append(f"skip/{name}")

    for path in [root, *(p for p in root.rglob("*") if p.is_dir() and not p.is_symlink() and p != locked)]:
        os.chmod(path, 0o755)  # readable by the unprivileged user the test may run the command as
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink() and path != secret and stat.S_ISREG(path.lstat().st_mode):
            os.chmod(path, 0o644)
    return {"good": good, "bad": bad, "ignored": ignored, "max_bytes": MAX_BYTES}


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    manifest = build(sys.argv[1])
    print(json.dumps(manifest, indent=1, ensure_ascii=False))
    print(f"{len(manifest['bad'])} failures and {len(manifest['good'])} documents expected", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
