"""The linking rules: whether two profiles can be one event and how well they match
(`compatible`). The package's docstring states the rules in prose.
"""

from __future__ import annotations

from datetime import date, timedelta

from ...lexicon import words
from .fields import STATE_ORGANS, parse_date, sector_category
from .profiles import Profile

# Only the place of an act done to its target where the target is (an attack, an arrest) says
# where the target was; a statement's or a request's place is where its doer spoke.
_DONE_WHERE_THE_TARGET_IS = words("places", "acts_done_where_the_target_is")


def _side(a: str | None, b: str | None) -> str:
    if a is None or b is None:
        return "unknown"
    return "match" if a == b else "conflict"


def _recipient(p: Profile, q: Profile) -> str:
    result = _side(p.recipient, q.recipient)
    if result == "conflict" and p.type in _DONE_WHERE_THE_TARGET_IS:
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
    return bool(p.type in _DONE_WHERE_THE_TARGET_IS and p.recipient and p.recipient_sector == ""
                and q.place_country == p.recipient and q.recipient_sector)


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
        da, db = parse_date(p.date), parse_date(q.date)
        return da is not None and db is not None and abs((da - db).days) <= day_window
    if "week" in (a, b) and not {"year", "decade"} & {a, b}:
        # a week and a day (within `day_window` of it), a week (the same) or a month (overlapping)
        da, db = days_of(p), days_of(q)
        slack = timedelta(days=day_window if "day" in (a, b) else 0)
        return da is not None and db is not None and da[0] <= db[1] + slack and db[0] <= da[1] + slack
    if "year" in (a, b) or "decade" in (a, b):
        return p.date[:4] == q.date[:4] and a != "decade" and b != "decade"
    return p.date[:7] == q.date[:7]


def days_of(p: Profile) -> tuple[date, date] | None:
    """The first and last day of a day, week or month date."""
    first = parse_date(p.date + "-01" if p.precision == "month" else p.date)
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


def _recent_to_report(undated: Profile, dated: Profile, days: int) -> bool:
    """Whether a dated event fell in the `days` days up to the publication of a report that
    tells of it with no date: news that gives no date tells of something recent ("Pakistan
    recalled its ambassador", in a report of Friday, of the recall on Wednesday)."""
    if undated.date is not None or dated.date is None or None in undated.published:
        return False
    span = days_of(dated)
    if span is None:
        return False
    first, last = span
    return first <= undated.published[1] and last >= undated.published[0] - timedelta(days=days)


def _sector_conflict(a: str | None, b: str | None, country_a: str | None, country_b: str | None) -> bool:
    """Different kinds of actor on one side: civilians are never an armed actor, police are
    not rebels, a state is not a militant group; but a state stands for its own organs and
    for a group of its own (compared by country)."""
    if a is None or b is None or a == b:
        return False
    if "CVL" in (a, b):
        return True
    if sector_category(a) == sector_category(b):
        return False
    return not ("" in (a, b) and country_a is not None and country_a == country_b)


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
    if dates and not same_doc and {"year", "decade"} & {p.precision, q.precision}:
        # A year tells two reports' events apart no better than no date ("called on Russia to
        # help" in January and "asked Russia whether" in September, both "2018"): across
        # documents such a mention links as an undated one does.
        dates = None
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
        if actor == "match" and sector_category(p.actor_sector) != sector_category(q.actor_sector):
            return 0
        if (recipient == "match" and sector_category(p.recipient_sector) != sector_category(q.recipient_sector)
                and not (_territory(p, q) or _territory(q, p))):
            group = q if p.recipient_sector == "" else p
            if group.place_country is not None:
                return 0
    if dates is None:  # at least one undated
        if same_doc:
            if matches == 0 and not strong_place:
                return 0
        elif not (matches == 2 and ((p.place_country and p.place_country == q.place_country and _published_within(p, q, undated_window))
                                    or _recent_to_report(p, q, undated_window) or _recent_to_report(q, p, undated_window))):
            return 0
    elif matches == 0:
        if not (strong_date and strong_place):
            return 0
    elif matches == 1 and not same_doc and not (strong_date or strong_place):
        return 0
    return 1 + 4 * matches + 2 * strong_date + 2 * strong_place + same_doc + (dates is True)
