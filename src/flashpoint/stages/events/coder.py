"""`EventCoder`: codes the events of one document, sentence by sentence and trigger by
trigger, from the pieces of this package: the trigger (`triggers`), its actors and
recipients (`arguments`, `participants`), whether the mention reports an event at all, its
status (`status`), mode, date and place (`circumstances`), and the record (`output`).

Mentions that report nothing are not coded: characterisations ("seen as a threat"), comments
on an event in someone's words ("said Tehran's strikes were motivated by"), causes fought
for ("fighting for autonomy", see `triggers`) and figures of speech ("Iran is wounded").
"""

from __future__ import annotations

from spacy.attrs import LOWER, POS
from spacy.parts_of_speech import NOUN, PROPN, VERB
from spacy.tokens import Token

from ...knowledge.events import Coding, EventLexicon
from ...nlp import indices_with
from ...records import Event, Location
from ...stage import DocState
from ..unidentified import unknown_doer
from .assertions import assertion_makers
from .arguments import ArgumentReader, fallen, quoted_epithet  # (quoted_epithet: epithets.py)
from .gatherings import carrier_arguments, counted_crowd, crowd_act_doers, happening_carrier, is_crowd, rioting_crowd
from .homecoming import wished_return
from .imprisonment import imprisonment_events
from .joint import between_sides, joint_act, mutual_pairs, names_clash, reciprocal, third_party_act
from .cautions import danger_warning, promise, warned_about
from .mishaps import mishap_clause
from .wordattacks import attack_on_words
from .envoys import without_own_envoys
from .circumstances import date_of, event_mode, location_of, names_place, since_date, state_of_place
from .output import make_event, unique_numbered
from .permits import permitted_force
from .policing import police_raid
from .obstruction import civil_obstruction
from .participants import Participant, ParticipantResolver, Unresolved
from .reactions import provoked_reaction
from .refusals import answers_no_topic
from .reporters import coercing_state
from .resignations import own_government
from .responsibility import claimants
from .status import StatusReader, after_publication, is_historical, speech_act
from .syntax import clash_sides, paired_sides, purpose_infinitive, subject
from .truces import agreed_truce
from .triggers import JUDGEMENT_CODINGS, Found, TriggerFinder
from .words import (ACTORLESS_TYPES, CONSEQUENCE_VERBS, DECISION_NOUNS, PROPOSAL_NOUNS, SITUATION_NOUNS, FORCE_NOUNS, WARNING_VERBS, AGENT_ENTITIES, ARMED_SECTORS, STATE_FORCE_SECTORS, TARGETED_PHRASES, ANIMATE_PATIENT_VERBS, COMMENTATOR_ROLES, CROWD_VOICE_TYPES, DRIVING_OUT,
                    OCCURRENCE_VERBS, PASSIVE_SUBJECTS, PAST_STATUSES, PLACE_ENTITIES, PLACE_TARGET_TYPES,
                    REGARD_VERBS, REPORTING_VERBS, SPEECH_TYPES, STATE_COERCION_WORDS, CROWD_TAKEOVERS, SUBJECTS)


# The share of a sentence's words inside quotation marks for it to count as quoted words.
QUOTED_SHARE = 0.9


def toponym_reader(state: DocState):
    """Whether a token is in a toponym: one the places stage found (not a capital standing for
    its government, "Tehran said", nor a demonym), or a proper name the parser gave no place
    label that the gazetteer knows ("Raqqa fell", "the battle for Tal Afar": names the places
    stage reads only from entities). None without a places stage."""
    if state.place_mentions is None:
        return None
    from ...knowledge.gazetteer import get_gazetteer
    from ..places.words import PLACE

    places = {i for m in state.place_mentions if m.role == PLACE for i in range(m.start, m.end)}
    other = {i for m in state.place_mentions if m.role != PLACE for i in range(m.start, m.end)}

    def toponym(token: Token) -> bool:
        if token.i in places:
            return True
        if token.pos_ != "PROPN" or token.i in other or token.ent_type_ in ("ORG", "NORP") or state.actor_index is not None and _actor_at(state, token):
            return False
        name = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token]
        return get_gazetteer().known(" ".join(t.text for t in name))

    return toponym


