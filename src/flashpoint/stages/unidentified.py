"""The doer of an attack the text leaves unknown: the codebook's generic actor.

"Gunmen killed five", "a car bomb exploded, killing twelve", "three children were killed in
an airstrike", "the journalist was shot dead": each tells an attack whose doer no one names,
and no reader can name. The coder finds no actor there, and no sentence before it gives one
(stages/doers.py has tried); an attack with no actor says nothing of who did it, while the
text does say something: that it is not known. The codebook's convention says it: a generic
actor named from how the text describes the doer, "Unidentified gunmen".

An ASSAULT or COERCE told as done (or as background) whose actor is missing, or is words the
actor stage placed nowhere ("unknown assailants"), takes a generic actor when the sentence
describes its doer without naming anyone (`description`):

- a noun for people who attack ("attackers", "kidnappers"; "men", "individuals" only with a
  word that says they are unknown: "masked men") as its subject or its "by" phrase;
- an instrument or an act of attack with no owner ("a roadside bomb", "an airstrike", "an
  ambush"; `lexicon/data/doers.yaml`) as its subject, its "by" or "with" phrase, its cause
  ("killed in an airstrike", "during an ambush"), the subject of a device going off that the
  act follows from ("a car bomb exploded, killing twelve") or of a clause of time ("killed
  when a roadside bomb struck their convoy");
- for an event noun, a word saying its doer is unknown ("an unsolved killing").

The actor is named "Unidentified " and the doers the description stands for ("a car bomb":
bombers); its text and span are the words that describe it. Not an unknown doer:

- a phrase with an owner ("coalition airstrikes", "Russian jets", "Isis snipers, suicide bombs
  and rockets") or any other doer the sentence names ("abducted by their father");
- a definite description ("killed in the attack", "the attackers"): it refers back to an act
  the story told, whose telling names its doer or not;
- an event noun or an active verb with no doer and no such word: its doer is often the
  subject of the clause above ("Isis members directed attacks on the UK").

A passive attack verb with no doer at all ("the journalist was shot dead", "two aid workers
were kidnapped") takes the doers its act implies (`act_doers`: gunmen, kidnappers, else
attackers), its text the trigger, unless it goes on with the act of its kind told just before
in the same scene: then it takes that act's unnamed doers ("Masked men abducted two engineers.
A guard was shot dead.", "Gunmen stormed the hotel"; its path still `unidentified`: no doer
its own sentence names, `names_no_doer`), or none when that act's doer was named but not
placed.

The generic actor is a bare sector, not an actor of its own (no code, no country: two
attacks by "unidentified gunmen" are not known to be one group's), its rule's actor path
`unidentified` ("assault.kill:verb:unidentified>nsubjpass", "unidentified-nsubj" when the
words were the actor's already), and it is listed in the record's `actors` with the words
that described it as aliases. The confidence model reads it as what the event had before
(models/event_confidence.py). The coder keeps an attack whose subject is such a description
("a roadside bomb killed four soldiers", `unknown_doer`), as it drops one whose subject is
no one's act ("an earthquake killed eight").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import table, words
from ..models.event_confidence import UNIDENTIFIED_PATH, rule_parts, with_role_paths
from ..nlp import doc_text, root_at
from ..records import Actor, ActorRef, Event
from .events.syntax import agent_objects
from .doers import TOLD_AS_DONE, WINDOW, Sentences, agentless
from .event_identity import GENERIC_PREFIX, dates_agree, places_agree

DOER_NOUNS = table("doers", "doer_nouns")
NEEDS_UNKNOWN_CUE = words("doers", "needs_unknown_cue")
UNKNOWN_CUES = words("doers", "unknown_cues")
INSTRUMENT_DOERS = table("doers", "instrument_doers")
EXPLOSION_VERBS = words("doers", "explosion_verbs")
MEANS_PREPS = words("doers", "means_preps")
OWNER_WORDS = words("doers", "owner_words")
DEFINITE_DETERMINERS = words("doers", "definite_determiners")
SIDE_PREPS = words("doers", "side_preps")
MISHAPS = words("doers", "mishaps")
WEAPON_DOERS = words("doers", "weapon_doers")
ACT_DOERS = table("doers", "act_doers")

# Acts whose doer may be described without a name ("abducted by masked men"); only an attack
# implies its doer when nothing describes it ("was shot dead").
DESCRIBED_TYPES = frozenset({"ASSAULT", "COERCE"})
IMPLIED_TYPES = frozenset({"ASSAULT"})
# Acts of crowds: a noun of one told with no doer implies the crowd that did it ("a protest
# was held": protesters, `crowd_act_doers`).
CROWD_ACT_TYPES = frozenset({"PROTEST"})
# Acts told as done, and background ones ("25 journalists have been killed since 1992"): a
# planned or denied act has no doer to name.
DONE = TOLD_AS_DONE | {"historical"}
# How a sentence tells a doer it does not name (`_reading`)
NAMED = "named"  # a doer the actor stage could not place ("abducted by their father"), or a cause that is no attacker
DESCRIBED = "described"  # words that describe an unknown doer ("a car bomb", "masked men")
IMPLIED = "implied"  # no word: the act implies a doer ("was shot dead")


def _modifiers(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "advmod")]


def doers_of(noun: Token) -> str | None:
    """The doers a noun describes with no name: "gunmen", "masked men" -> men, "a car bomb" ->
    bombers, "an air strike" -> aircraft, "an unsolved killing" -> attackers; None for any other
    noun ("a man in a grey car", "the town")."""
    lemma, modifiers = noun.lemma_.lower(), _modifiers(noun)
    cue = any(m.lower_ in UNKNOWN_CUES for m in modifiers)
    for m in modifiers:
        pair = f"{m.lower_} {lemma}"
        if pair in INSTRUMENT_DOERS:
            return INSTRUMENT_DOERS[pair]
    person = DOER_NOUNS.get(lemma) or DOER_NOUNS.get(noun.lower_)
    if person is not None:
        return person if cue or lemma not in NEEDS_UNKNOWN_CUE else None
    # a modifier more telling than the head: "a bomb attack" is by bombers, "a drone strike" by
    # drones; of a mishap only a weapon that goes off makes an attack ("a bomb blast", not "a
    # plane crash")
    mishap = lemma in MISHAPS
    for m in modifiers:
        found = INSTRUMENT_DOERS.get(m.lemma_.lower()) if m.lemma_.lower() != lemma else None
        if found and (not mishap or found in WEAPON_DOERS):
            return found
    return None if mishap else INSTRUMENT_DOERS.get(lemma) or INSTRUMENT_DOERS.get(noun.lower_)


def _weapon_word(mention, doc: Doc) -> bool:
    """A bare sector mention that is a weapon's word ("drone", "missiles"), not a side's."""
    return mention.kind == "sector" and doc[mention.head].lemma_.lower() in INSTRUMENT_DOERS


def _side_named_in(noun: Token, mentions) -> bool:
    """Whether an armed side is named in a noun phrase of another kind, up to its head: "in army
    shelling" (parsed "in army"), "tortured in police custody"."""
    start = noun.left_edge.i
    return any(m.start <= noun.i and m.end > start and m.kind == "sector" and m.sector != "CVL"
               and not _weapon_word(m, noun.doc) for m in mentions)


