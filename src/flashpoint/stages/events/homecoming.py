"""A wish to come home told as news is a plea to the state that must let one back: "Begum wants
to return to the UK", "said she wanted to return to Britain" ask the UK to take her back (REQUEST, as the codebook's "appeals"; PLOVER REQUEST of a non-material thing). The state
is the one the "to" phrase of the return names; the plea is made when the wish is told (its
status is that of the verb of wishing, not of the return, which has not happened)."""

from __future__ import annotations

from spacy.tokens import Token

from ...knowledge.events import Coding
from ...lexicon import table, words
from .words import OBJECTS, PERSONAL_PRONOUNS

WISHING_VERBS = frozenset(words("events_syntax", "wishing_verbs"))
RETURNING_VERBS = frozenset(words("events_syntax", "returning_verbs"))
HOMECOMING_PLEA = Coding.parse(table("events_syntax", "homecoming_plea_coding"), "verb")


def wished_return(token: Token, is_state: callable) -> tuple[Coding, Token] | None:
    """(the plea's coding, the verb of wishing) when `token` is a return its subject wishes for
    ("wants to return to the UK"; the infinitive with no subject of its own, after a verb of
    wishing with no object: not "wants the refugees to return", a demand on others), whose "to"
    phrase names a state (`is_state`: not "return to normal life", "come home to the village");
    else None; only a person's wish (a plea for repatriation: "Begum wants to return to the UK";
    a people's wish, "the refugees want to return to Syria", is their hope, no plea made). (Not
    read: a wish told in a pseudo-cleft, "all she wants to do is come home", whose infinitive
    the parse hangs from "is", with no subject to take the wisher from.)"""
    if token.pos_ != "VERB" or token.lemma_.lower() not in RETURNING_VERBS or token.dep_ != "xcomp":
        return None
    wish = token.head
    if wish.lemma_.lower() not in WISHING_VERBS or any(c.dep_ in OBJECTS for c in wish.children):
        return None
    if not any(s.dep_ == "nsubj" and (s.ent_type_ == "PERSON" or s.lower_ in PERSONAL_PRONOUNS | {"i"}) for s in wish.children):
        return None  # a person's plea: "Begum wants to return"; not "the refugees want to return"
    places = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    return (HOMECOMING_PLEA, wish) if any(is_state(o) for o in places) else None
