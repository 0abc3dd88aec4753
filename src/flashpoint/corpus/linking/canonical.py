"""A canonical event: a cluster written out as one event, with the consolidated values, every
mention and claim, and the accounts that disagree (fatality figures, dates, denials).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ...language.periods import day_value, value_range
from .clusters import Cluster
from .fields import place_rank, side_country
from .mentions import Mention


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
        data = _consolidated(c, ms)
        disagreements: dict = {}
        figures = _fatality_figures(ms)
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
        disagreements.update(_other_disagreements(ms, claims))
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


def _consolidated(c: Cluster, ms: list[Mention]) -> dict:
    """The event fields of a cluster: those of its representative mention (the one that best
    agrees with the consolidated profile), with the profile's date, each side's most specific
    code, the most precise place, the strongest status and the combined confidence."""
    p = c.profile

    def fit(m: Mention) -> tuple:
        return (m.actor_country == p.actor and m.actor_country is not None,
                m.recipient_country == p.recipient and m.recipient_country is not None,
                m.date == p.date and m.date is not None, place_rank(m.event.get("location")),
                -ms.index(m))
    rep = max(ms, key=fit)
    data = {k: v for k, v in rep.event.items()}
    data["id"] = c.id
    # as a document's event: `date` a day only, the period the profile settled on in `date_range`
    days = value_range(p.date)
    data["date"], data["date_range"], data["date_precision"] = day_value(p.date), list(days) if days else None, p.precision
    if p.date != rep.date:
        data["date_text"] = next((m.event.get("date_text") for m in ms if m.date == p.date), None)
    for side, country in (("actor", p.actor), ("recipient", p.recipient)):
        candidates = [m.event.get(side) for m in ms if m.event.get(side) and side_country(m.event.get(side)) == country]
        if candidates and (data.get(side) is None or side_country(data.get(side)) != country):
            data[side] = candidates[0]
        if candidates:
            # the most specific code seen for that country (e.g. IRNMIL over IRN)
            codes = Counter(s.get("code") for s in candidates if s.get("code"))
            if codes:
                data[side] = dict(data[side])
                data[side]["code"] = max(codes, key=lambda code: (codes[code], len(code)))
    located = max(ms, key=lambda m: (place_rank(m.event.get("location")), -ms.index(m)))
    data["location"] = located.event.get("location")
    data["status"] = "occurred" if any(m.event.get("status") == "occurred" for m in ms) else "claimed"
    data["confidence"] = _combined_confidence(ms)
    return data


def _fatality_figures(ms: list[Mention]) -> list[dict]:
    """Every death toll reported: each claim of a figure with its claimant, or else the
    mention's own figure."""
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
    return figures


def _other_disagreements(ms: list[Mention], claims: list[dict]) -> dict:
    """The accounts that disagree besides the death toll: claimed figures of other kinds,
    denials and day-precise dates."""
    disagreements: dict = {}
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
    return disagreements
