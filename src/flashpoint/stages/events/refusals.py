"""Refusals told by a verb whose act is the refusal only with a negation, or only of a meeting:

- A verb of bearing negated is a refusal (REJECT) of its object: "Turkey will not tolerate a
  terror corridor", "said it would not countenance Assad remaining in power" (of the one the
  object or its clause names: Assad), "cannot brook interference" (`refusal_verbs`).
- A verb of taking part negated, with a meeting as its object, is a refusal to meet (REJECT,
  CAMEO 125): "said they would not attend the conference", "will not take part in the talks"
  (`participation_verbs`), as is one refused ("refused to attend the talks in Cairo"); as is a boycott of a meeting ("will boycott the summit": the verb's
  own entry codes a boycott of goods or an election as a protest).

The refusal is aimed at whoever holds the meeting: the agent of its participle ("the talks
hosted by Russia"), its possessor or the adjective of a party ("Russia's conference", "the
US-led summit"), or the other side of talks ("talks with the government"); else at no one
named. The negation is the refusal's own, so it is no denial: a refusal announced is one made
(status "refused", which `speech_act` codes as the REJECT it is)."""

from __future__ import annotations

from spacy.tokens import Token

from ...knowledge.events import QUAD_CLASS, Coding
from ...lexicon import words
from .syntax import prep_objects
from .words import IMPERSONAL_PRONOUNS, OBJECTS, PERSONAL_PRONOUNS

REFUSAL_CODING = Coding("REJECT", None, "120", "refusal")
MEETING_REFUSAL_CODING = Coding("REJECT", None, "125", "refusal")
# Verbs of bearing something, a refusal when negated ("will not tolerate", "won't countenance").
BEARING_VERBS = words("events", "bearing_verbs")
# Verbs of breaking a commitment ("reneged on its pledges"), and the nouns of one.
BREAKING_VERBS = words("events", "breaking_verbs")
COMMITMENT_NOUNS = words("events", "commitment_nouns")
# Nouns of a bond between parties ("links to the PKK"), whose other end a denial does not answer.
BOND_NOUNS = words("events", "bond_nouns")
# Verbs of taking part in a meeting ("attend", "take part in"), a refusal to meet when negated.
PARTICIPATION_VERBS = words("events", "participation_verbs")
# Verbs of staying away from a meeting on purpose ("boycott the talks").
BOYCOTT_VERBS = words("events", "boycott_verbs")
# Verbs of refusing whose complement may be taking part in a meeting ("refused to attend").
REFUSING_VERBS = words("events", "meeting_refusing_verbs")
# Nouns of a meeting one can attend or stay away from.
MEETING_NOUNS = words("events", "meeting_nouns")
# Prepositions of the meeting after a verb of taking part ("take part in", "participate in").
PARTICIPATION_PREPS = {"in", "at"}
# How a meeting names who holds it or meets: its possessor or a modifier ("Russia's
# conference", "the Russian-hosted summit"), and the prepositions of the other side.
HOLDER_DEPS = {"poss", "amod", "compound", "nmod"}
HOLDER_PREPS = {"with", "by", "between"}


def negated(verb: Token) -> bool:
    """Whether a verb is negated on its own ("not", "n't", "never")."""
    return any(c.dep_ == "neg" for c in verb.children)


def meeting_object(verb: Token) -> Token | None:
    """The meeting a verb takes as its object or, after "in"/"at", as the object of its
    preposition ("attend the conference", "take part in the talks")."""
    heads = [c for c in verb.children if c.dep_ in OBJECTS]
    heads += [o for p in (*verb.children, *(c for h in heads for c in h.children)) if p.dep_ == "prep" and p.lower_ in PARTICIPATION_PREPS
              for o in prep_objects(p)]
    return next((h for h in heads if h.lemma_.lower() in MEETING_NOUNS or h.lower_ in MEETING_NOUNS), None)


def participation_lemma(verb: Token) -> str:
    """The verb with its particle object, as the lists write it ("take part")."""
    part = next((c for c in verb.children if c.dep_ in OBJECTS and c.lower_ == "part"), None)
    return f"{verb.lemma_.lower()} part" if part is not None else verb.lemma_.lower()