def _actor_at(state: DocState, token: Token) -> bool:
    """Whether the actors stage read an actor at a token ("Isis", "the SDF": no places)."""
    from ..actors import actor_for_token

    mention = actor_for_token(state, token.i)
    # a name the actors stage took for a person's only because nothing placed it ("Tal Afar")
    # does not stop the gazetteer from knowing it as a place
    unplaced = mention is not None and mention.kind == "person" and not mention.code
    return mention is not None and mention.start <= token.i < mention.end and not unplaced


def respective_pairs(trigger: Token, actors: list[Participant], recipients: list[Participant]) -> list[tuple[Participant, Participant]] | None:
    """"Putin and Erdogan, who have backed the Syrian government and the rebels
    respectively": each actor acts on the recipient in the same place of its list, not on
    every one. None without "respectively" on the verb, or lists of different lengths."""
    if not any(c.lower_ == "respectively" for c in trigger.subtree) or len(actors) < 2 or len(actors) != len(recipients):
        return None
    return list(zip(actors, recipients))


def side_pairs(clash: Token, participants: list[Participant]) -> list[tuple[Participant, Participant]] | None:
    """The sides of a clash, each acting on each other side as a mutual act is coded (no side
    on itself, none with no one); told pair by pair ("clashes between Iran and Israel, Syria
    and Israel", `paired_sides`), each pair's first side on its second only. None when the
    clash names fewer than two sides."""
    sides = list({p.mention.start: p for p in participants}.values())
    if len(sides) < 2:
        return None
    pairs = paired_sides(clash)
    if pairs is None:  # (those killed in it, when another side is named, are no doers: "were killed in clashes with rebels")
        return [(a, b) for a in sides for b in sides if a.mention.start != b.mention.start and (not fallen(a) or all(map(fallen, sides)))]
    participants = sides

    def covering(i: int) -> Participant | None:
        return next((p for p in participants if p.mention.start <= i < p.mention.end or p.mention.head == i), None)

    out = [(covering(a), covering(b)) for a, b in pairs]
    return [(a, b) for a, b in out if a is not None and b is not None and a.mention.start != b.mention.start] or None


def named_side(actors: list[Participant]) -> list[Participant]:
    """The doers of one act that name a party: of coordinated doers ("Turkish troops and the Arab
    forces they sponsor", "Isis snipers, suicide bombs and rockets", "the Revolutionary Guards
    and militiamen"), armed men or arms that name no party of their own (an armed sector with no
    country, or words the dictionary does not know) fight on the named one's side, so they add
    no second doer to the act. Not civilians of several kinds ("community leaders, refugees
    and activists staged a protest"): each is a doer. All when none is named."""
    def helper(a: Participant) -> bool:
        m = a.mention
        return m.kind == "unresolved" or (m.kind == "sector" and m.country is None and m.sector in ARMED_SECTORS)
    if not any(a.mention.kind not in ("sector", "unresolved") or a.mention.country is not None for a in actors):
        return actors
    return [a for a in actors if not helper(a)]


