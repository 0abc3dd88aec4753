"""`flashpoint evaluate geo`: toponym recognition and resolution on TR-News and LGL.

Both files (`geo/TR-News.xml`, `geo/lgl.xml` in the eval folder) hold news articles with
their gold toponyms: character offsets, and the GeoNames entry each refers to (geonameid,
coordinates). Gold toponyms without a GeoNames entry (streets, buildings) are left out.
Demonyms are gold toponyms in both sets ("Turkish" → Turkey), so the stage's demonym
mentions count here, as do place names inside organisations' names.

Per dataset (prefix `trnews_` or `lgl_`):
- `recall`: share of gold toponyms that a mention of the places stage overlaps;
- `acc161`: of those, the share resolved within 161 km (100 miles) of the gold coordinates,
  or to the gold GeoNames entry itself (gazetteers differ on where a country's or a
  province's point is: the United States is at 39.8 N 98.5 W in GeoNames, 38 N 97 W in
  ISO-derived tables); a mention left unresolved is a miss;
- `exact`: of those, the share resolved to the gold GeoNames entry itself;
- `precision`: share of the stage's resolved mentions that overlap a gold toponym (any, with or
  without a GeoNames entry; the gold sets do not mark every place, so this is a lower bound);
- `acc161_all`: the share of all gold toponyms found and resolved within 161 km.
The counts give the number of gold toponyms and articles, the mean error in km of the
resolved matches, and the speed of the places stage alone in toponyms per second.
"""

from __future__ import annotations

import math
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from . import EvalResult, evaluation

DATASETS = (("trnews", "TR-News.xml"), ("lgl", "lgl.xml"))
KM = 161.0  # 100 miles, the usual threshold


@dataclass
class Gold:
    start: int
    end: int
    phrase: str
    geonameid: int | None
    lat: float | None
    lon: float | None


def read_dataset(path: Path, sample: int | None = None) -> list[tuple[str, str, list[Gold]]]:
    """(article id, text, gold toponyms) of a TR-News/LGL-format XML file, in file order."""
    articles = []
    root = ET.parse(path).getroot()
    for article in root.iter("article"):
        if sample is not None and len(articles) >= sample:
            break
        text = article.findtext("text") or ""
        golds = []
        for top in article.iter("toponym"):
            phrase = (top.findtext("phrase") or "").strip()
            start, end = int(top.findtext("start")), int(top.findtext("end"))
            start, end = _realign(text, phrase, start, end)
            tag = top.find("gaztag")
            gid = lat = lon = None
            if tag is not None:
                gid = int(tag.get("geonameid")) if tag.get("geonameid") else None
                lat = float(tag.findtext("lat")) if tag.findtext("lat") else None
                lon = float(tag.findtext("lon")) if tag.findtext("lon") else None
            golds.append(Gold(start, end, phrase, gid, lat, lon))
        articles.append((article.get("docid") or str(len(articles)), text, golds))
    return articles


