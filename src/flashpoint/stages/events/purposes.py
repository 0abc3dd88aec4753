"""Infinitives that tell what an act is for or what it is judged to be, not an act done: the
purpose a thing is made or meant for ("the resolution is intended to allow aid in", "the
operation is meant to drive the militia out") and the judgement of an act of a kind ("it is
necessary to withdraw"), and what "have to" lays on a party ("we have to reinforce")."""

from __future__ import annotations

from spacy.tokens import Token

from ...knowledge.events import default_lexicon
from ...lexicon import words
from .words import PASSIVE_SUBJECTS, PREPARING_VERBS, SUBJECT_ADJECTIVES, SUBJECTS

PURPOSE_VERBS = words("events_syntax", "purpose_verbs")
ERRAND_VERBS = words("events_syntax", "errand_verbs")
# the statuses of a word of intent, expectation or threat (status_cues in knowledge/events.yaml)
INTENT_STATUSES = ("planned", "threatened", "hypothetical")
AIM_PREPS = words("events_syntax", "aim_preps")
PROVISION_NOUNS = words("events_syntax", "provision_nouns")
THROUGH_PREPS = words("events_syntax", "through_preps")


def extraposed_infinitive(head: Token, clause: Token) -> bool:
    """Whether an infinitive is the extraposed subject of "it is ADJ": "it is important to
    withdraw", "it was necessary to halt", "it is legal to kill them". What such a sentence
    tells is a judgement of an act of that kind (needed, lawful, easy), not an act done.
    The head is "be" (or its adjective, as the parse may hang the infinitive from either),
    whose subject is "it". Not an adjective whose infinitive is its subject's own act ("it was
    able to bomb", "it was quick to condemn", `SUBJECT_ADJECTIVES`): there "it" names a party."""
    with_for = clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) or not (clause.dep_ == "xcomp" or with_for):
        return False  # "it is important (for Turkey) to withdraw"
    adjective = head if head.pos_ == "ADJ" and head.dep_ == "acomp" else None
    copula = head.head if adjective is not None else head
    if copula.lemma_.lower() != "be" or not any(c.dep_ in SUBJECTS and c.lower_ == "it" for c in copula.children):
        return False
    adjectives = [adjective] if adjective is not None else [c for c in copula.children if c.dep_ == "acomp" and c.pos_ == "ADJ"]
    return bool(adjectives) and all(a.lemma_.lower() not in SUBJECT_ADJECTIVES and a.i < clause.i for a in adjectives)


def purpose_of_thing(head: Token, clause: Token) -> bool:
    """Whether an infinitive is the purpose a passive verb of purpose gives its subject ("the
    resolution is intended to allow aid in", "the law was designed to punish them", "the
    operation is meant to drive them out"): it tells what the thing is for, not an act done,
    nor an intent anyone announced (as the active "Turkey intends to withdraw" does). The
    passive is the verb's own ("is intended") or shared with the verb it is joined to ("is
    limited in scope and intended to")."""
    if clause.dep_ != "xcomp" or head.lemma_.lower() not in PURPOSE_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    return _passive(head) or (head.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in head.children) and _passive(head.head))


def _passive(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ in PASSIVE_SUBJECTS | {"auxpass"} for c in verb.children)


