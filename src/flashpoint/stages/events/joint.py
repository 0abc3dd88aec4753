"""Acts of several sides: acts two sides named together do with each other (`mutual_pairs`,
also whatever their type: `joint_act`, or to "each other": `reciprocal`), and talks between
sides that others plan."""

from __future__ import annotations

from spacy.tokens import Token

from ...knowledge.events import Coding
from .participants import Participant
from .triggers import Found
from .reciprocals import reciprocal_pronoun
from .words import CLASH_WORDS, JOINT_ACTS, MEDIATING_PARTICIPLES, MUTUAL_TYPES, NOMINAL_DEPS, OBJECTS


def joint_act(found: Found) -> bool:
    """Whether a trigger names an act two sides do together whatever its type ("signed a
    memorandum", "restored relations": lexicon events joint_acts)."""
    verb = found.token.lemma_.lower()
    objects = {found.particle.lemma_.lower(), found.particle.lower_} if found.kind == "particle" and found.particle is not None else set()
    return found.kind in ("verb", "particle") and (verb in JOINT_ACTS or any(f"{verb} {o}" in JOINT_ACTS for o in objects))


def reciprocal(found: Found) -> bool:
    """Whether a verb's object, or the object of one of its prepositions, is a reciprocal
    pronoun ("accused each other", "fired at one another"): the sides that do it do it to each
    other, whatever the act (`mutual_pairs`)."""
    verb = found.token
    words = [c for c in verb.children if c.dep_ in OBJECTS]
    words += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    words += [c for w in words for c in w.children if c.dep_ == "poss"]  # "shelled each other's positions"
    return any(reciprocal_pronoun(w) for w in words)


def third_party_act(found: Found) -> bool:
    """Whether a verb names what a third party does for others ("the truce was mediated by
    Qatar, Egypt and the US", "Oman and Qatar hosted the talks"): those named together are
    co-mediators or co-hosts, not the sides that meet or agree (`mutual_pairs`)."""
    return found.kind in ("verb", "particle") and found.token.lemma_.lower() in MEDIATING_PARTICIPLES


def between_sides(found: Found, actors: list[Participant]) -> bool:
    """Talks "between" sides, their only actors: a third party's plan to host them is no
    intent of the sides ("offered to host talks between Iran and the US")."""
    return found.kind == "noun" and bool(actors) and all(a.path == "between" for a in actors)


def mutual_pairs(coding: Coding, actors: list[Participant], recipients: list[Participant],
                 joint: bool = False, to_each_other: bool = False, third_party: bool = False) -> list[tuple[Participant, Participant]] | None:
    """"Iran and Saudi Arabia held talks": each side acts with each other one, coded both
    ways as PETRARCH and GDELT code a joint act (Iran -> Saudi Arabia, Saudi Arabia -> Iran).
    `joint`: the trigger names such an act whatever its type ("restored relations");
    `to_each_other`: its object is a reciprocal (`reciprocal`), whom or whose it names is
    no recipient of its own ("shelled each other's positions"); `third_party`: the sides named
    act for others (`third_party_act`), not with each other.
    None when the act is not a joint act of several sides with no recipient."""
    if third_party:
        return None
    recipients = [] if to_each_other else recipients
    joint = joint or to_each_other
    # (sides a hyphenated pair names, "the Israel-Hamas war", act against each other whatever the act)
    if (coding.event_type in MUTUAL_TYPES or joint or all(a.path == "pair" for a in actors)) and not recipients and len({a.mention.name for a in actors}) > 1:
        return [(a, b) for a in actors for b in actors if a.mention.name != b.mention.name]
    return None


def names_clash(token: Token) -> bool:
    """Whether a trigger word is a noun of a fight whose sides are told together (`CLASH_WORDS`:
    "clashes between police and protesters"), a gerund used as one too ("Fighting between the
    army and the RSF spread", whose lemma is the verb's)."""
    return token.lemma_.lower() in CLASH_WORDS or (token.tag_ == "VBG" and token.dep_ in NOMINAL_DEPS and token.lower_ in CLASH_WORDS)
