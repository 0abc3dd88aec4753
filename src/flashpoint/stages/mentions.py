"""One event per real event in a document: mentions of the same act become one event.

An article tells its main event several times ("Iran struck ... on Tuesday", "the Iranian
strike", "Tuesday's attack on Jaish al-Adl"). Each sentence is coded on its own; this stage
joins the codings that describe one real event, so the record lists it once, with every
mention's sentence, span, trigger and rule in `mentions`, and its roles, date, place and
fatalities completed from all of them.

Two codings are one event (`same_event`) when they have the same type and status, share a
named participant (the same actor or recipient; a bare sector such as "militants" does not
count), nothing they both say differs (actor, recipient, day, place: a town and another town
differ, a country and a town in it do not), and they share a second thing or the later one
names nothing else ("the strikes"); or when one's doer is the other's trigger ("the strikes
killed four"); or when one sentence tells one act in two verbs with a participant in common,
one of them naming no one the other does not ("captured and killed six soldiers"). The dead counted ("killed ten people") are left for the linker to pair with
an attack as its toll. A coding joins the one earlier event it fits; one that fits several
("Russian forces shelled Ukraine" after two towns) joins none, unless it is bare (one
participant, no day, no place: "after the Iranian attack"), a reference back that joins the
first of them told in full. The record keeps the order of
first mention, and the first mention stays the event's `text`, `span` and `trigger`.
"""

from __future__ import annotations

from ..lexicon import words
from ..nlp import root_at
from ..models.event_confidence import confidence, kept, load, rule_parts
from ..stage import DocState, Stage, register_stage
from ..records import Event, EventMention
from .doers import give_context_doers
from .counterparts import COUNTERPART_TYPES, give_counterparts
from .hosts import give_hosts
from .settlements import give_settlement_sides
from .responses import give_response_targets
from .preparations import give_prepared_targets
from .releases import give_detainers
from .protest_targets import give_protest_targets
from .partners import share_partner_targets
from .targets import give_context_targets
from .unidentified import give_unidentified_doers
from .interceptions import give_interception_targets, same_aim
from .attackers import give_attackers_targets
from .event_identity import GENERIC_PREFIX, agree, dates_agree, identity, places_agree, specific, victims, within
from .events.words import DEFINITE_DETERMINERS, RELATIVE_PRONOUNS, SPEECH_TYPES

# acts aimed at another party by nature whose target the counterparts do not guess (threats)
AIMED_TYPES = COUNTERPART_TYPES | words("discourse", "aimed_types")
# modes of acts that concern no other party by nature (a bare resignation)
SOLITARY_MODES = words("discourse", "solitary_modes")
# adverbs that add an act to those told ("also called on")
ADDITIVE_ADVERBS = frozenset({"also", "too", "additionally", "likewise"})
# the links from an act's trigger up to the verb of its clause that an additive adverb on
# that verb still covers: a noun's phrase, an object, a raising or control verb's complement
ADDITIVE_SCOPE = frozenset({"pobj", "prep", "dobj", "xcomp"})


def _done_by_event(a: Event, b: Event) -> bool:
    """One mention's doer is the other's trigger: "the strikes killed four fighters" tells
    what the strikes did, not a second attack."""
    def inside(told: Event, doer: Event) -> bool:
        span = doer.actor.span if doer.actor is not None else None
        triggers = [m.trigger.span for m in told.mentions] or [told.trigger.span]
        return span is not None and any(span[0] <= t[0] and t[1] <= span[1] for t in triggers)
    return inside(a, b) or inside(b, a)


def _country(event: Event) -> str | None:
    return event.location.country_code if event.location is not None else None