def refusal(verb: Token) -> tuple[Coding, Token | None] | None:
    """The refusal a verb tells, and what is refused (its object, or the meeting), if any."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma in BEARING_VERBS and negated(verb):
        return REFUSAL_CODING, next((c for c in verb.children if c.dep_ in OBJECTS | {"ccomp", "xcomp"}), None)
    if lemma in REFUSING_VERBS:
        # "refused to attend the talks": the refusal is the meeting's, aimed at its holders
        taking_part = [c for c in verb.children if c.dep_ == "xcomp" and participation_lemma(c) in PARTICIPATION_VERBS and not negated(c)]
        meeting = next((meeting_object(c) for c in taking_part if meeting_object(c) is not None), None)
        return (MEETING_REFUSAL_CODING, meeting) if meeting is not None else None
    meeting = meeting_object(verb)
    if meeting is None:
        return None
    if participation_lemma(verb) in PARTICIPATION_VERBS and negated(verb):
        return MEETING_REFUSAL_CODING, meeting
    if lemma in BOYCOTT_VERBS and not negated(verb):
        return MEETING_REFUSAL_CODING, meeting
    return None


def meeting_holders(meeting: Token) -> list[Token]:
    """Who holds a meeting or meets at it, as its phrase says (see the module docstring); the
    agent of a participle on it ("the talks hosted by Russia", "the event conceived by the US")."""
    holders = [c for c in meeting.children if c.dep_ in HOLDER_DEPS]
    participles = [a for a in meeting.children if a.dep_ == "acl"]
    # the parse may hang a participle set off by a comma from the verb: "will boycott the event,
    # originally conceived by the US"
    participles += [a for a in meeting.head.children if a.dep_ == "advcl" and a.tag_ == "VBN" and a.i > meeting.i
                    and a.left_edge.i <= meeting.right_edge.i + 2]
    phrases = [*meeting.children, *(c for a in participles for c in a.children)]
    holders += [o for p in phrases if p.dep_ in ("prep", "agent") and p.lower_ in HOLDER_PREPS for o in prep_objects(p)]
    return holders


def refused_parties(refused: Token | None) -> list[Token]:
    """The words naming whom a refusal is aimed at: the holders of a meeting; else the object
    refused, the subject of a clause refused ("Assad remaining in power"), or their possessor."""
    if refused is None:
        return []
    if refused.lemma_.lower() in MEETING_NOUNS or refused.lower_ in MEETING_NOUNS:
        return meeting_holders(refused)
    clause_subjects = [c for c in refused.children if c.dep_ in ("nsubj", "nsubjpass")] if refused.pos_ in ("VERB", "AUX") else []
    heads = clause_subjects or [refused]
    return heads + [c for h in heads for c in h.children if c.dep_ == "poss"]


def refusal_status(trigger: Token, statuses: list[str]) -> list[str]:
    """The status cues of a refusal trigger: its own negation makes the refusal, and an
    announced boycott is made when announced (a refusal, see `ranked`)."""
    found = refusal(trigger)
    if found is None:
        return statuses
    if "negated" in statuses or "planned" in statuses:
        return [s for s in statuses if s != "planned"] + ["negated", "planned"]
    return statuses


def refused_meeting(noun: Token, verb: Token) -> bool:
    """Whether an event noun is the meeting a refusal stays away from ("would not take part in
    the talks hosted by Russia"): the refusal's negation is not the meeting's, which its holders
    hold all the same."""
    found = refusal(verb)
    return found is not None and found[1] is not None and found[1].i == noun.i


# Third-person pronouns: a subject one of them names may be any party the text names
# ("Turkey does not think it should attack": Turkey's own stance).
THIRD_PERSON = frozenset(PERSONAL_PRONOUNS | IMPERSONAL_PRONOUNS)


def own_subject(clause: Token) -> Token | None:
    """A clause's own subject, if it names one (an infinitive controlled from above names none)."""
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def another_doers_clause(clause: Token, subject_below: Token | None) -> bool:
    """Whether a clause above an act has a subject of its own that cannot be the act's doer
    (the subject of the clause below): "the minister did not intend that the Kurds should
    execute them", "a deal could not be finalised until the UK had withdrawn", "the
    alternative is not a good one in that we will be forced to release them". Its negation is
    that party's, not the doer's refusal: the act is only supposed. A third-person pronoun may
    be anyone ("Turkey does not think it should attack" stays Turkey's refusal)."""
    subject = own_subject(clause)
    if subject is None or subject_below is None or subject.i == subject_below.i:
        return False
    if {subject.lower_, subject_below.lower_} & THIRD_PERSON:
        return False
    return subject.lemma_.lower() != subject_below.lemma_.lower()


# Verbs of ending an act ("refused to end its support for the YPG", "will not stop arming the
# Kurds"): with a cooperative act as what is ended, the refusal keeps that act going.
ENDING_VERBS = words("events", "ending_verbs")


def keeps_cooperation(trigger: Token, triggers) -> bool:
    """Whether a refusal's clause is to end a cooperative act ("refused to end its backing for
    the YPG", "the US refusal to stop arming the Kurds"): whom that act helps is its
    beneficiary, kept helped, not whom the refusal answers (who asked for the end, if anyone
    did). `triggers` is the `TriggerFinder` that codes the act."""
    for clause in (c for c in trigger.children if c.dep_ in ("xcomp", "acl", "ccomp") and c.lemma_.lower() in ENDING_VERBS):
        for act in (c for c in clause.children if c.dep_ in OBJECTS or c.dep_ in ("xcomp", "pcomp")):
            found = triggers.find(act)
            if found is not None and QUAD_CLASS[found.coding.event_type] in (1, 2) and found.coding.event_type != "RETREAT":
                return True
    return False


def answers_no_topic(trigger: Token, recipients: list, triggers) -> bool:
    """Whether a refusal or denial that answers no one named leaves its topic unaddressed: a
    refusal to end a cooperative act (`keeps_cooperation`), or a denial of a bond whose other
    end is the topic ("the YPG denies any links to the PKK": the PKK is who it says it is not
    tied to, not whom it answers; "denied the Kurdish claims" still answers the Kurds)."""
    if keeps_cooperation(trigger, triggers):
        return True
    doc = trigger.doc
    for participant in recipients:
        head = doc[participant.mention.head]
        bond = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("to", "with", "between") else None
        if bond is not None and bond.lemma_.lower() in BOND_NOUNS and bond.head.i == trigger.i:
            return True
    return False


def broken_commitment(trigger: Token) -> bool:
    """Whether a trigger is a commitment the clause says was broken, or the act it promised: in
    "Riyadh reneged on its pledges to fund Iraqi reconstruction", "Washington broke its promise
    to protect the Kurds" the pledge was made before, background to the breaking (the act the
    sentence tells), no commitment made now."""
    noun = trigger.head if trigger.dep_ == "acl" and trigger.head.lemma_.lower() in COMMITMENT_NOUNS else trigger
    if noun.lemma_.lower() not in COMMITMENT_NOUNS or noun.dep_ not in OBJECTS and noun.dep_ != "pobj":
        return False
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head  # "reneged on", "went back on"
    return governor.lemma_.lower() in BREAKING_VERBS
