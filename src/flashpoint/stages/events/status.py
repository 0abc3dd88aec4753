"""An event's status: whether the text tells it happened ("occurred"), or denies, negates, threatens,
plans, supposes or claims it, or tells it as background ("historical"). It comes from negation, modals,
conditionals and the words above the trigger ("denied attacking", "threatened to strike", "plans to", "could"),
from adverbs of habit ("have long carried out attacks") and from the dates the text gives (an event dated long before publication is historical; a done act cannot be dated after it)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from ...nlp import entities as doc_entities
from ...knowledge.events import QUAD_CLASS, Coding, EventLexicon
from ...language.trees import controller, partitive_carrier, past_beside_modal, prepositional_controllers, separate_clause
from .asked import asked_for
from .beliefs import guessed
from .appeals import imperative
from .purposes import errand_of_habit, extraposed_infinitive, intended_through_phrase, preparing_aim, present_obligation, provision, purpose_of_thing
from .prospects import predicated_prospect
from .questions import negative_quantity, open_knowledge, open_question
from .timeclauses import destined, own_past, time_clause, to_come, years_back, years_long
from .departures import STATIONING
from .refusals import another_doers_clause, broken_commitment, own_subject, refusal_status, refused_meeting
from .responsibility import alleged_act, claiming_verb, warned_against
from .syntax import governing_preposition, prevented
from .triggers import TriggerFinder
from .words import (AVERTING_VERBS, RELUCTANCE_VERBS, ANNOUNCEMENT_NOUNS, COMMITMENT_NOUNS, PROPOSAL_NOUNS, EFFORT_NOUNS, COMING_VERBS, RESULTING_VERBS, CONDITIONAL_MARKS, CONDITIONAL_PHRASES, CONSULT_SETTING_PREPS, CONTRAST_WORDS, DECISION_NOUNS, DEFINITE_DETERMINERS, DIRECTIVE_NOUNS, DIRECTIVE_VERBS,
                    FREQUENCY_WORDS, HABITUAL_ADVERBS, HISTORICAL_DAYS, INDEFINITE_ARTICLES, OBJECTS, OCCURRENCE_VERBS,
                    PASSIVE_SUBJECTS, BACKGROUND_MARKERS, PREDICTION_VERBS, PRESENT_BE, COMPARISON_PREPS, GENERIC_HEADS, PURPOSE_PREPS, RELATIVE_PRONOUNS, SCHEDULING_WORDS, TRIP_VERBS,
                    SPEECH_TYPES, STATUS_CLAUSE_LINKS, STATUS_RANK, SUBJECTS)

# The status the noun that governs an event noun gives it ("the threat of strikes", "plans
# for an attack") when the lexicon's status cues do not name that noun.
OWNER_STATUS = {"threat": "threatened", "plan": "planned"}
# the acts whose attempt is already the act
ATTEMPTED_AS_DONE = frozenset({"ASSAULT", "COERCE"})
STATUS_NOUNS = ("threat", "plan", "possibility", "risk", "fear")
FUTURE_MODALS = ("will", "shall", "'ll", "wo")
# What an intent to harm threatens, by the type of the harm ("vowed to strike": violence).
THREAT_MODES = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "relations", "PROTEST": "relations"}


def generic_present(verb: Token) -> bool:
    """A verb in the simple present, active ("Isis snipers target those who flee") or passive
    ("journalists are killed for their reporting"), with no date of a particular time: news
    tells done acts in the past or the perfect and ongoing ones in the progressive, so the
    simple present of an act tells a habit or a general truth, not an event. A date of a
    particular time ("retook the enclave on Saturday", where the tagger reads an irregular
    past as present) makes it a narrative; a frequency ("each year") does not."""
    if verb.pos_ != "VERB":
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    # (a main or joined verb with its own subject and no auxiliary is finite: a base-form tag
    # on it is the tagger's misreading of a present, "the camp is run by our allies and
    # hundreds of journalists visit each year")
    finite_base = (verb.tag_ == "VB" and verb.dep_ in ("ROOT", "conj") and any(c.dep_ in SUBJECTS for c in verb.children)
                   and not any(c.dep_ == "mark" for c in verb.children))
    if verb.tag_ in ("VBZ", "VBP") or finite_base:
        if auxes:
            return False
    elif verb.tag_ != "VBN" or not auxes or any(a.dep_ != "auxpass" or a.lower_ not in PRESENT_BE for a in auxes):
        return False
    near = {t.i for c in verb.children for t in (c, *c.children)}
    times = [e for e in doc_entities(verb.doc) if e.label_ in ("DATE", "TIME") and any(t.i in near for t in e)]
    return all(any(t.lower_ in FREQUENCY_WORDS for t in e) for e in times)


def own_conjunct(conjunct: Token) -> bool:
    """Whether a conjoined verb makes a clause of its own, which a negation of the first
    conjunct does not reach: joined by a word of contrast ("did not attack the town but
    shelled the villages"), or with its own subject or auxiliary ("did not attack, and Russia
    has shelled"). A plain coordination shares it: "did not attack or shell the town"."""
    if conjunct.pos_ not in ("VERB", "AUX"):
        return False
    contrast = any(c.dep_ == "cc" and c.lower_ in CONTRAST_WORDS for c in conjunct.head.children if conjunct.head.i < c.i < conjunct.i)
    own = any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS | {"aux", "auxpass"} for c in conjunct.children)
    return contrast or own


