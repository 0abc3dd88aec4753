"""Quotes: who said what, direct and indirect, with the speaker resolved.

Direct quotations are found on the characters first, then tied to the parse:

1. Quotation marks are paired per paragraph: curly double (“ ”), straight double ("), two
   apostrophes or backticks used as a double mark (''X'' of some archives and wires), and
   single quotes used as quotes (‘ ’ or ' at a word boundary, never an apostrophe as in
   "don’t" or "the workers’"), single quotes only outside double ones (inside they are a
   quote within the quote). A straight mark that can only close (after a word, before a
   space) opens nothing when none is open. An opening mark left open at the end of a
   paragraph continues when the next paragraph opens with a mark too (the multi-paragraph
   convention), and otherwise ends with its paragraph.
2. Two quotes around a short cue clause ("“X,” he said, “Y”") are one quote; so are, as one
   attribution with several parts, a quote with no cue of its own after a quote and its cue
   sentence in the same paragraph ("“X,” she said. “Y.”") and quotes joined by "and" under one
   cue (called them “losers” and “sad”).
3. The cue of a quote is a dash and a name ending its line (“X.” ― Pamela Padilla), else a
   verb of saying (or "according to", or a colon or dash right before the mark) in the words
   of its sentences that are outside every quote: a verb the quote's words hang from first,
   else the nearest. A quote with no cue of its own that follows a quote of the same or the
   previous paragraph continues it (same speaker). A short quote with no cue is a scare quote
   or a title and is not reported; nor is a quote that names inside a noun phrase (MSNBC’s
   “Morning Joe”, the anthem “A Change Is Gonna Come”, Marcia “Cia” Price, “quack” cures).

Indirect speech: a verb of saying, believing, requesting, deciding or agreeing with a
clausal complement ("X said (that) ...", "X told Reuters ...", "X asserted ...", "X denied
...", "X agreed that ...", "X decided to ..."), the object of "deny", "confirm" and the like,
a cue set inside the clause it reports ("The test, North Korea said, was its biggest"), and
"according to X" (the content is its clause, on the side of "according to X" where the
clause's head is). The complement is on one side of the cue (the right one when both are
candidates), not across a colon, semicolon, dash or paragraph, and not an adverbial clause
("said before he died"); a clause the parser made adverbial but that has its own subject and
no subordinator is one ("said after the vote he would resign"). A cue that is subordinate
("..., that he wants ..."), has an object or has a verbal complement after it takes no clause
before it. A content ends at a semicolon and before a cue set at its end (", the footage
showed"), before a comma-set-off aside that holds an attribution of its own ("..., contradicting
the police’s claim that ...", "..., aside from saying ...") or is the writer's comment (an
apposition to a name, "..., although ...", "..., when there are clips of ..."), before a
coordinated verb of saying, of a speech act or of a request ("... and encouraged Americans to
..."), and a noun-phrase content (an intention or a request too) also at a dash, before a
clause of time or cause ("... to boost security after hackers ...") and before its
non-restrictive relative or apposition (PolNeAR gives each token to one attribution and, "when
in doubt", leaves the writer's additions out). Not attributions: an act imposed or allowed by
another verb ("requires candidates to disclose ..."), "it goes without saying", "find it hard
to", a feeling itself ("feel stung after ..."), "show signs of", a bare noun of the act as
object ("defended the remark", "announced plans"), a person as the object of "question" or
"echo", the rest of a relative the parser broke up ("Everything X says is a lie"), a name after
"known as", "according to" a measure or a rule ("according to his body mass index"). A content on both sides of its cue is two pieces ("an explosion that the mayor described as ..."). A complement that
is nearly all one direct quote is that quote; one with words of its own around a partial
quote is reported beside it. Speech acts whose object is the content ("criticized Clinton’s
record", "thanked his supporters", "called Trump a danger", "described the delay as
unacceptable", "likened the tax to a penalty"; stances taken in public: "backed Cruz"),
prepositional cues ("called for a special prosecutor", "called on the governor to act",
"talked about the wall", "pointed to the polls", "voted for Sanders"), nouns of saying with a
that-clause ("his claim that the vote was rigged"), and a paragraph opening with a short
name and a colon (headlines "Graham: Trump’s Rhetoric Destroying GOP", transcripts "PENCE:
We will ...", also quoted whole, but not labels such as "The Latest:" or "Stealth Over
Health:", nor headline questions). The generic "you" and "anyone" and the dummy "it" are no
sources.

Not quotes: quotation marks inside markup tags (`<tweet id="...">`), and a short title-case
quote after a preposition (a show or a book: "on “Meet the Press”").

Speakers, in document order, so earlier ones are there for later references:

- the subject of the cue verb (also after it: "said the insider"), of the verb a
  participle or conjunct hangs from ("..., saying ...", "and added"), the noun a relative
  pronoun stands for ("Trump, who said": named Trump, with "who" as its words), the object of
  "according to", a name the parser stranded before a verb with no subject;
- a name is the named-entity or proper-noun run of the phrase; a title and organisation
  come from an apposition ("Gregory Brew, an analyst at Eurasia Group"; "Michael
  Kugelman, director of the South Asia Institute at the Wilson Center"), an "of" phrase
  ("Asfandyr Mir of the US Institute of Peace") or the words before the name ("Foreign
  Minister Jalil Abbas Jilani"); a surname alone is the person named in full before;
- "he"/"she" is the most recent person that spoke or was the subject of a clause before;
  "it"/"they" the most recent organisation or group; a definite description ("the
  insider", "the official") the most recent earlier speaker or mention with the same head
  noun;
- the speaker is linked to the actor the phrase denotes (`actor_for_token`), or its
  antecedent's.

`state.record.quotes` gets one `Quote` each; `state.quote_index` maps cue token
indices to their speakers (what the claims stage reads).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..stage import DocState, Speech, Stage, register_stage
from ..records import Quote, Speaker
from .actors import actor_for_token

# Verbs that introduce speech (direct or indirect), by lemma.
SAY_VERBS = {
    "say", "tell", "add", "claim", "assert", "deny", "state", "announce", "insist", "warn", "report", "note", "explain",
    "write", "tweet", "argue", "suggest", "acknowledge", "admit", "confirm", "declare", "reply", "respond", "ask", "opine",
    "underline", "emphasize", "emphasise", "stress", "contend", "allege", "describe", "urge", "predict", "estimate",
    "concede", "recall", "complain", "testify", "quip", "reveal", "observe", "remark", "mention", "conclude", "inform",
    "indicate", "maintain", "charge", "vow", "promise", "pledge", "continue", "express", "agree", "caution", "counter", "retort",
    "point", "tell", "say", "proclaim", "assure", "brag", "boast", "joke", "shout", "chant", "lament", "reiterate",
    "accuse", "blast", "criticize", "criticise", "praise", "call", "refute", "dismiss", "reject", "demand", "threaten",
    "signal", "hint", "speculate", "recount", "concur", "echo", "repeat", "post", "wonder", "question", "worry",
    "disclose", "propose", "rule", "liken",
    # writing words down ("a doctor had typed “homicidal ideation”")
    "type", "scribble", "scrawl", "jot", "pen", "text", "email", "e-mail",
}
# Verbs of believing and knowing whose complement is attributed too (PolNeAR's "internal states").
BELIEVE_VERBS = {"believe", "think", "feel", "expect", "hope", "fear", "find", "show", "know", "want", "doubt", "suspect", "consider", "see", "learn", "understand"}
# Verbs of requests, commitments and decisions whose object and infinitive are the content.
REQUEST_VERBS = {"urge", "ask", "tell", "warn", "want", "pledge", "promise", "vow", "threaten", "demand", "call", "plan", "refuse", "decline", "encourage", "invite", "order", "instruct", "advise", "expect", "hope",
                 "agree", "decide", "propose"}
INDIRECT_VERBS = (SAY_VERBS | BELIEVE_VERBS | REQUEST_VERBS) - {"describe", "continue", "post", "point", "accuse", "blast", "criticize", "criticise", "praise", "threaten", "dismiss", "reject", "see", "question", "liken"}
# Verbs whose direct object is the content ("denied the report").
OBJECT_CONTENT_VERBS = {"say", "show", "deny", "confirm", "acknowledge", "admit", "announce", "report", "reveal", "predict", "estimate", "refute", "reject", "dismiss",
                        "disclose", "propose"}
# Verbs of speech acts whose direct object is what the act was about ("criticized Clinton’s
# record", "thanked his supporters"), and verbs whose content follows a preposition.
SPEECH_ACT_VERBS = {
    "criticize", "criticise", "praise", "mention", "discuss", "thank", "congratulate", "denounce", "condemn", "cite", "tout",
    "defend", "mock", "slam", "blast", "applaud", "endorse", "echo", "repeat", "question", "reference", "dismiss", "reject",
    "hail", "decry", "lambaste", "ridicule", "deride", "dispute", "call", "describe", "portray", "characterize", "characterise", "liken",
    "accuse",
    # stances taken in public, which attribution corpora (PolNeAR) count as attributed content
    "support", "back", "oppose", "favor", "favour", "prefer",
}
PREP_CUES = {
    "call": ("for", "on"), "talk": ("about",), "point": ("to",), "refer": ("to",), "comment": ("on",), "speak": ("about", "of", "out"),
    "argue": ("for", "against"), "ask": ("about",), "complain": ("about",), "warn": ("of", "about", "against"),
    "apologize": ("for",), "joke": ("about",),
    "vote": ("for", "against"),
}
# Speech acts that judge their object: their "for" phrase gives the grounds, which were said too.
JUDGING_ACTS = {"criticize", "criticise", "praise", "thank", "congratulate", "denounce", "condemn", "mock", "slam", "blast",
                "applaud", "hail", "decry", "lambaste", "ridicule", "deride"}
# Stances taken in public (PolNeAR counts them): their object is the content, with no predicate.
STANCE_VERBS = {"support", "back", "oppose", "favor", "favour", "prefer"}
# Speech acts that, with a person as object, are no speech about that person: "questioned the
# witnesses" (interrogated), "echoing Mr. Putin" (the person whose words are repeated).
PERSON_OBJECT_ACTS = {"question", "echo", "repeat"}
# Nouns that name an act of saying or intending and not its content: as the bare object of a cue
# verb ("defended the remark", "announced plans") they carry no content of their own.
# (A noun of a claim or a concern is annotated as the content: "rejected that argument", "shared her concerns".)
ACT_NOUNS = {"remark", "comment", "word", "plan", "intention", "speech", "interview", "question"}
# Nouns of saying and believing whose that-clause is attributed content.
NOUN_CUES = {
    "statement", "claim", "assertion", "warning", "argument", "suggestion", "belief", "view", "remark", "comment", "promise",
    "pledge", "allegation", "accusation", "insistence", "admission", "announcement", "assurance", "prediction", "report",
    "message", "testimony", "denial", "contention", "concern", "fear", "hope", "notion", "charge", "complaint", "vow",
}
DIRECT_ONLY_CUES = {"call", "describe", "continue", "point", "accuse", "blast", "criticize", "criticise", "praise", "post", "term", "label", "dub", "brand", "characterize"}

PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"it", "they", "them"}
PERSON_NOUNS = {
    "official", "insider", "spokesman", "spokeswoman", "spokesperson", "analyst", "minister", "president", "source", "expert",
    "diplomat", "officer", "commander", "leader", "director", "adviser", "advisor", "aide", "secretary", "ambassador", "envoy",
    "general", "chief", "lawmaker", "senator", "governor", "mayor", "witness", "resident", "researcher", "professor", "editor",
    "correspondent", "reporter", "man", "woman", "candidate", "nominee", "representative", "chairman", "chairwoman", "member",
    "activist", "scholar", "fellow", "strategist", "pollster", "economist", "prosecutor", "lawyer", "attorney", "judge", "doctor",
    "father", "mother", "son", "daughter", "wife", "husband", "premier", "king", "prince", "militant", "fighter", "soldier", "police",
}
ORG_PREPS = {"at", "with", "for", "from"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "messrs"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
# A complement whose characters are mostly one direct quote is that quote; with more words of its
# own around a partial quote ("said there were “thousands of shootings” this year") it is a
# mixed attribution of its own, reported beside the quote (PolNeAR's content is the whole clause).
QUOTE_IS_CONTENT = 0.8
MIN_UNCUED_WORDS = 6  # a quote with no cue and fewer words is a scare quote or a title
MAX_SPLIT_CUE_WORDS = 10
MAX_CUE_CLAUSE_WORDS = 25  # "..., said Darrell Phillips, vice president of human resources for Hollingsworth & Vose."
MAX_TITLE_WORDS = 5
MAX_MODIFIER_WORDS = 3
COLON_LINE = re.compile(r"^\s*[\"“]?([^:\n“”\"‘’]{1,60}?):\s+(\S.*)$")  # a transcript quoted whole: '"WALLACE: ...' 
MAX_COLON_NAME_WORDS = 5
SIGNATURE = re.compile(r"[\s\u00a0]*(―|—|–|--)[\s\u00a0]*([A-Z][\w.’'-]*(?:[ \u00a0]+[\w.’'-]+)*)[\s\u00a0]*$")
MAX_SIGNATURE_WORDS = 6
COLON_LABELS = {
    "the latest", "latest", "byline", "breaking", "breaking news", "exclusive", "revealed", "look", "watch", "boom", "wow", "update",
    "updated", "news guide", "paid notice", "note", "editor's note", "editor’s note", "related", "photo", "photos", "video", "read more",
    "source", "correction", "clarification", "warning", "caption", "q", "a", "listen", "see also", "just in", "developing", "live", "analysis",
    "opinion", "transcript", "fact check", "background", "dateline", "published", "by", "tags", "subscribe", "advertisement",
}
SOURCE_NOUNS = {
    "poll", "survey", "report", "study", "insider", "official", "source", "editorial", "newspaper", "historian", "analyst",
    "expert", "email", "memo", "campaign", "camp", "aide", "critic", "voter", "leader", "spokesman", "spokeswoman", "witness",
    "police", "military", "army", "government", "ministry", "document", "record", "filing", "lawsuit", "warning", "reaction",
}
TITLE_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is", "vs"}
TITLE_PREPS = {"on", "in", "at", "to", "of", "from", "for", "with", "by", "via"}
TITLE_VERBS = {"title", "entitle", "headline", "watch", "read", "host", "air", "publish", "appear"}  # "“X,” said the foreign minister of Iran, “Y”"

# Participles that with "as" introduce a name: "known as", "referred to as" (through "to"). ("Described
# as" and "labeled as" characterize: a speech act.)
NAMING_PARTICIPLES = {"know", "to"}

def _text(doc: Doc) -> str:
    """`doc.text`, built once per document: spaCy joins every token's text anew on each access,
    and this stage reads the text inside loops over tokens and cues (it was half the time of the
    whole pipeline on Guardian articles). The text never changes once parsed."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_TEXT_KEY = "flashpoint.quotes.text"
