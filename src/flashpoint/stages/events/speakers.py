"""The speaker of an act of speech the parse hung on what was said.

"Kenya said the violence was unacceptable and called on Ethiopia to withdraw" tells two acts
of the speaker: saying, and calling on Ethiopia. The parser often joins the second verb to
the verb of the reported clause ("was"), which lends it that clause's subject ("the
violence"). When that subject names no one and the verb is an act of speech (a call, an
accusation, a refusal: events.yaml speaker_only_types), it is the speaker's act, told with the
verb of saying it is coordinated with in meaning: its doer is that verb's subject. An
attack so hung keeps the clause's reading ("Turkey said the strikes hit depots and killed
fighters" tells what the strikes did).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from ...language.trees import coordinated_verb
from ...lexicon import words

SPEAKER_ONLY_TYPES = words("events", "speaker_only_types")


def speech_verb_of_reported_conjunct(verb: Token, speech_verbs: Collection[str]) -> Token | None:
    """The verb of saying whose reported clause `verb` is coordinated with, if any ("said"
    in "said the talks had failed and urged Ethiopia to return")."""
    reported = coordinated_verb(verb)
    if reported is None or reported.dep_ != "ccomp" or reported.i > verb.i:
        return None
    saying = reported.head
    return saying if saying.lemma_.lower() in speech_verbs and saying.i < reported.i else None
