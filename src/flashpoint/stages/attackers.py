"""The attackers a side fights back against: the doers of the attack on it told before.

"JNIM fighters attacked a military camp in central Mali on Sunday. [...] Mali's army said it
had repelled the attack and killed dozens of assailants." The assailants are no party the
dictionary knows; a reader takes them to be whoever attacked the army's side in the attack the
story told before. An attack whose target is only such a noun (`attacker_nouns`: "assailants",
"attackers", "raiders", counted or in an "of" phrase: "dozens of assailants") takes as its
target the doer of the nearest earlier attack on the attacking side (`WINDOW` sentences back).
"""

from __future__ import annotations

from ..lexicon import words
from ..nlp import sentence_index_of
from ..records import Event
from .event_identity import specific
from .targets import side_of, take_nearest_doer

ATTACKER_NOUNS = words("events_syntax", "attacker_nouns")
WINDOW = 6
ATTACKERS_PATH = "attackers"


def _attackers_only(ref, doc) -> bool:
    """Whether a target names no party, only attackers ("dozens of assailants", "14 attackers")."""
    if ref is None or ref.name or ref.country or ref.span is None:
        return False
    span = doc.char_span(*ref.span, alignment_mode="expand")
    if span is None:
        return False
    heads = [span.root] + [o for p in span.root.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(h.lemma_.lower() in ATTACKER_NOUNS for h in heads)


def give_attackers_targets(events: list[Event], doc) -> list[Event]:
    """Give each attack on attackers only the doer of the nearest earlier attack on its side."""
    if doc is None:
        return []
    sentence_of = sentence_index_of(doc)
    given = []
    for event in events:
        if event.event_type != "ASSAULT" or not specific(event.actor) or not _attackers_only(event.recipient, doc):
            continue
        side = side_of(event.actor)
        on_side = [o for o in events if o is not event and o.event_type == "ASSAULT" and o.status == "occurred" and specific(o.actor)
                   and side_of(o.recipient) == side and o.actor.name != event.actor.name]  # (insurgents of the same country too)
        if take_nearest_doer(event, on_side, sentence_of, WINDOW, ATTACKERS_PATH):
            given.append(event)
    return given
