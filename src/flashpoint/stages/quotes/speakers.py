"""Speakers: the resolver that names the source of each cue in document order, with the title and
organisation an apposition, an "of" phrase or the words before a name give, and that resolves
pronouns, surnames and definite descriptions to who was named before."""

from __future__ import annotations

import re

from spacy.attrs import DEP
from spacy.tokens import Doc, Span, Token

from ...nlp import entities as doc_entities
from ...language.coreference import nearest_earlier
from ...nlp import tokens_with
from ...records import Speaker
from ...stage import DocState
from ..actors import actor_for_token
from .pieces import _clean, _np_bounds
from .vocabulary import (BELIEVE_VERBS, EMBEDDED_CLAUSES, GROUP_PRONOUNS, HONORIFICS, NAME_LABELS, ORG_PREPS, PERSON_NOUNS, PERSON_PRONOUNS, SAY_VERBS,
                         PUBLISHED_IN, PUBLISHED_NOUNS, SUBJECT_WINDOW)


class _Resolver:
    """Speakers resolved in document order; the memory of who was named before."""

    def __init__(self, state: DocState, inside=lambda tok: False):
        """`inside(token)`: whether the token is within quotation marks."""
        self.state = state
        self.doc: Doc = state.doc
        self.ents_by_token: dict[int, Span] = {}
        for ent in doc_entities(self.doc):
            for t in range(ent.start, ent.end):
                self.ents_by_token[t] = ent
        self.people: dict[str, Speaker] = {}  # full name -> speaker with title/organisation
        self.surnames: dict[str, str] = {}
        self.history: list[tuple[int, Speaker, bool]] = []  # (token index, speaker, is person)
        # named subjects of any clause: candidates for a later pronoun
        # (position, name, whether it speaks or acts: the subject of a verb of saying or of an active
        # verb, or the agent of a passive; whether its clause is the main one of its sentence)
        self.subjects: list[tuple[int, Token, bool, bool]] = []
        for tok in tokens_with(self.doc, DEP, ("nsubj", "nsubjpass", "pobj")):  # the only ones `_named_subject_of_clause` accepts
            if inside(tok) or inside(tok.head):
                continue
            named = self._named_subject_of_clause(tok)
            if named is not None:
                acts = tok.dep_ != "nsubjpass" or tok.head.lemma_.lower() in SAY_VERBS | BELIEVE_VERBS
                clause = tok.head.head if tok.dep_ == "pobj" else tok.head
                self.subjects.append((named.i, named, acts, _main_clause(clause)))
        # every person named in full, with the role an apposition gives: later surnames and pronouns find them
        for ent in doc_entities(self.doc):
            if ent.label_ == "PERSON" and len(ent) > 1 and not inside(ent.root):
                name = _clean(ent.text)
                title, org = self._role(ent.root)
                actor = actor_for_token(self.state, ent.root.i)
                org = org or _affiliation(actor)
                self._remember(Speaker(name=name, title=title, organization=org, actor_code=actor.code if actor else None))

    def _named_subject_of_clause(self, tok: Token) -> Token | None:
        """The name `tok` gives as who does what its clause says, if it is one: a subject that is a
        proper noun (or a word the recogniser names, which the tagger took for a common noun:
        "Trump has now granted ..."); the name in apposition to a subject ("The EU foreign affairs
        chief, Federica Mogherini, is determined ..."); the agent of a passive, who does the act
        ("His statement was echoed by Johnson")."""
        if tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.dep_ == "agent"):
            ent = self.ents_by_token.get(tok.i)
            if (tok.pos_ == "PROPN" and not tok.is_lower) or (ent is not None and ent.label_ in NAME_LABELS and tok.pos_ == "NOUN"):
                return tok
            for child in tok.children:
                if child.dep_ == "appos" and child.pos_ == "PROPN" and self._entity(child) is not None:
                    return child
        return None

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
        if ent is not None and ent.label_ != "ORG":
            return ent.label_ == "PERSON"
        # (the recogniser takes a person's bare surname for an organisation now and then, "Trump has
        # been signalling ...": the actor dictionary, which knows the person, decides)
        m = actor_for_token(self.state, head.i)
        if ent is not None:
            return m is not None and m.kind == "person" and m.start <= head.i < m.end
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
            org = org or _affiliation(actor)  # the state or organisation the actors stage says the person acts for
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
        # (a text or a broadcast is its publisher's: "an editorial in the Pakistani daily Dawn", "an
        # interview on CNN")
        preps = ORG_PREPS | {"of"} | (PUBLISHED_IN if subject.lemma_.lower() in PUBLISHED_NOUNS else frozenset())
        for child in subject.children:
            if child.dep_ == "prep" and child.lower_ in preps:
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
        """A speaker pronoun ("he", "she"; "it", "they") to the nearest speaker of its kind (a
        person or not) before it; or to a person named as the subject of a clause after that
        speaker, before this sentence and within `SUBJECT_WINDOW` words, if it speaks or acts
        ("Mao Ning said ... She emphasized"), not if it only is ("Soleimani ... was a hero")."""
        want_person = pronoun.lower_ in PERSON_PRONOUNS
        best = nearest_earlier(reversed(self.history), lambda entry: entry[2] == want_person and entry[1].name,
                               within=lambda entry: entry[0] < pronoun.i)
        sent_start = pronoun.sent.start
        named = nearest_earlier(
            _salient_first(self.subjects),
            lambda entry: self._is_person(entry[1]) == want_person and self._entity(entry[1]) is not None,
            within=lambda entry: entry[0] < sent_start,
            stop=lambda entry: (best is not None and entry[0] <= best[0]) or pronoun.i - entry[0] > SUBJECT_WINDOW,
            eligible=lambda entry: entry[2],
            nearest_agreeing_only=True)
        if named is not None:
            return self._named_subject(named[1]), want_person
        return (best[1], best[2]) if best is not None else None

    def _named_subject(self, tok: Token) -> Speaker:
        """The speaker a named subject is, with what is known of the person from before."""
        s, e = self._name_run(tok)
        name = self._full_name(_clean(self.doc[s:e].text))
        known = self.people.get(name)
        actor = actor_for_token(self.state, tok.i)
        return Speaker(name=name, title=known.title if known else None, organization=known.organization if known else None,
                       actor_code=(known.actor_code if known else None) or (actor.code if actor else None))

    def _description(self, noun: Token) -> tuple[Speaker, bool] | None:
        """A definite description ("the minister said") to the nearest speaker before it whose
        words, title or name hold its noun; else to an earlier mention, before this sentence,
        with the same head noun ("An Iranian insider ... the insider said")."""
        lemma = noun.lemma_.lower()
        said = nearest_earlier(reversed(self.history), lambda entry: entry[1].name and re.search(r"\b" + re.escape(lemma), _described_words(entry[1])),
                               within=lambda entry: entry[0] < noun.i)
        if said is not None:
            return said[1], said[2]
        # (of the same number: "the foreign ministry" is not "the Iranian and Pakistani foreign ministries")
        same = nearest_earlier(reversed(self.doc[:noun.sent.start]),
                               lambda tok: tok.lemma_.lower() == lemma and tok.pos_ == "NOUN" and (tok.tag_ == "NNS") == (noun.tag_ == "NNS"))
        return self._mentioned_as(same) if same is not None else None

    def _mentioned_as(self, tok: Token) -> tuple[Speaker, bool]:
        """The speaker an earlier noun names: its named apposition, the person named right after
        it ("Foreign Minister Jalil Abbas Jilani"), else its noun phrase."""
        s, e = _np_bounds(tok)
        for child in tok.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return self.speaker(child)
        nxt = tok.i + 1
        if nxt < len(self.doc) and self._entity(self.doc[nxt]) is not None and self._entity(self.doc[nxt]).label_ == "PERSON":
            return self.speaker(self._entity(self.doc[nxt]).root)
        actor = actor_for_token(self.state, tok.i)
        return Speaker(name=_clean(self.doc[s:e].text), actor_code=actor.code if actor else None), self._is_person(tok)


