"""Direct quotes tied to the parse: quotes split around a short cue clause, the cue and subject of
each quote (a verb of saying, "according to", a signature, a colon before the mark), quotes
that continue the one before, titles and names in quotation marks, and the "Name: words" lines
of headlines and transcripts."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...nlp import entities as doc_entities
from .cues import _according_to, _is_cue_verb, _subject
from .marks import _Raw
from .pieces import _Speech, _clean, _strip, _text
from .vocabulary import (BELIEVE_VERBS, COLON_LABELS, DASHES, DIRECT_ONLY_CUES, NAME_LABELS, NAMING_PARTICIPLES, NOUN_CUES, PEOPLE_NOUNS,
                         PERSON_NOUNS, SAY_VERBS, SOURCE_NOUNS, SUBJECT_DEPS, TITLE_PREPS, TITLE_SMALL_WORDS, TITLE_VERBS)

# Sizes, in words: of the cue clause between the two halves of a split quote ("“X,” he said,
# “Y”"), of a cue clause between a quote and the next that continues it, of a title, of a quote
# that modifies the noun after it ("“quack” cures"), of the name of a "Name: words" line, and of
# the name that signs a quote.
MAX_SPLIT_CUE_WORDS = 10
MAX_CUE_CLAUSE_WORDS = 25  # "..., said Darrell Phillips, vice president of human resources for Hollingsworth & Vose."
MAX_TITLE_WORDS = 5
MAX_MODIFIER_WORDS = 3
MAX_COLON_NAME_WORDS = 5
MAX_SIGNATURE_WORDS = 6
COLON_LINE = re.compile(r"^\s*[\"“]?([^:\n“”\"‘’]{1,60}?):\s+(\S.*)$")  # a transcript quoted whole: '"WALLACE: ...'
SIGNATURE = re.compile(r"[\s\u00a0]*(―|—|–|--)[\s\u00a0]*([A-Z][\w.’'-]*(?:[ \u00a0]+[\w.’'-]+)*)[\s\u00a0]*$")


def _borrowed_phrase(doc: Doc, speech: _Speech) -> bool:
    """Whether an uncued quote is a phrase without a verb set inside a clause of the writer's
    ("sent its reporter into “a living room in western Pennsylvania” to watch ..."): a borrowed
    or ironic phrase, whatever its length, not a statement."""
    if len(speech.parts) != 1:
        return False
    a, b = speech.parts[0]
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or not len(span):
        return False
    sent = span[0].sent
    inside = any(not t.is_punct for t in doc[sent.start:span.start]) and any(
        not t.is_punct and not t.is_space for t in doc[span.end:sent.end])
    # (a title in capitals is left alone: its verbs are tagged as names, "How to Foster
    # Long-Term Innovation Investment")
    title = all(t.text[:1].isupper() for t in span if t.is_alpha and t.lower_ not in TITLE_SMALL_WORDS)
    return inside and not title and not any(t.pos_ in ("VERB", "AUX") for t in span)


def _merge_split(doc: Doc, raws: list[_Raw]) -> list[_Raw]:
    text = _text(doc)
    merged: list[_Raw] = []
    for raw in raws:
        if merged:
            last = merged[-1]
            between = text[last.outer[1]:raw.outer[0]]
            tail = text[last.parts[-1][0]:last.outer[1]].rstrip("”\"’' ")
            if ("\n" not in between and tail.endswith(",") and between.strip(" '\"“”‘’").endswith((",", ":"))
                    and 0 < len(between.split()) <= MAX_SPLIT_CUE_WORDS):
                span = doc.char_span(last.outer[1], raw.outer[0], alignment_mode="expand")
                first = doc.char_span(last.outer[0], last.outer[1], alignment_mode="expand")
                named = len(last.parts) == 1 and first is not None and len(first) and _is_title(doc, last, first)
                if span is not None and not named and any(_is_cue_verb(t, SAY_VERBS) for t in span):
                    last.parts.extend(raw.parts)
                    last.outer = (last.outer[0], raw.outer[1])
                    continue
        merged.append(raw)
    return merged


def _merge_continuations(doc: Doc, speeches: list[_Speech]) -> list[_Speech]:
    """Quotes of one attribution are one speech with several parts: a quote with no cue of its
    own that follows, in the same paragraph, a quote and its cue clause ("“We'll be here for a
    while,” she said. “These cases take patience.”") or that directly follows a quote (“X.” “Y.”),
    and quotes joined by a conjunction under one cue (called them “losers” and “sad”)."""
    text = _text(doc)
    merged: list[_Speech] = []
    for sp in speeches:
        prev = merged[-1] if merged else None
        if prev is not None and sp.kind == prev.kind == "direct" and (prev.cue is not None or prev.inherit is not None):
            gap = text[prev.span[1]:sp.span[0]]
            words = re.findall(r"[\w’'-]+", gap)
            own_cue = sp.cue is not None and (prev.cue is None or sp.cue.i != prev.cue.i)
            cue_between = prev.cue is not None and prev.span[1] <= prev.cue.idx < sp.span[0]
            joined = not words or (len(words) == 1 and words[0].lower() in ("and", "or"))
            # the cue clause ends its sentence: the next quote opens a new one
            clause_ends = re.search(r"[.!?:,]$", gap.rstrip(" “\"‘'\t")) is not None
            if "\n" not in gap and not own_cue and (joined or (cue_between and clause_ends and len(words) <= MAX_CUE_CLAUSE_WORDS)):
                prev.parts.extend(sp.parts)
                prev.span = (prev.span[0], sp.span[1])
                continue
        merged.append(sp)
    return merged


def _direct(doc: Doc, raw: _Raw, in_quote, previous: _Speech | None) -> _Speech | None:
    text = _text(doc)
    span = doc.char_span(raw.outer[0], raw.outer[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    qtokens = {t.i for t in span if any(a - 1 <= t.idx <= b for a, b in raw.parts)}
    if _is_title(doc, raw, span):
        return None
    # the quote's sentences, in order: from the first token's to the last one's (asking each token
    # for its sentence walked the sentence once per token)
    sents = [span[0].sent]
    while sents[-1].end < span.end:
        sents.append(doc[sents[-1].end].sent)
    frame = [t for s in sents for t in s if not in_quote(t)]
    speech = _Speech("direct", list(raw.parts), (raw.start, raw.end))
    signed = _signature(doc, raw)
    if signed is not None:
        speech.cue, speech.subject, speech.cue_text = signed[0], signed[1], signed[0].text
        return speech
    cue = _cue(doc, frame, qtokens, span, in_quote)
    if cue is None:
        # a colon at the end of the sentence before: 'the minister said:' then the quote
        first_sent = sents[0]
        if first_sent.start > 0:
            prev_sent = doc[first_sent.start - 1].sent
            if prev_sent.text.rstrip().endswith(":") and "\n" not in text[prev_sent.end_char:first_sent.start_char]:
                cue = _cue(doc, [t for t in prev_sent if not in_quote(t)], qtokens, span, in_quote)
    if cue is None:
        cue = _cue_after(doc, sents[-1], raw, in_quote)
    if cue is not None:
        tok, subj, cue_text = cue
        speech.cue, speech.subject, speech.cue_text = tok, subj, cue_text
        return speech
    # a continuation of the quote before (the same or the previous paragraph)
    if previous is not None:
        gap = text[previous.span[1]:raw.outer[0]]
        if gap.count("\n") <= 1 and len(gap.split()) <= 3:
            speech.inherit = previous
            return speech
    first = sents[0]
    cue = _cue_before(doc, first, span, qtokens, in_quote)
    if cue is not None:
        if previous is not None and first.start > 0 and doc[first.start - 1].sent.start_char <= previous.span[0]:
            # the sentence before is the previous quote's with its cue clause (“X,” said Vasiliki
            # Scurfield, the mother of ..., who was ... “Y.”): this quote goes on with it
            speech.inherit = previous
        else:
            speech.cue, speech.subject, speech.cue_text = cue
    return speech


def _cue_after(doc: Doc, last: Span, raw: _Raw, in_quote) -> tuple[Token, Token, None] | None:
    """The cue clause right after a quote that ends with its own stop, which the sentence splitter
    set apart as a sentence of its own (“... in the child’s best interest.” he said. / “... you are
    still there?” Erdoğan said in a speech): a verb of saying with a subject and nothing it reports
    but the quote."""
    if last.end >= len(doc):
        return None
    nxt = doc[last.end].sent
    if _text(doc)[raw.outer[1]:nxt.start_char].strip() or any(in_quote(t) for t in nxt):
        return None
    if len([t for t in nxt if not t.is_punct]) > MAX_CUE_CLAUSE_WORDS:
        return None
    root = nxt.root
    # (a clause that says something of its own is no cue clause: "A resident ... said the opposite.";
    # only the person told may be its object: "he told reporters")
    if not _is_cue_verb(root, SAY_VERBS | DIRECT_ONLY_CUES) or any(
            c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and c.ent_type_ != "PERSON" and c.lemma_.lower() not in PEOPLE_NOUNS | PERSON_NOUNS)
            for c in root.children):
        return None
    subj = _subject(root)
    return (root, subj, None) if subj is not None else None


def _cue_before(doc: Doc, first: Span, qspan: Span, qtokens: set[int], in_quote) -> tuple[Token, Token, str | None] | None:
    """A quote with no cue that opens its sentence right after a sentence of the same paragraph
    whose verb of saying has a subject is that subject's words: the writer introduces the speaker
    and what they said, then gives their words (“Alistair Burt ... told MPs it was right to provide
    help. “DfID-funded partners are ...”")."""
    if first.start == 0 or any(not t.is_punct and not t.is_space for t in doc[first.start:qspan.start]):
        return None
    prev = doc[first.start - 1].sent
    if "\n" in _text(doc)[prev.start_char:first.start_char]:
        return None
    cue = _cue(doc, [t for t in prev if not in_quote(t)], qtokens, qspan, in_quote)
    return cue if cue is not None and cue[1] is not None else None


def _colon_lines(doc: Doc, speeches: list[_Speech]) -> list[_Speech]:
    """A paragraph that opens with a short name and a colon gives that name's words: the
    headline convention ("Graham: Trump’s Rhetoric Destroying GOP’s Chance", "Poll: Trump
    and Clinton hold narrow leads") and the transcript one ("PENCE: We will ..."). The name is
    a named entity, proper nouns, or a noun for a source ("Poll", "Insiders", "Report"); a
    label ("The Latest", "BYLINE", "Breaking") or a question is not speech."""
    text = _text(doc)
    found = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        m = COLON_LINE.match(line)
        if m is None:
            continue
        prefix = m.group(1).strip()
        content = m.group(2).rstrip()
        transcript = prefix.isupper() and len(prefix.split()) <= 3  # "PENCE:", "MODERATOR:" speak, questions too
        if (not prefix or len(prefix.split()) > MAX_COLON_NAME_WORDS or not prefix[0].isupper() or (content.endswith("?") and not transcript)
                or _clean(prefix).lower() in COLON_LABELS or prefix.split()[0].lower() in COLON_LABELS):
            continue
        span = doc.char_span(start + m.start(1), start + m.start(1) + len(prefix), alignment_mode="expand")
        if span is None or not len(span) or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "NNP" for t in span):
            continue
        # the name is the whole prefix (a title before it aside): "Stealth Over Health:" or "Veto
        # Power Impedes Peace Efforts:" are headline labels with a name in them
        ents = [e for e in doc_entities(doc) if e.start >= span.start and e.end <= span.end and e.label_ in NAME_LABELS
                and len(e) >= len(span) - 1]
        if ents:
            subject = ents[0].root
        elif span.root.lemma_.lower() in SOURCE_NOUNS or span.root.lower_ in SOURCE_NOUNS:
            subject = span.root
        elif transcript or (all(t.pos_ == "PROPN" or t.is_punct for t in span) and len(span) <= 2):
            subject = span.root
        else:
            continue
        a, b = _strip(text, start + m.start(2), start + m.start(2) + len(content))
        while b > a and text[b - 1] in ".;,:":
            b -= 1
        if len(text[a:b].split()) < 3 or not (text[a].isalpha() or text[a] in "“\"‘'"):
            continue
        covered = [s for s in speeches if s.kind == "direct" and sum(max(0, min(y, b) - max(x, a)) for x, y in s.parts) * 2 >= b - a]
        if covered:
            for s in covered:
                if s.subject is None:
                    s.subject, s.inherit, s.cue_text = subject, None, s.cue_text or ":"
            continue
        colon = doc.char_span(start + m.end(1), start + m.end(1) + 1, alignment_mode="expand")
        found.append(_Speech("indirect", [(a, b)], (a, b), cue=colon[0] if colon is not None and len(colon) else None,
                             subject=subject, cue_text=":"))
    return found


def _signature(doc: Doc, raw: _Raw) -> tuple[Token, Token] | None:
    """(dash, name) when the quote is signed with a dash and a name ending its line, the
    epigraph and vox-pop convention: “He is ignorant of our culture.” ― Pamela Padilla."""
    text = _text(doc)
    line_end = text.find("\n", raw.outer[1])
    line_end = len(text) if line_end < 0 else line_end
    m = SIGNATURE.match(text, raw.outer[1], line_end)
    if m is None or len(m.group(2).split()) > MAX_SIGNATURE_WORDS:
        return None
    dash = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    name = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
    if dash is None or name is None or not len(dash) or not len(name):
        return None
    return dash[0], name.root


def _is_title(doc: Doc, raw: _Raw, span: Span) -> bool:
    """A quote that names rather than reports, inside a noun phrase: a short title in title case
    after a preposition, a verb of naming, a possessive, a determiner, a number or a noun ("told
    Fox News on “Sunday Morning Futures”", "MSNBC’s “Morning Joe”", "his 1994 “Contract with
    America”", "the anthem “A Change Is Gonna Come”"); a nickname between the names ("Marcia
    “Cia” Price"); a few words modifying the noun after them ("“quack” medical cures", "his
    “Keepin' It Real” radio program")."""
    if len(raw.parts) != 1:
        return False
    words = re.findall(r"[\w’'-]+", _text(doc)[raw.start:raw.end])
    if not words:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    inner = [t for t in span if not t.is_punct]
    naming = [t for t in doc[max(span.start - 3, 0):span.start] if not t.is_punct and t.dep_ != "det"]
    if len(words) <= MAX_TITLE_WORDS and len(naming) >= 2 and naming[-1].lower_ == "as" and naming[-2].lemma_.lower() in NAMING_PARTICIPLES:
        # "what has become known as the “Buffett rule”", "referred to as": a name, in any case
        return True
    if before is not None and after is not None and len(words) <= 2 and before.pos_ == after.pos_ == "PROPN":
        return True
    outside = [t.head for t in inner if not span.start <= t.head.i < span.end]
    if (inner and outside and len(words) <= MAX_MODIFIER_WORDS and not any(t.pos_ in ("VERB", "AUX") for t in inner)
            and all(h.i >= span.end and h.pos_ in ("NOUN", "PROPN") for h in outside)):
        return True
    if len(words) > MAX_TITLE_WORDS:
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in words) or not words[0][0].isupper():
        return False
    if (before is not None and before.text == "," and before.i > 0 and doc[before.i - 1].pos_ == "NOUN"
            and doc[before.i - 1].lemma_.lower() not in NOUN_CUES | {"word"}):
        before = doc[before.i - 1]  # in apposition to a noun: "his 2002 book, “Make Your Kid a Millionaire”"
    return before is not None and (before.lower_ in TITLE_PREPS or before.lemma_.lower() in TITLE_VERBS
                                   or before.tag_ in ("POS", "PRP$", "DT", "CD", "JJ", "NN", "NNS", "NNP", "NNPS"))


