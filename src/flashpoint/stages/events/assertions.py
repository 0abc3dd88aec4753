"""Whom a denial of a claim answers: "The militants said they had killed 20 soldiers, a claim the
army denied"; "Islamic State claimed it had burned a base. The ministry denied the claim". The
denial is aimed at whoever made the claim: the subject of the last verb of saying told before
the noun of assertion (`assertion_nouns`), in its sentence or the one before, not the denier's
own side. A denial of an accusation is read from the accusations told (participants.challengers)."""

from __future__ import annotations

from ...language.coreference import window_start
from ...language.trees import SAYING_VERBS
from ...lexicon import words
from .participants import Participant
from .syntax import subject
from .words import OBJECTS

ASSERTION_NOUNS = words("events_syntax", "assertion_nouns")


def denied_assertion(trigger) -> bool:
    """Whether a verb of denial is about an assertion: its object ("denied the claim") or the
    noun its relative clause modifies ("a claim the army denied")."""
    # a definite object refers back ("denied the claim"); an indefinite one only as the summary a
    # relative clause hangs on ("..., a claim the army denied"); one that says whose it is ("a
    # claim by Syria", "Syria's claim") names its maker itself
    nouns = [c for c in trigger.children if c.dep_ in OBJECTS and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)]
    if trigger.dep_ == "relcl":
        nouns.append(trigger.head)
    return any((n.lemma_.lower() in ASSERTION_NOUNS or n.lower_ in ASSERTION_NOUNS)
               and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "of", "from")) for c in n.children) for n in nouns)


def assertion_makers(people, trigger, actors: list[Participant], index: int) -> list[Participant]:
    """Who made the assertion a denial answers (see the module), or none."""
    if not actors or not denied_assertion(trigger):
        return []
    own = {a.mention.country or a.mention.name for a in actors}
    doc = trigger.doc
    for i in range(trigger.i - 1, window_start(people.sentence_starts, index, back=1) - 1, -1):
        verb = doc[i]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SAYING_VERBS:
            continue
        speakers, path, _ = subject(verb)
        found = [p for s in speakers for p in people.participants(s, f"claimant-{path}", people.sentence_of(s))
                 if (p.mention.country or p.mention.name) not in own]
        if found:
            return found
    return []
