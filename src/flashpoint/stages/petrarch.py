"""Events coded PETRARCH's way (a drop-in for the `events` stage, used by the PETRARCH
evaluation): every verb of a PETRARCH verb dictionary (read by
`knowledge.petrarch_verbs.read_verb_dictionary`), the most specific pattern of its family
that matches the words around it, the subject's actors as sources and the first actors of
the verb phrase as targets (or those the pattern's `$ + %` mark).

Patterns match words as written, as in PETRARCH ("EFFORT" is not "efforts"); the sources and
targets come from the dependency parse where PETRARCH reads its own parse tree. Pronouns are
resolved and the event records made by the general coder (`stages.events.EventCoder`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..knowledge.events import EventLexicon
from ..knowledge.petrarch_verbs import Element, VerbDictionary, VerbEntry, VerbFamily, VerbPattern, coding_for, to_event_lexicon
from ..lexicon import words
from ..stage import DocState, Stage
from .events import EventCoder, Found, Participant, unique_numbered

# PETRARCH's "^" (skip a noun phrase): the parts of speech a noun phrase is a run of.
NOUN_PHRASE_POS = words("events_syntax", "petrarch_noun_phrase_pos")
# Where a coded actor hung before a head noun by a broken coordination still names a participant.
COORDINATED_DEPS = words("events_syntax", "petrarch_coordinated_deps")


@dataclass
class _Match:
    pattern: VerbPattern | None
    code: str | None
    sources: list = field(default_factory=list)  # actor mentions from "$" or "%"
    targets: list = field(default_factory=list)  # from "+" or "%"
    compound: bool = False


class PetrarchCoder:
    """Codes events PETRARCH's way on a spaCy parse: every verb of the dictionary, the most
    specific pattern of its family that matches, the subject's actors as sources and the
    first actors of the verb phrase as targets (or those the pattern's $ + % mark)."""

    def __init__(self, state: DocState, dictionary: VerbDictionary, lexicon: EventLexicon):
        self.state = state
        self.doc = state.doc
        self.dictionary = dictionary
        self.lexicon = lexicon
        self.coder = EventCoder(state, lexicon)
        self._families = {(e.family, id(e)): f for f in dictionary.families for e in f.verbs}
        self.mentions = sorted(state.actor_mentions or [], key=lambda m: m.start)
        self.mention_at: dict[int, object] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.mention_at.setdefault(i, m)

    # -- matching words ------------------------------------------------------------------------

    @staticmethod
    def _word_matches(word: str, exact: bool, token: Token) -> bool:
        # PETRARCH matches pattern words against the words as written: "EFFORT" is not
        # "efforts", "FOR" is not "foreign".
        return token.lower_ == word

    def _phrase_at(self, words: tuple[str, ...], i: int, lo: int, hi: int, forward: bool) -> int | None:
        """If the phrase `words` is at token i (starting there going forward, or ending there
        going backward), the index just past it in the direction of travel."""
        doc = self.doc
        n = len(words)
        if forward:
            if i + n > hi:
                return None
            return i + n if all(self._word_matches(w, False, doc[i + k]) for k, w in enumerate(words)) else None
        if i - n + 1 < lo:
            return None
        return i - n if all(self._word_matches(w, False, doc[i - n + 1 + k]) for k, w in enumerate(words)) else None

    def _element_at(self, e: Element, i: int, lo: int, hi: int, forward: bool) -> tuple[int, object | None] | None:
        """Whether element e matches at token i: (next position, actor mention or None)."""
        doc = self.doc
        if not lo <= i < hi:
            return None
        if e.kind == "word":
            return ((i + 1 if forward else i - 1), None) if self._word_matches(e.value, e.exact, doc[i]) else None
        if e.kind == "synset":
            for member in sorted(self.dictionary.synsets.get(e.value, []), key=len, reverse=True):
                end = self._phrase_at(member, i, lo, hi, forward)
                if end is not None:
                    return end, None
            return None
        if e.kind in ("source", "target", "compound"):
            m = self.mention_at.get(i)
            if m is None:
                return None
            return ((m.end if forward else m.start - 1), m)
        if e.kind == "skip":
            # A noun phrase: a run of determiners, modifiers and nouns.
            j = i
            step = 1 if forward else -1
            while lo <= j < hi and doc[j].pos_ in NOUN_PHRASE_POS or (lo <= j < hi and doc[j].tag_ == "POS"):
                j += step
            return (j, None) if j != i else None
        return None

    def _match_side(self, elements: tuple[Element, ...], start: int, lo: int, hi: int, forward: bool) -> list | None:
        """Match elements in order from `start` (forward after the verb, or backward before
        it, the elements then nearest-first); a joined element must be at the very next
        position, others may skip tokens. The (marker, mention) pairs found, or None."""
        if not elements:
            return []
        e, rest = elements[0], elements[1:]
        positions = [start] if e.joined else (range(start, hi) if forward else range(start, lo - 1, -1))
        for i in positions:
            hit = self._element_at(e, i, lo, hi, forward)
            if hit is None:
                continue
            nxt, mention = hit
            tail = self._match_side(rest, nxt, lo, hi, forward)
            if tail is not None:
                return ([(e.kind, mention)] if mention is not None else []) + tail
        return None

    def match(self, verb: Token, entry: VerbEntry, family: VerbFamily, clause: tuple[int, int], verb_span: tuple[int, int]) -> _Match:
        lo, hi = clause
        best: _Match | None = None
        best_key = None
        for order, pattern in enumerate(family.patterns):
            found_after = self._match_side(pattern.after, verb_span[1], verb_span[1], hi, True)
            if found_after is None:
                continue
            # Nearest the verb first; "joined" on a word before means it touches the verb side.
            found_before = self._match_side(tuple(reversed(pattern.before)), verb_span[0] - 1, lo, verb_span[0], False)
            if found_before is None:
                continue
            key = (pattern.specificity, -order)
            if best_key is None or key > best_key:
                marks = found_before + found_after
                best = _Match(pattern, pattern.code,
                              [m for k, m in marks if k in ("source",)],
                              [m for k, m in marks if k in ("target",)],
                              any(k == "compound" for k, _ in marks))
                if best.compound:
                    both = [m for k, m in marks if k == "compound"]
                    best.sources = best.sources or both
                best_key = key
        if best is not None:
            return best
        return _Match(None, entry.code)

    # -- the verbs of a sentence ------------------------------------------------------------------

    def _entries(self, token: Token) -> list[tuple[VerbEntry, VerbFamily, tuple[int, int]]]:
        """The dictionary entries a verb token can be, with the tokens each covers; a
        multi-word verb ("wire tapped", "broke down") only when its other words are there."""
        doc = self.doc
        out = []
        for entry in self.dictionary.entries(token):
            start, end = token.i, token.i + 1
            ok = True
            for k, w in enumerate(entry.after):
                j = end
                if j < len(doc) and self._word_matches(w, True, doc[j]):
                    end = j + 1
                    continue
                # A particle after the object ("set it up"): a particle child of the verb.
                near = [c for c in token.children if c.dep_ == "prt" and self._word_matches(w, True, c)]
                if k == len(entry.after) - 1 and near:
                    continue
                ok = False
                break
            for k, w in enumerate(reversed(entry.before)):
                j = token.i - 1 - k
                if j >= 0 and self._word_matches(w, True, doc[j]):
                    start = j
                else:
                    ok = False
                    break
            if ok:
                family = self._families[entry.family, id(entry)]
                out.append((entry, family, (start, end)))
        # Longer verbs first ("break down" before "break").
        out.sort(key=lambda x: -(len(x[0].before) + len(x[0].after)))
        return out

    def _is_verb(self, token: Token) -> bool:
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            return token.dep_ != "amod"
        return False

    def code(self) -> list:
        sentences = self.state.sentences or list(self.doc.sents)

        def candidates():
            for index, sentence in enumerate(sentences):
                for token in sentence:
                    entries = self._entries(token) if self._is_verb(token) else None
                    if entries:
                        yield from self._code_verb(token, entries, index, sentence)

        return unique_numbered(
            candidates(), self.state.document.id,
            key=lambda e: (e.actor and e.actor.code, e.recipient and e.recipient.code, e.cameo, e.trigger.span))

    def _code_verb(self, verb: Token, candidates, index: int, sentence) -> list:
        # The most specific pattern of any family the verb can belong to; without one, the
        # code of the longest verb entry that has a code.
        best = None
        for rank, (entry, family, span) in enumerate(candidates):
            match = self.match(verb, entry, family, (sentence.start, sentence.end), span)
            key = (match.pattern is not None, match.pattern.specificity if match.pattern else 0, -rank)
            if best is None or key > best[0]:
                best = (key, match, entry, family)
        _, match, entry, family = best
        if match.pattern is None:
            coded = next(((e, f) for e, f, _ in candidates if e.code), None)
            if coded is None:
                return []
            entry, family = coded
        code = match.code if match.pattern is not None else entry.code
        if not code:
            return []
        sources = match.sources or self._sources(verb, index)
        targets = match.targets or self._targets(verb, index, sources)
        if match.compound and len(sources) < 2:
            sources = self._sources(verb, index)
        if (match.compound or not targets) and len(sources) >= 2 and not match.targets:
            # A compound subject acting among itself: "Gondor and Osgiliath have delayed their meeting".
            pairs = [(a, b) for a in sources for b in sources if a is not b and a.code != b.code]
        else:
            pairs = [(a, b) for a in sources for b in targets if a.code != b.code or a.start != b.start]
        if not pairs:
            return []
        first, _, second = code.partition(":")
        out = []
        status = "occurred"
        for source, target in pairs:
            for c, (a, b) in ((first, (source, target)), (second, (target, source))):
                if not c:
                    continue
                coding = coding_for(c, "petrarch")
                rule_found = Found(verb, coding, "verb")
                event = self.coder.event(rule_found, coding, sentence, Participant(a, "petrarch-source"),
                                         Participant(b, "petrarch-target"), status, None, None, None)
                pattern = match.pattern.text if match.pattern is not None else f"{family.name} [{entry.code}]"
                event.rule = f"petrarch.{entry.word}:{pattern}"
                out.append(event)
        return out

    # -- participants ---------------------------------------------------------------------------

    def _mentions(self, token: Token, index: int) -> list:
        """The actors a noun phrase names: the coded mention at its head or in it; conjuncts
        too ("Gondor and Arnor", "Eriadori and Calenardhon leaders")."""
        out = []
        left = range(token.left_edge.i, token.i)
        if token.pos_ != "PRON" and any(self.doc[i].dep_ in ("cc", "conj") for i in left):
            # A coordination the parser hung before the head ("Arnor, Calenardhon and the evil
            # awful Gondor" with Arnor as a modifier of Gondor): every actor named there.
            for i in [*left, token.i]:
                m = self.mention_at.get(i)
                if m is not None and m.code and m not in out and self.doc[m.head].dep_ in COORDINATED_DEPS:
                    out.append(m)
        for head in [token, *token.conjuncts]:
            m = self._mention_in(head, index)
            if m is None:
                continue
            for mm in [m, *self._coordinated(m)]:
                if mm not in out:
                    out.append(mm)
        return out

    def _coordinated(self, m) -> list:
        """Mentions coordinated with a mention inside a noun phrase ("Eriadori and Calenardhon leaders")."""
        head = self.doc[m.head]
        out = []
        for conj in head.conjuncts:
            mm = self.mention_at.get(conj.i)
            if mm is not None and mm.code and mm is not m:
                out.append(mm)
        return out

    def _mention_in(self, head: Token, index: int):
        """The actor of a noun phrase, PETRARCH's way: the most specific coded mention in the
        phrase up to its head ("Bree Prime Minister Romendacil" is BREGOV, not BRE), else the
        first coded mention after it (not inside a clause), else the pronoun's antecedent."""
        if head.pos_ == "PRON":
            m = self.coder.resolve(head, index)
            return m if m is not None and getattr(m, "code", None) else None
        left = head.left_edge.i
        inside = []
        for i in range(left, head.i + 1):
            m = self.mention_at.get(i)
            if m is not None and m.code and m not in inside:
                inside.append(m)
        if inside:
            return max(inside, key=lambda m: (len(m.code), m.end))
        m = self.coder.resolve(head, index)
        if m is not None and getattr(m, "code", None):
            return m
        for t in sorted(head.subtree, key=lambda t: t.i):
            if t.i <= head.i:
                continue
            if t.dep_ in ("relcl", "acl", "appos", "advcl", "ccomp"):
                break
            mm = self.mention_at.get(t.i)
            if mm is not None and mm.code:
                return mm
        return None

    def _subject(self, verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
        """(subject tokens, passive) of a verb; a verb without one takes it from the verb it
        completes ("is about to restore"), is coordinated with, or the noun of its relative clause."""
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj", "expl"):
                if child.dep_ == "expl":
                    continue
                return [child], False
            if child.dep_ in ("nsubjpass", "csubjpass"):
                return [child], True
        head = verb.head
        if head.i == verb.i or depth > 6:
            return [], False
        if verb.dep_ == "xcomp":
            objects = [c for c in head.children if c.dep_ in ("dobj", "obj")]
            if objects and head.pos_ in ("VERB", "AUX"):
                return objects, False
            tokens, _ = self._subject(head, depth + 1)
            return tokens, False
        if verb.dep_ in ("acomp", "conj"):
            tokens, passive = self._subject(head, depth + 1)
            return tokens, passive and not any(c.dep_ == "auxpass" for c in verb.children) if verb.dep_ == "conj" else False
        if verb.dep_ == "relcl":
            return [head], False
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            tokens, _ = self._subject(head.head, depth + 1)
            return tokens, False
        if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VB"):
            tokens, _ = self._subject(head, depth + 1)
            return tokens, False
        return [], False

    def _sources(self, verb: Token, index: int) -> list:
        subjects, passive = self._subject(verb)
        if passive:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            objs = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
            return [m for o in objs for m in self._mentions(o, index)]
        return [m for s in subjects for m in self._mentions(s, index)]

    def _targets(self, verb: Token, index: int, sources: list) -> list:
        subjects, passive = self._subject(verb)
        if passive:
            return [m for s in subjects for m in self._mentions(s, index)]
        for child in sorted(verb.children, key=lambda c: c.i):
            if child.i < verb.i:
                continue
            if child.dep_ in ("dobj", "obj", "dative", "attr", "oprd"):
                found = self._mentions(child, index)
                if found:
                    return found
            if child.dep_ == "prep":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    found = self._mentions(pobj, index)
                    if found:
                        return found
        # An actor inside the object's phrases ("ties with Gondor").
        # Else, as PETRARCH does, the first actor in the verb phrase.
        for child in sorted(verb.children, key=lambda c: c.i):
            if child.i > verb.i and child.dep_ not in ("punct", "cc", "conj", "nsubj", "nsubjpass"):
                for t in sorted(child.subtree, key=lambda t: t.i):
                    m = self.mention_at.get(t.i)
                    if m is not None and m.code and m not in sources:
                        return [m, *(c for c in self._coordinated(m) if c not in sources)]
        return []


class PetrarchEvents(Stage):
    """Events coded through a PETRARCH verb dictionary (a drop-in for the `events` stage)."""

    name = "events"
    requires = ("parse", "sentences", "actor_mentions", "actor_index")
    uses = ("published", "timexes", "place_mentions")
    adds = ("record.events",)

    def __init__(self, dictionary: VerbDictionary, lexicon: EventLexicon | None = None):
        self.dictionary = dictionary
        self.lexicon = lexicon or to_event_lexicon(dictionary)

    def __call__(self, state: DocState) -> None:
        state.record.events = PetrarchCoder(state, self.dictionary, self.lexicon).code()



__all__ = ["PetrarchEvents", "PetrarchCoder"]
