"""Reported speech: a cue verb with a clausal complement, an object or an infinitive, a noun of
saying with a that-clause, a speech act and its object, a cue set inside the clause it reports,
and "according to"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from .content import _content
from .cues import (_according_to, _can_be_source, _complements, _coordinated_subject, _frame_break, _is_cue_verb, _own_frame,
                   _reported_act, _stranded_subject, _subject)
from .pieces import _Speech
from .vocabulary import (ACT_NOUNS, BELIEVE_VERBS, COORDINATED_CUES, INDIRECT_VERBS, JUDGING_ACTS, NOUN_CUES, OBJECT_CONTENT_VERBS,
                         PEOPLE_NOUNS, PERSON_NOUNS, PERSON_OBJECT_ACTS, PERSON_PRONOUNS, PREP_CUES, QUANTIFIERS, REQUEST_VERBS,
                         SAY_VERBS, SPEECH_ACT_VERBS, STANCE_VERBS, SUBJECT_DEPS)


def _according_to_content(tok: Token, obj: Token, speeches: list[_Speech], in_quote) -> _Speech | None:
    """The speech "according to `obj`" vouches for, `tok` being "according": the clause on the
    side of it where the clause's head is, from the last colon, semicolon or lone dash before it."""
    doc = tok.doc
    head = tok.head
    while head.dep_ not in ("ROOT", "ccomp", "conj") and head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    exclude = set(t.i for t in tok.subtree)
    # the content is on the side of "according to X" where its clause's head is
    # ("X, according to Y, more than twice ..." is X)
    before = head.i < tok.i
    # after coordinated clauses it is said of all of them ("X is one of ... and the fourth ...,
    # according to a database")
    while before and head.dep_ == "conj" and head.head.i < tok.i and head.head.i != head.i:
        head = head.head
    toks = [t for t in head.subtree if t.i not in exclude and not t.is_punct and (t.i < tok.i) == before]
    breaks = [t for t in head.subtree if t.i < tok.i and _frame_break(t)]
    dashes = [t for t in breaks if t.text not in (":", ";")]
    if len(dashes) % 2 == 0:  # dashes in pairs set off an aside ("— or flat out wrong —")
        breaks = [t for t in breaks if t.text in (":", ";")]
    breaks = [t.i for t in breaks if any(not x.is_punct for x in doc[t.i + 1:tok.i])]
    if before and breaks:
        # "... about why the other side must be wrong - which it often is, according to
        # Scott": what "according to" vouches for is the part after the last break
        toks = [t for t in toks if t.i > breaks[-1]]
    if not toks:
        return None
    return _content(doc, tok, obj, toks, speeches, "according to", in_quote)


ACT_CUES = SPEECH_ACT_VERBS | set(PREP_CUES)
INDIRECT_NOT_CALL = INDIRECT_VERBS - {"call"}
SAY_OR_BELIEVE = SAY_VERBS | BELIEVE_VERBS
# What a token must be for `_indirect` to find anything at it: "according", a noun of saying, a
# lemma some `_is_cue_verb` test there accepts, or a form it accepts whatever its lemma.
CUE_LEMMAS = NOUN_CUES | ACT_CUES | INDIRECT_VERBS | {"put", "point"}
CUE_FORMS = {"according", "said", "says", "told", "added"}
_cue_lemma: dict[int, bool] = {}  # by the hash of a lemma, of a lower-case form
_cue_form: dict[int, bool] = {}


def may_cue(doc: Doc) -> Iterator[Token]:
    """The tokens `_indirect` may find reported speech at, in order: nearly every token is none,
    and testing each one's lemma and form by their hashes spares the parse walks of `_indirect`."""
    strings = doc.vocab.strings
    for i, (lemma, lower) in enumerate(doc.to_array([LEMMA, LOWER]).tolist()):
        cue = _cue_lemma.get(lemma)
        if cue is None:
            cue = _cue_lemma[lemma] = strings[lemma].lower() in CUE_LEMMAS
        if not cue:
            cue = _cue_form.get(lower)
            if cue is None:
                cue = _cue_form[lower] = strings[lower] in CUE_FORMS
        if cue:
            yield doc[i]


