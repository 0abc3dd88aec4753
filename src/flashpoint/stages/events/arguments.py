"""The participants of a trigger, read from the syntax:

- verbs: the subject is the actor and the direct object (or the object of a preposition the
  event type takes: "on", "against", "with", ...) the recipient; in the passive the "by"
  agent is the actor and the subject the recipient;
- nouns: the possessor or an actor-denoting modifier ("Iran's strike", "Pakistani strikes"),
  else the "by" phrase, else the subject of the light verb that carries the noun ("Pakistan
  carried out strikes", "held talks"); the recipient from "on", "against", "of", ...;
- an act with no direct target is aimed at the first other actor of its complements.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...knowledge.events import QUAD_CLASS, EventLexicon
from ...language.coreference import hyphenated_pair
from ...language.trees import partitive_carrier, shared_objects
from ...stage import DocState
from .participants import MEASURE_ENTITIES, Participant, ParticipantResolver, Unresolved, described_group
from .syntax import (advancing_subjects, for_clause_subjects, passive_agent, agent_objects, governing_preposition, displaced_opponents, clash_sides, free_relative, free_relative_targets, is_agent_phrase, own_passive,
                     medium_phrases, prep_objects, purpose_subject, same, subject, subject_before_parenthetical, victimising)
from .cessation import halted_targets
from .causes import CauseArguments, cause_gerund, cause_nouns, caused_verb, fallen  # (fallen: for the coder's sides of a clash)
from .departures import DepartureArguments
from .epithets import epithet_arguments, quoted_epithet  # (quoted_epithet: for the coder)
from .gatherings import entered_act
from .grievances import grievance_holders
from .homecoming import plea_arguments
from .refusals import refused_meeting
from .speakers import SPEAKER_ONLY_TYPES, speech_verb_of_reported_conjunct
from .helps import HelpArguments
from .instruments import InstrumentArguments
from .patients import misplaced_patients
from .statements import StatementArguments
from .territory import Arguments, TerritoryArguments
from .topics import TopicArguments
from .triggers import Found, TriggerFinder
from .joint import names_clash
from .mediation import mediated, mediated_sides, talking_sides
from .words import (ANNOUNCEMENT_NOUNS, COMMITMENT_NOUNS, ANIMATE_PATIENT_VERBS, CONFLICT_OBJECTS, ATTRIBUTING_VERBS, BENEFICIARY_POSSESSOR_NOUNS,
                    DOER_AIMED_TYPES, CONSULT_SETTING_PREPS, DEFINITE_NULL_OBJECT_VERBS, JUDGEMENT_TYPES, MESSAGE_NOUNS,
                    MESSAGE_SENDERS, MUTUAL_TYPES, NEGATIVE_DETERMINERS, NOMINAL_DEPS, NEGATIVE_PRONOUNS, NOT_TOPIC_PREPS, OBJECTS, OBTAINING_VERBS, GIVEN_TYPES, OCCURRENCE_VERBS, OPPONENT_PREPS, PASSIVE_SUBJECTS, PATIENT_POSSESSOR_NOUNS,
                    PERFORMING_PARTICIPLES, PHRASAL_TARGET_PREPS, MEDIATING_PARTICIPLES, SUFFERING_VERBS, VOICING_PARTICIPLES, PURPOSE_PREPS,
                    INSTRUMENT_VERBS, RECEIVING_VERBS, RECIPIENT_PREPS, RELATIONAL_PARTIES, SUBJECTIVE_OF_NOUNS, VISITING_NOUNS, SPEECH_TYPES, SUBJECTS, THEME_CLASSES)


def misplaced_agents(noun: Token) -> list[Token]:
    """The "by" phrase of an event noun that the parse hangs from the noun's "of" object:
    in "the shelling of the town by government forces" the forces shell, not the town's
    (a town, a camp, a people is no deed to have a doer). None when the "of" object is itself
    an act or a verb's participle carries the "by" ("the siege of a town held by rebels")."""
    return [by for of in noun.children if of.dep_ == "prep" and of.lower_ == "of"
            for target in of.children if target.dep_ == "pobj" and target.pos_ in ("NOUN", "PROPN") and target.tag_ != "VBG"
            for by in target.children if by.dep_ == "prep" and by.lower_ == "by"]