def unknown_doer(noun: Token, mentions) -> bool:
    """Whether a noun describes doers no one names: an instrument or attackers with no owner
    ("a roadside bomb", "unidentified aircraft", "masked men"), not a definite one ("the bomb")."""
    return doers_of(noun) is not None and not _owned(noun, mentions)


def _owned(noun: Token, mentions) -> bool:
    """Whether a noun phrase names whose it is, or points to where the text does: a possessor,
    an actor in its words before the head ("Russian jets", "Isis snipers", "army shelling"), a
    proper noun or a word naming a side among them ("coalition airstrikes"); of a coordination,
    any member ("Isis snipers, suicide bombs and rockets": Isis's). A definite description
    ("killed in the attack", "the attackers") refers back to an act or doers the story has
    told, whose doer the telling names or not: it describes no unknown doer of its own, unless
    a word says it is unknown ("the unsolved killings")."""
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children)
    if definite and not any(m.lower_ in UNKNOWN_CUES for m in _modifiers(noun)):
        return True
    from .events.instruments import instrument_users

    for member in (noun, *noun.conjuncts):
        # (or says who used it: "a bomb planted by his neighbour", events/instruments.py)
        if any(c.dep_ == "poss" for c in member.children) or instrument_users(member):
            return True
        start = member.left_edge.i
        # (a weapon the dictionary counts as military, "drone", "missile", names no side: "a
        # drone strike" is no one's named)
        if any(m.start < member.i and m.end > start and not _weapon_word(m, member.doc) for m in mentions):
            return True
        if any(m.start <= member.i < m.end and m.kind != "sector" for m in mentions):
            return True  # the head is an actor's own name
        before = member.doc[start:member.i]
        if any(t.pos_ == "PROPN" or t.lower_ in OWNER_WORDS for t in before):
            return True
    return False


