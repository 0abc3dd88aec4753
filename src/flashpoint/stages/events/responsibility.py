"""Claims of responsibility: "Al-Shabaab claimed responsibility for the attack on the hotel",
"the group claimed credit for the bombing", "Islamic State claimed the attack". Wire reports
tell many attacks only so: the claimant is the doer of the act the event noun names, by its
own account, so the noun is coded as the claimant's act with status "claimed" (the codebook
counts a party's claim of its own act as that act). The claim itself (CAMEO 015) is no PLOVER
event and is not an accusation of anyone."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import table, words
from .syntax import passive_agent, subject
from .words import OBJECTS, PASSIVE_SUBJECTS

CLAIMING_VERBS = words("events", "claiming_verbs")
RESPONSIBILITY_NOUNS = words("events", "responsibility_nouns")
BLAMING_VERBS = table("events", "blaming_verbs")  # verb -> the preposition naming the one blamed
ACCUSING_FRAMES = table("events", "accusing_frames")  # verb -> the preposition of the act laid on the accused
WARNING_FRAMES = table("events", "warning_frames")  # verb -> the preposition of the act warned against


def _framed_gerund(clause: Token, frames: dict[str, str]) -> bool:
    """Whether a gerund is the object of the preposition a verb's frame gives its act (`frames`:
    verb lemma -> preposition)."""
    prep = clause.head
    return (clause.dep_ == "pcomp" and prep.dep_ == "prep" and prep.head.pos_ == "VERB"
            and frames.get(prep.head.lemma_.lower()) == prep.lower_)


def alleged_act(clause: Token) -> bool:
    """Whether a gerund is the act an accusation lays on the accused ("India accused Pakistan
    of backing the militants", "was blamed for arming them"): alleged by the accuser, so
    claimed, not told as done."""
    return _framed_gerund(clause, ACCUSING_FRAMES)


def warned_against(clause: Token) -> bool:
    """Whether a gerund is the act a warning is against ("warned the US against striking Syria",
    "cautioned against launching an offensive"): one the warner does not want done, so
    hypothetical, not told as done."""
    return _framed_gerund(clause, WARNING_FRAMES)


def claiming_verb(noun: Token) -> Token | None:
    """The verb of claiming whose claimed act an event noun is: its object ("claimed the
    attack"), or the object of the "for" phrase of its object noun of responsibility
    ("claimed responsibility for the attack"; the parse may hang "for" from the verb)."""
    if noun.dep_ in OBJECTS or noun.dep_ in PASSIVE_SUBJECTS:  # (passive: "the attack was claimed by IS")
        verb = noun.head
        return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in CLAIMING_VERBS else None
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    owner = noun.head.head
    if owner.lemma_.lower() in RESPONSIBILITY_NOUNS and owner.dep_ in OBJECTS:
        owner = owner.head
    elif not (owner.pos_ == "VERB" and any(c.dep_ in OBJECTS and c.lemma_.lower() in RESPONSIBILITY_NOUNS for c in owner.children)):
        return None
    return owner if owner.pos_ == "VERB" and owner.lemma_.lower() in CLAIMING_VERBS else None


def claimants(noun: Token) -> tuple[list[Token], str]:
    """The subjects of the verb that claims the act a noun names; in the passive its "by"
    phrase ("the attack was claimed by the Pakistani Taliban"; the participle after the noun,
    "the bombing claimed by IS", is `ParticipantResolver.claimant`).
    The path is a light verb's ("carried out the attack"): the claimant is lent the act the
    same way, and the confidence model knows that kind of path."""
    verb = claiming_verb(noun)
    if verb is None:
        return [], ""
    if noun.dep_ in PASSIVE_SUBJECTS:
        agent = passive_agent(verb)
        return [c for c in (agent.children if agent is not None else []) if c.dep_ == "pobj"], "light-claim-agent"
    subjects, path, passive = subject(verb)
    return ([] if passive else subjects), f"light-claim-{path}"


def attributed_doers(noun: Token) -> list[Token]:
    """Who a participle after an event noun says did it: "the bombing claimed by the Islamic
    State" (the claimant, by its own account), "a drone strike blamed on the army", "an attack
    attributed to the PKK" (whom the report or others hold responsible)."""
    doers = []
    for clause in (c for c in noun.children if c.dep_ == "acl"):
        lemma = clause.lemma_.lower()
        if lemma in CLAIMING_VERBS:
            doers += [o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        elif lemma in BLAMING_VERBS:
            doers += [o for p in clause.children if p.dep_ == "prep" and p.lower_ == BLAMING_VERBS[lemma] for o in p.children if o.dep_ == "pobj"]
    return doers
