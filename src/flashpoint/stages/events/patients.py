"""The one an event noun acts on, where the parse hangs its "of" phrase on the doer.

"The arrest by police of two activists", "the rescue by the lawyer John Smith of two
children": English puts the "by" phrase of an event noun before its "of" phrase when the
patient is the longer phrase, and the parse hangs the "of" phrase on the doer ("police of
two activists"). The mirror of `arguments.misplaced_agents` ("the shelling of the town by
government forces"). Read only when nothing else says who was acted on, when the noun has no
"of" phrase of its own, when the doer is a name or a party (a name, "police", "troops",
which take no "of" phrase of people: "relatives of the hostages" do) and when the "of"
object is people (`persons` of knowledge/events.yaml) or a named person.
"""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import prep_objects


def _doer_heads(by: Token) -> list[Token]:
    """The objects of a "by" phrase and their appositions ("the lawyer John Smith")."""
    objects = prep_objects(by)
    return objects + [a for o in objects for a in o.children if a.dep_ == "appos"]


def misplaced_patients(noun: Token, triggers, people) -> list[Token]:
    """The objects of the "of" phrases the parse hangs on the doers of an event noun's "by"
    phrase (see the module docstring)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return []
    out = []
    for by in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"):
        for doer in _doer_heads(by):
            if not (doer.pos_ == "PROPN" or triggers.in_object_class(doer, "forces") or triggers.in_object_class(doer, "parties")):
                continue
            for of in (c for c in doer.children if c.dep_ == "prep" and c.lower_ == "of"):
                out += [o for o in prep_objects(of) if triggers.in_object_class(o, "persons")
                        or (o.pos_ == "PROPN" and (m := people.actor_at(o)) is not None and m.kind == "person")]
    return out