def _phrase(noun: Token) -> tuple[str, tuple[int, int]]:
    """The words of a noun phrase up to its head ("an airstrike", "a roadside bomb"): text and span."""
    words_ = [t for t in noun.doc[noun.left_edge.i:noun.i + 1] if not t.is_punct or t.i == noun.i]
    start, end = words_[0].idx, noun.idx + len(noun.text)
    return doc_text(noun.doc)[start:end], (start, end)


def verb_candidates(verb: Token) -> tuple[list[Token], list[Token], list[Token]]:
    """The nouns around an attack verb that may tell its doer: (those that would name a doer,
    its subject and "by" phrase; those that tell its means, its cause and instrument phrases,
    the subject and object of a clause of time and the subject of a device going off; the
    subjects of clauses that tell how it came about)."""
    from .events.syntax import agent_objects, prep_objects, subject

    doers: list[Token] = []
    tokens, _, passive = subject(verb)
    if tokens and not passive:
        doers += [t for s in tokens for t in (s, *s.conjuncts)]
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            doers += prep_objects(child)
    doers += agent_objects(verb)
    means = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in MEANS_PREPS for o in prep_objects(c)]
    causes = []
    for clause in verb.children:
        # "killed when a roadside bomb struck their convoy", "when their truck hit a mine"
        if clause.dep_ == "advcl":
            # (the parser may take the clause's subject for the clause: "when a bus overturned")
            causes += [clause] if clause.pos_ == "NOUN" else [s for s in clause.children if s.dep_ == "nsubj"]
            means += causes + [o for o in clause.children if o.dep_ == "dobj"]
    head = verb.head
    if verb.dep_ in ("advcl", "conj", "xcomp") and head.lemma_.lower() in EXPLOSION_VERBS:
        # "a car bomb exploded, killing twelve"
        means += [s for s in head.children if s.dep_ == "nsubj"]
    return doers, means, causes


def description(event: Event, doc: Doc, mentions) -> tuple[str, Token] | str | None:
    """How the sentence describes the event's doer without naming it: (the doers, the noun
    that describes them); `NAMED` when the sentence names a doer the coder did not take; None
    when it says nothing of the doer."""
    from .events.instruments import instrument_users

    token = root_at(doc, event.trigger.span)
    if token is None:
        return NAMED
    if token.pos_ in ("NOUN", "PROPN"):
        # an event noun tells no doer unless a word says it is unknown ("an unsolved killing"),
        # or it is the means of an attack told with no doer ("killed in an airstrike on Kurdish
        # positions": the airstrike's doer is the killing's, unknown)
        cue = any(m.lower_ in UNKNOWN_CUES for m in _modifiers(token))
        if (cue or _means_of_doerless_verb(token)) and not _owned(token, mentions) and not _sides_named(token, mentions):
            found = doers_of(token)
            return (found, token) if found else None
        return NAMED
    doers, means, causes = verb_candidates(token)
    for noun in doers:
        # a subject or a "by" phrase: someone the sentence names, or a doer described
        found = doers_of(noun)
        if _owned(noun, mentions) or not found:
            return NAMED
        return found, noun
    for noun in means:
        if _sides_named(noun, mentions) or instrument_users(noun):
            return NAMED  # "killed in fighting with Kurdish forces", "in a house booby-trapped by his son"
        # a cause or instrument phrase may be anything else ("killed in Mali", "in March")
        found = doers_of(noun)
        if found:
            return (found, noun) if not _owned(noun, mentions) else NAMED
        if _side_named_in(noun, mentions):
            return NAMED
    if causes or any(n.lemma_.lower() in MISHAPS for n in means):
        # what did it is told, and is no attacker: "injured when a bus overturned", "killed
        # in a stampede" (whoever coded an attack there, no unknown attacker did it)
        return NAMED
    return None


