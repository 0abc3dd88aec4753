"""Hostilities ceased: a verb of ceasing with fighting as what it ends.

- With a gerund of fighting ("the rebels stopped attacking the convoys", "agreed to cease
  shelling the port") the verb tells a halt to hostilities (RETREAT, CAMEO 0871), and the
  gerund's act is no act done that day nor one promised or threatened: `ceased_act` keeps it
  from being coded, `cessation` codes the verb.
- A campaign or operation made military by its modifier ("halted its bombing campaign",
  "suspended the air campaign") is hostilities halted, as "halted its offensive" is
  (`military_campaign`); "suspended relief operations" is not.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...knowledge.events import Coding
from ...lexicon import words

CEASEFIRE_CODING = Coding("RETREAT", "ceasefire", "0871", "cessation")
CESSATION_VERBS = words("events", "cessation_verbs")
MILITARY_CAMPAIGN_MODIFIERS = words("events", "military_campaign_modifiers")
# Nouns of a campaign, military only in the company of a modifier that makes it so.
CAMPAIGN_NOUNS = frozenset({"campaign", "campaigns", "operation", "operations"})
# Prepositions of whom an act of fighting is aimed at ("its offensive against", "strikes on").
TARGET_PREPS = ("against", "on")


def ceased_act(token: Token) -> bool:
    """Whether a gerund is the act a verb of ceasing ends ("stopped attacking", "cease shelling")."""
    return token.dep_ == "xcomp" and token.tag_ == "VBG" and token.head.lemma_.lower() in CESSATION_VERBS


def cessation(verb: Token, verbs) -> bool:
    """Whether a verb of ceasing ends a gerund of fighting; `verbs` is the lexicon's verb codings."""
    if verb.lemma_.lower() not in CESSATION_VERBS:
        return False
    return any(ceased_act(c) and getattr(verbs.get(c.lemma_.lower()), "event_type", None) == "ASSAULT" for c in verb.children)


def military_campaign(noun: Token, hostilities: frozenset) -> bool:
    """Whether a noun is a campaign or operation made military by a modifier ("bombing campaign",
    "air campaign", "military operations")."""
    return noun.lemma_.lower() in CAMPAIGN_NOUNS and any(
        c.dep_ in ("amod", "compound") and (c.lower_ in MILITARY_CAMPAIGN_MODIFIERS or c.lower_ in hostilities) for c in noun.children)


def halted_targets(verb: Token) -> list[Token]:
    """Whom the hostilities a verb of ceasing halts were aimed at: the object of the gerund
    ("stopped attacking the convoys"), or the "against" or "on" phrase of the act halted
    ("halted its offensive against the rebels", "suspended its strikes on Gaza"). The halt is
    a de-escalation toward them."""
    if verb.lemma_.lower() not in CESSATION_VERBS:
        return []
    targets = []
    for child in verb.children:
        if ceased_act(child):
            targets += [c for c in child.children if c.dep_ == "dobj"]
        if child.dep_ in ("dobj", "xcomp") or ceased_act(child):
            targets += [o for p in child.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS for o in p.children if o.dep_ == "pobj"]
    # (the parse may hang the phrase on the verb: "halted its offensive | against the rebels")
    return targets or [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "against" for o in p.children if o.dep_ == "pobj"]