def intended_through_phrase(noun: Token, cues: dict[str, str]) -> str | None:
    """The status a verb or adjective of intent, expectation or threat gives an event noun
    it governs through a preposition of aim (`AIM_PREPS`: "preparing for an assault", "hoping
    for talks", "ready for negotiations", "threatened Iran with strikes", "weapons intended for
    use in an attack", "set Monday as the date for an offensive"): the act is aimed at, awaited
    or threatened, not told as done. The phrase may pass through one noun that names no act of
    its own ("use", "date"; not "warned of retaliation for the attack", where the attack is the
    grievance); a phrase of time or cause ("warned of retaliation after the strike") names an
    act that happened, as a "for" phrase beside the verb's object does ("wants justice for the
    killing"), and a verb with a particle is another verb ("set out on a visit")."""
    node, hops = noun, 0
    while node.dep_ == "pobj" and node.head.dep_ == "prep" and hops < 2:
        prep, governor = node.head, node.head.head
        if governor.pos_ in ("VERB", "ADJ"):
            if prep.lower_ not in AIM_PREPS or any(c.dep_ == "prt" for c in governor.children):
                return None
            if prep.lower_ == "for" and any(c.dep_ in ("dobj", "obj") for c in governor.children):
                return None  # "wants justice for the killing", "sought compensation for the attack": the grievance
            if governor.lemma_.lower() in PURPOSE_VERBS and governor.tag_ == "VBN":
                return "hypothetical"  # "weapons intended for use in an attack": what a thing is for, no one's intent
            status = cues.get(governor.lemma_.lower())
            if prep.lower_ == "with" and status != "threatened":
                return None  # "threatened Iran with strikes" names the threat; "agreed with Turkey's offensive" endorses a deed
            if status in INTENT_STATUSES and _names_another_doer(noun):
                return "hypothetical"  # "Kyiv is preparing for a Russian offensive": awaited, no one's announced intent
            return status if status in INTENT_STATUSES else None
        if governor.pos_ != "NOUN" or prep.lower_ not in THROUGH_PREPS or governor.lemma_.lower() in default_lexicon().nouns:
            return None
        node, hops = governor, hops + 1
    return None


def _names_another_doer(noun: Token) -> bool:
    """Whether an event noun names its own doer by a people's adjective, a possessor that is a
    name, or a "by" phrase ("a Russian offensive", "Russia's offensive", "the assault by Afghan
    commandos"): not, then, the one who prepares for it or is ready for it. A possessive
    pronoun ("its offensive") goes back to whoever speaks of it."""
    return any((c.dep_ == "amod" and c.ent_type_ == "NORP") or (c.dep_ == "poss" and c.pos_ != "PRON")
               or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children)


def provision(verb: Token) -> bool:
    """Whether a verb's subject is a text that lays down rules ("UK law allows Britain to
    revoke citizenship", "the treaty forbids such transfers", `provision_nouns`): told in the
    simple present, the verb tells what the text provides, a standing rule, not an act of
    speech made now (as "Turkey allows refugees to cross" is)."""
    return any(c.dep_ in SUBJECTS and c.lemma_.lower() in PROVISION_NOUNS for c in verb.children)


def errand_of_habit(verb: Token, generic) -> bool:
    """Whether a "to" infinitive with no subject of its own tells what a verb of going or
    gathering (`errand_verbs`) is for, that verb told as a habit (`generic`, the test of the
    simple present): "Russia mounts assaults at times when western leaders gather to discuss
    Syria" tells no discussion held once, but what leaders do whenever they gather."""
    head = verb.head
    return (verb.dep_ in ("xcomp", "advcl") and head.lemma_.lower() in ERRAND_VERBS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not any(c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "mark" for c in verb.children) and generic(head))


def preparing_aim(head: Token, clause: Token) -> bool:
    """Whether an infinitive is what a verb of training or arming readies its object for
    ("trained local forces to fight Isis", "armed the tribes to fight the rebels"): an aim the
    object is readied for, not an act done (and its doer is the object: syntax.purpose_subject).
    Not under a noun, whose own status tells it ("its old playbook of arming proxies to attack
    its neighbours": a habit)."""
    under_noun = head.dep_ == "pcomp" and head.head.head.pos_ == "NOUN"
    return (head.lemma_.lower() in PREPARING_VERBS and clause.dep_ in ("advcl", "xcomp") and not under_noun
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            and any(c.dep_ in ("dobj", "obj") and c.i < clause.i for c in head.children))


def present_obligation(head: Token, clause: Token) -> bool:
    """Whether an infinitive is what "have to" in the present lays on its subject ("we have to
    reinforce and start over", "Europe has to take back its fighters"): owed, as after "must"
    or "need to", not done. Not the past "had to", which tells what was done under constraint
    ("the rebels had to withdraw": they withdrew), nor "have" with an object ("the levers the
    west has to pressure Moscow": what the object is for)."""
    return (head.lemma_.lower() == "have" and head.tag_ in ("VBP", "VBZ") and clause.dep_ == "xcomp"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            and not any(c.dep_ in ("dobj", "obj") for c in head.children))
