"""Roles of a resolved place: whether a name heads a phrase with "the" (then it is no town:
"the Pacific"), and whether a country or a capital stands for its government.

A country or a capital that acts (the subject of an active verb: "Tehran said", "Islamabad
recalled its envoy"; the owner of an action or an office: "Iran's strikes", "Pakistan's
foreign ministry") is an actor, not the place of an event; a capital so used is a
"capital-metonym" (`PlaceMention.basis`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .mention import PlaceMention
from .names import capitalised, head_token
from .words import ACTING_POSSESSIONS, ACTING_VERBS


def definite(doc: Doc, m: PlaceMention) -> bool:
    """Whether a name heads a phrase with "the" ("the Pacific", "the Gulf"), rather than modifying a noun that has
    it ("the London police") or including it ("The Hague")."""
    if m.start < 1 or m.text.lower().startswith("the "):
        return False
    head = head_token(doc, m)
    if head.dep_ in ("compound", "nmod", "amod", "poss") or doc[m.start - 1].lower_ != "the":
        return False
    nxt = doc[m.end] if m.end < len(doc) else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") or capitalised(nxt) or nxt.text in ("'s", "’s", "-")
                            or nxt.text == "," and _state_follows(doc, m.end + 1)):
        return False  # the name does not end the phrase: "the Gainesville Riding Club", "the Kansas City, Kan., police"
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or doc[m.start - 1].head.i in range(m.start, m.end)


def _state_follows(doc: Doc, i: int) -> bool:
    """Whether the words after a name's comma name where it lies, set off by a second comma
    ("the Kansas City, Kan., police"), rather than going on with the sentence ("where they
    have taken the Old City, resistance has crumbled")."""
    return i + 1 < len(doc) and capitalised(doc[i]) and doc[i + 1].text in (",", ".")


def acting(doc: Doc, m: PlaceMention) -> bool:
    """A country or a capital standing for its government: the subject of an action or a
    statement ("Tehran said", "Pakistan recalled its ambassador") or the owner of one ("Iran's strikes")."""
    e = m.entry
    if e is None or not (e.kind == "country" or e.kind == "city" and e.capital):
        return False
    head = head_token(doc, m)
    if head.dep_ in ("nsubj",) and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        return verb.lemma_.lower() in ACTING_VERBS or verb.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in verb.children)
    if head.dep_ == "poss" and head.head.pos_ == "NOUN" and head.head.lemma_.lower() in ACTING_POSSESSIONS:
        return True
    return False