def same_event(a: Event, b: Event) -> bool:
    if a.event_type != b.event_type or a.status != b.status:
        return False
    if _done_by_event(a, b):
        return True
    if a.event_type == "ASSAULT" and victims(a.recipient) != victims(b.recipient):
        return False  # the dead counted ("killed ten people") are the linker's to pair with an attack, as its toll
    if _told_together(a, b):
        return True
    actors, recipients = (identity(a.actor), identity(b.actor)), (identity(a.recipient), identity(b.recipient))
    same_actor = specific(a.actor) and actors[0] == actors[1]
    same_recipient = specific(a.recipient) and recipients[0] == recipients[1]
    if not (same_actor or same_recipient):
        return False
    if not (agree(*actors) and agree(*recipients) and dates_agree(a, b) and places_agree(a, b)):
        return False
    if _one_statement_undated(a, b):
        return False
    # One participant in common is not enough: a second thing in common, or a later mention
    # that says nothing else ("the offensive", "the strikes") and so refers back to it.
    return ((same_actor and same_recipient) or (a.date is not None and a.date == b.date)
            or (_country(a) is not None and _country(a) == _country(b)) or _bare(b))


def _told_together(a: Event, b: Event) -> bool:
    """Two verbs of one kind in one sentence with a participant in common, one naming no
    participant the other lacks: one act told in two words ("the rebels captured and killed
    six soldiers", "stormed the village and killed three guards", "fought back, killing the
    attackers"), not two acts ("shelled Afrin and bombed Manbij": two places)."""
    if b.text not in {m.text for m in a.mentions} | {a.text}:
        return False
    actors, recipients = (identity(a.actor), identity(b.actor)), (identity(a.recipient), identity(b.recipient))
    shared = (actors[0] is not None and actors[0] == actors[1]) or (recipients[0] is not None and recipients[0] == recipients[1])
    # a thing no actor is known by ("attacked a checkpoint, killing two soldiers") names no
    # participant: within one sentence it is the place or means of the act the other verb tells
    actors, recipients = (_party(a.actor), _party(b.actor)), (_party(a.recipient), _party(b.recipient))
    if not (agree(*actors) and agree(*recipients) and dates_agree(a, b) and places_agree(a, b)):
        return False
    return shared and None in actors + recipients


def _resolved(ref) -> bool:
    """Whether a participant is an actor (a name, a code or a country), not a thing the
    sentence names ("a checkpoint", "attempts") that no actor is known by."""
    return ref is not None and bool(ref.name or ref.code or ref.country)


def _party(ref):
    return identity(ref) if _resolved(ref) else None


def _fills(kept, other) -> bool:
    """Whether a participant told in another mention takes the place of the kept one: of none,
    or of a thing no actor is known by, by an actor."""
    return other is not None and (kept is None or (not _resolved(kept) and _resolved(other)))


def _one_statement_undated(a: Event, b: Event) -> bool:
    """Two acts of speech told in different sentences, one with its time and one without
    ("Ankara blamed the regime for the attack" ... "on Monday the spokesman said the regime was
    guilty"): a speaker says a thing many times, so they are not known to be one statement.
    Not when the undated one is a noun ("Trump's demand that ...", "the accusation"): a noun
    names an act the text tells elsewhere."""
    if a.event_type not in SPEECH_TYPES or (a.date_range is None) == (b.date_range is None):
        return False
    if b.text in {m.text for m in a.mentions} | {a.text}:
        return False
    undated = a if a.date_range is None else b
    return not _bare(undated) and not _nominal(undated)


def _nominal(event: Event) -> bool:
    """Whether an event's trigger is a noun (its rule's second field: "request.demand:noun:...")."""
    return rule_parts(event.rule)[1] == "noun"


def _bare(event: Event) -> bool:
    """A mention that names one participant and no day or place: an anaphoric "the strikes"."""
    return (event.actor is None or event.recipient is None) and event.date_precision != "day" and event.location is None


def mention_of(event: Event) -> EventMention:
    return EventMention(text=event.text, span=event.span, trigger=event.trigger, rule=event.rule)


def _complete(kept: Event, other: Event) -> None:
    """Fill what the kept event's mentions left open from another mention of it."""
    kept.mentions.append(mention_of(other))
    if _fills(kept.actor, other.actor):
        kept.actor = other.actor
    if _fills(kept.recipient, other.recipient):
        kept.recipient = other.recipient
    if other.date_range is not None and (kept.date_range is None or (kept.date_precision != "day" and other.date_precision == "day"
                                                                     and within(other, kept))):
        # a day told in another mention refines "last week" or "in March" of the first
        kept.date_from(other)
    if kept.location is None and other.location is not None:
        kept.location = other.location
    if kept.mode is None and other.mode is not None:
        kept.mode = other.mode
    for field in ("fatalities", "fatalities_low", "fatalities_high"):
        if getattr(kept, field) is None and getattr(other, field) is not None:
            setattr(kept, field, getattr(other, field))


