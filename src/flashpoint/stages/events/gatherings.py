"""Protests told without naming who held them.

A report often tells a demonstration without a word for its doers: "a protest was held outside
the Turkish embassy", "demonstrations took place in Tehran", "protesters gathered outside the
embassy". The codebook codes these with a generic actor ("Protesters"), as it codes "gunmen
killed five" with "Unidentified gunmen". Two patterns:

- A noun of a crowd's act (protest, demonstration, rally, march, sit-in, vigil, riot:
  `lexicon/data/doers.yaml` `crowd_act_doers`) told as happening, with no doer: the subject of
  a passive light verb ("a protest was held", "a sit-in was staged") or of a verb of occurring
  or breaking out ("took place", "erupted", "broke out"), or the noun of "there were protests".
  Its verb's phrases are the noun's: "was held outside the Turkish embassy" is against Turkey
  (the type's recipient prepositions), "was staged by Kurdish activists" names its doers. With
  no doer named, the generic-doer stage (stages/unidentified.py) gives it the doers its kind
  implies ("Unidentified protesters").
- Protesters as the subject of a verb of gathering ("protesters gathered outside the embassy",
  "thousands of demonstrators took to the streets"): a demonstration by them, its recipient by
  the usual rules. A gathering whose purpose clause is itself an event ("gathered to protest
  against the offensive", "took to the streets to demand") is told by that clause, which takes
  the gathering's subject as its doer: the gathering adds no event of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...knowledge.events import Coding
from ...lexicon import table, words
from ...nlp import doc_text
from .syntax import agent_objects, clash_sides, purpose_infinitive, subject
from .words import COMING_VERBS, OBJECTS, OCCURRENCE_VERBS, PASSIVE_SUBJECTS, PROTEST_CROWDS, RECIPIENT_PREPS, STATE_ENTRY_VERBS, STRIKING_WORKERS, SUBJECTS

GATHERING_VERBS = words("events", "gathering_verbs")
GATHERING_PHRASES = table("events", "gathering_phrases")
# the crowd nouns that say why the crowd is there: protesters, demonstrators, not a crowd
PROTESTER_NOUNS = frozenset(PROTEST_CROWDS) - frozenset(words("events", "mere_crowds"))
HAPPENING_VERBS = frozenset(OCCURRENCE_VERBS) | frozenset(words("events", "outbreak_verbs"))
CROWD_ACT_DOERS = table("doers", "crowd_act_doers")
CROWD_COUNTS = words("doers", "crowd_counts")
GATHERING = "crowd-gathering"  # the coding's source
GATHERING_CODING = Coding("PROTEST", "demo", "141", GATHERING)


def act_words(noun: Token) -> tuple[str, tuple[int, int]]:
    """The words of an act's noun, text and character span: a hyphenated noun the parser splits
    whole ("sit-in": "sit", "-", "in")."""
    doc, start = noun.doc, noun.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    first = doc[start]
    # (the document's text once, not spaCy's doc.text, which joins every token anew: nlp.doc_text)
    return doc_text(doc)[first.idx:noun.idx + len(noun.text)], (first.idx, noun.idx + len(noun.text))


def crowd_act_doers(noun: Token) -> str | None:
    """The doers a noun of a crowd's act implies ("a protest": protesters, "a riot": rioters),
    by its lemma or, for a hyphenated noun the parser splits, by its words ("sit-in")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return CROWD_ACT_DOERS.get(noun.lemma_.lower()) or CROWD_ACT_DOERS.get(act_words(noun)[0].lower())


def happening_carrier(noun: Token, light_verbs) -> Token | None:
    """The verb that tells a noun's act as happening, with no doer in the verb's subject: a
    passive light verb ("a protest was held"), a verb of occurring or breaking out ("took
    place", "erupted"), the "be" of "there were protests"; None for any other use ("amid
    protests", "called for a protest")."""
    head = noun.head
    if head.i == noun.i or head.pos_ not in ("VERB", "AUX"):
        return None
    lemma = head.lemma_.lower()
    if noun.dep_ in PASSIVE_SUBJECTS and lemma in light_verbs:
        return head
    if noun.dep_ in SUBJECTS and lemma in HAPPENING_VERBS:
        return head
    if noun.dep_ == "attr" and lemma == "be" and any(c.dep_ == "expl" for c in head.children):
        return head
    return None


