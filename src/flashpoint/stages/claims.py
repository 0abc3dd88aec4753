"""Claims: casualty figures and other counts, who gives them, the event they belong to; denials.

A figure is a number (digits, "1,200", number words, "dozens", "nearly 100") that counts
a noun or stands for one, tied by the parse to a word of its kind:

- the counted noun is the subject of a passive casualty verb ("10 people ... had been
  killed", "five soldiers were wounded"), its object ("killed nearly 100 people",
  "arrested dozens of people"), or names the casualty itself ("two children were the only
  victims", "12 dead", "30 injuries");
- kinds: ``fatalities`` (kill, die, dead, death, victim, fatality, casualty is counted
  here too), ``injured``, ``arrested``, ``abducted``, ``displaced``, ``sites_hit`` (bases,
  camps, hideouts, strongholds, targets struck, hit, destroyed or targeted).

The claimant is who says so: the speaker of the cue verb the figure's clause hangs from or
of the direct quote it is in (as the quotes stage resolved them), or the object of
"according to" in its sentence; when no one is named it is the outlet itself (the
document's source). The event is the one whose trigger is the casualty verb or an
ancestor of the figure, else an event of the same sentence, else the nearest ASSAULT or
COERCE event before it in the paragraph; an agentless toll ("12 soldiers were killed in
the attack") goes to the attack its paragraph tells: the paragraph's first attack before it
that is not a time point ("two days after the Iranian attacks"), else the latest of the
paragraph before, but never an attack by the side the dead belong to (their dead fell to the
other side's fire). An agentless toll told with an occasion that is no attack ("killed in the
protests") is that occasion's; a count over a span of time ("killed since January") is no
one event's.

A denial is a clause of saying that denies: a cue verb of denial (deny, reject, refute,
dismiss, rebut), or a negated complement whose subject is the speaker itself, a claim about
its own involvement ("the BLF asserted that it does not have any hideouts in Iran"; "we were
not involved"): a negated action, being involved or responsible, or having the means or a
presence; a negated stance ("we don't want escalation", "we have no reservations") is not. A negated statement about something else ("Iran said the strikes did not
hit civilians") is a claim, not a denial, even when it shares a word with an earlier event. It is a claim of kind ``denial`` whose value is the denied proposition, linked to
the event it contradicts: the latest earlier event sharing a content word with it, else
the nearest earlier ASSAULT/COERCE event.

An event's ``fatalities`` is the median of its fatality claims that give a number, over
one figure per claimant (the claimant's largest), zeros left out: a zero is a claim about
a subset ("no BLF fighters had been killed"), not a total. With claims from named
claimants and from the outlet alone, only the named claimants count. The median keeps
one outlying account from deciding; the low and high of the range are the smallest and
largest figures. A killing of one person named with no number ("he was killed", "the
assassination of the governor") with no figure claimed is one death.
"""

from __future__ import annotations

import re
from statistics import median

from spacy.attrs import POS
from spacy.parts_of_speech import ADJ, NOUN, VERB
from spacy.tokens import Token

from ..nlp import doc_text, indices_with, root_at
from ..language.numbers import number_value as read_number, with_cardinals
from ..knowledge.events import default_lexicon
from ..lexicon import table, words
from ..stage import DocState, Stage, register_stage
from ..records import Claim, Claimant
from .events import TIME_PREPOSITIONS
from .events.circumstances import since_phrase
from .unidentified import names_no_doer

# The word lists are in lexicon/data/claims.yaml; see the comments there.
NUMBER_WORDS = with_cardinals(table("claims", "number_words"))
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
VAGUE = words("claims", "vague_numbers")

