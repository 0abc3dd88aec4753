"""The tests a name the gazetteer knows passes before it is a place mention.

A capitalised sequence known to the gazetteer is kept when the parse agrees it is a place
(a GPE, LOC, FAC or NORP entity), or when the name is an important place (a country, a
first-level division, a region, a town of some size), or, marked weak, when it may be a
place near the others the document names. It is refused when the words around it make it
something else: a street or a feature named after a place ("Dublin Road", "Lake Vermont"),
a holiday ("Independence Day"), a person ("Gov. Jackson"), the owner of a named thing
("St. Michael's Hospital"). Place names inside an organisation's name ("Edmonton Police
Service") are kept with the role `in_name`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ...knowledge.gazetteer import Match
from .mention import PlaceMention
from ...language.datelines import upper_word
from .names import capitalised, strong, vessel_name
from .words import (ADMIN_AFTER, CITY_AFTER, CONNECTIVES, FEATURE_BEFORE, IN_NAME, PLACE, PLACE_LABELS, SKIP_LABELS,
                    STREET_OR_FEATURE_AFTER, TITLES, TYPE_WORDS_AFTER)

if TYPE_CHECKING:
    from .find import Finder

TYPE_OR_CITY_AFTER = TYPE_WORDS_AFTER | CITY_AFTER


@dataclass
class _Candidate:
    """A name the gazetteer knows at tokens [i, j), with what the parse and the gazetteer say of it."""

    i: int
    j: int
    ents: list[Span]  # the entities its tokens are in
    labels: set[str]
    matches: list[Match]
    nxt: Token | None  # the token after it
    strong: bool = False  # an important place by its own name (see `names.strong`)
    own_name: bool = False  # the own name of some place, not only an alternate one


def accept(finder: Finder, i: int, j: int) -> PlaceMention | None:
    """A gazetteer name found at tokens [i, j): keep it, as what, or not."""
    doc = finder.doc
    ents = list({id(e): e for e in (finder.ent_of[t] for t in range(i, j)) if e is not None}.values())
    c = _Candidate(i, j, ents, {e.label_ for e in ents}, finder.gaz.lookup(doc[i:j].text), doc[j] if j < len(doc) else None)
    if c.labels & SKIP_LABELS:
        return None
    if not c.matches:  # spelt otherwise ("Sistan and Baluchistan"): see Finder._variant_spelling
        if finder.gaz.lookup_skeleton(doc[i:j].text) and (c.nxt is not None and c.nxt.lower_ in ADMIN_AFTER or c.labels & PLACE_LABELS):
            return finder.mention(i, j, sorted(c.labels)[0] if c.labels else "gazetteer")
        return None
    c.strong = strong(c.matches)
    c.own_name = any(not m.alternate for m in c.matches)
    if _named_after_place(finder, c):
        return None
    if not c.own_name and not c.labels & PLACE_LABELS:
        return None  # only an alternate name of some place, and the parse does not say it is one
    if j - i > 1 and doc[j - 1].lower_ in TYPE_WORDS_AFTER and any(m.entry.kind in ("admin1", "admin2") and not m.alternate for m in c.matches):
        # "Rapides Parish", "Kanawha County": a division by its full name, whatever the parse made of it.
        ent = finder.ent_of[i]
        role = IN_NAME if ent is not None and ent.label_ in ("ORG",) and ent.end > j else PLACE
        return finder.mention(i, j, sorted(c.labels)[0] if c.labels else "gazetteer", role=role)
    if not ents:
        return _unlabelled(finder, c)
    if len(ents) > 1:
        # "Sistan and Baluchestan" parsed as two places, or as a place and something else.
        typed = c.nxt is not None and c.nxt.lower_ in ADMIN_AFTER
        if all(e.label_ in PLACE_LABELS for e in ents) or any(e.label_ in PLACE_LABELS for e in ents) and (c.strong or typed):
            return finder.mention(i, j, next(e.label_ for e in ents if e.label_ in PLACE_LABELS))
        return None
    return _in_entity(finder, c, ents[0])


def _named_after_place(finder: Finder, c: _Candidate) -> bool:
    """Whether the words around the name make it part of the name of something else: a street, a
    feature, a holiday or a named thing it owns."""
    doc, nxt = finder.doc, c.nxt
    if nxt is not None and nxt.lower_.rstrip(".") in STREET_OR_FEATURE_AFTER and capitalised(nxt):
        return True  # "Dublin Road", "Washington Street", "Red River": a street or a feature named after a place
    if nxt is not None and nxt.text == "Day" and not any(m.entry.kind == "country" for m in c.matches):
        return True  # "Independence Day", "Victory Day": a holiday, not a town (but "Canada Day" is Canada's)
    prev = doc[c.i - 1] if c.i > 0 else None
    if prev is not None and prev.lower_.rstrip(".") in FEATURE_BEFORE and capitalised(prev):
        return True  # "Lake Vermont", "Mount Hood"
    if vessel_name(doc, c.i, c.j):
        return True  # "the tanker Advantage Sweet", "the containership MSC Aries": a ship's name
    if not c.strong and nxt is not None and nxt.text in ("'s", "’s") and c.j + 1 < len(doc) and capitalised(doc[c.j + 1]):
        return True  # "St. Patrick's Day", "St. Michael's Hospital": the owner of a named thing
    return False


def _unlabelled(finder: Finder, c: _Candidate) -> PlaceMention | None:
    """A name in no entity: kept, weak unless important, when written as a proper noun and not a person's."""
    doc, i, j = finder.doc, c.i, c.j
    if not all(t.pos_ == "PROPN" or upper_word(t) or t.lower_ in CONNECTIVES for t in doc[i:j]):
        return None
    if j - i == 1 and doc[i].is_sent_start and doc[i].pos_ != "PROPN":
        return None
    if personal(finder, i, j):
        return None
    return finder.mention(i, j, "gazetteer", weak=not c.strong)


