"""The act a definite description of an act refers back to ("condemned the strikes", "rejected
the demands"): the last act of its kind told before it in the same word, when one is. A story
of several attacks ("The United States and Britain struck Houthi targets ... The group has
attacked dozens of merchant ships ... Iran condemned the strikes") repeats the word of the act
it means: "the strikes" are those told by "struck", not the Houthis' attacks told last. An
attack told in a new word after "the" is the first the story told (its lead): "condemned the
attack" after a raid and the army's reply to it means the raid; after a demonstrative ("those
strikes"), and any other act ("rejected the demands"), is the last one told."""

from __future__ import annotations

from spacy.tokens import Token

from ...language.coreference import nearest_earlier
from ...language.trees import main_clause_act
from ...lexicon import words

LEAD_TYPES = words("events_syntax", "lead_act_types")


def told_act_referred_to(told: list[tuple], doc, noun: Token, event_type: str | None, since: int, own: set):
    """The (trigger index, type, actor mention, recipient mentions) of the act `noun` refers
    back to, among the acts `told` from word `since` on, not done by one of `own`; of a noun
    naming no kind of act (`event_type` None: "the decision", "the move"), the last act told
    by a main clause."""
    fits = (lambda t: t[1] == event_type) if event_type else (lambda t: main_clause_act(doc[t[0]]))
    within = lambda t: since <= t[0] < noun.i
    eligible = lambda t: (t[2].country or t[2].name) not in own
    lemma = noun.lemma_.lower()
    same_word = nearest_earlier(reversed(told), lambda t: fits(t) and doc[t[0]].lemma_.lower() == lemma, within=within, eligible=eligible)
    if same_word is not None:
        return same_word
    # a new word for an act of force ("condemned the attack", "the offensive") names the attack
    # the story is about, which its lead tells first, not the last one told in passing since;
    # a demonstrative ("those strikes") points at what was just told, as a word for a statement
    # does ("rejected the demands": the last ones made)
    lead = event_type in LEAD_TYPES and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    candidates = told if lead else reversed(told)
    return nearest_earlier(candidates, fits, within=within, eligible=eligible)
