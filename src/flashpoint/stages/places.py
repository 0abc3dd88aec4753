"""Places: every toponym in the text, resolved against the offline gazetteer; and the place
an event happened (`event_location`, called by the event coder).

Finding toponyms. The small spaCy model misses or mislabels many place names (a province as
two GPEs, a town as a PERSON or an ORG, datelines in capitals), so the gazetteer is matched
over the text as well: the longest capitalised token sequence known to the gazetteer, taken
when the parse agrees it is a place (a GPE, LOC, FAC or NORP entity), or when the name is
an important place (a country, a first-level division, a region, a town of some size), or a
place near the others the document names. GPE/LOC/FAC entities the gazetteer does not know
are kept unresolved. Demonyms ("Iranian") are resolved to their country but kept apart:
they are not toponyms of the text. Place names inside an organisation's name ("Edmonton
Police Service") are kept with the role `in_name`.

Resolving them. Each candidate entry gets a score from what a reader would use: how
important the place is (population, and countries before provinces before towns), whether
the name is its own or an alternate one, what the text says about its kind ("Kerman
province", "the city of Kerman"), the places written beside it ("Panjgur, Balochistan";
"Kerman, in the southeast of Iran"; "Alexandria, La."), and the countries and provinces
the rest of the document is about (the more other names agree, the more it counts; a
dateline counts triple, a demonym or a country named as a nationality, "a US drone", half).
The same name in one document is one place. The document context is computed from a first
resolution and the resolution redone with it until nothing changes. Obscure places (under
5,000 inhabitants) in a country the document is otherwise not about are left unresolved:
more often a misread name or a place the gazetteer lacks than the place meant.

Roles. A country or a capital that acts (the subject of an active verb: "Tehran said",
"Islamabad recalled its envoy"; the owner of an action or an office: "Iran's strikes",
"Pakistan's foreign ministry") stands for its government: it is an actor, not the place of
an event.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from ..knowledge.gazetteer import Gazetteer, GeoEntry, Match, get_gazetteer, normalize
from ..stage import DocState, Stage, register_stage
from ..records import Location, Place

# Roles of a mention.
PLACE, ACTOR, DEMONYM, IN_NAME = "place", "actor", "demonym", "in_name"

# Words that say what kind of place a name is, after it ("Kerman province") or before it ("the city of Kerman").
ADMIN_AFTER = {"province", "provinces", "state", "governorate", "region", "district", "county", "parish", "oblast", "prefecture",
               "department", "territory", "municipality", "borough", "canton", "emirate", "division", "kray", "krai"}
ADMIN1_AFTER = {"province", "provinces", "state", "governorate", "oblast", "prefecture", "territory", "emirate", "kray", "krai"}
ADMIN2_AFTER = {"county", "parish", "district", "borough", "municipality"}
CITY_AFTER = {"city"}
CITY_BEFORE = {"city", "town", "village", "hamlet", "suburb", "port", "capital"}
ADMIN_BEFORE = {"province", "state", "region", "governorate", "district", "county"}

# Verbs and nouns after which a country or a capital stands for its government.
SPEECH_VERBS = {
    "say", "tell", "announce", "claim", "deny", "accuse", "condemn", "warn", "urge", "call", "demand", "recall", "summon",
    "protest", "reject", "threaten", "insist", "state", "declare", "add", "vow", "blame", "respond", "reply", "welcome",
    "praise", "criticize", "criticise", "agree", "sign", "offer", "propose", "request", "ask", "expel", "negotiate",
    "pledge", "promise", "argue", "believe", "want", "hope", "fear", "confirm", "acknowledge", "admit", "report",
    "retaliate", "launch", "strike", "attack", "send", "deploy", "order", "seek", "refuse", "decide", "plan", "try",
    "stress", "express", "describe", "dismiss", "approve", "support", "oppose", "back", "host", "invite",
    "meet", "talk", "discuss", "sanction", "impose", "lodge", "issue", "release", "arrest", "detain", "execute",
}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "gov", "governor", "president", "judge", "justice",
          "sir", "lady", "lord", "king", "queen", "prince", "princess", "coach", "officer", "sgt", "lt", "capt", "col",
          "gen", "general", "det", "detective", "mayor", "pastor", "rev", "father", "saint", "st", "prof", "professor"}
CONNECTIVES = {"and", "of", "de", "del", "la", "le", "el", "al", "da", "do", "dos", "das", "du", "des", "di", "upon", "on",
               "the", "van", "von", "en", "sur", "am", "im", "an", "der", "y", "e", "i", "va"}
SKIP_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LANGUAGE", "LAW"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Prepositions that locate a happening ("strikes in Balochistan", "an attack near Panjgur").
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "across", "around", "on", "onto", "into", "within", "throughout",
                  "along", "over", "off", "between", "among", "amid", "beside", "by", "through", "toward", "towards", "to"}
MAX_NAME_TOKENS = 6
STRONG_CITY_POPULATION = 100_000
# Weights of the document context: the share of the other mentions in the same first-level division
# and in the same country, the share computed as agreeing / (all + CONTEXT_PRIOR).
ADMIN_CONTEXT = 3.5
COUNTRY_CONTEXT = 3.0
CONTEXT_PRIOR = 0.5
# Weight of the places listed with a name ("A, B and C") that are of its kind and country.
SIBLING_FIT = 3.0
# Words after a place name that make the whole a street or a building named after it ("Dublin Road").
STREET_WORDS = {"road", "rd", "street", "st", "avenue", "ave", "drive", "dr", "lane", "ln", "boulevard", "blvd", "highway", "hwy",
                "way", "court", "ct", "parkway", "pkwy", "pike", "trail", "circle", "terrace", "crescent", "close", "alley",
                "expressway", "freeway", "turnpike", "row", "walk", "mews", "gardens"}
TYPE_WORDS_AFTER = ADMIN_AFTER | {"county", "parish"}
# Natural features and landmarks the gazetteer does not hold, named after a place ("Red River", "Lake Vermont").
FEATURE_AFTER = {"river", "lake", "creek", "mountain", "mountains", "island", "islands", "bay", "valley", "park", "sea", "ocean",
                 "gulf", "strait", "canal", "dam", "reservoir", "forest", "desert", "peninsula", "falls", "hill", "hills",
                 "airport", "station", "harbor", "harbour", "beach", "pond", "springs", "swamp", "glacier", "coast"}
FEATURE_BEFORE = {"lake", "mount", "mt", "cape", "isle", "lac", "loch", "bay", "gulf", "sea", "river"}

DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
              "greater", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
              "southwestern", "mid", "inner", "outer"}

# Nouns naming events: where they happened is theirs, not that of the verb that governs them.
EVENT_NOUNS = {"strike", "attack", "bombing", "killing", "raid", "operation", "offensive", "clash", "shelling", "violence",
               "protest", "demonstration", "assault", "incursion", "invasion", "war", "fighting", "battle", "explosion",
               "blast", "shooting", "massacre", "airstrike", "ambush", "incident", "crackdown", "riot", "meeting", "talks",
               "visit", "summit", "election", "ceasefire", "truce", "deal", "agreement", "execution", "arrest", "kidnapping"}
# Nouns that locate one place in another ("in the southeast of Iran", "on the outskirts of Quetta").
LOCATING_NOUNS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "part", "parts",
                  "province", "region", "state", "county", "district", "area", "border", "outskirts", "city", "town",
                  "village", "capital", "centre", "center", "heart", "edge", "suburb", "suburbs", "countryside", "coast"}
GENERIC_WORDS = {"far", "district", "region", "province", "centre", "center", "city", "north", "south", "east", "west",
                 "northeast", "northwest", "southeast", "southwest", "middle", "coast", "coastal", "interior", "capital",
                 "islands", "island", "highlands", "lowlands", "valley", "plains", "lakes", "mountains", "metro", "downtown",
                 "midlands", "borders", "western", "eastern", "northern", "southern", "central", "gulf", "bay", "coast"}

_KIND_ORDER = {"city": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4, "continent": 5}


@dataclass
class PlaceMention:
    """A toponym (or a demonym) of the text and the place it resolves to.

    `start`/`end` are token indices into `state.doc` ([start, end)), `start_char`/`end_char`
    character offsets into the document text, `sentence` the index into `state.sentences`.
    `role` is "place" (a toponym), "actor" (a country or capital standing for its government:
    "Tehran said"), "in_name" (inside an organisation's name: "Edmonton Police Service") or
    "demonym" ("Iranian"; not a toponym, not in the record's places). `entry` is the
    gazetteer entry (None when the name is not in the gazetteer); `hint` the kind the text
    gives it ("admin", "admin1", "admin2", "city"); `source` where the mention came from
    (the spaCy entity label, "gazetteer", "dateline" or "abbreviation").
    """

    text: str
    start_char: int
    end_char: int
    start: int
    end: int
    sentence: int
    source: str
    role: str = PLACE
    entry: GeoEntry | None = None
    candidates: list[Match] = field(default_factory=list, repr=False)
    hint: str | None = None
    score: float = 0.0
    confidence: float = 0.0
    containers: list["PlaceMention"] = field(default_factory=list, repr=False)  # places written beside it that may contain it
    siblings: list["PlaceMention"] = field(default_factory=list, repr=False)  # places listed with it ("A, B and C")
    weak: bool = False  # found by the gazetteer only, to be kept only if it fits the document
    definite: bool = False  # written with "the" as the head of its phrase ("the Pacific"): no town
    _key: str | None = field(default=None, repr=False, compare=False)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start_char, self.end_char)

    @property
    def key(self) -> str:
        """The folded name (what the gazetteer looks up)."""
        if self._key is None:
            self._key = normalize(self.text)
        return self._key

    @property
    def resolved(self) -> bool:
        return self.entry is not None

    @property
    def feature(self) -> str | None:
        return self.entry.kind if self.entry else None

    @property
    def basis(self) -> str:
        """How the place is named: "adjective" (a demonym or group name: "Russian", "EU"), "capital-metonym"
        (a capital standing for its government: "Tehran said") or "toponym" (a place name)."""
        if self.role == DEMONYM:
            return "adjective"
        if self.role == ACTOR and self.entry is not None and self.entry.kind == "city" and self.entry.capital:
            return "capital-metonym"
        return "toponym"

    def to_place(self) -> Place:
        e = self.entry
        return Place(text=self.text, span=self.span, name=e.name if e else None, country_code=e.country_code if e else None,
                     admin1=e.admin1 if e else None, lat=_round(e.lat) if e else None, lon=_round(e.lon) if e else None,
                     geonameid=e.geonameid if e else None, feature=e.kind if e else None, basis=self.basis)

    def to_location(self, basis: str | None = None) -> Location | None:
        return None if self.entry is None else entry_location(self.entry, text=self.text, span=self.span, basis=basis)


def entry_location(e, *, text: str | None, span: tuple[int, int] | None, basis: str | None) -> Location:
    """An event's place from a gazetteer entry, pointing at the words it was found by."""
    return Location(name=e.name, country_code=e.country_code, admin1=e.admin1, lat=_round(e.lat), lon=_round(e.lon),
                    geonameid=e.geonameid, precision=e.precision, text=text, span=span, basis=basis)


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 5)


# --- finding toponyms -------------------------------------------------------------------


def _capitalised(token: Token) -> bool:
    text = token.text
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def _is_upper_word(token: Token) -> bool:
    return token.text.isupper() and sum(c.isalpha() for c in token.text) >= 2


class _Finder:
    def __init__(self, doc: Doc, sentences, gaz: Gazetteer):
        self.doc = doc
        self.gaz = gaz
        self.sent_starts = [s.start for s in sentences]
        self.sentences = sentences
        self.ent_of: list = [None] * len(doc)
        for ent in doc.ents:
            for t in range(ent.start, ent.end):
                self.ent_of[t] = ent
        # Tokens that are part of a person's name written in full elsewhere ("Jackson" after "Tom Jackson").
        self.person_words: set[str] = set()
        for ent in doc.ents:
            words = [t for t in ent if _capitalised(t) and t.text not in ("'s", "’s")]
            if ent.label_ == "PERSON" and len(words) >= 2:
                self.person_words.add(words[-1].text)  # the surname

    def sentence_of(self, token_i: int) -> int:
        return max(0, bisect_right(self.sent_starts, token_i) - 1)

    def mention(self, start: int, end: int, source: str, **kw) -> PlaceMention:
        span = self.doc[start:end]
        m = PlaceMention(text=span.text, start_char=span.start_char, end_char=span.end_char, start=start, end=end,
                         sentence=self.sentence_of(start), source=source, **kw)
        if m.role != DEMONYM and all(w in DIRECTIONS or w in GENERIC_WORDS for w in m.key.split()):
            m.weak = True  # "West", "Central", "North West": provinces of some countries, words in all
        return m

    def find(self) -> list[PlaceMention]:
        doc, gaz = self.doc, self.gaz
        found: list[PlaceMention] = []
        taken = [False] * len(doc)

        def take(m: PlaceMention) -> None:
            found.append(m)
            for t in range(m.start, m.end):
                taken[t] = True

        self._abbreviations(take, taken)
        self._dateline(take, taken)
        self._demonyms(take, taken)
        # Gazetteer names: the longest capitalised sequence the gazetteer knows, left to right.
        i = 0
        n = len(doc)
        while i < n:
            tok = doc[i]
            if taken[i] or not _capitalised(tok) or tok.is_punct:
                i += 1
                continue
            if tok.is_stop and not (self.ent_of[i] is not None and self.ent_of[i].label_ in PLACE_LABELS):
                i += 1  # "In", "On", "Us" at the start of a sentence or a title
                continue
            sent_end = self.sentences[self.sentence_of(i)].end if self.sentences else n
            best = None
            for j in range(min(n, max(sent_end, i + 1), i + MAX_NAME_TOKENS), i, -1):
                if any(taken[t] for t in range(i, j)) or not _capitalised(doc[j - 1]):
                    continue
                if j - i > 1 and not all(_capitalised(t) or t.lower_ in CONNECTIVES or t.text in ("-", "'", ".") for t in doc[i + 1:j - 1]):
                    continue
                if gaz.known(doc[i:j].text):
                    best = j
                    break
            if best is None:
                best = self._variant_spelling(i, n, taken)
            if best is None:
                self._hyphenated(tok, take)
                i += 1
                continue
            if best == i + 1 and tok.lower_ in DIRECTIONS and i + 1 < n and _capitalised(doc[i + 1]):
                i += 1  # "Southern California", "South African": the direction is not the place
                continue
            m = self._accept(i, best)
            if m is not None:
                take(m)
                i = best
            else:
                i += 1
        # Places the parse found that the gazetteer does not know as written.
        for ent in doc.ents:
            if ent.label_ not in PLACE_LABELS or any(taken[t] for t in range(ent.start, ent.end)):
                continue
            start, end = ent.start, ent.end
            while start < end and (doc[start].lower_ in ("the",) or doc[start].is_punct):
                start += 1
            while end > start and (doc[end - 1].is_punct or doc[end - 1].text in ("'s", "’s")):
                end -= 1
            if start >= end or not any(c.isupper() for c in doc[start:end].text):
                continue
            take(self.mention(start, end, ent.label_))
        found.sort(key=lambda m: (m.start, m.start_char))
        return found

    def _demonyms(self, take, taken) -> None:
        """Demonyms: "Iranian", "Pakistanis", "Sri Lankan", "German-Iraqi", however the parse labelled them."""
        doc, gaz = self.doc, self.gaz
        n = len(doc)
        i = 0
        while i < n:
            tok = doc[i]
            ent = self.ent_of[i]
            if taken[i] or not _capitalised(tok) or ent is not None and ent.label_ in SKIP_LABELS:
                i += 1
                continue
            for j in range(min(n, i + 3), i, -1):
                if any(taken[t] for t in range(i, j)) or not all(_capitalised(t) for t in doc[i:j]):
                    continue
                place = gaz.demonym(doc[i:j].text)
                if place is not None and self._begins_place_name(i, j):
                    i += 1  # "British Columbia", "Dominican Republic": the adjective is the first word of a place's name
                    break
                if place is not None:
                    take(self.mention(i, j, ent.label_ if ent is not None else "gazetteer", role=DEMONYM, entry=place, confidence=1.0))
                    i = j
                    break
            else:
                if "-" in tok.text:  # "German-Iraqi", "Saudi-led"
                    for part, offset in _parts(tok.text):
                        place = gaz.demonym(part) if part[:1].isupper() else None
                        if place is not None:
                            take(PlaceMention(text=part, start_char=tok.idx + offset, end_char=tok.idx + offset + len(part),
                                              start=tok.i, end=tok.i + 1, sentence=self.sentence_of(tok.i), source="gazetteer",
                                              role=DEMONYM, entry=place, confidence=1.0))
                i += 1

    def _begins_place_name(self, i: int, j: int) -> bool:
        """Whether the words [i, j) begin a longer name of an important place (by its own name) written on:
        "British Columbia", "Dominican Republic", "South African Republic"."""
        doc = self.doc
        for k in range(min(len(doc), i + MAX_NAME_TOKENS), j, -1):
            if not all(_capitalised(t) or t.lower_ in CONNECTIVES for t in doc[j:k]) or not _capitalised(doc[k - 1]):
                continue
            if self.gaz.known(doc[i:k].text) and _strong([m for m in self.gaz.lookup(doc[i:k].text) if not m.alternate]):
                return True
        return False

    def _variant_spelling(self, i: int, n: int, taken) -> int | None:
        """A name of several words spelt otherwise than in the gazetteer ("Sistan and Baluchistan"),
        taken when the text says it is a division ("... province") or the parse that it is a place."""
        doc = self.doc
        j = i
        while j < n and j - i < MAX_NAME_TOKENS and not taken[j] and (_capitalised(doc[j]) or doc[j].lower_ in CONNECTIVES or doc[j].text == "-"):
            j += 1
        while j > i and not _capitalised(doc[j - 1]):
            j -= 1
        if j - i < 2:
            return None
        typed = j < n and doc[j].lower_ in ADMIN_AFTER
        placed = all(self.ent_of[t] is not None and self.ent_of[t].label_ in PLACE_LABELS for t in (i, j - 1))
        if (typed or placed) and self.gaz.lookup_skeleton(doc[i:j].text):
            return j
        return None

    def _hyphenated(self, tok: Token, take) -> None:
        """A place name fused to a word by a hyphen in one token: "U.S.-led", "Saudi-backed"."""
        if "-" not in tok.text:
            return
        head = tok.text.split("-")[0]
        if not head or not head[0].isupper():
            return
        matches = self.gaz.lookup(head)
        if _strong(matches):
            take(PlaceMention(text=head, start_char=tok.idx, end_char=tok.idx + len(head), start=tok.i, end=tok.i + 1,
                              sentence=self.sentence_of(tok.i), source="gazetteer"))

    def _dateline(self, take, taken) -> None:
        """A dateline: the place in capitals the article opens with ("CHARLESTON, W.Va. —", "ISLAMABAD, Jan. 18")."""
        doc = self.doc
        j = 0
        while j < len(doc) and doc[j].is_space:
            j += 1
        start = j
        while j < len(doc) and j - start < 4 and _is_upper_word(doc[j]) and not taken[j]:
            j += 1
        if j == start or j >= len(doc) or doc[j].text not in (",", "-", "—", "–", "--", "(", ":"):
            return
        if self.gaz.known(doc[start:j].text):
            take(self.mention(start, j, "dateline"))

    def _abbreviations(self, take, taken) -> None:
        """US states and Canadian provinces abbreviated after a place ("Alexandria, La.", "CHARLESTON, W.Va.",
        "Gatineau, Que."), tagged as a place by the parse, or written with two dots or more anywhere ("S.C.")."""
        doc, text = self.doc, self.doc.text
        for match in _abbreviation_pattern(self.gaz).finditer(text):
            abbr = match.group(1)
            entry = self.gaz.abbreviation(abbr)
            if entry is None:
                continue
            span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
            if span is None or any(taken[t] for t in range(span.start, span.end)):
                continue
            before = text[max(0, match.start(1) - 3):match.start(1)]
            ent = self.ent_of[span.start]
            # Written with two dots or more ("S.C.", "D.C.", "W. Va."), an abbreviation is no word of the language:
            # a state wherever it stands ("the S.C. Highway Patrol", "Rep. Clyburn, D-S.C."); after a number, an era.
            if re.search(r"\d\s*$", before):
                continue  # "300 B.C."
            dotted = abbr.count(".") >= 2
            # "Sen. Bob Casey, D-Pa.": a legislator's party and state.
            party = re.search(r"(?<![A-Za-z])[DRI]-$", before) is not None
            if not (dotted or party or re.search(r"[A-Za-z)],\s*$", before) or ent is not None and ent.label_ == "GPE"):
                continue
            ab = PlaceMention(text=abbr, start_char=match.start(1), end_char=match.end(1), start=span.start, end=span.end,
                              sentence=self.sentence_of(span.start), source="abbreviation", entry=entry, confidence=1.0)
            ab.candidates = [Match(entry, False)]
            take(ab)

    def _accept(self, i: int, j: int) -> PlaceMention | None:
        """A gazetteer name found at tokens [i, j): keep it, as what, or not."""
        doc, gaz = self.doc, self.gaz
        ents = list({id(e): e for e in (self.ent_of[t] for t in range(i, j)) if e is not None}.values())
        labels = {e.label_ for e in ents}
        text = doc[i:j].text
        matches = gaz.lookup(text)
        if labels & SKIP_LABELS:
            return None
        nxt = doc[j] if j < len(doc) else None
        if not matches:  # spelt otherwise ("Sistan and Baluchistan"): see _variant_spelling
            if gaz.lookup_skeleton(text) and (nxt is not None and nxt.lower_ in ADMIN_AFTER or labels & PLACE_LABELS):
                return self.mention(i, j, sorted(labels)[0] if labels else "gazetteer")
            return None
        if nxt is not None and nxt.lower_.rstrip(".") in STREET_WORDS | FEATURE_AFTER and _capitalised(nxt):
            return None  # "Dublin Road", "Washington Street", "Red River": a street or a feature named after a place
        if nxt is not None and nxt.text == "Day" and not any(m.entry.kind == "country" for m in matches):
            return None  # "Independence Day", "Victory Day": a holiday, not a town (but "Canada Day" is Canada's)
        prev = doc[i - 1] if i > 0 else None
        if prev is not None and prev.lower_.rstrip(".") in FEATURE_BEFORE and _capitalised(prev):
            return None  # "Lake Vermont", "Mount Hood"
        strong = _strong(matches)
        own_name = any(not m.alternate for m in matches)
        if not strong and nxt is not None and nxt.text in ("'s", "’s") and j + 1 < len(doc) and _capitalised(doc[j + 1]):
            return None  # "St. Patrick's Day", "St. Michael's Hospital": the owner of a named thing
        if not own_name and not labels & PLACE_LABELS:
            return None  # only an alternate name of some place, and the parse does not say it is one
        if j - i > 1 and doc[j - 1].lower_ in TYPE_WORDS_AFTER and any(m.entry.kind in ("admin1", "admin2") and not m.alternate for m in matches):
            # "Rapides Parish", "Kanawha County": a division by its full name, whatever the parse made of it.
            ent = self.ent_of[i]
            role = IN_NAME if ent is not None and ent.label_ in ("ORG",) and ent.end > j else PLACE
            return self.mention(i, j, sorted(labels)[0] if labels else "gazetteer", role=role)
        if not ents:
            if not all(t.pos_ == "PROPN" or _is_upper_word(t) or t.lower_ in CONNECTIVES for t in doc[i:j]):
                return None
            if j - i == 1 and doc[i].is_sent_start and doc[i].pos_ != "PROPN":
                return None
            if self._personal(i, j):
                return None
            return self.mention(i, j, "gazetteer", weak=not strong)
        if len(ents) > 1:
            # "Sistan and Baluchestan" parsed as two places, or as a place and something else.
            typed = nxt is not None and nxt.lower_ in ADMIN_AFTER
            if all(e.label_ in PLACE_LABELS for e in ents) or any(e.label_ in PLACE_LABELS for e in ents) and (strong or typed):
                return self.mention(i, j, next(e.label_ for e in ents if e.label_ in PLACE_LABELS))
            return None
        ent = ents[0]
        label = ent.label_
        # Does the name fill its entity (but for "the", "'s", punctuation and a type word)?
        head = ent.start
        while head < i and (doc[head].lower_ == "the" or doc[head].is_punct):
            head += 1
        tail = ent.end
        while tail > j and (doc[tail - 1].is_punct or doc[tail - 1].text in ("'s", "’s") or doc[tail - 1].lower_ in TYPE_WORDS_AFTER | CITY_AFTER):
            tail -= 1
        whole = head == i and tail == j
        if label == "NORP":
            if gaz.demonym(ent.text) is not None or not whole or not any(not m.alternate for m in matches):
                return None
            return self.mention(i, j, label, weak=not strong)
        if label in PLACE_LABELS:
            if whole:
                return self.mention(i, j, label)
            # A part of a longer place name: only where punctuation sets it apart ("Hornsey, Stoke Newington")
            # or when it is an important place ("Greater Toronto").
            apart = (i == head or doc[i - 1].is_punct) and (j == tail or doc[j].is_punct)
            if apart and any(not m.alternate for m in matches) or strong:
                return self.mention(i, j, label)
            return None
        if label == "PERSON":
            if not whole or self._personal(i, j) or j - i > 1 and not strong:
                return None
            return self.mention(i, j, label, weak=not strong)
        if whole:  # an ORG, EVENT, ... that is a place name: "Edmonton", "Mississauga"
            return self.mention(i, j, label, weak=not strong)
        if label in ("ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"):
            prev = doc[i - 1].text if i > ent.start else ""
            if prev in ("in", "at", "near") and label in ("ORG", "FAC") and (strong or any(not m.alternate for m in matches)):
                return self.mention(i, j, label)  # "the Children's Hospital of Manitoba in Winnipeg"
            prev = prev.lower()
            # "Edmonton Police Service", "University of Kentucky", "Environment Canada".
            if i == head or prev in ("of", "-") or strong:
                return self.mention(i, j, label, role=IN_NAME, weak=not strong)
        return None

    def _personal(self, i: int, j: int) -> bool:
        """A person's name: after a title, or the surname of a full name written elsewhere in the document."""
        doc = self.doc
        prev = doc[i - 1] if i > 0 else None
        if prev is not None and prev.lower_.rstrip(".") in TITLES and prev.text[0].isupper():
            return True
        if j - i == 1 and doc[i].text in self.person_words:
            return True
        if j < len(doc) and self.ent_of[j] is not None and self.ent_of[j].label_ == "PERSON" and self.ent_of[i] is self.ent_of[j]:
            return True
        return False


def _parts(text: str) -> list[tuple[str, int]]:
    out, offset = [], 0
    for part in text.split("-"):
        out.append((part, offset))
        offset += len(part) + 1
    return out


_ABBREVIATION_PATTERNS: dict[int, re.Pattern] = {}


def _abbreviation_pattern(gaz: Gazetteer) -> re.Pattern:
    pattern = _ABBREVIATION_PATTERNS.get(id(gaz))
    if pattern is None:
        forms = sorted(gaz.abbreviations, key=len, reverse=True)
        # "W.Va." is also written "W. Va.": a space may follow each inner dot.
        alternatives = [r"\.\s?".join(re.escape(part) for part in f.split(".")[:-1]) + r"\." for f in forms]
        pattern = re.compile(r"(?<![A-Za-z.])(" + "|".join(alternatives) + r")(?![A-Za-z])")
        _ABBREVIATION_PATTERNS[id(gaz)] = pattern
    return pattern


def _strong(matches: list[Match]) -> bool:
    """Names that are places whatever the context: countries, continents, regions, first-level
    divisions and towns of some size, by their own names."""
    for m in matches:
        e = m.entry
        if m.alternate and e.kind not in ("country",):
            continue
        if e.kind in ("country", "continent", "region", "admin1"):
            return True
        if e.kind == "city" and e.population >= STRONG_CITY_POPULATION:
            return True
    return False


# --- resolving --------------------------------------------------------------------------


PLURAL_TYPES = {"counties": "admin2", "parishes": "admin2", "districts": "admin", "provinces": "admin1", "states": "admin1",
                "governorates": "admin1", "regions": "admin", "cities": "city", "towns": "city", "villages": "city"}


def _list_type(doc: Doc, end: int) -> str | None:
    """The kind a list of names ends with: "Becker, Clay, Douglas and Wilkin counties"."""
    for t in doc[end:end + 16]:
        if t.lower_ in PLURAL_TYPES:
            return PLURAL_TYPES[t.lower_]
        if not (t.text in (",", "and", "or", "&") or _capitalised(t)):
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


class _Resolver:
    def __init__(self, doc: Doc, mentions: list[PlaceMention], gaz: Gazetteer):
        self.doc = doc
        self.gaz = gaz
        self.mentions = mentions
        self.places = [m for m in mentions if m.role != DEMONYM]
        for m in self.places:
            if not m.candidates:
                m.candidates = _candidates(gaz, m)
            if m.candidates and _definite(doc, m):
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
        head = _head(self.doc, m)
        return head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ == "NOUN" and \
            head.head.lower_ not in LOCATING_NOUNS | ADMIN_AFTER | CITY_BEFORE and not (m.start <= head.head.i < m.end)

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


# --- roles ------------------------------------------------------------------------------


def _head(doc: Doc, m: PlaceMention) -> Token:
    """The token of a mention that the rest of the sentence attaches to."""
    for t in doc[m.start:m.end]:
        if t.head.i < m.start or t.head.i >= m.end or t.head.i == t.i:
            return t
    return doc[m.end - 1]


def _definite(doc: Doc, m: PlaceMention) -> bool:
    """Whether a name heads a phrase with "the" ("the Pacific", "the Gulf"), rather than modifying a noun that has
    it ("the London police") or including it ("The Hague")."""
    if m.start < 1 or m.text.lower().startswith("the "):
        return False
    head = _head(doc, m)
    if head.dep_ in ("compound", "nmod", "amod", "poss") or doc[m.start - 1].lower_ != "the":
        return False
    nxt = doc[m.end] if m.end < len(doc) else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") or _capitalised(nxt) or nxt.text in (",", "'s", "’s", "-")):
        return False  # the name does not end the phrase: "the Gainesville Riding Club", "the Kansas City, Kan., police"
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or doc[m.start - 1].head.i in range(m.start, m.end)


def _acting(doc: Doc, m: PlaceMention) -> bool:
    """A country or a capital standing for its government: the subject of an action or a
    statement ("Tehran said", "Pakistan recalled its ambassador") or the owner of one ("Iran's strikes")."""
    e = m.entry
    if e is None or not (e.kind == "country" or e.kind == "city" and e.capital):
        return False
    head = _head(doc, m)
    if head.dep_ in ("nsubj",) and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        return verb.lemma_.lower() in SPEECH_VERBS or verb.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in verb.children)
    if head.dep_ == "poss" and head.head.pos_ == "NOUN" and head.head.lemma_.lower() in {
            "strike", "attack", "statement", "decision", "response", "government", "foreign", "envoy", "ambassador", "demand",
            "claim", "accusation", "retaliation", "offensive", "missile", "army", "military", "force", "ministry", "minister",
            "official", "spokesman", "spokeswoman", "leader", "president", "operation", "campaign", "move", "action", "effort",
            "warning", "threat", "condemnation", "protest", "concern", "position", "policy", "plan"}:
        return True
    return False


