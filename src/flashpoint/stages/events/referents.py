"""The act a definite description of an act refers back to ("condemned the strikes", "rejected
the demands"): the last act of its kind told before it, and among those the last told in the
same word, when one is. A story of several attacks ("The United States and Britain struck
Houthi targets ... The group has attacked dozens of merchant ships ... Iran condemned the
strikes") repeats the word of the act it means: "the strikes" are those told by "struck", not
the Houthis' attacks told last."""

from __future__ import annotations

from spacy.tokens import Token

from ...language.coreference import nearest_earlier
from ...language.trees import main_clause_act


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
    return same_word if same_word is not None else nearest_earlier(reversed(told), fits, within=within, eligible=eligible)
