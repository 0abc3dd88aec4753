"""Cues and their subjects in the parse: whether a token is a verb of saying, who does it (through
participles, conjuncts, relatives and datelines), "according to", the clausal complements that
are what was said, and whether the act is reported as real."""

from __future__ import annotations

from spacy.tokens import Token

from .pieces import _text
from .vocabulary import (ACCORDANCE_NOUNS, ADVERBIAL_MARKS, AMOUNT_PRONOUNS, BELIEVE_VERBS, COORDINATED_CUES, NOUN_CUES, OBLIGATION_VERBS,
                         POLYSEMOUS_CUES, SAY_VERBS, SUBJECT_DEPS)


def _is_cue_verb(tok: Token, lemmas: set[str]) -> bool:
    if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and tok.tag_ in ("VBZ", "VBD")):
        return tok.lower_ in ("said", "says", "told", "added") and tok.pos_ != "NOUN"
    lemma = tok.lemma_.lower()
    if tok.i > 0 and tok.doc[tok.i - 1].text in ("-", "so"):  # "so-called" is no cue
        return False
    if tok.text.isupper() and len(tok.text) > 1:
        # a run-in heading in capitals ("EVEN OZ’S BOSS THINKS HE’S FULL OF IT — The head of ...")
        # sums up the paragraph after it; it reports no one's words
        return False
    if lemma == "put":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
    if lemma == "point":  # "pointed out that ...", "pointed to the polls"
        return any(c.lower_ == "out" or (c.dep_ == "prep" and c.lower_ == "to") for c in tok.children)
    return lemma in lemmas


def _subject(verb: Token, depth: int = 0, exclude: set[int] | frozenset = frozenset()) -> Token | None:
    """The token naming who does `verb`: its subject, inherited through participles and conjuncts.
    Tokens in `exclude` (the words of a quote, which the parser may hang on the cue) are not subjects."""
    for child in sorted(verb.children, key=lambda c: abs(c.i - verb.i)):
        if child.i in exclude:
            continue
        if child.dep_ in ("nsubj",):
            if _dateline(child):
                # "WASHINGTON -- President Obama, ..., said": the subject is the name after the dateline
                # (not the date or the agency's credit in brackets: "LOS ANGELES, Sept. 28 (UPI) —")
                return next((a for a in child.children if a.dep_ == "appos" and a.ent_type_ not in ("DATE", "TIME")
                             and a.doc[a.i - 1].text != "("), None)
            # a relative pronoun ("Trump, who says ...") stands for the noun it follows; the resolver
            # names that noun and keeps the pronoun as the words that named the speaker
            return child
    if verb.dep_ == "relcl" and verb.head.pos_ in ("PROPN", "NOUN"):
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return None  # "a more transparent way to report profits": no agent of an infinitive relative
        return verb.head
    if verb.dep_ == "ccomp" and (coordinated := _coordinated_subject(verb)) is not None:
        return coordinated
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and _is_cue_verb(verb, SAY_VERBS) and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        # "He added that the US was trying to understand ..., saying, “...”": a participle of
        # saying after a comma at the end of a reported clause is the reporter's act, which the
        # parser hung on the clause
        for outer in [verb.head, *verb.head.ancestors]:
            if outer.i in exclude:
                break
            if outer.dep_ != "ccomp":
                continue
            if _is_cue_verb(outer.head, SAY_VERBS) and outer.head.i < verb.i:
                return _subject(outer.head, depth + 1, exclude)
            break
    if (verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and _is_cue_verb(verb, COORDINATED_CUES)
            and _is_cue_verb(verb.head.head, SAY_VERBS | BELIEVE_VERBS) and verb.head.head.i not in exclude):
        # a verb of saying or requesting coordinated with the reported clause is the reporter's act
        # ("Trump tweeted that Machado was “a con” and encouraged Americans to ..."): the parser
        # hangs it on the clause, but its subject is the cue's (see `_trim_content`)
        return _subject(verb.head.head, depth + 1, exclude)
    if verb.dep_ == "xcomp" and verb.head.i not in exclude:
        # the subject of a passive is the understood subject of the infinitive under it (raising and
        # object control): "he is reported to have declared", "she was asked to say ...", "Smith is
        # believed to have written ..."
        raised = next((c for c in verb.head.children if c.dep_ == "nsubjpass" and c.i not in exclude), None)
        if raised is not None and not any(c.dep_ == "nsubj" for c in verb.head.children):
            return raised
    if depth < 3 and verb.dep_ in ("conj", "advcl", "xcomp", "ccomp", "acl", "pcomp") and verb.head.i != verb.i:
        if verb.dep_ == "ccomp" and verb.tag_ != "VBG":
            return None
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            # "veterans invited to participate": the noun is who was invited (a passive participle);
            # "a way to report profits": the noun is no agent of an infinitive that modifies it
            if verb.tag_ == "VBN" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                return None
            return verb.head
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            return _subject(verb.head.head, depth + 1, exclude) if verb.head.head.pos_ in ("VERB", "AUX") else None
        if verb.head.i in exclude:
            return None
        return _subject(verb.head, depth + 1, exclude)
    return None


