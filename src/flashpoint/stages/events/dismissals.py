"""Dismissals: telling someone to go away ("told the Turks to get lost", "told Washington to
mind its own business") is no request that they act but a rebuff of them and of what they
asked: a rejection of the one told (REJECT). The phrases are in `lexicon/data/events.yaml`
(`dismissal_phrases`). Ordering a place's people to leave it ("ordered residents to leave
Rafah") is no rebuff but an evacuation order: they are driven out (COERCE)."""

from __future__ import annotations

from spacy.tokens import Token

from ...knowledge.events import Coding
from ...lexicon import words

DISMISSAL_PHRASES = frozenset(words("events", "dismissal_phrases"))
DISMISSAL_CODING = Coding("REJECT", None, "120", "verb")
# Directive verbs that speak to the one directed ("told the Turks to ...")
TELLING_VERBS = frozenset(words("events", "telling_verbs"))
ORDERING_VERBS = frozenset(words("events", "ordering_verbs"))
LEAVING_VERBS = frozenset(words("events", "leaving_verbs"))
POPULATION_NOUNS = frozenset(words("events", "population_nouns"))
EVACUATION_CODING = Coding("COERCE", "deport", "174", "evacuation-order")


def infinitive_to(clause: Token) -> bool:
    """Whether a clause is a to-infinitive: "to" on its verb, or on the passive auxiliary the
    parse makes head of nothing ("to get lost": "to" hangs from "get", "get" from "lost")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for node in (clause, *(a for a in clause.children if a.dep_ == "auxpass"))
               for c in node.children)


def dismissal(clause: Token | None) -> bool:
    """Whether a to-infinitive a directive verb asks for is a phrase of sending away: its words
    after "to", without the adverbs the speaker adds ("to just get lost")."""
    if clause is None:
        return False
    said = [t.lower_ for t in clause.subtree if not (t.dep_ == "aux" and t.lower_ == "to") and t.dep_ != "advmod" and not t.is_punct]
    return " ".join(said) in DISMISSAL_PHRASES


def evacuation_order(verb: Token) -> bool:
    """Whether a verb of command orders a place's people to leave: "ordered residents to leave
    parts of Khan Younis", "told civilians to evacuate the villages" (not "ordered the pupils to
    leave", "told him to leave the room": no population; not "were ordered to leave": the one
    who ordered is told elsewhere, if at all)."""
    if verb.lemma_.lower() not in ORDERING_VERBS or verb.pos_ != "VERB":
        return False
    told = [c for c in verb.children if c.dep_ in ("dobj", "obj") and (c.lower_ in POPULATION_NOUNS or c.lemma_.lower() in POPULATION_NOUNS)]
    return bool(told) and any(infinitive_to(c) and c.lemma_.lower() in LEAVING_VERBS and c.i > told[0].i
                              for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp"))