class EventCoder:
    """Codes the events of one document (`code`). Its other public methods read one trigger
    the way `code` does, for the passage reader (`passage`) and the PETRARCH coder."""

    def __init__(self, state: DocState, lexicon: EventLexicon):
        self.state = state
        self.doc = state.doc
        self.lexicon = lexicon
        self.triggers = TriggerFinder(lexicon, place_at=toponym_reader(state))
        self.people = ParticipantResolver(state, lexicon, self.triggers)
        self.arguments = ArgumentReader(state, lexicon, self.triggers, self.people)
        self.statuses = StatusReader(lexicon, self.triggers)
        self._speakers: dict[int, frozenset[str]] = {}  # speaker_of, by token

    # -- one trigger --------------------------------------------------------------------------

    def find(self, token: Token) -> Found | None:
        """The trigger `token` is, if any (`TriggerFinder.find`; a wish to come home: homecoming.py)."""
        found = self.triggers.find(token)
        if found is None and (plea := wished_return(token, self._names_state)) is not None:
            found = Found(token, plea[0], "verb", cue=plea[1])
        return found or quoted_epithet(self.state, token)  # ("said: 'the Russian occupier ...'": epithets.py)

    def _names_state(self, noun: Token) -> bool:
        mention = self.people.actor_at(noun)
        return mention is not None and mention.kind == "state"

    def resolve(self, token: Token, sentence_index: int):
        """The actor mention a token stands for in sentence `sentence_index`, pronouns
        resolved (see `ParticipantResolver.resolve`), or None."""
        return self.people.resolve(token, sentence_index)

    def _own_side(self, word: Token, actors: list[Participant], sentence_index: int) -> bool:
        """Whether a word names one of the actors, or their state ("Turkish troops" of Turkey's president)."""
        mention = self.resolve(word, sentence_index)
        return mention is not None and any(mention.name == a.mention.name or (mention.country and mention.country == a.mention.country) for a in actors)

    def _names_act(self, noun: Token) -> bool:
        """Whether a noun names an act, a decision or a plan ("the bombing campaign", "the
        plan"), not a state of affairs ("the fighting", "the war")."""
        lemma = noun.lemma_.lower()
        acts = [noun, *(c for c in noun.children if c.dep_ == "compound")]  # "the bombing campaign"
        return (any(self.triggers.noun_coding(a) is not None and a.lemma_.lower() not in SITUATION_NOUNS for a in acts)
                or lemma in DECISION_NOUNS | PROPOSAL_NOUNS | FORCE_NOUNS or self.lexicon.status_cues.get(lemma) == "planned")

    def status(self, trigger: Token) -> str:
        """The status its clause gives a trigger, before `speech_act` (see `StatusReader.status`)."""
        return self.statuses.status(trigger)

    def announced(self, trigger: Token) -> bool:
        """Whether a plan is someone's announcement (see `StatusReader.announced`)."""
        return self.statuses.announced(trigger)

    def mode(self, found: Found) -> str | None:
        """The mode a word near the trigger names (see `circumstances.event_mode`)."""
        return event_mode(self.lexicon, found)

    def coding_and_mode(self, found: Found) -> tuple[Coding, str | None]:
        """The trigger's coding and mode before status: its lexicon entry with the mode its
        phrase gives, or a crowd's protest."""
        crowd = self._crowd_coding(found) or attack_on_words(found)
        if crowd is not None:
            return crowd, crowd.mode
        return found.coding, self.mode(found) or found.coding.mode

    def unresolved_subject(self, found: Found) -> bool:
        """A verb trigger whose own subject (active voice) names something that is not an actor
        ("an earthquake killed eight"). A weapon or attackers no one owns ("a roadside bomb
        killed four soldiers", "unidentified aircraft bombed a convoy") are an unknown doer's:
        the event is kept, for the generic actor they describe (stages/unidentified.py)."""
        if found.kind == "noun" or found.coding.event_type not in ("ASSAULT", "COERCE"):
            return False  # protesters are often unnamed crowds: a PROTEST keeps its event
        for child in found.token.children:
            if child.dep_ in SUBJECTS and child.pos_ != "PRON":
                return self.resolve(child, 0) is None and not unknown_doer(child, self.state.actor_mentions or [])
        return False

    def event(self, found: Found, coding: Coding, sentence, actor: Participant | None, recipient: Participant | None,
              status: str, mode: str | None, date_info, location: Location | None) -> Event:
        """The record of one coded event (see `output.make_event`)."""
        return make_event(self.lexicon, found, coding, sentence, actor, recipient, status, mode, date_info, location)

    # -- the document -------------------------------------------------------------------------

    def code(self) -> list[Event]:
        """Every event of the document, in text order, without repeats, numbered."""
        doc = self.state.doc
        # `TriggerFinder.find` finds nothing but at a verb, a noun or "responsible" and "behind"
        # (`attributed_event`): the other tokens are passed over without a Token made for each
        words = set(indices_with(doc, POS, (VERB, NOUN, PROPN))) | set(indices_with(doc, LOWER, ("responsible", "behind")))
        cues = self.quote_cues()

        def candidates():
            for index, sentence in enumerate(self.state.sentences):
                for i in range(sentence.start, sentence.end):
                    found = self.find(doc[i]) if i in words else None
                    if found is not None:
                        yield from self.events_of(found, index, sentence)
                        yield from imprisonment_events(found, lambda f: self.events_of(f, index, sentence))
                if index in cues:
                    for found in self.quoted_statements(sentence, cues[index]):
                        yield from self.events_of(found, index, sentence)

        return unique_numbered(
            candidates(), self.state.document.id,
            key=lambda e: (e.trigger.span, e.actor and e.actor.span, e.recipient and e.recipient.span))

    def quote_cues(self) -> dict[int, Token]:
        """The sentences that are quoted words whose verb of saying is in another sentence
        ("He said: 'A. B.'": B's is "said"), by index: that verb. A sentence counts when the
        quotation marks hold nearly all of it. Empty without a quotes stage."""
        cues: dict[int, Token] = {}
        doc = self.doc
        sentences = self.state.sentences
        starts = None  # per sentence, the character offsets of its words (not punctuation or space), made once
        for speech in self.state.speeches or []:
            if speech.kind != "direct" or speech.cue is None or not speech.parts:
                continue  # (no parts: no word is inside, so no sentence counts)
            if starts is None:
                starts = [[t.idx for t in sentence if not t.is_punct and not t.is_space] for sentence in sentences]
            cue = doc[speech.cue]
            first, last = min(a for a, _ in speech.parts), max(b for _, b in speech.parts)
            for index, sentence in enumerate(sentences):
                words = starts[index]
                # a sentence none of whose words lies between the quote's first and last mark has none inside
                if not words or words[-1] < first or words[0] >= last or sentence.start <= cue.i < sentence.end:
                    continue
                inside = sum(1 for idx in words if any(a <= idx < b for a, b in speech.parts))
                if inside >= QUOTED_SHARE * len(words):
                    cues[index] = cue
        return cues

    def quoted_statements(self, sentence, cue: Token) -> list[Found]:
        """The statements the main clauses of a sentence of quoted words make (see
        `TriggerFinder.quoted_statement`)."""
        root = sentence.root
        clauses = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
        return [found for clause in clauses for found in [self.triggers.quoted_statement(clause, cue)] if found is not None]

    def events_of(self, found: Found, index: int, sentence) -> list[Event]:
        """The events a trigger in sentence `index` reports: one per actor and recipient
        (coordination gives several), none when it reports nothing."""
        token = found.token
        found, actors, recipients = self.recoded_arguments(found, index)
        pairs = mutual_pairs(found.coding, actors, recipients, joint_act(found), reciprocal(found), third_party_act(found)) or respective_pairs(token, actors, recipients)
        if pairs is None and not (found.kind == "noun" and names_clash(token)):
            actors = named_side(actors)
        if found.kind == "noun" and names_clash(token):
            pairs = side_pairs(token, actors + recipients) or pairs
        taken = found.kind in ("verb", "particle") and self.triggers.taken_place(token) is not None
        if actors and not recipients and not pairs and found.kind in ("verb", "particle", "noun") and not taken:
            # (a place taken from no one named: the words around it name the taker's side or
            # the place, not a loser: "fell to government forces")
            recipients = (self.arguments.aimed_recipients(found, actors, index) or self.arguments.resisters(found, actors, index)
                          or self.arguments.named_theatre(found, actors, index) or self.arguments.topic_recipients(found, actors, index)
                          or self.arguments.judged_doers(found, actors, index) or self.arguments.grievance_recipients(found, actors, index))
        if actors and not recipients and not pairs and found.kind == "verb" and found.coding.event_type == "ASSAULT":
            recipients = self.arguments.understood_object(found, actors)
        if actors and found.coding.event_type == "REJECT" and all(r.path.startswith("topic-") for r in recipients):
            # "a charge refuted by Russia", "Iran denied it": a refusal or denial answers
            # whoever last demanded it or made the accusation; what it is about ("denies any
            # links to the PKK") is its topic, not whom it answers
            challengers = self.people.challengers(token, actors, index) or [p.mention for p in assertion_makers(self.people, token, actors, index)]
            recipients = [Participant(c, "answered") for c in challengers] or ([] if answers_no_topic(token, recipients, self.triggers) else recipients)
        if actors and not recipients and found.coding.source == "resignation":
            recipients = own_government(token, actors)  # "resigned in protest": against her own government
        if not self._reports_event(found, actors, recipients):
            return []
        # a statement in quoted words is made when and where its verb of saying says
        anchor = found.cue if found.cue is not None else token
        anchor_index = self.arguments.sentence_of(anchor) if found.cue is not None else index
        status = self.status(anchor)
        coding, mode = self.coding_and_mode(found)
        coding, mode = self._judged(found, recipients) or (coding, mode)
        if coding.source == "crowd-clash" and found.kind != "noun":  # "police clashed with protesters": the crowd's riot
            actors, recipients = rioting_crowd(token, actors, recipients, lambda t: self.people.participants(t, "rioters", index))
        # (an act to befall the subject, with no doer named, is no one's announced act: "we'd get
        # killed together" is a fear, not a threat)
        undergone = found.kind == "verb" and not actors and subject(token)[2]
        coding, status, mode = speech_act(coding, status, mode, self.announced(anchor) and not undergone and not between_sides(found, actors))
        speech = self._speech_act(coding, actors)
        date_info, status = self._date_and_status(anchor, anchor_index, status, speech)
        phrase_object = found.particle if found.kind == "particle" and found.particle.dep_ == "dobj" else None
        if actors and coding.event_type in PLACE_TARGET_TYPES and not taken:
            # "attacked areas controlled by Isis": the holder of the place attacked
            recipients = self.arguments.held_targets(found, actors, recipients, index)
        location = location_of(self.state, anchor, coding, actors, recipients, phrase_object)
        if actors and coding.event_type in PLACE_TARGET_TYPES and not taken and all(
                names_place(r, location) or self.located_target(r, location) or self.peoples_place(r) for r in recipients):
            # no target, or only the place itself ("shelled Odesa"), or a target the dictionary
            # does not know in that place ("camps in northern Iraq"): the place's state (not for
            # a place taken: who lost it is not told by where it is)
            where = location
            if recipients and all(self.peoples_place(r) for r in recipients) and (location is None or location.basis not in ("trigger", "argument")):
                # "an offensive against a Kurdish enclave in northern Syria": where the place
                # its people's adjective describes is said to lie
                from ..places import event_location
                where = event_location(self.state, anchor.i, [self.doc[r.mention.head].head.i for r in recipients]) or location
            recipients = state_of_place(self.state, where, actors) or recipients
        if actors and not recipients:
            recipients = self._recipients_by_place(coding, mode, location, actors)
        if not actors and recipients and token.lemma_.lower() in STATE_COERCION_WORDS:  # (reporters.py)
            actors = coercing_state(self.state, found.kind, token, location, recipients, self.lexicon.speech_verbs, self.people.participants, index)
        self.people.remember(token, coding.event_type, actors, recipients)
        events = []
        for actor, recipient in pairs or [(a, r) for a in actors or [None] for r in recipients or [None]]:
            if one_party(actor, recipient):
                recipient = None
            if actor is not None and recipient is not None and actor.path == "hands" and actor.mention.code == recipient.mention.code:
                continue  # "Iran's envoy was summoned to the Foreign Office": an office of his own state misread
            events.append(self.event(found, coding, sentence, actor, recipient, status, mode, date_info, location))
        if self.driven_out(found, coding) and status in ("occurred", "historical", "claimed"):
            # "were pushed out of Kirkuk by the Iraqi army": those driven out withdraw, from
            # whoever drove them out (once it is done: not "an effort to drive out")
            retreat = self.lexicon.particles[("pull", "out")]
            events += [self.event(found, retreat, sentence, recipient, actor, status, retreat.mode, date_info, location)
                       for actor in actors for recipient in recipients if recipient.mention.kind != "unresolved"]
        return events

    def recoded_arguments(self, found: Found, index: int) -> tuple[Found, list[Participant], list[Participant]]:
        """(trigger, actors, recipients): the trigger recoded by who does it, when its doers decide
        its type (a ceasefire two sides declare: truces.py; a raid by the police: policing.py)."""
        actors, recipients = self.trigger_arguments(found, index)
        return civil_obstruction(police_raid(agreed_truce(found, actors, recipients), actors), actors), actors, recipients

    def trigger_arguments(self, found: Found, index: int) -> tuple[list[Participant], list[Participant]]:
        """(actors, recipients) of a trigger (see `ArgumentReader.arguments`); a crowd's act
        named by a noun with neither takes the phrases of the verb that tells it as happening
        ("a protest was held outside the Turkish embassy": against Turkey, gatherings.py)."""
        actors, recipients = self.arguments.arguments(found, index)
        if found.kind == "noun" and not actors:
            # "Al-Shabaab claimed responsibility for the attack": the claimant did it (responsibility.py)
            claimed, path = claimants(found.token)
            actors = [p for s in claimed for p in self.people.participants(s, path, index)]
        if found.kind == "noun" and not actors and not recipients:
            actors, recipients = carrier_arguments(found.token, found.coding.event_type, self.lexicon.light_verbs, self.people.participants, index)
        recipients = without_own_envoys(self.state.doc, found.coding.event_type, actors, recipients)  # ("recalled its ambassador")
        # "Iran's test prompted a rebuke by the US": aimed at what drew it (reactions.py)
        return provoked_reaction(found, actors, recipients, index, self.people)

    def _judged(self, found: Found, recipients: list[Participant]) -> tuple[Coding, str | None] | None:
        """The judgement an act's verb tells instead of the act: a warning that another party
        does harm accuses it; allowing another party's use of force supports it."""
        judgement = "ACCUSE" if warned_about(found, recipients) else "SUPPORT" if permitted_force(found, self.find) else None
        return (JUDGEMENT_CODINGS[judgement], JUDGEMENT_CODINGS[judgement].mode) if judgement else None

    @staticmethod
    def driven_out(found: Found, coding: Coding) -> bool:
        """Whether a trigger drives someone out ("drove Isis out of Mosul", "were pushed out")."""
        # (not a purpose or an aim: "the fight to drive Isis out", "in an effort to drive out
        # Kurdish militias" have not driven anyone out yet)
        token = found.token
        aim = token.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        return (found.kind == "particle" and coding.event_type == "ASSAULT" and not purpose_infinitive(token) and not aim
                and f"{token.lemma_.lower()} {found.particle.lower_}" in DRIVING_OUT)

    def located_target(self, participant: Participant, location: Location | None) -> bool:
        """Whether a target the dictionary does not know is a place or an asset in the event's
        place: a name of a place ("targeted Kafr Zita"), or a phrase that carries the place
        itself ("camps in northern Iraq", "Kafr Zita in the Hama countryside"). It belongs to
        the place's state, as the place does."""
        m = participant.mention
        if location is None or location.span is None:
            return False
        head = self.doc[m.head]
        if not isinstance(m, Unresolved):
            # a place's name the actor stage took for a person's, for want of a code ("Kafr Zita")
            return m.kind == "person" and not m.code and self.triggers.is_place(head)
        if head.ent_type_ in PLACE_ENTITIES or (head.pos_ == "PROPN" and head.ent_type_ not in AGENT_ENTITIES):
            return True  # a name that names no person, organisation or people is a place's
        if head.pos_ == "NOUN" and location.basis == "trigger":
            return True  # "struck targets in southern Lebanon", the place told with the act: where its targets were
        subtree = list(head.subtree)
        return subtree[0].idx <= location.span[0] and location.span[1] <= subtree[-1].idx + len(subtree[-1].text)

    def peoples_place(self, participant: Participant) -> bool:
        """Whether a target is a place described by the people who live there ("a Kurdish
        enclave", "Kurdish villages"): an adjective of a people with no state of its own on a
        noun of place. The adjective says who lives there, not which party was hit; an attack
        on the place is on the place's state, as an attack on any place is ("Isis-held
        villages", "the Islamic State stronghold" name the holder and stay theirs)."""
        from ...knowledge.actors import state_name

        m = participant.mention
        if getattr(m, "kind", None) != "group" or (m.country is not None and state_name(m.country) is not None):
            return False  # (a people's code, "KUR", is no state's)
        for i in range(m.start, m.end):
            word = self.doc[i]
            if word.pos_ == "ADJ" and word.dep_ == "amod" and self.triggers.in_object_class(word.head, "places"):
                return True
        return False

    def _reports_event(self, found: Found, actors: list[Participant], recipients: list[Participant]) -> bool:
        """Whether a trigger with these participants is an event to code."""
        if not actors and not recipients and not self.told_crowd_act(found):
            return False
        if self._not_reported(found, actors, recipients):
            return False
        if not actors and self.unresolved_subject(found):
            return False  # "an earthquake killed eight": the doer is named but is no actor
        if not actors and found.coding.event_type == "ASSAULT" and found.kind == "verb" and mishap_clause(found.token) is not None:
            return False  # "were killed when the plane crashed": an accident (mishaps.py)
        if not actors and found.coding.event_type not in ACTORLESS_TYPES:
            return False  # who requested, agreed, accused? Without an actor there is no event.
        if found.kind == "particle" and f"{found.token.lemma_.lower()} {found.particle.lower_}" in TARGETED_PHRASES and not recipients:
            return False  # "as the coalition closed in": on no one named
        if found.coding.event_type in SPEECH_TYPES and actors and all(self.commentator(a) for a in actors):
            return False  # an analyst's or an editor's view is an opinion, not an event
        if promise(found, self.find):
            return False  # "vowed to work with France": the promised act is coded, as a promise
        index = self.arguments.sentence_of(found.token)
        if danger_warning(found, lambda word: self._own_side(word, actors, index), self._names_act) and not warned_about(found, recipients):
            return False  # "the UN warned that the fighting could displace thousands": no threat
        return True

    def told_crowd_act(self, found: Found) -> bool:
        """A crowd's act told as happening with no word for its doers ("demonstrations took
        place in Tehran"): an event all the same, whose doers its kind implies (gatherings.py)."""
        token = found.token
        return (found.kind == "noun" and crowd_act_doers(token) is not None and happening_carrier(token, self.lexicon.light_verbs) is not None
                or found.kind == "verb" and counted_crowd(token) is not None)  # "thousands marched in Tbilisi"

    def commentator(self, participant: Participant) -> bool:
        """Whether an actor is named with the title of a commentator: "Joe Smith, an analyst at
        the Institute", "defence editor Jane Doe", "Professor Jane Doe"."""
        head = getattr(participant.mention, "head", None)
        if head is None:
            return False
        token = self.state.doc[head]
        titles = [c for c in token.children if c.dep_ == "appos" or (c.dep_ == "compound" and c.i < token.i)]
        return any(t.lemma_.lower() in COMMENTATOR_ROLES for t in titles)

    def _speech_act(self, coding: Coding, actors: list[Participant]):
        """For a statement with a named actor, what the dates stage needs to date it by its speech (`SpeechAct`); else None."""
        names = frozenset(n for a in actors for n in [getattr(a.mention, "name", None)] if n)
        if coding.event_type not in SPEECH_TYPES or not names:
            return None
        from ..dates.event_date import SpeechAct

        # (a state speaks through its people: a statement of "Russia" may be one Putin made in a dated speech)
        return SpeechAct(names | {f"state:{a.mention.country}" for a in actors if a.mention.kind == "state" and a.mention.country}, self.speaker_of)

    def speaker_of(self, token: Token, sentence_index: int) -> frozenset[str]:
        """The names of who makes a speech act, if the verb is one (a verb of saying, or the
        trigger of a statement): its subject's, pronouns resolved, or its apposition's
        ("Pakistan's foreign minister, Jalil Abbas Jilani, said": Jilani), the person's when
        one of them names a person."""
        if token.i in self._speakers:
            return self._speakers[token.i]
        names = frozenset()
        if token.lemma_.lower() in self.lexicon.speech_verbs | REPORTING_VERBS or self._states(token):
            doers = subject(token)[0]
            words = [doers[0], *(c for c in doers[0].children if c.dep_ == "appos")] if doers else []
            found = [m for w in words for m in [self.resolve(w, sentence_index)] if getattr(m, "name", None)]
            # a person named is the speaker, not the state their title names ("Brian Hook, the
            # US special representative, said" is Hook, not every US statement)
            people = [m for m in found if getattr(m, "kind", None) == "person"]
            names = frozenset(m.name for m in people or found) | {f"state:{m.country}" for m in people or found if getattr(m, "country", None)}
        self._speakers[token.i] = names
        return names

    def _states(self, token: Token) -> bool:
        """Whether a word is the trigger of a statement (an event of a speech type)."""
        found = self.find(token)
        return found is not None and found.coding.event_type in SPEECH_TYPES

    def _date_and_status(self, trigger: Token, index: int, status: str, speech=None) -> tuple[object, str]:
        """The event's date, and its status as the date makes it."""
        date_info = date_of(self.state, trigger, index, speech)
        published = self.state.published
        if status in PAST_STATUSES and date_info is not None and after_publication(published, date_info):
            # "talks ended in failure, and resume on 28 November": a report cannot tell of a
            # done act dated after it was published; that date is another clause's plan
            date_info = None
        if status == "occurred" and date_info is not None and is_historical(published, date_info):
            status = "historical"
        elif status == "occurred" and date_info is None and is_historical(published, since_date(self.state, trigger, index)):
            # a count over a long span ("25 journalists have been killed since 1992"): a
            # tally of many acts, background, not one event of the news
            status = "historical"
        return date_info, status

    def _recipients_by_place(self, coding: Coding, mode: str | None, location, actors: list[Participant]) -> list[Participant]:
        """The recipient the place of an act that names none gives: a protest is against the
        authorities where it is held (CAMEO's convention: "thousands demonstrated in Kirkuk"
        protest against Iraq); a visit to a place abroad ("paid a visit to Kabul") is to the
        state that hosts it."""
        if coding.event_type == "PROTEST":
            return state_of_place(self.state, location, actors, domestic=True)
        if coding.event_type == "CONSULT" and mode == "visit":
            return state_of_place(self.state, location, actors)
        return []

    def _crowd_coding(self, found: Found) -> Coding | None:
        """PROTEST for a crowd's demands ("protesters demanded", "thousands of demonstrators
        urged") and riot for a clash with a crowd on one side ("clashes between police and
        protesters"); None when the trigger is no such thing."""
        token, event_type = found.token, found.coding.event_type
        if (event_type in CROWD_VOICE_TYPES or token.lemma_.lower() in CROWD_TAKEOVERS) and found.kind != "noun":
            subjects, _, passive = subject(token)
            if not passive and any(is_crowd(s) for s in subjects):
                # "protesters demanded"; "protesters occupied a building": a takeover by a crowd
                return CROWD_TAKEOVERS.get(token.lemma_.lower(), Coding("PROTEST", "demo", "141", "crowd-voice"))
        if event_type == "ASSAULT" and names_clash(token):
            sides = subject(token)[0] if found.kind != "noun" else [c for c in token.children if c.dep_ == "poss"]
            sides += clash_sides(token)
            if any(is_crowd(t) for side in sides for t in (side, *side.conjuncts)):
                return Coding("PROTEST", "riot", "145", "crowd-clash")
        return None

    def _not_reported(self, found: Found, actors: list[Participant], recipients: list[Participant]) -> bool:
        """Mentions that name an event without reporting one:

        - a description after "as" with a verb of regarding: "is seen as a threat by Iran";
        - commentary: an event noun that is the subject of a predicate that neither tells it
          happened nor what it did, in someone's reported words: "Brew said Tehran's strikes
          were motivated by ...", "said Pakistan's retaliation raised the risk";
        - a figure of speech: a state as the patient of a verb of bodily harm, with no one
          doing it ("Iran is wounded").
        """
        token = found.token
        if found.kind == "noun":
            if token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.lemma_.lower() in REGARD_VERBS:
                return True
            predicate = token.head
            if (token.dep_ in SUBJECTS | PASSIVE_SUBJECTS and predicate.pos_ in ("VERB", "AUX")
                    and self.find(predicate) is None and predicate.lemma_.lower() not in OCCURRENCE_VERBS
                    and not self.told_crowd_act(found)  # "police said a protest was held": told as happening
                    and self._in_reported_speech(predicate) and not clash_sides(token)):
                # (talks named with their sides, "the talks between Russia and Turkey were not
                # going well", are told as held, whatever is said of how they go)
                return True
        if (found.kind == "verb" and token.lemma_.lower() in ANIMATE_PATIENT_VERBS and not actors and recipients
                and all(getattr(r.mention, "kind", "") == "state" and not r.mention.sector for r in recipients)):
            return True
        return False

    def _in_reported_speech(self, verb: Token) -> bool:
        """Whether a verb is in a clause under a speech verb, up to four heads above it."""
        node, depth = verb, 0
        while node.head.i != node.i and depth < 4:
            if node.dep_ in ("ccomp", "xcomp") and node.head.lemma_.lower() in self.lexicon.speech_verbs:
                return True
            node, depth = node.head, depth + 1
        return False


def one_party(actor: Participant | None, recipient: Participant | None) -> bool:
    """Whether a pair is one party on both sides: one mention read twice, or one person (no one acts on himself)."""
    a, r = (actor.mention, recipient.mention) if actor is not None and recipient is not None else (None, None)
    return a is not None and a.code == r.code and (a.start == r.start or a.kind == r.kind == "person" and a.name == r.name)
