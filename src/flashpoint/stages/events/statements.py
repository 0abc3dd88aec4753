"""Arguments of statements: who accuses, praises, demands or rejects, and of whom, when the
act is said in reported or quoted words ("said Iraq must cooperate", "said the regime had
committed crimes", "regards the YPG as terrorist", "'... war crimes,' they said") or names
someone responsible ("Iran is behind the attacks"). A part of `ArgumentReader`
(arguments.py), kept apart for size."""

from __future__ import annotations

from spacy.tokens import Token

from .appeals import addressees, imperative
from .commitments import agreement_owners
from .participants import Participant
from .grievances import another_side, grievance_holders
from .refusals import refused_parties
from .scopes import covered
from .syntax import attitude, own_passive, passive_agent, prep_objects, subject
from .territory import Arguments
from .triggers import Found
from .words import (BENEFICIARY_SECTORS, CONTINUING_SPEECH, IMPERSONAL_PRONOUNS, PERSONAL_PRONOUNS, DEFINITE_DETERMINERS, DEONTIC_VERBS, EXPLETIVES, OBJECTS, PASSIVE_SUBJECTS,
                    MESSAGE_NOUNS, PROPOSAL_NOUNS, SITUATION_NOUNS, STATE_ORGAN_SECTORS, SUBJECTS)


