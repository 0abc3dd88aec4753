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


def progressive(verb: Token) -> bool:
    """Whether a verb is in the progressive, an act under way and not yet done: "are
    negotiating a ceasefire", "was being beaten" (a "be" auxiliary with the -ing form)."""
    return verb.tag_ == "VBG" and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in verb.children)


def coordinated_verb(verb: Token) -> Token | None:
    """The verb a conjoined verb is coordinated with, if any; also one the parser hung on that
    verb's preposition ("are marching in solidarity with Afrin and demanding intervention":
    "demanding" conjoined to "in"), whose subject it shares as well."""
    if verb.dep_ != "conj":
        return None
    head = verb.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    while head.pos_ == "ADP" and head.dep_ in ("prep", "conj"):  # (prepositions coordinated in turn)
        head = head.head
    if verb.pos_ == "VERB" and head is not verb.head and head.pos_ in ("VERB", "AUX") and verb.tag_ == head.tag_:
        return head
    return None


def counted(noun: Token) -> list[Token]:
    """The nouns a partitive counts or groups ("a series of YPG military points": the points;
    "a wave of strikes"), else the noun itself (the reverse of `partitive_carrier`)."""
    if noun.lower_ not in PARTITIVE_NOUNS:
        return [noun]
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"] or [noun]
