"""Warnings: what a verb of warning with a reported clause tells. A warning that another
party does harm accuses it (`warned_about`); a warning of what the warner's own side will do,
or that the other party will pay, threatens; a warning of a danger no one is said to bring
about is no event (`danger_warning`): the codebook's THREATEN is an explicit threat of action.
A vow to cooperate is a promise, not a threat, and a promise to use force a threat (`promise`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ...knowledge.events import QUAD_CLASS
from .commitments import FUTURE_AUXILIARIES
from .participants import Participant
from .triggers import Found
from ...lexicon import words
from .words import CONSEQUENCE_VERBS, OBJECTS, PASSIVE_SUBJECTS, PROMISING_VERBS, STATE_FORCE_SECTORS, SUBJECTS, WARNING_VERBS

ALERT_PREPS = words("events", "alert_preps")
REPRISAL_NOUNS = words("events", "reprisal_nouns")


def warned_about(found: Found, recipients: list[Participant]) -> bool:
    """Whether a warning is about what its recipients do: "warned that a Syrian assault would
    lead to a catastrophe", "warned the governments were trying to force the refugees home"
    (the object read as the subject of a clause with none of its own). To warn of another
    party's harmful act is to blame it (ACCUSE); a warning of what the warner's own side will
    do is a threat (`topic_recipients` names no one of the own side), as is one that the other
    party will pay for what it does ("warned that Assad would pay", `CONSEQUENCE_VERBS`)."""
    token = found.token
    if found.kind != "verb" or token.lemma_.lower() not in WARNING_VERBS or found.coding.event_type != "THREATEN" or not recipients:
        return False
    if all(r.mention.country is None and getattr(r.mention, "sector", None) in STATE_FORCE_SECTORS for r in recipients):
        # "the security chief warned that police will no longer tolerate rallies": forces of no
        # named state, in an official's warning, are the warner's own: a threat
        return False
    heads = set()
    for clause in (c for c in token.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")):
        if clause.lemma_.lower() in CONSEQUENCE_VERBS:
            return False
        subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
        if not subjects and not any(c.dep_ in PASSIVE_SUBJECTS for c in clause.children):
            subjects = [c for c in token.children if c.dep_ in OBJECTS]
        heads |= {t.i for s in subjects for t in (s, *s.conjuncts)}
    return bool(heads) and all(_phrase_head(token.doc[r.mention.head]).i in heads for r in recipients)


def _phrase_head(word: Token) -> Token:
    """The head noun of the phrase a word modifies ("Syrian" in "a major Syrian assault")."""
    while word.dep_ in ("amod", "compound", "nmod", "poss") and word.head.i != word.i:
        word = word.head
    return word


def danger_warning(found: Found, own_side: Callable[[Token], bool], names_act: Callable[[Token], bool]) -> bool:
    """Whether a verb of warning tells a danger rather than a threat: it is said to no one
    (no object), and no clause it reports may tell a threat (`_threatening`): "the UN warned
    that the fighting could displace thousands", "aid agencies warned that children face
    starvation". `own_side` tells whether a word names the warner's side, `names_act` whether
    a noun names an act or a decision (another party's, which the warning blames)."""
    token = found.token
    if found.kind != "verb" or token.lemma_.lower() not in WARNING_VERBS or found.coding.event_type != "THREATEN":
        return False
    clauses = [c for c in token.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if not clauses:
        # (said to someone, "warned Poland about drones approaching", it informs them: left as it is)
        return not any(c.dep_ in OBJECTS for c in token.children) and _alert(token)
    if any(c.dep_ in OBJECTS for c in token.children):
        return False
    return not any(_threatening(clause, own_side, names_act) for clause in clauses)


def _alert(token: Token) -> bool:
    """Whether a warning with no reported clause is told only by what it is "of" or "about"
    ("warned of the incident", "warned about drones approaching"), and that is no
    reprisal ("warned of consequences" threatens): an alert, no threat."""
    if any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "against" for c in token.children):
        return False  # "warned Iran not to strike", "warned against an attack" are read elsewhere
    told = [o for p in token.children if p.dep_ == "prep" and p.lower_ in ALERT_PREPS for o in p.children if o.dep_ in ("pobj", "pcomp")]
    return bool(told) and not any(o.lemma_.lower() in REPRISAL_NOUNS or o.lower_ in REPRISAL_NOUNS for o in told)


def _threatening(clause: Token, own_side: Callable[[Token], bool], names_act: Callable[[Token], bool]) -> bool:
    """Whether a reported clause may tell a threat: it has a future auxiliary ("Israel would
    pay", "any attack will be met with force"), or its subject may be the warner's side (a
    pronoun, a noun a pronoun owns, a name of the side: "it could strike", "its forces may
    respond", "Turkish troops intend to advance"), or an act or a decision of another party
    ("the plan could make US forces targets")."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUXILIARIES for c in clause.children):
        return True
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
    return not subjects or any(s.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in s.children) or own_side(s) or names_act(s)
                               for s in subjects)


def promise(found: Found, find: Callable[[Token], Found | None]) -> bool:
    """Whether a verb of vowing or promising is told by the act it announces, and codes nothing
    itself: a verb of threatening with a cooperative act for its infinitive ("vowed to work with
    France", "vowing to coordinate with the US") is a promise, and a verb of promising with an
    act of force for its infinitive ("promised to punish those responsible", "pledged to strike
    back") a threat, as the act's own coding tells them (AGREE or THREATEN, `status.speech_act`)."""
    if found.kind not in ("verb", "noun") or (found.kind == "noun" and found.token.lemma_.lower() not in PROMISING_VERBS):
        return False  # (a noun only of promising: "an ultimatum to halt attacks" is halting asked of another)
    # the infinitive a verb takes ("promised to attack") or a noun of promising completes ("his
    # promise to invade northern Syria")
    acts = [find(clause) for clause in found.token.children if clause.dep_ == ("xcomp" if found.kind == "verb" else "acl")]
    if found.coding.event_type == "THREATEN":
        return any(act is not None and QUAD_CLASS[act.coding.event_type] in (1, 2) for act in acts)
    if found.coding.event_type == "AGREE" and found.token.lemma_.lower() in PROMISING_VERBS:
        return any(act is not None and QUAD_CLASS[act.coding.event_type] == 4 for act in acts)
    return False