class StatementArguments:
    """Methods of `ArgumentReader` for statements (they use its `people` resolver, `triggers`
    finder, `lexicon` and `state`)."""

    def attribution_arguments(self, found: Found, index: int) -> Arguments:
        """The accused is the subject of "is responsible" / "was behind"; the accuser is
        whoever says so ("Riyadh said Iran is responsible"), else no one named."""
        participants = self.people.participants
        copula = found.token.head
        objects = [c for c in copula.children if c.dep_ in OBJECTS]
        if found.token.dep_ == "amod":  # (the parse's "held [Turkey responsible]")
            copula, objects = found.token.head.head, [found.token.head]
        if found.token.dep_ in ("oprd", "amod") and objects and not any(c.dep_ == "neg" for c in copula.children):
            # "held Turkey responsible for the attack": the object is the one held so, by the
            # verb's subject
            accusers, path, passive = subject(copula)
            actors = [p for s_ in ([] if passive else accusers) for p in participants(s_, f"hold-{path}", index)]
            return actors, [p for o in objects for p in participants(o, "held-responsible", index)]
        accused, path, _ = subject(copula)
        recipients = [p for s_ in accused for p in participants(s_, f"responsible-{path}", index)]
        actors = []
        if copula.dep_ in ("ccomp", "xcomp") and copula.head.lemma_.lower() in self.lexicon.speech_verbs | {"accuse", "suspect", "blame"}:
            speakers, speaker_path, passive = subject(copula.head)
            actors = [p for s_ in (speakers if not passive else []) for p in participants(s_, f"say-{speaker_path}", index)]
        return actors, recipients

    def deontic_arguments(self, found: Found, index: int) -> Arguments:
        """"said Iraq must cooperate": the speaker demands, of the subject of the clause;
        "said Iraq had committed crimes": the speaker judges the subject of the clause."""
        participants = self.people.participants
        speaker = found.cue if found.cue is not None else found.token
        subjects, path, passive = subject(speaker)
        if found.cue is not None:
            path = f"quoted-{path}"
            index = self.sentence_of(found.cue)
        if not subjects and found.token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in found.token.children):
            # "took to Twitter to say ...": who speaks is the subject of the clause the
            # purpose clause belongs to
            subjects, path, passive = subject(found.token.head)
            path = f"purpose-{path}"
        actors = [p for s in subjects for p in participants(s, path, index)]
        if not actors:
            # "a report by the Henry Jackson Society says ...": the message's author says it,
            # named by its name even when no actor is known by it
            authors = [o for s in subjects if s.lemma_.lower() in MESSAGE_NOUNS for b in s.children if b.dep_ == "prep" and b.lower_ == "by"
                       for o in b.children if o.dep_ == "pobj"]
            actors = [p for o in authors for p in participants(o, f"author-{path}", index, keep_unresolved=o.ent_type_ == "ORG")]
        if found.cue is not None:
            index = self.sentence_of(found.token)
        if found.particle.pos_ != "VERB" and found.particle.dep_ in OBJECTS | PASSIVE_SUBJECTS:
            # "regards the YPG as a terrorist group": the one regarded is judged; in the
            # passive the "by" agent judges ("is seen as terrorist by Ankara")
            if passive:
                agent = passive_agent(found.token)
                if agent is None:
                    # the parse may hang the "by" phrase from the predicative: "was described
                    # as alarming by the French minister"
                    agent = next((b for p in found.token.children if p.dep_ == "prep" and p.lower_ == "as"
                                  for h in (p, *p.children) for b in h.children if b.dep_ == "prep" and b.lower_ == "by"), None)
                actors = [p for o in (agent.children if agent is not None else []) if o.dep_ == "pobj" for p in participants(o, "agent", index)]
            # a deed regarded is judged through whose it is: "called Washington's decision a
            # grave mistake"
            recipients = participants(found.particle, "regarded", index) or self.owners([found.particle], index)
            own = {(a.mention.country or a.mention.name) for a in actors}
            recipients = [r for r in recipients if (r.mention.country or r.mention.name) not in own]
            return (actors, recipients) if recipients else ([], [])
        if found.kind == "deontic" and imperative(found.particle):
            # a quoted imperative asks its act of whom it is said to ("told Museveni:
            # 'Withdraw'"), else of no one named
            return actors, [p for o in addressees(speaker) for p in participants(o, "addressee", index)]
        if found.kind == "deontic":
            return actors, self.obliged(found.particle, index)
        feeling = attitude(found.particle)
        if feeling is not None:
            # "said he was concerned about Turkey's offensive": who feels it (the speaker
            # through the pronoun), about whose act
            feeler, feeler_path, _ = subject(found.particle)
            actors = [p for s in feeler for p in participants(s, f"feel-{feeler_path}", index)]
            recipients = participants(feeling[1], "feel-about", index)
        else:
            recipients = self.judged(found.particle, index)
        # a judgement is of someone named, and of someone else than the speaker ("Iran said
        # its forces had hit terrorists" is no accusation of Iran)
        own = {(a.mention.country or a.mention.name) for a in actors}
        recipients = [r for r in recipients if (r.mention.country or r.mention.name) not in own]
        if not recipients and feeling is None:
            # "said Javid had a duty, adding that he behaved shamefully": a pronoun the
            # speaker judges, which the speaker does not name itself by, goes on with whom the
            # clause the saying goes on from was about
            recipients = [r for r in self.continued_topic(found.particle, index) if (r.mention.country or r.mention.name) not in own]
        # nor of an organ of no state named ("foreign troops", "officials"): no one in particular
        recipients = [r for r in recipients if r.mention.country or r.mention.kind != "sector" or r.mention.sector not in STATE_ORGAN_SECTORS]
        if not recipients and found.coding.event_type != "REJECT":
            return [], []  # (a rejection may name no one: "said the demands were unrealistic")
        return actors, recipients

    def asked_owner(self, verb: Token, actors: list[Participant], index: int) -> list[Participant]:
        """Who is asked for what is theirs to give: whose a request says it is ("sought Russia's
        backing", "sought Russian support", "requested Moscow's help", "asked for Iran's support"), or
        the party it is asked from ("sought approval from Washington"); not the actor's own."""
        asked = [c for c in verb.children if c.dep_ in OBJECTS]
        asked += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in prep_objects(p)]
        # "Russia's", "Russian", "US"; not a common adjective of kind ("military restraint")
        owners = [c for o in asked for c in o.children if c.dep_ in ("poss", "compound") or (c.dep_ == "amod" and c.text[:1].isupper() and not c.is_sent_start)]
        # (the "from" of the thing itself, not of an act asked for: "called for withdrawal from Syria")
        givers = [verb, *(c for c in verb.children if c.dep_ in OBJECTS)]
        owners += [o for node in givers for p in node.children if p.dep_ == "prep" and p.lower_ == "from" for o in prep_objects(p)]
        own = {a.mention.country or a.mention.name for a in actors}
        return [p for o in owners for p in self.people.participants(o, "asked-owner", index)
                if (p.mention.country or p.mention.name) not in own]

    def demanded_of(self, noun: Token, actors: list[Participant], index: int) -> list[Participant]:
        """Of whom a demand told by a noun is made: the subject of the clause that says what is
        asked, as after the verb ("Turkey's demand that the US stop arming the Kurds"), else
        whoever rejects it (`rejecters`)."""
        clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        asked = [p for c in clauses for s in c.children if s.dep_ in SUBJECTS for p in self.people.participants(s, "demanded-nsubj", index)]
        return asked or self.rejecters(noun, actors, index)

    def rejecters(self, noun: Token, actors: list[Participant], index: int) -> list[Participant]:
        """Who rejects a demand, or a message that makes one, is whom it was made of: "Erdogan
        rejected a US call for restraint", "rejected a US statement urging restraint" (the one
        asked answers; not the demander's own side)."""
        verb = noun.head
        if noun.dep_ not in OBJECTS or verb.pos_ != "VERB" or noun.lemma_.lower() not in PROPOSAL_NOUNS | MESSAGE_NOUNS:
            return []
        coding = self.lexicon.verbs.get(verb.lemma_.lower())
        if coding is None or coding.event_type != "REJECT":
            return []
        doers, path, passive = subject(verb)
        own = {a.mention.country or a.mention.name for a in actors}
        return [p for s in ([] if passive else doers) for p in self.people.participants(s, f"rejecter-{path}", index)
                if (p.mention.country or p.mention.name) not in own]

    def statement_arguments(self, found: Found, index: int) -> Arguments:
        """The arguments of a commitment, a membership or a refusal (by `found.kind`)."""
        if found.kind == "refusal":
            return self.refusal_arguments(found, index)
        if found.kind == "scope":
            return self.scope_arguments(found, index)
        return (self.commitment_arguments if found.kind == "commitment" else self.membership_arguments)(found, index)

    def refusal_arguments(self, found: Found, index: int) -> Arguments:
        """"Turkey will not tolerate the YPG", "the opposition said they would not attend the
        talks hosted by Russia": who refuses (the subject) refuses what the object names, or
        whoever holds the meeting (refusals.py); not its own side."""
        refusers, path, passive = subject(found.token)
        actors = [p for s in ([] if passive else refusers) for p in self.people.participants(s, f"refuse-{path}", index)]
        own = {a.mention.country or a.mention.name for a in actors}
        recipients = [p for w in refused_parties(found.particle) for p in self.people.participants(w, "refused", index)
                      if (p.mention.country or p.mention.name) not in own]
        if not recipients:  # "boycotted the talks over the demands of the opposition" (grievances.py)
            recipients = [p for w in grievance_holders(found.token) for p in self.people.participants(w, "grievance", index)
                          if another_side(p.mention, actors)]
        return actors, recipients

    def scope_arguments(self, found: Found, index: int) -> Arguments:
        """"Syria claimed the ceasefire applied to Turkish forces": the speaker asks of, or
        leaves out, those the agreement is said to cover (scopes.py); not its own side, and
        no event when it names no party."""
        speakers, path, passive = subject(found.token)
        actors = [p for s_ in ([] if passive else speakers) for p in self.people.participants(s_, f"say-{path}", index)]
        own = {a.mention.country or a.mention.name for a in actors}
        recipients = [p for w in covered(found.particle) for p in self.people.participants(w, "covered", index)
                      if (p.mention.country or p.mention.name) not in own]
        return (actors, recipients) if recipients else ([], [])

    def membership_arguments(self, found: Found, index: int) -> Arguments:
        """"The US would build a force that would include the YPG": the builder backs the party
        the force includes (see forces.py)."""
        builders, path, passive = subject(found.token)
        actors = [p for s in ([] if passive else builders) for p in self.people.participants(s, f"build-{path}", index)]
        own = {a.mention.country or a.mention.name for a in actors}
        # a party, not equipment or a kind of troops no one owns ("a force that included tanks")
        members = [p for p in self.people.participants(found.particle, "force-member", index)
                   if (p.mention.country or p.mention.name) not in own and (p.mention.kind != "sector" or p.mention.country)]
        return (actors, members) if members else ([], [])

    def commitment_arguments(self, found: Found, index: int) -> Arguments:
        """"The factions said they would implement the truce": the speaker commits itself (or
        refuses), to whoever the agreement is with or by ("the UN resolution": the UN), else
        to no one named."""
        participants = self.people.participants
        speakers, path, passive = subject(found.token)
        actors = [p for s in (speakers if not passive else []) for p in participants(s, f"say-{path}", index)]
        own = {a.mention.country or a.mention.name for a in actors}
        recipients = [p for o in agreement_owners(found.particle) for p in participants(o, "agreement-owner", index)
                      if (p.mention.country or p.mention.name) not in own]
        return actors, recipients

    def sentence_of(self, token: Token) -> int:
        """The index of the sentence a token is in."""
        return self.people.sentence_of(token)

    def obliged(self, clause: Token, index: int) -> list[Participant]:
        """Of whom a reported obligation is demanded, or whom it is aimed at: the subject of
        the clause ("said Iraq must cooperate", "said the fighters must be punished"); in the
        passive the "by" agent when there is one ("must be brought home by the Foreign
        Office"). No one named when the subject is the people the demand is for ("said
        refugees need to return in safety", "said the children must be brought home":
        a demand on those who govern them)."""
        participants = self.people.participants
        clause_subjects, _, passive = subject(clause)
        needed = [c for c in clause.children if c.dep_ == "xcomp" and own_passive(c)] if clause.lemma_.lower() in DEONTIC_VERBS else []
        agent = passive_agent(clause) if passive else next((passive_agent(c) for c in needed if passive_agent(c) is not None), None)
        if agent is not None:
            return [p for o in agent.children if o.dep_ == "pobj" for p in participants(o, "must-agent", index)]
        obliged = [p for s in clause_subjects for p in participants(s, "must-nsubj", index)]
        return [p for p in obliged if p.mention.sector not in BENEFICIARY_SECTORS or p.mention.kind not in ("sector", "unresolved")]

    def judged(self, clause: Token, index: int) -> list[Participant]:
        """Whom a judging clause judges: its subject; the subject of the clause an expletive
        "it" stands for ("said it was unacceptable that Israel had closed the crossing"); the
        owner of a subject that names no party ("the presence of militias was undermining",
        "the government's conduct was shameful", "the demands by Iran were unrealistic")."""
        participants = self.people.participants
        subjects, _, _ = subject(clause)
        if subjects and subjects[0].lower_ in EXPLETIVES:
            # (the parse hangs the clause from the verb or from its adjective: "it was
            # encouraging that the US has behaved with pragmatism")
            # "it" stands for a clause after the predicate: a that-clause, or an infinitive,
            # whose own subject (after "for") is judged ("it was unacceptable for foreign
            # troops to remain"); one with none names no one ("it would be reckless to ...")
            predicates = [clause, *(c for c in clause.children if c.dep_ in ("acomp", "attr"))]
            # (or as a clause on the attribute: "it was not a smart idea to hold it")
            extraposed = next((c for p in predicates for c in p.children if c.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl") and c.i > subjects[0].i
                               and any((m.dep_ == "mark" and m.lower_ == "that") or (m.dep_ == "aux" and m.lower_ == "to")
                                       for m in c.children)), None)
            # (the parse may hang the "for" phrase from the predicate: "it was unacceptable for
            # foreign troops not invited ... to remain")
            beneficiaries = [o for p in predicates for f in p.children if f.dep_ == "prep" and f.lower_ == "for" and f.i > subjects[0].i
                             for o in f.children if o.dep_ == "pobj"]
            if extraposed is not None or beneficiaries:
                own = [c for c in extraposed.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS] if extraposed is not None else []
                # "told Washington it was a mistake to hold the summit": an act with no doer
                # of its own, said to someone, is theirs
                heard = addressees(clause.head) if clause.dep_ == "ccomp" and not own and not beneficiaries else []
                return [p for s in own or beneficiaries or heard for p in participants(s, "judged-extraposed", index)]
        # a state of affairs is no one to judge: "said the Syrian conflict would destabilise
        # the region" judges no Syrian party
        # nor is what a demonstrative points at ("This is barbaric": some deed told before)
        subjects = [s for s in subjects if s.lemma_.lower() not in SITUATION_NOUNS and not (s.tag_ == "DT" and s.lower_ in DEFINITE_DETERMINERS)]
        recipients = [p for s in subjects for p in participants(s, "judged-nsubj", index)]
        if recipients and all(p.mention.kind == "sector" and not p.mention.country for p in recipients):
            # "his forces have committed war crimes": whose forces they are
            owners = [p for s in subjects for c in s.children if c.dep_ == "poss" for p in participants(c, "judged-poss", index)]
            recipients = owners or recipients
        if recipients:
            return recipients
        return self.owners(subjects, index)

    def continued_topic(self, clause: Token, index: int) -> list[Participant]:
        """Whom a pronoun subject of a clause said by a continuing participle stands for: the
        subject of the reported clause the participle hangs from ("said Turkey had a duty to the
        refugees, adding that it behaved shamefully": Turkey), a named one agreeing with the
        pronoun ("he", "she" of a person; "it" of no person)."""
        subjects, _, _ = subject(clause)
        adding = clause.head
        if (not subjects or subjects[0].lower_ not in PERSONAL_PRONOUNS | IMPERSONAL_PRONOUNS or clause.dep_ != "ccomp"
                or adding.dep_ != "advcl" or adding.lemma_.lower() not in CONTINUING_SPEECH or adding.head.dep_ != "ccomp"):
            return []
        topics = [c for c in adding.head.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS and c.pos_ in ("PROPN", "NOUN")]
        person = subjects[0].lower_ in PERSONAL_PRONOUNS
        topics = [t for t in topics if subjects[0].lower_ in ("they", "them", "their") or (t.ent_type_ == "PERSON") == person]
        return [p for t in topics for p in self.people.participants(t, "judged-topic", index)]

    def owners(self, nouns: list[Token], index: int) -> list[Participant]:
        """Whose the deeds or things some nouns name are: their possessor, or the object of
        "of", "by", "from" ("Washington's decision", "the conduct of the army")."""
        owners = [c for s in nouns for c in s.children if c.dep_ == "poss"]
        owners += [o for s in nouns for p in s.children if p.dep_ == "prep" and p.lower_ in ("of", "by", "from")
                   for o in p.children if o.dep_ == "pobj"]
        return [p for o in owners for p in self.people.participants(o, "judged-owner", index)]
