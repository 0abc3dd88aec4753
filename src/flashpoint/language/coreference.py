"""Coreference: the one search for what a pronoun (or a definite description) refers back to,
shared by every stage that needs one:

- actors: "its ambassador", "their leaders" -> the state or group the possessive stands for;
- events: "Pakistan said it had attacked", "they fired" -> the actor that acts;
- quotes: "she said" -> the person (or body) who speaks.

The machinery is written here once: the walk up the clause chain to the subject of a clause
above (`subject_above`), the scan back over earlier mentions, nearest first, within a window
(`nearest_earlier`, with `mentions_before` and `window_start` for the window), and binding
principle B (`bound_subjects`, `covers_any`). What differs between the stages is passed in:
which mentions are candidates (and in what order, nearest first), when a candidate agrees with
the pronoun ("its" a state, "she" a person), when an agreeing one is eligible (a subject, a
speaker), where the search stops. Mentions are whatever the stage calls a mention; this module
only compares them through the functions it is given.
"""

from __future__ import annotations

from bisect import bisect_right

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from itertools import islice
from typing import Protocol, TypeVar

from spacy.tokens import Token

from ..lexicon import words

M = TypeVar("M")  # a stage's mention: an actor mention, a speaker, a (position, speaker) entry


class Spanning(Protocol):
    """A mention with the token positions it covers: `start` <= i < `end`."""

    start: int
    end: int


def _found(mention: object) -> bool:
    return mention is not None


def _always(_mention: object) -> bool:
    return True


def _never(_mention: object) -> bool:
    return False


def _every_clause(_branch: Token, _clause: Token) -> bool:
    return True


# ---------------------------------------------------------------- up the clause chain


def clause_chain(word: Token) -> Iterator[tuple[Token, Token]]:
    """The way up from a word to the root of its sentence, one step at a time: pairs (branch,
    clause) of the word the walk comes from and the word it hangs on. Ends at the root (a word
    that is its own head); a root itself gives nothing."""
    branch = word
    while branch.head.i != branch.i:
        yield branch, branch.head
        branch = branch.head


def subjects_before(pronoun: Token, dependencies: Collection[str]) -> Callable[[Token, Token], Iterator[Token]]:
    """The subjects of a clause that a possessive pronoun in it can refer to: its children
    with a subject's dependency, before the pronoun and not on the pronoun's own branch
    ("Pakistan said its army ..." -> "Pakistan"; not the phrase that holds "its")."""

    def subjects(clause: Token, branch: Token) -> Iterator[Token]:
        for child in clause.children:
            if child.dep_ in dependencies and child.i != branch.i and child.i < pronoun.i:
                yield child

    return subjects


def subject_above(pronoun: Token, mention_at: Callable[[Token], M | None], *,
                  subjects: Callable[[Token, Token], Iterable[Token]], agrees: Callable[[M | None], bool] = _found,
                  start: Token | None = None, steps: int | None = None,
                  through: Callable[[Token, Token], bool] = _every_clause,
                  until: Callable[[Token], bool] = _never) -> M | None:
    """The subject of a clause above the pronoun that it refers to, nearest clause first.

    Walks up from `start` (the pronoun unless given) to the root, at most `steps` words up,
    ending early at a branch `until` names; at each clause the walk reaches `through` a
    branch it admits (default: every clause), `subjects(clause, branch)` names the subjects,
    in order, and the first whose mention (`mention_at`) `agrees` with the pronoun is the
    antecedent."""
    for branch, clause in islice(clause_chain(start if start is not None else pronoun), steps):
        if until(branch):
            return None
        if not through(branch, clause):
            continue
        for subject in subjects(clause, branch):
            mention = mention_at(subject)
            if agrees(mention):
                return mention
    return None


# ---------------------------------------------------------------- back over earlier mentions


def sentence_index(sentence_starts: Sequence[int], i: int) -> int:
    """The number of the sentence the word at token index `i` is in (0 without sentences)."""
    return max(0, bisect_right(sentence_starts, i) - 1)


def window_start(sentence_starts: Sequence[int], sentence: int, back: int) -> int:
    """Where a search begins that looks at sentence number `sentence` and the `back`
    sentences before it: the first token of the earliest of them (0 without sentences)."""
    return sentence_starts[max(0, sentence - back)] if sentence_starts else 0


