"""Pronouns that continue the topic (centering): the same subject pronoun in consecutive
sentences refers to the same party, a subject pronoun with no one before it continues the
subject of the sentence before, and a personal pronoun the chain of the same pronoun."""

from __future__ import annotations

from spacy.tokens import Token

from .agreement import FEMININE_PRONOUNS, MASCULINE_PRONOUNS
from .syntax import subject
from .words import PRONOUN_CHAIN_HOPS, SUBJECTS

# subject pronouns a later one of the same form continues ("it" is left out: it is so often an
# expletive, "it is clear that ...", that its chain would carry nothing)
CONTINUED_PRONOUNS = frozenset({"they", "he", "she"})


def continued_subject(finder, doer: Token, pronoun: Token, hops: int, agrees, eligible):
    """The party a subject pronoun stands for when the subject of the sentence before is the same
    pronoun: in "'If you complain, they beat you and your children. They threaten to burn your
    tent'" the second "they" is whoever the first is, not the children named between them (a
    nearer noun of the object, which the nearest-actor search would take). None when the chain
    does not resolve (then the nearest actor is taken, as before)."""
    if doer.lower_ != pronoun.lower_ or pronoun.lower_ not in CONTINUED_PRONOUNS or hops >= PRONOUN_CHAIN_HOPS:
        return None
    found = finder.antecedent(doer, finder.sentence_of(doer), hops=hops + 1)
    return found if found is not None and agrees(found) and eligible(found) else None


def chained_pronoun(finder, pronoun: Token, earliest: int, other_than: frozenset, hops: int):
    """"Robinson travelled to Syria. There, he served as a medic. He then crossed the
    border. On landing, he was arrested": a personal pronoun with no one named in its window
    (from the word at `earliest`) continues the chain of the same pronoun before it, and
    refers to what that does."""
    gender = MASCULINE_PRONOUNS if pronoun.lower_ in MASCULINE_PRONOUNS else FEMININE_PRONOUNS
    chain = [t for t in finder.doc[earliest:pronoun.i] if t.lower_ in gender and t.dep_ in SUBJECTS]
    return finder.antecedent(chain[-1], finder.sentence_of(chain[-1]), other_than, hops + 1) if chain else None


def topic_subject(finder, pronoun: Token, sentence_index: int, hops: int, agrees, eligible):
    """A subject pronoun with no one before it in its sentence continues the topic, the subject
    of the sentence before (subject preference): "Kurdish officials asked Damascus to intervene
    against the Turkish advance. But they denied ...". When the sentence before closes a
    quotation whose verb of saying is further back ("Hahn said: '... . ... .' He urged ..."),
    its speaker is the topic the pronoun continues (not for a pronoun in quoted words itself:
    "'He is trying to stay positive'" is someone the speaker tells of). None when neither
    agrees with the pronoun and is `eligible`."""
    previous = finder.state.sentences[sentence_index - 1]
    words = [t for t in previous if not t.is_punct]
    speaker = None
    if words and not finder._quoting and not finder._quoted(pronoun):
        finder._quoting = True
        try:
            speaker = finder._quotation_speaker(words[0])
        finally:
            finder._quoting = False
    if speaker is not None and agrees(speaker) and eligible(speaker):
        return speaker
    for doer in subject(previous.root)[0]:
        mention = finder._named_actor(doer) or continued_subject(finder, doer, pronoun, hops, agrees, eligible)  # ("they ... They")
        if mention is not None and agrees(mention) and eligible(mention):
            return mention
    return None
