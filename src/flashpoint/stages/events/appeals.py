"""Demands told in the form of the words demanded, without a modal of obligation:

- A quoted imperative is an appeal (REQUEST) by whoever says it to whomever it is said to:
  'The Kenyan president told Museveni: "Withdraw your troops"', '"Stop the bombing now," the
  minister told his Russian counterpart', '"Don't attack the camps," he said' (no one named:
  an appeal with no particular addressee). Imperatives of discourse that ask nothing of the
  listener ("Look, ...", "Let me be clear", "Make no mistake") are not appeals
  (`discourse_imperatives`).
- A subjunctive that-clause after a verb of insisting is a demand on its subject: "Erdogan
  insisted that Kurdish militias be excluded from the talks", "insisted that Turkey
  withdraw" (the bare verb, or "be" with a participle, where a statement would have a
  tense: "insisted that Turkey withdrew" states).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import words
from .words import OBJECTS, PASSIVE_SUBJECTS, SUBJECTS

# Verbs of imperatives that organise the speaker's own discourse, asking no act of the
# listener: "Look, ...", "Let me be clear", "Make no mistake", "Imagine ...", "Thank you".
DISCOURSE_IMPERATIVES = words("events", "discourse_imperatives")
# Words that may open an imperative clause before its verb: "Don't", "Please", "Never", "Just".
IMPERATIVE_OPENERS = words("events", "imperative_openers")
# Verbs of saying whose subjunctive that-clause is a demand ("insisted that X be excluded");
# verbs of asking and demanding are requests in the lexicon already.
INSISTING_VERBS = words("events", "insisting_verbs")


def imperative(clause: Token) -> bool:
    """Whether a clause is an imperative in quoted words: a bare verb with no subject and no
    auxiliary but "do" ("Withdraw your troops", "Don't attack"), nothing before it in its
    clause but an opener ("please", "never", "don't"), right after a quotation mark or a colon;
    not an imperative of discourse."""
    if clause.tag_ != "VB" or clause.pos_ != "VERB" or clause.lemma_.lower() in DISCOURSE_IMPERATIVES:
        return False
    if any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS | {"expl", "mark"} for c in clause.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "do" for c in clause.children):
        return False
    start = clause.left_edge
    while start.is_quote or start.is_space:
        start = start.nbor()
    if any(t.lower_ not in IMPERATIVE_OPENERS for t in clause.doc[start.i:clause.i]):
        return False
    before = start.nbor(-1) if start.i > clause.sent.start else None
    return before is not None and (before.is_quote or before.text == ":") or start.i == clause.sent.start and start.is_sent_start and quoted_sentence(start)


def quoted_sentence(first: Token) -> bool:
    """Whether a sentence opens inside quotation marks that the sentence before left open,
    or opens with one ('"Withdraw now." ... he said')."""
    return first.i > 0 and first.nbor(-1).is_quote


def quoted_imperatives(verb: Token) -> list[Token]:
    """The quoted imperative clauses a verb of saying reports: its clause complements ("'Stop
    the bombing,' the minister told", "told Museveni: 'Withdraw'"; the parse may hang a quotation
    set before the verb as an adverbial clause)."""
    return [c for c in verb.children if (c.dep_ in ("ccomp", "xcomp") or c.dep_ == "advcl" and c.i < verb.i) and imperative(c)]


def addressees(verb: Token) -> list[Token]:
    """Whom a verb of saying speaks to: its object ("told Museveni"), or the object of "to"
    ("said to the Russian envoy")."""
    heard = [c for c in verb.children if c.dep_ in OBJECTS]
    heard += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    return heard


def subjunctive(verb: Token, clause: Token) -> bool:
    """Whether the clause a verb of insisting reports is a demand in the subjunctive: its verb
    bare ("that Turkey withdraw") or passive with a bare "be" ("that the militias be
    excluded"), with a subject of its own and no modal."""
    if verb.lemma_.lower() not in INSISTING_VERBS or not any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in clause.children):
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        return all(a.dep_ == "auxpass" and a.lower_ == "be" for a in auxiliaries)
    if clause.pos_ != "VERB":
        return False
    # a present form that does not agree with a singular subject is bare too: "that the YPG
    # withdraw" (the parse may tag it as a plural present)
    singular = any(c.dep_ in SUBJECTS and c.tag_ in ("NN", "NNP") for c in clause.children)
    return clause.tag_ == "VB" or clause.tag_ == "VBP" and singular
