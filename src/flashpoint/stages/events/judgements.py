"""Reading judgements and demands in what a verb of saying reports: "said Iraq must
cooperate" (a demand), "said Turkey had behaved shamefully" (an accusation), "called the
decision a mistake", "regards the YPG as terrorist". A part of `TriggerFinder` (triggers.py),
kept apart for size; its methods use the finder's `lexicon`."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import table, words
from .appeals import quoted_imperatives, subjunctive
from .commitments import FUTURE_AUXILIARIES
from .syntax import attitude, said_clauses, subject
from .words import (AIM_NOUNS, CAUSATIVE_VERBS, DEONTIC, DEONTIC_VERBS, EVALUATION_WORDS, EXPECTATION_WORDS, GENERIC_HEADS, INDEFINITE_ARTICLES, INFLICTED_STATES,
                    JUDGEMENT_CARRIERS, JUDGEMENT_TYPES, OBJECTS, OPINION_VERBS, PASSIVE_SUBJECTS, POSED_DANGERS, POSING_VERBS, PROPOSAL_NOUNS, SELF_PRONOUNS,
                    SPEAKER_COGNITION_VERBS, STANCE_NOUNS, SUBJECTS)


NEGATED_BLAME_WORDS = frozenset(words("events", "negated_blame_words"))
RULE_BREAKING = {key: frozenset(value) for key, value in table("events", "rule_breaking").items()}


class JudgementReading:
    """Methods of `TriggerFinder` for statements of judgement and of obligation."""

    def demand_clause(self, verb: Token) -> Token | None:
        """The complement of a speech verb that says what someone must do ("said Iraq must
        cooperate", "insisted refugees need to return"): a reported obligation is a demand on
        the clause's subject; also a clause after a noun of stance it states ("signalled his
        determination that the US should not leave"). A quoted imperative is a demand on whom
        it is said to, and a subjunctive after "insist" one on its subject (appeals.py)."""
        if verb.lemma_.lower() in OPINION_VERBS:
            return None  # "believes government should emote": a view of what ought to be
        if quoted_imperatives(verb):
            return quoted_imperatives(verb)[0]
        stances = [c for o in verb.children if o.dep_ in OBJECTS and o.lemma_.lower() in STANCE_NOUNS for c in o.children if c.dep_ in ("acl", "ccomp")]
        for clause in [*said_clauses(verb), *stances]:
            subjects = [c for c in clause.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
            if not subjects or self_pronoun(subjects[0]):
                continue  # "said we need to talk": the speaker's own commitment, not a demand
            if subjects[0].lower_ in GENERIC_HEADS:
                continue  # "said anyone who returns must expect to be questioned": a rule for whoever fits, asked of no party
            if self.obligation(clause) or subjunctive(verb, clause):
                return clause
        return None

    @staticmethod
    def obligation(clause: Token) -> bool:
        """Whether a clause lays an obligation on its subject: a modal of obligation ("must
        cooperate", "should stop") or "need to"; not one of expectation ("should be able to",
        "should be ready": what the speaker expects, not what they demand)."""
        if any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in EXPECTATION_WORDS for c in clause.children):
            return False
        if clause.lemma_.lower() == "be" and any(c.dep_ in SUBJECTS and c.lower_ in AIM_NOUNS for c in clause.children):
            return False  # "our priority must always be public safety": what the aim is
        if any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in clause.children):
            return True
        return clause.lemma_.lower() in DEONTIC_VERBS and clause.pos_ == "VERB" and any(c.dep_ == "xcomp" for c in clause.children)

    def evaluation_clause(self, verb: Token) -> tuple[Token, str] | None:
        """The complement of a speech verb that judges its subject, and the act the judgement
        is: "said Damascus had committed crimes" accuses Damascus, "said the Kurds were heroes"
        praises them. Not a negated judgement ("said Iran was not a terrorist state"), nor one
        of the speaker's own side ("said we were brave"). A judgement of a proposal, demand or
        claim ("said the demands were unrealistic") rejects it. A clause coordinated with the
        complement is said too ("said Iran was a big country and its forces had committed war
        crimes"), as the main clauses of a quoted sentence are (`quoted_statements`)."""
        complements = said_clauses(verb)
        complements += [j for c in complements for j in c.children if j.dep_ == "conj" and j.pos_ in ("VERB", "AUX")]
        # "said: 'We understand that the Kurds have been instrumental'": the speaker's own view
        complements += [k for c in complements if c.lemma_.lower() in SPEAKER_COGNITION_VERBS and not any(n.dep_ == "neg" for n in c.children)
                        and any(s.dep_ in SUBJECTS and self_pronoun(s) for s in c.children) for k in c.children if k.dep_ == "ccomp"]
        for clause in complements:
            subjects = [c for c in clause.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
            if not subjects and clause.dep_ == "conj":
                subjects = subject(clause)[0]  # "said Iran was big and had behaved shamefully"
            if not subjects or subjects[0].lower_ in GENERIC_HEADS:
                # ("everybody appreciates that", "anyone who goes there is in danger": a
                # pronoun of whoever fits names no party to judge)
                continue
            if attitude(clause) is not None:
                return clause, attitude(clause)[0]
            if self_pronoun(subjects[0]):
                continue
            event_type = self.judgement(clause)
            if event_type is None:
                continue
            if event_type == "ACCUSE" and subjects[0].lemma_.lower() in PROPOSAL_NOUNS:
                event_type = "REJECT"
            if event_type == "THREATEN" and not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in clause.children):
                continue  # "said the Kurds faced consequences": a price paid is told, not foretold
            return clause, event_type
        return None

    def regard_judgement(self, verb: Token) -> tuple[Token, str] | None:
        """The one a verb of regarding or naming judges, and the act the judgement is:
        "regards the YPG as a terrorist organisation", "called the minister a hypocrite",
        "described the fighters as heroes" (the object; in the passive, the subject: "the
        group is seen as terrorist by Ankara"). The judgement is in the predicative: the
        object of "as" or the object complement, with its modifiers. A standing view is no
        statement: not in a relative clause ("fighters whom Ankara regards as terrorists"),
        nor in the present unless someone is reported saying it ("Turkey regards the YPG as
        terrorist" against "Yildirim said: 'We see the YPG as terrorist'")."""
        said = verb.dep_ in ("ccomp", "conj") and verb.head.lemma_.lower() in self.lexicon.speech_verbs
        if verb.dep_ == "relcl" or (verb.tag_ in ("VBZ", "VBP") and not said):
            return None
        judged = next((c for c in verb.children if c.dep_ in OBJECTS | PASSIVE_SUBJECTS), None)
        if judged is None or judged.pos_ not in ("NOUN", "PROPN", "PRON") or any(c.dep_ == "neg" for c in verb.children):
            return None
        predicatives = [c for c in verb.children if c.dep_ == "oprd"]
        # "called Washington's decision a grave mistake": the parse may hang the object
        # complement from the object as an apposition; an indefinite one not set off by a
        # comma is a description ("called Assad, a close ally, on Monday" phoned him)
        predicatives += [a for a in judged.children if a.dep_ == "appos" and not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
                         and any(d.dep_ == "det" and d.lower_ in INDEFINITE_ARTICLES for d in a.children)
                         and not verb.doc[a.left_edge.i - 1].is_punct]
        predicatives += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ in ("pobj", "amod", "pcomp")]
        for predicative in predicatives:
            words = [predicative, *(m for m in predicative.children if m.dep_ in ("amod", "compound", "advmod"))]
            words += [o for p in predicative.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            event_type = next((EVALUATION_WORDS[w.lemma_.lower()] for w in words if w.lemma_.lower() in EVALUATION_WORDS), None)
            if event_type is not None:
                return judged, event_type
        return None

    def judgement(self, clause: Token) -> str | None:
        """The act (ACCUSE, SUPPORT) a clause's predicate judges its subject by, if it holds a
        word of judgement: the verb and its manner adverbs ("had behaved shamefully"), the head
        of its attribute or object with their modifiers ("was a brutal act of aggression",
        "committed war crimes"); not words deeper in ("advanced into areas held by the
        terrorists" judges no one). The open complement of a verb of going on, trying or
        seeming is the predicate too ("continues to inflict brutal suffering"). Not a negated
        predicate, nor a verb that is its subject's own act of judging ("said Iran thanked
        Russia": Iran thanks)."""
        predicates = [clause]
        while predicates[-1].lemma_.lower() in JUDGEMENT_CARRIERS:
            complement = next((c for c in predicates[-1].children if c.dep_ == "xcomp"), None)
            if complement is None:
                break
            predicates.append(complement)
        # a participle clause hung on a predicate, with no subject or conjunction of its own,
        # tells more of what its subject does ("said Turkey was blocking aid, undermining the
        # truce"), as do its conjuncts ("..., slowing and manipulating the issue")
        participles = [a for p in predicates for a in p.children if a.dep_ == "advcl" and a.tag_ == "VBG"
                       and not any(c.dep_ in SUBJECTS | {"mark"} for c in a.children)]
        predicates += participles + [c for a in participles for c in a.children if c.dep_ == "conj" and c.tag_ == "VBG"]
        if any(c.dep_ == "neg" for p in predicates for c in p.children):
            return negated_judgement(predicates[0])
        attributes = [c for c in predicates[0].children if c.dep_ in ("attr", "acomp")]
        if any(c.dep_ == "neg" for a in attributes for c in a.children):
            return negated_judgement(predicates[0])  # (the parse may hang "not" on the attribute: "was not a smart idea")
        for predicate in predicates:
            heads = [c for c in predicate.children if c.dep_ in ("attr", "acomp", "oprd", "dobj")]
            heads += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            manner = [c for c in predicate.children if c.dep_ == "advmod"]
            if predicate.lemma_.lower() == "be" and breaks_rule(predicate):
                return "ACCUSE"  # "was in breach of the truce", "was against international law"
            if predicate.lemma_.lower() in POSING_VERBS and any(h.dep_ == "dobj" and h.lemma_.lower() in POSED_DANGERS for h in heads):
                return "ACCUSE"  # "posed a threat to the region": blamed as a danger
            if predicate.lemma_.lower() in CAUSATIVE_VERBS and any(c.dep_ in ("ccomp", "xcomp", "oprd", "dobj") and c.lemma_.lower() in INFLICTED_STATES
                                                                   for c in predicate.children):
                return "ACCUSE"  # "was making life hell for civilians": the lot made is the maker's doing
            own_act = self.lexicon.verbs.get(predicate.lemma_.lower())
            own_type = own_act.event_type if own_act is not None and own_act.event_type in JUDGEMENT_TYPES else None
            words = [predicate, *manner, *heads, *(m for h in heads for m in h.children if m.dep_ in ("amod", "compound", "advmod"))]
            for word in words:
                event_type = EVALUATION_WORDS.get(word.lemma_.lower())
                if own_type is not None and event_type in (None, own_type):
                    # the subject's own judging ("said Iran thanked Russia"), and what it
                    # judges by, of its kind, is its word too ("said the US recognised
                    # Turkey's legitimate right"); of the other kind, the speaker's
                    # ("said the US was supporting terrorists")
                    continue
                if event_type is not None:
                    return event_type
        return None


def negated_judgement(predicate: Token) -> str | None:
    """The act a negated predicate judges by: none, as a rule ("said Iran was not a terrorist
    state"); blame when what is denied is wisdom or fitness ("was not a very smart idea", "was
    not helpful", `negated_blame_words`), the attribute's head or its modifiers."""
    heads = [c for c in predicate.children if c.dep_ in ("attr", "acomp")]
    words = [*heads, *(m for h in heads for m in h.children if m.dep_ in ("amod", "advmod"))]
    return "ACCUSE" if any(w.lemma_.lower() in NEGATED_BLAME_WORDS for w in words) else None


def breaks_rule(copula: Token) -> bool:
    """Whether a copular predicate puts its subject outside a rule: "in" a word of blame
    ("was in breach of", "in violation of"), "against" or "contrary to" a law or accord
    (`rule_breaking`)."""
    for prep in copula.children:
        if prep.dep_ != "prep":
            continue
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ == "in" and any(EVALUATION_WORDS.get(o.lemma_.lower()) == "ACCUSE" for o in objects):
            return True
        if prep.lower_ in RULE_BREAKING["prepositions"] and any(o.lemma_.lower() in RULE_BREAKING["rules"] for o in objects):
            return True
    contrary = [o for a in copula.children if a.dep_ == "acomp" and a.lower_ in RULE_BREAKING["adjectives"]
                for p in a.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in RULE_BREAKING["rules"] for o in contrary)


def self_pronoun(token: Token) -> bool:
    """The speaker's own pronoun ("we", "I"), not the abbreviation "US"."""
    return token.lower_ in SELF_PRONOUNS and not token.text.isupper() or token.text == "I"