def _sides_named(noun: Token, mentions) -> bool:
    """Whether a noun of attack or fighting names who took part in a phrase of its own:
    "fighting with Kurdish forces", "clashes between the army and rebels", "an offensive by
    Turkish troops"."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in SIDE_PREPS):
        span = (prep.i, prep.right_edge.i + 1)
        if any(m.start < span[1] and m.end > span[0] for m in mentions):
            return True
    return False


def _means_of_doerless_verb(noun: Token) -> bool:
    """Whether a noun is the cause or instrument phrase of a verb with no doer of its own: "were
    killed in an airstrike", "died in a car bomb attack"."""
    from .events.syntax import subject

    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in MEANS_PREPS or prep.head.pos_ != "VERB":
        return False
    tokens, _, passive = subject(prep.head)
    return passive or not tokens


def names_no_doer(event: Event) -> bool:
    """Whether an event's own sentence names no doer: no actor, or one this module gave
    (a generic actor, or the unnamed doers of the act told just before)."""
    return event.actor is None or rule_parts(event.rule)[2].startswith(UNIDENTIFIED_PATH)


def generic_ref(doers: str, text: str, span: tuple[int, int]) -> ActorRef:
    return ActorRef(name=f"{GENERIC_PREFIX} {doers}", text=text, span=tuple(span))


def with_unidentified_path(rule: str) -> str:
    """The rule id with its actor path marked `unidentified`: "assault.kill:verb:->nsubjpass" ->
    "assault.kill:verb:unidentified>nsubjpass"; a path the words were found by stays after it
    ("unidentified-nsubj")."""
    actor_path = rule_parts(rule)[2].partition(">")[0]
    return with_role_paths(rule, actor=f"{UNIDENTIFIED_PATH}-{actor_path}" if actor_path and actor_path != "-" else UNIDENTIFIED_PATH)


def _reading(event: Event, doc: Doc, mentions) -> tuple[str | None, ActorRef | None]:
    """How the event's sentence tells its doer: (`DESCRIBED`, the generic actor its words
    describe), (`IMPLIED`, the generic actor its act implies), (`NAMED`, None) for a doer the
    sentence names that the actor stage could not place, or (None, None)."""
    actor = event.actor
    if actor is not None:
        # words the actor stage placed nowhere: "unknown assailants", "cluster bombs"
        noun = root_at(doc, tuple(actor.span))
        if noun is None or _owned(noun, mentions):
            return NAMED, None
        found = doers_of(noun)
        return (DESCRIBED, generic_ref(found, actor.text, actor.span)) if found else (NAMED, None)
    if event.event_type in CROWD_ACT_TYPES:
        return _crowd_reading(event, doc)
    described = description(event, doc, mentions)
    if described == NAMED:
        return NAMED, None
    if described is not None:
        found, noun = described
        return DESCRIBED, generic_ref(found, *_phrase(noun))
    if event.event_type not in IMPLIED_TYPES or not agentless(event, doc):
        return None, None
    token = root_at(doc, event.trigger.span)
    found = ACT_DOERS.get(token.lemma_.lower()) or ACT_DOERS["default"]
    return IMPLIED, generic_ref(found, event.trigger.text, event.trigger.span)


def _crowd_reading(event: Event, doc: Doc) -> tuple[str | None, ActorRef | None]:
    """A crowd's act with no doer: a noun of one ("a protest was held outside the embassy",
    events/gatherings.py) is by the doers its kind implies ("Unidentified protesters"), unless
    its own phrase names someone the actor stage could not place ("a rally by students")."""
    from .events.gatherings import act_words, counted_crowd, crowd_act_doers

    token = root_at(doc, event.trigger.span)
    found = crowd_act_doers(token) if token is not None else None
    if found is None and token is not None and counted_crowd(token) is not None:
        # "thousands marched": the count names the crowd, its act says what crowd
        return IMPLIED, generic_ref(counted_crowd(token), *act_words(token))
    if found is None:
        return None, None
    if any(c.dep_ in ("poss", "agent") or (c.dep_ == "prep" and c.lower_ == "by") for c in token.children) or agent_objects(token):
        return NAMED, None
    return IMPLIED, generic_ref(found, *act_words(token))