KIND_VERBS = table("claims", "kind_verbs")
KIND_NOUNS = table("claims", "kind_nouns")
SITE_NOUNS = words("claims", "site_nouns")
DEATH_RESULTS = words("claims", "death_results")
DEATH_RESULT_NOUNS = words("claims", "death_result_nouns")
DENIAL_VERBS = {"deny", "reject", "refute", "dismiss", "rebut"}
SELF_PRONOUNS = words("claims", "self_pronouns")
NEGATORS = words("claims", "negators")
CONFLICT_TYPES = ("ASSAULT", "COERCE")
OCCASION_PREPOSITIONS = words("claims", "occasion_prepositions")
SINGLE_PERSON_PRONOUNS = words("claims", "single_person_pronouns")
SINGLE_PERSON_NOUNS = words("claims", "single_person_nouns")
FATALITY_WORDS = {w for w, kind in {**KIND_VERBS, **KIND_NOUNS}.items() if kind == "fatalities"}
# A denial denies involvement: a negated action ("we did not attack"), being involved or
# responsible ("it was not behind the attack"), or having the means or presence ("it does
# not have hideouts in Iran"). Negated stances are not denials: wanting, knowing, thinking
# ("we don't want escalation", "I don't know where that goes", "we have no reservations").
STANCE_VERBS = words("claims", "stance_verbs")
INVOLVEMENT_WORDS = words("claims", "involvement_words")
MEANS_NOUNS = SITE_NOUNS | words("claims", "means_nouns")


def number_value(tok: Token) -> int | float | str | None:
    """The value of a number token with its multipliers ("1,200", "ten", "3 million", "dozens")."""
    text = tok.lower_.replace(",", "")
    value = read_number(text, NUMBER_WORDS, joiner="-")
    if value is None:
        return text if text in VAGUE else None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in SCALES and nxt.head.i in (tok.i, tok.head.i):
        value = value * SCALES[nxt.lower_]
    return value


def ends_in_death(verb: Token) -> bool:
    """Whether a verb's result is death: "shot dead", "were shot dead", "beaten to death"."""
    return any((c.lemma_.lower() in DEATH_RESULTS and c.pos_ == "ADJ")
               or (c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lemma_.lower() in DEATH_RESULT_NOUNS for g in c.children))
               for c in verb.children)


def _figure_of(noun: Token) -> Token | None:
    """The number counting `noun`: a numeric modifier, or the noun itself ("10 of them")."""
    for child in noun.children:
        if child.dep_ in ("nummod",) or (child.like_num and child.dep_ in ("amod", "quantmod", "compound")):
            return child
        if child.dep_ == "det" and child.lower_ == "no":
            return child
    if noun.like_num or noun.lower_ in VAGUE:
        return noun
    # "dozens of people"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (noun.head.head.like_num or noun.head.head.lower_ in VAGUE):
        return noun.head.head
    return None


