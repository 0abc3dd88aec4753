"""Questions: an act asked about is not told as done. A yes/no question ("Did Russia bomb the
hospital?", "Has Turkey withdrawn its troops?", "Will they attack us again?") leaves open
whether the act happened; a wh-question ("Who bombed the hospital?", "Why did Russia bomb
it?") takes the act as given and asks about one of its parts, so it is no cue. An embedded
one under a negated word of knowing ("it is not clear whether Iran will retaliate", "nobody
knows if Turkey will invade") is open as well, not denied."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import words
from .timeclauses import own_past
from .words import NEGATIVE_PRONOUNS, PASSIVE_SUBJECTS, SUBJECTS

KNOWLEDGE_WORDS = words("events_syntax", "knowledge_words")
UNKNOWING_WORDS = words("events_syntax", "unknowing_words")

WH_TAGS = {"WDT", "WP", "WP$", "WRB"}


def open_question(verb: Token) -> bool:
    """Whether a verb's clause is a yes/no question: it ends in a question mark and an
    auxiliary or modal comes before its subject ("Did Russia ...", "Will they ..."), with no
    wh-word before the subject."""
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "punct" and c.text == "?" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS), None)
    if subject is None or not any(c.dep_ in ("aux", "auxpass") and c.i < subject.i for c in verb.children):
        return False
    return not any(t.tag_ in WH_TAGS for t in verb.doc[verb.left_edge.i:subject.i])


def open_knowledge(head: Token, clause: Token) -> str | None:
    """What a word of knowing or of certainty that is negated ("it is not clear", "we do not
    know", "nobody knows") or negative ("unclear", "unknown") makes of the clause under it:
    "open" for a clause it leaves an open question ("not clear whether Iran will retaliate",
    "not certain that Turkey will attack", "unclear when Russia will withdraw"), supposed and
    not denied; "known" for a wh-question in the past, which takes its act as done and asks
    about one of its parts ("it is not known who attacked the convoy", "nobody knows why Russia
    bombed the hospital"); None for any other word or clause."""
    if clause.dep_ not in ("ccomp", "advcl", "csubj") or head.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    knowing = [head, *(c for c in head.children if c.dep_ == "acomp")]
    lemmas = {w.lemma_.lower() for w in knowing} | {w.lower_ for w in knowing}
    negated = any(c.dep_ == "neg" or (c.dep_ in SUBJECTS and negative_quantity(c)) for c in head.children)
    if not (lemmas & UNKNOWING_WORDS or (negated and lemmas & KNOWLEDGE_WORDS)):
        return None
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS), clause)
    asked = any(t.tag_ in WH_TAGS for t in clause.doc[clause.left_edge.i:subject.i + 1])
    return "known" if asked and own_past(clause) else "open"


def negative_quantity(noun: Token) -> bool:
    """A noun phrase that counts nobody: "none (of the nationals)", "no civilians", "no one",
    "neither Tehran nor Baghdad"."""
    if noun.lower_ in NEGATIVE_PRONOUNS or (noun.lower_ == "one" and noun.i > 0 and noun.doc[noun.i - 1].lower_ == "no"):
        return True
    return any((c.dep_ == "det" and c.lower_ == "no") or (c.dep_ in ("det", "preconj") and c.lower_ == "neither") for c in noun.children)
