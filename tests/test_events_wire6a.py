"""Wire-report diplomacy beyond the Syria stories: sanctions packages, aid paused and accords
revoked, talks a third party hosts, and appeals told after a promise; each on
sentences written for it (other regions and years than the Guardian's)."""

from __future__ import annotations


def test_a_package_of_sanctions_adopted_is_the_adopters_sanction(coded_dyads):
    assert ("SANCTION", "European Union", "Russia") in coded_dyads("The EU adopted a new package of sanctions against Russia on Tuesday.")
    assert ("SANCTION", "United Kingdom", "Iran") in coded_dyads("Britain imposed a raft of sanctions on Iran over its drone exports.")
    # a package of something that is no act stays no event
    assert not [d for d in coded_dyads("The EU adopted a package of reforms to its budget rules.") if d[0] == "SANCTION"]


def test_pausing_aid_is_suspending_it_and_pausing_attacks_a_truce(coded_dyads):
    assert ("SANCTION", "United States", "Niger") in coded_dyads("The United States said it was pausing some assistance programmes to Niger.")
    assert ("SANCTION", "World Bank", "Ethiopia") in coded_dyads("The World Bank paused disbursements to Ethiopia on Monday.")
    assert not [d for d in coded_dyads("Hamas paused its rocket attacks on Israel on Friday.") if d[0] == "SANCTION"]


def test_revoking_an_accord_is_a_sanction_but_not_revoking_anything(coded_dyads):
    assert any(t == "SANCTION" for t, _, _ in coded_dyads("Mali revoked its defence agreements with France on Tuesday."))
    assert not [d for d in coded_dyads("Britain revoked the citizenship of two men on Monday.") if d[0] == "SANCTION"]


def test_the_host_of_talks_meets_the_sides_not_its_fellow_host(coded_dyads):
    dyads = coded_dyads("Sudan's army and the Rapid Support Forces signed a truce in Jeddah, after talks hosted by Saudi Arabia and the United States.")
    assert ("CONSULT", "Saudi Arabia", "Rapid Support Forces") in dyads and ("CONSULT", "United States", "Sudan") in dyads
    assert ("CONSULT", "Saudi Arabia", "United States") not in dyads and ("CONSULT", "United States", "Saudi Arabia") not in dyads
    dyads = coded_dyads("Talks brokered by Qatar between Israel and Hamas resumed in Doha on Sunday.")
    assert ("CONSULT", "Qatar", "Israel") in dyads and ("CONSULT", "Qatar", "Hamas") in dyads
    # the host as the verb's subject keeps its own reading
    assert ("CONSULT", "Egypt", "Israel") in coded_dyads("Egypt hosted talks between Israel and Hamas in Cairo.")


def test_a_past_tense_beside_a_promise_is_told_as_done(coded):
    statuses = {(e.event_type, e.actor and e.actor.name): e.status for e in coded(
        "Saudi Arabia and the United States said they would monitor the truce and urged both sides to respect it.").events}
    assert statuses.get(("REQUEST", "Saudi Arabia")) == "occurred"
    # a second verb under the same modal stays to come
    statuses = {(e.event_type, e.actor and e.actor.name): e.status for e in coded(
        "Russia said it would veto the text and would block any new draft.").events}
    assert statuses.get(("REJECT", "Russia")) != "occurred"


def test_a_states_envoy_at_an_igo_speaks_for_the_state(coded_dyads):
    assert ("ACCUSE", "Russia", "United States") in coded_dyads("Russia's UN ambassador Vassily Nebenzia criticised Washington on Monday.")
    # the IGO's own envoy stays the IGO's
    assert ("CONSULT", "United Nations", "Houthis") in coded_dyads("UN envoy Hans Grundberg met Houthi officials in Muscat on Monday.")


def test_joint_patrols_are_cooperation_between_the_forces(coded_dyads):
    dyads = coded_dyads("Turkish and Russian troops began joint patrols in northern Syria on Friday.")
    assert ("COOPERATE", "Turkey", "Russia") in dyads and ("COOPERATE", "Russia", "Turkey") in dyads
    # a lone patrol is no cooperation
    assert not [d for d in coded_dyads("Israeli troops began patrols in the West Bank on Friday.") if d[0] == "COOPERATE"]


def test_pausing_with_no_aid_paused_is_no_sanction(coded_dyads):
    # a pause in speech or movement suspends nothing given to another party
    text = "The Canadian prime minister paused on Monday, appearing suddenly emotional, and smiled."
    assert not [d for d in coded_dyads(text) if d[0] == "SANCTION"]