def _indirect(tok: Token, speeches: list[_Speech], in_quote) -> _Speech | None:
    """The reported speech `tok` cues, if it is a cue: "according to", a noun of saying, a speech
    act, a verb of saying, believing or requesting with its complement, object or infinitive, or
    a cue set inside the clause it reports (see the package docstring)."""
    doc = tok.doc
    obj = _according_to(tok)
    if obj is not None:
        return _according_to_content(tok, obj, speeches, in_quote)
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX") and not _reported_act(tok):
        return None
    if tok.pos_ == "NOUN" and lemma in NOUN_CUES:
        return _noun_cue(tok, speeches, in_quote)
    if _is_cue_verb(tok, ACT_CUES) and not _is_cue_verb(tok, INDIRECT_NOT_CALL):
        return _speech_act(tok, speeches, in_quote)
    if not _is_cue_verb(tok, INDIRECT_VERBS):
        return None
    comps = _complements(tok, [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX", "NOUN", "ADJ")])
    if any(c.dep_ == "dobj" and c.tag_ == "WP" and c.i < tok.i for c in tok.children):
        # "what the minister said when she resigned": what was said is the "what"; a clause the
        # parser hung on the cue is its time
        comps = []
    # "Republicans said they're convinced ... and Democrats accused the GOP of ...": a later
    # clause that is itself a verb of saying or a speech act is another attribution the
    # parser hung on this cue
    comps = [c for c in comps if c is comps[0] or not (_is_cue_verb(c, COORDINATED_CUES) and _coordinated_subject(c) is not None)]
    if not comps and _is_cue_verb(tok, SAY_OR_BELIEVE) and not any(c.dep_ == "dobj" for c in tok.children):
        # "said after the convention he would not accept": a finite clause with its own subject and
        # no subordinator after the cue is what was said, though the parser made it adverbial (not
        # beside an object, which is what was said: "what Liz Wahl said when she resigned")
        comps = _complements(tok, [c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i and c.tag_ not in ("VBG", "VBN")
                                   and any(x.dep_ == "nsubj" for x in c.children) and not any(x.dep_ == "mark" for x in c.children)])
    if not comps and tok.lemma_.lower() in OBJECT_CONTENT_VERBS:
        # an object that is a bare pronoun or wh-word ("said it", "said what") says nothing itself
        comps = [c for c in tok.children if c.dep_ == "dobj" and not (c.pos_ in ("PRON", "DET", "INTJ") and c.n_lefts + c.n_rights == 0)
                 and not (c.lemma_.lower() in ACT_NOUNS and not any(x.dep_ in ("acl", "relcl", "prep", "ccomp") for x in c.children))]
    if not comps and tok.lemma_.lower() in REQUEST_VERBS:
        # "urged supporters to monitor polling places": the object and the infinitive, on the
        # infinitive's side of the cue
        xcomps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and not _own_frame(c, tok)]
        if any(c.i > tok.i for c in xcomps):
            # the infinitive after the cue; a clause before it is its frame ("The nominee continues
            # to insist ... that he wants to release the files")
            xcomps = [c for c in xcomps if c.i > tok.i]
        if xcomps:
            after = xcomps[0].i > tok.i
            comps = [c for c in tok.children if c.dep_ == "dobj" and (c.i > tok.i) == after] + xcomps
            if tok.tag_ in ("VBZ", "VBD", "VBP") and any(a.dep_ == "aux" and a.lower_ == "to" for a in xcomps[-1].children):
                # "wants to triple the program, grow the corps and create a reserve": bare verbs
                # cannot be coordinated with the finite cue; they continue its infinitive
                comps += [c for c in tok.children if c.dep_ == "conj" and c.tag_ == "VB" and c.i > xcomps[-1].i
                          and not any(x.dep_ in SUBJECT_DEPS | {"aux", "auxpass"} for x in c.children)]
                comps += [c for k in list(comps) if k.dep_ == "conj" for c in k.children if c.dep_ == "conj" and c.tag_ == "VB"]
    if not comps and tok.dep_ == "parataxis" and _is_cue_verb(tok, SAY_OR_BELIEVE):
        return _parenthetical(tok, speeches, in_quote)
    if not comps:
        return _speech_act(tok, speeches, in_quote) if lemma in PREP_CUES or lemma in SPEECH_ACT_VERBS else None
    subj = _subject(tok) or _stranded_subject(tok)
    if subj is None or not _can_be_source(subj, in_quote):
        return None
    if subj.lower_ == "it" and tok.dep_ != "ROOT" and any(c.dep_ == "auxpass" for c in tok.children):
        return None
    toks = []
    for c in comps:
        toks.extend(t for t in c.subtree)
    toks = [t for t in toks if not (t.dep_ == "mark" and t.head in comps and t.i == min(x.i for x in toks))]
    toks = [t for t in toks if not t.is_punct or (toks and toks[0].i < t.i < toks[-1].i)]
    if not toks:
        return None
    return _content(doc, tok, subj, toks, speeches, None, in_quote)


def _noun_cue(noun: Token, speeches: list[_Speech], in_quote=None) -> _Speech | None:
    """A noun of saying with a that-clause: "his claim that the vote was rigged", "the
    ministry’s statement that no civilians were hurt". The speaker is the possessor, or the
    agent of "by"."""
    comps = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "appos") and c.pos_ in ("VERB", "AUX")
             and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    if not comps:
        return None
    subj = next((c for c in noun.children if c.dep_ == "poss"), None)
    if subj is None:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
                subj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    if subj is not None and subj.pos_ == "PRON" and noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
        # "Khan repeated his claim that ...": the possessive is the subject of the clause
        subj = _subject(noun.head) or subj
    if subj is None and noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        subj = _subject(noun.head)  # "the ministry issued a statement that ..."
    if subj is None:
        return None
    toks = [t for c in comps for t in c.subtree]
    toks = [t for t in toks if not (t.dep_ == "mark" and t.head in comps)]
    toks = [t for t in toks if not t.is_punct or (toks and toks[0].i < t.i < toks[-1].i)]
    if not toks:
        return None
    return _content(noun.doc, noun, subj, toks, speeches, None, in_quote)


