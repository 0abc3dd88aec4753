"""Resolving place mentions to gazetteer entries.

Each candidate entry gets a score from what a reader would use: how important the place is
(population, and countries before provinces before towns), whether the name is its own or
an alternate one, what the text says about its kind ("Kerman province", "the city of
Kerman"), the places written beside it ("Panjgur, Balochistan"; "Kerman, in the southeast
of Iran"; "Alexandria, La."), the places listed with it ("A, B and C"), and the countries
and provinces the rest of the document is about (the more other names agree, the more it
counts; a dateline counts triple, a demonym or a country named as a nationality, "a US
drone", half). The same name in one document is one place. The document context is
computed from a first resolution and the resolution redone with it until nothing changes.
"""

from __future__ import annotations

import math
from collections import defaultdict

from spacy.tokens import Doc

from ...knowledge.gazetteer import Gazetteer, GeoEntry, Match, normalize
from .mention import PlaceMention
from .names import capitalised, head_token
from .roles import definite
from .words import (ADMIN1_AFTER, ADMIN2_AFTER, ADMIN_AFTER, ADMIN_BEFORE, ADMIN_CONTEXT, CITY_AFTER, CITY_BEFORE,
                    CONTEXT_PRIOR, COUNTRY_CONTEXT, DEMONYM, LOCATING_NOUNS, PLURAL_TYPES, SIBLING_FIT, WHERE_NOUNS)


def _list_type(doc: Doc, end: int) -> str | None:
    """The kind a list of names ends with: "Becker, Clay, Douglas and Wilkin counties"."""
    for t in doc[end:end + 16]:
        if t.lower_ in PLURAL_TYPES:
            return PLURAL_TYPES[t.lower_]
        if not (t.text in (",", "and", "or", "&") or capitalised(t)):
            return None
    return None


def _hint(doc: Doc, m: PlaceMention) -> str | None:
    """The kind of place the text says a name is."""
    words = m.text.lower().split()
    nxt = doc[m.end].lower_ if m.end < len(doc) else ""
    listed = _list_type(doc, m.end)
    if listed:
        return listed
    if words and words[-1] in ADMIN1_AFTER or nxt in ADMIN1_AFTER:
        return "admin1"
    if words and words[-1] in ADMIN2_AFTER or nxt in ADMIN2_AFTER:
        return "admin2"
    if words and words[-1] in ADMIN_AFTER or nxt in ADMIN_AFTER:
        return "admin"
    if nxt in CITY_AFTER and m.end + 1 < len(doc) and doc[m.end + 1].lower_ not in ("council", "hall", "police", "officials", "manager"):
        return "city"
    if m.start >= 2 and doc[m.start - 1].lower_ == "of":
        before = doc[m.start - 2].lower_
        if before in CITY_BEFORE:
            return "city"
        if before in ADMIN_BEFORE:
            return "admin1" if before in ("province", "state", "governorate") else "admin"
    return None


def _candidates(gaz: Gazetteer, m: PlaceMention) -> list[Match]:
    found = gaz.lookup(m.text)
    if found:
        return found
    words = m.text.split()
    # "Kerman province", "Rapides Parish" written without the type word in the gazetteer, "the Gulf".
    if len(words) > 1 and words[-1].lower() in ADMIN_AFTER | CITY_AFTER:
        found = gaz.lookup(" ".join(words[:-1]))
        if found:
            return found
    if words and words[0].lower() == "the" and len(words) > 1:
        found = gaz.lookup(" ".join(words[1:]))
        if found:
            return found
    return gaz.lookup_skeleton(m.text)


def _contains(outer: GeoEntry, inner: GeoEntry) -> bool:
    """Whether `inner` lies in `outer` (a country, a first- or second-level division)."""
    if outer.index == inner.index:
        return False
    if outer.kind == "country":
        return inner.country_code == outer.country_code and inner.kind != "country"
    if outer.kind == "admin1":
        return inner.admin1_index == outer.index and inner.kind in ("city", "admin2")
    if outer.kind == "admin2":
        return inner.admin2_index == outer.index and inner.kind == "city"
    return False


def _importance(e: GeoEntry) -> float:
    pop = math.log10(e.population + 1)
    if e.kind == "city":
        return pop + (1.5 if e.capital else 0.0)
    if e.kind == "admin2":
        return pop - 1.0
    if e.kind == "admin1":
        return pop
    if e.kind == "country":
        return max(pop, 5.0) + 2.0
    return 8.0  # continents and world regions


def _kind_fit(hint: str | None, e: GeoEntry) -> float:
    if hint is None:
        return 0.0
    if hint == "city":
        return 4.0 if e.kind == "city" else -4.0
    if hint == "admin1":
        return 5.0 if e.kind == "admin1" else (2.0 if e.kind == "admin2" else -5.0)
    if hint == "admin2":
        return 5.0 if e.kind == "admin2" else (1.0 if e.kind == "admin1" else -5.0)
    return 5.0 if e.kind in ("admin1", "admin2") else -5.0


