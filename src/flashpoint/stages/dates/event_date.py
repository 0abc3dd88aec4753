"""The date of an event: the date expression that governs its trigger, else the nearest in its
sentence, else, for a statement, the date of the speech it is part of, else one carried from an
earlier sentence of its paragraph."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from ...language.trees import speaking_participles, steps_up
from ...nlp import doc_text
from ...stage import DocState
from .tense import governing_preposition, governing_verb
from .timex import Timex
from .words import BOUND_PREPS, IRREGULAR_PRESENT_LEMMAS, MESSAGE_NOUNS, MESSAGE_SENDERS, OTHER_OCCASION_ADVERBS, REPORTING, SEQUEL_ADVERBS, SIMULTANEOUS_CLAUSE_WORDS

# Subjects that refer back to what the text has just told.
ANAPHORIC_SUBJECTS = frozenset({"it", "this", "that"})
# Tags of a verb form with a tense of its own.
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
QUOTE_MARKS = ("\u201c", "\u201d", '"')
# Sentences a statement may lie after the last one its speaker made, across a paragraph break,
# and still be told as part of the same speech (news often gives each statement its own paragraph).
OCCASION_SENTENCES = 3


@dataclass(frozen=True)
class SpeechAct:
    """What the event coder tells `event_date` of a statement (an event of a speech type), so
    that it can take the date of the speech it was made in: `names`, who made it (the actors
    the coder resolved, pronouns and surnames included), and `speaker_of(token, sentence)`,
    the names of the speaker of an earlier verb if that verb is a speech act (a verb of saying
    or a statement's trigger), else none. A speaker named by any of `names` is the same."""

    names: frozenset[str]
    speaker_of: Callable[[object, int], frozenset[str]]


def _path_to(token, target, limit: int = 10) -> int | None:
    """Steps from token up the tree to target, not passing through another verb; None if not reached."""
    return steps_up(token, (target.i,), limit)


def _issuing(verb) -> bool:
    """A participle of putting out a message ("a statement issued late on Tuesday"): its date is
    the message's, the date of what it says, not of a clause of its own."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in MESSAGE_SENDERS and verb.head.lemma_.lower() in MESSAGE_NOUNS


def _in_other_clause(token, trigger) -> bool:
    """Whether a date hangs from a verb other than the trigger and the verbs above it."""
    above = {trigger.i} | {t.i for t in trigger.ancestors}
    t = token.head
    while t.head.i != t.i and t.i not in above:
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") and not _issuing(t):
            return True
        t = t.head
    return t.pos_ in ("VERB", "AUX") and t.i not in above


def _paragraph_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos)


def _counted_from_event(doc, t: Timex, trigger) -> bool:
    """Whether the trigger is the event an offset names ("two days after [the attacks]"): the
    object of the offset's own "after", "before" or "prior to", or (the parser does not
    always say so) the noun that ends the noun phrase written right after it."""
    last = doc[t.token_end - 1] if t.token_end > t.token_start else None
    if last is not None and last.lower_ in ("after", "before") and trigger.i >= t.token_end and trigger.pos_ == "NOUN" \
            and all(w.pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM") and not w.is_punct for w in doc[t.token_end:trigger.i]) \
            and not (trigger.i + 1 < len(doc) and doc[trigger.i + 1].pos_ in ("NOUN", "PROPN")):
        return True
    head = trigger
    for _ in range(3):  # the trigger itself, or a noun phrase it is part of
        if head.dep_ in ("pobj", "pcomp"):
            prep = head.head
            if prep.lower_ == "to" and prep.head.lower_ == "prior":
                prep = prep.head
            return t.token_start <= prep.i < t.token_end and prep.lower_ in ("after", "before", "prior")
        if head.dep_ not in ("compound", "amod", "nmod") or head.head.i == head.i:
            return False
        head = head.head
    return False


def _counted_clause(doc, t: Timex):
    """The verb of the clause an offset's "after" or "before" introduces ("a day after [Iran
    launched attacks]"), else None."""
    for i in range(t.token_start, min(t.token_end, len(doc))):
        mark = doc[i]
        if mark.dep_ == "mark" and mark.lower_ in ("after", "before") and mark.head.dep_ == "advcl":
            return mark.head
    return None


