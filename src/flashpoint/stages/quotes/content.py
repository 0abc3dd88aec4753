"""The content of a report: the tokens a cue reports, trimmed of what follows the content proper
(the writer's asides, another attribution, a cue set at the end), cut into character pieces,
and made a `_Speech` unless a direct quote already says it."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .cues import _frame_break, _has_cue, _is_cue_verb
from .marks import CLOSE_DOUBLE, OPEN_DOUBLE
from .pieces import _Speech, _text
from .vocabulary import (ADVERBIAL_MARKS, ASIDE_MARKS, BELIEVE_VERBS, COMMENT_MARKS, COORDINATED_CUES, SAY_VERBS, SET_OFF, STANCE_ADVERBS,
                         SUBJECT_DEPS, TRAILING_ASIDES)


# A complement whose characters are mostly one direct quote is that quote; with more words of its
# own around a partial quote ("said there were “thousands of shootings” this year") it is a
# mixed attribution of its own, reported beside the quote (PolNeAR's content is the whole clause).
QUOTE_IS_CONTENT = 0.8


def _writers_aside(t: Token, first: int = 0) -> bool:
    """Whether `t`, set off by a comma at the end of a content, heads what the writer adds about
    it rather than what the source said: an apposition to a name ("Mr. Trump, the presumed Putin
    favorite"), or a concessive or circumstantial clause ("..., although it may take several days").
    (A non-restrictive relative clause, the guidelines' own example, and a participial clause stay:
    PolNeAR's annotators mostly kept them.)"""
    if t.dep_ == "appos":
        return t.head.pos_ == "PROPN"
    if t.dep_ == "advcl" and t.tag_ in ("VBG", "VBN") and t.doc[t.left_edge.i].lower_ in STANCE_ADVERBS:
        # a participle opened by an adverb of the writer's reading: "..., implicitly putting his
        # name on the line", "..., effectively ending the talks"
        return True
    if t.dep_ == "advcl":
        # ("while" with a participle is a manner: "keep producing coal, while reducing its impact")
        return any(m.dep_ == "mark" and m.lower_ in COMMENT_MARKS for m in t.children) and (
            t.tag_ != "VBG" or not any(m.lower_ == "while" for m in t.children))
    if t.dep_ == "relcl":
        # a relative of time after a comma ("..., when there are radio clips of her supporting it")
        if t.doc[t.left_edge.i].lower_ in ("when", "whereas"):
            return True
        # a non-restrictive "which" in the simple past beside a content that is not itself told in
        # the past: the writer's account of what happened ("he expects Clinton to recover from her
        # bout with pneumonia, which forced her to leave a memorial event early")
        return (t.doc[t.left_edge.i].lower_ == "which" and t.tag_ == "VBD" and not any(c.dep_ == "aux" for c in t.children)
                and not any(x.tag_ in ("VBD", "VBN") for x in [t.head, *t.head.ancestors] if x.pos_ in ("VERB", "AUX") and first <= x.i < t.i))
    return False


def _trailing_frame(toks: list[Token], first: int) -> int | None:
    """Where a cue set at the end of a content starts (", the footage showed"): the parser may hang
    the clause on that cue, but the cue, its source and the comma before them are another
    attribution's."""
    words = [t for t in toks if not t.is_punct]
    if not words:
        return None
    last = words[-1]
    if not _is_cue_verb(last, SAY_VERBS | BELIEVE_VERBS):
        return None
    subj = next((c for c in last.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < last.i), None)
    if subj is None or any(c.i > last.i and not c.is_punct for c in last.children):
        return None
    before = last.doc[subj.left_edge.i - 1] if subj.left_edge.i > 0 else None
    if before is None or before.text not in (",", "—", "–") or before.i <= first:
        return None
    return before.i


def _tail_cut(t: Token, first: int, in_quote, nominal: bool) -> int | None:
    """Where the content ends if `t`, a token at the end of a content starting at token `first`,
    heads what follows the content proper (see `_trim_content`); None if it does not."""
    doc = t.doc
    before = doc[t.left_edge.i - 1]
    cut = None
    aside = (t.dep_ in TRAILING_ASIDES
             or (t.dep_ == "advcl" and (t.tag_ in ("VBG", "VBN") or any(m.dep_ == "mark" and m.lower_ in ASIDE_MARKS for m in t.children)))
             or (t.dep_ == "prep" and t.lower_ in ("including", "like", "despite")))
    if (nominal and t.dep_ == "advcl" and not in_quote(t) and any(m.dep_ == "mark" and m.lower_ in ("after", "before", "when", "because", "since") for m in t.children)):
        # an intention or a request is as short as a noun phrase: a clause of time or cause
        # after it is the writer's ("warned officials to boost security after hackers ...")
        cut = t.left_edge.i
    elif before.text in SET_OFF and not in_quote(before) and (
            (aside and (nominal or _writers_aside(t, first))) or (t.dep_ not in ("conj", "cc") and _has_cue(t.subtree))):
        cut = before.i
    if (cut is None and t.dep_ == "conj" and t.head.tag_ == "VB" and (t.tag_ in ("VBZ", "VBD", "MD") or (
            t.tag_ == "VBP" and t.lower_ != t.lemma_.lower()))  # ("live stream" is a base form tagged VBP)
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.head.children)):
        # "rules that promise to transform the economy but are likely to draw fire": a finite
        # verb cannot be coordinated with the infinitive; it goes with the cue's subject
        cut = t.left_edge.i
        while cut - 1 > first and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
            cut -= 1
    if (cut is None and t.dep_ in ("advcl", "ccomp") and in_quote(t.head) and not in_quote(doc[t.left_edge.i])
            and any(m.dep_ in ("mark", "advmod") and m.lower_ in ADVERBIAL_MARKS for m in t.children)):
        # "saying, “That makes me smart,” when Clinton blasted him": the quoted words are what
        # was said; the time clause after the closing mark is the writer's
        cut = t.left_edge.i
    if cut is None and t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and _is_cue_verb(t, COORDINATED_CUES):
        # "said he would order a review and warned against ...": the coordinated verb of
        # saying is an attribution of its own; the coordinator (and a comma) before it go too
        cut = t.left_edge.i
        while cut - 1 > first and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
            cut -= 1
    return cut


def _trim_content(toks: list[Token], in_quote, nominal: bool = False) -> list[Token]:
    """`toks` (in order) without what follows the content proper. A content ends at a paragraph
    break and at a semicolon outside quotes (what follows is a clause of its own: "the timing was
    not intentional; they only learned on Friday ..."), a noun-phrase content also at a dash ("his
    top priority - delaying ..."). It ends before a cue set at its end (", the footage showed"),
    and before a comma-set-off aside at its end (TRAILING_ASIDES, participial and adverbial
    clauses, "including ...") when the aside holds an attribution of its own ("..., contradicting
    the police’s claim that ...", "..., aside from saying he wants ...": PolNeAR gives each token to
    one attribution), when it is the writer's comment (`_writers_aside`), or when the content is a
    noun phrase and the aside describes it ("the test, which state media ...", "Mr. Trump, the
    presumed favorite"). A coordinated verb of saying, requesting or a speech act is an
    attribution of its own ("... and encouraged Americans to ..."). A clause's other asides stay:
    annotators mostly keep them as part of what was said."""
    if not toks:
        return toks
    doc = toks[0].doc
    for k in range(1, len(toks)):
        t, prev = toks[k], toks[k - 1]
        # (a paragraph break is either between tokens or a whitespace token of its own)
        if "\n" in _text(doc)[prev.idx + len(prev.text):t.idx] or (t.is_space and "\n" in t.text) or (
                not in_quote(t) and (t.text == ";" or (nominal and _frame_break(t) and t.text != ":"))):
            toks = toks[:k]
            break
    if nominal:
        # an intention has no finite clause of its own without a subordinator: a modal there
        # starts the main clause, which the parser hung on the infinitive ("One of the reasons that
        # Trump refuses to make public his tax returns may be that ...")
        modal = next((t for t in toks[1:] if t.tag_ == "MD" and not in_quote(t) and t.head.dep_ == "ccomp"
                      and not any(c.dep_ == "mark" for c in t.head.children)
                      and any(c.dep_ in SUBJECT_DEPS and c.i < t.i for c in t.head.children)), None)
        if modal is not None:
            toks = [t for t in toks if t.i < modal.i]
    changed = True
    while changed and len(toks) > 1:
        changed = False
        ids = {t.i for t in toks}
        first = toks[0].i
        last = max(t.i for t in toks if not t.is_punct) if any(not t.is_punct for t in toks) else toks[-1].i
        cut = _trailing_frame(toks, first)
        if cut is not None:
            toks = [x for x in toks if x.i < cut]
            changed = True
            continue
        for t in toks:
            if t.left_edge.i <= first or t.head.i not in ids or in_quote(t) or t.right_edge.i < last:
                continue
            cut = _tail_cut(t, first, in_quote, nominal)
            if cut is not None and cut > first:
                toks = [x for x in toks if x.i < cut]
                changed = True
                break
    return toks


def _runs(toks: list[Token]) -> list[list[Token]]:
    """`toks` (in order) in runs, split where the words between are the cue's circumstances: a
    time or a phrase set off by commas ("as The Daily Beast called them in an article last week,
    ''Manchurian anchors''": "them" and "''Manchurian anchors''"). (Other words between are mostly
    the object's own, which the parser hung on the cue: "called her vote in favor of the war a
    mistake".)"""
    runs: list[list[Token]] = []
    for t in toks:
        gap = t.doc[runs[-1][-1].i + 1:t.i] if runs else []
        if any(x.ent_type_ in ("DATE", "TIME") or x.dep_ == "npadvmod" or x.text == "," for x in gap) and any(
                not x.is_punct and not x.is_space for x in gap):
            runs.append([t])
        elif runs:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def _content(doc: Doc, cue: Token, subj: Token, toks: list[Token], speeches: list[_Speech], cue_text: str | None,
             in_quote=None, pieces: list[list[Token]] | None = None) -> _Speech | None:
    """The speech whose content is `toks` (or, for a content around its cue, `pieces`), trimmed
    (`_trim_content`) and without the quotation marks and punctuation at its ends."""
    ids = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in ids or t.head.i == t.i]  # (a sentence's root is its own head)
    # an intention ("wants to sign up five million people") is as short as a noun phrase: what
    # the writer adds after a comma is not part of it
    # (a gerund object is a noun phrase too: "backing his top priority - delaying ...")
    nominal = all(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADP") or (t.dep_ == "xcomp" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in t.children)) or (t.tag_ == "VBG" and t.dep_ == "dobj") for t in roots)
    if pieces is None and any(t.i < cue.i for t in toks) and any(t.i > cue.i for t in toks):
        # a content on both sides of its cue ("an explosion that the mayor described as “an
        # intentional act”"): two pieces, the cue and its source between them left out
        pieces = [[t for t in toks if t.i < cue.i], [t for t in toks if t.i > cue.i]]
    parts = []
    for n, piece in enumerate(pieces or [toks]):
        piece = sorted(piece, key=lambda t: t.i)
        if n == len(pieces or [toks]) - 1:  # only the end of the content has a tail to trim
            piece = _trim_content(piece, in_quote or (lambda t: False), nominal)
        for run in _runs(piece):
            start = min(t.idx for t in run)
            end = max(t.idx + len(t.text) for t in run)
            while end > start and (_text(doc)[end - 1] in " ,.;:\"“”’'—–-" or _text(doc)[end - 1].isspace()):
                end -= 1
            while start < end and (_text(doc)[start] in " ,\"“”‘'" or _text(doc)[start].isspace()):
                start += 1
            if _text(doc).count(OPEN_DOUBLE, start, end) > _text(doc).count(CLOSE_DOUBLE, start, end):
                # the closing mark of a quote inside the content: "the deal as a “betrayal”", "for
                # being “unbelievably dishonest.”"
                closing = re.match(r"[.,!?]?" + CLOSE_DOUBLE, _text(doc)[end:end + 2])
                end += closing.end() if closing else 0
            if end > start:
                parts.append((start, end))
    length = sum(b - a for a, b in parts)
    if length < 3:
        return None
    start, end = parts[0][0], parts[-1][1]
    for s in speeches:
        if s.kind != "direct":
            continue
        overlap = sum(max(0, min(b, y) - max(a, x)) for a, b in s.parts for x, y in parts)
        if overlap >= 0.5 * length and s.cue is None and s.subject is None:
            # the quote is what this cue introduces
            s.cue, s.subject, s.cue_text, s.inherit = cue, subj, cue_text, None
        if overlap >= QUOTE_IS_CONTENT * length:
            # the complement is the direct quote (a few words around it aside): not another one
            return None
    return _Speech("indirect", parts, (start, end), cue=cue, subject=subj, cue_text=cue_text)
