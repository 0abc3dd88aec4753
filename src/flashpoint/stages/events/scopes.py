"""What an agreement covers, as a party says it: "Syria claimed the ceasefire applied to
Turkish forces" asks those forces to keep it (REQUEST); "Iran insisted the truce did not apply
to the rebels", "noting the ceasefire excluded Isis" puts them outside it, a rejection of them
(REJECT). Only in reported speech: a narrated scope ("the truce does not apply to Isis") is a
term of the agreement, no one's act. The verbs are in `lexicon/data/events.yaml`
(`agreement_scope`)."""

from __future__ import annotations

from spacy.tokens import Token

from ...knowledge.events import Coding
from ...lexicon import table
from .syntax import prep_objects, said_clauses
from .words import AGREEMENT_NOUNS, OBJECTS, PASSIVE_SUBJECTS, SUBJECTS

SCOPE = {key: frozenset(value) for key, value in table("events", "agreement_scope").items()}
SCOPE_CODINGS = {"REQUEST": Coding("REQUEST", None, "10", "scope"), "REJECT": Coding("REJECT", None, "120", "scope")}


def scope_clause(verb: Token) -> tuple[Token, str] | None:
    """The complement of a verb of saying that says whom an agreement covers or leaves out,
    and the act saying so is (see the module); None when it names no one covered."""
    for clause in said_clauses(verb):
        subjects = [c for c in clause.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
        if not subjects or subjects[0].lemma_.lower() not in AGREEMENT_NOUNS or not covered(clause):
            continue
        negated = any(c.dep_ == "neg" for c in clause.children)
        lemma = clause.lemma_.lower()
        if lemma in SCOPE["covering"]:
            return clause, "REJECT" if negated else "REQUEST"
        if lemma in SCOPE["excluding"] and not negated:
            return clause, "REJECT"
    return None


def covered(clause: Token) -> list[Token]:
    """Whom a verb of scope names: its object ("excluded named organisations"), or the object
    of "to" or "in" ("applied to Turkish forces", "did not apply in areas held by the
    terrorists": for a place held, its holders)."""
    nouns = [c for c in clause.children if c.dep_ in OBJECTS]
    nouns += [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "to" for o in prep_objects(p)]
    # a place is no party: only its holders, anywhere in its phrase ("in areas of the suburbs
    # held by the terrorists")
    places = [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "in" for o in prep_objects(p)]
    holders = [a for n in nouns + places for v in n.subtree if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_.lower() in SCOPE["holding"]
               for b in v.children if b.dep_ == "agent" for a in b.children if a.dep_ == "pobj"]
    return holders or nouns
