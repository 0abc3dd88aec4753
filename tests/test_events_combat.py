"""Armed-conflict narrative: constructions that tell attacks, sieges, advances, withdrawals and
coercion in war reporting, each on sentences written for it."""

from __future__ import annotations


# -- the doer of a clause of purpose -------------------------------------------------------------

def test_purpose_infinitive_takes_the_subject_of_its_clause(coded_dyads):
    # "sent jets to bomb", "moved in to arrest": the one who acts in the main clause does the purpose
    assert ("ASSAULT", "Turkey", None) in coded_dyads("The Turkish army sent troops to attack the town on Monday.")
    assert ("COERCE", "Iraq", "rebels") in coded_dyads("Iraqi forces moved into the city on Monday to arrest the militants.")


def test_purpose_infinitive_after_a_passive_or_an_expletive_has_no_such_doer(coded_dyads):
    # "troops were sent to attack": the troops sent attack, not whoever sent them; "it" names no one
    assert not any(a == "Turkey" for t, a, _ in coded_dyads("Troops were sent by Turkey on Monday to attack the Kurds.") if t == "ASSAULT")
