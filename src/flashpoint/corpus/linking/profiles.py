"""A profile: what a mention, or a cluster of mentions, says about its event, in the form the
rules (rules.py) compare: the type, each side's country and kind, the date, the place, the
documents and sentences it comes from, its wording and what its sentences are about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...lexicon import table, words
from .fields import is_state, parse_date, place_rank, side_sector, stated_location

if TYPE_CHECKING:
    from .mentions import Mention


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
        loc = stated_location(e) or {}
        pub = parse_date(mention.published)
        return cls(
            type=mention.type, actor=mention.actor_country, recipient=mention.recipient_country,
            recipient_state=is_state(e.get("recipient")), actor_sector=side_sector(e.get("actor")),
            recipient_sector=side_sector(e.get("recipient")), date=mention.date, precision=mention.precision,
            place_country=loc.get("country_code"), place_name=loc.get("name") if place_rank(loc) >= 2 else None,
            place_rank=place_rank(loc), docs=frozenset([mention.doc_id]), published=(pub, pub),
            sentences=frozenset([(mention.doc_id, mention.sentence, tuple((e.get("trigger") or {}).get("span") or ()))]),
            wording=_wording(e), topic=_topic(e),
        )


_STEM_SUFFIXES = table("linking", "stem_suffixes")  # in order: the first that fits is stripped
_FUNCTION_WORDS = words("linking", "function_words")
_WORD = re.compile(r"[^\W\d_]{4,}")


def _stem(word: str) -> str:
    """A crude stem, enough to tell "strikes"/"strike" and "withdrawal"/"withdrawing" apart from other words."""
    word = word.lower()
    for suffix in _STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)]
    return word


def _wording(event: dict) -> frozenset:
    trigger = ((event.get("trigger") or {}).get("text") or "").split()
    out = {_stem(trigger[-1])} if trigger else set()
    if event.get("cameo"):
        out.add("cameo:" + str(event["cameo"]))
    return frozenset(out)


def _topic(event: dict) -> frozenset:
    """What the event's sentence is about besides its trigger and its sides: the stems of
    its content words ("investigation", "chemical", "douma")."""
    text = event.get("text") or ""
    taken = " ".join(((event.get(k) or {}).get("text") or "") for k in ("actor", "recipient", "trigger")).lower()
    skip = {_stem(w) for w in _WORD.findall(taken)}
    return frozenset(_stem(w) for w in _WORD.findall(text.lower()) if w not in _FUNCTION_WORDS) - skip