def aim_of_noun(clause: Token) -> bool:
    """Whether a clause is an infinitive completing a noun, which names what the noun aims at
    or allows ("the campaign to drive Isis out", "a battle to retake it", "its inability to
    fight"), not an act told as done. Not after a noun of a decision taken ("Trump's decision
    to withdraw", "the order to pull out"), which reports the decided act as news does, nor in
    a purpose phrase ("in an effort to drive out"), whose aim is the act of the clause it
    modifies (see `PURPOSE_PREPS`)."""
    noun = clause.head
    if clause.dep_ != "acl" or noun.pos_ != "NOUN" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    if noun.lemma_.lower() in DECISION_NOUNS:
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ in PURPOSE_PREPS and noun.lemma_.lower() in EFFORT_NOUNS)


def committed_act(clause: Token) -> bool:
    """Whether a clause is an infinitive completing a noun of commitment ("a commitment to
    maintain its troops", "Cairo's pledge to keep the crossing open"): an act promised, still
    to come, which the commitment announces (see `speech_act`)."""
    return (clause.dep_ == "acl" and clause.head.pos_ == "NOUN" and clause.head.lemma_.lower() in COMMITMENT_NOUNS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children))


def habitual(trigger: Token) -> bool:
    """An action told as a habit: an adverb of habit or a span of years on the trigger or on
    the light verb that carries it ("have long carried out attacks", "has bombed it for years")."""
    nodes = [trigger] + ([trigger.head] if trigger.dep_ in OBJECTS and trigger.head.pos_ == "VERB" else [])
    return any((c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS) or years_long(c) for node in nodes for c in node.children)


def generic_subject(noun: Token) -> bool:
    """An indefinite event noun that is the subject of a clause in the simple present: an event of
    the kind, not one that happened ("A blockade of the port hurts the poor most")."""
    if noun.dep_ != "nsubj" or not any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in noun.children):
        return False
    verb = noun.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBZ", "VBP") and not auxes and verb.lemma_.lower() != "be"


NAMED_PARTIES = {"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"}


def generic_plural(noun: Token, seen: int = 0) -> bool:
    """A bare plural event noun naming a kind of act, not acts done: the subject or the
    predicate of a present "be" that classifies ("attacks on journalists are attacks on
    society", "strikes on hospitals are war crimes"), or a noun compared with or joined to such
    a noun ("like attacks on doctors"). Bare: no article, possessive, number or quantity, no
    named participant (a name makes them particular acts: "strikes on Idlib are a violation"),
    no "by" agent. Not a "be" that says how acts stand ("clashes are ongoing")."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or seen > 3:
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "quantmod", "agent") for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return False
    if any(t.pos_ == "PROPN" or t.ent_type_ in NAMED_PARTIES for t in _own_phrase(noun)):
        return False
    head = noun.head
    if noun.dep_ in ("nsubj", "attr") and head.lemma_.lower() == "be" and head.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in head.children):
        return any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in head.children)
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in COMPARISON_PREPS:
        compared = head.head if head.head.pos_ == "NOUN" else next(
            (c for c in head.head.children if c.dep_ == "nsubj" and head.head.lemma_.lower() == "be"), None)
        return compared is not None and generic_plural(compared, seen + 1)
    if noun.dep_ == "conj" and head.pos_ == "NOUN":
        return generic_plural(head, seen + 1)
    return False


def _own_phrase(noun: Token) -> list[Token]:
    """The words of a noun's own phrase, without the nouns joined to it or compared with it."""
    words, stack = [], [c for c in noun.children if c.dep_ not in ("conj", "cc", "punct", "appos")]
    while stack:
        word = stack.pop()
        if word.dep_ == "prep" and word.lower_ in COMPARISON_PREPS:
            continue
        words.append(word)
        stack += [c for c in word.children if c.dep_ not in ("relcl",)]
    return words


