"""The mode, date and place of an event: the instrument or manner its phrase names ("missile
strikes": aerial), the date the dates stage attaches to its trigger, and the place the places
stage attaches to it or to its participants. Each reads what the pipeline has: without a
dates or places stage an event has no date or place."""

from __future__ import annotations

from spacy.tokens import Token

from ...knowledge.events import QUAD_CLASS, Coding, EventLexicon
from ...records import Location
from ...stage import DocState
from .participants import Participant, Unresolved
from .triggers import Found
from .words import BOUND_WORDS, OBJECTS, SUBJECTS

# CAMEO's "make a visit": the one verbal act whose object, or "to" phrase, is where it happens.
VISIT_CAMEO = "042"


def event_mode(lexicon: EventLexicon, found: Found) -> str | None:
    """The mode of the trigger's type that a word near it names: a modifier ("missile
    strike"), an instrument ("with drones"), a weapon fired, or the instrument as the doer
    ("Iranian missiles struck", "was hit by drones")."""
    words = lexicon.modes.get(found.coding.event_type)
    if not words:
        return None
    # (a participle too: "talks brokered by Qatar" are mediated)
    near = [c for c in found.token.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod", "acl")]
    for prep in (c for c in found.token.children if c.dep_ == "prep" and c.lower_ in ("with", "by", "using")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            near += [pobj, *pobj.conjuncts]
    if found.kind == "weapon":
        near += [c for c in found.token.children if c.dep_ in OBJECTS]
    # The instrument as the doer: "Iranian missiles struck", "was hit by drones".
    near += [c for c in found.token.children if c.dep_ in SUBJECTS]
    near += [g for a in found.token.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    for token in near:
        mode = words.get(token.lower_) or words.get(token.lemma_.lower())
        if mode:
            return mode
    return None


def first_mode_word(words: dict[str, str], tokens) -> str | None:
    """The mode of the first of `tokens` that is a mode word (by its form or its lemma)."""
    return next((words.get(t.lower_) or words.get(t.lemma_.lower()) for t in tokens if words.get(t.lower_) or words.get(t.lemma_.lower())), None)


def date_of(state: DocState, trigger: Token, index: int, speech=None):
    """The date the dates stage gives the trigger in sentence `index`, unless it is a bound
    ("since the 1980-88 war", "until March"); None without a dates stage. `speech`, for a
    statement, is the dates stage's `SpeechAct`: who made it, to date it by their speech."""
    found, bound = _date_and_bound(state, trigger, index, speech)
    return None if bound else found  # "since the 1980-88 war", "until March": a bound, not the event's date


def since_phrase(word: Token) -> bool:
    """Whether a word has a "since" phrase or clause of its own ("have been killed since
    January", "since the war began"): what it tells runs over a span of time."""
    return any(c.dep_ == "prep" and c.lower_ == "since" for c in word.children) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children) for c in word.children)


def since_date(state: DocState, trigger: Token, index: int):
    """The date a "since" phrase or clause of the trigger starts a span from ("25 journalists
    have been killed since 1992", "since the war began in 2011"): what a count over that span
    counts from; None without one."""
    holder = trigger.head if trigger.pos_ == "NOUN" else trigger
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for w in {trigger, holder, trigger.head} for c in w.children):
        return None  # a span up to now is told in the perfect ("have been killed since"); "now accept ... since" is not one
    for clause in (c for c in (*trigger.children, *holder.children) if c.dep_ == "advcl"):
        if any(m.dep_ == "mark" and m.lower_ == "since" for m in clause.children) and state.timexes:
            inside = [t for t in state.timexes if t.resolved and clause.left_edge.idx <= t.start
                      and t.end <= clause.right_edge.idx + len(clause.right_edge)]
            if inside:
                return min(inside, key=lambda t: t.value)
    found, bound = _date_and_bound(state, trigger, index)
    if bound != "since":
        return None
    since = state.doc[found.token_start - 1]
    while since.lower_ != "since":  # (a determiner may stand between: "since the 1980s")
        since = state.doc[since.i - 1]
    # the phrase must be the trigger's own (or, for a noun, its verb's): a "since" of another
    # clause or sentence bounds another act
    return found if since.head == trigger or (trigger.pos_ == "NOUN" and since.head == trigger.head) else None


def _date_and_bound(state: DocState, trigger: Token, index: int, speech=None):
    """The date the dates stage gives the trigger, and the bound word before it, if any."""
    if state.timexes is None:  # no dates stage in this pipeline
        return None, None
    from ..dates import event_date

    doc = state.doc
    found = event_date(state, trigger.i, index, speech)
    start = getattr(found, "token_start", None)
    while start is not None and start > 0 and doc[start - 1].dep_ == "det":
        start -= 1
    if found is not None and start is not None and start > 0 and doc[start - 1].lower_ in BOUND_WORDS:
        return found, doc[start - 1].lower_
    return found, None


