"""Who a third-person pronoun cannot refer to, for quotation marks around it or near it.

- Inside a direct quotation the speaker speaks of himself as "I" and of his side as "we": a
  "he", "she", "it" or "they" there is someone else ("'Last night they bombed the hospital,'
  said a Kurdish resident": not the resident, nor, for "it" and "they", the Kurds he speaks
  for). The speaker is the subject of the quotation's verb of saying (a pronoun there resolved)
  and whoever the quotes stage named as speaker; his side, for "it" and "they", is every actor
  his phrase names ("Ahmed, a farmer from Afrin"; "a researcher at King's College"). An actor
  of the speaker's side the quotation itself names stays a candidate ("'The SDF is strong. It
  will hold,' said a Kurdish official"): only the speaker himself never is. Nor is whom he
  speaks to, whom his words call "you" ("A farmer told reporters: 'They shelled the school'":
  not the reporters).
- Outside quotation marks, a pronoun does not refer to someone the quoted words of its own
  sentence name ("'Assad and his forces have committed war crimes,' they said": the ones who
  speak, not Assad's forces).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .appeals import addressees
from .syntax import subject
from .words import IMPERSONAL_PRONOUNS, PERSONAL_PRONOUNS, SELF_PRONOUNS, SPEAKER_PRONOUNS


def quotation_of(state, word: Token):
    """The direct quotation whose quotation marks a word is inside, if any."""
    return next((speech for speech in state.speeches or [] if speech.kind == "direct" and inside(speech, word.idx)), None)


def inside(speech, start_char: int) -> bool:
    """Whether a character offset is inside the quotation marks of a speech."""
    return any(a <= start_char < b for a, b in speech.parts)


def not_the_speaker(resolver, pronoun: Token) -> Callable[[object], bool] | None:
    """For a third-person pronoun inside a direct quotation, the test a candidate antecedent
    must pass: it is not the quotation's speaker nor whom he speaks to (nor, for "it" and
    "they", one of the actors the speaker's phrase names, unless the quotation names it). None
    for any other pronoun."""
    lower = pronoun.lower_
    if lower not in IMPERSONAL_PRONOUNS | PERSONAL_PRONOUNS:
        return None
    speech = quotation_of(resolver.state, pronoun)
    if speech is None or integrated(resolver.doc, speech, pronoun):
        return None
    group = lower in IMPERSONAL_PRONOUNS
    speakers, phrases = [], []  # the speaker's mentions; the character spans of his phrase
    named = speech.speaker.name if speech.speaker is not None else None  # as the quotes stage names him
    if speech.cue is not None:
        for doer in subject(resolver.doc[speech.cue])[0]:
            if doer.lower_ in SELF_PRONOUNS | SPEAKER_PRONOUNS or inside(speech, doer.idx):
                continue
            if doer.pos_ == "PRON":
                # "she said": whoever "she" is (the quotes stage's speaker knows "she" from "he")
                mention = None if named else resolver.resolve(doer, resolver.sentence_of(doer)) or topic(resolver, doer)
            else:
                # "said Robinson's father", "a friend of Aksoy": the one the head names, not Robinson
                mention = resolver.actor_at(doer)
                mention = mention if mention is not None and mention.start <= doer.i < mention.end else None
                words = list(doer.subtree)
                phrases.append((words[0].idx, words[-1].idx + len(words[-1].text)))
            speakers += [mention] if mention is not None else []
        listeners = (resolver.actor_at(heard) for heard in addressees(resolver.doc[speech.cue]) if not inside(speech, heard.idx))
        speakers += [m for m in listeners if m is not None]
    if phrases:
        named = None  # the phrase of a noun says who speaks ("a friend of Aksoy" is not Aksoy)
    elif speech.speaker is not None and speech.speaker.span is not None:
        phrases.append(tuple(speech.speaker.span))
    if not speakers and not phrases and not named:
        return None
    if group:
        speakers += [m for m in resolver.mentions if any(a <= m.start_char < b for a, b in phrases)]
    names = {m.name for m in speakers if m.name} | ({named} if named else set())
    starts = {m.start for m in speakers}
    return lambda mention: mention.start not in starts and (
        mention.name not in names or (group and inside(speech, mention.start_char)))


def topic(resolver, doer: Token):
    """Whom a speaker pronoun that names no person stands for: the one the sentence before is
    about, its subject ("A rebel commander spoke to reporters. '...,' he said": a person the
    dictionary knows only by his side)."""
    index = resolver.sentence_of(doer)
    if index == 0 or any(t.i < doer.i and resolver.actor_at(t) is not None for t in doer.sent):
        return None
    return next((m for d in subject(resolver.state.sentences[index - 1].root)[0] for m in [resolver.actor_at(d)]
                 if m is not None and d.pos_ != "PRON"), None)


def integrated(doc, speech, word: Token) -> bool:
    """Whether the quoted piece a word is in continues the writer's own clause, with no comma or
    colon before its opening mark ('Pakistan said "it had attacked"'): the writer has fitted the
    words to his sentence, and its pronouns are his, as in reported speech."""
    a = next(a for a, b in speech.parts if a <= word.idx < b)
    first = next((t for t in word.sent if t.idx >= a), word)
    before = next((t for t in reversed(doc[word.sent.start:first.i]) if not t.is_quote and not t.is_space), None)
    return before is not None and not before.is_punct


def quotation_apart(resolver, pronoun: Token, sentence_start: int, speaker_apart: Callable[[object], bool] | None) -> Callable[[object], bool]:
    """The test a candidate antecedent must pass for the quotation marks around or near a
    pronoun: inside them, `speaker_apart` (`not_the_speaker`'s test, if any); outside them, not
    named inside a quotation of the pronoun's own sentence."""
    if quotation_of(resolver.state, pronoun) is not None:
        return speaker_apart or (lambda _mention: True)
    return lambda mention: mention.start < sentence_start or quotation_of(resolver.state, resolver.doc[mention.start]) is None