class ArgumentReader(CauseArguments, TerritoryArguments, StatementArguments, TopicArguments, InstrumentArguments, DepartureArguments, HelpArguments):
    """Reads the actors and recipients of the triggers of one document."""

    def __init__(self, state: DocState, lexicon: EventLexicon, triggers: TriggerFinder, people: ParticipantResolver):
        self.state = state
        self.lexicon = lexicon
        self.triggers = triggers
        self.people = people

    def arguments(self, found: Found, index: int) -> Arguments:
        """(actors, recipients) of a trigger in the sentence numbered `index`."""
        if found.kind == "noun" or cause_gerund(found.token):  # (help as a means, "with the help of the UN": helps.py)
            return self.help_arguments(found.token, index) or self.noun_arguments(found, index)
        if found.kind == "attribution":
            return self.attribution_arguments(found, index)
        if found.kind == "epithet":
            return epithet_arguments(self, found, index)
        if found.kind in ("deontic", "evaluation"):
            return self.deontic_arguments(found, index)
        if found.kind in ("commitment", "membership", "refusal", "scope"):
            return self.statement_arguments(found, index)
        # (a wish to come home: the wisher and the state, homecoming.py)
        return plea_arguments(found, *self.verb_arguments(found, index), self.people.participants, index)

    # -- verbs --------------------------------------------------------------------------------

    def verb_arguments(self, found: Found, index: int) -> Arguments:
        """(actors, recipients) of a verb trigger: subject and objects, or in the passive the
        "by" agent and the subject; else the clause of a request, else the prepositions the
        event type takes."""
        verb, coding = found.token, found.coding
        subjects, subject_path, passive = subject(verb)
        if subject_path.startswith("conj-") and not any(self.people.participants(s, subject_path, index) for s in subjects):
            # The subject the parse lends a conjoined verb names no actor: a parenthetical
            # between subject and verb may have broken the parse ("Pakistan, in retaliatory
            # attacks on ..., killed ten people" read as a second verb of the main clause).
            before = subject_before_parenthetical(verb, self.people.actor_at)
            saying = speech_verb_of_reported_conjunct(verb, self.lexicon.speech_verbs) if coding.event_type in SPEAKER_ONLY_TYPES else None
            if before is not None:
                subjects, subject_path, passive = [before], "before-parenthetical", own_passive(verb)
            elif saying is not None:  # (speakers.py)
                subjects, subject_path, _ = subject(saying)
                subject_path, passive = f"speaker-{subject_path}", own_passive(verb)
        if subject_path == "" and not subjects:
            # "the US – egged on by Israel – wants": the parse gives the subject to the
            # parenthetical's participle, a clause hung before the verb
            before = subject_before_parenthetical(verb, self.people.actor_at)
            if before is not None:
                subjects, subject_path, passive = [before], "before-parenthetical", own_passive(verb)
        if (subject_path in ("", "acl") or (subject_path.startswith("conj-") and not subjects)) and not any(
                self.people.participants(s, subject_path, index) for s in subjects):
            subjects, subject_path = self.nominal_controller(found.token) or (subjects, subject_path)
        victims = coding.event_type in ("ASSAULT", "COERCE") and coding.needs_object is None
        if passive and self.triggers.compelled_retreat(verb) is not None:
            # "were forced to withdraw by Iraqi forces": the forcers act on the forced
            actors = [p for o in self.triggers.forcers(verb) for p in self.people.participants(o, "forced-by", index)]
            recipients = [p for s_ in subjects for p in self.people.participants(s_, subject_path, index)]
        elif passive:
            actors, recipients = self._passive_arguments(verb, subjects, subject_path, index, victims)
        else:
            actors, recipients = self._active_arguments(found, subjects, subject_path, index, victims)
        place = self.triggers.taken_place(verb) if coding.event_type in ("ASSAULT", "COERCE") else None
        if place is not None:
            return self.territory_arguments(found, place, actors, index)
        recipients = self._other_side(verb, coding.event_type, actors, recipients, index)
        if not recipients and coding.event_type == "REQUEST":
            # "demanded that the US cancel the sale": who is asked to act is the subject of the
            # clause that says what is asked
            for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
                for s_ in (c for c in clause.children if c.dep_ in SUBJECTS):
                    recipients += self.people.participants(s_, "demanded-nsubj", index)
        if not recipients and coding.event_type == "REQUEST":
            # "called for Turkey to withdraw": who is to act is the subject of the "for" clause
            recipients = [p for s_ in for_clause_subjects(found.particle) for p in self.people.participants(s_, "for-nsubj", index)]
        if not recipients:
            recipients = self._prep_recipients(found, index)
        if not recipients:  # "the truce between Armenia and Azerbaijan was mediated by Russia" (mediation.py)
            recipients = [p for side in mediated_sides(verb) for p in self.people.participants(side, "between", index)]
        if not recipients and coding.event_type == "REQUEST" and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            recipients = self.rejecters(verb.head, actors, index)  # "rejected a US statement urging restraint"
        if not recipients and coding.event_type == "REQUEST":
            recipients = self.asked_owner(verb, actors, index)
        if not recipients and coding.event_type == "RETREAT":
            recipients = self.compeller(verb, index) or self.taker_after(verb, index) or self.forces_place(verb, index) or [
                p for t in halted_targets(verb) for p in self.people.participants(t, "halted", index)]
        return self.forces_arguments(verb, coding.event_type, actors, recipients, index)

    def _passive_arguments(self, verb: Token, subjects: list[Token], subject_path: str, index: int, victims: bool) -> Arguments:
        """The "by" agent acts (else the actor of the cause, "killed in police firing", or the user
        of its instrument, "killed when a mine laid by rebels went off"); the subject is acted on."""
        agent = passive_agent(verb)
        agent_object = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if agent_object is not None:
            actors = self.people.participants(agent_object, "agent", index)
        elif agent_objects(verb):
            actors = [p for o in agent_objects(verb) for p in self.people.participants(o, "hands", index)]
        else:
            actors = self.cause_actors(verb, index) or self.instrument_actors(verb, index) or [
                p for d in advancing_subjects(verb, bool(cause_nouns(verb))) for p in self.people.participants(d, "advance", index)]
        recipients: list[Participant] = []
        for s in subjects:
            recipients += self.people.participants(s, subject_path, index, keep_unresolved=victims)
        if not any(r.mention.code for r in recipients) and subject_path == "acl-pass":
            # "a settlement with Assad's regime, backed by Russia": a participle set off by a
            # comma describes the noun phrase just before the comma, wherever the parse hangs it
            before = self.noun_before_comma(verb)
            if before is not None and not same(before, subjects[0] if subjects else None):
                recipients = self.people.participants(before, "acl-pass-comma", index) or recipients
        return actors, recipients

    @staticmethod
    def noun_before_comma(verb: Token) -> Token | None:
        """The head of the noun phrase that ends just before the comma before a verb."""
        doc = verb.doc
        if verb.i - 2 < verb.sent.start or doc[verb.i - 1].text != ",":
            return None
        last = doc[verb.i - 2]
        return last if last.pos_ in ("NOUN", "PROPN") else None

    def _active_arguments(self, found: Found, subjects: list[Token], subject_path: str, index: int, victims: bool) -> Arguments:
        """The subject acts on the direct objects (or on what a free relative names)."""
        verb, coding = found.token, found.coding
        participants = self.people.participants
        actors: list[Participant] = []
        recipients: list[Participant] = []
        for s in subjects:
            actors += participants(s, subject_path, index, keep_unresolved=described_group(s))
        objects = [c for c in [*verb.children, *shared_objects(verb)] if c.dep_ in OBJECTS and not self._weapon_object(c, coding)
                   and not same(c, found.particle)  # "inflicted losses on": the phrase's own object
                   and c.lemma_.lower() not in CONFLICT_OBJECTS]  # "fought an insurgency against": the fighting
        if coding.needs_object in THEME_CLASSES:
            # "shared intelligence with Israel": what is handed over is no recipient
            objects = [o for o in objects if not self.triggers.in_object_class(o, coding.needs_object)]
        # "urged western countries to repatriate ...": the object of a verb of asking that
        # controls its infinitive is the one asked, a recipient even if no actor is known by
        # that name (else the request's topic, "fighters", would be taken for it)
        asked = coding.event_type == "REQUEST" and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)
        # who is judged may be named without being in the dictionary ("denounced the New York
        # Times for its reporting of Bolton's comments"): the name, not whoever its phrase mentions
        judged = coding.event_type in JUDGEMENT_TYPES
        for o in objects:
            named = victims or (asked and o.lemma_.lower() not in RELATIONAL_PARTIES) or (judged and o.ent_type_ in ("ORG", "PERSON"))
            recipients += participants(o, "dobj", index, keep_unresolved=named and o.dep_ != "dative")
        if not recipients:
            for clause in (c for c in verb.children if c.dep_ == "ccomp" and free_relative(c)):
                for target in free_relative_targets(clause):
                    recipients += participants(target, "what-dobj", index)
        return actors, recipients

    def _weapon_object(self, noun: Token, coding) -> bool:
        """A weapon as the object says how an attack was done ("fired rockets"), no recipient; the
        same word naming an act is what a statement is about ("condemned the bombing")."""
        return noun.lower_ in self.lexicon.modes.get("ASSAULT", {}) and (coding.event_type == "ASSAULT" or self.triggers.noun_coding(noun) is None)

    def _other_side(self, verb: Token, event_type: str, actors: list[Participant], recipients: list[Participant],
                    index: int) -> list[Participant]:
        """"Pakistan recalled its ambassador from Iran": when every recipient is the actors'
        own, the actor's own agent is the means; the other side is in the "from", "to" or
        "with" phrase ("pulled its troops out of Syria": the "of" under "out" is a "from").
        What a withdrawal moves (the actor's own, or troops, whoever's they are: "ordered to
        withdraw 2,000 US troops from Syria") is never its recipient: with no other side named
        ("pulled out its troops from the area") it has none."""
        own = {a.mention.country for a in actors if a.mention.country}
        # forces moved: withdrawn (RETREAT) or sent, massed, built up (MOBILIZE): "deployed
        # troops to Syria" is aimed at Syria, not at the troops
        moving = event_type in ("RETREAT", "MOBILIZE")
        moved = [r for r in recipients if (own and r.mention.country in own) or (moving and r.mention.sector == "MIL")]
        if recipients and len(moved) < len(recipients):
            return recipients
        if not recipients and event_type != "MOBILIZE":
            return recipients
        out_of = [c for out in verb.children if out.lower_ == "out" for c in out.children if c.dep_ == "prep" and c.lower_ == "of"]
        phrases = [*verb.children, *(c for o in verb.children if o.dep_ in OBJECTS for c in o.children)]
        # where forces are sent tells whom a mobilisation is aimed at, when it is abroad
        # ("built up its presence in northern Syria", "sent troops into Iraq")
        sides = ("from", "to", "with") if event_type != "MOBILIZE" else ("to", "into", "in", "dative")
        phrases = [p for p in phrases if p.dep_ in ("prep", "dative") and (p.lower_ in sides or p.dep_ in sides)] + out_of
        others = [p for prep in phrases
                  for o in prep.children if o.dep_ == "pobj" for p in self.people.participants(o, f"prep-{prep.lower_}", index)]
        others += [p for w in grievance_holders(verb) for p in self.people.participants(w, "grievance", index)]  # "over India's decision"
        others = [p for p in others if p.mention.country not in own and p.mention.sector != "MIL"]
        return others or ([] if moving else recipients)

    def _prep_recipients(self, found: Found, index: int) -> list[Participant]:
        """The objects of the prepositions the event type takes ("attacked on", "talks with")
        or of the trigger's own particle."""
        verb = found.token
        recipients: list[Participant] = []
        preps = RECIPIENT_PREPS.get(found.coding.event_type, set())
        # A phrase after an object that names no actor may hang from the object in the
        # parse ("shared evidence with the U.S."), or from a medium ("spoke by phone with"): look there too.
        # Of coordinated objects the phrase hangs from the last ("launched 72 drones and a
        # missile at Ukraine"): it is the verb's all the same.
        attached = [c for o in verb.children if o.dep_ in OBJECTS and not (found.coding.event_type in DOER_AIMED_TYPES and victimising(self.triggers.noun_coding(o)))
                    for each in (o, *o.conjuncts) for c in each.children] + medium_phrases(verb)
        for prep in [*verb.children, *attached]:
            # the parse reads "to" after a verb of giving or sending as a dative ("sent a
            # delegation to Tehran", "gave aid to the Kurds"): it is the phrase all the same
            if prep.dep_ != "prep" and not (prep.dep_ == "dative" and prep.pos_ == "ADP"):
                continue
            if same(prep, found.particle) and prep.lower_ == "for":
                continue  # "call for restraint": the thing asked for, not a recipient
            if is_agent_phrase(prep):
                continue  # "killed at the hands of rebels": the doer
            if prep.lower_ in preps or same(prep, found.particle) or (found.kind == "particle" and prep.lower_ in PHRASAL_TARGET_PREPS):
                for pobj in prep_objects(prep):
                    # (a name the dictionary does not know is someone all the same: "spoke to the Times")
                    found_here = self.people.participants(pobj, f"prep-{prep.lower_}", index, keep_unresolved=pobj.pos_ == "PROPN" and pobj.ent_type_ in ("ORG", "PERSON"))
                    if not found_here and found.coding.event_type == "AID" and prep.lower_ == "to" and self.receiver(pobj):
                        # "providing support to the family": aid goes to whoever the "to" phrase
                        # names, known to the dictionary or not (not a place it is sent to)
                        found_here = [Participant(Unresolved.of(pobj), "prep-to")]
                    recipients += found_here
        return recipients

    def receiver(self, noun: Token) -> bool:
        """Whether a noun the dictionary does not know can receive aid: a common or proper noun
        that is no place, time or amount."""
        return (noun.pos_ in ("NOUN", "PROPN") and not self.triggers.is_place(noun)
                and noun.ent_type_ not in MEASURE_ENTITIES | {"GPE", "LOC", "FAC"})

    def nominal_controller(self, verb: Token) -> tuple[list[Token], str] | None:
        """The doer of a clause that completes a noun naming no actor ("the decision to
        withdraw", "an effort to drive out", "a statement accusing"): the noun's possessor ("the
        president's order to withdraw"), else the subject of the light verb that carries the
        noun ("Trump made the decision to withdraw", "Riyadh issued a statement accusing
        Tehran"), else of the verb a purpose phrase around the noun modifies ("launched a
        campaign in an effort to drive out militants"). None for a noun of asking: in "a call
        to withdraw" the one asked acts, not the caller.
        """
        while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            verb = verb.head  # "a commitment to maintain or increase its presence": the first conjunct's noun
        noun = verb.head
        infinitive = verb.dep_ in ("acl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        gerund = verb.dep_ == "acl" and verb.tag_ == "VBG"
        if not (infinitive or gerund) or noun.pos_ != "NOUN":
            return None
        coding = self.triggers.noun_coding(noun)
        if coding is not None and coding.event_type == "REQUEST":
            return None
        possessors = [c for c in noun.children if c.dep_ == "poss"]
        if possessors:
            return possessors, "noun-poss"
        owners = [c for c in noun.children if c.dep_ in ("amod", "compound") and self.people.actor_at(c) is not None]
        if owners and noun.lemma_.lower() in COMMITMENT_NOUNS | ANNOUNCEMENT_NOUNS:
            return owners, "noun-owner"  # "a US announcement that it would", "a Russian pledge to withdraw"
        governor = noun.head
        if noun.lemma_.lower() in COMMITMENT_NOUNS and noun.dep_ == "pobj" and governor.lower_ == "with" and governor.head.pos_ == "VERB":
            # "angered Ankara with a pledge to arm the Kurds": the one who angered pledged
            tokens, path, passive = subject(governor.head)
            return (tokens, f"noun-with-{path}") if tokens and not passive else None
        if self.triggers.light_carrier(noun) is not None:
            tokens, path, passive = subject(governor)
            return (tokens, f"noun-light-{path}") if tokens and not passive else None
        if gerund and noun.dep_ in OBJECTS and noun.lemma_.lower() in MESSAGE_NOUNS and governor.lemma_.lower() in MESSAGE_SENDERS:
            # "dropped leaflets telling us to surrender", "released a video urging": the sender speaks
            tokens, path, passive = subject(governor)
            return (tokens, f"message-{path}") if tokens and not passive else None
        if infinitive and noun.dep_ == "pobj" and governor.lower_ in PURPOSE_PREPS and governor.head.pos_ == "VERB":
            tokens, path, passive = purpose_subject(governor.head, governor)
            return (tokens, f"noun-purpose-{path}") if tokens and not passive else None
        return None

    def noun_carriers(self, noun: Token) -> list[Token]:
        """The verbs that carry an event noun: the light verb it is the object of ("launched an
        operation"), the verb of going on it is the subject of ("the onslaught continued"), the
        verb its cause phrase modifies ("were killed in the offensive")."""
        governor = noun.head
        if self.triggers.light_carrier(noun) is not None:
            return [governor]
        if noun.dep_ in SUBJECTS and governor.lemma_.lower() in OCCURRENCE_VERBS:
            return [governor]
        verb = caused_verb(noun)
        return [verb] if verb is not None else []

    def cause_victims(self, noun: Token, index: int) -> list[Participant]:
        """"Three soldiers were killed in an ambush", "two died in the shelling": whoever the
        verb says was killed, wounded or died was hit by the attack its cause phrase names, so
        is the attack noun's recipient."""
        verb = caused_verb(noun)
        if verb is None:
            return []
        lemma = verb.lemma_.lower()
        subjects, path, passive = subject(verb)
        if not ((passive and lemma in ANIMATE_PATIENT_VERBS) or (not passive and lemma in SUFFERING_VERBS)):
            return []
        if any(c.dep_ == "neg" for c in verb.children):
            return []  # "were not killed in the attack": it hit no one
        # "no fighters had been killed in recent attacks": a negative determiner names no one
        subjects = [s_ for s_ in subjects if s_.lower_ not in NEGATIVE_PRONOUNS
                    and not any(c.dep_ == "det" and c.lower_ in NEGATIVE_DETERMINERS for c in s_.children)]
        return [p for s_ in subjects for p in self.people.participants(s_, f"victim-{path}", index, keep_unresolved=True)]

    # -- nouns --------------------------------------------------------------------------------

    def noun_arguments(self, found: Found, index: int, victims: bool = True) -> Arguments:
        """(actors, recipients) of an event noun: its own phrase, the sides of a mutual act or
        a clash, else the verb that carries it (a light verb, "received a call from"); an
        attack with no target named hit whoever its cause phrase says was killed
        (`cause_victims`), unless `victims` is False."""
        noun, coding = found.token, found.coding
        participants = self.people.participants
        actors, recipients = self._noun_phrase_arguments(found, index)
        recipients = recipients or [p for o in misplaced_patients(noun, self.triggers, self.people) for p in participants(o, "misplaced-of", index)]  # "the arrest by police of two activists"
        if not actors and coding.event_type in MUTUAL_TYPES:
            # "talks between Iran and Saudi Arabia", "a meeting of Iranian and Saudi officials" (not of
            # one body): a mutual act names its sides together; the coder codes each with each other.
            sides = [s_ for p in noun.children if p.dep_ == "prep" and p.lower_ in ("between", "of")
                     for o in prep_objects(p) for s_ in participants(o, p.lower_, index)]
            if len(sides) >= 2:
                actors, recipients = sides, []
        if actors and not recipients and coding.event_type in GIVEN_TYPES and noun.dep_ in OBJECTS and noun.head.lemma_.lower() in OBTAINING_VERBS:
            # "sent officials to obtain Russia's agreement": whoever obtains it is given it
            obtain = noun.head
            subjects, path, passive = subject(obtain)
            if not subjects and obtain.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in obtain.children):
                # "sent officials to Moscow to obtain ...": a purpose clause's doer is its verb's
                subjects, path, _ = subject(obtain.head)
                passive = False
            recipients = [p for s_ in ([] if passive else subjects) for p in participants(s_, f"obtain-{path}", index)
                          if p.mention.name not in {a.mention.name for a in actors}]
        if (coding.event_type in MUTUAL_TYPES and not recipients or coding.event_type == "ASSAULT") and len({a.mention.name for a in actors}) < 2:
            # "US-Russia agreement", "the Iran-Pakistan talks": a hyphenated pair before the noun names
            # both sides of a mutual act; of fighting ("the Israel-Hamas war"), each side's against the other
            sides = self.hyphenated_sides(noun, index)
            if len(sides) >= 2:
                actors, recipients = sides, ([] if coding.event_type == "ASSAULT" else recipients)
        if not actors and not recipients and names_clash(noun):
            # A clash is mutual: the first side named acts, the others are acted on.
            sides = [t for side in clash_sides(noun) for t in (side, *side.conjuncts)]
            if sides:
                actors = participants(sides[0], "between", index, keep_unresolved=True)
                for other in sides[1:]:
                    recipients += participants(other, "between", index, keep_unresolved=True)
        if not actors:
            governor = governing_preposition(carrier := partitive_carrier(noun))
            if carrier.dep_ in OBJECTS and governor.pos_ == "VERB":
                # "Pakistan carried out strikes", "held talks", "launched a wave of strikes"; not
                # "condemned the attack": only light verbs lend their subject to their object noun.
                if governor.lemma_.lower() in RECEIVING_VERBS:
                    actors, recipients = self._received(noun, governor, recipients, index)
                elif governor.lemma_.lower() in self.lexicon.light_verbs:
                    actors, recipients = self._light_verb_arguments(found, governor, recipients, index)
            elif entered_act(noun) is not None:
                # "Iran came to Assad's rescue", "doctors went on strike": whoever comes to it does it
                subjects, path, passive = subject(governor.head)
                for s in subjects if not passive else []:
                    actors += participants(s, f"come-{path}", index)
            elif noun.dep_ == "pobj" and governor.head.pos_ in ("VERB", "AUX") and not refused_meeting(noun, governor.head) and (  # (not "did not take part in the talks")
                    (governor.lower_ == "with" and governor.head.pos_ == "VERB")
                    or (coding.event_type == "CONSULT" and governor.lower_ in CONSULT_SETTING_PREPS)
                    or (governor.lower_ == "in" and (coding.event_type == "COOPERATE" or governor.head.lemma_.lower() in INSTRUMENT_VERBS))):
                # "armed with", and "said in a phone call with Putin", "quit during talks with":
                # whoever does the verb took part in the talks; "struck in coordination with
                # Turkey": whoever struck acted together with Turkey; "used drones in a strike": struck
                subjects, path, passive = subject(governor.head)
                if not subjects and governor.lower_ in CONSULT_SETTING_PREPS:
                    # "made the decision to withdraw during a call with Erdogan": the doer of a
                    # clause completing a noun (see `nominal_controller`) was on the call
                    subjects, path = self.nominal_controller(governor.head) or ([], "")
                for s in subjects if not passive else []:
                    actors += participants(s, f"{governor.lower_}-{path}", index)
        if not actors and noun.dep_ == "appos" and (noun.head.pos_ == "NOUN" or noun.head.dep_ in NOMINAL_DEPS):
            # "Tillerson's first stop – a visit to Egypt": an apposition renames the noun it
            # follows, whose possessor is the doer (a noun the tagger took for a verb, "stop",
            # is a noun where it stands as subject or object)
            actors = [p for c in noun.head.children if c.dep_ == "poss" for p in participants(c, "appos-poss", index)]
        if not recipients and OPPONENT_PREPS & RECIPIENT_PREPS.get(coding.event_type, set()):
            recipients = [p for o in displaced_opponents(noun, self.noun_carriers(noun))
                          for p in participants(o, "displaced-against", index)]
        if not recipients and coding.event_type == "REQUEST":
            recipients = self.demanded_of(noun, actors, index)  # "Turkey's demand that the US stop", "rejected the US demand"
        if victims and QUAD_CLASS[coding.event_type] == 4:
            actors, recipients = self.fallen_arguments(noun, actors, recipients, index)
        return self.noun_forces_arguments(found, actors, recipients, index)

    def hyphenated_sides(self, noun: Token, index: int) -> list[Participant]:
        """The two actors of a hyphenated pair that modifies a noun ("US-Russia"), or []."""
        sides = [self.people.actor_at(t) for t in hyphenated_pair(noun)]
        if len(sides) == 2 and all(m is not None for m in sides) and sides[0].name != sides[1].name:
            return [Participant(m, "pair") for m in sides]
        return []

    def _noun_phrase_arguments(self, found: Found, index: int) -> Arguments:
        """The participants the noun phrase itself names: a possessor or modifier acts ("Iran's
        strike"), a "by" phrase acts, the prepositions of the type name the recipient."""
        noun, coding = found.token, found.coding
        actors: list[Participant] = []
        recipients: list[Participant] = []
        preps = RECIPIENT_PREPS.get(coding.event_type, set())
        voiced = [c for of in noun.children if of.dep_ == "prep" and of.lower_ == "of" for o in prep_objects(of) for c in o.children
                  if c.dep_ == "acl" and c.lemma_.lower() in VOICING_PARTICIPLES] if coding.event_type in SPEECH_TYPES else []
        for child in [*noun.children, *misplaced_agents(noun), *voiced]:
            if (child.dep_ == "poss" or child.lower_ == "whose") and self.possessor_acted_on(noun):
                role = "patient" if noun.lemma_.lower() in PATIENT_POSSESSOR_NOUNS else "beneficiary"
                recipients += self._possessor_participants(child, f"poss-{role}", index)
            elif child.dep_ in ("poss", "amod", "compound", "nmod") and not actors:
                mention = self.people.actor_at(child)
                if child.dep_ == "poss" and child.pos_ == "PRON":
                    mention = self.people.antecedent(child, index)
                if (mention is not None and mention.country is None and mention.kind == "sector"
                        and (child.dep_ in ("amod", "nmod") or child.lower_ in self.lexicon.modes.get("ASSAULT", {}))):
                    mention = None  # "military riposte", "missile strike": the kind of event, not who ("police firing" is who)
                if mention is not None:
                    actors = [Participant(mention, child.dep_)]
            elif child.dep_ == "prep":
                objects = prep_objects(child)
                if child.lower_ == "on" and noun.dep_ in OBJECTS and noun.head.lemma_.lower() in ATTRIBUTING_VERBS:
                    # "blamed a bombing on the PKK": the one blamed did it
                    actors = [p for o in objects for p in self.people.participants(o, "blamed-on", index)]
                elif child.lower_ == "of" and noun.lemma_.lower() in SUBJECTIVE_OF_NOUNS | VISITING_NOUNS and not actors:
                    # "the withdrawal of US troops", "the surrender of rebel forces", "the visit of
                    # the Iranian president to Baghdad": who does it
                    visit = noun.lemma_.lower() in VISITING_NOUNS
                    actors = [p for o in objects if visit or not self.triggers.in_object_class(o, "officials")
                              for p in self.people.participants(o, "of-doer", index)]  # (not "of its ambassador": a diplomat recalled)
                elif child.lower_ == "by" or is_agent_phrase(child):
                    doers = objects if child.lower_ == "by" else agent_objects(noun)
                    agents = [p for o in doers for p in self.people.participants(o, "by" if child.lower_ == "by" else "hands", index)]
                    actors, recipients = self._doers_named(noun, actors, agents, recipients, index)
                elif child.lower_ in preps and not (same(child, found.particle) and child.lower_ == "for"):
                    for o in objects:
                        recipients += self.people.participants(o, f"prep-{child.lower_}", index)
            elif child.dep_ == "acl" and child.tag_ == "VBN" and self.performed_by(child, coding) is not None:
                # "talks brokered by Russia", "criticism voiced by Le Drian": who performed it
                doers = prep_objects(self.performed_by(child, coding))
                agents = [p for o in doers for p in self.people.participants(o, "performed-by", index)]
                if mediated(child, coding.event_type) and not recipients:
                    recipients = [p for t in talking_sides(noun, child) for p in self.people.participants(t, "mediated-sides", index)]
                actors, recipients = self._doers_named(noun, actors, agents, recipients, index)
        return actors, recipients


    @staticmethod
    def performed_by(participle: Token, coding) -> Token | None:
        """The "by" phrase of a participle of performing on an event noun (see
        PERFORMING_PARTICIPLES); not a negated one ("launched not by the regime but by ..."),
        nor a broker's of an act other than talks or an agreement (MEDIATING_PARTICIPLES)."""
        lemma = participle.lemma_.lower()
        if lemma not in PERFORMING_PARTICIPLES or (lemma in MEDIATING_PARTICIPLES and coding.event_type not in ("CONSULT", "AGREE")):
            return None
        agent = passive_agent(participle)
        return None if agent is None or any(c.dep_ == "neg" for c in agent.children) else agent

    def possessor_acted_on(self, noun: Token) -> bool:
        """Whether the possessor of an event noun is the one it is done to, as the noun's
        argument structure says: a nominalised verb of doing something to a person, in the
        singular and with no "of" object, has its object's role ("Robinson's arrest", "his
        release", "Saleh, whose killing at the hands of rebels"; but "the army's killing of
        civilians", "the regime's killings" are the doer's); a noun of help on a verb of coming
        has the one helped ("urged Nato to come to Turkey's aid")."""
        lemma = noun.lemma_.lower()
        if any(c.dep_ == "prep" and c.lower_ == "of" and prep_objects(c) for c in noun.children):
            return False
        if lemma in PATIENT_POSSESSOR_NOUNS:
            return noun.tag_ == "NN"
        return lemma in BENEFICIARY_POSSESSOR_NOUNS and entered_act(noun) is not None and noun.head.lower_ == "to"

    def _possessor_participants(self, owner: Token, path: str, index: int) -> list[Participant]:
        """The participants a possessor names: "whose" is the noun its clause modifies, a
        possessive pronoun its antecedent."""
        if owner.lower_ == "whose" and owner.head.head.dep_ == "relcl":
            owner = owner.head.head.head  # "Saleh, whose killing ...": the noun the clause modifies
        if owner.pos_ == "PRON":
            mention = self.people.antecedent(owner, index)
            return [Participant(mention, path)] if mention is not None else []
        return self.people.participants(owner, path, index, keep_unresolved=True)

    def _doers_named(self, noun: Token, actors: list[Participant], agents: list[Participant], recipients: list[Participant],
                     index: int) -> Arguments:
        """A noun's "by" (or "at the hands of") phrase names who did it; its possessor is then
        the one it was done to ("Saleh's killing at the hands of Houthi rebels", "the city's
        destruction by the army", "whose arrest by police")."""
        if not agents:
            return actors, recipients
        possessors = [c for c in noun.children if c.dep_ == "poss" or c.lower_ == "whose"]
        actors = [a for a in actors if a.path != "poss"] + agents
        if not possessors or any(r.path.startswith("poss-") for r in recipients):
            return actors, recipients  # no possessor, or one already read as acted on
        victims = [p for owner in possessors for p in self._possessor_participants(owner, "poss-patient", index)]
        return actors, recipients + victims

    def _received(self, noun: Token, governor: Token, recipients: list[Participant], index: int) -> Arguments:
        """"received a call from his Iranian counterpart": the caller acts on the receiver."""
        actors: list[Participant] = []
        for prep in [*noun.children, *governor.children]:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for o in (c for c in prep.children if c.dep_ == "pobj"):
                    actors += self.people.participants(o, "receive-from", index)
        subjects, path, passive = subject(governor)
        if not recipients and not passive:
            for s_ in subjects:
                recipients += self.people.participants(s_, f"receive-{path}", index)
        return actors, recipients

    def _light_verb_arguments(self, found: Found, governor: Token, recipients: list[Participant], index: int) -> Arguments:
        """The subject of the light verb that carries the noun acts ("Pakistan carried out
        strikes"); its "to" phrase or indirect object is the recipient."""
        participants = self.people.participants
        preps = RECIPIENT_PREPS.get(found.coding.event_type, set())
        actors: list[Participant] = []
        subjects, path, passive = subject(governor)
        for s in subjects if not passive else []:
            actors += participants(s, f"light-{path}", index)
        if not recipients:
            for prep in governor.children:
                if prep.dep_ in ("prep", "dative") and prep.lower_ in preps:
                    # "gave assurances to the Kurds" (the parser calls that "to" a dative)
                    for o in (c for c in prep.children if c.dep_ == "pobj"):
                        recipients += participants(o, f"light-prep-{prep.lower_}", index)
                elif prep.dep_ == "dative" and prep.pos_ in ("NOUN", "PROPN", "PRON"):
                    recipients += participants(prep, "light-dative", index)  # "gave Iran assurances"
        return actors, recipients

    def understood_object(self, found: Found, actors: list[Participant]) -> list[Participant]:
        """The object of an attack verb used without one ("Isis is hampered at night, and US
        jets have attacked") is understood from its sentence: the other side named last
        before the verb, a state or an armed group, not the attackers' own."""
        verb = found.token
        if verb.lemma_.lower() not in DEFINITE_NULL_OBJECT_VERBS or not any(c.dep_ in SUBJECTS for c in verb.children):
            return []  # only a finite clause of a verb that leaves out a definite object
        timed = lambda prep: any(o.ent_type_ in ("DATE", "TIME") for o in prep_objects(prep))  # "for the past two nights"
        if any(c.dep_ in OBJECTS or (c.dep_ == "prep" and c.lower_ not in NOT_TOPIC_PREPS and not timed(c)) for c in verb.children):
            return []  # an object or a phrase of its own: not an absolute use
        own_countries = {a.mention.country for a in actors if a.mention.country}
        own_names = {a.mention.name for a in actors}
        own_spans = {(a.mention.start, a.mention.end) for a in actors}
        for mention in reversed(self.people.mentions):
            if mention.start < verb.sent.start or mention.end > verb.i or (mention.start, mention.end) in own_spans:
                continue
            if mention.kind not in ("state", "group") or mention.name in own_names or (mention.country and mention.country in own_countries):
                continue
            return [Participant(mention, "understood-object")]
        return []