def _in_entity(finder: Finder, c: _Candidate, ent: Span) -> PlaceMention | None:
    """A name inside one entity of the parse: kept by what the entity is and whether the name fills it."""
    doc, i, j = finder.doc, c.i, c.j
    label = ent.label_
    # Does the name fill its entity (but for "the", "'s", punctuation and a type word)?
    head = ent.start
    while head < i and (doc[head].lower_ == "the" or doc[head].is_punct):
        head += 1
    tail = ent.end
    while tail > j and (doc[tail - 1].is_punct or doc[tail - 1].text in ("'s", "’s") or doc[tail - 1].lower_ in TYPE_OR_CITY_AFTER):
        tail -= 1
    whole = head == i and tail == j
    if label == "NORP":
        if finder.gaz.demonym(ent.text) is not None or not whole or not c.own_name:
            return None
        return finder.mention(i, j, label, weak=not c.strong)
    if label in PLACE_LABELS:
        if whole:
            return finder.mention(i, j, label)
        # A part of a longer place name: only where punctuation sets it apart ("Hornsey, Stoke Newington")
        # or when it is an important place ("Greater Toronto").
        apart = (i == head or doc[i - 1].is_punct) and (j == tail or doc[j].is_punct)
        if apart and c.own_name or c.strong:
            return finder.mention(i, j, label)
        return None
    if label == "PERSON":
        if not whole or personal(finder, i, j) or j - i > 1 and not c.strong:
            return None
        return finder.mention(i, j, label, weak=not c.strong)
    if whole:  # an ORG, EVENT, ... that is a place name: "Edmonton", "Mississauga"
        return finder.mention(i, j, label, weak=not c.strong)
    if label in ("ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"):
        return _in_organisation_name(finder, c, ent, head)
    return None


def _in_organisation_name(finder: Finder, c: _Candidate, ent: Span, head: int) -> PlaceMention | None:
    """A place name inside a longer name of an organisation, a building or an event."""
    doc, i, j = finder.doc, c.i, c.j
    label = ent.label_
    prev = doc[i - 1].text if i > ent.start else ""
    if prev in ("in", "at", "near") and label in ("ORG", "FAC") and (c.strong or c.own_name):
        return finder.mention(i, j, label)  # "the Children's Hospital of Manitoba in Winnipeg"
    prev = prev.lower()
    # "Edmonton Police Service", "University of Kentucky", "Environment Canada".
    if i == head or prev in ("of", "-") or c.strong:
        return finder.mention(i, j, label, role=IN_NAME, weak=not c.strong)
    return None


def personal(finder: Finder, i: int, j: int) -> bool:
    """A person's name: after a title, or the surname of a full name written elsewhere in the document."""
    doc = finder.doc
    prev = doc[i - 1] if i > 0 else None
    if prev is not None and prev.lower_.rstrip(".") in TITLES and prev.text[0].isupper():
        return True
    if j - i == 1 and doc[i].text in finder.person_words:
        return True
    if j < len(doc) and finder.ent_of[j] is not None and finder.ent_of[j].label_ == "PERSON" and finder.ent_of[i] is finder.ent_of[j]:
        return True
    return False
