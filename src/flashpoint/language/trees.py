"""Walks over a dependency parse that more than one stage makes: how far a word hangs below
another within one clause, the participles said with a verb of saying, and the nouns that
count or group others ("a round of talks", "a wave of strikes")."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from ..lexicon import words

PARTITIVE_NOUNS = words("events", "partitive_nouns")


def steps_up(token: Token, targets: Collection[int], limit: int = 10) -> int | None:
    """Steps from a token up the tree to one of the `targets` (token indices), not passing
    through another verb on the way (an auxiliary is no verb of its own); None if no target is
    reached within `limit` steps."""
    steps = 0
    while steps <= limit:
        if token.i in targets:
            return steps
        if steps > 0 and token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return None
        if token.head.i == token.i:
            return None
        token, steps = token.head, steps + 1
    return None


def speaking_participles(verb: Token) -> list[Token]:
    """The participles said with a verb ("Speaking after a meeting in London on Monday,
    Yildirim said": the speaking and the saying are one act); not a perfect one ("Having met
    ... on Monday", which is before)."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
            and not any(a.lemma_ == "have" for a in c.children if a.dep_ == "aux")]


def partitive_carrier(noun: Token) -> Token:
    """The noun that counts or groups an event noun ("a sixth round of talks", "a wave of
    strikes"), which stands for it in its clause ("a round of talks is due to resume": the talks
    are to come; "launched a wave of strikes": the strikes are launched); else the noun itself."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.lower_ in PARTITIVE_NOUNS:
        return head.head
    return noun


def main_clause_act(trigger: Token) -> bool:
    """Whether a trigger tells its sentence's main act: the main verb, one joined to it, or its
    object ("Trump announced the withdrawal"); not an act embedded in another ("accused the US
    of funding the militants": alleged, no act the sentence tells as done)."""
    verb = trigger.head if trigger.dep_ in ("dobj", "obj", "dative") else trigger
    verb = verb.head if verb.dep_ == "conj" else verb
    return verb.dep_ == "ROOT"


def elided_noun(count: Token) -> Token | None:
    """The noun a bare count subject of a passive (those acted on) leaves out, said in the subject of the clause it is
    coordinated with: "a Turkish soldier was killed and three were wounded", "three soldiers
    died and another seven were injured" (three, seven: soldiers). None for a count with a noun
    or an "of" phrase of its own, or with no such clause."""
    if not count.like_num or count.dep_ != "nsubjpass" or any(
            c.dep_ not in ("det", "advmod", "quantmod") for c in count.children):
        return None
    verb = count.head
    clauses = [verb.head] if verb.dep_ == "conj" else []
    clauses += [c for c in verb.children if c.dep_ == "conj"]
    nouns = [s for v in clauses if v.pos_ in ("VERB", "AUX") for s in v.children
             if s.dep_ in ("nsubj", "nsubjpass", "dobj") and s.pos_ == "NOUN" and s.i != count.i]
    # the counted noun, whichever its role ("the army lost 20 tanks and 12 were captured":
    # tanks), else the subject ("a soldier was killed and three were wounded")
    counted = [n for n in nouns if any(c.dep_ == "nummod" for c in n.children)]
    subjects = [n for n in nouns if n.dep_ != "dobj"]
    return (counted or subjects or [None])[0]


def separate_clause(clause: Token) -> bool:
    """Whether a clause the parse hangs under a later verb is set off from it by a semicolon
    ("India accused Pakistan of backing the attackers; Islamabad denied any role": the
    accusation is no complement of the denial). A semicolon joins independent clauses."""
    head = clause.head
    return clause.i < head.i and any(t.text == ";" and t.head.i in (head.i, clause.i) for t in clause.doc[clause.i:head.i])


RECORD_NOUNS = words("events_syntax", "record_nouns")


def record_modifier(gerund: Token) -> bool:
    """Whether an -ing form names what a record shows, not an act: "viewed beheading videos",
    "posted torture footage". The parse often reads the gerund as a verb and the record as its
    object; a video is no one an act is done to, and nothing comes between the two."""
    objects = [c for c in gerund.children if c.dep_ == "dobj"]
    return (gerund.tag_ == "VBG" and len(objects) == 1 and objects[0].i == gerund.i + 1
            and objects[0].lemma_.lower() in RECORD_NOUNS)


def object_of_phrases(verb: Token) -> list[Token]:
    """The "of" phrases the parse hung on a verb's direct object rather than on the verb:
    "stripped the cleric of his nationality" reads "of his nationality" as the cleric's, though
    it is the verb's own (what the cleric lost)."""
    return [p for o in verb.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep" and p.lower_ == "of"]


# Links that open a clause of its own, told apart from the phrase it hangs on: what is said
# ("protesters said the strikes killed ten"), a clause beside it, a clause joined by "and".
OWN_CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "conj", "csubj"})