def _speech_act(tok: Token, speeches: list[_Speech], in_quote) -> _Speech | None:
    """A verb of a speech act whose object is what was said: "criticized Clinton’s record"
    (the object), "called for a special prosecutor", "talked about the wall" (the object of its
    preposition), "called Trump a fascist" (the object and its predicate)."""
    lemma = tok.lemma_.lower()
    comps: list[Token] = []
    dobj = [c for c in tok.children if c.dep_ == "dobj"]
    if lemma == "call":
        oprd = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > tok.i]
        if dobj and oprd:
            comps = dobj + oprd
        elif len(dobj) >= 2:  # "called Trump a danger": the object and its predicate, both parsed as objects
            comps = dobj
    elif lemma in SPEECH_ACT_VERBS and dobj:
        # the predicate of the object goes with it: "described the incident as a “terrible
        # situation”", "cited his remarks as examples of ...", "likened Trump to a coach", "accused
        # the GOP of stoking the issue". A stance has no such predicate: "backing the government
        # as the United States ... support" is a clause of time or manner. A second object the
        # parser found further on ("endorsing X, ..., now, a kind of detente") is the writer's
        # gloss on the act, not its content.
        dobj = [d for d in dobj if d is dobj[0] or not any(t.text == "," for t in tok.doc[dobj[0].right_edge.i:d.left_edge.i])]
        preds = {"liken": ("as", "to"), "accuse": ("of",)}.get(lemma, ("as",))
        if lemma in JUDGING_ACTS:
            preds = preds + ("for",)  # the grounds of a judgement are part of it: "criticized Romney for not releasing his returns"
        if lemma in STANCE_VERBS:
            preds = ()
        comps = dobj + [c for c in tok.children if c.dep_ == "prep" and c.lower_ in preds and c.i > dobj[-1].i]
        if lemma in PERSON_OBJECT_ACTS and _names_person(dobj[0]):
            # "questioned the witnesses" is an interrogation, "echoing Mr. Putin" names whose
            # words were echoed: neither object is something said
            return None
        if dobj[0].lemma_.lower() in ACT_NOUNS and not any(c.dep_ in ("acl", "relcl", "prep", "ccomp") for c in dobj[0].children) and len(comps) == 1:
            # "defended the remark": a bare noun of saying names the act, not what was said
            # (the guidelines' "John made a statement")
            return None
    if not comps and lemma in PREP_CUES:
        for c in tok.children:
            if c.dep_ in ("prep", "prt") and c.lower_ in PREP_CUES[lemma] and c.i > tok.i:
                objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
                if objs:
                    # "called for a special prosecutor to investigate": the infinitive goes with it
                    comps = objs + [x for x in tok.children if x.dep_ in ("xcomp", "advcl") and x.i > objs[-1].i
                                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)]
                    break
    if not comps or any(c.pos_ == "PRON" and len(list(c.subtree)) == 1 for c in comps if c.dep_ == "dobj" and len(comps) == 1):
        return None
    if any(c.dep_ == "auxpass" for c in tok.children):
        return None
    subj = _subject(tok)
    if subj is None or not _can_be_source(subj, in_quote):
        return None
    toks = [t for c in comps for t in c.subtree]
    predicate = comps[-1] if len(comps) > 1 and comps[-1].i > tok.i and comps[-1].dep_ in ("prep", "oprd") else None
    if predicate is not None and predicate.dep_ == "prep":
        predicate = next((o for o in predicate.children if o.dep_ == "pobj"), None)
    if predicate is not None and in_quote(predicate):
        # "criticized the act as a “crazy system” during a campaign stop", "blasted Clinton as a
        # “disgrace” Wednesday on ...": the quoted words are the predicate, and a time the
        # parser hung on them after the closing mark is the act's (a phrase of the predicate's
        # own stays: a “champion” for its constituency)
        end = max(t.i for t in predicate.subtree if in_quote(t))
        after = tok.doc[end + 1] if end + 1 < len(tok.doc) else None
        if after is not None and after.i in {t.i for t in comps[-1].subtree} and (
                after.ent_type_ in ("DATE", "TIME") or after.dep_ == "npadvmod" or after.lower_ == "during"):
            toks = [t for t in toks if t.i <= end]
    toks = [t for t in toks if not t.is_punct or (toks[0].i < t.i < toks[-1].i)]
    if not toks:
        return None
    return _content(tok.doc, tok, subj, toks, speeches, None, in_quote)


