"""Commitments in reported speech: a speaker's word that its own side will keep an agreement
("the factions said they would implement the truce", "Iran said both it and Syria would
respect the UN resolution") is an act of agreeing (AGREE), made by the speaker with whoever
the agreement is with or by ("the UN resolution": the UN); its word that it will not keep it
("said it would not abide by the resolution") is a refusal (REJECT). The trigger is the verb
of saying, so the act is dated and placed by the speech, and its status is the speech's: the
keeping itself is still to come."""

from __future__ import annotations

from spacy.tokens import Token

from ...knowledge.events import Coding
from .syntax import prep_objects
from .words import AGREEMENT_NOUNS, COMPLIANCE_VERBS, GROUP_PRONOUNS, LISTENER_PRONOUNS, OBJECTS, PERSONAL_PRONOUNS, SUBJECTS

COMMITMENT_CODINGS = {"AGREE": Coding("AGREE", None, "030", "commitment"), "REJECT": Coding("REJECT", None, "120", "commitment")}
# Modals of what the subject will do: "will", "would" (reported speech shifts "will" to "would").
FUTURE_AUXILIARIES = {"will", "would", "'ll", "shall", "wo"}
# Whose an agreement noun says it is: "the UN resolution", "Russia's deal", "the deal with
# Turkey", "the resolution by the council".
OWNER_DEPS = {"compound", "amod", "poss", "nmod"}
OWNER_PREPS = {"with", "by", "of", "between"}
# Pronouns that can stand for the speaker's side ("said they would", "said it would").
SIDE_PRONOUNS = (GROUP_PRONOUNS | PERSONAL_PRONOUNS | {"i"}) - LISTENER_PRONOUNS


def own_side(subject: Token) -> bool:
    """Whether a clause's subject is the speaker's own side: a pronoun ("they", "it", "we",
    "he"), alone or coordinated with others ("both it and Syria"); not "you"."""
    return any(t.pos_ == "PRON" and t.lower_ in SIDE_PRONOUNS for t in (subject, *subject.conjuncts))


def kept_agreement(clause: Token) -> Token | None:
    """The agreement noun a clause of keeping is about: in its objects or the objects of its
    prepositions ("implement the truce", "abide by the deal", "comply with the resolution"),
    anywhere in their phrase (the parse may hang it deep: "implement the truce and facilitate
    aid access")."""
    heads = [c for c in clause.children if c.dep_ in OBJECTS]
    heads += [o for p in clause.children if p.dep_ == "prep" for o in prep_objects(p)]
    return next((t for h in heads for t in h.subtree if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in AGREEMENT_NOUNS), None)


def commitment_clause(verb: Token) -> tuple[Token, str] | None:
    """The complement of a verb of saying in which the speaker's side says it will (AGREE) or
    will not (REJECT) keep an agreement, and the act it is; None otherwise (a statement about
    another party's keeping, "said Syria would respect", is no commitment of the speaker)."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in COMPLIANCE_VERBS or clause.pos_ != "VERB":
            continue
        subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
        if not subjects or not own_side(subjects[0]):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in clause.children):
            continue
        noun = kept_agreement(clause)
        if noun is None:
            continue
        return noun, "REJECT" if any(c.dep_ == "neg" for c in clause.children) else "AGREE"
    return None


def agreement_owners(noun: Token) -> list[Token]:
    """The words that say whose an agreement is (see OWNER_DEPS, OWNER_PREPS), also a "with"
    phrase the parse hangs from the verb ("would honour its deal with Turkey")."""
    owners = [c for c in noun.children if c.dep_ in OWNER_DEPS]
    phrases = [*noun.children, *(p for p in noun.head.children if p.lower_ == "with" and p.i > noun.i)]
    owners += [o for p in phrases if p.dep_ == "prep" and p.lower_ in OWNER_PREPS for o in prep_objects(p)]
    return owners