def governing_word(token: Token, lemmas: Collection[str], limit: int = 12) -> Token | None:
    """The word of a class (`lemmas`) a word hangs below through phrases and purpose clauses,
    or the subject of a clause it so hangs below: "protests against Turkish attacks", "the
    protests were part of a day of action to raise awareness of Turkish attacks" (attacks ->
    protests). Not through a clause of its own (`OWN_CLAUSE_DEPS`: "protesters said Turkish
    attacks had killed ten"). None if no such word is reached within `limit` steps."""
    steps = 0
    while steps < limit and token.head.i != token.i and token.dep_ not in OWN_CLAUSE_DEPS:
        token, steps = token.head, steps + 1
        if token.lemma_.lower() in lemmas:
            return token
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in lemmas]
        if subjects:
            return subjects[0]
    return None


def linked_nouns(verb: Token, nouns: Collection[str], links: Collection[str], limit: int = 4) -> list[Token]:
    """The nouns of a class (`nouns`, lemmas) a verb governs through a chain of link words
    only (`links`, lower-cased): with links such as "ahead", "of", "in", "preparation", "for",
    "massed troops ahead of an offensive" and "massing in preparation for the assault" give
    the offensive and the assault; "massed troops near the town" gives none."""
    found = []
    for token in verb.subtree:
        if token.i == verb.i or token.lemma_.lower() not in nouns or token.pos_ != "NOUN":
            continue
        link, steps = token.head, 0
        while link.i != verb.i and steps < limit and (link.lower_ in links or link.lemma_.lower() in links):
            link, steps = link.head, steps + 1
        if link.i == verb.i and steps > 0:
            found.append(token)
    return found


COUNT_WORDS = frozenset(words("events_syntax", "count_words"))
# Words that join a gapped clause to the one it leaves its verb to ("and thousands from Afghanistan").
GAP_JOINERS = frozenset({"and", "but", "while"})


def _count(token: Token) -> bool:
    return token.like_num or token.lower_ in COUNT_WORDS or any(c.dep_ == "nummod" for c in token.children)


def gapped_remnants(pobj: Token) -> list[Token]:
    """The objects of the same preposition in a gapped clause after a phrase: a clause that
    leaves out the verb and keeps a count of its object and a phrase of the same preposition
    ("withdraw all 2,000 troops from Syria, and thousands from Afghanistan", "the withdrawal of
    2,000 troops from Syria and 7,000 from Afghanistan": Afghanistan). The parse hangs the
    remnants anywhere; they are read from the words: "and" (or "but", "while"), a count, the
    same preposition, with no verb between the first phrase and the second."""
    prep = pobj.head
    if pobj.dep_ != "pobj" or prep.dep_ != "prep" or prep.i >= pobj.i:
        return []
    doc, out = pobj.doc, []
    for other in pobj.sent:
        if other.i <= pobj.i or other.dep_ != "prep" or other.lower_ != prep.lower_:
            continue
        count = doc[other.i - 1]
        joiner = doc[count.left_edge.i - 1] if count.left_edge.i > 0 else count
        if not _count(count) or joiner.lower_ not in GAP_JOINERS:
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in doc[pobj.i + 1:other.i]):
            continue
        out += [o for o in other.children if o.dep_ == "pobj"]
    return out


