"""Canonical events: event mentions from many reports merged into the real events they describe.

Rules (each mention is one stored event with its document's id, source and published date):

- Only mentions whose status is `occurred` or `claimed` are linked; every other status
  (denied, negated, threatened, planned, hypothetical, historical) is skipped: such a
  mention does not report that the event happened, so it does not become a canonical event.
- Type: the same PLOVER type (ASSAULT with ASSAULT, ...).
- Sides: actor and recipient are compared by country (a group for its state, a state for
  its forces). A side without a country is unknown. A state named as recipient also matches
  a recipient of another country when the other mention's place is in that state ("a strike
  on Pakistan" = "a strike on Jaish al-Adl in Pakistan"). Known sides that differ never link.
- Strength: both sides matching links when dates and places are compatible; one side
  matching and one unknown needs a strong date (both day-precise, same day) or a strong place
  (the same sub-national place), and without a strong place the same wording (CAMEO code or
  trigger word); no side matching needs both. Inside one document the bar is
  lower (one side matching in country and in kind, state organ or group, told with the same
  CAMEO code or trigger word, and no conflict):
  repeated mentions of an event in one article ("Tuesday's strike" after "the Tuesday
  strike") are one event.
- Dates: day vs day within `day_window` days; a week (ISO "2024-W03") and a day within
  `day_window` days of it, the same week, or a month it overlaps; month precision: the same month; year: the
  same year; an undated mention links only inside its document, or across documents when
  type, both sides and the place agree and the documents were published within
  `undated_window` days.
- Places: the same country, or one unknown.
- Two mentions coded from the same sentence with different triggers are distinct events.

Blocking: clusters are indexed by (type, actor country, recipient country, month bucket)
with wildcards for unknown sides, by (type, document) and by (type, actor, recipient,
published day), so linking a new document costs time bounded by its candidate clusters.
The `Linker` is incremental: `add(record)` links a new document into the existing events;
clusters touched by a document are then re-checked against their candidates and merged
when their consolidated profiles have become compatible.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date, timedelta

from ..records import DocumentRecord

LINKED_STATUSES = ("occurred", "claimed")
WILD = "*"


# -- mentions --------------------------------------------------------------------------------


@dataclass
class Mention:
    doc_id: str
    event_id: str
    source: str | None
    published: str | None
    event: dict
    claims: list[dict] = field(default_factory=list)

    @property
    def type(self) -> str:
        return self.event["event_type"]

    @cached_property
    def profile(self) -> "Profile":
        """The mention's own profile (its sentence's content words included), worked out once:
        clusters recompute theirs from their mentions on every change."""
        return Profile.of(self)

    @property
    def actor_country(self) -> str | None:
        return _country(self.event.get("actor"))

    @property
    def recipient_country(self) -> str | None:
        return _country(self.event.get("recipient"))

    @property
    def date(self) -> str | None:
        return self.event.get("date") if self.event.get("date_precision") else None

    @property
    def precision(self) -> str | None:
        return self.event.get("date_precision") if self.event.get("date") else None

    @property
    def place_country(self) -> str | None:
        return (_stated_location(self.event) or {}).get("country_code")

    @property
    def sentence(self) -> tuple:
        return tuple(self.event.get("span") or ())


def _country(side: dict | None) -> str | None:
    return (side or {}).get("country") or None


STATE_ORGANS = {"", "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "PTY"}


def _sector(side: dict | None) -> str | None:
    """The sector part of an actor code ('' for a state itself), None when the side is unknown."""
    if not side or not side.get("code"):
        return None
    code, country = side["code"], side.get("country") or ""
    if country and code.startswith(country):
        return code[len(country):][:3]
    return side.get("sector") or code[:3]


def _category(sector: str | None) -> str | None:
    if sector is None:
        return None
    return "state" if sector in STATE_ORGANS else sector


def _is_state(side: dict | None) -> bool:
    side = side or {}
    return bool(side.get("country")) and side.get("code") == side.get("country")


def _parse(value: str | None) -> date | None:
    if not value:
        return None
    try:
        if value[5:6] == "W":  # an ISO week, "2024-W03": its Monday
            return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


_PRECISION_RANK = {"day": 4, "week": 3, "month": 2, "year": 1, "decade": 0, None: -1}


def _stated_location(event: dict) -> dict | None:
    """The event's place as its own text states it: a place inferred from where the article
    was speaking (`basis` "discourse") says nothing for or against two reports being one event."""
    location = event.get("location")
    return None if not location or location.get("basis") == "discourse" else location


def _place_rank(location: dict | None) -> int:
    """How precise a place is: 0 none (or only inferred from the discourse), 1 a country,
    2 a region, 3 a city or point."""
    if not location or not location.get("name") or location.get("basis") == "discourse":
        return 0
    name = location.get("name")
    if location.get("admin1") and location.get("admin1") != name:
        return 3
    if location.get("admin1"):
        return 2
    return 1 if location.get("country_code") else 2


def mentions_of(record: DocumentRecord | dict) -> list[Mention]:
    data = record.to_dict() if isinstance(record, DocumentRecord) else record
    claims: dict[str, list[dict]] = {}
    for claim in data.get("claims") or []:
        if claim.get("event_id"):
            claims.setdefault(claim["event_id"], []).append(claim)
    return [
        Mention(data["doc_id"], e["id"], data.get("source"), data.get("published"), e, claims.get(e["id"], []))
        for e in data.get("events") or []
    ]


# -- profiles and compatibility ----------------------------------------------------------


@dataclass
class Profile:
    """What a cluster (or one mention) says, for comparison."""

    type: str
    actor: str | None
    recipient: str | None
    recipient_state: bool
    actor_sector: str | None
    recipient_sector: str | None
    date: str | None
    precision: str | None
    place_country: str | None
    place_name: str | None
    place_rank: int
    docs: frozenset
    published: tuple  # (earliest, latest) published dates as date objects or None
    sentences: frozenset  # (doc_id, sentence span, trigger span)
    wording: frozenset = frozenset()  # CAMEO codes and trigger stems ("cameo:190", "strike")
    topic: frozenset = frozenset()  # content-word stems of the sentence, less trigger and sides

    @classmethod
    def of(cls, mention: Mention) -> "Profile":
        e = mention.event
        loc = _stated_location(e) or {}
        pub = _parse(mention.published)
        return cls(
            type=mention.type, actor=mention.actor_country, recipient=mention.recipient_country,
            recipient_state=_is_state(e.get("recipient")), actor_sector=_sector(e.get("actor")),
            recipient_sector=_sector(e.get("recipient")), date=mention.date, precision=mention.precision,
            place_country=loc.get("country_code"), place_name=loc.get("name") if _place_rank(loc) >= 2 else None,
            place_rank=_place_rank(loc), docs=frozenset([mention.doc_id]), published=(pub, pub),
            sentences=frozenset([(mention.doc_id, mention.sentence, tuple((e.get("trigger") or {}).get("span") or ()))]),
            wording=_wording(e), topic=_topic(e),
        )


def _stem(word: str) -> str:
    """A crude stem, enough to tell "strikes"/"strike" and "withdrawal"/"withdrawing" apart from other words."""
    word = word.lower()
    for suffix in ("ing", "als", "al", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)]
    return word


def _wording(event: dict) -> frozenset:
    trigger = ((event.get("trigger") or {}).get("text") or "").split()
    out = {_stem(trigger[-1])} if trigger else set()
    if event.get("cameo"):
        out.add("cameo:" + str(event["cameo"]))
    return frozenset(out)


_WORD = re.compile(r"[^\W\d_]{4,}")
_FUNCTION_WORDS = frozenset("""
that this these those with from into onto upon over under about after before since while when where which what
whose there their them they have been were will would could should said says saying also than then only more most
some such very just what been being does doing across against among between through during without within told
""".split())


def _topic(event: dict) -> frozenset:
    """What the event's sentence is about besides its trigger and its sides: the stems of
    its content words ("investigation", "chemical", "douma")."""
    text = event.get("text") or ""
    taken = " ".join(((event.get(k) or {}).get("text") or "") for k in ("actor", "recipient", "trigger")).lower()
    skip = {_stem(w) for w in _WORD.findall(taken)}
    return frozenset(_stem(w) for w in _WORD.findall(text.lower()) if w not in _FUNCTION_WORDS) - skip


def _side(a: str | None, b: str | None) -> str:
    if a is None or b is None:
        return "unknown"
    return "match" if a == b else "conflict"


def _recipient(p: Profile, q: Profile) -> str:
    result = _side(p.recipient, q.recipient)
    if result == "conflict":
        # A state named as target matches a target located in that state.
        if p.recipient_state and q.place_country == p.recipient:
            return "match"
        if q.recipient_state and p.place_country == q.recipient:
            return "match"
        # "militants in southwest Pakistan" (coded PAKREB from where they are) and an
        # Iranian group struck in Pakistan: the same kind of group, in the same place.
        if (p.recipient_sector and p.recipient_sector == q.recipient_sector and p.recipient_sector not in STATE_ORGANS
                and p.place_country and p.place_country == q.place_country
                and p.place_country in (p.recipient, q.recipient)):
            return "match"
    return result


def _territory(p: "Profile", q: "Profile") -> bool:
    """p's target is a state, q's target (a group) was struck in that state."""
    return bool(p.recipient and p.recipient_sector == "" and q.place_country == p.recipient and q.recipient_sector)


def _toll_of(p: "Profile", q: "Profile") -> bool:
    """p counts the dead of q: one document tells that an actor attacked a target and, of the
    same day, that it killed people of no stated side ("attacked militants in Iran ...
    killed ten people"); who the dead were is what the claims dispute, not another event."""
    return (p.type == "ASSAULT" and p.recipient_sector == "CVL" and p.recipient is None and bool(p.docs & q.docs)
            and p.actor is not None and p.actor == q.actor and p.precision == "day" and p.date is not None and p.date == q.date)


def _date_compatible(p: Profile, q: Profile, day_window: int) -> bool | None:
    """True/False when both are dated; None when either is undated."""
    if p.date is None or q.date is None:
        return None
    a, b = p.precision, q.precision
    if a == "day" and b == "day":
        da, db = _parse(p.date), _parse(q.date)
        return da is not None and db is not None and abs((da - db).days) <= day_window
    if "week" in (a, b) and not {"year", "decade"} & {a, b}:
        # a week and a day (within `day_window` of it), a week (the same) or a month (overlapping)
        da, db = _days(p), _days(q)
        slack = timedelta(days=day_window if "day" in (a, b) else 0)
        return da is not None and db is not None and da[0] <= db[1] + slack and db[0] <= da[1] + slack
    if "year" in (a, b) or "decade" in (a, b):
        return p.date[:4] == q.date[:4] and a != "decade" and b != "decade"
    return p.date[:7] == q.date[:7]


def _days(p: Profile) -> tuple[date, date] | None:
    """The first and last day of a day, week or month date."""
    first = _parse(p.date + "-01" if p.precision == "month" else p.date)
    if first is None:
        return None
    if p.precision == "week":
        return first, first + timedelta(days=6)
    if p.precision == "month":
        return first, (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
    return first, first


def _published_within(p: Profile, q: Profile, days: int) -> bool:
    if None in p.published or None in q.published:
        return False
    return p.published[0] - q.published[1] <= timedelta(days=days) and q.published[0] - p.published[1] <= timedelta(days=days)


def compatible(p: Profile, q: Profile, *, day_window: int = 1, undated_window: int = 3) -> int:
    """0 when p and q cannot be the same event, else a score (higher is a better match)."""
    if p.type != q.type:
        return 0
    actor, recipient = _side(p.actor, q.actor), _recipient(p, q)
    if "conflict" in (actor, recipient):
        return 0
    if (_sector_conflict(p.actor_sector, q.actor_sector, p.actor, q.actor)
            or (_side(p.recipient, q.recipient) != "conflict"  # not a state-for-its-territory match
                and not _territory(p, q) and not _territory(q, p)
                and not _toll_of(p, q) and not _toll_of(q, p)
                and _sector_conflict(p.recipient_sector, q.recipient_sector, p.recipient, q.recipient))):
        return 0
    if p.place_country and q.place_country and p.place_country != q.place_country:
        return 0
    # The same sentence coding two events with different triggers: two events.
    for doc, sentence, trigger in p.sentences:
        for doc2, sentence2, trigger2 in q.sentences:
            if doc == doc2 and sentence == sentence2 and trigger != trigger2:
                return 0
    same_doc = bool(p.docs & q.docs)
    dates = _date_compatible(p, q, day_window)
    if dates is False:
        return 0
    matches = (actor == "match") + (recipient == "match")
    strong_date = bool(dates) and p.precision == "day" and q.precision == "day" and p.date == q.date
    strong_place = p.place_name is not None and p.place_name == q.place_name
    # Inside one document one matching side suffices only if it matches in kind as well as
    # in country, or, for a target, a state and a group struck on its territory: "a strike on
    # Iranian soil" (the state) is not "the strike on an Iranian group" in Pakistan.
    # One matching side and no shared place: the two must also be told in the same words,
    # the same CAMEO code or trigger ("the strike" ... "Tuesday's strike"). One actor does
    # many things of a type on a day ("called for a withdrawal", "demanded funding for a
    # wall"; "supporting the rules-based system", "endorsing it"): different events.
    if matches == 1 and not strong_place and not (p.wording & q.wording):
        return 0
    # Across documents, with one side unknown, two reports of one event also share what it
    # is about (two content words of their sentences besides the trigger and the sides): not
    # "the US position was to demand that Turkey stall an offensive" and "Trump's demand for
    # $6bn for a wall" on the same day. (Inside one document a short anaphoric mention, "the
    # Pakistani strike", shares little with the sentence that told the event.)
    if matches == 1 and not same_doc and (actor == "unknown" or recipient == "unknown") and not strong_place \
            and len(p.topic & q.topic) < 2:
        return 0
    if matches == 1 and same_doc and not (strong_date or strong_place):
        if actor == "match" and _category(p.actor_sector) != _category(q.actor_sector):
            return 0
        if (recipient == "match" and _category(p.recipient_sector) != _category(q.recipient_sector)
                and not (_territory(p, q) or _territory(q, p))):
            group = q if p.recipient_sector == "" else p
            if group.place_country is not None:
                return 0
    if dates is None:  # at least one undated
        if same_doc:
            if matches == 0 and not strong_place:
                return 0
        elif not (matches == 2 and p.place_country and p.place_country == q.place_country
                  and _published_within(p, q, undated_window)):
            return 0
    elif matches == 0:
        if not (strong_date and strong_place):
            return 0
    elif matches == 1 and not same_doc and not (strong_date or strong_place):
        return 0
    return 1 + 4 * matches + 2 * strong_date + 2 * strong_place + same_doc + (dates is True)


# -- clusters ---------------------------------------------------------------------------


@dataclass
class Cluster:
    id: str
    mentions: list[Mention]
    profile: Profile | None = None

    def refresh(self) -> None:
        ms = self.mentions
        best_date, precision = _best_date(ms)
        actor = _most_common(m.actor_country for m in ms)
        recipient = _most_common(m.recipient_country for m in ms)
        located = max(ms, key=lambda m: _place_rank(m.event.get("location")))
        loc = _stated_location(located.event) or {}
        pubs = [d for d in (_parse(m.published) for m in ms) if d]
        self.profile = Profile(
            type=ms[0].type, actor=actor, recipient=recipient,
            recipient_state=any(_is_state(m.event.get("recipient")) and m.recipient_country == recipient for m in ms),
            actor_sector=_most_common_sector(ms, "actor", actor),
            recipient_sector=_most_common_sector(ms, "recipient", recipient),
            date=best_date, precision=precision,
            place_country=_most_common(m.place_country for m in ms) or loc.get("country_code"),
            place_name=loc.get("name") if _place_rank(loc) >= 2 else None, place_rank=_place_rank(loc),
            docs=frozenset(m.doc_id for m in ms), published=(min(pubs), max(pubs)) if pubs else (None, None),
            sentences=frozenset(s for m in ms for s in m.profile.sentences),
            wording=frozenset().union(*(m.profile.wording for m in ms)),
            topic=frozenset().union(*(m.profile.topic for m in ms)),
        )


def _most_common_sector(ms: list[Mention], side: str, country: str | None) -> str | None:
    sectors = [_sector(m.event.get(side)) for m in ms if _country(m.event.get(side)) == country]
    sectors = [x for x in sectors if x is not None]
    if not sectors:
        return None
    counts = Counter(sectors)
    top = max(counts.values())
    return sorted(x for x, n in counts.items() if n == top)[0]


def _sector_conflict(a: str | None, b: str | None, country_a: str | None, country_b: str | None) -> bool:
    """Different kinds of actor on one side: civilians are never an armed actor, police are
    not rebels, a state is not a militant group; but a state stands for its own organs and
    for a group of its own (compared by country)."""
    if a is None or b is None or a == b:
        return False
    if "CVL" in (a, b):
        return True
    if _category(a) == _category(b):
        return False
    return not ("" in (a, b) and country_a is not None and country_a == country_b)


def _most_common(values: Iterable) -> object:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    top = max(counts.values())
    return sorted(v for v, n in counts.items() if n == top)[0]


def _best_date(ms: list[Mention]) -> tuple[str | None, str | None]:
    dated = [m for m in ms if m.date]
    if not dated:
        return None, None
    top = max(_PRECISION_RANK[m.precision] for m in dated)
    best = _most_common(m.date for m in dated if _PRECISION_RANK[m.precision] == top)
    return best, next(m.precision for m in dated if m.date == best)


def _buckets(p: Profile) -> list[str]:
    """Month buckets a profile may link into (day precision reaches the neighbouring days)."""
    if p.date is None:
        return ["none"]
    if p.precision == "day":
        d = _parse(p.date)
        if d is None:
            return [p.date[:7]]
        return sorted({(d + timedelta(days=k)).isoformat()[:7] for k in (-1, 0, 1)})
    if p.precision == "week":  # the months of its days and of the day on each side
        d = _parse(p.date)
        return sorted({(d + timedelta(days=k)).isoformat()[:7] for k in range(-1, 8)}) if d else ["year:" + p.date[:4]]
    if p.precision == "month":
        return [p.date[:7]]
    return ["year:" + p.date[:4]]


def _month_keys_of_year(year: str) -> list[str]:
    return [f"{year}-{m:02d}" for m in range(1, 13)]


class Linker:
    """Incremental linking of event mentions into canonical events."""

    def __init__(self, *, day_window: int = 1, undated_window: int = 3):
        self.day_window = day_window
        self.undated_window = undated_window
        self.clusters: dict[str, Cluster] = {}
        self.index: dict[tuple, set[str]] = {}
        self.skipped = 0
        self.mentions = 0
        self.comparisons = 0
        self.duplicates: dict[str, str] = {}  # documents left out as near-duplicates -> their original
        # Persisted linking (persist.py): `source.load(keys)` returns the stored clusters filed
        # under blocking keys not loaded yet, {id: [Mention]}; `dirty` and `dropped` are what
        # must be written back.
        self.source = None
        self._loaded_keys: set[tuple] = set()
        self.dirty: set[str] = set()
        self.dropped: set[str] = set()

    # the blocking keys a cluster is filed under (also stored with it: persist.py)
    def keys(self, c: Cluster) -> set[tuple]:
        p = c.profile
        keys: set[tuple] = set()
        actors = {m.actor_country for m in c.mentions}
        recipients = {m.recipient_country for m in c.mentions}
        buckets = set()
        for m in c.mentions:
            if m.date:
                buckets.update(_buckets(m.profile))
        if p.date:
            buckets.update(_buckets(p))
        for a in actors | {p.actor, WILD}:
            for r in recipients | {p.recipient, WILD}:
                for b in buckets:
                    keys.add((p.type, a, r, b))
                    if b.startswith("year:"):
                        for month in _month_keys_of_year(b[5:]):
                            keys.add((p.type, a, r, "in-year:" + month))
        for doc in p.docs:
            keys.add((p.type, "doc", doc))
        for m in c.mentions:
            if m.published and m.actor_country and m.recipient_country:
                keys.add((p.type, m.actor_country, m.recipient_country, "pub:" + m.published[:10]))
        return keys

    def candidates(self, p: Profile) -> set[str]:
        keys = self._candidate_keys(p)
        if self.source is not None:
            self._load([k for k in keys if k not in self._loaded_keys])
        found: set[str] = set()
        for key in keys:
            found |= self.index.get(key, set())
        return found

    def prefetch(self, profiles: Iterable[Profile]) -> None:
        """Load the stored clusters the profiles may link to in one query (persisted linking)."""
        if self.source is not None:
            keys = {k for p in profiles for k in self._candidate_keys(p)}
            self._load(sorted((k for k in keys if k not in self._loaded_keys), key=repr))

    def _load(self, keys: list[tuple]) -> None:
        if not keys:
            return
        self._loaded_keys.update(keys)
        for cid, mentions in self.source.load(keys, exclude=set(self.clusters) | self.dropped).items():
            self.adopt(cid, mentions)

    def adopt(self, cid: str, mentions: list[Mention]) -> Cluster:
        """Take in a stored cluster as it is (not marked dirty)."""
        c = Cluster(cid, list(mentions))
        c.refresh()
        self.clusters[cid] = c
        self._file(c)
        return c

    def _candidate_keys(self, p: Profile) -> list[tuple]:
        found: list[tuple] = []
        actors = [p.actor, None, WILD] if p.actor else [WILD]
        recipients = [p.recipient, None, WILD] if p.recipient else [WILD]
        if p.date:
            buckets = _buckets(p)
            if p.precision in ("day", "week", "month"):
                extra = ["year:" + p.date[:4]]
            else:
                extra = ["in-year:" + m for m in _month_keys_of_year(p.date[:4])]
            for a in actors:
                for r in recipients:
                    for b in buckets + extra:
                        found.append((p.type, a, r, b))
        for doc in p.docs:
            found.append((p.type, "doc", doc))
        if p.date is None and p.actor and p.recipient and p.published[0]:
            start, end = p.published
            for k in range(-self.undated_window, (end - start).days + self.undated_window + 1):
                day = (start + timedelta(days=k)).isoformat()
                found.append((p.type, p.actor, p.recipient, "pub:" + day))
        if p.date is not None and p.actor and p.recipient and p.published[0]:
            # undated clusters with the same sides published nearby
            start, end = p.published
            for k in range(-self.undated_window, (end - start).days + self.undated_window + 1):
                day = (start + timedelta(days=k)).isoformat()
                found.append((p.type, p.actor, p.recipient, "pub:" + day))
        return found

    def _file(self, c: Cluster, old_keys: set[tuple] | None = None) -> None:
        for key in old_keys or ():
            self.index.get(key, set()).discard(c.id)
        for key in self.keys(c):
            self.index.setdefault(key, set()).add(c.id)

    def _best(self, p: Profile, exclude: str | None = None) -> Cluster | None:
        best, best_score = None, 0
        for cid in sorted(self.candidates(p)):
            if cid == exclude or cid not in self.clusters:
                continue
            self.comparisons += 1
            score = compatible(p, self.clusters[cid].profile, day_window=self.day_window, undated_window=self.undated_window)
            if score > best_score or (score == best_score and score and len(self.clusters[cid].mentions) > len(best.mentions)):
                best, best_score = self.clusters[cid], score
        return best

    def add(self, record: DocumentRecord | dict) -> set[str]:
        """Link one document's event mentions; returns the ids of the clusters it touched."""
        ms = mentions_of(record)
        linkable = [m for m in ms if m.event.get("status", "occurred") in LINKED_STATUSES]
        self.skipped += len(ms) - len(linkable)
        return self.add_mentions(linkable)

    def add_mentions(self, linkable: list[Mention]) -> set[str]:
        """Link mentions (of one document, or left over from a removed one)."""
        touched: set[str] = set()
        self.mentions += len(linkable)
        # Informative mentions first: dated, precise, with both sides known.
        linkable.sort(key=lambda m: (-_PRECISION_RANK[m.precision], -(bool(m.actor_country) + bool(m.recipient_country))))
        for m in linkable:
            p = m.profile
            target = self._best(p)
            if target is None:
                target = Cluster(_cluster_id(m), [m])
                target.refresh()
                self.clusters[target.id] = target
                self.dropped.discard(target.id)
                self._file(target)
            else:
                old = self.keys(target)
                target.mentions.append(m)
                target.refresh()
                self._file(target, old)
            touched.add(target.id)
        self._merge_touched(touched)
        touched = {cid for cid in touched if cid in self.clusters}
        self.dirty |= touched
        return touched

    def remove(self, cid: str) -> list[Mention]:
        """Take a cluster out (to relink its mentions); returns its mentions."""
        c = self.clusters.pop(cid)
        for key in self.keys(c):
            self.index.get(key, set()).discard(cid)
        self.dirty.discard(cid)
        self.dropped.add(cid)
        return c.mentions

    def _merge_touched(self, touched: set[str]) -> None:
        queue = sorted(touched)
        while queue:
            cid = queue.pop()
            c = self.clusters.get(cid)
            if c is None:
                continue
            other = self._best(c.profile, exclude=cid)
            if other is None:
                continue
            # keep the older cluster (its id was seen first)
            keep, drop = (other, c) if _first(other) <= _first(c) else (c, other)
            old = self.keys(keep)
            for key in self.keys(drop):
                self.index.get(key, set()).discard(drop.id)
            keep.mentions.extend(drop.mentions)
            keep.refresh()
            self._file(keep, old)
            del self.clusters[drop.id]
            self.dirty.discard(drop.id)
            self.dropped.add(drop.id)
            touched.add(keep.id)
            queue.append(keep.id)

    def canonical_events(self) -> list["CanonicalEvent"]:
        events = [CanonicalEvent.of(c) for c in self.clusters.values()]
        return sorted(events, key=lambda e: (e.data.get("date") or e.first_reported or "", e.id))

    def stats(self) -> dict:
        return {"mentions": self.mentions, "skipped": self.skipped, "canonical_events": len(self.clusters),
                "merged": sum(len(c.mentions) > 1 for c in self.clusters.values()),
                "cross_document": sum(len(c.profile.docs) > 1 for c in self.clusters.values()),
                "comparisons": self.comparisons, "duplicate_documents": len(self.duplicates)}


def _combined_confidence(ms: list[Mention]) -> float | None:
    """How sure we are of a canonical event: independent reports each could be the one that is
    right, so the chances that all are wrong multiply (the best mention of each document
    counts once). Each document's figure is calibrated; their combination assumes reports
    err independently, which copied text makes optimistic."""
    best: dict[str, float] = {}
    for m in ms:
        value = m.event.get("confidence")
        if isinstance(value, (int, float)):
            best[m.doc_id] = max(best.get(m.doc_id, 0.0), float(value))
    if not best:
        return None
    wrong = 1.0
    for value in best.values():
        wrong *= 1.0 - value
    return round(1.0 - wrong, 3)


def _first(c: Cluster) -> tuple:
    return min((m.published or "9999", m.doc_id, m.event_id) for m in c.mentions)


def _cluster_id(m: Mention) -> str:
    return "ce-" + hashlib.sha1(f"{m.doc_id}\x00{m.event_id}".encode()).hexdigest()[:12]


# -- canonical events -------------------------------------------------------------------


@dataclass
class CanonicalEvent:
    id: str
    data: dict  # the event fields (record format) with the consolidated values
    mentions: list[dict]
    sources: list[str]
    first_reported: str | None
    disagreements: dict  # field -> the conflicting accounts (figures by claimant, dates, denials)
    claims: list[dict] = field(default_factory=list)  # every claim of every mention, with its document

    @classmethod
    def of(cls, c: Cluster) -> "CanonicalEvent":
        ms = sorted(c.mentions, key=lambda m: (m.published or "9999", m.doc_id, m.event_id))
        p = c.profile
        # The representative: the mention that best agrees with the consolidated profile.
        def fit(m: Mention) -> tuple:
            return (m.actor_country == p.actor and m.actor_country is not None,
                    m.recipient_country == p.recipient and m.recipient_country is not None,
                    m.date == p.date and m.date is not None, _place_rank(m.event.get("location")),
                    -ms.index(m))
        rep = max(ms, key=fit)
        data = {k: v for k, v in rep.event.items()}
        data["id"] = c.id
        data["date"], data["date_precision"] = p.date, p.precision
        if data["date"] != rep.event.get("date"):
            data["date_text"] = next((m.event.get("date_text") for m in ms if m.date == p.date), None)
        for side, country in (("actor", p.actor), ("recipient", p.recipient)):
            candidates = [m.event.get(side) for m in ms if m.event.get(side) and _country(m.event.get(side)) == country]
            if candidates and (data.get(side) is None or _country(data.get(side)) != country):
                data[side] = candidates[0]
            if candidates:
                # the most specific code seen for that country (e.g. IRNMIL over IRN)
                codes = Counter(s.get("code") for s in candidates if s.get("code"))
                if codes:
                    data[side] = dict(data[side])
                    data[side]["code"] = max(codes, key=lambda code: (codes[code], len(code)))
        located = max(ms, key=lambda m: (_place_rank(m.event.get("location")), -ms.index(m)))
        data["location"] = located.event.get("location")
        data["status"] = "occurred" if any(m.event.get("status") == "occurred" for m in ms) else "claimed"
        data["confidence"] = _combined_confidence(ms)
        disagreements: dict = {}
        figures = []
        for m in ms:
            values = [cl for cl in m.claims if cl.get("kind") == "fatalities" and isinstance(cl.get("value"), (int, float))]
            if values:
                for cl in values:
                    figures.append({"value": cl["value"], "claimant": (cl.get("claimant") or {}).get("name"),
                                    "doc_id": m.doc_id, "source": m.source, "event_id": m.event_id})
            elif m.event.get("fatalities") is not None:
                figures.append({"value": m.event["fatalities"], "claimant": None, "doc_id": m.doc_id,
                                "source": m.source, "event_id": m.event_id})
        if figures:
            counts = Counter(f["value"] for f in figures)
            top = max(counts.values())
            data["fatalities"] = max(v for v, n in counts.items() if n == top)
            data["fatalities_low"] = min(counts)
            data["fatalities_high"] = max(counts)
            if len(counts) > 1:
                disagreements["fatalities"] = figures
        claims = [{**cl, "doc_id": m.doc_id, "source": m.source, "published": m.published}
                  for m in ms for cl in m.claims]
        for kind in sorted({cl.get("kind") for cl in claims} - {"fatalities", "denial", None}):
            values = {cl["value"] for cl in claims if cl.get("kind") == kind and isinstance(cl.get("value"), (int, float))}
            if len(values) > 1:
                disagreements[kind] = [cl for cl in claims if cl.get("kind") == kind]
        denials = [cl for cl in claims if cl.get("kind") == "denial"]
        if denials:
            disagreements["denied"] = denials
        dates = {(m.date, m.precision) for m in ms if m.precision == "day"}
        if len({d for d, _ in dates}) > 1:
            disagreements["date"] = sorted({m.date for m in ms if m.precision == "day"})
        pubs = [m.published for m in ms if m.published]
        sources = list(dict.fromkeys(m.source or m.doc_id for m in ms))
        return cls(
            id=c.id, data=data,
            mentions=[{"doc_id": m.doc_id, "event_id": m.event_id, "source": m.source, "published": m.published}
                      for m in ms],
            sources=sources, first_reported=min(pubs) if pubs else None, disagreements=disagreements, claims=claims,
        )

    @property
    def documents(self) -> list[str]:
        return list(dict.fromkeys(m["doc_id"] for m in self.mentions))

    def to_dict(self) -> dict:
        return {**self.data, "mentions": self.mentions, "sources": self.sources,
                "first_reported": self.first_reported, "disagreements": self.disagreements, "claims": self.claims}


def build_linker(store, *, day_window: int = 1, undated_window: int = 3, doc_ids: Iterable[str] | None = None,
                 skip_duplicates: bool = True, duplicate_threshold: float = 0.8) -> Linker:
    """A Linker holding every stored document's mentions, linked in publication order.

    With `skip_duplicates` (the default), a document flagged as a near-duplicate of an
    earlier one (the same story under two ids: whole-document MinHash similarity of at
    least `duplicate_threshold`, see reuse.py) contributes no mentions, so one story is
    not counted twice; `linker.duplicates` maps each skipped document to its original."""
    linker = Linker(day_window=day_window, undated_window=undated_window)
    wanted = None if doc_ids is None else set(doc_ids)
    if skip_duplicates:
        from .reuse import duplicate_of

        linker.duplicates = duplicate_of(store, threshold=duplicate_threshold, doc_ids=wanted)
    for record in store.records(wanted):
        if record.doc_id in linker.duplicates:
            continue
        linker.add(record)
    return linker


def link_events(store, *, day_window: int = 1, undated_window: int = 3, skip_duplicates: bool = True) -> list[CanonicalEvent]:
    """Canonical events over the whole store (computed on demand, in publication order),
    near-duplicate documents left out (see `build_linker`)."""
    return build_linker(store, day_window=day_window, undated_window=undated_window,
                        skip_duplicates=skip_duplicates).canonical_events()
