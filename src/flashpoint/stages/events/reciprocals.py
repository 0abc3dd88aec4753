"""Reciprocal pronouns ("each other", "one another"): the parse makes "other" or "another" the
head, with "each" or "one" hung on it, and tags the head an adjective, so they are read from
the two words rather than from the part of speech."""

from __future__ import annotations

from spacy.tokens import Token

from .words import RECIPROCALS

# the two words of each reciprocal pronoun, in either order of the parse
_RECIPROCAL_WORDS = [frozenset(r.split()) for r in RECIPROCALS]


def reciprocal_pronoun(word: Token) -> bool:
    """Whether a word is the head of a reciprocal pronoun ("other" of "each other")."""
    return any(frozenset((word.lower_, d.lower_)) in _RECIPROCAL_WORDS for d in word.children)
