"""Time clauses ("after Russia brokered a deal", "when US troops leave the area"): an adverbial
clause of time tells when the act of the verb it modifies happens. One in the past tense
tells its act as done, whatever the main clause's future, modal or negation: "Turkey will
withdraw after Russia brokered a deal", "the army did not attack when the rebels withdrew",
"Iran may retaliate since Israel struck its bases" (the brokering, the withdrawal and the
strike happened). One in the present under a future ("Turkey will attack when US troops
leave") tells an act to come as the main act is, and takes the main clause's status."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import words
from .words import TIME_MARKS

PAST_AUXILIARIES = words("events_syntax", "past_auxiliaries")
FACTUAL_MARKS = words("events_syntax", "factual_marks")
BACKSHIFTED_MODALS = words("events_syntax", "backshifted_modals")
NO_TIME_MODALS = words("events_syntax", "time_clause_excluded_modals")
SPAN_PREPS = words("events_syntax", "span_preps")
SPAN_UNITS = words("events_syntax", "span_units")


def time_clause(clause: Token) -> bool:
    """Whether a clause is an adverbial one of time ("when Trump met Putin", "after they
    met"): it places the act of the verb it modifies in time, and is not governed by it. Not
    one with a future modal, which only an embedded question takes ("it is not clear when
    Russia will withdraw")."""
    if any(c.dep_ == "aux" and c.lower_ in NO_TIME_MODALS for c in clause.children):
        return False
    return clause.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS and c.i < clause.i
                                          for c in clause.children)


def own_past(verb: Token) -> bool:
    """Whether a clause is told as done: in the past tense ("brokered", "had met", "were
    killed"), with no modal of its own or a past modal on the verb it modifies, or after a
    subordinator that takes its act as a fact ("since Turkey has launched")."""
    if any(c.dep_ == "mark" and c.lower_ in FACTUAL_MARKS for c in verb.children):
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes) or any(a.tag_ == "MD" and a.lower_ in BACKSHIFTED_MODALS for a in verb.head.children):
        # under a past modal the past may be a shifted present ("said that as Russia drew down, the
        # US would expand"; "could not be finalised until the UK had withdrawn"): no past of its own
        return False
    return verb.tag_ == "VBD" or any(a.lower_ in PAST_AUXILIARIES for a in auxes)


# (events_syntax.yaml long_units, back_words: "a few years ago", "decades earlier")
LONG_UNITS = words("events_syntax", "long_units")
BACK_WORDS = words("events_syntax", "back_words")


def years_back(word: Token) -> bool:
    """Whether a dependent of a clause's verb tells that it was years ago: "ago" (or "earlier",
    "before", "back") with a plural unit of years as its measure ("a few years ago")."""
    return (word.lower_ in BACK_WORDS and word.dep_ in ("advmod", "prep")
            and any(c.lower_ in LONG_UNITS and c.dep_ in ("npadvmod", "pobj", "nmod") for c in word.children))


def destined(verb: Token) -> bool:
    """Whether a verb is the infinitive of "be to", the future of what is arranged or required:
    "Israeli troops are to withdraw within 60 days", "the two leaders are to meet next week",
    "the prisoners were to be freed by March". Not "the problem is to find money" told as what
    something is (a predicate of its own beside it)."""
    head = verb.head
    return (verb.dep_ == "xcomp" and head.lemma_.lower() == "be" and head.i < verb.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
            and not any(c.dep_ in ("attr", "acomp", "neg") for c in head.children))


def to_come(trigger: Token, status: str) -> str:
    """An act told as done whose verb, or the verb it is joined to or completes, is one of
    "be to" (`destined`): still to come, as a future is ("planned")."""
    node, steps = trigger, 0
    while status == "occurred" and steps < 4 and node.pos_ in ("VERB", "AUX"):
        if destined(node):
            return "planned"
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            break
        node, steps = node.head, steps + 1
    return status


def years_long(word: Token) -> bool:
    """Whether a dependent of a verb tells that its act went on for years, with no count ("for
    years", "for many years", "over the past decade", "for decades"): a habit or a standing
    policy, background. Not a counted term ("jailed for ten years")."""
    return word.dep_ == "prep" and word.lower_ in SPAN_PREPS and any(
        o.dep_ == "pobj" and o.lower_ in SPAN_UNITS and not any(n.dep_ == "nummod" for n in o.children) for o in word.children)
