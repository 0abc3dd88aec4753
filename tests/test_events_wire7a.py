"""Wire reports of Asian security and diplomacy (2020s): armed forces sent somewhere are deployed,
not given as aid; a force's own drills are a show of strength aimed at whom they ring, and only
drills done together are cooperation. Each rule on sentences written for it, with near misses."""

from __future__ import annotations

import pytest


# -- sending armed forces is deploying them --------------------------------------------------------

@pytest.mark.parametrize("text, actor, recipient", [
    ("Turkey sent thousands of troops to Syria last month.", "Turkey", "Syria"),
    ("Iran has sent hundreds of soldiers to Iraq, officials said.", "Iran", "Iraq"),
    ("Russia sent warships to the Black Sea on Friday.", "Russia", None),
])
def test_forces_sent_are_a_deployment(coded_dyads, text, actor, recipient):
    dyads = coded_dyads(text)
    assert ("MOBILIZE", actor, recipient) in dyads, dyads
    assert not any(t == "AID" for t, _, _ in dyads), dyads


def test_goods_sent_stay_aid(coded_dyads):
    # near miss: food and medicine sent are help, whatever counts them
    dyads = coded_dyads("Qatar sent dozens of tonnes of food and medicine to Gaza.")
    assert not any(t == "MOBILIZE" for t, _, _ in dyads), dyads