def _according_to(tok: Token) -> Token | None:
    """The object of "according to" when `tok` is "according"."""
    if tok.lower_ != "according":
        return None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    for to in [c for c in tok.children if c.lower_ == "to"] + ([nxt] if nxt is not None and nxt.lower_ == "to" else []):
        for obj in to.children:
            if obj.dep_ == "pobj":
                # "according to his body mass index", "according to plan": in accordance with a
                # measure or a rule, not on someone's word
                return None if obj.lemma_.lower() in ACCORDANCE_NOUNS else obj
            if obj.dep_ == "pcomp":
                # "according to show insiders": a noun read as a verb; the source is the noun after it
                nouns = [t for t in obj.subtree if t.pos_ in ("NOUN", "PROPN") and t.i > obj.i]
                if nouns:
                    return nouns[0]
    return None


def _frame_break(tok: Token) -> bool:
    """A colon, a semicolon or a dash between words (not the hyphen inside "African-Americans")."""
    if tok.text in (":", ";", "—", "–", "―", "--"):
        return True
    return tok.text == "-" and bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def _own_frame(comp: Token, cue: Token) -> bool:
    """Whether `comp`, a clause before `cue` that the parser made its complement, is an
    attribution of its own: a verb of saying or a speech act with its own subject ("“You
    winning?” she said, but Kevin was drifting off again, ... Melanie said yes"; "World leaders
    denounce N. Korea test; Obama, others vow consequences")."""
    return comp.i < cue.i and _is_cue_verb(comp, COORDINATED_CUES - POLYSEMOUS_CUES) and _subject(comp) is not None


def _complements(cue: Token, comps: list[Token]) -> list[Token]:
    """The clausal complements of `cue` that are what was said: on one side of the cue (the right
    one when there are both: "Claiming ..., Trump told Fox that ..."), not across a colon, a
    semicolon, a dash or a paragraph, and not an adverbial clause. A clause before the cue is not its
    content when a colon follows the cue ("..., Kall said: “I feel ...”": the colon introduces it) or
    when that clause has a verb of saying of its own (two frames the parser put one in the other)."""
    doc = cue.doc
    colon_after = any(t.text == ":" for t in doc[cue.i + 1:min(cue.i + 3, len(doc))])
    # a cue that is itself subordinate ("..., that he really wants to ...") or that has an object of
    # its own ("..., she added the words, ...") takes nothing from the clause before it
    subordinate = any(c.dep_ == "mark" for c in cue.children) or any(c.dep_ == "dobj" for c in cue.children)
    # nor does a cue with a verbal complement after it ("..., Mr. McKinley suggested looking at ...")
    subordinate = subordinate or any(c.dep_ in ("xcomp", "ccomp") and c.i > cue.i and c.pos_ in ("VERB", "AUX") for c in cue.children)
    kept = []
    for comp in comps:
        if any(m.dep_ == "mark" and m.lower_ in ADVERBIAL_MARKS for m in comp.children):
            continue
        if (comp.tag_ in ("VBZ", "VBD", "VBP", "MD") and not any(c.dep_ in SUBJECT_DEPS for c in comp.children) and comp.i == cue.i + 1
                and len(comps) == 1 and not any(c.dep_ == "dobj" for c in cue.children)):
            # a finite clause with no subject right after the cue is the rest of a relative the
            # parser broke up ("Everything Trump says is a lie"): what was said is the gap, not that
            # clause (when the parser split one clause in two, its subject is in the other part or is
            # the cue's object, and the clause stays)
            continue
        if comp.i < cue.i and subordinate:
            continue
        if comp.i < cue.i and (colon_after or _own_frame(comp, cue)):
            continue
        lo, hi = (cue.i + 1, comp.left_edge.i) if comp.i > cue.i else (comp.right_edge.i + 1, cue.i)
        between = doc[lo:hi]
        if any(_frame_break(t) for t in between) or "\n" in _text(doc)[doc[max(lo - 1, 0)].idx:doc[hi].idx if hi < len(doc) else len(_text(doc))]:
            continue
        kept.append(comp)
    if any(c.i > cue.i for c in kept):
        kept = [c for c in kept if c.i > cue.i]
    return kept


def _stranded_subject(verb: Token) -> Token | None:
    """The name right before a finite main verb that has no subject of its own: the parser joined
    it to the phrase before ("In a meeting with the editorial board of the Washington Post Trump
    said that ...")."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    return before if before.pos_ == "PROPN" and before.head.i != verb.i else None


def _coordinated_subject(verb: Token) -> Token | None:
    """The subject of a clause coordinated with the one before, which the parser joined to that
    clause's last noun: "... mishandled the investigation and Democrats accused the GOP of ..."
    ("Democrats", a conjunct of "investigation")."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or verb.i < 2:
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ in ("PROPN", "NOUN") and before.dep_ == "conj" and verb.doc[before.i - 1].dep_ == "cc" and before.head.i != verb.i:
        return before
    return None