def _told_before(event: Event, earlier: list[tuple[Event, str | None]], sentences: Sentences) -> tuple[Event, str | None] | None:
    """The nearest act of the event's type told before it in the same scene (`doers.WINDOW`
    sentences, no change of scene, dates and places agreeing), with its reading."""
    here = sentences.index(event.trigger.span[0])
    for other, reading in reversed(earlier):
        if other.event_type != event.event_type or other.trigger.span[0] >= event.trigger.span[0]:
            continue
        where = sentences.index(other.trigger.span[0])
        if here - where > WINDOW or sentences.shift_between(where, here):
            return None
        return (other, reading) if dates_agree(event, other) and places_agree(event, other) else None
    return None


def _bare_weapon(ref: ActorRef, doc: Doc) -> bool:
    """A doer the actor stage read as a bare sector from a weapon's word ("drones struck the
    base": "military"): a weapon names no side, so no one's armed forces are named."""
    noun = root_at(doc, tuple(ref.span)) if ref.span else None
    return _unnamed(ref) and noun is not None and noun.lemma_.lower() in INSTRUMENT_DOERS


def _unnamed(ref: ActorRef | None) -> bool:
    """A doer of no named side: a generic actor, or a bare sector of irregulars ("gunmen")."""
    return ref is not None and ref.country is None and (ref.code is None or ref.code == ref.sector)


def give_unidentified_doers(events: list[Event], doc: Doc, state=None) -> list[Event]:
    """Give each attack or coercion with no named doer the generic actor its sentence describes
    (see the module docstring), and list those actors in the record's `actors`; the events
    given one are returned.

    An attack told with no word for its doer ("five guests were killed") continues the story
    of the act of its kind told just before it: after "gunmen stormed the hotel" its doers are
    those gunmen; after "were abducted by their father" ("Kidnapped the day after ...") the
    doer the text named, whom the actor stage could not place, so it takes no generic actor."""
    if doc is None:
        return []
    mentions = (state.actor_mentions if state is not None else None) or []
    sentences = Sentences(doc)
    given, made, earlier = [], [], []
    for event in sorted(events, key=lambda e: e.trigger.span[0]):
        reading, generic = None, None
        if (event.status in DONE and event.event_type in DESCRIBED_TYPES | CROWD_ACT_TYPES
                and (event.actor is None or not (event.actor.name or event.actor.code) or _bare_weapon(event.actor, doc))):
            reading, generic = _reading(event, doc, mentions)
        earlier.append((event, reading))
        before = _told_before(event, earlier[:-1], sentences) if reading == IMPLIED else None
        if before is not None and before[1] == NAMED:
            continue
        if before is not None and _unnamed(before[0].actor) and before[0].actor.name:
            # the doers of the attack just told, unnamed as they are ("gunmen stormed ...", "masked
            # men abducted ...", "the army launched strikes"); still no doer its own sentence
            # names, so its path stays `unidentified` (read as before by the confidence model
            # and by the claims stage's agentless tolls)
            event.actor = before[0].actor.model_copy()
            event.rule = with_unidentified_path(event.rule)
            given.append(event)
        elif generic is not None:
            event.actor = generic
            event.rule = with_unidentified_path(event.rule)
            given.append(event)
            made.append(event)
    if state is not None and made:
        _list_actors(state.record.actors, made)
    return given


def _list_actors(actors: list[Actor], events: list[Event]) -> None:
    """One `Actor` per generic name, with the describing words (not a bare trigger) as aliases."""
    by_name = {a.name: a for a in actors}
    for event in events:
        ref = event.actor
        actor = by_name.get(ref.name)
        if actor is None:
            actor = by_name[ref.name] = Actor(name=ref.name, code=ref.code, sector=ref.sector, aliases=[])
            actors.append(actor)
        described = tuple(ref.span) != tuple(event.trigger.span)
        if described and ref.text.lower() not in {a.lower() for a in actor.aliases}:
            actor.aliases.append(ref.text)
