"""A reaction told as what an act drew: "Iran's missile test prompted a rebuke by the US",
"the Turkish offensive drew condemnation from France", "Russia's decision sparked protests by
Ukrainians".

A noun of a reaction (a judgement, a protest, a refusal or a threat: `reaction_types` in
lexicon/data/events_syntax.yaml) that is the object of a verb of provoking (`provoking_verbs`:
prompt, draw, spark, ...) answers what that verb's subject names: the reaction is aimed at the
party the subject names, or at the doer of the act it names ("Iran's missile test": Iran; "the
Turkish offensive": Turkey), as "condemned Iran's test" is. Its "from" phrase names who reacts,
as its "by" phrase does ("drew condemnation from France"; a reaction comes from someone as a
call or a letter does). Read only where the noun's own phrase names neither; never the
reacting side's own act.
"""

from __future__ import annotations

from ...lexicon import words
from .participants import Participant
from .syntax import prep_objects, subject
from .triggers import Found
from .words import OBJECTS

REACTION_TYPES = words("events_syntax", "reaction_types")
PROVOKING_VERBS = words("events_syntax", "provoking_verbs")


def provoked_reaction(found: Found, actors: list[Participant], recipients: list[Participant], index: int,
                      people) -> tuple[list[Participant], list[Participant]]:
    """(actors, recipients) of a noun of a reaction that a verb of provoking has for its object,
    completed from the verb's subject and the noun's "from" phrase (see the module's doc);
    those given for any other trigger. `people` is the `ParticipantResolver`."""
    noun = found.token
    verb = noun.head
    if (found.kind != "noun" or found.coding.event_type not in REACTION_TYPES or noun.dep_ not in OBJECTS
            or verb.pos_ != "VERB" or verb.lemma_.lower() not in PROVOKING_VERBS):
        return actors, recipients
    if not actors:
        # (the parse may hang the phrase on the verb: "drew [condemnation] [from France]")
        actors = [p for prep in [*noun.children, *verb.children] if prep.dep_ == "prep" and prep.lower_ == "from"
                  for o in prep_objects(prep) for p in people.participants(o, "from", index)]
    provokers, path, passive = subject(verb)
    if actors and not recipients and not passive:
        own = {a.mention.name for a in actors} | {a.mention.country for a in actors if a.mention.country}
        recipients = [p for s in provokers for p in people.participants(s, f"provoked-{path}", index)
                      if p.mention.name not in own and p.mention.country not in own]
    return actors, recipients