def mentions_before(pronoun: Token, since: int, mention_at: Callable[[int], M | None]) -> Iterator[M | None]:
    """The mention at each word before the pronoun, back to the word at `since`, nearest
    first: None where no mention is, a mention of several words once per word. Lazy, so
    `mention_at` is asked only as far as the search goes."""
    for i in range(pronoun.i - 1, since - 1, -1):
        yield mention_at(i)


def nearest_earlier(candidates: Iterable[M], agrees: Callable[[M], object], *,
                    within: Callable[[M], object] = _always, eligible: Callable[[M], object] = _always,
                    stop: Callable[[M], object] = _never, nearest_agreeing_only: bool = False) -> M | None:
    """The antecedent among earlier mentions: the nearest candidate that agrees with the
    pronoun and is eligible.

    `candidates` come nearest first (the stage's mentions in reverse document order). A
    candidate outside the window (`within` false) is passed over; the search ends at the first
    one inside it for which `stop` holds (gone too far back). With `nearest_agreeing_only`,
    only the nearest agreeing candidate counts: if it is not eligible, there is no antecedent
    (a named subject that does not speak hides the ones before it)."""
    for candidate in candidates:
        if not within(candidate):
            continue
        if stop(candidate):
            return None
        if not agrees(candidate):
            continue
        if eligible(candidate):
            return candidate
        if nearest_agreeing_only:
            return None
    return None


# ---------------------------------------------------------------- binding principle B


def bound_subjects(pronoun: Token, *, objects: Collection[str], subjects: Collection[str],
                   relatives: Collection[str]) -> list[Token]:
    """The subjects of the clause whose object the pronoun is (its `objects` dependency, or
    the object of a preposition of a verb), which the pronoun cannot refer to (binding
    principle B: "Erdogan urged him" is not Erdogan). A relative pronoun subject ("who")
    stands for the noun its clause modifies (`relative_head`)."""
    if pronoun.dep_ in objects:
        verb = pronoun.head
    elif pronoun.dep_ == "pobj" and pronoun.head.head.pos_ == "VERB":
        verb = pronoun.head.head
    else:
        return []
    found = [c for c in verb.children if c.dep_ in subjects]
    return [relative_head(s, relatives) for s in found]


def relative_head(word: Token, relatives: Collection[str]) -> Token:
    """The noun a relative pronoun stands for, the one its clause modifies ("al-Shabaab, which
    said its fighters ...": al-Shabaab); any other word itself."""
    return word.head.head if word.lower_ in relatives and word.head.dep_ == "relcl" else word


def covers_any(mention: Spanning, words: Iterable[Token]) -> bool:
    """Whether the mention covers one of the words (a bound subject it may not stand for)."""
    return any(mention.start <= w.i < mention.end for w in words)


__all__ = ["clause_chain", "subjects_before", "subject_above", "window_start", "mentions_before", "nearest_earlier",
           "bound_subjects", "relative_head", "covers_any"]


def inserted_referent(pronoun: Token, longest: int = 10) -> list[Token]:
    """Whom an editor's insertion in square brackets right after a pronoun says it means:
    "They [Russians and Tunisians] are making life hell for us" -> Russians, Tunisians (the
    heads of the bracketed noun phrase and their conjuncts). Empty for any other word."""
    doc = pronoun.doc
    if pronoun.pos_ != "PRON" or pronoun.i + 2 >= len(doc) or doc[pronoun.i + 1].text != "[":
        return []
    close = next((t.i for t in doc[pronoun.i + 2:pronoun.i + 2 + longest] if t.text == "]"), None)
    if close is None:
        return []
    inside = range(pronoun.i + 2, close)
    heads = [t for t in doc[pronoun.i + 2:close] if t.pos_ in ("NOUN", "PROPN") and t.head.i not in inside]
    return [c for h in heads for c in (h, *h.conjuncts) if c.i in inside]


def listed_members(noun: Token) -> list[Token]:
    """The members a noun is said to include: the objects of its "including", "like" or "such
    as" phrase, with their conjuncts ("partners including the UK and France")."""
    return [m for prep in noun.children if prep.dep_ == "prep" and (prep.lower_ in ("including", "like") or (
            prep.lower_ == "as" and any(a.lower_ == "such" for a in prep.children)))
            for o in prep.children if o.dep_ == "pobj" for m in (o, *o.conjuncts)]