# --- the stage --------------------------------------------------------------------------


def find_places(doc: Doc, sentences, gaz: Gazetteer | None = None) -> list[PlaceMention]:
    """Every toponym and demonym of a parsed document, resolved (what the stage stores)."""
    gaz = gaz or get_gazetteer()
    finder = _Finder(doc, sentences, gaz)
    mentions = finder.find()
    resolver = _Resolver(doc, mentions, gaz)
    resolver.resolve()
    # Names found by the gazetteer alone are kept when they are important places or fit the document:
    # in a country or division the rest of the document names.
    sure = [m for m in mentions if m.entry is not None and not m.weak]
    countries = {m.entry.country_code for m in sure if m.entry.country_code}
    admins = {m.entry.admin1_index for m in sure if m.entry.admin1_index is not None}
    # Obscure places in countries the document is otherwise not about are more often a misread
    # name (a company, a person) or a place the gazetteer lacks than the place meant: left unresolved.
    anchors = {m.entry.country_code for m in sure if m.entry.kind in ("country", "admin1", "region") or m.entry.population >= 10_000}
    for m in mentions:
        e = m.entry
        if e is not None and m.role != DEMONYM and anchors and e.kind in ("city", "admin2") and e.population < 5_000 \
                and e.country_code not in anchors:
            m.entry = None
    kept = []
    for m in mentions:
        if m.weak:
            e = m.entry
            if e is None:
                continue
            if e.kind in ("city", "admin2") and e.admin1_index not in admins or e.kind in ("admin1", "country") and e.country_code not in countries:
                continue
        kept.append(m)
    for m in kept:
        if m.role == PLACE and _acting(doc, m):
            m.role = ACTOR
    return kept


