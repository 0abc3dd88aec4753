"""Whom an act with no direct target is aimed at or about: the first other actor named in
its complements. A part of `ArgumentReader` (arguments.py), kept apart for size."""

from __future__ import annotations

from ...knowledge.events import QUAD_CLASS
from .enmity import labelled_enemy
from .gatherings import GATHERING, gathering_place
from .grievances import another_side, grievance_holders
from .instruments import bare_weapon, weapon
from .participants import Participant
from .responsibility import BLAMING_VERBS
from .syntax import prep_objects, same, subject, victimising
from .triggers import Found
from .words import (ADVERSARY_PREPS, COMPANY_PREPS, AIMING_VERBS, DOER_AIMED_TYPES, RECIPIENT_PREPS, RESISTING_VERBS, JUDGEMENT_TYPES, MOVED_OBJECT_TYPES, SENDING_VERBS, NOT_TOPIC_PREPS, OBJECTS, SPEECH_TYPES, STATE_ORGAN_SECTORS, TOPIC_DEPS,
                    TOPIC_DEPS_OF_SPEECH)


class TopicArguments:
    """Methods of `ArgumentReader` for the topic of an act (they use its `people` resolver
    and `lexicon`)."""

    def topic_recipients(self, found: Found, actors: list[Participant], index: int) -> list[Participant]:
        """Whom an act with no direct target is aimed at or about: the first other actor named
        in its complements ("downed two Turkish drones" -> Turkey, "threatened that Mr Assad
        would pay" -> Assad, "opposes the attendance of the Kurdish groups" -> the Kurdish
        groups, "surrendering to the SDF" -> the SDF). Phrases of place and time ("in Syria",
        "on Sunday") say where and when, not to whom; clauses are read only for acts of
        speech (an attack's clause says something else)."""
        token = found.token
        deps = TOPIC_DEPS_OF_SPEECH if found.coding.event_type in SPEECH_TYPES else TOPIC_DEPS
        own_countries = {a.mention.country for a in actors if a.mention.country}
        own_names = {a.mention.name for a in actors}
        allied: set[int] = set()
        victims = self.victim_words(found)
        for child in token.children:
            if child.dep_ not in deps or (child.dep_ == "prep" and child.lower_ in NOT_TOPIC_PREPS):
                continue
            if child.dep_ == "prep" and child.lower_ in ADVERSARY_PREPS and QUAD_CLASS[found.coding.event_type] in (1, 2):
                continue  # "Russian support against the Kurds": the common adversary, not the recipient
            if (child.dep_ == "prep" and child.lower_ in COMPANY_PREPS.get(found.coding.event_type, ())
                    and not any(o.ent_type_ == "GPE" for o in prep_objects(child))):
                # "pulled out with American advisers": company taken along, not whom it is from (a
                # country is none: "withdrew from the border with Afghanistan", the parse hanging
                # the border's "with" on the verb)
                continue
            if found.coding.source == GATHERING and gathering_place(token, child):
                continue  # "took to the streets of Beirut": where the crowd went, not whom at
            if same(child, found.particle) and child.lower_ == "for" and found.coding.event_type == "REQUEST":
                continue  # "call for restraint": what is asked for
            if found.coding.event_type in MOVED_OBJECT_TYPES and child.dep_ in OBJECTS:
                continue  # "massing troops near Kirkuk": the forces moved, not whom they face
            if child.dep_ in OBJECTS and same(child, found.particle) and token.lemma_.lower() in SENDING_VERBS:
                continue  # "sent Foreign Office officials to the area": the sender's own envoys, not the host
            for t in child.subtree:
                if (t.pos_ == "PRON" and t.dep_ == "poss" and same(t.head, child) and child.dep_ in OBJECTS
                        and found.coding.event_type in JUDGEMENT_TYPES and not same(child, found.particle)):
                    # (not the feeling of a phrase, "expressed his qualms about": the speaker's own)
                    # "saluted his service", "criticised their conduct": praise or blame of a
                    # deed is aimed at whose deed it is, a possessive pronoun's antecedent (someone
                    # other than the speaker: one does not praise or blame one's own deeds)
                    mention = self.people.antecedent(t, index, other_than=frozenset(own_names))
                    if mention is not None and mention.name not in own_names:
                        return [Participant(mention, f"topic-{child.dep_}-poss")]
                    continue
                if t.pos_ not in ("PROPN", "NOUN", "ADJ") or t.i == token.i or same(t, found.particle):
                    continue  # the trigger, or the object of its phrase ("sent a delegation")
                if t.dep_ == "pobj" and t.head.lower_ in NOT_TOPIC_PREPS:
                    continue
                if self.addressed_by_phrase(t, child):
                    continue  # "condemned a report urging Europe to halt arms sales": whom the report urges
                if any(a.dep_ == "poss" and a.head.lemma_.lower() in self.lexicon.other_party for a in (t, *t.ancestors)):
                    continue  # "talks with America's Kurdish allies": the allies, not America
                mention = self.people.actor_at(t)
                if mention is not None and bare_weapon(mention, t):
                    # a bare weapon names no one; whoever its phrase says used it is the one hit
                    # ("shot down drones launched by Russia": Russia, events/instruments.py)
                    user = self.people.resolve(t, index)
                    if user is None or user is mention or bare_weapon(user, t):
                        continue
                    return [Participant(user, f"topic-{child.dep_}")]
                if mention is None or not (mention.start <= t.i < mention.end):
                    continue
                if mention.country is None and weapon(token.doc[mention.head]):
                    continue  # "fired Tomahawk cruise missiles at Syria": weapons of no one named are no target
                if mention.name in own_names or (mention.country and mention.country in own_countries and not mention.sector):
                    continue
                if (child.dep_ in ("ccomp", "xcomp") and mention.country and mention.country in own_countries
                        and mention.sector in STATE_ORGAN_SECTORS):
                    # "Erdogan warned that Turkish troops (and their allies) would advance": his
                    # own side, and whoever is coordinated with it
                    allied |= {t.i for c in token.doc[mention.head].conjuncts for t in c.subtree}
                    continue
                if t.i in allied or t.i in victims:
                    continue
                return [Participant(mention, f"topic-{child.dep_}")]
        return labelled_enemy(self.people, found, actors, index)  # ("will root out terror": the enemy, enmity.py)

    def addressed_by_phrase(self, word, phrase) -> bool:
        """Whether a word is the object of an act of speech told of a noun in a topic phrase ("a
        report urging Europe to halt arms sales", "the resolution condemning Israel"): the one the
        report urges or the resolution blames, not the report's or the resolution's author, whom a
        judgement of it is aimed at."""
        verb = word.head.head if word.dep_ == "pobj" else word.head  # ("a statement calling on Israel to withdraw")
        coding = (self.lexicon.particles.get((verb.lemma_.lower(), word.head.lower_)) if word.dep_ == "pobj"
                  else self.lexicon.verbs.get(verb.lemma_.lower()) if word.dep_ in OBJECTS else None)
        return (coding is not None and coding.event_type in SPEECH_TYPES and verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN"
                and verb.i != phrase.i and verb.head in phrase.subtree)

    def grievance_recipients(self, found: Found, actors: list[Participant], index: int) -> list[Participant]:
        """Whom an act that names no one is aimed at when the act it tells of answers a
        grievance: the grievance's doer ("Iran threatened to quit the deal over the sanctions
        imposed by Washington": the US; "Damascus threatened to boycott the talks over the
        demands of the Syrian opposition": the opposition), as for an act over a grievance
        itself (grievances.py); the reason phrase of the act threatened, demanded or promised
        is that of the threat. Never the actors' own side."""
        clauses = [found.token, *(c for c in found.token.children if c.dep_ in ("xcomp", "ccomp"))]
        return [Participant(p.mention, "grievance") for clause in clauses for w in grievance_holders(clause)
                for p in self.people.participants(w, "grievance", index) if another_side(p.mention, actors)][:1] if actors else []

    def judged_doers(self, found: Found, actors: list[Participant], index: int) -> list[Participant]:
        """Whom blame or protest of a forceful act is aimed at when no word before the act's
        noun names its doer: the doer the act's own phrases name ("denounced the sanctions
        imposed by Washington on Chinese firms", "condemned the raid carried out by Israel"),
        never the blamer's own side."""
        if found.coding.event_type not in DOER_AIMED_TYPES:
            return []
        own = {a.mention.name for a in actors} | {a.mention.country for a in actors if a.mention.country}
        for obj in (c for c in found.token.children if c.dep_ in OBJECTS):
            act = self.triggers.find(obj)
            if act is None or act.kind != "noun" or QUAD_CLASS[act.coding.event_type] != 4:
                continue
            doers = [p for p in self.arguments(act, index)[0] if p.mention.name not in own and p.mention.country not in own]
            if doers:
                return [Participant(p.mention, "judged-doer") for p in doers]
        return []

    def victim_words(self, found: Found) -> set[int]:
        """The words naming whom an act the trigger blames or protests befell ("condemned the
        strikes on Yemen", "to protest against the seizure of an Iranian tanker"): blame and
        protest are aimed at the act's doer, never at its victims (its recipient phrases)."""
        if found.coding.event_type not in DOER_AIMED_TYPES:
            return set()
        out: set[int] = set()
        # (the phrase of a verb of laying blame, which the parse may hang from the act blamed, names
        # the one blamed: "blamed a bombing in Istanbul on the PKK")
        blamed_on = BLAMING_VERBS.get(found.token.lemma_.lower())
        for noun in (t for t in found.token.subtree if t.pos_ == "NOUN" and t.i != found.token.i):
            coding = self.triggers.noun_coding(noun)
            preps = RECIPIENT_PREPS.get(coding.event_type, frozenset()) - {blamed_on} if victimising(coding) else frozenset()
            out |= {w.i for p in noun.children if p.dep_ == "prep" and p.lower_ in preps for w in p.subtree}
        return out

    def aimed_recipients(self, found: Found, actors: list[Participant], index: int) -> list[Participant]:
        """Whom an act with no target of its own is aimed at, as a participle beside it says:
        "the Turkish deployment, targeting Kurdish fighters", "launched the assault, aiming to
        force the YPG out of Afrin", "an operation aimed at the rebels" (see AIMING_VERBS); on
        the act's noun or the light verb that carries it. Never the actor's own side."""
        token = found.token
        heads = [token] + ([token.head] if found.kind == "noun" and self.triggers.light_carrier(token) is not None else [])
        own = {a.mention.name for a in actors} | {a.mention.country for a in actors if a.mention.country}
        for head in heads:
            for aiming in (c for c in head.children if c.dep_ in ("acl", "advcl") and c.lemma_.lower() in AIMING_VERBS and c.i > token.i):
                # "targeting X"; "aimed at X"; "aiming to force X out": the clause's object
                clauses = [aiming, *(x for x in aiming.children if x.dep_ == "xcomp")]
                targets = [o for c in clauses for o in c.children if o.dep_ in OBJECTS]
                targets += [o for p in aiming.children if p.dep_ == "prep" and p.lower_ == "at" for o in p.children if o.dep_ == "pobj"]
                found_here = [p for o in targets for p in self.people.participants(o, "aimed", index)
                              if p.mention.name not in own and p.mention.country not in own]
                if found_here:
                    return found_here
        return []

    def resisters(self, found: Found, actors: list[Participant], index: int) -> list[Participant]:
        """Whom an attack named by a noun is aimed at, when its phrase names no target but
        someone holds it off: the subject of a verb of resisting whose object, or whose
        "against" phrase, the noun is ("militias fighting against an incursion by Turkey",
        "the YPG repelled an attack by Turkish troops"; see RESISTING_VERBS)."""
        noun = found.token
        if found.kind != "noun" or found.coding.event_type not in ("ASSAULT", "COERCE"):
            return []
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "against" else noun.head if noun.dep_ in OBJECTS else None
        if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in RESISTING_VERBS:
            return []
        subjects, path, passive = subject(verb)
        own = {a.mention.name for a in actors} | {a.mention.country for a in actors if a.mention.country}
        return [p for s_ in ([] if passive else subjects) for p in self.people.participants(s_, f"resisting-{path}", index)
                if p.mention.name not in own and p.mention.country not in own]

    def named_theatre(self, found: Found, actors: list[Participant], index: int) -> list[Participant]:
        """The state a name before an attack noun says it was in and against, when the noun's
        doer is named otherwise ("Erdogan's Syria incursion", "the Turkish army's Iraq
        offensive"): an attack on a state's land is on that state, as an attack in a place
        abroad is (see `state_of_place`). Not the doer's own state ("Turkey's Turkish
        offensive"), nor a name that is the doer ("the Syria offensive" with no one else named)."""
        noun = found.token
        if found.kind != "noun" or found.coding.event_type not in ("ASSAULT", "COERCE") or not actors:
            return []
        own = {a.mention.country for a in actors if a.mention.country} | {a.mention.name for a in actors}
        spans = {(a.mention.start, a.mention.end) for a in actors}
        out = []
        for child in (c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"):
            mention = self.people.actor_at(child)
            if (mention is not None and mention.kind == "state" and mention.start <= child.i < mention.end
                    and (mention.start, mention.end) not in spans and mention.country not in own and mention.name not in own):
                out.append(Participant(mention, "theatre-compound"))
        return out
