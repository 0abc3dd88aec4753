"""Small tests on names shared by the finder, the resolver and the roles: how a token is
written, whether gazetteer matches name an important place, which token of a mention the
sentence attaches to."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...knowledge.gazetteer import Match
from .mention import PlaceMention
from .words import STRONG_CITY_POPULATION


def capitalised(token: Token) -> bool:
    return capitalised_word(token.text)


def capitalised_word(text: str) -> bool:
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def strong(matches: list[Match]) -> bool:
    """Names that are places whatever the context: countries, continents, regions, first-level
    divisions and towns of some size, by their own names."""
    for m in matches:
        e = m.entry
        if m.alternate and e.kind not in ("country",):
            continue
        if e.kind in ("country", "continent", "region", "admin1"):
            return True
        if e.kind == "city" and e.population >= STRONG_CITY_POPULATION:
            return True
    return False


def head_token(doc: Doc, m: PlaceMention) -> Token:
    """The token of a mention that the rest of the sentence attaches to."""
    for t in doc[m.start:m.end]:
        if t.head.i < m.start or t.head.i >= m.end or t.head.i == t.i:
            return t
    return doc[m.end - 1]