def _additive(doc, event: Event) -> bool:
    """A trigger an additive adverb modifies ("Trump also called on Ankara", "Iran struck
    Iraq too"): the sentence tells a further act of the kind, not the one told before."""
    if doc is None:
        return False
    token = root_at(doc, event.trigger.span)
    # the adverb may sit on the verb the trigger's phrase hangs from, up to its clause's verb
    # ("Russians are also said to have died in an American airstrike")
    while token is not None:
        if any(c.dep_ == "advmod" and c.lower_ in ADDITIVE_ADVERBS for c in token.children):
            return True
        token = token.head if token.dep_ in ADDITIVE_SCOPE and token.head is not token else None
    return False


def _elaborates(doc, kept: Event, event: Event) -> bool:
    """A participle clause of an act of the same kind, with no subject of its own, that says
    what the act was aimed at ("hit Idlib, targeting drones and weapons stores", "shelled the
    town, hitting a school"), or the dead or wounded it left ("shelled the town, killing three
    civilians", "fired a missile at a Kurdish position, wounding two soldiers"): the same act told
    more closely, whatever target each names, one real event whose toll the participle tells (the
    codebook codes one event per real event). Nor a participle of circumstance
    ("was killed while fighting Isis", "killed after storming the base") or one under a passive
    verb: its doer is the patient of the act told, so it tells another act."""
    if doc is None or kept.event_type != event.event_type or kept.status != event.status:
        return False
    participle = root_at(doc, event.trigger.span)
    if participle is None or participle.dep_ != "advcl" or participle.tag_ != "VBG":
        return False
    verbs = [root_at(doc, m.trigger.span) for m in kept.mentions] or [root_at(doc, kept.trigger.span)]
    if not any(v is not None and v.i == participle.head.i for v in verbs):
        return False
    if any(c.dep_ in ("mark", "auxpass") for c in participle.children) or any(c.dep_ == "auxpass" for c in participle.head.children):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in participle.children)


def _claim_of_told_act(doc, event: Event) -> bool:
    """A claim of responsibility for a definite description of an act ("IS claimed
    responsibility for the bombing"): the act is one the story has told, and the claim says
    who did it (stages/events/responsibility.py)."""
    if doc is None or event.status != "claimed" or event.actor is None or not rule_parts(event.rule)[2].startswith("light-claim"):
        return False
    noun = root_at(doc, event.trigger.span)
    return noun is not None and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children)


def _claimed_act(kept: list[Event], event: Event) -> Event | None:
    """The act a claim of responsibility refers back to: the last one of its kind told with
    no doer or an unnamed one ("gunmen", "militants"), whose target and day the claim does not
    contradict."""
    for told in reversed(kept):
        if (told.event_type == event.event_type and not specific(told.actor) and told.status == "occurred"
                and agree(identity(told.recipient), identity(event.recipient)) and dates_agree(told, event)):
            return told
    return None


