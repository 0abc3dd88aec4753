"""Appositions the parser hangs from the verb, set back on the name they describe.

A definite noun phrase set off by a comma right after a name describes that name: "vowed
revenge against Islamic State, the militant group that claimed the bombing"; "fled Baghuz,
the last town held by the jihadis"; "positions of the YPG, the Kurdish militia". The small
parser often makes it a second object or an adverbial noun phrase of the verb instead, or
the apposition of the common noun whose phrase holds the name, and every reader of the parse
then loses what it says: the description no longer names the group, and a relative clause on
it ("that claimed the bombing") has no doer. The repair is made once, on the parse, for every stage.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# the relations the parser gives a misplaced apposition: a second object, a noun phrase as adverb
MISPLACED = frozenset({"dobj", "npadvmod"})
# how the name it describes stands in the verb's phrase: an object, or one of a list of them
NAME_ROLES = frozenset({"pobj", "dobj", "conj", "appos"})
# a noun phrase of time is the adverb it was parsed as ("on Monday, the day after the vote")
TIME_ENTITIES = frozenset({"DATE", "TIME"})
NAME_TAGS = frozenset({"NNP", "NNPS"})
NOUN_TAGS = frozenset({"NN", "NNS"})


def misplaced_apposition(article: Token) -> tuple[Token, Token] | None:
    """The (name, description) pair when `article` opens a description of the name just
    before its comma that the parse hung from the verb."""
    doc = article.doc
    if article.lower_ != "the" or article.i < 2 or doc[article.i - 1].text != ",":
        return None
    name, noun = doc[article.i - 2], article.head
    if name.tag_ not in NAME_TAGS or name.dep_ not in NAME_ROLES or noun.tag_ not in NOUN_TAGS:
        return None
    if noun.i <= article.i or noun.ent_type_ in TIME_ENTITIES or name.sent != noun.sent:
        return None
    if noun.dep_ == "appos":
        # hung from the common noun whose phrase holds the name ("positions of the YPG, the
        # Kurdish militia"): the description is the name's, the nearest noun it follows
        return (name, noun) if noun.head.tag_ in NOUN_TAGS and noun.head.is_ancestor(name) else None
    if noun.dep_ not in MISPLACED:
        return None
    verb = noun.head
    if verb.i > name.i or not verb.is_ancestor(name):
        return None
    # a second object: the verb has its own already, or the name is the object of a
    # preposition after which English puts no bare object behind a comma
    if noun.dep_ == "dobj" and name.dep_ != "pobj" and not any(c.dep_ == "dobj" and c is not noun for c in verb.children):
        return None
    return name, noun


def set_misplaced_appositions(doc: Doc) -> Doc:
    """Hang each misplaced apposition (and its comma) from the name it describes."""
    for article in [t for t in doc if t.lower_ == "the"]:
        pair = misplaced_apposition(article)
        if pair is None:
            continue
        name, noun = pair
        comma = doc[article.i - 1]
        noun.head, noun.dep_ = name, "appos"
        comma.head, comma.dep_ = name, "punct"
    return doc
