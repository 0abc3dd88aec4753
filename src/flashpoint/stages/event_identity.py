"""What makes two event mentions of a document the same act: the same participants (by name
and country, or by the person acting), dates and places that agree. Read by the merging of
mentions (mentions.py) and by the doers taken from the context (doers.py)."""

from __future__ import annotations

from ..language.periods import event_range
from ..lexicon import table
from ..records import ActorRef, Event

# The first word of a generic actor's name ("Unidentified gunmen", stages/unidentified.py)
GENERIC_PREFIX = table("doers", "name_prefix")


def identity(ref: ActorRef | None) -> tuple | None:
    """What makes two participants the same actor: its name and country ("Turkish jets" and
    "Turkey" are both Turkey, whatever sector each names), and the person who acted for it
    (two officials' statements are two acts), else the words."""
    if ref is None:
        return None
    if ref.person:
        return (ref.name, ref.country, ref.person)
    if ref.name or ref.country:
        return (ref.name, ref.country)
    return (None, (ref.text or "").lower())


def victims(ref: ActorRef | None) -> bool:
    """People of no stated side: "killed ten people", "three civilians were wounded"."""
    return ref is not None and ref.country is None and ref.code == "CVL"


def specific(ref: ActorRef | None) -> bool:
    """A participant that can anchor two mentions to one event: a state, or a group or person
    of its own, also one the actor dictionary places in no state ("Brett McGurk", named, with
    at most the sector of his title); not a bare sector ("militants", "civilians", named by the
    sector's lower-case label) that many events share, nor the generic actor of a doer the
    text leaves unknown ("Unidentified gunmen")."""
    if ref is None:
        return False
    proper_name = bool(ref.name) and ref.name[:1].isupper() and not ref.name.startswith(GENERIC_PREFIX + " ")
    return ref.country is not None or bool(ref.code and ref.code != ref.sector) or proper_name


def within(day: Event, period: Event) -> bool:
    """Whether the day one event is dated to lies in the period ("2024-W03", "2024-01",
    "2024") of another: in its `date_range`."""
    inner, outer = event_range(day), event_range(period)
    return inner is not None and outer is not None and outer[0] <= inner[0] and inner[1] <= outer[1]


def places_agree(a: Event, b: Event) -> bool:
    """Places agree when one is missing, they are the same place, or one is the country the
    other lies in; two towns are two events."""
    if a.location is None or b.location is None:
        return True
    if a.location.country_code != b.location.country_code:
        return False
    coarse = {a.location.precision, b.location.precision} & {"country", None}
    return bool(coarse) or a.location.name == b.location.name


def agree(a, b) -> bool:
    return a is None or b is None or a == b


def dates_agree(a: Event, b: Event) -> bool:
    """Dates agree when one is missing, both are the same, or a day lies in the other's period."""
    if a.date_range is None or b.date_range is None or (a.date_range, a.date_precision) == (b.date_range, b.date_precision):
        return True
    if a.date_precision == "day" and b.date_precision == "day":
        return False
    if a.date_precision == "day":
        return within(a, b)
    if b.date_precision == "day":
        return within(b, a)
    return False


def nearest_told_before(event: Event, candidates, sentence_of, window: int, *, same_sentence: bool = False) -> list[tuple[int, Event]]:
    """Of `candidates`, those last told nearest before `event` (by the sentence of their latest
    mention before its trigger; with `same_sentence`, a mention in its own sentence counts too),
    within `window` sentences: every one tied at that sentence, as (sentence, event). Shared by
    the doer and the target an act takes from the acts told before it (doers.py, targets.py)."""
    at = event.trigger.span[0]
    here = sentence_of(at)
    best: list[tuple[int, Event]] = []
    for other in candidates:
        told = [m.trigger.span[0] for m in other.mentions] or [other.trigger.span[0]]
        before = [sentence_of(p) for p in told if p < at or (same_sentence and sentence_of(p) == here)]
        if not before:
            continue
        where = max(before)
        if here - where > window:
            continue
        if not best or where > best[0][0]:
            best = [(where, other)]
        elif where == best[0][0]:
            best.append((where, other))
    return best