def controller(clause: Token) -> Token | None:
    """The doer of an infinitive an object controls: the verb's object before it ("to force
    Russia to negotiate": Russia negotiates), as a clause's own subject is its doer."""
    if clause.dep_ != "xcomp":
        return None
    return next((c for c in clause.head.children if c.dep_ in ("dobj", "obj") and c.i < clause.i), None)


def infinitival_relative_noun(clause: Token) -> Token | None:
    """The noun an infinitival relative clause modifies when the parse made the clause the
    subject of the sentence's verb and the noun the subject of the infinitive: in "the last
    people to flee the fighting were screened by the troops", "the first troops to enter the
    town found it empty" the people were screened, the troops found it. None for a true
    clausal subject: one with no subject of its own ("to attack Iran would be a mistake") or
    one opened by "for" ("for Turkey to attack would be a mistake")."""
    if clause.dep_ not in ("csubj", "csubjpass") or clause.tag_ != "VB":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) or any(c.dep_ == "mark" for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i and c.pos_ in ("NOUN", "PROPN")), None)


def shared_objects(verb: Token) -> list[Token]:
    """The objects a verb shares with the verb joined right after it ("arrested and charged
    three men", "shot and wounded two Palestinians": the men were arrested too): the parse hangs
    them on the second verb only. Only where the first verb has no object of its own and the two
    are next to each other, joined by "and" or "or"."""
    if any(c.dep_ in ("dobj", "obj") for c in verb.children) or verb.i + 2 >= len(verb.doc):
        return []
    joiner, second = verb.doc[verb.i + 1], verb.doc[verb.i + 2]
    if joiner.lower_ not in ("and", "or") or second.dep_ != "conj" or second.head.i != verb.i or second.pos_ != "VERB":
        return []
    return [c for c in second.children if c.dep_ in ("dobj", "obj")]


def progressive(verb: Token) -> bool:
    """Whether a verb is in the progressive, an act under way and not yet done: "are
    negotiating a ceasefire", "was being beaten" (a "be" auxiliary with the -ing form)."""
    return verb.tag_ == "VBG" and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in verb.children)


def past_beside_modal(verb: Token) -> bool:
    """Whether a conjoined verb in the past tense follows a first conjunct with a modal ("said
    they would monitor the truce and urged both sides"): no modal governs a past tense, so the
    conjunct is told as done, coordinated with a clause above."""
    return (verb.dep_ == "conj" and verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.head.children))


# (not stages/events/words.REPORTING_VERBS, the verbs of claiming and denying)
SAYING_VERBS = words("events_syntax", "saying_verbs")
REPORTER_ACTS = words("events_syntax", "reporter_acts")