def merge_mentions(events: list[Event], doc=None) -> tuple[list[Event], dict[str, str]]:
    """The document's events with the mentions of each real event joined, and a map from
    each joined event's id to the id of the event it joined. With the parse (`doc`), a
    mention with an additive adverb ("also") joins no earlier event."""
    kept: list[Event] = []
    joined: dict[str, str] = {}
    for event in events:
        told_closer = [k for k in kept if _elaborates(doc, k, event)]
        candidates = told_closer[:1] if told_closer else [] if _additive(doc, event) else [k for k in kept if same_event(k, event) and same_aim(doc, k, event)]
        # a mention that fits two events already told ("On Monday, Russian forces shelled
        # Ukraine" after Kharkiv and Odesa) may sum both up: it is joined to neither. A bare
        # one (one participant, no day, no place: "after the Iranian attack", "Turkey's
        # offensive") sums up nothing: a definite description refers back to an act the story
        # has told, so it tells no new event; it joins the first of them told in full (with
        # both participants, or a day or a place), else the first.
        target = candidates[0] if len(candidates) == 1 else None
        if len(candidates) > 1 and _bare(event):
            target = next((k for k in candidates if not _bare(k)), candidates[0])
        claimed = _claimed_act(kept, event) if _claim_of_told_act(doc, event) else None
        if claimed is not None:
            # the claimant is the doer of the act told before without one ("a bombing on
            # Jan. 3 killed nearly 100 people" ... "IS claimed responsibility for the bombing")
            target, claimed.actor = claimed, event.actor
        if target is None:
            event.mentions = [mention_of(event)]
            kept.append(event)
        else:
            _complete(target, event)
            joined[event.id] = target.id
    return kept, joined


# the actor paths of an event noun whose doer is written inside its own noun phrase: a
# definite description of an act ("Pakistan's strikes", "the Pakistani offensive")
DESCRIBED_DOER_PATHS = frozenset({"poss", "amod", "compound"})


def date_definite_descriptions(events: list[Event]) -> None:
    """An undated event noun that names its doer in its own phrase ("Pakistan's strikes on
    Iranian territory", "the Pakistani offensive") describes an act the story has told: it
    takes the day of the earlier dated act of that type by that doer, when the story tells
    of one such day only. Its recipient may be worded otherwise (the act was told by its
    victims, the description by the country hit), so only type and doer are compared."""
    dated: list[Event] = []
    for event in events:
        _, kind, roles = rule_parts(event.rule)
        if (event.date_range is None and kind == "noun" and event.status == "occurred" and identity(event.actor) is not None
                and roles.split(">")[0].split("-")[0] in DESCRIBED_DOER_PATHS):
            told = [e for e in dated if e.event_type == event.event_type and identity(e.actor) == identity(event.actor)]
            if len({e.date for e in told}) == 1:
                event.date_from(told[0])
        if event.date is not None and event.date_precision == "day" and event.status == "occurred":
            dated.append(event)


@register_stage
class EventMentions(Stage):
    """Joins the mentions of one real event in a document into one event; an agentless attack
    or coercion takes the doer the sentences before it name (stages/doers.py), else the generic
    actor its words describe (stages/unidentified.py)."""

    name = "event_mentions"
    requires = ("parse", "record.events", "event.location")
    # the sentences and the dates tell a count since a month or a year from a toll (doers.py);
    # the actor mentions tell a doer named in an instrument's words (unidentified.py)
    # the places of the record tell the state a trip goes to (hosts.py)
    uses = ("sentences", "timexes", "actor_mentions", "record.places")
    # (the generic actors it gives are listed in the record's actors)
    adds = ("event.mentions", "record.actors")

    def __call__(self, state: DocState) -> None:
        # a request for a person held is addressed to whoever holds them (stages/releases.py)
        give_detainers(state.record.events, state.doc)
        state.record.events, _ = merge_mentions(list(state.record.events), state.doc)
        date_definite_descriptions(state.record.events)
        # an agentless attack takes the doer the sentences before it name (stages/doers.py)
        give_context_doers(state.record.events, state.doc, state)
        # an offer or a plan of a trip is addressed to the state it goes to (stages/hosts.py)
        give_hosts(state.record.events, state.doc, state.record.places)
        # troops readied for an attack are aimed at its target (stages/preparations.py)
        give_prepared_targets(state.record.events, state.doc)
        # a hostile act told without its target is aimed where the same side's acts just
        # before it were (stages/targets.py)
        give_context_targets(state.record.events, state.doc)
        # partners named as doers of one act act on the same side (stages/partners.py)
        share_partner_targets(state.record.events)
        # a protest told with no target of its own is against what the story says its
        # protests are against (stages/protest_targets.py)
        give_protest_targets(state.record.events, state.doc)
        # weapons brought down are aimed at whoever launched them (stages/interceptions.py)
        give_interception_targets(state.record.events, state.doc)
        # attackers fought back against are whoever attacked that side (stages/attackers.py)
        give_attackers_targets(state.record.events, state.doc)
        # a response threatened is aimed at whoever acted against that side (stages/responses.py)
        give_response_targets(state.record.events, state.doc)
        # an act done to another party by its nature, told with no one as its object, is
        # aimed at the party its actor deals with in the story (stages/counterparts.py)
        give_counterparts(state.record.events)
        # praise or mediation of a truce or a deal is aimed at the sides the story told
        # agreeing to it (stages/settlements.py), rather than at a counterpart guessed (the
        # sides it adds are no pairs the counterparts of other acts are counted from)
        give_settlement_sides(state.record.events, state.doc)
        # an attack whose doer no sentence names: the generic actor its words describe
        # ("Unidentified gunmen"), once nothing is left to complete it (stages/unidentified.py)
        give_unidentified_doers(state.record.events, state.doc, state)