OPEN_DOUBLE = "“"
CLOSE_DOUBLE = "”"
DASHES = {"—", "–", "―", "-", "--"}


@dataclass
class _Raw:
    """A direct quote on the characters: content spans between marks."""

    parts: list[tuple[int, int]]  # content (inside the marks), one per paragraph or piece
    outer: tuple[int, int]  # from the first opening mark to the last closing mark

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


@dataclass
class _Speech:
    kind: str  # direct | indirect
    parts: list[tuple[int, int]]
    span: tuple[int, int]
    cue: Token | None = None
    cue_text: str | None = None
    subject: Token | None = None  # token naming the speaker
    inherit: "_Speech | None" = None  # continuation of an earlier quote
    speaker: Speaker | None = None
    person: bool | None = None
    order: int = 0
    extra: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- quotation marks


def _is_word(c: str) -> bool:
    return c.isalnum()


def _single_open(text: str, i: int, mark: str) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–―-:;,") and (_is_word(after) or after in "“\"")


def _single_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not _is_word(after)


MARKUP = re.compile(r"</?[A-Za-z][\w-]*(?:\s+[\w:-]+\s*=\s*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s>]+))*\s*/?>")


def mask_markup(text: str) -> str:
    """`text` with markup tags (`<tweet id="..." author="...">`) blanked out, same length: the
    quotation marks of attribute values are not quotes."""
    return MARKUP.sub(lambda m: " " * len(m.group(0)), text)


