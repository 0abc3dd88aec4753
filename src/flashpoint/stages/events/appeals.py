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
# Marks after which what was said opens: a colon ("told Museveni: 'Withdraw'"), the end of a
# sentence before it inside the same quotation.
OPENING_PUNCTUATION = {":", ".", "!", "?", ";"}


def imperative(clause: Token) -> bool:
    """Whether a clause is an imperative: a bare verb with no subject and no auxiliary but "do"
    ("Withdraw your troops", "Don't attack"), nothing before it in its clause but an opener
    ("please", "never", "don't"), opening what was said: right after a quotation mark, a colon
    or the end of a sentence ('"Turkey has been patient. Withdraw your troops," he said'), or
    as the main clause of its sentence (a sentence of quoted words); not an imperative of
    discourse."""
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
    if clause.dep_ == "ROOT" and all(t.is_punct or t.is_space for t in clause.doc[clause.sent.start:start.i]):
        return True
    before = next((t for t in reversed(clause.doc[:start.i]) if not t.is_space), None)
    return before is not None and (before.is_quote or before.text in OPENING_PUNCTUATION)


def quoted_imperatives(verb: Token) -> list[Token]:
    """The quoted imperative clauses a verb of saying reports: its clause complements ("'Stop
    the bombing,' the minister told", "told Museveni: 'Withdraw'"; the parse may hang a quotation
    set before the verb as an adverbial clause)."""
    if inside_quotation(verb):
        # "'They used to tell us: "have faith"', said a rebel": another's words the speaker
        # recalls, not an appeal the report tells
        return []
    return [c for c in verb.children if (c.dep_ in ("ccomp", "xcomp") or c.dep_ == "advcl" and c.i < verb.i) and imperative(c)]


def inside_quotation(word: Token, reach: int = 150) -> bool:
    """Whether a word is inside quotation marks: the nearest quotation mark before it (within
    `reach` words) opens a quotation."""
    for t in reversed(word.doc[max(0, word.i - reach):word.i]):
        if t.tag_ == "''":
            return False
        if t.tag_ == "``":
            return True
    return False


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
