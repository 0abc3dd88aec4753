"""What another believes the doer will do: "I think the United States will not launch a strike",
"she is sceptical that Trump will launch an attack". A future act or a refusal told in the
complement of a verb or adjective of belief whose holder is someone other than the act's doer
is that holder's guess, not the doer's announcement or refusal: the act is only supposed. A
holder who may be the doer ("Turkey believes it will win": a pronoun below, or the same
subject) keeps the doer's own word."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import words
from .refusals import another_doers_clause, own_subject

BELIEF_WORDS = words("events_syntax", "belief_words")
# statuses of an act to come or refused, which only its doer can announce
DOERS_WORD = frozenset({"planned", "refused", "threatened"})


def guessed(trigger: Token, status: str) -> str:
    """The status of an act, "hypothetical" when it is a future act or a refusal another party
    believes or doubts the doer will make (see the module docstring)."""
    if status not in DOERS_WORD:
        return status
    node, below, steps = trigger, None, 0
    while node.head.i != node.i and steps < 6:
        below = own_subject(node) or below
        node, steps = node.head, steps + 1
        holder_clause = node.head if node.dep_ in ("acomp", "oprd") and node.pos_ == "ADJ" else node
        if node.lemma_.lower() in BELIEF_WORDS and node.pos_ in ("VERB", "ADJ"):
            if below is not None and below.pos_ != "PRON" and another_doers_clause(holder_clause, below):
                return "hypothetical"
            return status
    return status