@register_stage
class Claims(Stage):
    """Quantitative claims and denials; see the module docstring."""

    name = "claims"
    requires = ("parse", "sentences", "actor_index", "record.events")
    uses = ("speeches", "quote_index")
    adds = ("record.claims", "event.fatalities")

    def __call__(self, state: DocState) -> None:
        doc = state.doc
        events = state.record.events
        ev_tokens = []
        for ev in events:
            span = doc.char_span(ev.trigger.span[0], ev.trigger.span[1], alignment_mode="expand")
            ev_tokens.append(span.root.i if span is not None and len(span) else None)
        speeches = state.speeches or []
        cue_speakers = state.quote_index or {}
        claims: list[tuple[Claim, int]] = []
        seen: set[int] = set()
        # a claim's word is a verb, a noun or an adjective: the other tokens are passed over unmade
        for i in indices_with(doc, POS, (VERB, NOUN, ADJ)):
            tok = doc[i]
            figure = kind = None
            head = None
            lemma = tok.lemma_.lower()
            if tok.pos_ in ("VERB",) and ((deadly := ends_in_death(tok)) or lemma in KIND_VERBS):
                kind = "fatalities" if deadly else KIND_VERBS[lemma]
                for child in tok.children:
                    if child.dep_ in (("nsubjpass", "dobj") if kind != "sites_hit" else ("dobj", "nsubjpass")):
                        if kind == "sites_hit" and child.lemma_.lower() not in SITE_NOUNS:
                            continue
                        figure = _figure_of(child)
                        head = child
                        if figure is not None:
                            break
                if figure is None and tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "NUM"):
                    # "12 people killed", "five wounded soldiers"
                    figure, head = _figure_of(tok.head), tok.head
            elif tok.pos_ in ("NOUN", "ADJ") and lemma in KIND_NOUNS and tok.dep_ not in ("amod",):
                kind = KIND_NOUNS[lemma]
                figure, head = _figure_of(tok), tok
                if figure is None and tok.dep_ in ("attr", "acomp") and tok.head.lemma_ == "be":
                    # "two children were the only victims"
                    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                    if subj is not None:
                        figure, head = _figure_of(subj), subj
            if figure is None or kind is None or figure.i in seen:
                continue
            value = 0 if figure.lower_ == "no" else number_value(figure)
            if value is None:
                continue
            seen.add(figure.i)
            sent = tok.sent
            claimant = self._claimant(state, tok, sent, speeches, cue_speakers)
            event_id = self._event(state, tok, figure, ev_tokens, kind)
            claims.append((Claim(kind=kind, event_id=event_id, value=value, claimant=claimant, text=sent.text.strip(),
                                 span=_stripped_span(sent)), tok.i))
        claims.extend(self._denials(state, ev_tokens, speeches, cue_speakers))
        claims.sort(key=lambda c: (c[0].span, c[1]))
        state.record.claims = [c for c, _ in claims]
        self._fatalities(state)

    # ---------------------------------------------------------------- claimant

    def _claimant(self, state: DocState, tok: Token, sent, speeches, cue_speakers) -> Claimant:
        # inside a direct quote: its speaker
        for speech in speeches:
            speaker = speech.speaker
            if speech.kind == "direct" and speaker is not None and speaker.name and any(a <= tok.idx < b for a, b in speech.parts):
                return Claimant(name=speaker.name, code=speaker.actor_code, text=speaker.text, span=speaker.span)
        # the cue verb the clause hangs from
        for anc in tok.ancestors:
            speaker = cue_speakers.get(anc.i)
            if speaker is not None and speaker.name:
                return Claimant(name=speaker.name, code=speaker.actor_code, text=speaker.text, span=speaker.span)
        # an indirect speech whose content covers the figure
        for speech in speeches:
            speaker = speech.speaker
            if speaker is not None and speaker.name and any(a <= tok.idx < b for a, b in speech.parts):
                return Claimant(name=speaker.name, code=speaker.actor_code, text=speaker.text, span=speaker.span)
        source = state.record.source or state.record.doc_id
        return Claimant(name=source)

    # ---------------------------------------------------------------- events

    def _event(self, state: DocState, tok: Token, figure: Token, ev_tokens: list[int | None], kind: str) -> str | None:
        if _running_total(tok):
            # "more than 100 civilians have been killed since the beginning of the year": a count
            # over a span of time adds up many acts; it is no one act's toll
            return None
        found = self._own_event(state, tok, figure, ev_tokens)
        event = next((ev for ev in state.record.events if ev.id == found), None)
        if event is not None and names_no_doer(event) and event.event_type in CONFLICT_TYPES:
            occasion = _occasion(tok)
            if occasion is not None and default_lexicon().nouns[occasion.lemma_.lower()].event_type not in CONFLICT_TYPES:
                # "21 were killed in the protests": the toll of the occasion it names, which is no attack
                return next((ev.id for ev, t in zip(state.record.events, ev_tokens) if t == occasion.i), None)
            # An agentless toll ("12 soldiers were killed in the attack") is the toll of the
            # attack its paragraph tells: the paragraph's first attack before it that is told
            # as happening, not named as a time point ("two days after the Iranian attacks");
            # with none, the latest such attack of the paragraph before.
            return self._reported_attack(state, event) or found
        return found

    # The coder's time points, and the words of "prior to", "amid", "in the wake of": a toll
    # is never the one of an attack named as the time around it.
    ANCHOR_PREPOSITIONS = TIME_PREPOSITIONS | {"prior", "amid", "wake"}

    def _is_time_anchor(self, state: DocState, ev) -> bool:
        """The event noun is the object of a time preposition: "(two days) after the Iranian
        attacks", "in the wake of the bombing". Read from the words before the noun phrase,
        not the parse, which often makes such a phrase the sentence's subject."""
        span = state.doc.char_span(ev.trigger.span[0], ev.trigger.span[1], alignment_mode="expand")
        if span is None:
            return False
        doc, j = state.doc, span.start - 1
        while j >= span.sent.start and (doc[j].pos_ in ("DET", "ADJ", "PROPN", "NUM") or doc[j].dep_ in ("poss", "case", "compound")) \
                and doc[j].lower_ not in self.ANCHOR_PREPOSITIONS:
            j -= 1
        if j < span.sent.start:
            return False
        word = doc[j].lower_
        return word in self.ANCHOR_PREPOSITIONS or (word == "of" and j > 0 and doc[j - 1].lower_ in self.ANCHOR_PREPOSITIONS)

    def _reported_attack(self, state: DocState, event) -> str | None:
        text = doc_text(state.doc)
        here = self._paragraph_start(text, event.span[0])
        before = self._paragraph_start(text, max(0, here - 1))
        # the dead of the side that attacked fell to another act (the other side's fire): "Turkey
        # launched an offensive ... two of its soldiers had been killed" is no toll of the offensive
        victims = event.recipient.country if event.recipient is not None else None
        told = [ev for ev in state.record.events
                if ev.event_type in CONFLICT_TYPES and ev.id != event.id and ev.status == "occurred"
                and before <= ev.trigger.span[0] < event.trigger.span[0] and not self._is_time_anchor(state, ev)
                and not (victims and ev.actor is not None and ev.actor.country == victims)]
        same = [ev for ev in told if ev.trigger.span[0] >= here]
        if same:
            return same[0].id
        return told[-1].id if told and here > 0 else None

    def _own_event(self, state: DocState, tok: Token, figure: Token, ev_tokens: list[int | None]) -> str | None:
        events = state.record.events
        sent = tok.sent
        ancestors = {tok.i} | {a.i for a in tok.ancestors} | {figure.i} | {a.i for a in figure.ancestors}
        in_sentence = [(ev, t) for ev, t in zip(events, ev_tokens) if t is not None and sent.start <= t < sent.end]
        for ev, t in in_sentence:
            if t in ancestors:
                return ev.id
        # the event the casualty word's noun phrase is part of ("a bombing ... that killed nearly 100 people")
        for ev, t in in_sentence:
            if any(a.i == t for a in tok.ancestors) or tok.head.i == t:
                return ev.id
        if in_sentence:
            conflict = [(ev, t) for ev, t in in_sentence if ev.event_type in CONFLICT_TYPES]
            pool = conflict or in_sentence
            return min(pool, key=lambda p: abs(p[1] - tok.i))[0].id
        return self._preceding(state, tok, ev_tokens)

    @staticmethod
    def _paragraph_start(text: str, idx: int) -> int:
        return text.rfind("\n", 0, idx) + 1

    def _preceding(self, state: DocState, tok: Token, ev_tokens) -> str | None:
        start = self._paragraph_start(doc_text(state.doc), tok.idx)
        best = None
        for ev, t in zip(state.record.events, ev_tokens):
            if ev.event_type in CONFLICT_TYPES and start <= ev.trigger.span[0] < tok.idx:
                best = ev
        return best.id if best is not None else None

    # ---------------------------------------------------------------- denials

    def _denials(self, state: DocState, ev_tokens, speeches, cue_speakers):
        doc = state.doc
        found = []
        for i in indices_with(doc, POS, (VERB,)):
            tok = doc[i]
            lemma = tok.lemma_.lower()
            if lemma not in DENIAL_VERBS and i not in cue_speakers:
                continue  # (neither branch below: the verb's complements need not be read)
            comps = [c for c in tok.children if c.dep_ in ("ccomp", "dobj")]
            if not comps:
                continue
            if lemma in DENIAL_VERBS:
                denied = comps
            elif tok.i in cue_speakers:
                # a negated claim by a party about its own involvement: "the BLF asserted that it does
                # not have any hideouts" (not any negative sentence that shares a word with an event)
                own = self._own_subject(tok)
                clauses = [c for c in comps if c.dep_ == "ccomp"]
                # conjoined complements: "that it does not ..., and that no fighters had been killed"
                clauses += [cc for c in clauses for cc in c.children if cc.dep_ == "conj" and cc.pos_ in ("VERB", "AUX")]
                denied = [c for c in clauses if self._negated(c) and self._about_self(c, own) and self._denies_involvement(c)]
                if denied:
                    denied += [c for c in clauses if c not in denied and self._negated(c)]
            else:
                continue
            if not denied:
                continue
            start = min(c.left_edge.idx for c in comps if c.dep_ == "ccomp" or lemma in DENIAL_VERBS)
            end = max(c.right_edge.idx + len(c.right_edge.text) for c in comps)
            content = doc_text(doc)[start:end].strip(" ,.")
            content = re.sub(r"^that\s+", "", content)
            speaker = cue_speakers.get(tok.i)
            claimant = Claimant(name=speaker.name, code=speaker.actor_code, text=speaker.text, span=speaker.span) if speaker is not None and speaker.name else self._claimant(state, tok, tok.sent, speeches, cue_speakers)
            event_id = self._denied_event(state, tok, denied, ev_tokens)
            sent = tok.sent
            found.append((Claim(kind="denial", event_id=event_id, value=content, claimant=claimant, text=sent.text.strip(),
                                span=_stripped_span(sent)), tok.i))
        return found

    @staticmethod
    def _own_subject(verb: Token) -> Token | None:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
            return Claims._own_subject(verb.head)
        return None

    @staticmethod
    def _about_self(clause: Token, speaker: Token | None) -> bool:
        """The clause's subject (or a possessor in it) is the speaker: a pronoun ("it", "we", "they",
        "he") or the speaker's own head word ("the BLF said the BLF ...")."""
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        for subj in subjects:
            words = [subj] + [c for c in subj.children if c.dep_ == "poss"]
            for w in words:
                if w.lower_ in SELF_PRONOUNS:
                    return True
                if speaker is not None and w.lemma_.lower() == speaker.lemma_.lower():
                    return True
        return False

    @staticmethod
    def _denies_involvement(clause: Token) -> bool:
        """The negated clause is about acting, being involved, or having the means (see STANCE_VERBS)."""
        lemma = clause.lemma_.lower()
        if lemma in STANCE_VERBS:
            return False
        if lemma == "have":
            # the text's own singular too: the lemmatiser makes "bases" "basis"
            return any(c.dep_ == "dobj" and ({c.lemma_.lower(), c.lower_, c.lower_[:-1]} & MEANS_NOUNS)
                       for c in clause.children)
        if lemma == "be":
            words = {c.lower_ for c in clause.children if c.dep_ in ("acomp", "attr", "prep", "advmod")}
            words |= {c.lemma_.lower() for c in clause.children if c.dep_ in ("acomp", "attr")}
            return bool(words & INVOLVEMENT_WORDS)
        return clause.pos_ == "VERB"

    @staticmethod
    def _negated(clause: Token) -> bool:
        """The clause's own verb is negated ("does not have"), or one of its arguments is ("no fighters")."""
        for child in clause.children:
            if child.dep_ == "neg" or (child.lower_ in NEGATORS and child.dep_ in ("nsubj", "nsubjpass", "dobj", "advmod")):
                return True
            if child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and any(d.dep_ == "det" and d.lower_ in ("no",) for d in child.children):
                return True
        return False

    def _denied_event(self, state: DocState, tok: Token, denied: list[Token], ev_tokens, strict: bool = False) -> str | None:
        words = {t.lemma_.lower() for c in denied for t in c.subtree if t.pos_ in ("NOUN", "VERB") and not t.is_stop}
        best = None
        for ev in state.record.events:
            if ev.span[0] >= tok.sent.start_char:
                continue
            span = state.doc.char_span(ev.span[0], ev.span[1], alignment_mode="expand")
            if span is None:
                continue
            ev_words = {t.lemma_.lower() for t in span if t.pos_ in ("NOUN", "VERB") and not t.is_stop}
            if words & ev_words - {"say", "attack", "tell", "add"}:
                best = ev
        if best is not None or strict:
            return best.id if best is not None else None
        best = None
        for ev in state.record.events:
            if ev.event_type in CONFLICT_TYPES and ev.span[0] < tok.sent.start_char:
                best = ev
        return best.id if best is not None else None

    # ---------------------------------------------------------------- best figure

    def _fatalities(self, state: DocState) -> None:
        source = state.record.source or state.record.doc_id
        by_event: dict[str, list[Claim]] = {}
        for c in state.record.claims:
            if c.kind == "fatalities" and c.event_id and isinstance(c.value, (int, float)) and c.value > 0:
                by_event.setdefault(c.event_id, []).append(c)
        for ev in state.record.events:
            claims = by_event.get(ev.id)
            if not claims:
                if ev.event_type == "ASSAULT" and _kills_one_person(state.doc, ev):
                    ev.fatalities = ev.fatalities_low = ev.fatalities_high = 1
                continue
            named = [c for c in claims if c.claimant is not None and c.claimant.name != source]
            pool = named or claims
            per_claimant: dict[str, float] = {}
            for c in pool:
                key = c.claimant.name if c.claimant is not None else ""
                per_claimant[key] = max(per_claimant.get(key, 0), c.value)
            ev.fatalities = int(round(median(per_claimant.values())))
            # The range behind the best figure, as UCDP gives low and high estimates.
            ev.fatalities_low = int(min(c.value for c in claims))
            ev.fatalities_high = int(max(c.value for c in claims))