DOUBLED_MARK = re.compile(r"''|``")


def double_apostrophes_as_quotes(text: str) -> str:
    """`text` with two apostrophes (or two backticks) used as a double quotation mark, the
    convention of some archives and wires (''It's anti-reform,'' he said), rewritten as one
    straight double quote and a space, the mark next to the words it encloses, so that offsets stay."""

    def mark(m: re.Match) -> str:
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        opening = m.group() == "``" or ((before.isspace() or before in "([{—–-:;,/") and not after.isspace())
        return ' "' if opening else '" '

    return DOUBLED_MARK.sub(mark, text)


def _stray_closing(text: str, i: int) -> bool:
    """A straight double quote that can only close (after a word, before a space or punctuation)
    while none is open: the other half of the pair is missing ("review of [his] systems" including
    ..."), and it opens nothing."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and before not in "([{—–-:;,/" and (after.isspace() or after in ".,;:!?)]")


def find_quote_marks(text: str) -> list[_Raw]:
    """Direct quotations on the characters of `text` (see the module docstring)."""
    text = double_apostrophes_as_quotes(mask_markup(text))
    paragraphs = []
    pos = 0
    for line in text.split("\n"):
        paragraphs.append((pos, pos + len(line)))
        pos += len(line) + 1
    # a text whose quotations are curly may mark the paragraphs of an excerpt it reproduces with a
    # straight mark at their head, never closed there (Breitbart quoting the Washington Post:
    # '"Melanie thought the whole thing was outrageous. She wasn’t ...'): the excerpt's own
    # quotations are its curly ones; the straight mark is a layout sign
    curly = text.count(OPEN_DOUBLE) >= 2 * max(1, text.count('"'))
    found: list[_Raw] = []
    carry: _Raw | None = None  # a quote open at the end of the previous paragraph
    for p_start, p_end in paragraphs:
        para = text[p_start:p_end]
        stripped = para.lstrip()
        if not stripped:
            continue
        lead = p_start + len(para) - len(stripped)
        if carry is not None:
            if stripped[0] in (OPEN_DOUBLE, '"'):
                pass  # continues below: the opening mark of this paragraph extends `carry`
            else:
                found.append(carry)
                carry = None
        open_at: int | None = None
        open_mark = ""
        doubles: list[tuple[int, int, int, int]] = []  # content start, end, outer start, end
        i = p_start
        while i < p_end:
            c = text[i]
            if c == '"' and curly and i == lead and '"' not in text[i + 1:p_end]:
                pass  # an excerpt's head mark
            elif c == OPEN_DOUBLE or (c == '"' and open_at is None):
                if open_at is None and not (c == '"' and _stray_closing(text, i)):
                    open_at, open_mark = i, c
            elif c == CLOSE_DOUBLE or c == '"':
                # a curly closing mark inside a quote opened with a straight one closes a quote
                # within it ("Trump walked onto the stage, chanting “U-S-A!”"), when a straight mark
                # closes later in the paragraph
                nested = open_mark == '"' and c == CLOSE_DOUBLE and '"' in text[i + 1:p_end]
                if open_at is not None and not nested:
                    doubles.append((open_at + 1, i, open_at, i + 1))
                    open_at = None
            i += 1
        unterminated = open_at
        # single quotes outside the doubles
        singles: list[tuple[int, int, int, int]] = []
        inside = [(d[2], d[3]) for d in doubles] + ([(unterminated, p_end)] if unterminated is not None else [])
        s_open: int | None = None
        for i in range(p_start, p_end):
            c = text[i]
            if c not in "‘’'":
                continue
            if any(a <= i < b for a, b in inside):
                continue
            if s_open is None:
                if c in "‘'" and _single_open(text, i, c):
                    s_open = i
            elif c in "’'" and _single_close(text, i) and i - s_open > 1:
                content = text[s_open + 1:i]
                if not re.search(r"[‘']$", content) and not (len(content.split()) == 1 and content.endswith("s")):
                    singles.append((s_open + 1, i, s_open, i + 1))
                s_open = None
        pieces = sorted(doubles + singles)
        if carry is not None:
            # this paragraph opened with a mark: its first quote continues the carried one
            if pieces and pieces[0][2] == lead:
                first = pieces.pop(0)
                carry.parts.append((first[0], first[1]))
                carry.outer = (carry.outer[0], first[3])
                found.append(carry)
                carry = None
            elif unterminated is not None and unterminated == lead and not pieces:
                carry.parts.append((unterminated + 1, _rstrip(text, p_end)))
                carry.outer = (carry.outer[0], p_end)
                unterminated = None  # still open: carry on
                continue
            else:
                found.append(carry)
                carry = None
        for a, b, oa, ob in pieces:
            a2, b2 = _strip(text, a, b)
            if a2 < b2:
                found.append(_Raw([(a2, b2)], (oa, ob)))
        if unterminated is not None:
            a2, b2 = _strip(text, unterminated + 1, p_end)
            if a2 < b2:
                carry = _Raw([(a2, b2)], (unterminated, p_end))
    if carry is not None:
        found.append(carry)
    found.sort(key=lambda r: r.outer)
    return found


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _pieces(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A quote's parts trimmed to its words: each piece without the spaces around it, the
    first and the last without the separators (",;:") that join the quote to its frame; empty
    pieces dropped. The texts at the pieces, joined by one space, are the quote's text."""
    pieces: list[tuple[int, int]] = []
    for a, b in sorted(p for p in (_strip(text, a, b) for a, b in parts) if p[0] < p[1]):
        if pieces and a < pieces[-1][1]:  # a part within or across the one before (a mark inside a colon's content)
            pieces[-1] = (pieces[-1][0], max(b, pieces[-1][1]))
        else:
            pieces.append((a, b))
    while pieces:
        a, b = pieces[0]
        while a < b and (text[a] in ",;:" or text[a].isspace()):
            a += 1
        if a < b:
            pieces[0] = (a, b)
            break
        pieces.pop(0)
    while pieces:
        a, b = pieces[-1]
        while b > a and (text[b - 1] in ",;:" or text[b - 1].isspace()):
            b -= 1
        if a < b:
            pieces[-1] = (a, b)
            break
        pieces.pop()
    return pieces


