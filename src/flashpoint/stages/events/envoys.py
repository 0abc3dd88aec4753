"""A party's own envoy is not whom its act is aimed at.

"Lithuania recalled its ambassador", "the Netherlands summoned its envoy in Ankara": the
ambassador is the doer's own, named by its possessive, and the act (a recall, a summons for
consultations) is aimed at the state the envoy was sent to, not at the doer itself. Read as
the recipient, such an object would make the act the doer's own on itself; it is left out,
so that the recipient is read as for an act with no object (a "to" or "from" phrase, the
words around it, the discourse), or none. (Not for an attack or an arrest: "Iran arrested its
own diplomats" is done to them.)
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...lexicon import words
from .participants import Participant

ENVOY_WORDS = words("actors", "envoy_words")
ACTED_ON_TYPES = frozenset({"ASSAULT", "COERCE"})


def without_own_envoys(doc: Doc, event_type: str, actors: list[Participant], recipients: list[Participant]) -> list[Participant]:
    """`recipients` without the actors' own envoys: an envoy word with a possessive pronoun
    ("its ambassador", "their envoys") that stands for the same party as an actor (kept as
    the one acted on by an attack or an arrest)."""
    if event_type in ACTED_ON_TYPES:
        return recipients
    own = {a.mention.country or a.mention.name for a in actors}
    return [r for r in recipients if not _own_envoy(doc, r, own)]


def _own_envoy(doc: Doc, recipient: Participant, own: set) -> bool:
    head = doc[recipient.mention.head]
    return (head.lemma_.lower() in ENVOY_WORDS and (recipient.mention.country or recipient.mention.name) in own
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children))