class _Tally:
    """Weights of mentions by name and by what they resolved to (a country, a division)."""

    def __init__(self):
        self.by_key: dict[str, dict] = defaultdict(lambda: defaultdict(float))
        self.key_total: dict[str, float] = defaultdict(float)
        self.by_value: dict = defaultdict(float)
        self.total = 0.0

    def add(self, key: str, value, weight: float) -> None:
        self.by_key[key][value] += weight
        self.key_total[key] += weight
        self.by_value[value] += weight
        self.total += weight

    def share(self, key: str, value) -> float:
        """The share of the other names' mentions (not those of `key`) that agree on `value`, trusted as far
        as there are mentions to agree: one other mention is weaker evidence than ten."""
        total = self.total - self.key_total.get(key, 0.0)
        if total <= 1e-9:
            return 0.0
        own = self.by_key.get(key)
        mine = self.by_value.get(value, 0.0) - (own.get(value, 0.0) if own else 0.0)
        return max(0.0, mine) / (total + CONTEXT_PRIOR)


class Resolver:
    """Resolves the place mentions of one document in place: `Resolver(doc, mentions, gaz).resolve()`."""

    def __init__(self, doc: Doc, mentions: list[PlaceMention], gaz: Gazetteer):
        self.doc = doc
        self.gaz = gaz
        self.mentions = mentions
        self.places = [m for m in mentions if m.role != DEMONYM]
        for m in self.places:
            if not m.candidates:
                m.candidates = _candidates(gaz, m)
            if m.candidates and definite(doc, m):
                # "the Pacific", "the Gulf": English names of towns take no article (but for those that have it in
                # their name: "The Hague"), names of seas, regions and some countries do.
                m.candidates = [c for c in m.candidates if c.entry.kind != "city" or normalize(c.entry.name).startswith("the ")]
                m.definite = True
            if m.hint is None:
                m.hint = _hint(doc, m)
        self._containers()
        self._siblings()

    def _siblings(self) -> None:
        """Places listed together ("New South Wales, Western Australia and Queensland", "Ohio, Georgia or Texas"):
        names coordinated by commas, "and", "or" are mostly places of one kind in one country."""
        by_sentence = defaultdict(list)
        for m in self.places:
            by_sentence[m.sentence].append(m)
        for ms in by_sentence.values():
            ms.sort(key=lambda m: m.start)
            for a, b in zip(ms, ms[1:]):
                between = self.doc[a.end:b.start]
                if 0 < len(between) <= 3 and all(t.text == "," or t.lower_ in ("and", "or", "&") for t in between):
                    a.siblings.append(b)
                    b.siblings.append(a)
        for m in self.places:  # the whole list, not only the neighbours
            seen, todo = {id(m)}, list(m.siblings)
            while todo:
                x = todo.pop()
                if id(x) in seen:
                    continue
                seen.add(id(x))
                if x not in m.siblings:
                    m.siblings.append(x)
                todo.extend(x.siblings)

    def _containers(self) -> None:
        """Places written beside a place that may contain it: right after it ("Panjgur, Balochistan",
        "Saravan, Iran", "Alexandria, La.") or later in its sentence ("Kerman, in the southeast of Iran")."""
        by_sentence = defaultdict(list)
        for m in self.places:
            by_sentence[m.sentence].append(m)
        for ms in by_sentence.values():
            for a in ms:
                for b in ms:
                    if b is not a and b.start >= a.end and b.start - a.end <= 8 and self._locating(a.end, b.start):
                        a.containers.append(b)

    def _locating(self, start: int, end: int) -> bool:
        """Whether the words between two names only locate the first in the second
        ("Panjgur, Balochistan", "Kerman, in the southeast of Iran", "Saravan in Iran's Sistan and Baluchestan")."""
        for t in self.doc[start:end]:
            if t.pos_ in ("ADP", "DET", "ADJ", "PUNCT", "CCONJ") or t.text in ("'s", "’s") or t.lower_ in LOCATING_NOUNS:
                continue
            return False
        return True

    def resolve(self, rounds: int = 4) -> None:
        """Resolve every name, then again in the light of what the others resolved to, until nothing changes."""
        groups = defaultdict(list)
        for m in self.places:
            if m.candidates:
                groups[(m.key, m.hint, m.definite)].append(m)
        context = None
        for _round in range(rounds):
            before = [m.entry for m in self.places]
            for ms in groups.values():
                self._resolve_group(ms, context)
            if context is not None and before == [m.entry for m in self.places]:
                break
            context = self._context()

    def _context(self) -> dict:
        """How much of the document is about each country and each first-level division, by key of
        the mentions (a name's own mentions are left out when it is scored)."""
        countries, admins = _Tally(), _Tally()
        for m in self.mentions:
            e = m.entry
            if e is None or m.weak:
                continue
            w = 0.5 + 0.5 * m.confidence
            if m.role == DEMONYM or self._modifier(m):
                w *= 0.5  # "Iranian officials", "a US drone": whose, not where
            elif m.source == "dateline":
                w *= 3.0  # where the story was filed
            if e.country_code:
                countries.add(m.key, e.country_code, w)
            if e.kind in ("admin1", "admin2", "city") and e.admin1_index is not None and m.role != DEMONYM:
                admins.add(m.key, e.admin1_index, w)
        return {"countries": countries, "admins": admins}

    def _modifier(self, m: PlaceMention) -> bool:
        """A country's name modifying a noun as a nationality does ("a US drone", "U.S. officials"; not
        "London police", which says where)."""
        if m.entry is None or m.entry.kind != "country":
            return False
        head = head_token(self.doc, m)
        return head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ == "NOUN" and \
            head.head.lower_ not in WHERE_NOUNS and not (m.start <= head.head.i < m.end)

    def _score(self, m: PlaceMention, match: Match, context: dict | None) -> float:
        e = match.entry
        s = _importance(e)
        if match.alternate:
            # Large cities are known by many names (Kiev, Mecca, New York); small places' alternate names are rarely used.
            if e.kind == "country" or e.kind == "city" and e.population >= 1_000_000:
                s -= 1.0
            elif e.kind != "city" or e.population >= 100_000:
                s -= 2.0
            else:
                s -= 3.5
        elif match.prefixed:
            s -= 2.0  # "Columbia" is rarely the District of Columbia
        elif match.shortened:
            s -= 0.5  # "Rapides" for Rapides Parish
        s += _kind_fit(m.hint, e)
        # Places written beside it that contain it.
        local = 0.0
        for c in m.containers:
            if c.key == m.key:
                continue
            adjacent = c.start - m.end <= 2 and self.doc[m.end].text in (",", "(", "-", "in")
            if c.source == "abbreviation" and c.entry is not None:
                cands = [c.entry]
            elif adjacent:
                cands = [x.entry for x in c.candidates]  # "Panjgur, Balochistan": each supports the other
            elif c.entry is not None:
                cands = [c.entry]
            else:
                cands = [x.entry for x in c.candidates if not x.alternate and x.entry.kind in ("country", "admin1")]
            if any(_contains(o, e) for o in cands):
                local = max(local, 5.0 if adjacent else 2.5)
        s += local
        # Places listed with it, as resolved so far: one of the same kind in the same country is evidence.
        # Not for towns: towns of one country listed together are no better evidence than the document's context.
        if context is not None and m.siblings and e.kind in ("country", "admin1", "admin2"):
            alike = sum(1 for o in m.siblings if o.key != m.key and o.entry is not None and o.entry.kind == e.kind
                        and (e.kind == "country" or o.entry.country_code == e.country_code))
            s += SIBLING_FIT * alike / len(m.siblings)
        if context is not None:
            s += ADMIN_CONTEXT * context["admins"].share(m.key, e.admin1_index) if e.admin1_index is not None else 0.0
            s += COUNTRY_CONTEXT * context["countries"].share(m.key, e.country_code) if e.country_code else 0.0
        return s

    def _resolve_group(self, ms: list[PlaceMention], context: dict | None) -> None:
        cands = ms[0].candidates
        totals = []
        for match in cands:
            totals.append(max(self._score(m, match, context) for m in ms))
        order = sorted(range(len(cands)), key=lambda k: -totals[k])
        best = order[0]
        entry = cands[best].entry
        # A city and the division named after it: the bare name is the city when the city is a good part
        # of the division ("Kerman", "Aleppo", "New York"), the division when the city is a small part of it ("Quebec").
        # Not when the name carries its type word: "the District of Columbia" is the division.
        if entry.kind in ("admin1", "admin2") and ms[0].hint is None and not set(ms[0].key.split()) & ADMIN_AFTER:
            for k in order[1:]:
                other = cands[k].entry
                if other.kind == "city" and (other.admin1_index == entry.index or other.admin2_index == entry.index) \
                        and (not cands[k].alternate or other.population >= 100_000) and other.population >= 0.2 * entry.population:
                    best, entry = k, other
                    break
        margin = totals[best] - max((totals[k] for k in order if k != best), default=totals[best] - 5.0)
        confidence = 1.0 - math.exp(-max(margin, 0.0))
        for m in ms:
            m.entry = entry
            m.score = totals[best]
            m.confidence = confidence