def _dateline(tok: Token) -> bool:
    """Whether `tok` is in a dateline: a place in capitals opening a paragraph, then a comma or a
    dash ("LOS ANGELES, Sept. 28 (UPI) — ...", which the parser may make a subject)."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].text.isupper() and not doc[start - 1].is_punct:
        start -= 1
    opens = start == 0 or "\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_
    end = tok.i
    while end + 1 < len(doc) and doc[end + 1].text.isupper() and not doc[end + 1].is_punct:
        end += 1
    after = doc[end + 1].text if end + 1 < len(doc) else ""
    return opens and tok.text.isupper() and len(tok.text) > 1 and after in (",", "—", "–", "-", "--")


def _can_be_source(subj: Token, in_quote) -> bool:
    """Whether the subject of a cue can be the source of an attribution: not the generic "you" of
    the writer addressing the reader ("Do you know where the returns are?", "you could consider a
    gap year"; a "you" inside a quote is someone addressed), not a generic "anyone", and not the
    dummy "it" of "it is hard to know how ..."."""
    lower = subj.lower_
    if lower in ("you", "anyone", "anybody", "whoever") and not in_quote(subj):
        return False
    if lower in ("'s", "’s") and subj.i > 0 and subj.doc[subj.i - 1].lower_ == "let":
        return False  # the "us" of "let's focus on ...": the writer and the reader
    if _dateline(subj):
        return False
    if lower == "it" and subj.head.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in subj.head.children) and any(
            c.dep_ in ("xcomp", "ccomp") for c in subj.head.children):
        return False
    if lower == "it" and subj.head.pos_ == "ADJ" and any(c.dep_ in ("xcomp", "advcl") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in subj.head.children):
        return False  # the same dummy "it" as the subject of an adjective: "find it hard to defend ..."
    return True


def _reported_act(verb: Token) -> bool:
    """Whether the cue verb reports an act or attitude the text gives as real or possible: not an
    act imposed or allowed by another verb ("requiring the police to tell the government when
    ..."), not the idioms in which "say" and "find" say nothing ("it goes without saying that ...",
    "will find it difficult to ...": an experience, not a finding). (An attribution under a
    condition counts: PolNeAR annotates "unless it wants to release ...", "if Holt asks him about
    ...".)"""
    head = verb
    for _ in range(3):  # the clause the verb belongs to: through infinitives and conjuncts
        if head.dep_ not in ("xcomp", "conj") or head.head.i == head.i:
            break
        if head.dep_ == "xcomp" and head.head.lemma_.lower() in OBLIGATION_VERBS and any(c.dep_ == "dobj" for c in head.head.children):
            return False
        head = head.head
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(
            c.dep_ == "advmod" and c.lower_ in ("how", "when", "where") for c in verb.children):
        # "learning how to want to be alive", "knows when to say no": a skill or a way, not an
        # attitude anyone holds or an act anyone did
        return False
    if lemma == "say" and verb.head.lower_ == "without" and verb.head.head.lemma_.lower() == "go":
        return False
    adjectives = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and c.pos_ == "ADJ"]
    if lemma == "find" and adjectives and (any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
                                           or any(c.dep_ == "nsubj" and c.lower_ == "it" for a in adjectives for c in a.children)):
        return False
    if lemma == "feel" and any(c.dep_ == "acomp" for c in verb.children) and not any(
            c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children) for c in verb.children):
        # "feel stung after the crisis ...": a feeling itself, which the guidelines do not count
        # (a feeling about a fact does: "felt sure that ...")
        return False
    if lemma == "show" and any(c.dep_ == "dobj" and c.lemma_.lower() == "sign" for c in verb.children):
        # "show signs of enthusiasm": to exhibit, not to show that something is so
        return False
    if lemma == "say" and verb.tag_ == "VBZ" and any(c.dep_ == "dobj" and c.lower_ in AMOUNT_PRONOUNS and any(
            p.dep_ == "prep" and p.lower_ == "about" for p in c.children) for c in verb.children):
        # "says something about the media", "says a lot about him": reveals, not says (in the
        # past it is speech: "said something about Mexicans")
        return False
    return True


def _has_cue(tokens) -> bool:
    """Whether `tokens` hold a cue of their own: a verb of saying or believing, a noun of saying,
    "according to"."""
    return any(_is_cue_verb(t, SAY_VERBS | BELIEVE_VERBS) or (t.pos_ == "NOUN" and t.lemma_.lower() in NOUN_CUES)
               or t.lower_ == "according" for t in tokens)