def speech_act(coding: Coding, status: str, mode: str | None, announced: bool = True) -> tuple[Coding, str, str | None]:
    """An announced action is coded as the announcement, as PLOVER does: an intent to
    cooperate is AGREE (also vowed: "vowed to work with France" promises), an intent to harm
    is THREATEN, a refusal is REJECT. The announcement itself occurred; the action it names
    keeps its code in the rule. A plan nobody is told to announce (`announced` false: "the
    minister will travel to Paris for talks") is a future event the report schedules, left planned."""
    quad = QUAD_CLASS[coding.event_type]
    status = "planned" if status == "threatened" and quad in (1, 2) else status
    if status == "attempted":
        # force attempted is force used ("tried to storm the town", "attempted to arrest him"),
        # as CAMEO codes an attempted attack; any other act attempted is still to come, and
        # an effort made is no promise ("tried to negotiate", "attempted to rescue him"): it
        # stays an act planned, not an announced intent (AGREE) or threat
        if coding.event_type not in ATTEMPTED_AS_DONE:
            return coding, "planned", mode
        status = "occurred"
    if status == "refused":
        return Coding("REJECT", None, "12", f"intent-{coding.event_type.lower()}"), "occurred", None
    if coding.event_type in ("AGREE", "THREATEN", "REJECT", "REQUEST", "ACCUSE"):
        return coding, status, mode
    if status == "planned" and not announced:
        return coding, status, mode
    if status == "committed":
        # a noun of commitment ("a verbal commitment to ease restrictions"): the promise of a
        # concession is a verbal concession, as PLOVER codes it; any other act promised is planned
        if coding.event_type == "CONCEDE":
            return coding, "occurred", mode
        status = "planned"
    if status == "planned":
        # (a word that forces will stay, "said British troops would remain in Iraq", assures the
        # host of them; it threatens no one)
        if quad in (1, 2) or coding.source == STATIONING.source:
            return Coding("AGREE", None, "03", f"intent-{coding.event_type.lower()}"), "occurred", None
        threat_mode = THREAT_MODES.get(coding.event_type)
        return Coding("THREATEN", threat_mode, "13", f"intent-{coding.event_type.lower()}"), "occurred", threat_mode
    return coding, status, mode


def period_start(value: str | None, *, year_end: bool = False) -> date | None:
    """The first day of the period an ISO value names ("2024-W03": its Monday; "2018-03": the
    1st), or None; a bare year counts from its last day with `year_end` (an event of "2015"
    is historical only if the whole year is)."""
    if not value:
        return None
    try:
        if value[5:6] == "W":
            return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        if len(value) >= 10:
            return date.fromisoformat(value[:10])
        if len(value) == 7:
            return date.fromisoformat(f"{value[:7]}-01")
        return date.fromisoformat(f"{value[:4]}-12-31" if year_end else f"{value[:4]}-01-01")
    except ValueError:
        return None


def after_publication(published: date | None, date_info) -> bool:
    """Whether the whole period a date names begins after the publication day."""
    start = period_start(getattr(date_info, "value", None))
    return bool(published and start) and start > published


def is_historical(published: date | None, date_info) -> bool:
    """Whether a date lies more than `HISTORICAL_DAYS` before the publication day."""
    start = period_start(getattr(date_info, "value", None), year_end=True)
    return bool(published and start) and (published - start).days > HISTORICAL_DAYS