def _subject_after_quote(doc: Doc, verb: Token, qspan: Span) -> Token | None:
    """The speaker of a cue after its quote that the parser left without a subject: the noun phrase
    between the closing mark and the verb, which it hung on the quote (“...,” Shiraz Maher,
    director at ..., said on Twitter), or, in the inverted order, the name after the verb, which it
    took for an object (“...” tweeted retired US army general Jack Keane)."""
    between = [t for t in doc[qspan.end:verb.i] if not t.is_punct and not t.is_space]
    if between:
        first = between[0]
        if first.pos_ == "PROPN" or first.ent_type_ == "PERSON" or first.lemma_.lower() in PERSON_NOUNS or first.dep_ == "det":
            # the head of the phrase: the first word between that hangs outside the words between
            return next((t for t in between if t.pos_ in ("NOUN", "PROPN") and not qspan.end <= t.head.i < verb.i), None)
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i > verb.i
                 and (c.ent_type_ == "PERSON" or c.lemma_.lower() in PERSON_NOUNS)), None)


def _cue(doc: Doc, frame: list[Token], qtokens: set[int], qspan: Span, in_quote=lambda t: False):
    """(cue token, subject token, cue text) for a quote, from the words of its sentences outside quotes."""
    candidates = []
    for tok in frame:
        obj = _according_to(tok)
        if obj is not None:
            candidates.append((tok, obj, "according to"))
            continue
        if tok.lemma_.lower() == "word" and tok.tag_ == "NNS":
            # "to use the words of an editorial in Dawn", "in the words of X"
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    objs = [o for o in prep.children if o.dep_ == "pobj"]
                    if objs:
                        candidates.append((tok, objs[0], "words of"))
        if _is_cue_verb(tok, SAY_VERBS | BELIEVE_VERBS | DIRECT_ONLY_CUES):
            subj = _subject(tok, exclude=qtokens)
            if subj is not None and subj.i in qtokens:
                subj = None
            if subj is None and tok.i >= qspan.end:
                subj = _subject_after_quote(doc, tok, qspan)
            candidates.append((tok, subj, None))
    if not candidates:
        # a colon or a dash right before the quote: "Iran's message: “...”"
        before = [t for t in frame if t.i < qspan.start]
        if before and (before[-1].text == ":" or before[-1].text in DASHES):
            nps = [t for t in before if t.dep_ in SUBJECT_DEPS or (t.pos_ == "PROPN" and t.dep_ in ("ROOT", "nsubj"))]
            if nps:
                return before[-1], nps[0], before[-1].text
        # a person's possessive right before the quote: "Britain has Shakespeare’s “silver sea, which
        # serves it in the office of a wall”" (a short one in title case is a title, see `_is_title`)
        if len(before) >= 2 and before[-1].i == qspan.start - 1 and before[-1].tag_ == "POS" and before[-2].ent_type_ == "PERSON":
            return before[-1], before[-2], None
        return None

    def linked(tok: Token) -> bool:
        return any(tok in doc[q].ancestors for q in qtokens if not doc[q].is_punct) or any(a.i in qtokens for a in [tok.head])

    def distance(tok: Token) -> int:
        return min(abs(tok.i - qspan.start), abs(tok.i - (qspan.end - 1)))

    def others(tok: Token) -> bool:
        """Whether `tok` introduces another quote of its own ("stripping out a call for
        “providing lethal defensive weapons” and replacing it with softer language calling for
        “appropriate assistance”": "calling" is the second quote's cue only)."""
        return any(in_quote(t) and t.i not in qtokens and not t.is_punct for t in tok.subtree if t.i > tok.i)

    candidates = [c for c in candidates if linked(c[0]) or not others(c[0])]
    if not candidates:
        return None
    # verbs of saying before other cues; then ones with a subject; linked ones; the nearest
    candidates.sort(key=lambda c: (not linked(c[0]), c[0].lemma_.lower() in BELIEVE_VERBS, c[1] is None, distance(c[0])))
    tok, subj, text = candidates[0]
    return tok, subj, text
