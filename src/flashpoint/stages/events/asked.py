"""What a verb of asking asks for, through its preposition: "called for the withdrawal of
troops", "called for disarming the rebels", "asked for Moscow's support", and each act
joined to the first ("called for the disarming of the rebels and the withdrawal of Iranian
forces"): asked for, not done."""

from __future__ import annotations

from spacy.tokens import Token

from ...knowledge.events import EventLexicon
from ...language.trees import first_conjunct


def asked_for(word: Token, lexicon: EventLexicon) -> bool:
    """Whether a noun or a gerund (or one joined to it) is the object of the preposition of a
    verb of asking: the particle of a REQUEST ("call for", "press for"), or "for" after a verb
    that is one ("asked for")."""
    word = first_conjunct(word)
    if word.dep_ not in ("pobj", "pcomp") or word.head.dep_ != "prep" or word.head.head.pos_ != "VERB":
        return False
    asking, prep = word.head.head.lemma_.lower(), word.head.lower_
    coding = lexicon.particles.get((asking, prep)) or (lexicon.verbs.get(asking) if prep == "for" else None)
    return coding is not None and coding.event_type == "REQUEST"