def _rstrip(text: str, b: int) -> int:
    while b > 0 and text[b - 1].isspace():
        b -= 1
    return b


# --------------------------------------------------------------------------- the stage


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


# Objects of "according to" in the sense "in accordance with": measures, scales and rules.
ACCORDANCE_NOUNS = {"index", "formula", "scale", "standard", "definition", "measure", "plan", "schedule", "rule", "law",
                    "guideline", "criterion", "calculation", "metric", "ranking"}


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


# Subordinators of adverbial clauses: a "complement" they open is an adverbial clause the parser
# attached to the verb ("said before he died"), not what was said.
ADVERBIAL_MARKS = {"before", "after", "when", "because", "while", "although", "though", "since", "until", "unless", "once",
                   "whereas", "as", "till", "whenever"}
# Comma-set-off additions at the end of a content that the writer adds and the source did not
# say, which PolNeAR leaves out ("be conservative"): non-restrictive relatives and appositions,
# participial and concessive clauses ("..., arguing that ...", "..., although ...").
TRAILING_ASIDES = {"relcl", "appos", "acl", "parataxis"}
ASIDE_MARKS = ADVERBIAL_MARKS | {"whether", "if", "even", "despite"}
SET_OFF = {",", ";", "—", "–", "―", "--", "-", "("}


def _frame_break(tok: Token) -> bool:
    """A colon, a semicolon or a dash between words (not the hyphen inside "African-Americans")."""
    if tok.text in (":", ";", "—", "–", "―", "--"):
        return True
    return tok.text == "-" and bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


# Cue verbs with a common sense that says nothing: "protocol called for ...", "talks are continuing".
POLYSEMOUS_CUES = {"call", "continue"}


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


# Verbs that impose or allow an act on their object ("requires candidates to disclose their
# assets"): the act in their infinitive is what must or may happen, not what was said. ("Forced
# Stumpf to admit that ..." is different: the admission took place.)
OBLIGATION_VERBS = {"require", "allow", "permit", "enable", "empower", "mandate"}


AMOUNT_PRONOUNS = {"something", "lot", "volumes"}


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


# Subordinators of the writer's comment after a comma at the end of a content: a contrast or a
# circumstance the writer sets beside what was said ("..., although it may take days to ...",
# "..., when there are radio clips of her ..."). PolNeAR's rule is to be conservative: what may be
# the writer's background is left out.
# (A cause stays: "..., in part because ..." is mostly the source's own reasoning.)
COMMENT_MARKS = {"although", "though", "while", "whereas", "when", "even", "despite"}
# Verbs of acts whose coordinated verb is an attribution of its own ("... and encouraged Americans
# to ...", "... and Democrats accused the GOP of ..."): saying, speech acts, and requests made to
# someone. An intention ("... and refused to drop the gun") may be the content's own subject's.
ADDRESSED_REQUESTS = {"urge", "ask", "encourage", "invite", "order", "instruct", "advise", "tell", "warn", "call"}
COORDINATED_CUES = SAY_VERBS | SPEECH_ACT_VERBS | ADDRESSED_REQUESTS