def _realign(text: str, phrase: str, start: int, end: int) -> tuple[int, int]:
    """Some gold offsets are a character or two off: the phrase's nearest occurrence instead."""
    if not phrase or text[start:end] == phrase:
        return start, end
    for delta in sorted(range(-12, 13), key=abs):
        s = start + delta
        if s >= 0 and text[s:s + len(phrase)] == phrase:
            return s, s + len(phrase)
    return start, end


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def score(articles, mentions_by_doc: dict[str, list]) -> dict:
    """Recall, accuracy within 161 km, exact matches, precision and errors of predicted mentions."""
    gold_n = matched = within = exact = resolved = 0
    errors: list[float] = []
    predicted = predicted_hit = 0
    misses: list[dict] = []
    extra: list[dict] = []
    for doc_id, text, golds in articles:
        mentions = mentions_by_doc.get(doc_id, [])
        for m in mentions:
            if m.entry is None:
                continue  # unresolved mentions are not in the record's places
            predicted += 1
            if any(g.start < m.end_char and m.start_char < g.end for g in golds):
                predicted_hit += 1
            else:
                extra.append({"doc": doc_id, "text": m.text, "role": m.role, "got": f"{m.entry.name} ({m.entry.kind}, {m.entry.country_code})"})
        for g in golds:
            if g.lat is None or g.lon is None:
                continue
            gold_n += 1
            overlapping = [m for m in mentions if g.start < m.end_char and m.start_char < g.end]
            if not overlapping:
                misses.append({"doc": doc_id, "phrase": g.phrase, "why": "not found"})
                continue
            matched += 1
            # The mention that covers the gold span best.
            m = max(overlapping, key=lambda m: (min(m.end_char, g.end) - max(m.start_char, g.start), -abs(m.start_char - g.start)))
            e = m.entry
            if e is None or e.lat is None:
                misses.append({"doc": doc_id, "phrase": g.phrase, "why": "unresolved"})
                continue
            resolved += 1
            km = haversine_km(e.lat, e.lon, g.lat, g.lon)
            errors.append(km)
            same = e.geonameid is not None and e.geonameid == g.geonameid
            if km <= KM or same:  # the right entry, whatever coordinates each gazetteer gives it
                within += 1
            else:
                misses.append({"doc": doc_id, "phrase": g.phrase, "why": f"{km:.0f} km", "got": f"{e.name} ({e.kind}, {e.country_code}, {e.admin1})"})
            if e.geonameid is not None and e.geonameid == g.geonameid:
                exact += 1
    return {
        "gold": gold_n, "matched": matched, "within": within, "exact": exact, "resolved": resolved, "errors": errors,
        "predicted": predicted, "predicted_hit": predicted_hit, "misses": misses, "extra": extra,
    }


@evaluation("geo", "toponym recognition and resolution on TR-News and LGL (recall, accuracy within 161 km)")
def run(eval_dir: Path, *, sample: int | None = None, pipeline=None) -> EvalResult:
    from ..ingest import Document
    from ..pipeline import Pipeline
    from ..stages.places import Places

    captured: dict[str, list] = {}
    timing = {"seconds": 0.0}

    class _Capturing(Places):
        def __call__(self, state) -> None:
            started = time.perf_counter()
            super().__call__(state)
            timing["seconds"] += time.perf_counter() - started
            captured[state.document.id] = state.place_mentions

    from ..knowledge.gazetteer import get_gazetteer

    get_gazetteer()  # loaded before the clock starts: it is loaded once per process
    nlp = pipeline.nlp if pipeline is not None else None
    runner = Pipeline(["sentences", "entities", _Capturing()], nlp=nlp)
    metrics: dict[str, float] = {}
    counts: dict[str, int] = {}
    details: dict = {}
    total_mentions = 0
    for prefix, filename in DATASETS:
        articles = read_dataset(eval_dir / "geo" / filename, sample)
        docs = [Document(id=f"{prefix}-{doc_id}", text=text) for doc_id, text, _ in articles]
        failures = 0
        for item in runner.process(docs):
            if not hasattr(item, "record"):
                failures += 1
        by_doc = {doc_id: captured.get(f"{prefix}-{doc_id}", []) for doc_id, _, _ in articles}
        total_mentions += sum(len(v) for v in by_doc.values())
        s = score(articles, by_doc)
        gold = max(s["gold"], 1)
        matched = max(s["matched"], 1)
        metrics[f"{prefix}_recall"] = s["matched"] / gold
        metrics[f"{prefix}_acc161"] = s["within"] / matched
        metrics[f"{prefix}_exact"] = s["exact"] / matched
        metrics[f"{prefix}_precision"] = s["predicted_hit"] / max(s["predicted"], 1)
        metrics[f"{prefix}_acc161_all"] = s["within"] / gold
        counts[f"{prefix}_articles"] = len(articles)
        counts[f"{prefix}_toponyms"] = s["gold"]
        counts[f"{prefix}_mean_error_km"] = round(sum(s["errors"]) / len(s["errors"])) if s["errors"] else 0
        if failures:
            counts[f"{prefix}_failures"] = failures
        details[prefix] = {"misses": s["misses"][:400], "unmatched_predictions": s["extra"][:400], "predicted": s["predicted"], "matched": s["matched"],
                           "median_error_km": _median(s["errors"])}
    counts["toponyms_per_second"] = round(total_mentions / timing["seconds"]) if timing["seconds"] else 0
    return EvalResult("geo", metrics, counts, details)


def _median(values: list[float]) -> float | None:
    if not values:
        return None
    v = sorted(values)
    return round(v[len(v) // 2], 1)
