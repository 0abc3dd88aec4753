"""Reading the parse around a candidate: its tokens and neighbours, and the tense of the verb
that governs it (past tense looks back from the publication date, future tense forward)."""

from __future__ import annotations

from .words import COMMITMENT_HEADS, FUTURE_AUX, FUTURE_HEADS, REPORTING, SAME_TIME_HEADS, TIME_NOUNS


def token_span(doc, start: int, end: int):
    """The tokens covering the characters start..end (None if they do not align at all)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span


def previous_word(doc, span) -> str:
    """The lower-case word just before the span, skipping whitespace tokens ("" at the start)."""
    if span is None or span.start == 0:
        return ""
    i = span.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i].lower_ if i >= 0 else ""


def governing_preposition(doc, span) -> str:
    """The lower-case preposition whose object the expression is ("until at least February":
    "until"), else the word just before it."""
    if span is None:
        return ""
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.i < span.start:
        return root.head.lower_
    return previous_word(doc, span)


def next_token(doc, span):
    """The token just after the span, skipping whitespace tokens (None at the end)."""
    if span is None:
        return None
    i = span.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def governing_verb(token):
    """The nearest verb above the token (itself included), within its sentence."""
    t = token
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def tense_of(span) -> str | None:
    """"past", "future" or "present" for the verb that governs the expression, if any."""
    if span is None or len(span) == 0:
        return None
    verb = governing_verb(span.root)
    if verb is None:
        return None
    root = span.root
    # "on the night of Oct. 23", "at the end of March": the date names the time of a temporal
    # phrase of the verb, so the verb's tense is its tense
    while root.head.dep_ == "prep" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in TIME_NOUNS:
        root = root.head.head
    if not (root.head.i == verb.i or (root.head.dep_ == "prep" and root.head.head.i == verb.i)):
        # the expression modifies a noun ("Wednesday's ruling", "the debt due Dec. 1"): the
        # verb's tense says little about it, except that a past verb rarely looks ahead far
        return None
    # a verb heading a modifier clause ("the talks scheduled for Friday") takes its head's tense
    chain = [verb]
    if verb.dep_ in ("acl", "relcl", "xcomp", "advcl") and verb.head.i != verb.i:
        head_verb = governing_verb(verb.head)
        if head_verb is not None and head_verb.i != verb.i:
            chain.append(head_verb)
    for v in chain:
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        tag = v.tag_
        if tag == "VBP" and v.lower_ != v.lemma_.lower() and v.lemma_.lower() not in ("be", "have", "do"):
            tag = "VBD"  # the tagger calls some irregular past forms present ("retook"); a present form is its lemma
        words = {a.lower_ for a in auxes}
        if words & FUTURE_AUX or v.lower_ in ("will", "shall"):
            return "future"
        if "to" in words:
            head = v.head
            if head.i != v.i and (head.lemma_.lower() in FUTURE_HEADS or head.lower_ in ("is", "are", "was", "were")):
                return "future"
            if head.i != v.i and head.lemma_.lower() in COMMITMENT_HEADS:
                return "future"
            if head.lemma_.lower() in SAME_TIME_HEADS:
                continue  # "tried to leave on Friday": the head's tense holds
            # an infinitive of purpose or intent looks ahead of its clause: the date may lie
            # on either side of the publication date
            return "bound"
        if v.tag_ == "MD" and v.lower_ in ("will", "shall", "'ll"):
            return "future"
        if v.lemma_.lower() in FUTURE_HEADS and any(c.dep_ == "xcomp" for c in v.children) and v.tag_ != "VBD":
            return "future"
        modals = [a for a in auxes if a.tag_ == "MD"]
        if modals:
            if v.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
                return "past"
            return "modal"
        if v.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "perfect"
        if tag == "VBD" or any(a.tag_ == "VBD" for a in auxes):
            return "past"
        if v.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
            return "past"
        if tag in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            if v.lemma_.lower() in REPORTING:
                return "present-report"
            return "present"
        if v.tag_ == "VBG" and not auxes:
            continue
        if v.tag_ == "VBN" and not auxes:
            if v.dep_ in ("acl", "advcl"):
                if v.lemma_.lower() in FUTURE_HEADS and any(c.dep_ == "prep" and c.lower_ == "for" for c in v.children) \
                        and not _past_clause(governing_verb(v.head) if v.head.i != v.i else None):
                    return "future"  # "a summit set for Washington in April": arranged ahead, told of before it
                return "past"  # "the decision, announced Wednesday, ..."
            continue
    return None


def _past_clause(verb) -> bool:
    return verb is not None and (verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in verb.children if a.dep_ in ("aux", "auxpass")))


def under_since(span) -> bool:
    """Whether the expression is in a "since" phrase ("since shortly after the Oct. 23
    slaying"), which looks back from the time of writing, however its clause is worded: a
    "since" a few words before it, with no verb or punctuation between."""
    doc = span.doc
    for i in range(span.start - 1, max(span.sent.start, span.start - 6) - 1, -1):
        t = doc[i]
        if t.lower_ == "since":
            return True
        if t.pos_ in ("VERB", "AUX") or t.is_punct:
            return False
    return False