def _anaphoric_subject(verb) -> bool:
    """Whether a clause's subject refers back to what the text has just told ("It came a day
    after ...", "This followed ...")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ANAPHORIC_SUBJECTS for c in verb.children)


def _offset_clauses(doc, t: Timex, trigger) -> Timex | None:
    """The dates of the two clauses an offset joins ("two days after Iran struck, Pakistan
    retaliated"): the main clause is the offset's date, the clause it counts from the date
    the offset counts from (the reference: Iran struck on the day the text told last). But
    when the main clause refers back to what was told ("It came a day after Iran launched
    attacks"), it is the event of the reference date, and the counted clause is as far
    before it (or after it, for "before") as the offset says."""
    base = t.counted_from
    if base is None or not base.resolved or t.precision != "day" or base.precision != "day":
        return None
    clause = _counted_clause(doc, t)
    if clause is None:
        return None
    main, verb = clause.head, governing_verb(trigger)
    if verb is None:
        return None
    if verb.i == clause.i or any(a.i == clause.i for a in verb.ancestors):
        return _mirrored(t) if _anaphoric_subject(main) else base
    if verb.i == main.i:
        return base if _anaphoric_subject(main) else t
    return None


def _mirrored(t: Timex) -> Timex | None:
    """The day as far before the date an offset counts from as the offset is after it (or
    after, for "before"): the day of what the offset counts from, when the offset's own day is
    the one told ("It came a day after Iran launched attacks": the attacks were the day before
    the day told)."""
    try:
        counted = date.fromisoformat(t.counted_from.value)
        day = counted - (date.fromisoformat(t.value) - counted)
    except (AttributeError, TypeError, ValueError):
        return None
    return replace(t, value=day.isoformat(), counted_from=None)


def _restates(t: Timex) -> bool:
    """Whether an offset restates the day told right before it by the event it follows or
    precedes ("recalled its ambassador on Wednesday, a day after the Iranian strike", see
    `Timex.restates`): the clause happened on the day told, the event the offset names a day
    before it."""
    base = t.counted_from
    return t.restates and base is not None and base.resolved and t.precision == "day" and base.precision == "day"


def _finite_verb(trigger):
    """The finite verb of the trigger's clause: the nearest verb above it with a tense of its own
    (itself, or an auxiliary's), climbing out of infinitives and participles."""
    verb = governing_verb(trigger)
    for _ in range(6):
        if verb is None:
            return None
        auxes = [a for a in verb.children if a.dep_ in ("aux", "auxpass") and a.lower_ != "to"]
        if verb.tag_ in FINITE_TAGS or any(a.tag_ in FINITE_TAGS for a in auxes):
            return verb
        if verb.head.i == verb.i:
            return None
        verb = governing_verb(verb.head)
    return None


def _present_form(verb) -> bool:
    """Whether a verb tagged present is one: the tagger calls some irregular past forms present
    ("retook"), and a present form other than the third person is its lemma (but for "are", "have")."""
    lemma = verb.lemma_.lower()
    return verb.tag_ == "VBZ" or verb.tag_ == "VBP" and (verb.lower_ == lemma or lemma in IRREGULAR_PRESENT_LEMMAS)


def _tells_of_now(trigger) -> bool:
    """Whether the trigger's clause is in the present or the present perfect ("the council says it
    has lifted ...", "the rebels claim to have taken ..."): it tells of now, not of the time an
    earlier sentence set, so no date is carried to it."""
    verb = _finite_verb(trigger)
    if verb is None:
        return False
    auxes = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("VBD", "MD") for a in auxes):
        return False
    if verb.tag_ in ("VBN", "VBD"):
        # the present perfect or passive ("has seized", "is shelled"; the tagger reads some
        # participles after a contracted auxiliary as past forms: "who’s fought")
        return any(a.tag_ in ("VBZ", "VBP") for a in auxes)
    return _present_form(verb)


def _told_as_sequel(trigger) -> bool:
    """Whether the trigger's clause says its act came after the time the text last set ("She
    was eventually captured", "the rebels later withdrew"): that earlier time does not date it."""
    verb = governing_verb(trigger)
    for word in (trigger, verb):
        if word is not None and any(c.dep_ == "advmod" and c.lower_ in SEQUEL_ADVERBS for c in word.children):
            return True
    return False


def _in_aside(doc, t: Timex, trigger) -> bool:
    """Whether a date stands in parentheses that do not hold the trigger: an aside, such as a
    citation ("is wrong (Comment, 3 March)"), dates what the aside tells, not the event; the
    caller keeps it when the parse attaches it to the trigger ("shelled the port (on 2 May)")."""
    sent = doc[t.token_start].sent
    opened = None
    for tok in sent:
        if tok.i >= t.token_start:
            break
        if tok.text == "(":
            opened = tok.i
        elif tok.text == ")":
            opened = None
    if opened is None:
        return False
    closed = next((tok.i for tok in doc[t.token_end:sent.end] if tok.text == ")"), sent.end)
    return trigger is None or not opened < trigger.i < closed


def _inside_quotation(text: str, pos: int) -> bool:
    """Whether a position lies inside a quotation that curly quotation marks open before it and
    have not closed."""
    return text.count(QUOTE_MARKS[0], 0, pos) > text.count(QUOTE_MARKS[1], 0, pos)


def _narrates_now(sentence) -> bool:
    """Whether a sentence of the narration is in the simple present ("The road is still closed",
    "Few expect a deal"): it speaks of now, and ends the time an earlier sentence set. Not words
    quoted from someone, whose present is the time they were said; not the present perfect,
    which reaches back to that time ("Since then no talks have been held")."""
    text = sentence.text.strip()
    if text[:1] in QUOTE_MARKS or text[-1:] in QUOTE_MARKS or text[-2:-1] in QUOTE_MARKS:
        return False
    verb = sentence.root
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" or a.tag_ in ("VBD", "MD") for a in auxes):
        return False  # a perfect, a past or a modal
    if auxes:
        return any(a.tag_ in ("VBZ", "VBP") for a in auxes)  # "is attacking", "are expected", "does not"
    return _present_form(verb)


def event_date(state: DocState, trigger_token_index: int, sentence_index: int,
               speech: SpeechAct | None = None) -> Timex | None:
    """The resolved date of an event, or None.

    In order: a date expression governing the trigger in the dependency tree (attached to
    the trigger, or to the verb of the trigger's clause: "On Tuesday, Iran struck ...",
    "Pakistan's strikes on Thursday"); else the nearest date in the same sentence; else
    the date carried from the closest earlier sentence of the same paragraph that has one.
    Never the publication date by default. The result has `value`, `precision`, `text`
    and `span` (and `to_mention()` for a record `DateMention`).

    An event named as what an offset counts from ("two days after the Iranian attacks")
    happened on the day counted from: its date is the expression that dated that day.
    A date in an aside in parentheses ("(Comment, 3 March)") dates neither.

    A statement (`speech` given) with no date of its own takes the date of the speech its
    speaker made it in (see `_occasion_date`) before any date carried from an earlier sentence.
    """
    dates = [t for t in state.timexes or [] if t.resolved]
    if not dates:
        return None
    doc = state.doc
    trigger = doc[trigger_token_index]
    same = [t for t in dates if t.sentence == sentence_index]
    for t in same:
        if _restates(t) and _counted_from_event(doc, t, trigger):
            return _mirrored(t)
    same = [t for t in same if not _restates(t)]  # the day it restates dates the clause
    for t in same:
        if t.counted_from is not None and t.counted_from.resolved and _counted_from_event(doc, t, trigger):
            return t.counted_from
        counted = _offset_clauses(doc, t, trigger)
        if counted is not None:
            return counted
    same = [t for t in same if not _in_aside(doc, t, trigger) or _path_to(_root(doc, t), trigger) is not None]
    # A sentence whose only dates bound an act or date one noun of it is not undated: its
    # time is its own, and no earlier sentence's date is carried to it.
    own = [t for t in same if not _bounds_act(doc, t) and not _dates_another_noun(doc, t, trigger)]
    if own:
        found = _date_in_sentence(doc, own, trigger)
        if found is not None or speech is None:
            return found
        return _occasion_date(state, dates, trigger, sentence_index, speech)
    if speech is not None:
        found = _occasion_date(state, dates, trigger, sentence_index, speech)
        if found is not None:
            return found
    if same:
        return None
    return _carried_date(state, dates, trigger, sentence_index)


def _bounds_act(doc, t: Timex) -> bool:
    """Whether a date is the object of "until" or "till" ("the talks were put off until
    February", "shelled the town until Tuesday"): it says when the act ends or may end, not
    that it happened on that date."""
    span = doc[t.token_start:t.token_end] if t.token_end > t.token_start else None
    return span is not None and governing_preposition(doc, span) in BOUND_PREPS


def _dates_another_noun(doc, t: Timex, trigger) -> bool:
    """Whether a date in the possessive ("Tuesday's attack", "last week's capitulation") belongs
    to a noun other than the trigger: the possessive dates its own noun only, not the verb of the
    clause nor the sentence's other acts ("Turkey blamed Syria for Saturday's attack" does not
    say when Turkey blamed it). But when that noun is the doer of the trigger ("Tuesday's strike
    killed ten", "were suffocated by Saturday's attack"), the trigger tells what the dated event
    did, at its time."""
    if t.token_end <= t.token_start:
        return False
    root = _root(doc, t)
    possessive = root.dep_ == "poss" or any(c.dep_ == "case" and c.tag_ == "POS" for c in root.children)
    if not possessive or root.head.i == root.i:
        return False
    noun = root.head
    if noun.i == trigger.i:
        return False
    return not _doer_of(noun, trigger)


def _doer_of(noun, verb) -> bool:
    """Whether a noun is the subject of a verb or the agent of its passive ("by the attack")."""
    if noun.dep_ == "nsubj" and noun.head.i == verb.i:
        return True
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.i == verb.i


def _root(doc, t: Timex):
    return doc[t.token_start:t.token_end].root


def _simultaneous_clause_steps(root, trigger, clause) -> int | None:
    """Steps from a date up to a clause of the same time that modifies the trigger or its
    clause ("five police officers were killed when their vehicle hit a bomb on Wednesday": the
    killing was on Wednesday too); None if the date is in no such clause."""
    for head in {trigger, clause} - {None}:
        for sub in (c for c in head.children if c.dep_ == "advcl"):
            opened = any(w.dep_ in ("mark", "advmod") and w.lower_ in SIMULTANEOUS_CLAUSE_WORDS and w.i < sub.i for w in sub.children)
            steps = _path_to(root, sub) if opened else None
            if steps is not None:
                return steps
    return None


def _date_in_sentence(doc, same: list[Timex], trigger) -> Timex | None:
    """The date of the trigger's own sentence that dates it: the one that governs it, or the
    verb of its clause; else the nearest that hangs from no verb of its own."""
    clause = governing_verb(trigger)
    best = None
    for t in same:
        root = _root(doc, t)
        steps = _path_to(root, trigger)
        score = None
        if steps is not None:
            score = steps
        elif clause is not None and clause.i != trigger.i:
            s2 = _path_to(root, clause)
            if s2 is not None:
                score = 10 + s2
        if score is None:
            s3 = _simultaneous_clause_steps(root, trigger, clause)
            score = None if s3 is None else 20 + s3
        if score is not None and (best is None or score < best[0]):
            best = (score, t)
    if best is not None:
        return best[1]

    def distance(t):
        if t.token_end <= trigger.i:
            return trigger.i - t.token_end + 1
        return t.token_start - trigger.i

    # A date of another clause ("a congress to be held in December") dates that clause's
    # act; the nearest one is taken only when it hangs from no verb of its own.
    free = [t for t in same if not _in_other_clause(_root(doc, t), trigger)]
    if free:
        return min(free, key=lambda t: (distance(t), t.start))
    return None


def _carried_date(state: DocState, dates: list[Timex], trigger, sentence_index: int) -> Timex | None:
    """The date carried from the closest earlier sentence of the paragraph that has one (its
    main clause's date, else its last), unless the trigger's clause tells of now, or a sentence
    of the narration in the present between ends that earlier time. A date in an aside is
    not carried."""
    doc = state.doc
    sentences = state.sentences or list(doc.sents)
    text = doc_text(doc)
    if sentence_index >= len(sentences) or _tells_of_now(trigger) or _told_as_sequel(trigger):
        return None
    paragraph = _paragraph_of(text, sentences[sentence_index].start_char)
    for index in range(sentence_index - 1, -1, -1):
        if _paragraph_of(text, sentences[index].start_char) != paragraph:
            break
        earlier = [t for t in dates if t.sentence == index and not _in_aside(doc, t, None)]
        if earlier:
            root = sentences[index].root
            for t in earlier:
                if _path_to(_root(doc, t), root) is not None:
                    return t
            return earlier[-1]
        if _narrates_now(sentences[index]):
            return None  # a sentence of now between ("The road is still closed") ends the earlier time
    return None


def _own_dates(doc, dates: list[Timex], index: int) -> list[Timex]:
    """The dates of sentence `index` that date an act of it: not asides, not bounds ("until")."""
    return [t for t in dates if t.sentence == index and not _in_aside(doc, t, None) and not _bounds_act(doc, t)]


def _speech_verb(word):
    """The verb that tells a statement was made: the verb of saying its clause is reported by
    ("Yildirim said he expected the US to ..."), else the verb of its own clause."""
    verb = governing_verb(word)
    while verb is not None and verb.dep_ in ("ccomp", "xcomp", "conj") and verb.head.i != verb.i:
        above = governing_verb(verb.head)
        if above is None or above.lemma_.lower() not in REPORTING:
            break
        verb = above
    return verb


def _another_occasion(verb, reported: bool = False) -> bool:
    """Whether a verb of speech tells of an occasion other than the speech being told: in the
    present or the present perfect ("says", "has said": now, not then), in the past perfect
    ("had said": before it), or with an adverb that says so ("earlier", "previously") or puts
    it after ("later"). A `reported` verb, the content of a verb of saying, may be in the
    present ("he said he expects"): only its perfects and adverbs count."""
    if verb is None or _told_as_sequel(verb):
        return True
    auxes = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" for a in auxes) if reported else _tells_of_now(verb):
        return True
    if any(a.lemma_ == "have" and a.tag_ == "VBD" for a in auxes):
        return True
    return any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in OTHER_OCCASION_ADVERBS for c in verb.children)


def _speech_date(doc, own: list[Timex], verb) -> Timex | None:
    """The date of a verb of speech in its own sentence: one that governs it, or hangs from a
    participle said with it ("Speaking after a meeting in London on Monday, Yildirim said":
    the speaking and the saying are one act; not "Having met ... on Monday", which is before).
    Not a possessive date of another noun ("condemned Saturday's attack")."""
    participles = speaking_participles(verb)
    for t in own:
        if _dates_another_noun(doc, t, verb):
            continue
        root = _root(doc, t)
        if any(_path_to(root, v) is not None for v in (verb, *participles)):
            return t
    return None


def _statements(sentence, index: int, speech: SpeechAct) -> list:
    """The verbs telling the statements of `speech`'s speaker in a sentence: the verb of saying
    above each of their speech acts that is theirs, else the act itself."""
    verbs = {}
    for act in (t for t in sentence if t.pos_ == "VERB" and speech.speaker_of(t, index) & speech.names):
        above = _speech_verb(act)
        verb = above if above is not None and above.i != act.i and speech.speaker_of(above, index) & speech.names else act
        verbs[verb.i] = verb
    return list(verbs.values())


def _occasion_date(state: DocState, dates: list[Timex], trigger, sentence_index: int, speech: SpeechAct) -> Timex | None:
    """The date of the speech a statement was made in: news tells a speech in several sentences
    ("Speaking in London on Monday, Yildirim said ... He accused the EU of ... Yildirim also
    said ..."), and every statement of it was made on its day. Walking back from the statement,
    over the same speaker's undated statements (the same person, or a pronoun or surname
    resolved to them) and sentences that are not theirs, to the first of their statements that
    has a date of its own: that date. Within the paragraph of the last statement passed, or
    `OCCASION_SENTENCES` sentences of it. Nothing when the statement, or one passed, tells of
    another occasion ("has said", "had said", "earlier"), when a sentence between has a date
    of its own (another act's, another speaker's dated speech), or when a sentence of the
    narration in the present ends the time told."""
    verb = _speech_verb(trigger)
    finite = _finite_verb(trigger)
    if not any(speech.names) or _another_occasion(verb) \
            or (finite is not None and finite.i != verb.i and _another_occasion(finite, reported=True)):
        return None
    doc = state.doc
    sentences = state.sentences or list(doc.sents)
    text = doc_text(doc)
    found = _speech_date(doc, _own_dates(doc, dates, sentence_index), verb)
    if found is not None:
        return found
    last = sentence_index
    for index in range(sentence_index - 1, -1, -1):
        if _paragraph_of(text, sentences[index].start_char) != _paragraph_of(text, sentences[last].start_char) \
                and last - index > OCCASION_SENTENCES:
            return None
        own = _own_dates(doc, dates, index)
        told = _statements(sentences[index], index, speech)
        if told:
            if any(_another_occasion(v, reported=_speech_verb(v).i != v.i) for v in told):
                return None  # "he had said", "he has said": another occasion
            found = next((d for v in told for d in [_speech_date(doc, own, v)] if d is not None), None)
            if found is not None:
                return found
            last = index
            continue
        if own or (_narrates_now(sentences[index]) and not _inside_quotation(text, sentences[index].start_char)):
            # another act's date, or the present, between; not a sentence in the middle of the
            # speaker's quotation ("“... What happens if we tell them ... ?”"), which is the speech
            return None
    return None