def location_of(state: DocState, trigger: Token, coding: Coding, actors: list[Participant], recipients: list[Participant],
                phrase_object: Token | None = None) -> Location | None:
    """Where the event happened: a place attached to the trigger; for material events
    also the recipient's place ("struck Pakistan", "militants in Iran"), then the
    actor's stated place, never the actor itself. A statement, a request or an
    accusation happens where it is made, not where its addressee is: its object and the
    phrases naming its addressee ("urged Iran", "called on Ankara", "appealed to Pakistan")
    do not place it, but for a visit's, which is where the visitor goes ("visited Damascus",
    "a visit to Damascus"). `phrase_object` is the object of a phrasal trigger that names the
    act itself ("held talks")."""
    if state.place_mentions is None:  # no places stage in this pipeline
        return None
    from ..places import event_location, occasion_place

    if QUAD_CLASS[coding.event_type] in (1, 3):
        addressed = coding.cameo != VISIT_CAMEO
        # a meeting happens where its sides are together: "met Turkey's foreign minister in Vancouver"
        copresent = coding.event_type == "CONSULT" and coding.mode != "phone"
        location = event_location(state, trigger.i, [], addressed=addressed, copresent=copresent)
        if location is None and phrase_object is not None:
            # "held talks in Islamabad": the object of a phrasal trigger is the act itself, its place the act's
            location = event_location(state, phrase_object.i, [], addressed=addressed, copresent=copresent)
        if location is None and not copresent:
            # "Speaking after a meeting in London, he said ...": where the occasion of the speaking was
            location = occasion_place(state, trigger.i)
        return location or speaker_country(actors)
    location = event_location(state, trigger.i, [i for p in recipients for i in _phrase_heads(state.doc, p.mention)])
    if location is None and trigger.dep_ == "conj" and trigger.head.lemma_ == "be":
        # "The targets were in Sistan and Baluchestan and were attacked": the shared
        # subject's stated place.
        location = event_location(state, trigger.head.i, [])
    if location is None and actors:
        location = event_location(state, trigger.i, [p.mention.head for p in actors])
        if location is not None and location.span is not None and any(
                p.mention.start_char <= location.span[0] < p.mention.end_char for p in actors):
            location = None  # the actor named, not the place of the event
    return location


def _phrase_heads(doc, mention) -> list[int]:
    """The word a mention names its party by, and the head of the whole phrase it is read
    from when that is another word: in "struck what it said were separatist hideouts in
    Iran's Sistan and Baluchestan province" the party is Iran, its phrase's head "hideouts",
    whose "in" phrase says where the strike fell."""
    heads = [mention.head]
    phrase = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand") if hasattr(mention, "start_char") else None
    if phrase is not None and phrase.root.i != mention.head:
        heads.append(phrase.root.i)
    return heads


def names_place(participant: Participant, location: Location | None) -> bool:
    """Whether a participant the dictionary does not know is the event's place itself."""
    m = participant.mention
    return (isinstance(m, Unresolved) and location is not None and location.span is not None
            and m.start_char < location.span[1] and location.span[0] < m.end_char)


def state_of_place(state: DocState, location: Location | None, actors: list[Participant], *, domestic: bool = False) -> list[Participant]:
    """An attack on a place abroad with no target named is an attack on that place's
    state ("launched attacks in Iraq and Syria", "strikes on camps in northern Iraq").
    `domestic`: the place's state also for actors of that state or of none ("Iraqi Kurds
    demonstrated in Kirkuk": a protest at home is against its own authorities), not for
    actors of another state."""
    from ...knowledge.actors import state_name

    if location is None or location.basis not in ("trigger", "argument") or location.span is None:
        return []
    country = location.country_code
    if not country:
        return []
    if domestic and any(a.mention.country not in (country, None) for a in actors):
        return []
    if not domestic and any(a.mention.country in (country, None) for a in actors):
        return []
    name = state_name(country)
    words = state.doc.char_span(*location.span, alignment_mode="expand")
    if name is None or words is None:
        return []
    place_state = Unresolved(start=words.start, end=words.end, start_char=location.span[0], end_char=location.span[1],
                             text=location.text or words.text, head=words.root.i, name=name, code=country,
                             country=country, kind="state")
    return [Participant(place_state, "place-state")]


def speaker_country(actors: list[Participant]) -> Location | None:
    """Where a statement with no stated place was made: the speaking state's own country
    (GDELT's fallback of the actor's geography). Never for bodies of several states."""
    from ...knowledge.gazetteer import get_gazetteer
    from ..places import entry_location

    mention = actors[0].mention if len(actors) == 1 else None
    if mention is None or not mention.country or mention.kind not in ("state", "person", "sector"):
        return None
    entry = get_gazetteer().country(mention.country)
    if entry is None:
        return None
    return entry_location(entry, text=mention.text, span=(mention.start_char, mention.end_char), basis="argument")
