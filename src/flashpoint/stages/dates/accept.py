"""Acceptance: the checks against the parse that reject pattern matches which are not dates (a
modal "May", "2000 troops", "Now magazine"). `CHECKS` maps a rule name to its check; a rule
with none is accepted as matched."""

from __future__ import annotations

from ...nlp import entities as doc_entities
from .find import Candidate
from .tense import next_token, previous_word, token_span
from .words import (
    APPROXIMATE_BEFORE,
    BAD_MONTH_ENTS,
    BAD_YEAR_ENTS,
    DATE_JOINERS,
    DAY_PREPS,
    MONTH_ABBR,
    MONTHS_ALSO_WORDS,
    NOT_YEAR_AFTER,
    NOT_YEAR_BEFORE,
    POSSESSIVES,
    SEASON_PREPS,
    TEMPORAL_PREPS,
    TIME_ONLY_PREPS,
)

# What may stand just before a capitalised "Today" or "Now" that is still the word, not a name.
_OPENING_MARKS = ("“", '"', "‘", "'", "(", "_", "-", "—", ":")


def accept(c: Candidate, doc, text: str) -> bool:
    """Whether the parse lets the match stand as a temporal expression."""
    check = CHECKS.get(c.rule)
    if check is None:
        return True
    span = token_span(doc, c.start, c.end)
    return check(c, doc, text, span, previous_word(doc, span))


def _bare_month(c: Candidate, doc, text: str, span, prev: str) -> bool:
    """A month with no year, relation or modifier: not a name ("Jan", "May" the politician, "March
    Madness") and, for a month that is also a word ("may", "march"), after a temporal preposition."""
    g = c.groups
    if "y" in g or "rel" in g or "mod" in g:
        return True
    mon = g["mon"]
    if not mon.endswith(".") and mon.lower() in MONTH_ABBR:
        return False  # a bare "Jan" or "Mar" is more often a name
    if span is not None:
        ents = {t.ent_type_ for t in span if t.ent_type_}
        if ents & BAD_MONTH_ENTS:
            return False
        nxt = next_token(doc, span)
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_iob_ != "B" and nxt.ent_type_ == span[0].ent_type_ and span[0].ent_type_ not in ("", "DATE"):
            return False
    if prev in DAY_PREPS:
        return False  # "on"/"at" take a day, never a bare month: "call on May to act" names someone
    if mon.lower() in MONTHS_ALSO_WORDS:
        if span is not None and prev in DATE_JOINERS and not _after_date(doc, span):
            return False  # "a letter to May": "to", "and" join a month only to another date
        if span is not None and _named_person(doc, mon) and (prev not in TIME_ONLY_PREPS or _possessive_next(doc, span)):
            return False  # the text calls someone "Theresa May": "talks with May", "in May's cabinet"
        if prev not in TEMPORAL_PREPS and (span is None or span[0].ent_type_ != "DATE"):
            return False
    return True


def _after_date(doc, span) -> bool:
    """Whether the word before a joiner ("to", "and") is a date or a month ("from March to May",
    "April and May"), or "up" ("up to May"), or a "from"/"between" opens the phrase a few words back."""
    i = span.start - 2
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0:
        return False
    before = doc[i]
    if before.lower_ in ("up", "from") or before.ent_type_ == "DATE" or before.like_num:
        return True
    return any(t.lower_ in ("from", "between") for t in doc[max(0, i - 4):i + 1])


def _named_person(doc, word: str) -> bool:
    """Whether the text names a person with this word as one part of a full name ("Theresa May",
    "June Sarpong"): then a bare month word is more likely that person."""
    word = word.lower()
    return any(e.label_ == "PERSON" and len(e) > 1 and word in {t.lower_ for t in e} for e in doc_entities(doc))


def _possessive_next(doc, span) -> bool:
    """Whether a possessive ending follows ("May's government")."""
    nxt = next_token(doc, span)
    return nxt is not None and nxt.tag_ == "POS"


def _year(c: Candidate, doc, text: str, span, prev: str) -> bool:
    """A four-digit number that is a year, not a quantity ("2000 troops"), a number ("flight 2016")
    or a rough count ("some 2000")."""
    g = c.groups
    if span is None:
        return False
    if "pre" in g or "mod" in g:
        return True
    tok = span[-1]
    if prev in NOT_YEAR_BEFORE:
        return False
    nxt = next_token(doc, span)
    if nxt is not None and nxt.tag_ in ("NNS", "NNPS") and tok.ent_type_ != "DATE" and prev not in TEMPORAL_PREPS:
        return False  # "2000 troops"; but "the 2016 elections" is a DATE entity
    if nxt is not None and nxt.lower_ in NOT_YEAR_AFTER:
        return False
    if tok.ent_type_ in BAD_YEAR_ENTS and prev not in TEMPORAL_PREPS:
        return False
    if prev in APPROXIMATE_BEFORE:
        return tok.ent_type_ == "DATE"
    return True


def _season(c: Candidate, doc, text: str, span, prev: str) -> bool:
    g = c.groups
    if "y" in g or "rel" in g:
        return True
    # "the summer" needs a temporal preposition before it; a bare "fall" is a verb
    return "the" in g and prev in SEASON_PREPS


def _holiday(c: Candidate, doc, text: str, span, prev: str) -> bool:
    if "y" in c.groups:
        return True
    return not (span is not None and prev not in TEMPORAL_PREPS and span[0].ent_type_ not in ("DATE", "EVENT"))


def _deictic_word(c: Candidate, doc, text: str, span, prev: str) -> bool:
    """"Today", "now" ... unless a capitalised one inside a sentence is a name ("BBC Radio 4's Today
    programme", "Now magazine")."""
    if span is None:
        return True
    first = span[0]
    if first.text[:1].isupper() and not first.is_sent_start and not text[max(0, c.start - 2):c.start].strip() in _OPENING_MARKS:
        if first.ent_type_ in ("ORG", "WORK_OF_ART", "PRODUCT", "FAC", "PERSON") or first.tag_ == "NNP" or first.dep_ == "compound":
            return False
    return True


def _weekday(c: Candidate, doc, text: str, span, prev: str) -> bool:
    """A weekday not part of a name ("Black Friday Ltd", "Man Friday")."""
    return not (span is not None and any(t.ent_type_ in ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT") for t in span))


def _short_decade(c: Candidate, doc, text: str, span, prev: str) -> bool:
    """"The '80s", but not "their 20s" (an age)."""
    return prev not in POSSESSIVES


def _relative_unit(c: Candidate, doc, text: str, span, prev: str) -> bool:
    """"That day", but not "that" as a complementiser or pronoun ("said that day-to-day ...")."""
    if (c.groups.get("rel") or "").lower() == "that" and span is not None:
        return span[0].dep_ not in ("nsubj", "mark", "dobj")
    return True


CHECKS = {
    "month": _bare_month,
    "year": _year,
    "season": _season,
    "holiday": _holiday,
    "relday": _deictic_word,
    "ref": _deictic_word,
    "weekday": _weekday,
    "decade-short": _short_decade,
    "relunit": _relative_unit,
}
