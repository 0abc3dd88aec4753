"""Small tests on names shared by the finder, the resolver and the roles: how a token is
written, whether gazetteer matches name an important place, which token of a mention the
sentence attaches to."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...knowledge.gazetteer import Match
from .mention import PlaceMention
from .words import STRONG_CITY_POPULATION, VESSEL_NOUNS


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


def vessel_name(doc: Doc, i: int, j: int) -> bool:
    """Whether the name at tokens [i, j) is a ship's: the noun of a vessel before it, maybe with
    the rest of the ship's name between ("the containership MSC Aries"), or hung on it as a
    compound ("the tanker Advantage Sweet"), however many places share the name."""
    k = i - 1
    while k >= 0 and doc[k].pos_ == "PROPN" and capitalised(doc[k]):
        k -= 1
    return (k >= 0 and doc[k].lemma_.lower() in VESSEL_NOUNS
            or any(t.dep_ == "compound" and t.lemma_.lower() in VESSEL_NOUNS for t in doc[j - 1].children))