def carrier_arguments(noun: Token, event_type: str, light_verbs, participants, index: int) -> tuple[list, list]:
    """(actors, recipients) a crowd's act told with no doer takes from the verb that tells it
    as happening: the "by" phrase of a passive light verb ("was staged by Kurdish activists"),
    and the verb's phrases of the type's recipient prepositions ("was held outside the Turkish
    embassy", "took place against the offensive")."""
    carrier = happening_carrier(noun, light_verbs)
    passive_act = noun.dep_ in PASSIVE_SUBJECTS and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    if carrier is None or not (crowd_act_doers(noun) or passive_act):
        # (any act's noun as the subject of a passive light verb takes its phrases, "sanctions
        # were imposed on Iran by the United States", unless an "of" phrase of its own says who
        # did it or to whom: "the withdrawal of its ambassador was announced by Turkey")
        return [], []
    actors, recipients = [], []
    if noun.dep_ in PASSIVE_SUBJECTS:
        agents = [o for c in carrier.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        for agent in agents + agent_objects(carrier):
            actors += participants(agent, "carrier-agent", index)
    preps = RECIPIENT_PREPS.get(event_type, frozenset())
    for prep in (c for c in carrier.children if c.dep_ == "prep" and c.lower_ in preps):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            recipients += participants(obj, f"carrier-prep-{prep.lower_}", index)
    return actors, recipients


def is_crowd(noun: Token, *, mere: bool = True) -> bool:
    """Protesters, or a number or crowd of them ("thousands of demonstrators"); with `mere`
    False not a mere crowd, which says nothing of why it gathered ("a crowd gathered at the
    scene"; a crowd's demands are a protest all the same)."""
    nouns = PROTEST_CROWDS if mere else PROTESTER_NOUNS

    def named(word: Token) -> bool:
        return word.lemma_.lower() in nouns or word.lower_.rstrip("s") in nouns

    return named(noun) or any(named(g) for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                              for g in p.children if g.dep_ == "pobj")


def gathering_place(verb: Token, prep: Token) -> bool:
    """Whether a preposition of a verb opens the place of a gathering phrase: "took to the
    streets (of Beirut)", "poured into the squares" (`gathering_phrases`). It says where the
    crowd went, not whom it protests against."""
    nouns = (GATHERING_PHRASES.get(verb.lemma_.lower()) or {}).get(prep.lower_) if prep.dep_ == "prep" else None
    return bool(nouns) and any(o.lemma_.lower() in nouns or o.lower_ in nouns for o in prep.children if o.dep_ == "pobj")


def crowd_gathering(verb: Token, find):
    """A verb of gathering whose subject is protesters, as a demonstration (a `Found` of
    coding `GATHERING_CODING`); None for anything else: a verb with
    an object ("protesters gathered signatures"), a passive, a crowd of no stated purpose, or
    a gathering whose purpose clause is an event of its own (`find` finds it)."""
    from .triggers import Found

    if verb.pos_ != "VERB" or not (verb.lemma_.lower() in GATHERING_VERBS and not any(c.dep_ in OBJECTS for c in verb.children)
                                   or any(gathering_place(verb, c) for c in verb.children)):
        return None
    subjects, _, passive = subject(verb)
    if passive or not any(is_crowd(s, mere=False) for s in subjects):
        return None
    if any(purpose_infinitive(c) and find(c) is not None for c in verb.children if c.dep_ in ("advcl", "xcomp")):
        return None  # "gathered to protest against the offensive": the purpose tells it
    return Found(verb, GATHERING_CODING, "verb")


def labour_strike(noun: Token, light_verbs) -> bool:
    """Whether a "strike" is a work stoppage, not an attack: held by being or going "on" it
    ("doctors went on strike"), or held by workers: a strike they own or modify ("the nurses'
    strike", "a teachers strike"), stage or begin ("teachers began a strike": the subject of a
    light verb) or hold as its "by" phrase says ("a strike by dockworkers")."""
    if entered_act(noun) is not None and noun.head.lower_ == "on":
        return True
    holders = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod")]
    holders += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
    if noun.dep_ in OBJECTS and noun.head.lemma_.lower() in light_verbs:
        holders += subject(noun.head)[0]
    return any(h.lemma_.lower() in STRIKING_WORKERS or h.lower_.rstrip("s'") in STRIKING_WORKERS for h in holders)


def bare_count(noun: Token) -> bool:
    """A count of people with no noun of whom: "thousands", "tens of thousands", "200"."""
    counted = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if noun.lower_ not in CROWD_COUNTS and not (noun.like_num and noun.dep_ in SUBJECTS):
        return False
    return all(bare_count(o) for o in counted)


def counted_crowd(verb: Token) -> str | None:
    """The doers of a crowd's act a verb tells of a bare count ("thousands marched in Tbilisi",
    "hundreds demonstrated outside the embassy"): the crowd its act implies (`crowd_act_doers`);
    None for any other verb or subject."""
    if verb.pos_ != "VERB":
        return None
    subjects, _, passive = subject(verb)
    if passive or not subjects or not all(bare_count(s) for s in subjects):
        return None
    return CROWD_ACT_DOERS.get(verb.lemma_.lower())


def entered_act(noun: Token) -> Token | None:
    """The verb of coming or going whose subject does the act a noun names: "Iran came to
    Assad's rescue", "doctors went on strike", "nurses remained on hunger strike" (a bare noun:
    not "the focus is on the strike"); None for any other use."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = prep.head.lemma_.lower()
    if prep.lower_ == "to" and verb in COMING_VERBS:
        return prep.head
    if prep.lower_ == "on" and verb in STATE_ENTRY_VERBS and not any(c.dep_ in ("det", "poss") for c in noun.children):
        return prep.head
    return None


def rioting_crowd(clash: Token, actors: list, recipients: list, participants) -> tuple[list, list]:
    """(actors, recipients) of a clash with a crowd on one side, which is the crowd's riot
    (PLOVER PROTEST riot, CAMEO 145): when the subject that clashed is not the crowd ("riot
    police clashed with thousands of protesters", "troops clashed with demonstrators"), the
    crowd it clashed with riots, against the subject. `participants` reads a noun's
    participants. As found when the subject is the crowd ("protesters clashed with police")."""
    doc = clash.doc
    if not actors or any(is_crowd(doc[a.mention.head]) for a in actors):
        return actors, recipients
    crowds = [t for side in clash_sides(clash) for t in (side, *side.conjuncts) if is_crowd(t)]
    # ("thousands of protesters in Belgrade": the protesters, not the count's place)
    crowds = [next((g for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), t) for t in crowds]
    rioters = [p for crowd in crowds for p in participants(crowd)]
    return (rioters, actors) if rioters else (actors, recipients)
