"""`flashpoint evaluate articles`: whole articles coded by hand, event by event.

Data: ``articles/gold/<doc_id>.json`` (see ``articles/CODEBOOK.md``), each naming its
``split`` (``dev`` to measure on, ``train`` to learn and calibrate from) and its ``corpus``
(a JSONL file under the shared folder that holds the article's text). The records scored
are what ``flashpoint extract --format jsonl`` writes for those articles.

The figures are the reference scorer's (``articles/score.py``), computed by the same rules
(a test checks both give the same numbers):

- a predicted event matches a gold event when its type is one of the gold ``types``, its
  actor one of the gold actors and its recipient one of the gold recipients (no predicted
  recipient is accepted only where the gold says ``recipient_optional``); a name matches a
  canonical actor when the prediction's ``name`` or ``text`` (else ``code`` or ``country``),
  normalised, equals one of the actor's aliases or contains one of over three characters
  as whole words;
- events whose status is hypothetical, planned, denied or threatened are set aside (they
  may match only gold THREATEN events);
- ``core_recall``: core gold events matched, each at most once, to the matching prediction
  with the best date and country; ``event_precision``: predictions that match any gold event;
- ``date_right`` / ``country_right``: of the matched core events;
- ``quote_recall`` / ``quote_speaker_right``: gold direct quotes found, and of those the
  share whose speaker matches.

Calibration: the predictions' ``confidence`` against whether they match a gold event, in
five bands; ``details["calibration"]`` holds the reliability table and the expected
calibration error (ECE: the band-size-weighted gap between mean confidence and observed
precision), cross-fitted: the model is recalibrated on the `dev` articles, and each is judged
by the recalibration fitted without it (``cross_fitted_documents`` counts them; a `train`
article, which the model was fitted on, is judged by the shipped model). ``sample=N`` scores
the first N articles of the split in sorted order.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from ..models.event_confidence import cross_fitted_confidence, kept
from ..models.event_confidence import load as load_confidence_model
from . import EvalResult, evaluation

SUBDIR = Path("articles") / "gold"
SOFT_STATUS = frozenset({"hypothetical", "planned", "denied", "threatened"})
SPLITS = ("dev", "train", "all")
BANDS = 5


# -- matching (the reference scorer's rules) ---------------------------------------------

def norm(value) -> str:
    if not value:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"[\"'`]", "", text)
    text = re.sub(r"[^\w\s\-.]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _actor_strings(actor) -> list[str]:
    if not actor:
        return []
    if isinstance(actor, str):
        return [norm(actor)]
    primary = [norm(actor.get(k)) for k in ("name", "text") if actor.get(k)]
    return primary or [norm(actor.get(k)) for k in ("code", "country") if actor.get(k)]


def actor_matches(predicted, canonical_names, table: dict) -> bool:
    strings = _actor_strings(predicted)
    for canonical in canonical_names:
        aliases = {norm(alias) for alias in table.get(canonical, [])} | {norm(canonical)}
        for s in strings:
            if s in aliases or any(len(alias) > 3 and f" {alias} " in f" {s} " for alias in aliases):
                return True
    return False


def event_matches(predicted: dict, gold: dict, table: dict) -> bool:
    if predicted.get("event_type") not in gold["types"]:
        return False
    if not actor_matches(predicted.get("actor"), gold["actor"], table):
        return False
    if gold.get("recipient"):
        if actor_matches(predicted.get("recipient"), gold["recipient"], table):
            return True
        return bool(gold.get("recipient_optional")) and not predicted.get("recipient")
    return True


def date_right(predicted: dict, gold: dict) -> bool:
    value = predicted.get("date")
    if gold.get("date"):
        return value == gold["date"]
    low, high = gold.get("date_range") or (None, None)
    return value is None or (low is not None and low <= str(value)[:10] <= high)


def country_right(predicted: dict, gold: dict) -> bool:
    wanted = gold.get("country")
    if wanted is None:
        return True
    wanted = wanted if isinstance(wanted, list) else [wanted]
    return (predicted.get("location") or {}).get("country_code") in wanted


def _counted(event: dict) -> bool:
    return event.get("status") not in SOFT_STATUS


# -- scoring ------------------------------------------------------------------------------

def score_document(record: dict, gold: dict) -> dict:
    """Counts for one article, with its misses and unmatched predictions."""
    table = gold.get("actors", {})
    predictions = list(record.get("events", []))
    used: set[int] = set()
    out = {"core": 0, "found": 0, "predictions": 0, "matched": 0, "date_ok": 0, "country_ok": 0,
           "fatalities": 0, "fatalities_ok": 0, "missed": [], "unmatched": [], "judged": []}
    for gold_event in (e for e in gold["events"] if e["core"]):
        best = None
        for i, predicted in enumerate(predictions):
            if i in used or not event_matches(predicted, gold_event, table):
                continue
            if not _counted(predicted) and "THREATEN" not in gold_event["types"]:
                continue
            rank = date_right(predicted, gold_event) + country_right(predicted, gold_event)
            if best is None or rank > best[0]:
                best = (rank, i)
        out["core"] += 1
        if best is None:
            out["missed"].append(gold_event)
            continue
        used.add(best[1])
        predicted = predictions[best[1]]
        out["found"] += 1
        out["date_ok"] += date_right(predicted, gold_event)
        out["country_ok"] += country_right(predicted, gold_event)
        if gold_event.get("fatalities"):
            low, high = gold_event["fatalities"]
            value = predicted.get("fatalities")
            out["fatalities"] += 1
            out["fatalities_ok"] += isinstance(value, (int, float)) and low <= value <= high
    for predicted in filter(_counted, predictions):
        out["predictions"] += 1
        matched = any(event_matches(predicted, gold_event, table) for gold_event in gold["events"])
        out["matched"] += matched
        out["judged"].append((predicted.get("confidence"), matched))
        if not matched:
            out["unmatched"].append(predicted)
    return out


def _same_speaker(name: str, alias: str) -> bool:
    return name == alias or (len(name) > 3 and len(alias) > 3 and (f" {alias} " in f" {name} " or f" {name} " in f" {alias} "))


def score_quotes(record: dict, gold: dict) -> dict:
    predicted = record.get("quotes", [])
    out = {"total": 0, "found": 0, "speaker_ok": 0, "missed": []}
    for gold_quote in gold.get("quotes", []):
        out["total"] += 1
        wanted = norm(gold_quote["text"])
        hit = next((q for q in predicted if norm(q.get("text")) and (
            wanted in norm(q.get("text"))
            or (norm(q.get("text")) in wanted and len(norm(q.get("text"))) >= 0.8 * len(wanted)))), None)
        if hit is None:
            out["missed"].append(f"quote: {gold_quote['text'][:60]}")
            continue
        out["found"] += 1
        speaker = hit.get("speaker") or {}
        names = [norm(speaker.get(k)) for k in ("name", "text", "organization") if isinstance(speaker, dict) and speaker.get(k)]
        aliases = [norm(a) for a in gold_quote["speaker"]]
        if any(n and any(_same_speaker(n, a) for a in aliases) for n in names):
            out["speaker_ok"] += 1
        else:
            out["missed"].append(f"speaker {names} for: {gold_quote['text'][:40]}")
    return out


def ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


def reliability(judged: list[tuple[float | None, bool]], bands: int = BANDS) -> dict:
    """Predicted vs observed precision per confidence band, and the expected calibration error."""
    rows = []
    scored = [(c, m) for c, m in judged if c is not None]
    for band in range(bands):
        low, high = band / bands, (band + 1) / bands
        inside = [(c, m) for c, m in scored if low <= c < high or (band == bands - 1 and c == 1.0)]
        if inside:
            rows.append({"band": f"{low:.1f}-{high:.1f}", "events": len(inside),
                         "mean_confidence": round(sum(c for c, _ in inside) / len(inside), 3),
                         "observed_precision": round(sum(m for _, m in inside) / len(inside), 3)})
    ece = sum(r["events"] * abs(r["mean_confidence"] - r["observed_precision"]) for r in rows) / len(scored) if scored else None
    return {"bands": rows, "ece": None if ece is None else round(ece, 3), "with_confidence": len(scored), "events": len(judged)}


def cross_fitted_reliability(records: dict[str, dict], gold_docs: dict[str, dict]) -> dict:
    """The reliability table of the events' confidences as a recalibration that never saw
    their article gives them (models/event_confidence.py: the `dev` articles recalibrate the
    model, each judged here by the fold fitted without it), so that the figure on `dev` is not
    an in-sample one."""
    model = load_confidence_model()
    if model is None:
        return score(records, gold_docs)["calibration"]
    rejudged = {doc_id: {**record, "events": [{**e, "confidence": cross_fitted_confidence(e, doc_id, model, events)}
                                              for e in events]}
                for doc_id, record in records.items() for events in [record.get("events", [])]}
    folds = (model.get("calibration") or {}).get("folds", ())
    held_out = sum(any(doc_id in f["documents"] for f in folds) for doc_id in gold_docs)
    return score(rejudged, gold_docs)["calibration"] | {"cross_fitted_documents": held_out}


def score(records: dict[str, dict], gold_docs: dict[str, dict]) -> dict:
    """The reference scorer's figures (and more) for records keyed by doc_id."""
    totals: dict[str, int] = {}
    per_document, missed, unmatched, judged = {}, [], [], []
    quotes = {"total": 0, "found": 0, "speaker_ok": 0}
    for doc_id, gold in gold_docs.items():
        record = records.get(doc_id) or {}
        counts = score_document(record, gold)
        q = score_quotes(record, gold)
        for key, value in counts.items():
            if isinstance(value, int):
                totals[key] = totals.get(key, 0) + value
        for key in quotes:
            quotes[key] += q[key]
        judged += counts["judged"]
        per_document[doc_id] = {"core": counts["core"], "found": counts["found"],
                                "predictions": counts["predictions"], "matched": counts["matched"]}
        missed += [f"{doc_id} {e['id']} {'/'.join(e['types'])} {e['actor']} -> {e.get('recipient')}: "
                   f"{(e.get('evidence') or '')[:110]}" for e in counts["missed"]]
        missed += [f"{doc_id} {line}" for line in q["missed"]]
        unmatched += [f"{doc_id} {e.get('event_type')} {(e.get('actor') or {}).get('name')} -> "
                      f"{(e.get('recipient') or {}).get('name')} [{e.get('rule')}]: {(e.get('text') or '')[:100]}"
                      for e in counts["unmatched"]]
    recall, precision = ratio(totals.get("found", 0), totals.get("core", 0)), ratio(totals.get("matched", 0), totals.get("predictions", 0))
    return {
        "metrics": {
            "core_recall": recall,
            "event_precision": precision,
            "f1": round(2 * recall * precision / (recall + precision), 3) if recall + precision else 0.0,
            "date_right": ratio(totals.get("date_ok", 0), totals.get("found", 0)),
            "country_right": ratio(totals.get("country_ok", 0), totals.get("found", 0)),
            "quote_recall": ratio(quotes["found"], quotes["total"]),
            "quote_speaker_right": ratio(quotes["speaker_ok"], quotes["found"]),
        },
        "counts": {"documents": len(gold_docs), "core": totals.get("core", 0), "core_found": totals.get("found", 0),
                   "predictions": totals.get("predictions", 0), "predictions_matched": totals.get("matched", 0),
                   "quotes": quotes["total"], "fatalities": totals.get("fatalities", 0),
                   "fatalities_right": totals.get("fatalities_ok", 0)},
        "per_document": per_document,
        "calibration": reliability(judged),
        "missed": missed,
        "unmatched": unmatched,
    }


