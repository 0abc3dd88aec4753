"""Blocking: the keys a cluster is filed under and the keys a profile looks up, so that linking
a mention compares it only with the clusters it could join, never the whole corpus.

A key is (type, actor country, recipient country, bucket): the bucket is a month ("2024-01"),
a year ("year:2024"), a month of a year-dated cluster ("in-year:2024-01") or a published day
("pub:2024-01-16"); `WILD` stands for any side, None for an unknown one. (type, "doc", doc id)
files a cluster under each of its documents. The keys are stored with each cluster (persist.py).
"""

from __future__ import annotations

from datetime import timedelta

from .clusters import Cluster
from .fields import parse_date
from .profiles import Profile
from .rules import days_of

WILD = "*"


def cluster_keys(c: Cluster) -> set[tuple]:
    """The blocking keys a cluster is filed under."""
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


def candidate_keys(p: Profile, undated_window: int) -> list[tuple]:
    """The blocking keys to look up for the clusters a profile could join."""
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
    if p.actor and p.recipient and p.published[0]:
        # clusters with the same sides published nearby: an undated mention links across
        # documents only so, and a dated one may join such an undated cluster
        start, end = p.published
        for k in range(-undated_window, (end - start).days + undated_window + 1):
            day = (start + timedelta(days=k)).isoformat()
            found.append((p.type, p.actor, p.recipient, "pub:" + day))
        if p.date is None:
            # an undated report may tell of a dated event of the days before it (rules._recent_to_report)
            months = {(start + timedelta(days=k)).isoformat()[:7] for k in range(-undated_window, (end - start).days + 1)}
            found += [(p.type, p.actor, p.recipient, month) for month in sorted(months)]
    if p.date and p.actor and p.recipient:
        # and a dated event may join the undated reports published in the days after it
        span = days_of(p)
        if span is not None:
            found += [(p.type, p.actor, p.recipient, "pub:" + (span[0] + timedelta(days=k)).isoformat())
                      for k in range((span[1] - span[0]).days + undated_window + 1)]
    return found


def _buckets(p: Profile) -> list[str]:
    """Month buckets a profile may link into (day precision reaches the neighbouring days)."""
    if p.date is None:
        return ["none"]
    if p.precision == "day":
        d = parse_date(p.date)
        if d is None:
            return [p.date[:7]]
        return sorted({(d + timedelta(days=k)).isoformat()[:7] for k in (-1, 0, 1)})
    if p.precision == "week":  # the months of its days and of the day on each side
        d = parse_date(p.date)
        return sorted({(d + timedelta(days=k)).isoformat()[:7] for k in range(-1, 8)}) if d else ["year:" + p.date[:4]]
    if p.precision == "month":
        return [p.date[:7]]
    return ["year:" + p.date[:4]]


def _month_keys_of_year(year: str) -> list[str]:
    return [f"{year}-{m:02d}" for m in range(1, 13)]
