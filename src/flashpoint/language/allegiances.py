"""Participles of allegiance the parser takes for the main verb, set back as modifiers.

"Jihadists linked to Al-Qaeda killed 40 soldiers", "Gunmen loyal to the warlord attacked the
town": the small parser often reads "linked" as the past tense heading the sentence and the
real verb ("killed") as an adverbial clause with no subject, and every reader of the parse then
finds no doer for the act. A participle of allegiance (`allegiance_participles`) with a subject
and its "to"/"with" phrase, followed by a past-tense verb hung from it with no subject of its
own, is a reduced relative on that subject: the later verb heads the clause. The repair is made
once, on the parse, for every stage (after appositions.py)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import words

ALLEGIANCE_PARTICIPLES = words("events_syntax", "allegiance_participles")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def set_misread_allegiances(doc: Doc) -> Doc:
    """Hang each misread participle of allegiance from its noun, its sentence from the verb after it."""
    for participle in [t for t in doc if t.lower_ in ALLEGIANCE_PARTICIPLES and t.tag_ == "VBD"]:
        nouns = [c for c in participle.children if c.dep_ in SUBJECT_DEPS and c.i < participle.i and c.pos_ in ("NOUN", "PROPN")]
        phrase = [c for c in participle.children if c.dep_ == "prep" and c.lower_ in ("to", "with") and c.i == participle.i + 1]
        verbs = [c for c in participle.children if c.dep_ in ("advcl", "conj", "dep") and c.tag_ == "VBD" and c.i > participle.i
                 and not any(g.dep_ in SUBJECT_DEPS | {"mark", "aux", "auxpass"} for g in c.children)
                 and not any(g.dep_ == "cc" and participle.i < g.i < c.i for g in participle.children)]
        if len(nouns) != 1 or not phrase or not verbs:
            continue
        noun, verb = nouns[0], verbs[0]
        rest = [c for c in participle.children if c.i > verb.i or c.dep_ == "punct"]
        head, dep = participle.head, participle.dep_
        if head.i == participle.i:
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = head, dep
        noun.head = verb
        participle.head, participle.dep_, participle.tag_ = noun, "acl", "VBN"
        for child in rest:
            child.head = verb
    return doc