@register_stage
class Places(Stage):
    """Toponyms resolved against the offline gazetteer (`record.places`), with richer mention
    objects in `state.place_mentions` for the event coder (`event_location`)."""

    name = "places"
    requires = ("parse", "ner", "sentences")
    adds = ("place_mentions", "record.places")

    def __call__(self, state: DocState) -> None:
        mentions = find_places(state.doc, state.sentences)
        state.place_mentions = mentions
        # Every toponym, and the adjectives and group names of places ("Russian", "EU") with `basis` "adjective":
        # listed, never an event's place (`event_location` takes toponyms only).
        state.record.places = [m.to_place() for m in mentions if m.entry is not None]


# --- the place of an event ---------------------------------------------------------------


def event_location(state: DocState, trigger_token_index: int, argument_token_indices: list[int]) -> Location | None:
    """The place an event happened, or None when the text does not attach one to it.

    Looked for, in order: places attached to the trigger by a locative preposition or an
    apposition, directly or through its object ("strikes in Balochistan", "an attack on a
    village near Panjgur", "struck bases of the group in Balochistan"); then the stated
    location of the actor or the recipient (`argument_token_indices`: their tokens, e.g. the
    heads of "militants in Iran", "hideouts in Sistan and Baluchestan province"), or the
    argument itself when it is a place that does not act ("struck Pakistan"). Places merely
    mentioned in the sentence, actors ("Tehran said") and demonyms are not event places.
    Of several, the nearest in the parse wins, then the most precise.
    """
    doc = state.doc
    mentions = [m for m in state.place_mentions or [] if m.role == PLACE and m.entry is not None]
    if not mentions or not 0 <= trigger_token_index < len(doc):
        return None
    at: dict[int, PlaceMention] = {}
    for m in mentions:
        for t in range(m.start, m.end):
            at[t] = m
    # A locative phrase right after an event noun that is a verb's object belongs to the noun, whatever the
    # parser attached it to: in "condemned the strikes in Balochistan" the strikes were in Balochistan.
    moved: dict[int, int] = {}  # preposition → its new head
    sentence = doc[trigger_token_index].sent
    for verb in sentence:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for obj in verb.children:
            if obj.dep_ in ("dobj", "nsubjpass") and obj.lemma_.lower() in EVENT_NOUNS:
                for prep in verb.children:
                    if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS and prep.i == obj.right_edge.i + 1:
                        moved[prep.i] = obj.i

    def children(tok: Token):
        for child in tok.children:
            if moved.get(child.i, tok.i) == tok.i:
                yield child
        for prep, head in moved.items():
            if head == tok.i:
                yield doc[prep]

    def attached(root: Token, depth_limit: int, through_args: bool) -> list[tuple[int, PlaceMention]]:
        """Places the parse attaches to `root` as where it is: (hops, mention)."""
        found: list[tuple[int, PlaceMention]] = []
        seen = {root.i}

        def place_at(tok: Token, depth: int) -> None:
            if tok.i in at:
                found.append((depth, at[tok.i]))

        def noun(tok: Token, depth: int) -> None:
            """A noun phrase that is where something is: the place it names, or the places its words locate it in
            ("a village near Panjgur", "Pakistan's southwestern province of Balochistan", "Panjgur, Balochistan")."""
            place_at(tok, depth)
            if depth >= depth_limit:
                return
            for child in children(tok):
                if child.i in seen:
                    continue
                seen.add(child.i)
                dep = child.dep_
                if dep == "prep" and (child.lower_ in LOCATIVE_PREPS or child.lower_ == "of" and (tok.lower_ in LOCATING_NOUNS or tok.i in at)):
                    for pobj in child.children:
                        if pobj.dep_ in ("pobj", "pcomp") and pobj.i not in seen:
                            seen.add(pobj.i)
                            noun(pobj, depth + 1)
                elif dep in ("appos", "conj", "npadvmod") or dep in ("poss", "compound", "nmod") and tok.lower_ in LOCATING_NOUNS | CITY_BEFORE:
                    noun(child, depth + 1)
                elif dep in ("compound", "nmod") and tok.i in at:
                    place_at(child, depth)  # the rest of a multi-word name
                elif dep == "acl" and child.tag_ in ("VBN", "VBG"):
                    participle(child, depth)

        def participle(tok: Token, depth: int) -> None:
            """A participle's locative phrase places the noun it describes: "militants based in
            Balochistan", "fighters hiding near Panjgur", "the region known as Kouh-Sabz in Balochistan";
            not a clause of its own ("the claim that Isis had been defeated in Syria")."""
            if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children):
                return
            for prep in children(tok):
                if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS and prep.i not in seen:
                    seen.add(prep.i)
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and pobj.i not in seen:
                            seen.add(pobj.i)
                            noun(pobj, depth + 1)

        def clause(tok: Token, depth: int) -> None:
            for child in children(tok):
                if child.i in seen:
                    continue
                dep = child.dep_
                if dep == "prep" and child.lower_ in LOCATIVE_PREPS:
                    seen.add(child.i)
                    for pobj in child.children:
                        if pobj.dep_ in ("pobj", "pcomp") and pobj.i not in seen:
                            seen.add(pobj.i)
                            noun(pobj, depth + 1)
                elif dep == "npadvmod" and child.i in at:
                    seen.add(child.i)
                    place_at(child, depth + 1)
                elif through_args and dep in ("dobj", "nsubjpass", "attr", "oprd") and child.lemma_.lower() not in EVENT_NOUNS:
                    # The object's stated place ("struck bases of the group in Balochistan"), or the object when it is a
                    # place; not the place of an event named by the object ("condemned the strikes in Balochistan").
                    seen.add(child.i)
                    place_at(child, depth + 2)
                    for grandchild in children(child):
                        if grandchild.i in seen:
                            continue
                        if grandchild.dep_ == "prep" and grandchild.lower_ in LOCATIVE_PREPS | {"of"}:
                            seen.add(grandchild.i)
                            for pobj in grandchild.children:
                                if pobj.dep_ == "pobj" and pobj.i not in seen:
                                    seen.add(pobj.i)
                                    if grandchild.lower_ == "of" and child.lower_ not in LOCATING_NOUNS:
                                        _of_chain(pobj, depth + 1)
                                    else:
                                        noun(pobj, depth + 1)
                        elif grandchild.dep_ == "acl" and grandchild.tag_ in ("VBN", "VBG"):
                            participle(grandchild, depth + 1)  # "struck militants based in Balochistan"

        def _of_chain(tok: Token, depth: int) -> None:
            """"bases of the group in ...": follow "of" phrases to their locative attachments, not to places they name."""
            for child in children(tok):
                if child.i in seen:
                    continue
                if child.dep_ == "prep":
                    seen.add(child.i)
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and pobj.i not in seen:
                            seen.add(pobj.i)
                            if child.lower_ in LOCATIVE_PREPS:
                                noun(pobj, depth + 1)
                            elif child.lower_ == "of" and depth < depth_limit:
                                _of_chain(pobj, depth + 1)
                elif child.dep_ in ("appos", "compound", "amod") and depth < depth_limit:
                    seen.add(child.i)
                    _of_chain(child, depth)

        if root.pos_ in ("NOUN", "PROPN") and not through_args:
            noun(root, 0)
            found = [(d, m) for d, m in found if not (d == 0 and m.start <= root.i < m.end)]
        else:  # a verb, or an event noun: "the attack on a village near Panjgur", "strikes in Balochistan"
            clause(root, 0)
        return found

    def best(found: list[tuple[int, PlaceMention]]) -> PlaceMention | None:
        if not found:
            return None
        found.sort(key=lambda dm: (dm[0], _KIND_ORDER.get(dm[1].entry.kind, 9), dm[1].start))
        return found[0][1]

    trigger = doc[trigger_token_index]
    basis = "trigger"
    choice = best(attached(trigger, 4, through_args=True))
    if choice is None and trigger.dep_ in ("amod", "compound") and trigger.head.pos_ == "NOUN":
        choice = best(attached(trigger.head, 4, through_args=False))
    if choice is None:
        basis = "argument"
        found = []
        for a in argument_token_indices:
            if not 0 <= a < len(doc):
                continue
            if a in at:  # the argument is itself a place that does not act: "struck Pakistan"
                found.append((2, at[a]))
            found.extend(attached(doc[a], 3, through_args=False))
        choice = best(found)
    return choice.to_location(basis) if choice is not None else None


