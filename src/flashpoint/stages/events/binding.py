"""Where a pronoun finds its antecedent inside its own sentence, by the binding preferences of
the clause it is in (`participants.ParticipantResolver.antecedent` asks these first):

- a possessive ("its", "their", "his", "her") looks first to the subject of its own clause
  (`local_antecedent`). A possessive is not bound by principle B (an object pronoun is: "Egypt
  said Israel must stop attacking it" is Egypt), and the reading readers give it first is the
  nearest subject that agrees with it: "The Egyptian minister said that Israel must halt its
  offensive" (Israel's offensive, not Egypt's), "Egypt urged Israel to halt its offensive"
  (the controller of "to halt": Israel), "Hamas, which said its fighters ..." (the noun the
  relative clause modifies). In the reason for an act aimed at someone ("for", "over",
  "about": `REASON_PREPS`) it is that someone's, the clause's object: "Britain condemned Russia
  for its invasion", "sanctioned Iran over its support".
- a subject pronoun of a clause coordinated with another ("Isis has sought to sow chaos, and
  it has continued attacks") or conceding something beside it ("The EU backs the deal, even
  if it criticises Iran") continues that clause's subject (subject parallelism), not a nearer
  mention inside it (`attached_subject`). Not in a clause of time, cause or condition: "Israel
  struck Hamas after it fired rockets" (Hamas fired; the search goes on as before). When that
  subject is the same pronoun, the two corefer, also when the text never says who it is: in
  "they bombed the hospital, and they blew up the waterworks" the second "they" is unknown as
  the first is (`UNRESOLVED`), never the hospital;
- a reflexive ("itself", "themselves") is bound in its own clause (principle A): "Syria had only
  itself to blame" (`local_antecedent` too);
- principle B holds for an understood subject too: "the army used cannons to shoot them down"
  (`bound_words`): "them" is not the army; and for the party a subject names, wherever else it
  is named: "Turkey urged them" is not "Turkish officials" met before (`bound_parties`).

Agreement: "its"/"it" a singular state, organisation, group or office; "their"/"they" a
plural, coordinated nouns or a group (a collective); "his"/"he", "her"/"she" a person.

One pragmatic exception: a party does not attack, arrest, accuse, threaten or reject what is
its own. When an act aimed at another (`OTHER_AIMED_TYPES`) lies between a possessed thing and
its clause ("Iran accused Israel of attacking its embassy", "Hamas said Israel carried out a
raid on its base"), the possessor is someone outside the clause. (The possessor of an act is
its doer: "attacked Idlib in its first assault" is the attacker's.)
"""

from __future__ import annotations

from spacy.tokens import Token

from ...language.coreference import bound_subjects, relative_head
from .syntax import subject
from .words import (ATTACHED_CLAUSES, CONCESSIVE_MARKS, OBJECTS, OTHER_AIMED_TYPES, PASSIVE_SUBJECTS, REASON_PREPS, RELATIVE_PRONOUNS, SELF_PRONOUNS,
                    SUBJECTS)

# the subject pronoun each possessive agrees with, and the kinds of actor it can stand for
_SUBJECT_PRONOUN = {"its": "it", "their": "they", "his": "he", "her": "she"}
_POSSESSIVE = {v: k for k, v in _SUBJECT_PRONOUN.items()}
_GROUPS = frozenset({"state", "igo", "group", "sector"})
_KINDS = {"its": _GROUPS, "their": _GROUPS, "his": frozenset({"person"}), "her": frozenset({"person"})}
_REFLEXIVE = {"itself": "its", "themselves": "their", "himself": "his", "herself": "her"}
_PLURAL_TAGS = {"NNS", "NNPS"}
# what `attached_subject` returns when the subject it continues is the same pronoun, unresolved
UNRESOLVED = object()


def own_clause(pronoun: Token) -> tuple[Token | None, list[Token]]:
    """The verb of the clause a possessive pronoun is in, and the words between the phrase it
    possesses and that verb (the phrase's own head left out: "its offensive" is "its" doer's)."""
    between: list[Token] = []
    word = pronoun.head
    while word.head.i != word.i:
        word = word.head
        if word.pos_ in ("VERB", "AUX"):
            return word, between
        between.append(word)
    return (word, between) if word.pos_ in ("VERB", "AUX") else (None, between)


def local_antecedent(people, pronoun: Token, sentence_index: int):
    """The subject of the pronoun's own clause when it agrees with a possessive pronoun (see the
    module's doc), else None. `people` is the `ParticipantResolver` that resolves the subject."""
    lower = pronoun.lower_
    if lower in _REFLEXIVE:
        return _reflexive_antecedent(people, pronoun, sentence_index)
    if pronoun.dep_ != "poss" or lower not in _KINDS:
        return None
    verb, between = own_clause(pronoun)
    if verb is None:
        return None
    if people.triggers.noun_coding(pronoun.head) is None:
        for word in (*between, verb):
            coding = people.lexicon.verbs.get(word.lemma_.lower()) if word.pos_ in ("VERB", "AUX") else people.triggers.noun_coding(word)
            if coding is not None and coding.event_type in OTHER_AIMED_TYPES:
                return None  # "accused Israel of attacking its embassy": not Israel's own
    if between and between[0].dep_ == "prep" and between[0].lower_ in REASON_PREPS:
        # the reason for an act aimed at someone is their deed: "condemned Russia for its invasion"
        for aimed in (c for c in verb.children if c.dep_ in OBJECTS):
            mention = _subject_mention(people, aimed, lower, sentence_index)
            if mention is not None:
                return mention
    for doer in subject(verb)[0]:
        # (a subject after the pronoun is not looked to: a possessive in an adjunct put before
        # its clause refers back as often as forward, "After their defeat, the Taliban ...")
        if pronoun in doer.subtree or doer.i > pronoun.i:
            continue  # "Egypt said its army ...": the phrase that holds "its" is no antecedent
        return _subject_mention(people, doer, lower, sentence_index)
    return None