def _main_clause(verb: Token) -> bool:
    """Whether `verb` heads its sentence's main clause (or a clause coordinated with it), not a
    clause inside another: what was said, a condition or time, a relative."""
    while verb.head.i != verb.i:
        if verb.dep_ in EMBEDDED_CLAUSES:
            return False
        verb = verb.head
    return True


def _salient_first(subjects: list[tuple[int, Token, bool, bool]]) -> list[tuple[int, Token, bool, bool]]:
    """Named subjects nearest first, sentence by sentence, and within a sentence the subject of its
    main clause before those of the clauses inside it: the main clause's subject is the one a
    later "he" or "she" continues ("Yıldırım also reaffirmed that Turkey did not believe ... while
    President Bashar al-Assad remained in power. “...,” he said": Yıldırım)."""
    by_sentence: dict[int, list] = {}
    for entry in subjects:
        by_sentence.setdefault(entry[1].sent.start, []).append(entry)
    ordered = []
    for start in sorted(by_sentence, reverse=True):
        entries = sorted(by_sentence[start], key=lambda e: (not e[3], -e[0]))
        ordered.extend(entries)
    return ordered


def _described_words(sp: Speaker) -> str:
    """What a speaker was called, in lower case: the words of the mention, the title, the name."""
    return ((sp.text or "") + " " + (sp.title or "") + " " + (sp.name or "")).lower()


def _affiliation(actor) -> str | None:
    """The state or organisation a person acts for, as the actors stage found it ("X, the EU
    commissioner" -> European Union); None for anyone else."""
    return actor.affiliation if actor is not None and actor.kind == "person" and actor.affiliation else None