def _parenthetical(cue: Token, speeches: list[_Speech], in_quote) -> _Speech | None:
    """A cue set in the clause it reports, between commas or at its end: "Lenox was a juggernaut,
    Mr. Clarke said, until it went bankrupt", "The latest test, North Korea said, was its biggest
    yet". The parser makes the cue a parataxis of the clause; the content is the clause without
    the cue's own words, in one or two pieces."""
    subj = _subject(cue)
    if subj is None or subj.i < cue.left_edge.i or subj.i > cue.right_edge.i or not _can_be_source(subj, in_quote):
        return None
    head = cue.head
    lo, hi = sorted((cue.left_edge.i, head.i))
    own = {x.i for x in cue.subtree}
    if any(_frame_break(t) for t in cue.doc[lo:hi + 1] if t.i not in own):
        # "We have been here before: Osama bin Laden declared war": a clause across a colon,
        # a semicolon or a dash is no parenthetical content of the cue
        return None
    own = {t.i for t in cue.subtree}
    clause = [t for t in head.subtree if t.i not in own]
    pieces = [[t for t in clause if t.i < cue.left_edge.i], [t for t in clause if t.i > cue.right_edge.i]]
    pieces = [[t for t in p if not (t.is_punct and (t.i == p[0].i or t.i == p[-1].i))] for p in pieces if p]
    return _content(cue.doc, cue, subj, [t for p in pieces for t in p], speeches, None, in_quote,
                         pieces=[p for p in pieces if p])


def _names_person(tok: Token) -> bool:
    """Whether `tok` names people: a PERSON entity, a personal pronoun, a noun for people."""
    if tok.pos_ in ("ADJ", "DET", "NUM", "PRON") or tok.lower_ in QUANTIFIERS:
        # "several of those protected individuals", "two of the witnesses": the people are the
        # object of "of"
        of = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if of:
            tok = of[0]
    return (tok.ent_type_ == "PERSON" or tok.lower_ in PERSON_PRONOUNS | {"them", "us", "me"}
            or tok.lemma_.lower() in PERSON_NOUNS | PEOPLE_NOUNS)