def included_members(noun: Token) -> list[Token]:
    """The named members a plural common noun lists ("other world leaders including Saudi
    Arabia's King Salman and Donald Trump", "several leaders, such as Erdogan and Macron"):
    the noun stands for no one of its own, the names are who took part. Empty for a noun
    that names its own side ("Turkish forces including commandos", "the Gulf states") or
    lists no proper names."""
    if noun.tag_ != "NNS" or any(c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE") for c in noun.children):
        return []
    names = listed_members(noun)
    return names if names and all(m.pos_ == "PROPN" for m in names) else []


# "both countries", "the two sides": nouns a pair of parties told together is referred back by
PAIR_NOUNS = words("events", "pair_nouns")
HYPHENATED_TITLE_WORDS = words("events", "hyphenated_title_words")
RELATION_NOUNS = words("events", "relation_nouns")
PAIR_SENTENCES_BACK = 2
# where a number stands as a noun phrase of its own ("the two agreed", "urged the two")
NOMINAL_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})


def pair_referents(noun: Token, told: Iterable[tuple[int, list[Token]]] = ()) -> list[Token]:
    """The two parties "both countries", "the two sides", "the two leaders", "both" or "the two" alone refer back to:
    the last pair told before it, in its sentence or the two before: two names told together
    ("India and Pakistan exchanged fire ... urged both countries", "Indian and Pakistani
    troops", "the Iran-Pakistan strikes ... both countries", "relations between Armenia and
    Azerbaijan ... the two sides"), or the two parties of an event told, its doer and whom it
    was done to (`told`: (position, the two parties' words) of each, nearest first, as the
    caller finds them: "Israeli jets struck Hamas. Egypt urged both sides to return to the
    truce"), whichever came later. Empty for any other noun, or when no pair was told."""
    # "urged both to show restraint", "both agreed", "the two agreed": "both" or "the two"
    # standing alone is the pair itself
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    alone = (noun.lower_ == "both" and noun.pos_ == "PRON" and noun.dep_ not in ("det", "preconj", "predet")) or (
        noun.lower_ == "two" and the and noun.dep_ in NOMINAL_ROLES)
    if not alone and (noun.lemma_.lower() not in PAIR_NOUNS or noun.tag_ != "NNS"):
        return []
    both = alone or any(c.lower_ == "both" for c in noun.children)
    two = any(c.lower_ == "two" for c in noun.children) and the
    if not (both or two) or _names_its_own(noun):
        return []
    pair = last_pair(noun, told)
    if alone and pair and any(t.i > max(p.i for p in pair) for t in _counted_pairs(noun)):
        return []  # "Iran arrested two British sailors. Both were released": the two sailors, no pair of parties
    return pair


def _counted_pairs(noun: Token) -> list[Token]:
    """The plural nouns counted as two before a word in its sentence or the one before ("two
    British sailors", "both men"), which a bare "both" or "the two" may stand for."""
    doc = noun.doc
    start = doc[noun.sent.start - 1].sent.start if noun.sent.start > 0 else noun.sent.start
    return [t for t in doc[start:noun.i] if t.tag_ in ("NNS", "NNPS") and any(c.lower_ in ("two", "both") for c in t.children)]


# "the former", "the latter": the first and the second of a pair told, in the order told
ORDINAL_REFERENTS = {"former": 0, "latter": -1}


def ordinal_referent(noun: Token, told: Iterable[tuple[int, list[Token]]] = ()) -> list[Token]:
    """The party "the former" or "the latter" standing for a noun phrase refers back to: the
    first or the second, in the order of the text, of the last pair told (`last_pair`): "Iran
    accused Pakistan of sheltering militants. The latter rejected the accusation" (Pakistan).
    Empty for any other word, for the adjective ("the former president"), or with no pair."""
    place = ORDINAL_REFERENTS.get(noun.lower_)
    if place is None or noun.dep_ in ("amod", "compound") or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return []
    pair = sorted(last_pair(noun, told), key=lambda t: t.i)
    return [pair[place]] if len(pair) == 2 else []


def last_pair(noun: Token, told: Iterable[tuple[int, list[Token]]] = ()) -> list[Token]:
    """The last pair told before a word, in its sentence or the `PAIR_SENTENCES_BACK` before:
    two names told together or the two parties of an event told (see `pair_referents`),
    whichever came later; [] when none was."""
    doc, sentence = noun.doc, noun.sent
    start = sentence.start
    for _ in range(PAIR_SENTENCES_BACK):
        start = doc[start - 1].sent.start if start > 0 else start
    named = _named_pair(noun, start)
    dyad = next(((i, pair) for i, pair in told if start <= i < noun.i), None)
    if dyad is not None and (not named or dyad[0] > named[1].i):
        return dyad[1]
    return named