def coordinated_verb(verb: Token) -> Token | None:
    """The verb a conjoined verb is coordinated with, if any; also one the parser hung on that
    verb's preposition ("are marching in solidarity with Afrin and demanding intervention":
    "demanding" conjoined to "in"), whose subject it shares as well."""
    if verb.dep_ != "conj":
        return None
    head = verb.head
    if head.pos_ in ("VERB", "AUX"):
        reported = _reported_clause(head)
        reporter = reported.head
        if (reported.dep_ == "ccomp" and reporter.lemma_.lower() in SAYING_VERBS and verb.lemma_.lower() in REPORTER_ACTS and reporter.i < head.i
                and (_backshifted(head) or _modal(head)) and verb.tag_ == reporter.tag_ and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
            # "Armenia said two soldiers had been killed and accused Azerbaijan": a verb in the
            # reporter's tense after a reported clause shifted back (perfect or passive) or
            # told with a modal ("said the authorities should stop ... and accused the army"),
            # also a clause that reported clause subordinates ("said it had fought them because
            # they had attacked civilians, and denied ..."), is the reporter's own act; "said the
            # rebels attacked the town and accused the villagers" keeps the reported doer
            return reporter
        return head
    while head.pos_ == "ADP" and head.dep_ in ("prep", "conj"):  # (prepositions coordinated in turn)
        head = head.head
    if verb.pos_ == "VERB" and head is not verb.head and head.pos_ in ("VERB", "AUX") and verb.tag_ == head.tag_:
        return head
    return None


def _reported_clause(verb: Token) -> Token:
    """The clause a verb belongs to that a verb of saying reports: the verb itself, or the
    clause its adverbial clause modifies ("said it had fought them because they had attacked")."""
    while verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def _modal(verb: Token) -> bool:
    """Whether a verb is told with a modal ("should stop", "would monitor")."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _backshifted(verb: Token) -> bool:
    """Whether a reported verb is perfect or passive ("had shelled", "were killed")."""
    return any(c.dep_ == "auxpass" or (c.dep_ == "aux" and c.lemma_.lower() == "have") for c in verb.children)


def counted(noun: Token) -> list[Token]:
    """The nouns a partitive counts or groups ("a series of YPG military points": the points;
    "a wave of strikes"), else the noun itself (the reverse of `partitive_carrier`)."""
    if noun.lower_ not in PARTITIVE_NOUNS:
        return [noun]
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"] or [noun]


CONTROLLING_PHRASES = words("events_syntax", "controlling_phrases")


def prepositional_controllers(head: Token, complement: Token) -> list[Token]:
    """Whom a verb's phrase names as the doer of the "to" infinitive after it, when the verb
    addresses someone through a preposition ("called on Rwanda to withdraw", "appealed to
    both sides to return to talks", "pleaded with Moscow to stop"): the phrase's objects and
    their conjuncts, as a direct object is for "urged Rwanda to withdraw" (object control).
    Only a phrase before the complement, of a verb and preposition in `controlling_phrases`;
    not "called for restraint to be shown" or "went to Paris to talk"."""
    objects: list[Token] = []
    for prep in (c for c in head.children if c.dep_ == "prep" and c.i < complement.i):
        if f"{head.lemma_.lower()} {prep.lower_}" in CONTROLLING_PHRASES:
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                objects += [obj, *obj.conjuncts]
    return objects


def stranded_particle(verb: Token, word: Token) -> bool:
    """A verb's particle that the parse hangs on the verb's object as a modifier ("has begun
    to pull back troops" parsed with "back" an amod of "troops"): a bare adverb or particle
    right after the verb, with no words of its own, modifying the verb's direct object. Not
    an adjective proper ("sent back-up troops" has a hyphenated compound, "sent more
    troops" a determiner)."""
    return (word.i == verb.i + 1 and word.pos_ in ("ADV", "ADP", "PART") and word.dep_ in ("amod", "advmod", "compound")
            and word.head.dep_ == "dobj" and word.head.head.i == verb.i and not any(True for _ in word.children))


def predicative_adjective(word: Token) -> bool:
    """An adjective said of a copula's subject ("they were deeply concerned"): a verb the parse
    coordinates with it ("were concerned and urged restraint") shares the copula's subject; so
    does one coordinated with an adjective the parse made the head of its clause, the copula its
    auxiliary ("said Guterres was deeply concerned ... and called on the rebels to ...")."""
    return word.pos_ == "ADJ" and ((word.dep_ == "acomp" and word.head.pos_ in ("VERB", "AUX"))
                                   or any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children))


def first_conjunct(word: Token) -> Token:
    """The first of the words joined to a word by "and" or "or" (itself if none): the one the
    parse hangs the others on, and whose place in the clause they share."""
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    return word


def light_verb_doer(noun: Token, light_verbs: Collection[str], resolve):
    """Who did what an event noun names, told as the subject of the light verb that carries it
    ("the army carried out an airstrike", "it launched a strike"), for a relative clause on the
    noun ("an airstrike that killed a commander") to take as its doer: the first subject
    `resolve` makes an actor of. None for a passive carrier or another verb ("survived an
    attack": not the survivor's)."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in light_verbs:
        return None
    return next((m for c in noun.head.children if c.dep_ == "nsubj" for m in [resolve(c)] if m is not None), None)