def ranked(statuses: list[str]) -> str:
    """The one status the cues found give: an act in a conditional clause is supposed, a
    denial is no negation, a negated plan is a refusal, else the strongest (see
    `STATUS_RANK`); "occurred" with no cue.

    Markers that are not statuses: "conditional", for an act in an if/unless/whether clause
    ("if Russia did not withdraw", "whether the fighters were killed"), which is supposed
    whatever its negation or tense; "kind", for an act of a kind rather than an act done ("those
    who never attack the powerful", "attacks on journalists are not just attacks on
    individuals"), which its negation does not make a fact; "disowned", for an act under another
    party's negation ("did not intend that the Kurds should execute them"), supposed, no refusal of
    its doer's; and "conditioned", for a verb a conditional clause modifies, whose negation is
    then part of the condition ("will not attack unless provoked", "would not dare if ..."): a
    conditional stance, neither a refusal nor a negated fact."""
    if {"conditional", "kind", "disowned"} & set(statuses):
        return "hypothetical"
    if "conditioned" in statuses:
        statuses = [s for s in statuses if s != "conditioned"]
        if "negated" in statuses:
            return "hypothetical"
    if "negated" in statuses and any(s == "denied" for s in statuses):
        statuses.remove("negated")
    if "negated" in statuses and "planned" in statuses:
        return "refused"  # "will not accept": a refusal, coded as REJECT by speech_act
    status = min(statuses, key=STATUS_RANK.index) if statuses else "occurred"
    # the record knows one status for an act told as not done, DESIGN's "denied": "did not
    # attack" (the report's own negation) and "denied attacking" (a party's denial) alike
    return "denied" if status == "negated" else status