# Adverbs by which the writer gives his own reading of an act ("implicitly putting his name on
# the line"): what they open is the writer's interpretation, not the source's words.
STANCE_ADVERBS = {"implicitly", "effectively", "essentially", "apparently", "seemingly", "tacitly", "presumably", "perhaps",
                  "arguably", "ostensibly", "inadvertently", "unwittingly", "thereby"}


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


def _np_bounds(head: Token) -> tuple[int, int]:
    """The noun phrase of `head` without relative clauses, appositions and trailing phrases."""
    left = head.i
    for child in head.lefts:
        if child.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "punct", "npadvmod", "advmod", "predet"):
            left = min(left, child.left_edge.i)
    right = head.i
    for child in head.rights:
        if child.dep_ in ("case",) or (child.dep_ == "compound"):
            right = max(right, child.i)
    doc = head.doc
    while left < head.i and (doc[left].is_punct or doc[left].dep_ == "det" or doc[left].lower_ in ("the", "a", "an")):
        left += 1
    while right > head.i and (doc[right].is_punct or doc[right].dep_ == "case" or doc[right].is_space):
        right -= 1
    return left, right + 1


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"[’']s$", "", text.strip())
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)
    return text.strip(" ,.;:")


class _Resolver:
    """Speakers resolved in document order; the memory of who was named before."""

    def __init__(self, state: DocState, quoted: list[tuple[int, int]] = ()):
        self.state = state
        self.doc: Doc = state.doc
        self.ents_by_token: dict[int, Span] = {}
        for ent in self.doc.ents:
            for t in range(ent.start, ent.end):
                self.ents_by_token[t] = ent
        self.people: dict[str, Speaker] = {}  # full name -> speaker with title/organisation
        self.surnames: dict[str, str] = {}
        self.history: list[tuple[int, Speaker, bool]] = []  # (token index, speaker, is person)
        # named subjects of any clause: candidates for a later pronoun
        self.subjects: list[tuple[int, Token]] = []
        inside = lambda t: any(a <= t.idx < b for a, b in quoted)  # noqa: E731
        for tok in self.doc:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PROPN" and not inside(tok) and not inside(tok.head):
                self.subjects.append((tok.i, tok))
        # every person named in full, with the role an apposition gives: later surnames and pronouns find them
        for ent in self.doc.ents:
            if ent.label_ == "PERSON" and len(ent) > 1 and not inside(ent.root):
                name = _clean(ent.text)
                title, org = self._role(ent.root)
                actor = actor_for_token(self.state, ent.root.i)
                self._remember(Speaker(name=name, title=title, organization=org, actor_code=actor.code if actor else None))

    # ---------------------------------------------------------------- names

    def _entity(self, tok: Token) -> Span | None:
        ent = self.ents_by_token.get(tok.i)
        return ent if ent is not None and ent.label_ in NAME_LABELS else None

    def _name_run(self, head: Token) -> tuple[int, int]:
        ent = self._entity(head)
        if ent is not None:
            s, e = ent.start, ent.end
            while e > s and (self.doc[e - 1].dep_ == "case" or self.doc[e - 1].is_punct):
                e -= 1
            while s < e and self.doc[s].lower_ == "the":
                s += 1
            # a role the recogniser took into a person's name: "Spokesperson Mao Ning"
            while ent.label_ == "PERSON" and e - s > 1 and self.doc[s].lower_ in PERSON_NOUNS:
                s += 1
            return s, e
        s = e = head.i
        while s - 1 >= 0 and self.doc[s - 1].pos_ == "PROPN" and self.doc[s - 1].head.i in range(s, head.i + 1):
            s -= 1
        return s, e + 1

    def _is_person(self, head: Token) -> bool:
        if head.pos_ == "PROPN" and (head.text in self.surnames or head.text in self.people):
            return True
        ent = self._entity(head)
        if ent is not None:
            return ent.label_ == "PERSON"
        m = actor_for_token(self.state, head.i)
        if m is not None and m.kind == "person":
            return True
        return head.lemma_.lower() in PERSON_NOUNS

    def _role(self, head: Token) -> tuple[str | None, str | None]:
        """Title and organisation from an apposition, an "of" phrase or the words before the name."""
        title = org = None
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN"):
                if self._entity(child) is not None and self._entity(child).label_ == "PERSON":
                    continue
                return self._title_org(child)
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj" and self._entity(obj) is not None and self._entity(obj).label_ in ("ORG", "GPE", "FAC"):
                        org = _clean(self.doc[_np_bounds(obj)[0]:self._entity(obj).end].text)
        # the words before a name: "Foreign Minister Jalil Abbas Jilani"
        s, _ = self._name_run(head)
        left = [t for t in self.doc[head.left_edge.i:s] if t.dep_ not in ("det", "punct", "case") and t.i < s]
        if left and all(t.head.i >= s and t.head.i <= head.i or t.head.i < s for t in left):
            words = [t for t in left if not t.is_punct]
            if words and not any(t.dep_ == "poss" and t.head.i == head.i for t in words):
                org_ent = next((self._entity(t) for t in words if self._entity(t) is not None and self._entity(t).label_ == "ORG"), None)
                if org_ent is not None and org is None:
                    org = _clean(org_ent.text)
                    rest = [t for t in words if not (org_ent.start <= t.i < org_ent.end)]
                    title = _clean(" ".join(t.text for t in rest)) or None
                else:
                    title = _clean(self.doc[words[0].i:s].text) or None
        if title is not None and title.lower().rstrip(".") in HONORIFICS:
            title = None  # "Mr Javid": a form of address, not a title
        return title, org

    def _title_org(self, appos: Token) -> tuple[str | None, str | None]:
        tokens = [t for t in appos.subtree]
        # stop at a nested apposition or relative clause ("..., an international risk consultancy")
        end = appos.right_edge.i + 1
        for t in tokens:
            if t.i > appos.i and (t.dep_ in ("appos", "relcl", "acl") or (t.is_punct and t.text == ",")):
                # (from the clause's first word: "leader of a revival that has swept the region")
                end = min(end, t.left_edge.i if t.dep_ != "punct" else t.i)
        start = appos.left_edge.i
        while start < appos.i and (self.doc[start].dep_ in ("det", "punct") or self.doc[start].lower_ in ("the", "a", "an")):
            start += 1
        org_tok = None
        org_prep = None
        for t in self.doc[appos.i:end]:
            # (not a preposition inside a name: "the International Centre for the Study of Radicalisation";
            # "at" places a unit in its organisation: "the South Asia Institute at the Wilson Center")
            if t.dep_ == "prep" and t.lower_ in ORG_PREPS and not (t.lower_ != "at" and self.ents_by_token.get(t.i) is not None
                                                                     and self.ents_by_token[t.i].start < t.i):
                org_prep = t
                break
        if org_prep is None:
            for t in self.doc[appos.i:end]:
                if t.dep_ == "prep" and t.lower_ == "of" and t.head.i == appos.i:
                    objs = [o for o in t.children if o.dep_ == "pobj"]
                    if objs and self._entity(objs[0]) is not None and self._entity(objs[0]).label_ in ("ORG", "FAC") and objs[0].i < end:
                        org_prep = t
                    break
        if org_prep is not None:
            objs = [o for o in org_prep.children if o.dep_ == "pobj"]
            if objs:
                org_tok = objs[0]
        if org_tok is not None:
            s, e = _np_bounds(org_tok)
            ent = self._entity(org_tok)
            if ent is not None:
                s, e = max(min(s, ent.start), org_prep.i + 1), max(e, ent.end)
            org = _clean(self.doc[s:min(e, end)].text)
            title = _clean(self.doc[start:org_prep.i].text) or None
            if org_prep.lower_ == "of" and title is not None:
                pass
            return title, org or None
        title = _clean(self.doc[start:end].text) or None
        return title, None

    # ---------------------------------------------------------------- resolution

    def speaker(self, subject: Token) -> tuple[Speaker, bool]:
        doc = self.doc
        lower = subject.lower_
        text_span = (subject.idx, subject.idx + len(subject.text))
        if subject.tag_ in ("WP", "WDT") and subject.head.dep_ == "relcl" and subject.head.head.pos_ in ("NOUN", "PROPN", "PRON"):
            sp, person = self.speaker(subject.head.head)
            return Speaker(name=sp.name, title=sp.title, organization=sp.organization, actor_code=sp.actor_code, text=subject.text, span=text_span), person
        if subject.pos_ == "PRON" or lower in PERSON_PRONOUNS | GROUP_PRONOUNS:
            antecedent = self._antecedent(subject)
            if antecedent is not None:
                sp, person = antecedent
                return Speaker(name=sp.name, title=sp.title, organization=sp.organization, actor_code=sp.actor_code, text=subject.text, span=text_span), person
            return Speaker(name=None, text=subject.text, span=text_span), lower in PERSON_PRONOUNS
        ns, ne = _np_bounds(subject)
        person = self._is_person(subject)
        actor = actor_for_token(self.state, subject.i)
        code = actor.code if actor is not None else None
        # (a lower-case word the tagger took for a name is a common noun: "the foreign ministry in Tehran")
        if (subject.pos_ == "PROPN" and not subject.is_lower) or self._entity(subject) is not None:
            s, e = self._name_run(subject)
            name = _clean(doc[s:e].text)
            title, org = self._role(subject)
            full = self._full_name(name) if person else name
            known = self.people.get(full)
            if known is not None:
                title = title or known.title
                org = org or known.organization
                code = code or known.actor_code
            span_s = min(ns, s)
            sp = Speaker(name=full, title=title, organization=org, actor_code=code, text=doc[span_s:max(ne, e)].text, span=(doc[span_s].idx, doc[max(ne, e) - 1].idx + len(doc[max(ne, e) - 1].text)))
            if person:
                self._remember(sp)
            return sp, person
        # a common noun: a named apposition ("the spokesman, John Kirby") names the speaker
        for child in subject.children:
            # (not an organisation's short form beside a person's role: "the spokesperson of India’s
            # Ministry of External Affairs (MEA)" is a person, of that ministry)
            if child.dep_ == "appos" and child.pos_ == "PROPN" and (self._is_person(child) or not person):
                sp, person = self.speaker(child)
                sp.text = doc[ns:ne].text
                sp.span = (doc[ns].idx, doc[ne - 1].idx + len(doc[ne - 1].text))
                return sp, person
        first = doc[subject.left_edge.i]
        own = any(c.dep_ == "poss" for c in subject.children) or any(
            c.dep_ == "prep" and c.lower_ in ORG_PREPS | {"of"} and any(self._entity(o) is not None for o in c.children) for c in subject.children)
        definite = first.lower_ in ("the", "this", "that", "these", "those") and not own
        desc_text = doc[ns:ne].text
        span = (doc[ns].idx, doc[ne - 1].idx + len(doc[ne - 1].text))
        if definite:
            antecedent = self._description(subject)
            if antecedent is not None:
                sp, was_person = antecedent
                # the text and its span start at the same token: "the" is kept, "these" is not
                start = subject.left_edge.i if doc[subject.left_edge.i].lower_ == "the" else ns
                return Speaker(name=sp.name, title=sp.title, organization=sp.organization, actor_code=sp.actor_code or code,
                               text=doc[start:ne].text, span=(doc[start].idx, span[1])), was_person
        named = [c for c in subject.children if c.dep_ == "compound" and c.pos_ == "PROPN" and not c.is_lower]
        if named and not person:
            # a body with a name of its own: "Iran’s semi-official Tasnim news agency" is the Tasnim
            # news agency (of Iran's media), not Iran
            name = _clean(" ".join(t.text for t in doc[named[0].i:subject.i + 1] if not t.is_space))
            return Speaker(name=name, actor_code=code, text=desc_text, span=span), False
        if actor is not None and actor.kind != "sector" and not person and actor.start <= subject.i < actor.end:
            return Speaker(name=actor.name, actor_code=code, text=desc_text, span=span), False
        name = _clean(desc_text)
        title, org = (None, None)
        for child in subject.children:
            if child.dep_ == "prep" and child.lower_ in ORG_PREPS | {"of"}:
                objs = [o for o in child.children if o.dep_ == "pobj"]
                if objs and (self._entity(objs[0]) is not None):
                    org = _clean(self._entity(objs[0]).text)
        return Speaker(name=name or None, title=None, organization=org, actor_code=code, text=desc_text, span=span), person

    def _full_name(self, name: str) -> str:
        if " " not in name and name in self.surnames:
            return self.surnames[name]
        return name

    def _remember(self, sp: Speaker) -> None:
        if not sp.name:
            return
        old = self.people.get(sp.name)
        if old is None or (not old.title and sp.title) or (not old.organization and sp.organization):
            self.people[sp.name] = Speaker(name=sp.name, title=sp.title or (old.title if old else None),
                                           organization=sp.organization or (old.organization if old else None),
                                           actor_code=sp.actor_code or (old.actor_code if old else None))
        parts = sp.name.split()
        if len(parts) > 1:
            self.surnames.setdefault(parts[-1], sp.name)

    def record(self, position: int, sp: Speaker, person: bool) -> None:
        self.history.append((position, sp, person))

    def _antecedent(self, pronoun: Token) -> tuple[Speaker, bool] | None:
        want_person = pronoun.lower_ in PERSON_PRONOUNS
        best: tuple[int, Speaker, bool] | None = None
        for pos, sp, person in reversed(self.history):
            if pos < pronoun.i and person == want_person and sp.name:
                best = (pos, sp, person)
                break
        # a named subject of a clause after the last speaker ("Soleimani ... was a hero" does not speak,
        # but "Mao Ning said ... She emphasized" does)
        sent_start = pronoun.sent.start
        for pos, tok in reversed(self.subjects):
            if pos >= sent_start:
                continue
            if best is not None and pos <= best[0]:
                break
            if pronoun.i - pos > 150:
                break
            if self._is_person(tok) == want_person and self._entity(tok) is not None:
                if tok.head.lemma_.lower() in SAY_VERBS | BELIEVE_VERBS or tok.dep_ == "nsubj":
                    s, e = self._name_run(tok)
                    name = self._full_name(_clean(self.doc[s:e].text))
                    known = self.people.get(name)
                    actor = actor_for_token(self.state, tok.i)
                    sp = Speaker(name=name, title=known.title if known else None, organization=known.organization if known else None,
                                 actor_code=(known.actor_code if known else None) or (actor.code if actor else None))
                    return sp, want_person
                break
        return (best[1], best[2]) if best is not None else None

    def _description(self, noun: Token) -> tuple[Speaker, bool] | None:
        lemma = noun.lemma_.lower()
        for pos, sp, person in reversed(self.history):
            if pos >= noun.i:
                continue
            words = ((sp.text or "") + " " + (sp.title or "") + " " + (sp.name or "")).lower()
            if sp.name and re.search(r"\b" + re.escape(lemma), words):
                return sp, person
        # an earlier mention with the same head noun: "An Iranian insider ... the insider said"
        for tok in reversed(self.doc[:noun.sent.start]):
            # (of the same number: "the foreign ministry" is not "the Iranian and Pakistani foreign ministries")
            if tok.lemma_.lower() == lemma and tok.pos_ == "NOUN" and (tok.tag_ == "NNS") == (noun.tag_ == "NNS"):
                s, e = _np_bounds(tok)
                for child in tok.children:
                    if child.dep_ == "appos" and child.pos_ == "PROPN":
                        return self.speaker(child)
                # a person named right after the role: "Foreign Minister Jalil Abbas Jilani"
                nxt = tok.i + 1
                if nxt < len(self.doc) and self._entity(self.doc[nxt]) is not None and self._entity(self.doc[nxt]).label_ == "PERSON":
                    return self.speaker(self._entity(self.doc[nxt]).root)
                actor = actor_for_token(self.state, tok.i)
                return Speaker(name=_clean(self.doc[s:e].text), actor_code=actor.code if actor else None), self._is_person(tok)
        return None