def _names_its_own(noun: Token) -> bool:
    """Whether a pair noun says itself whom it means, and so refers back to no pair: an
    apposition names them ("the two main rebel factions – Faylaq al-Rahman and Jaish
    al-Islam"), a compound or a people's adjective says whose they are ("both rebel factions",
    "the two Kurdish groups"), an "of" phrase names them ("both of the soldiers")."""
    return any(c.dep_ in ("appos", "compound", "nmod") or (c.dep_ == "amod" and (c.pos_ in ("NOUN", "PROPN") or c.ent_type_ == "NORP"))
               or (c.dep_ == "prep" and c.lower_ == "of")  # "both of the soldiers": the "of" phrase names them
               for c in noun.children)


def relation_sides(noun: Token) -> bool:
    """Whether a noun names the two sides of a standing relation after "between" ("the
    cooperation between the two countries", "ties between the two sides"; `relation_nouns`),
    whom a subject above it may be; not those of talks or a truce someone mediates ("Egypt and
    Qatar mediated talks between the two sides"), whom the subject addresses."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "between" and prep.head.lemma_.lower() in RELATION_NOUNS


def speaking_to(word: Token, noun: Token) -> bool:
    """Whether a name is (or modifies) the subject of a clause above a noun: "Egypt" in "Egypt
    and Qatar appealed to both sides", "Egyptian officials urged both sides". Not for a pair
    noun after "between", which names the two sides of a relation, who may be the subject
    themselves ("Pakistan and Iran's navies held an exercise to underscore the cooperation
    between the two countries")."""
    if relation_sides(noun):
        return False
    while word.dep_ in ("amod", "compound", "poss", "conj") and word.head.i != word.i:
        word = word.head
    return word.dep_ in ("nsubj", "nsubjpass") and word.head.is_ancestor(noun)


def _named_pair(noun: Token, start: int) -> list[Token]:
    """The last two names told together between `start` and a pair noun (see `pair_referents`):
    proper nouns, or adjectives of peoples ("Indian and Pakistani troops")."""
    doc = noun.doc
    name = lambda t: t.pos_ == "PROPN" or (t.pos_ == "ADJ" and t.ent_type_ == "NORP")
    for token in reversed(doc[start:noun.i]):
        if not name(token):
            continue
        if token.dep_ == "conj" and name(token.head) and token.head.i < token.i:
            if speaking_to(token.head, noun):
                continue  # "Egypt and Qatar appealed to both sides": the pair who speak to them is not they
            return [token.head, token]  # "India and Pakistan"
        if token.i >= start + 2 and _hyphened_names(doc[token.i - 2], token):
            return [doc[token.i - 2], token]  # "the Iran-Pakistan strikes"
    return []


def _hyphened_names(first: Token, second: Token) -> bool:
    """Whether two words are two names joined by a hyphen ("Iran-Pakistan", "Israel-Hamas"): both
    proper and capitalised, the hyphen between them with no space, not a title ("Secretary-
    General") and not part of a longer hyphened name ("Anwaar-ul-Haq")."""
    doc = first.doc
    if second.i != first.i + 2 or doc[first.i + 1].text not in ("-", "\u2013") or first.whitespace_ or doc[first.i + 1].whitespace_:
        return False
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in (first, second)):
        return False
    longer = (first.i > 0 and doc[first.i - 1].text in ("-", "\u2013") and not doc[first.i - 1].whitespace_) or (
        second.i + 1 < len(doc) and doc[second.i + 1].text in ("-", "\u2013") and not second.whitespace_)
    return not longer and not {first.lower_, second.lower_} & HYPHENATED_TITLE_WORDS


def hyphenated_pair(noun: Token) -> list[Token]:
    """The two names of a hyphenated pair that modifies a noun ("the US-Russia talks", "the
    Israel-Hamas war": US, Russia), or []."""
    for second in (c for c in noun.lefts if c.dep_ == "compound"):
        dash = second.doc[second.i - 1] if second.i > 0 else None
        first = [c for c in second.lefts if c.dep_ == "compound" and dash is not None and c.i == dash.i - 1]
        if first and _hyphened_names(first[0], second):
            return [first[0], second]
    return []