@register_stage
class EventConfidence(Stage):
    """The calibrated confidence of each event (`model:event-confidence@v1`)."""

    name = "event_confidence"
    requires = ("event.mentions", "event.location")
    # the places a later stage gives change what the confidence reads
    uses = ("event.location",)
    adds = ("event.confidence", "record.events")

    def __init__(self, min_confidence: float | None = 0.0, *, doerless: bool = False):
        # 0 (the default) keeps every event: an event under the threshold may still be what
        # links two reports of one attack (an unnamed target, "the Pakistani offensive").
        # None: the model's own threshold, where the article-level F1 of the train split is
        # highest (scripts/train_event_confidence.py), for a dataset of the surer events only.
        self.min_confidence = min_confidence
        # An act no words name a doer for, nor describe one (the codebook's "Unidentified
        # gunmen"), once the context gave it none (event_mentions), is kept only as an incident
        # of its own: told with its day or its place ("a bombing on Jan. 3 in Kerman that killed
        # nearly 100 people", which another report may tell with its doer). With neither it is
        # a tally or a generality ("more than 500,000 people have been killed in the war"), no
        # event of a who-did-what-to-whom dataset (ACLED codes an event by its actor, day and
        # place); its toll stays in the claims. So is an act done to another party by its
        # nature with no one it was done to (`told_in_full`); an act of a kind that concerns no
        # other party ("her resignation", `between_parties`) is left out on any day. `doerless`
        # keeps every one (for tests of how sentences are read).
        self.doerless = doerless

    def __call__(self, state: DocState) -> None:
        model = load()
        threshold = self.min_confidence if self.min_confidence is not None else (model or {}).get("threshold", 0.0)
        events = state.record.events
        told = [dataset_event(e, state.doc) for e in events]
        dumped = [e.model_dump(mode="json") for e in events]
        # the record's other events, as `extract` writes them, are what an event's pair of
        # parties is checked against (models/event_confidence.dyad_support)
        record_events = [d for d, keep in zip(dumped, told) if keep]
        for event, as_json in zip(events, dumped):
            event.confidence = confidence(as_json, model, record_events)
        state.record.events = [e for e, keep in zip(events, told)
                               if kept(e.status, e.confidence, threshold) and (self.doerless or keep)]


def dataset_event(event: Event, doc) -> bool:
    """Whether an event belongs in a who-did-what-to-whom dataset: an act between parties,
    told with its doer (a party) and, for an act aimed at another, its target; else told as an
    incident of its own."""
    return between_parties(event) and ((told_in_full(event) and names_a_party(event.actor, doc) and not implied_doer(event))
                                       or (incident(event) and not unplaced_doer(event, doc)))