# --- a place carried from another report of the same event --------------------------------

# How precise a place is, for choosing the most specific one stated.
_PRECISION_RANK = {"country": 0, "region": 1, "admin1": 2, "admin2": 3, "city": 4}
_NOT_CARRIED_TO = ("hypothetical",)


def _date_bounds(value: str | None, precision: str | None):
    """First and last day of a record date at day, week or month precision; None otherwise
    (a year or a decade says too little to tell two reports of one event apart)."""
    if not value or "/" in value:
        return None
    try:
        if precision == "day":
            d = date.fromisoformat(value)
            return d, d
        if precision == "week":
            monday = date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
            return monday, monday + timedelta(days=6)
        if precision == "month":
            first = date.fromisoformat(value + "-01")
            return first, (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
    except ValueError:
        return None
    return None


def _is_state(side) -> bool:
    return side is not None and bool(side.country) and side.code == side.country


def _same_event(event, donor, doc, paragraph_of, sentence_of) -> bool:
    """Whether two events of one document are two reports of the same happening, as a reader
    would tell: the same type and status, no side or date that differs, and something in
    common that says so: the same actor with the same date or the same trigger word ("Iran's
    strike on Pakistan" ... "Iranian missiles struck ... in Balochistan"), or, when the actor
    is not known, the same day in the next sentence of the same paragraph ("a strike inside
    Iran on 18 January. The targets were in Sistan and Baluchestan and were attacked ...")."""
    if event.event_type != donor.event_type or event.status != donor.status:
        return False
    a, b = event.actor, donor.actor
    if a is not None and b is not None and a.country and b.country and a.country != b.country:
        return False
    if _is_state(event.recipient) and _is_state(donor.recipient) and event.recipient.country != donor.recipient.country:
        return False
    da, db = _date_bounds(event.date, event.date_precision), _date_bounds(donor.date, donor.date_precision)
    if event.date and donor.date and event.date != donor.date and (da is None or db is None or da[0] > db[1] or db[0] > da[1]):
        return False
    same_date = da is not None and db is not None and da[0] <= db[1] and db[0] <= da[1]
    same_actor = a is not None and b is not None and bool(a.country) and a.country == b.country
    if same_actor and same_date:
        return True
    if same_actor and _trigger_lemma(doc, event) == _trigger_lemma(doc, donor):
        return True
    return (same_date and event.date_precision == donor.date_precision == "day"
            and paragraph_of(event.span[0]) == paragraph_of(donor.span[0])
            and abs(sentence_of(event.span[0]) - sentence_of(donor.span[0])) <= 1)


def _trigger_lemma(doc: Doc, event) -> str:
    span = doc.char_span(*event.trigger.span, alignment_mode="expand")
    return span.root.lemma_.lower() if span is not None else event.trigger.text.lower()


def _stated_operation_places(state: DocState) -> list[tuple[int, Location]]:
    """(sentence index, place) for the sentences that say where an operation they name took
    place, with a copula whose subject names an event: "the focal point of this operation was
    the region known as Kouh-Sabz in Balochistan", "the target of the raid was a village near
    Panjgur", "the attack was in Quetta"."""
    found = []
    for index, sentence in enumerate(state.sentences):
        for tok in sentence:
            if tok.lemma_ != "be":
                continue
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            if not any(w.lemma_.lower() in EVENT_NOUNS for s in subjects for w in s.subtree):
                continue
            where = event_location(state, tok.i, [])
            if where is not None and _PRECISION_RANK.get(where.precision or "", 0) > 0:
                found.append((index, where))
    return found


def carry_event_locations(state: DocState) -> None:
    """Give a material event (quad class 2 or 4: a strike, an arrest, aid delivered) placed
    only in a country the more precise place in that country that the document states for
    the same event: another report of it (`_same_event`), or its own sentence saying where
    the operation took place (`_stated_operation_places`). Its location then has `basis`
    "context" and `span` where that place is written. When these name different places,
    none is carried: a country sentence may sum up several strikes. Verbal events are left
    alone: a statement happens where it is made, which the text rarely restates."""
    doc, events = state.doc, state.record.events
    text = doc.text
    sentence_starts = [s.start_char for s in state.sentences]

    def paragraph_of(pos: int) -> int:
        return text.count("\n", 0, pos)

    def sentence_of(pos: int) -> int:
        return bisect_right(sentence_starts, pos) - 1

    def rank(location: Location) -> int:
        return _PRECISION_RANK.get(location.precision or "", 0)

    material = [e for e in events if e.quad_class in (2, 4)]
    direct = [e for e in material if e.location is not None and e.location.basis != "context" and rank(e.location) > 0]
    stated = _stated_operation_places(state) if any(e.location and e.location.precision == "country" for e in material) else []
    for event in material:
        where = event.location
        if where is None or where.precision != "country" or event.status in _NOT_CARRIED_TO:
            continue
        donors = [(d.location, d.span[0]) for d in direct if d is not event and d.location.country_code == where.country_code
                  and _same_event(event, d, doc, paragraph_of, sentence_of)]
        donors += [(place, place.span[0]) for index, place in stated
                   if index == sentence_of(event.span[0]) and place.country_code == where.country_code]
        if not donors:
            continue
        top = max(rank(place) for place, _ in donors)
        best = [(place, at) for place, at in donors if rank(place) == top]
        if len({place.geonameid for place, _ in best}) != 1:
            continue
        place, _ = min(best, key=lambda pa: abs(pa[1] - event.span[0]))
        event.location = place.model_copy(update={"basis": "context"})


@register_stage
class EventPlaces(Stage):
    """Event places refined across sentences: an event the text places only in a country takes
    the more precise place another report of the same event in the document gives
    (`carry_event_locations`)."""

    name = "event_places"
    requires = ("parse", "sentences", "place_mentions", "record.events")
    adds = ("event.location",)

    def __call__(self, state: DocState) -> None:
        carry_event_locations(state)