def _running_total(tok: Token) -> bool:
    """Whether a casualty word counts over a span of time: a "since" phrase or clause of its
    verb, or of the noun or verb it modifies or is joined to ("have been killed since January")."""
    return since_phrase(tok) or (tok.dep_ in ("acl", "amod", "conj") and since_phrase(tok.head))


def _occasion(tok: Token) -> Token | None:
    """The event noun an "in" or "during" phrase of a casualty verb names as its occasion
    ("killed in the protests"; not a place: "in the capital"), or None."""
    nouns = default_lexicon().nouns
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in OCCASION_PREPOSITIONS):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.lemma_.lower() in nouns):
            return noun
    return None


def _kills_one_person(doc, event) -> bool:
    """Whether an event is the killing of one person the text names with no number: "he was
    killed", "the assassination of the governor", "killed a journalist", "Saleh's death"."""
    word = root_at(doc, event.trigger.span)
    # a casualty word, or a verb made one by "dead" ("shot dead")
    if word is None or (word.lemma_.lower() not in FATALITY_WORDS and not any(c.lower_ == "dead" for c in word.children)):
        return False
    passive = any(c.dep_ == "auxpass" for c in word.children) or word.dep_ in ("acl", "amod")
    if word.pos_ == "VERB":
        roles = ("nsubjpass",) if passive else (("nsubj",) if word.lemma_.lower() == "die" else ("dobj",))
        victims = [c for c in word.children if c.dep_ in roles]
    else:
        victims = [c for c in word.children if c.dep_ == "poss"]
        victims += [g for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if len(victims) != 1:
        return False
    victim = victims[0]
    if victim.conjuncts or any(c.dep_ == "nummod" or c.like_num for c in victim.children):
        return False
    return (victim.lower_ in SINGLE_PERSON_PRONOUNS
            or (victim.tag_ == "NNP" and victim.ent_type_ == "PERSON")
            or (victim.tag_ == "NN" and victim.lemma_.lower() in SINGLE_PERSON_NOUNS))


def _stripped_span(sent) -> tuple[int, int]:
    """The span of the sentence's text without the whitespace around it (the claim's `text`)."""
    raw = sent.text
    start = sent.start_char + (len(raw) - len(raw.lstrip()))
    return start, start + len(raw.strip())