# -- data ---------------------------------------------------------------------------------

def load_gold(eval_dir: Path, split: str = "dev") -> dict[str, dict]:
    """Gold files of one split (or all), keyed by doc_id, in sorted order."""
    if split not in SPLITS:
        from ..errors import FlashpointError

        raise FlashpointError("bad-option", f"no split {split!r}; one of {', '.join(SPLITS)}")
    docs = {}
    for path in sorted((eval_dir / SUBDIR).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if split == "all" or gold.get("split") == split:
            docs[gold["doc_id"]] = gold
    return docs


def load_articles(eval_dir: Path, gold_docs: dict[str, dict]) -> list[dict]:
    """The articles' JSON objects, read from the corpora the gold files name (shared/<corpus>)."""
    wanted = {doc_id: gold.get("corpus") for doc_id, gold in gold_docs.items()}
    found: dict[str, dict] = {}
    for corpus in sorted({c for c in wanted.values() if c}):
        with open(eval_dir.parent / corpus, encoding="utf-8") as lines:
            for line in lines:
                if not line.strip():
                    continue
                item = json.loads(line)
                doc_id = item.get("id") or item.get("doc_id")
                if doc_id in wanted:
                    found[doc_id] = item
    return [found[doc_id] for doc_id in gold_docs if doc_id in found]


@evaluation("articles", "whole articles coded event by event (core recall, precision, date, place, quotes, calibration)")
def run(eval_dir: Path, *, sample: int | None = None, pipeline=None, split: str = "dev") -> EvalResult:
    from ..service import extract

    gold_docs = load_gold(eval_dir, split)
    if sample is not None:
        gold_docs = dict(list(gold_docs.items())[:sample])
    records = {r.doc_id: r.to_dict() for r in extract(load_articles(eval_dir, gold_docs), errors="skip", pipeline=pipeline)}
    result = score(records, gold_docs)
    result["calibration"] = cross_fitted_reliability(records, gold_docs)
    # the same records without the events under the confidence model's threshold (what
    # `--min-confidence model` gives): the trade of recall for precision the threshold makes
    threshold = (load_confidence_model() or {}).get("threshold")
    if threshold is not None:
        surer = {doc_id: {**record, "events": [e for e in record["events"] if kept(e.get("status"), e.get("confidence"), threshold)]}
                 for doc_id, record in records.items()}
        at_threshold = score(surer, gold_docs)["metrics"]
        result["metrics"] |= {f"threshold_{key}": at_threshold[key] for key in ("core_recall", "event_precision", "f1")}
    return EvalResult("articles", result["metrics"], result["counts"],
                      details={key: result[key] for key in ("per_document", "calibration", "missed", "unmatched")} | {"split": split})