@register_stage
class Quotes(Stage):
    """Direct and indirect quotations with their speakers; see the module docstring."""

    name = "quotes"
    requires = ("parse", "sentences", "actor_index")
    adds = ("record.quotes", "quote_index", "speeches")

    def __call__(self, state: DocState) -> None:
        doc = state.doc
        text = _text(doc)
        raws = find_quote_marks(text)
        raws = self._merge_split(doc, raws)
        speeches: list[_Speech] = []
        # the characters in quotation marks (a quote split around its cue leaves the cue out)
        quoted = [(a - 1, b + 1) for r in raws for a, b in r.parts]

        def in_quote(tok: Token) -> bool:
            return any(a <= tok.idx < b for a, b in quoted)

        # direct quotes
        previous: _Speech | None = None
        for raw in raws:
            sp = self._direct(doc, raw, in_quote, previous)
            if sp is not None:
                speeches.append(sp)
                previous = sp
        speeches = self._merge_continuations(doc, speeches)
        # "Name: words" at the head of a paragraph: headlines and transcripts
        speeches.extend(self._colon_lines(doc, speeches))
        # indirect speech
        # a cue already taken by a direct quote may still have a larger clause as its content
        # ("said that there were “thousands of shootings” this year"): `_content` drops the
        # clauses that are mostly a direct quote
        for tok in doc:
            if in_quote(tok):
                continue
            ind = self._indirect(tok, speeches, in_quote)
            if ind is not None:
                speeches.append(ind)
        # speakers in document order
        resolver = _Resolver(state, quoted)
        speeches.sort(key=lambda s: (s.subject.i if s.subject is not None else (s.cue.i if s.cue is not None else doc.char_span(s.span[0], s.span[1], alignment_mode="expand").start)))
        for s in speeches:
            if s.subject is not None:
                s.speaker, s.person = resolver.speaker(s.subject)
                resolver.record(s.subject.i, s.speaker, bool(s.person))
            elif s.inherit is not None and s.inherit.speaker is not None:
                s.speaker, s.person = s.inherit.speaker, s.inherit.person
        speeches.sort(key=lambda s: s.span)
        quotes = []
        index: dict[int, Speaker] = {}
        for s in speeches:
            if s.kind == "direct" and s.speaker is None and s.cue is None:
                words = sum(len(text[a:b].split()) for a, b in s.parts)
                if words < MIN_UNCUED_WORDS or self._borrowed_phrase(doc, s):
                    continue
            pieces = _pieces(text, s.parts)
            if not pieces:
                continue
            # the span covers exactly the quoted words (and the evaluation finds the quote by it)
            s.span = (pieces[0][0], pieces[-1][1])
            qtext = " ".join(text[a:b] for a, b in pieces)
            cue = s.cue_text or (s.cue.text if s.cue is not None else None)
            if s.cue is None and s.inherit is not None:
                cue = s.inherit.cue_text or (s.inherit.cue.text if s.inherit.cue is not None else None)
            quotes.append(Quote(text=qtext, span=s.span, kind=s.kind, speaker=s.speaker, cue=cue, pieces=pieces))
            if s.cue is not None and s.speaker is not None:
                index[s.cue.i] = s.speaker
        state.record.quotes = quotes
        state.quote_index = index
        state.speeches = [Speech(tuple(s.span), tuple(tuple(p) for p in s.parts), s.kind, s.cue.i if s.cue is not None else None, s.speaker) for s in speeches]

    # ---------------------------------------------------------------- direct

    @staticmethod
    def _names_person(tok: Token) -> bool:
        """Whether `tok` names people: a PERSON entity, a personal pronoun, a noun for people."""
        if tok.pos_ in ("ADJ", "DET", "NUM", "PRON") or tok.lower_ in ("most", "all", "none", "some", "several", "many", "few"):
            # "several of those protected individuals", "two of the witnesses": the people are the
            # object of "of"
            of = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            if of:
                tok = of[0]
        return (tok.ent_type_ == "PERSON" or tok.lower_ in PERSON_PRONOUNS | {"them", "us", "me"}
                or tok.lemma_.lower() in PERSON_NOUNS | {"individual", "people", "person", "staffer", "employee", "aide", "witness"})

    @staticmethod
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

    @staticmethod
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
                    named = len(last.parts) == 1 and first is not None and len(first) and Quotes._is_title(doc, last, first)
                    if span is not None and not named and any(_is_cue_verb(t, SAY_VERBS) for t in span):
                        last.parts.extend(raw.parts)
                        last.outer = (last.outer[0], raw.outer[1])
                        continue
            merged.append(raw)
        return merged

    @staticmethod
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

    def _direct(self, doc: Doc, raw: _Raw, in_quote, previous: _Speech | None) -> _Speech | None:
        text = _text(doc)
        span = doc.char_span(raw.outer[0], raw.outer[1], alignment_mode="expand")
        if span is None or not len(span):
            return None
        qtokens = {t.i for t in span if any(a - 1 <= t.idx <= b for a, b in raw.parts)}
        if self._is_title(doc, raw, span):
            return None
        sents = {t.sent.start: t.sent for t in span}
        frame = [t for s in sorted(sents.values(), key=lambda s: s.start) for t in s if not in_quote(t)]
        speech = _Speech("direct", list(raw.parts), (raw.start, raw.end))
        signed = self._signature(doc, raw)
        if signed is not None:
            speech.cue, speech.subject, speech.cue_text = signed[0], signed[1], signed[0].text
            return speech
        cue = self._cue(doc, frame, qtokens, span, in_quote)
        if cue is None:
            # a colon at the end of the sentence before: 'the minister said:' then the quote
            first_sent = min(sents.values(), key=lambda s: s.start)
            if first_sent.start > 0:
                prev_sent = doc[first_sent.start - 1].sent
                if prev_sent.text.rstrip().endswith(":") and "\n" not in text[prev_sent.end_char:first_sent.start_char]:
                    cue = self._cue(doc, [t for t in prev_sent if not in_quote(t)], qtokens, span, in_quote)
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
        return speech

    def _colon_lines(self, doc: Doc, speeches: list[_Speech]) -> list[_Speech]:
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
            ents = [e for e in doc.ents if e.start >= span.start and e.end <= span.end and e.label_ in NAME_LABELS
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

    def _signature(self, doc: Doc, raw: _Raw) -> tuple[Token, Token] | None:
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

    @staticmethod
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

    def _cue(self, doc: Doc, frame: list[Token], qtokens: set[int], qspan: Span, in_quote=lambda t: False):
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
                candidates.append((tok, subj, None))
        if not candidates:
            # a colon or a dash right before the quote: "Iran's message: “...”"
            before = [t for t in frame if t.i < qspan.start]
            if before and (before[-1].text == ":" or before[-1].text in DASHES):
                nps = [t for t in before if t.dep_ in SUBJECT_DEPS or (t.pos_ == "PROPN" and t.dep_ in ("ROOT", "nsubj"))]
                if nps:
                    return before[-1], nps[0], before[-1].text
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

    # ---------------------------------------------------------------- indirect

    def _indirect(self, tok: Token, speeches: list[_Speech], in_quote) -> _Speech | None:
        doc = tok.doc
        obj = _according_to(tok)
        if obj is not None:
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
            return self._content(doc, tok, obj, toks, speeches, "according to", in_quote)
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") and not _reported_act(tok):
            return None
        if tok.pos_ == "NOUN" and lemma in NOUN_CUES:
            return self._noun_cue(tok, speeches, in_quote)
        if _is_cue_verb(tok, SPEECH_ACT_VERBS | set(PREP_CUES)) and not _is_cue_verb(tok, INDIRECT_VERBS - {"call"}):
            return self._speech_act(tok, speeches, in_quote)
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
        if not comps and _is_cue_verb(tok, SAY_VERBS | BELIEVE_VERBS) and not any(c.dep_ == "dobj" for c in tok.children):
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
        if not comps and tok.dep_ == "parataxis" and _is_cue_verb(tok, SAY_VERBS | BELIEVE_VERBS):
            return self._parenthetical(tok, speeches, in_quote)
        if not comps:
            return self._speech_act(tok, speeches, in_quote) if lemma in PREP_CUES or lemma in SPEECH_ACT_VERBS else None
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
        return self._content(doc, tok, subj, toks, speeches, None, in_quote)

    def _noun_cue(self, noun: Token, speeches: list[_Speech], in_quote=None) -> _Speech | None:
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
        return self._content(noun.doc, noun, subj, toks, speeches, None, in_quote)

    def _speech_act(self, tok: Token, speeches: list[_Speech], in_quote) -> _Speech | None:
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
            if lemma in PERSON_OBJECT_ACTS and self._names_person(dobj[0]):
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
        return self._content(tok.doc, tok, subj, toks, speeches, None, in_quote)

    def _parenthetical(self, cue: Token, speeches: list[_Speech], in_quote) -> _Speech | None:
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
        return self._content(cue.doc, cue, subj, [t for p in pieces for t in p], speeches, None, in_quote,
                             pieces=[p for p in pieces if p])

    def _content(self, doc: Doc, cue: Token, subj: Token, toks: list[Token], speeches: list[_Speech], cue_text: str | None,
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