def _reflexive_antecedent(people, pronoun: Token, sentence_index: int):
    """A reflexive is bound in its own clause (principle A): "Syria had only itself to blame",
    "the Houthis blamed themselves" are Syria, the Houthis. None when the clause names no
    subject that agrees ("the right to defend itself": the clauses above decide)."""
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    doers = [d for d in subject(verb)[0] if pronoun not in d.subtree]
    return _subject_mention(people, doers[0], _REFLEXIVE[pronoun.lower_], sentence_index) if doers else None


def attached_subject(people, pronoun: Token, sentence_index: int, eligible):
    """The subject of the clause a subject pronoun's clause is coordinated with or subordinate
    to, when it agrees with the pronoun and is `eligible` (see the module's doc), `UNRESOLVED`
    when that subject is the same pronoun and refers to no one known, else None."""
    form = _POSSESSIVE.get(pronoun.lower_)
    clause = pronoun.head
    concessive = clause.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in CONCESSIVE_MARKS for c in clause.children)
    if form is None or pronoun.dep_ not in SUBJECTS or not (clause.dep_ in ATTACHED_CLAUSES or concessive) or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    for doer in subject(clause.head)[0]:
        if doer.i < pronoun.i:
            mention = _subject_mention(people, doer, form, sentence_index)
            if mention is None and doer.lower_ == pronoun.lower_:
                return UNRESOLVED
            return mention if mention is not None and eligible(mention) else None
    return None


def _subject_mention(people, doer: Token, possessive: str, sentence_index: int):
    """The actor a subject names when it agrees with a pronoun (given by its possessive form),
    else None: a relative pronoun stands for the noun its clause modifies, a personal pronoun
    for its own antecedent (when it is the same pronoun: "it ... its")."""
    doer = relative_head(doer, RELATIVE_PRONOUNS)  # "Hamas, which said its fighters ...": Hamas
    if doer.pos_ == "PRON":
        if doer.lower_ != _SUBJECT_PRONOUN[possessive]:
            return None
        mention = people.resolve(doer, sentence_index)
    else:
        mention = people._named_actor(doer)
        if mention is not None and not _agrees(possessive, doer, mention):
            return None
    return mention if mention is not None and mention.kind in _KINDS[possessive] else None


def _agrees(possessive: str, head: Token, mention) -> bool:
    """Number agreement of a named subject: "its" a singular, "their" a plural (or nouns
    coordinated: "Moscow and Tehran") or a group."""
    plural = head.tag_ in _PLURAL_TAGS or bool(head.conjuncts)
    if possessive == "its":
        return not plural
    if possessive == "their":
        return plural or mention.kind == "group"
    return True


def bound_words(pronoun: Token) -> list[Token]:
    """The subjects an object pronoun cannot refer to (binding principle B): those of the clause
    whose object it is ("Erdogan urged him" is not Erdogan), also when that clause's subject is
    understood ("the army used cannons to shoot them down": not the army)."""
    bound = bound_subjects(pronoun, objects=OBJECTS, subjects=SUBJECTS, relatives=RELATIVE_PRONOUNS)
    if bound:
        return bound
    verb = pronoun.head if pronoun.dep_ in OBJECTS else pronoun.head.head if pronoun.dep_ == "pobj" else None
    if verb is None or verb.pos_ != "VERB" or any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in verb.children):
        return []
    doers = subject(verb)[0]
    if not doers and verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        doers = subject(verb.head)[0]  # an infinitive of purpose: its clause's subject acts ("used cannons to shoot them")
    return [d for d in doers if d.i != pronoun.i]


def bound_parties(people, bound: list[Token]) -> frozenset[str]:
    """The parties the subjects an object pronoun cannot refer to name (`bound_words`): nor can
    it refer to another mention of the same party. In "Rebel commanders met Turkish officials.
    Turkey urged them to withdraw" they are the commanders, not the officials: a party urging
    itself is no reading. `people` is the `ParticipantResolver` that names the subjects."""
    return frozenset(m.name for m in map(people._named_actor, bound) if m is not None)


def first_person_clause(pronoun: Token) -> bool:
    """Whether the clause a pronoun is in has "I" or "we" for its subject."""
    clause = pronoun.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    return any(c.dep_ in SUBJECTS and c.lower_ in SELF_PRONOUNS for c in clause.children)