class StatusReader:
    """Reads the status of triggers from their clause, with the lexicon's status cues."""

    def __init__(self, lexicon: EventLexicon, triggers: TriggerFinder):
        self.lexicon = lexicon
        self.triggers = triggers

    def status(self, trigger: Token) -> str:
        """The status of the event a trigger names (see the module docstring; "refused" for a
        negated plan, which `speech_act` codes as a rejection)."""
        if trigger.pos_ == "VERB" and broken_commitment(trigger):
            return "denied"  # "reneged on billions in pledges to fund reconstruction": the promised act is not done
        statuses, node = self._noun_statuses(partitive_carrier(trigger)) if trigger.pos_ == "NOUN" else ([], trigger)
        statuses += self._own_statuses(trigger)
        if node is None or not (self.presupposed(trigger, node) or refused_meeting(trigger, node)):
            # (else a presupposition: its clause's negation, modal or condition is about the
            # verb's act, not the one its argument names)
            clause = self._clause_statuses(node)
            if (node is not None and "negated" in clause and trigger.pos_ == "NOUN" and trigger.dep_ in SUBJECTS | PASSIVE_SUBJECTS
                    and node.lemma_.lower() not in OCCURRENCE_VERBS and any(c.dep_ == "neg" for c in node.children)):
                # "talks were not going well", "the strike did not kill anyone": what is denied of
                # an event is not the event ("no attack took place", "the attack did not happen" are)
                clause.remove("negated")
            statuses += clause
        return to_come(trigger, guessed(trigger, ranked(refusal_status(trigger, statuses))))  # ("are to withdraw": timeclauses)

    def presupposed(self, noun: Token, verb: Token) -> bool:
        """Whether an event noun is a definite description the clause around it takes as given
        (a presupposition, which holds through the negation, modal or condition of its clause):
        "has not answered Turkey's strikes", "may condemn the airstrike", "risks endorsing the
        offensive", "the attack did not stop the talks" tell the strikes, the airstrike, the
        offensive and the attack happened. Not when the verb only carries the noun's act ("did
        not launch the attack", "the attack did not take place") or asks for, threatens or
        refuses it (the governing cue reads those)."""
        if noun.pos_ != "NOUN" or noun.dep_ not in OBJECTS | SUBJECTS | PASSIVE_SUBJECTS:
            return False
        lemma = verb.lemma_.lower()
        if self.answered_proposal(noun, verb):
            return True
        if lemma in self.lexicon.light_verbs or lemma in OCCURRENCE_VERBS or self.governing_cue(verb):
            return False
        return any((c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or c.dep_ == "poss" for c in noun.children)

    def answered_proposal(self, noun: Token, verb: Token) -> bool:
        """Whether a noun of a demand, an offer or a proposal is what a verb of rejecting rejects
        ("rejected the Turkish demand", "dismissed the US offer"): one cannot reject what was
        not put forward, so the demand was made (unlike "refused an attack", not done)."""
        return (noun.pos_ == "NOUN" and noun.lemma_.lower() in PROPOSAL_NOUNS and noun.dep_ in OBJECTS
                and self.governing_cue(verb) == "negated")

    def _noun_statuses(self, trigger: Token) -> tuple[list[str], Token | None]:
        """A noun takes the status of its clause: "threatened a strike", "no attack took
        place". The cues on the noun itself, and the verb whose clause to read (or None)."""
        statuses = []
        cues = self.lexicon.status_cues
        if any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
            statuses.append("negated")
        if trigger.dep_ == "pobj" and trigger.head.head.pos_ == "NOUN":
            owner = trigger.head.head.lemma_.lower()  # "the threat of strikes", "plans for an attack"
            if owner in cues or owner in STATUS_NOUNS:
                statuses.append(OWNER_STATUS.get(owner, cues.get(owner, "hypothetical")))
        # asked for ("called for the withdrawal of troops") or foreseen ("clashes are now a distinct possibility")
        statuses += ["hypothetical"] * bool(asked_for(trigger, self.lexicon) or predicated_prospect(trigger, cues))
        statuses += [s for s in [intended_through_phrase(trigger, cues)] if s]  # "preparing for an assault": aimed at
        if any(c.lower_ in BACKGROUND_MARKERS and c.dep_ == "amod" for c in trigger.children):
            statuses.append("historical")
        if any(c.dep_ == "amod" and cues.get(c.lemma_.lower()) == "hypothetical" for c in trigger.children):
            statuses.append("hypothetical")  # "a potential Turkish attack", "possible strikes"
        if generic_subject(trigger):
            statuses.append("hypothetical")
        if generic_plural(trigger):
            statuses.append("kind")  # "attacks on journalists are not just attacks on individuals"
        node = trigger.head if trigger.dep_ in OBJECTS | SUBJECTS | PASSIVE_SUBJECTS and trigger.head.pos_ in ("VERB", "AUX") else None
        if trigger.dep_ == "pobj" and trigger.head.lower_ == "to" and trigger.head.head.lemma_.lower() in COMING_VERBS:
            node = trigger.head.head  # "urged Nato to come to Turkey's aid": the coming carries the aid
        if trigger.dep_ == "pobj" and trigger.head.lower_ in RESULTING_VERBS.get(trigger.head.head.lemma_.lower(), ()):
            node = trigger.head.head  # "could lead to renewed clashes": what results is told as the resulting is
        if node is not None and trigger.dep_ in SUBJECTS | PASSIVE_SUBJECTS and (
                (node.lemma_.lower() in SCHEDULING_WORDS and node.tag_ == "VBN")
                or any(c.dep_ == "acomp" and c.lemma_.lower() in SCHEDULING_WORDS for c in node.children)):
            # "talks are expected in Geneva", "the summit is due on Monday": to come (not "the deal set a deadline")
            statuses.append("planned")
        claimer = claiming_verb(trigger)
        if claimer is not None:
            # "claimed responsibility for the attack", "claimed the attack": the claimant's act, claimed
            node = claimer
            statuses.append("claimed")
        if node is None and self.setting_of(trigger) is not None:
            node = self.setting_of(trigger)  # "will travel to Paris for talks": the talks are as planned as the trip
        if node is not None and trigger.dep_ in OBJECTS and self.answered_proposal(trigger, node):
            pass  # "rejected the Turkish demand": the demand was made; the rejection answers it
        elif node is not None and trigger.dep_ in OBJECTS and self.governing_cue(node):
            statuses.append(self.governing_cue(node))  # "demanded the arrest of", "threatened a strike"
        elif node is not None and trigger.dep_ in OBJECTS and (cues.get(node.lemma_.lower()) == "hypothetical" or node.lemma_.lower() in AVERTING_VERBS):
            statuses.append(cues[node.lemma_.lower()])  # "the Kurds fear an attack": feared; "averted an attack": not done
        return statuses, node

    def _own_statuses(self, trigger: Token) -> list[str]:
        """Cues on the trigger whatever its kind: a kind of person rather than an event, a
        habit, a precedent, a count of nobody."""
        statuses = []
        if trigger.pos_ == "VERB" and trigger.dep_ == "relcl" and trigger.tag_ in ("VBP", "VBZ") and not any(
                c.dep_ in ("aux", "auxpass") for c in trigger.children) and any(
                c.dep_ in SUBJECTS and c.lower_ in RELATIVE_PRONOUNS for c in trigger.children):
            statuses.append("kind")  # "people who kill large numbers", "those who never attack": a kind of person, not an event
        if trigger.dep_ == "acl" and trigger.tag_ == "VBG" and trigger.head.lower_ in GENERIC_HEADS:
            statuses.append("kind")  # "those fighting new wars": whoever does it, not an act done
        if habitual(trigger) or broken_commitment(trigger):
            statuses.append("historical")
        if imperative(trigger):
            statuses.append("hypothetical")  # "'Withdraw your troops,' he told Museveni": asked for, not done
        found = self.triggers.find(trigger) if generic_present(trigger) or errand_of_habit(trigger, generic_present) else None
        if found is not None and (found.coding.event_type not in SPEECH_TYPES or provision(trigger)):
            statuses.append("hypothetical")  # "Isis snipers target those who flee": a habit; "the law allows": a rule
        # (an act of speech in the present is one made now: "Turkey opposes", "we call on";
        # not in a relative clause describing something to come: "the solution will be a deal
        # where the Americans agree with the Russians")
        elif found is not None and trigger.dep_ == "relcl" and self.future_setting(trigger):
            statuses.append("hypothetical")
        if self.precedent(trigger):
            statuses.append("historical")
        if trigger.dep_ == "pcomp" and trigger.head.lower_ == "without":
            statuses.append("negated")  # "struck without seeking UN consent": not done
        if trigger.pos_ == "VERB":
            arguments = [c for c in trigger.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS | OBJECTS]
            if any(negative_quantity(a) for a in arguments):
                statuses.append("negated")  # "none of the nationals were targeted", "killed no one"
        return statuses

    def future_setting(self, clause: Token) -> bool:
        """Whether the noun a relative clause modifies is in a clause told as to come or as
        supposed ("will take the form of a deal where ...", "would be a deal in which ...")."""
        node, steps = clause.head, 0
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i and steps < 8:
            node, steps = node.head, steps + 1
        if node.pos_ not in ("VERB", "AUX"):
            return False
        return any(s in ("planned", "hypothetical", "conditional") for s in self._clause_statuses(node))

    def _clause_statuses(self, node: Token | None) -> list[str]:
        """The cues of the clause a trigger is in and of the clauses above it: negation,
        modals, conditionals, and the verbs and nouns that govern it."""
        statuses = []
        cues = self.lexicon.status_cues
        steps = 0
        contrasted, below = False, None
        while node is not None and steps < 6:
            level = self._cues_on(node)
            if contrasted or (steps and node.lemma_.lower() in RELUCTANCE_VERBS):
                # "did not attack the town but shelled the villages": the first conjunct's "not" is
                # its own; "would not hesitate to strike": it cancels the reluctance, not the act
                level = [s for s in level if s != "negated"]
            elif steps and another_doers_clause(node, below):
                # "did not intend that the Kurds should execute them": another party's "not"
                level = ["disowned" if s == "negated" else s for s in level]
            below = own_subject(node) or controller(node) or below
            contrasted = node.dep_ == "conj" and own_conjunct(node)
            if past_beside_modal(node):
                return statuses + level  # "would monitor the truce and urged both sides": done, not planned
            if prevented(node):
                statuses.append("negated")  # "prevented Turkey from invading": kept from happening
                break
            if node.dep_ in STATUS_CLAUSE_LINKS and node.head.i != node.i and not separate_clause(node):
                head = node.head
                cue = self.directed(head, node) or cues.get(head.lemma_.lower()) or self.governing_cue(head)
                cue = "claimed" if alleged_act(node) else "hypothetical" if warned_against(node) or asked_for(node, self.lexicon) else cue  # "accused Pakistan of backing": alleged
                if (cue is None and extraposed_infinitive(head, node)) or purpose_of_thing(head, node) or preparing_aim(head, node) or present_obligation(head, node):
                    # "it is necessary to withdraw", "the resolution is intended to allow aid in", "we
                    # have to reinforce": a judgement of an act, what a thing is for, or owed, not the act
                    cue = "hypothetical"
                if open_knowledge(head, node):  # "it is not clear whether ...": open, not negated (questions)
                    statuses += level + ["conditional"] * (open_knowledge(head, node) == "open")
                    break
                if time_clause(node) and own_subject(node) is not None and own_past(node):
                    statuses += level  # "will withdraw after Russia brokered a deal": told as done in its own past (timeclauses)
                    break
                if time_clause(node):
                    cue = None  # "what was agreed when Trump met Putin": the meeting is when, not what was agreed
                if cue in ("hypothetical", "threatened") and node.dep_ == "xcomp" and self.object_controlled(head, node):
                    # "warned Assad not to attack", "urged Turkey not to launch": the "not" is part
                    # of what is asked of the object, which is asked for, not a negated fact
                    level = [s for s in level if s != "negated"]
                statuses += level
                if cue is not None and node.dep_ != "conj":
                    statuses.append(cue if cue != "denied" or head.lemma_.lower() == "deny" else "denied")
                node, steps = head, steps + 1
                continue
            statuses += level
            if committed_act(node):
                statuses.append("committed")  # "a commitment to maintain its troops": promised, to come
                break
            if aim_of_noun(node):
                # "the campaign to drive Isis out", "its inability to fight", "efforts to reinforce":
                # an infinitive completing a noun names an aim or a capacity, not an act done
                statuses.append("hypothetical")
                break
            if node.dep_ == "acl" and node.head.pos_ == "NOUN" and node.head.lemma_.lower() in DIRECTIVE_NOUNS and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
                # "his insistence that Turkey not attack": asked for (its "not" is part of the demand)
                statuses = [s for s in statuses if s != "negated"] + ["hypothetical"]
                break
            if node.dep_ == "prep" and node.head.pos_ == "NOUN" and node.head.lemma_.lower() in cues:
                statuses.append(cues[node.head.lemma_.lower()])  # "a playbook of creating proxies to attack"
                break
            if node.dep_ == "acl" and node.head.pos_ == "NOUN" and cues.get(node.head.lemma_.lower()) == "hypothetical":
                # a participle completing a noun of what may come ("the risk, being executed"; the
                # verb "risks being executed" is often read as this noun): it may come, not done
                statuses.append("hypothetical")
                break
            if node.dep_ == "pcomp" or (node.dep_ == "pobj" and node.head.dep_ == "prep"):
                node, steps = node.head.head, steps + 1
                continue
            break
        return statuses

    def _cues_on(self, node: Token) -> list[str]:
        """The negation, modal and conditional cues among one word's dependents."""
        statuses = []
        if node.pos_ in ("VERB", "AUX") and self.after_conditional_phrase(node):
            statuses.append("conditional")  # "in case the groups attack civilians"
        if open_question(node):
            statuses.append("conditional")  # "Did Russia bomb the hospital?", "Will they strike?": asked, whatever its modal
        for child in node.children:
            if child.dep_ == "neg":
                statuses.append("negated")
            elif child.dep_ == "aux" and child.tag_ == "MD":
                # (a modal "'d" is "would": "we'd get killed"; as "had" it is no modal)
                word = "would" if child.lower_ in ("'d", "\u2019d") else child.lower_
                if word in FUTURE_MODALS:
                    statuses.append("planned")
                elif word == "would" and self.reported(node):
                    statuses.append("planned")  # reported speech shifts "will" to "would"
                elif word in self.lexicon.status_cues:
                    statuses.append(self.lexicon.status_cues[word])
            elif child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
                statuses.append("conditional")  # "if they attack", "whether they were killed"
            elif child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in child.children):
                statuses.append("conditioned")  # "will not attack unless provoked"
            elif years_back(child):
                statuses.append("historical")  # "killed two militants a few years ago": background
        return statuses

    @staticmethod
    def after_conditional_phrase(clause: Token) -> bool:
        """Whether a clause begins with, or comes right after, a conditional phrase ("in case
        the groups attack"): the parse hangs "in case" from the clause or from the verb before
        it, so the words are read."""
        doc, edge = clause.doc, clause.left_edge.i
        pairs = [(edge - 2, edge - 1), (edge, edge + 1)]
        return any(a >= clause.sent.start and b < clause.i and (doc[a].lower_, doc[b].lower_) in CONDITIONAL_PHRASES for a, b in pairs)

    def precedent(self, trigger: Token) -> bool:
        """An earlier member of a series that ends "and now <event>", told before the
        sentence's main verb: "The raid on Abbottabad, the bombing of Balakot, and now Iran's
        strikes have all taken place undetected" lists precedents (past events) before the
        one the report is about. Read from the words, as the parse of such lists varies."""
        sentence = trigger.sent
        for now in sentence:
            if now.lower_ != "now" or now.i - 1 <= sentence.start or now.doc[now.i - 1].lower_ != "and" or trigger.i >= now.i - 1:
                continue
            before = now.doc[sentence.start:now.i]
            if any(t.dep_ == "ROOT" for t in before):
                continue  # "and now" after the main verb joins clauses, not a list of events
            after = now.doc[now.i + 1:min(now.i + 8, sentence.end)]
            if any(t.pos_ == "NOUN" and self.triggers.noun_coding(t) is not None for t in after):
                return True
        return False

    def setting_of(self, noun: Token) -> Token | None:
        """The verb whose subject took part in the talks or call a noun names ("said in a phone
        call with", "travelled to Paris for talks"; see `ArgumentReader.noun_arguments`)."""
        prep = governing_preposition(noun)
        if noun.dep_ != "pobj" or prep.lower_ not in CONSULT_SETTING_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
            return None
        coding = self.triggers.noun_coding(noun)
        return prep.head if coding is not None and coding.event_type == "CONSULT" else None

    @staticmethod
    def object_controlled(verb: Token, clause: Token) -> bool:
        """Whether an infinitive clause's doer is the verb's object ("warned Assad not to attack",
        "told Pakistan not to"): the verb has an object before the clause."""
        return any(c.dep_ in OBJECTS and c.i < clause.i for c in verb.children)

    def directed(self, verb: Token, clause: Token) -> str | None:
        """"hypothetical" for what a directive verb asks another party to do ("wants Moscow to
        withdraw", "told the US to leave"): asked for, not done, nor the asker's own plan."""
        directive = self.triggers.directive_clause(verb) if verb.lemma_.lower() in DIRECTIVE_VERBS else None
        if directive is not None and directive.i == clause.i:
            return "hypothetical"
        if (verb.lemma_.lower() in DIRECTIVE_VERBS and clause.dep_ == "xcomp" and self.object_controlled(verb, clause)
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)):
            return "hypothetical"  # "told the residents to surrender": told to, whoever they are, not done
        if clause.dep_ == "xcomp" and prepositional_controllers(verb, clause):
            return "hypothetical"  # "called on Rwanda to withdraw": asked of the one addressed, not done
        return None

    def governing_cue(self, verb: Token) -> str | None:
        """The status a verb gives to the action it asks for, threatens or refuses (a phrasal
        request with a "for" clause too: "pushing for the fighters to be allowed")."""
        coding = self.lexicon.verbs.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
        if coding is None and verb.pos_ == "VERB" and self.triggers.for_clause_mark(verb) is not None:
            coding = self.lexicon.particles.get((verb.lemma_.lower(), "for"))
        return {"REQUEST": "hypothetical", "THREATEN": "threatened", "REJECT": "negated"}.get(coding.event_type) if coding else None

    def announced(self, trigger: Token) -> bool:
        """Whether a plan is told as the doer's announcement rather than as the report's own
        schedule. A future tells what the doer has made known ("Pakistan will expel the
        ambassador", "said it would strike", "vowed to"); a word of a schedule with no verb of
        saying or of intent above it ("are due to meet", "is set to host", "is expected to hold
        talks") tells a future event, which no one is said to have announced. So does a trip
        for talks or to a summit ("will travel to Paris for talks"), unless a verb of saying or
        of intent above it tells the trip as announced."""
        node, steps, trip = trigger, 0, False
        while steps < 8:
            lemma = node.lemma_.lower()
            if node.i != trigger.i and node.pos_ in ("VERB", "AUX", "ADJ"):
                if lemma in self.lexicon.speech_verbs:
                    return True
                if lemma in SCHEDULING_WORDS or any(c.dep_ == "acomp" and c.lemma_.lower() in SCHEDULING_WORDS or destined(c) for c in node.children):
                    return False  # (also "the summit is due": the adjective of the predicate; "are to meet": timeclauses)
                if any(self.lexicon.status_cues.get(a.lemma_.lower()) == "hypothetical" for a in (node, *node.children) if a.pos_ == "ADJ" and a.dep_ == "acomp"):
                    return False  # "it is likely (that) Moscow will side with Ankara": a guess at what may come
                if lemma in PREDICTION_VERBS:
                    return False  # "experts predict Russia will bomb Idlib": a guess by others, not Russia's word
                if self.lexicon.status_cues.get(lemma) in ("planned", "threatened"):
                    return True
                trip = trip or (lemma in TRIP_VERBS and trigger.pos_ == "NOUN")
            if node.head.i == node.i:
                break
            node, steps = node.head, steps + 1
        return not trip

    def reported(self, verb: Token) -> bool:
        """Whether a clause is the complement of a speech verb ("X said it would ...") or of a
        noun of announcement ("a US announcement that it would build a force")."""
        if verb.dep_ in ("acl", "ccomp") and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in ANNOUNCEMENT_NOUNS:
            return True
        return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.lexicon.speech_verbs
