"""Canonical events: event mentions from many reports merged into the real events they describe.

Rules (each mention is one stored event with its document's id, source and published date):

- Only mentions whose status is `occurred` or `claimed` are linked; every other status
  (denied, threatened, planned, hypothetical, historical) is skipped: such a
  mention does not report that the event happened, so it does not become a canonical event.
- Type: the same PLOVER type (ASSAULT with ASSAULT, ...).
- Sides: actor and recipient are compared by country (a group for its state, a state for
  its forces). A side without a country is unknown. For an act done to its target where the
  target is (an attack, an arrest), a state named as recipient also matches a recipient of
  another country when the other mention's place is in that state ("a strike on Pakistan" =
  "a strike on Jaish al-Adl in Pakistan"); any other act's place is where its doer acted.
  Known sides that differ never link.
- Strength: both sides matching links when dates and places are compatible; one side
  matching and one unknown needs a strong date (both day-precise, same day) or a strong place
  (the same sub-national place), and without a strong place the same wording (CAMEO code or
  trigger word); no side matching needs both. Inside one document the bar is
  lower (one side matching in country and in kind, state organ or group, told with the same
  CAMEO code or trigger word, and no conflict):
  repeated mentions of an event in one article ("Tuesday's strike" after "the Tuesday
  strike") are one event.
- Dates: day vs day within `day_window` days; a week (ISO "2024-W03") and a day within
  `day_window` days of it, the same week, or a month it overlaps; month precision: the same
  month; year: the same year inside one document, while across documents a year-dated
  mention links as an undated one does (a year tells two reports' events apart no better
  than no date). An undated mention links only inside its document, or across documents when
  type, both sides and the place agree and the documents were published within
  `undated_window` days, or when type and both sides agree and the other mention's date falls
  in the `undated_window` days up to the undated report's publication (news that gives no
  date tells of something recent).
- Places: the same country, or one unknown.
- Two mentions coded from the same sentence with different triggers are distinct events.

Blocking: clusters are indexed by (type, actor country, recipient country, month bucket)
with wildcards for unknown sides, by (type, document) and by (type, actor, recipient,
published day), so linking a new document costs time bounded by its candidate clusters.
The `Linker` is incremental: `add(record)` links a new document into the existing events;
clusters touched by a document are then re-checked against their candidates and merged
when their consolidated profiles have become compatible.

The package, in the order a mention goes through it: fields.py reads a stored event's sides,
date and place; mentions.py makes it a `Mention`; profiles.py sums up what a mention or a
cluster says (`Profile`); rules.py decides whether two profiles can be one event
(`compatible`); clusters.py holds the linked mentions (`Cluster`); blocking.py files clusters
under keys so that only candidates are compared; linker.py links (`Linker`, `build_linker`,
`link_events`); canonical.py writes a cluster out (`CanonicalEvent`).
"""

from __future__ import annotations

from .blocking import WILD
from .canonical import CanonicalEvent
from .clusters import Cluster
from .fields import LINKED_STATUSES
from .linker import Linker, build_linker, link_events
from .mentions import Mention, mentions_of
from .profiles import Profile
from .rules import compatible

__all__ = ["LINKED_STATUSES", "WILD", "Mention", "mentions_of", "Profile", "compatible", "Cluster", "Linker",
           "CanonicalEvent", "build_linker", "link_events"]
