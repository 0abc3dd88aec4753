"""Arguments of a place changing hands: who took it from whom ("took the Old City from Isis",
"Raqqa fell to the SDF", "the Isis stronghold"), and who forced a withdrawal ("were forced to
withdraw by Iraqi forces"). A part of `ArgumentReader` (arguments.py), kept apart for size."""

from __future__ import annotations

from spacy.tokens import Token

from .participants import Participant
from .syntax import prep_objects, subject
from .triggers import Found
from .words import COMPELLING_VERBS, HOLDING_WORDS, LOSING_VERBS, OBJECTS, SEQUENCE_MARKS, TAKEOVER_LEMMAS

Arguments = tuple[list[Participant], list[Participant]]  # (actors, recipients)


class TerritoryArguments:
    """Methods of `ArgumentReader` for territory and compelled withdrawals (they use its
    `people` resolver and `triggers` finder)."""

    def compeller(self, verb: Token, index: int) -> list[Participant]:
        """Who forced a withdrawal: "Turkey forced the militia to withdraw", "were forced to
        withdraw by Iraqi forces": the withdrawers retreat from them."""
        head = verb.head
        forced = self.triggers.compelled_retreat(head) if verb.dep_ == "xcomp" and head.lemma_.lower() in COMPELLING_VERBS else None
        if forced is None or forced.i != verb.i:
            return []  # "forced the minister to resign": no withdrawal
        subjects, path, passive = subject(head)
        if passive:
            return [p for o in self.triggers.forcers(head) for p in self.people.participants(o, "forced-by", index)]
        return [p for s_ in subjects for p in self.people.participants(s_, f"forced-{path}", index)]

    def territory_arguments(self, found: Found, place: Token, actors: list[Participant], index: int) -> Arguments:
        """A place changing hands: the taker acts on whom it was taken from ("took the Old City
        from Isis"), else on whoever the place's phrase says held it ("the Isis stronghold"),
        else on no one named: the place itself is never the recipient. Told from the losing side
        ("Raqqa fell to the SDF", "the Kurds lost the town to Iraqi forces"), the taker is the
        object of "to", and the loser the subject (unless the subject is the place)."""
        verb = found.token
        participants = self.people.participants
        if verb.lemma_.lower() in LOSING_VERBS:
            to = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in prep_objects(p)]
            actors = [a for o in to for a in participants(o, "prep-to", index)]
            if not actors:
                return [], []  # "fell to the ground", "fell to 5,000": no one took it
            subjects, path, _ = subject(verb)
            losers = [p for s_ in subjects if not self.triggers.is_place(s_) and s_.i != place.i for p in participants(s_, path, index)]
            return actors, losers or self.holders(place, index)
        losers = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "from"
                  for o in prep_objects(prep) for p in participants(o, "prep-from", index)]
        return actors, losers or self.holders(place, index) or self.withdrawn_before(verb, index)

    def _withdrawal(self, verb: Token) -> bool:
        found = self.triggers.find(verb)
        return found is not None and found.coding.event_type == "RETREAT" and found.coding.mode in ("withdraw", "disarm")

    @staticmethod
    def _sequence_clause(clause: Token) -> bool:
        """A clause of time that tells what came just before its head ("after they pulled out")."""
        return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in SEQUENCE_MARKS for m in clause.children)

    def withdrawn_before(self, takeover: Token, index: int) -> list[Participant]:
        """Who left a place just before it was taken: "entered the town after Kurdish forces
        pulled out" took it from the Kurds (a transfer of territory, whoever held it before)."""
        clauses = [c for c in takeover.children if self._sequence_clause(c) and self._withdrawal(c)]
        return [p for c in clauses for s_ in subject(c)[0] for p in self.people.participants(s_, "withdrew-before", index)]

    def taker_after(self, verb: Token, index: int) -> list[Participant]:
        """Whom a withdrawal left a place to: the subject of the taking its clause of time comes
        before ("rebels entered the town after Kurdish forces pulled out": the Kurds withdrew
        from the rebels)."""
        head = verb.head
        if not self._sequence_clause(verb) or head.lemma_.lower() not in TAKEOVER_LEMMAS or self.triggers.taken_place(head) is None:
            return []
        subjects, path, passive = subject(head)
        return [] if passive else [p for s_ in subjects for p in self.people.participants(s_, f"took-after-{path}", index)]

    def holders(self, place: Token, index: int) -> list[Participant]:
        """Who held a place, as its own phrase says: the agent of a participle of holding ("a
        town held by Isis", "the rebel-held town"), else the actor the phrase names (a
        possessor, a name before it, an "of" phrase or an apposition: "Isis's last stronghold",
        "the enclave of the Islamic State caliphate", "Raqqa, capital of the Islamic State's
        caliphate"), or the state it is ("overran eastern Syria"). Not an adjective of where it
        is ("the northern Iraqi town": in Iraq, not Iraq's), nor the place's own name read as a
        person's ("Tal Afar"), nor a relative clause (which tells something else of it)."""
        for child in place.children:
            if child.lemma_.lower() in HOLDING_WORDS and child.dep_ in ("acl", "amod", "compound"):
                agents = [o for p in child.children if p.dep_ == "agent" for o in prep_objects(p)]
                agents += [c for c in child.children if c.dep_ in ("npadvmod", "compound", "nmod", "amod") and c.pos_ in ("PROPN", "NOUN")]
                held = [p for agent in agents for p in self.people.participants(agent, "held-by", index)]
                if held:
                    return held
        named = [p for p in self.people.participants(place, "held", index) if not self._only_located(p, place)]
        if named:
            return named
        # deeper in its "of" phrases and appositions than the actor reader looks
        frontier, found = [place], []
        while frontier and not found:
            node = frontier.pop(0)
            for child in node.children:
                if child.dep_ in ("poss", "compound", "nmod") and child.pos_ in ("PROPN", "NOUN", "PRON") and node.pos_ != "PROPN":
                    found += [p for p in self.people.participants(child, f"held-{child.dep_}", index) if not self._only_located(p, place)]
                elif child.dep_ in ("appos", "pobj") or (child.dep_ == "prep" and child.lower_ == "of"):
                    if child.dep_ == "pobj" and node.lower_ == "of" and node.head.i != place.i:
                        # "Manbij, a stronghold of the YPG": the group of an apposition's "of"
                        found += [p for p in self.people.participants(child, "held-of", index) if not self._only_located(p, place)]
                    frontier.append(child)
        return found

    def _only_located(self, participant: Participant, place: Token) -> bool:
        """A name the place's phrase gives that says where it is, not who held it: a state's
        adjective ("the Iraqi town"), or the place's own name read as a person's ("the town
        of Tal Afar")."""
        m = participant.mention
        if m.kind == "person" and not m.code and self.triggers.is_place(place.doc[m.head]):
            return True
        if m.kind != "state" or (m.start <= place.i < m.end and place.pos_ == "PROPN"):
            return False  # "overran eastern Syria": the state's own land
        return not any(t.pos_ in ("NOUN", "PROPN") for t in place.doc[m.start:m.end] if t.i != place.i)

    def holdable(self, noun: Token) -> bool:
        """Whether an attack on a noun is on whoever holds it: a place, or a fighting position
        ("shelled positions held by the rebels")."""
        return self.triggers.is_place(noun) or self.triggers.in_object_class(noun, "positions")

    def held_targets(self, found: Found, actors: list[Participant], recipients: list[Participant], index: int) -> list[Participant]:
        """An attack on a place is on whoever its phrase says holds it: "attacked areas
        controlled by Islamic State", "shelled the town, held by the YPG", "bombed Manbij, a
        Kurdish stronghold" (see `holders`). A place the dictionary does not know is no party; a
        place with no holder named stays as it is (its state is read later, from where it lies).
        With no recipient read, the place is the verb's object ("shelled the town of Afrin").
        No one attacks a place of their own: a holder who is one of the actors is a misreading
        ("troops and the forces they sponsor encircled their city"). Nor a thing of their own:
        the possessive pronoun on the object of an attack (a place, or a thing no party is named
        by) refers to someone other than the doers ("the Taliban attacked their checkpoint",
        "Hamas fighters had fired on their positions": whoever else "their" refers to)."""
        own = {(a.mention.start, a.mention.end) for a in actors} | {a.mention.country for a in actors if a.mention.country}
        # the doers' own phrase, with partners no actor was read for ("Arab forces they sponsor")
        doers = [s_ for s_ in subject(found.token)[0] if found.token.pos_ in ("VERB", "AUX") and not subject(found.token)[2]]
        inside = lambda h: any(d.left_edge.i <= h.mention.head <= d.right_edge.i for d in doers)

        def held(place: Token, path: str) -> list[Participant]:
            return [Participant(h.mention, path) for h in self.holders(place, index) if h.mention.kind != "unresolved"
                    and (h.mention.start, h.mention.end) not in own and h.mention.country not in own and not inside(h)]

        names = frozenset(a.mention.name for a in actors if a.mention.name)
        # (a group's country is not its own side: the PKK attacks Turkish convoys)
        states = {a.mention.country for a in actors if a.mention.country and a.mention.kind == "state"}

        def owner(thing: Token, path: str) -> list[Participant]:
            # "militants attacked their convoy": not the doers' own (their possessive pronoun
            # binds the clause's subject), whoever else it refers to
            pronouns = [c for c in thing.children if c.dep_ == "poss" and c.pos_ == "PRON"] if found.token.pos_ in ("VERB", "AUX") else []
            found_ = [m for c in pronouns for m in [self.people.antecedent(c, index, other_than=names)] if m is not None]
            return [Participant(m, f"owner-{path}") for m in found_
                    if m.name not in names and m.country not in states and m.kind != "unresolved" and not inside(Participant(m, path))]

        if not recipients:
            objects = [o for o in found.token.children if o.dep_ in OBJECTS]
            particle = found.particle if found.particle is not None and found.particle.dep_ == "prep" else None
            objects += prep_objects(particle) if particle is not None else []  # "fired on their positions"
            return ([h for o in objects if self.holdable(o) for h in held(o, "held-dobj")]
                    or [h for o in objects for h in owner(o, o.dep_)])
        out: list[Participant] = []
        for r in recipients:
            head = self.people.doc[r.mention.head]
            if r.mention.kind == "unresolved" and not self.holdable(head):
                out += owner(head, r.path) or [r]
                continue
            out += (held(head, f"held-{r.path}") if r.mention.kind in ("unresolved", "group") and self.holdable(head) else []) or [r]
        return out
