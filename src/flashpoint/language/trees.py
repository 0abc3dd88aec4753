"""Walks over a dependency parse that more than one stage makes: how far a word hangs below
another within one clause, and the participles said with a verb of saying."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token


def steps_up(token: Token, targets: Collection[int], limit: int = 10) -> int | None:
    """Steps from a token up the tree to one of the `targets` (token indices), not passing
    through another verb on the way (an auxiliary is no verb of its own); None if no target is
    reached within `limit` steps."""
    steps = 0
    while steps <= limit:
        if token.i in targets:
            return steps
        if steps > 0 and token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return None
        if token.head.i == token.i:
            return None
        token, steps = token.head, steps + 1
    return None


def speaking_participles(verb: Token) -> list[Token]:
    """The participles said with a verb ("Speaking after a meeting in London on Monday,
    Yildirim said": the speaking and the saying are one act); not a perfect one ("Having met
    ... on Monday", which is before)."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
            and not any(a.lemma_ == "have" for a in c.children if a.dep_ == "aux")]
