"""Wire reports of Asian security and diplomacy (2020s): a verb of
accusing after a reported clause, in the reporter's tense, is the reporter's act. Each rule on
sentences written for it, with near misses."""

from __future__ import annotations

import pytest


# -- the reporter's own second act after a reported clause -----------------------------------------

@pytest.mark.parametrize("text, actor, recipient", [
    ("Armenia said two soldiers had been killed, and accused Azerbaijan of shelling its positions.", "Armenia", "Azerbaijan"),
    ("Armenia said Azerbaijan had shelled its positions and accused Baku of violating the truce.", "Armenia", "Azerbaijan"),
])
def test_a_verb_of_accusing_in_the_reporters_tense_is_the_reporters_act(coded_dyads, text, actor, recipient):
    dyads = coded_dyads(text)
    assert ("ACCUSE", actor, recipient) in dyads, dyads
    assert not any(t == "ACCUSE" and a == r for t, a, r in dyads), dyads


def test_a_verb_of_accusing_in_the_reported_tense_keeps_the_reported_doer(coded_dyads):
    # near miss: "attacked" and "accused" share a tense: the rebels did both
    dyads = coded_dyads("Officials said the rebels attacked the town and accused the villagers of spying.")
    assert not any(t == "ACCUSE" and a == "government" for t, a, _ in dyads), dyads
