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
RETURN_ADVERBS = frozenset(words("events_syntax", "return_adverbs"))
CLEFT_PRONOUNS = frozenset(words("events_syntax", "cleft_pronouns"))
HOMECOMING_PLEA = Coding.parse(table("events_syntax", "homecoming_plea_coding"), "verb")


def wished_return(token: Token, is_state: callable) -> tuple[Coding, Token] | None:
    """(the plea's coding, the verb of wishing) when `token` is a return its subject wishes for
    ("wants to return to the UK"; the infinitive with no subject of its own, after a verb of
    wishing with no object: not "wants the refugees to return", a demand on others), whose "to"
    phrase names a state (`is_state`: not "return to normal life", "come home to the village");
    else None; only a person's wish (a plea for repatriation: "Begum wants to return to the UK";
    a people's wish, "the refugees want to return to Syria", is their hope, no plea made). (Not
    read too: a wish told in a pseudo-cleft, "all she wants to do is come home to the UK", "what
    he wants is to go back to France" (`cleft_wish`). The "to" phrase may hang from the adverb
    of return: "come home to Britain", "go back to France".)"""
    if token.pos_ != "VERB" or token.lemma_.lower() not in RETURNING_VERBS:
        return None
    wish = token.head if token.dep_ == "xcomp" and token.head.lemma_.lower() in WISHING_VERBS else cleft_wish(token)
    if wish is None or any(c.dep_ in OBJECTS and c.lower_ not in CLEFT_PRONOUNS for c in wish.children):
        return None
    if not any(s.dep_ == "nsubj" and (s.ent_type_ == "PERSON" or s.lower_ in PERSONAL_PRONOUNS | {"i"}) for s in wish.children):
        return None  # a person's plea: "Begum wants to return"; not "the refugees want to return"
    return (HOMECOMING_PLEA, wish) if any(is_state(o) for o in return_places(token)) else None


def return_places(token: Token) -> list[Token]:
    """The objects of a return's "to" phrase: "return to the UK"; "come home to the UK", "go
    back to France" (the phrase the parse hangs on the adverb)."""
    heads = [token, *(a for a in token.children if a.dep_ == "advmod" and a.lower_ in RETURN_ADVERBS)]
    return [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]


def plea_arguments(found, actors: list, recipients: list, participants: callable, index: int) -> tuple[list, list]:
    """The parties of a plea to come home (`wished_return`) the return's own phrases leave
    out: the wisher, subject of the verb of wishing (in a pseudo-cleft, "all she wants to do is
    come home", the return has no subject), and the state its "to" phrase names (also on the
    adverb: "come home to the UK")."""
    if found.coding != HOMECOMING_PLEA or found.cue is None:
        return actors, recipients
    if not actors:
        actors = [p for s in found.cue.children if s.dep_ == "nsubj" for p in participants(s, "wisher", index)]
    if not recipients:
        recipients = [p for o in return_places(found.token) for p in participants(o, "return-to", index)]
    return actors, recipients


def cleft_wish(token: Token) -> Token | None:
    """The verb of wishing of a pseudo-cleft whose value is the return `token`: "all she wants
    (to do) is come home", "what he wants is to go back" (`CLEFT_PRONOUNS`, whose relative
    clause is the wish; the copula is the return's head or auxiliary, however the parse hangs
    it). None for any other return."""
    if token.dep_ in ("xcomp", "ccomp", "attr") and token.head.lemma_ == "be":
        copula = token.head
    else:
        copula = next((c for c in token.children if c.dep_ in ("aux", "auxpass") and c.lemma_ == "be"), None)
    if copula is None:
        return None
    # the cleft pronoun: the copula's or the return's subject, or the word the copula's clause hangs from
    near = [*copula.children, *token.children, *([copula.head] if copula.dep_ in ("ccomp", "xcomp") else [])]
    near += [c for h in near[-1:] if copula.dep_ in ("ccomp", "xcomp") for c in h.children]
    for word in near:
        if word.dep_ == "csubj" and word.head == copula and word.lemma_.lower() in WISHING_VERBS and any(
                c.lower_ in CLEFT_PRONOUNS and c.dep_ in OBJECTS for c in word.children):
            return word  # "what he wants is to go back": the wish is the copula's clausal subject
        if word.lower_ in CLEFT_PRONOUNS and word.i < copula.i:
            wish = next((r for r in word.children if r.dep_ == "relcl" and r.lemma_.lower() in WISHING_VERBS), None)
            if wish is not None:
                return wish
    return None