def unplaced_doer(event: Event, doc) -> bool:
    """Whether an event with no actor is told by an active verb: its doer is its subject, or the
    subject of the clause it completes ("Byron went to liberate Greece", "he spent a month
    fighting Isis in Deir ez-Zor"), words the text has and the actor stage could not place. The
    doer is told, not unknown: the act is no incident of an unknown doer (a passive with no
    agent, "two soldiers were killed in Afrin"; a subject that is itself an act or a weapon
    with no doer, "a bombing in Kerman that killed nearly 100 people"), but one whose who is lost."""
    from ..knowledge.events import default_lexicon
    from .events.syntax import reduced_passive, subject
    from .unidentified import INSTRUMENT_DOERS

    if event.actor is not None or doc is None:
        return False
    token = root_at(doc, event.trigger.span)
    if token is None or token.pos_ != "VERB" or reduced_passive(token):
        return False
    tokens, _, passive = subject(token)
    if passive:
        return False
    # (a relative pronoun stands for the noun its clause modifies: "a bombing ... that killed")
    nouns = [t.head.head if t.lower_ in RELATIVE_PRONOUNS and t.head.dep_ == "relcl" else t for t in tokens]
    return not any(n.lemma_.lower() in default_lexicon().nouns or n.lemma_.lower() in INSTRUMENT_DOERS for n in nouns)


def implied_doer(event: Event) -> bool:
    """Whether an event's doer is only the generic one its act implies, with no word for it
    ("civilians have been killed": "Unidentified attackers", its text the trigger,
    stages/unidentified.py): no words name or describe a doer, so, as an act with none, it is
    kept only as an incident of its own."""
    ref = event.actor
    return (ref is not None and bool(ref.name) and ref.name.startswith(GENERIC_PREFIX + " ") and ref.span is not None
            and tuple(ref.span) == tuple(event.trigger.span))


def told_in_full(event: Event) -> bool:
    """Whether an event names who did it and, for an act done to another party by its nature
    (`COUNTERPART_TYPES`: an attack, an accusation, a meeting, support; and a threat,
    `aimed_types`), to whom. An act aimed
    at someone no words nor the story name ("condemned the move", "backed by the coalition",
    with no counterpart in the story) is as incomplete as one with no doer: a
    who-did-what-to-whom dataset keeps it only as an incident (`incident`)."""
    return event.actor is not None and (event.recipient is not None or event.event_type not in AIMED_TYPES)


def between_parties(event: Event) -> bool:
    """Whether an event can be an act between actors: not one of a kind that concerns no other
    party (`solitary_modes`: "her resignation was reported", "Mattis resigned on Thursday")
    told with no party it is aimed at, on whatever day or in whatever place."""
    return event.recipient is not None or event.mode not in SOLITARY_MODES


def names_a_party(actor, doc) -> bool:
    """Whether an event's doer is a party: an actor named, coded or placed in a state, or words
    with a proper name no dictionary knows ("the Henry Jackson Society"). Common words that
    name no party ("thick clouds of smoke blocked out the sky", "radios dropped by retreating
    fighters", "many western powers now accept") give the act no doer, as none would."""
    if actor is None or actor.name or actor.code or actor.country or doc is None:
        return True
    named = doc.char_span(*actor.span, alignment_mode="expand")
    return named is None or any(t.pos_ == "PROPN" for t in named)


def incident(event: Event) -> bool:
    """Whether an event is told as an incident of its own: with its day, or a place stated for
    it (not one the discourse around it gives). The day too is the act's own only when the words
    that tell it are in a sentence that tells the act ("a bombing on Jan. 3"): a day the discourse
    around gives ("Thick clouds of smoke blocked out the sky", after "On Saturday, ...") dates a
    sentence that tells no incident of its own, as a place it gives does not place one."""
    stated_place = event.location is not None and event.location.basis != "discourse"
    return stated_day(event) or stated_place


def stated_day(event: Event) -> bool:
    """Whether an event's day is told in the words of one of its mentions."""
    if event.date_precision != "day":
        return False
    if not event.date_text:
        return True  # (no words kept for it: taken as told)
    texts = [m.text for m in event.mentions] or [event.text]
    return any(event.date_text in text for text in texts if text)


def with_min_confidence(stages: list, min_confidence: float | None, *, doerless: bool = False) -> list:
    """`stages` (names or stages) with the event_confidence stage given this threshold (None:
    the model's own), keeping the events with no doer too with `doerless`."""
    return [EventConfidence(min_confidence, doerless=doerless) if stage == "event_confidence" else stage for stage in stages]
