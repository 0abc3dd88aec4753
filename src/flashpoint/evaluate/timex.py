"""`flashpoint evaluate timex`: date expressions on TimeBank and AQUAINT (TBAQ-cleaned).

Each .tml file's TEXT is stripped of its TimeML tags, keeping the character offsets of the
gold TIMEX3 elements; the dates stage runs on the plain text with the document creation
time (the DCT TIMEX3) as the publication date. Scored on the gold timexes of type DATE:

- span precision, recall and F1, exact (same start and end) and relaxed (overlap);
  our side is every expression the stage calls a date or a reference to the present,
  past or future ("now", "recently"), which TimeML also types DATE;
- value accuracy: of the gold DATE timexes matched exactly whose gold value is a plain
  calendar value (YYYY-MM-DD, YYYY-MM, YYYY, a decade YYY or YYYX), the share whose
  resolved value is the same; `week_value_accuracy` the same for gold ISO weeks (YYYY-Www,
  which the record holds at week precision), and `value_accuracy_with_weeks` both together.
  (Weeks are kept out of `value_accuracy` so that it stays the measure its floor was
  pinned on.) Gold values TimeML writes in forms the record does not use (weekends,
  quarters, seasons, PRESENT_REF, times of day, unknown digits) are excluded and counted.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from . import EvalResult, evaluation

SUBDIR = Path("timex") / "TBAQ-cleaned"
PLAIN_VALUE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{3}X?)$")
WEEK_VALUE = re.compile(r"^\d{4}-W\d{1,2}$")
OUR_KINDS = ("date", "ref")
EXAMPLES = 40  # errors of each sort kept in the details


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimeMLDoc:
    name: str
    text: str
    dct: date | None
    timexes: list[GoldTimex]


def read_tml(path: Path) -> TimeMLDoc:
    """The plain text of a TimeML file's TEXT element, its DCT and its gold TIMEX3s with offsets."""
    root = ET.parse(path).getroot()
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            match = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", timex.get("value", ""))
            if match:
                dct = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            break
    body = root.find("TEXT")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    length = 0

    def walk(element) -> None:
        nonlocal length
        if element.text:
            parts.append(element.text)
            length += len(element.text)
        for child in element:
            start = length
            walk(child)
            if child.tag == "TIMEX3":
                timexes.append(GoldTimex(start, length, "".join(parts)[start:length], child.get("type", ""), child.get("value", "")))
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)

    if body is not None:
        walk(body)
    text = "".join(parts)
    # gold spans as the stage reports them: without surrounding whitespace
    for t in timexes:
        while t.start < t.end and text[t.start].isspace():
            t.start += 1
        while t.end > t.start and text[t.end - 1].isspace():
            t.end -= 1
        t.text = text[t.start:t.end]
    return TimeMLDoc(path.stem, text, dct, timexes)


def normalise_value(value: str | None) -> str | None:
    """A comparable form of a plain calendar value: decades as YYY, weeks with two digits
    (some TimeML annotators wrote "2000-W7"), others unchanged."""
    if value is None:
        return None
    value = value.strip()
    if re.fullmatch(r"\d{3}X", value):
        return value[:3]
    week = re.fullmatch(r"(\d{4})-W(\d{1,2})", value)
    if week:
        return f"{week.group(1)}-W{int(week.group(2)):02d}"
    return value


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def files(eval_dir: Path, sample: int | None) -> list[Path]:
    root = eval_dir / SUBDIR
    paths = sorted(root.rglob("*.tml"), key=lambda p: p.relative_to(root).as_posix())
    return paths[:sample] if sample else paths


@evaluation("timex", "date expressions on TimeBank/AQUAINT: span P/R/F1 and value accuracy of DATE timexes")
def run(eval_dir: Path, *, sample: int | None = None, pipeline=None) -> EvalResult:
    from ..ingest import Document
    from ..pipeline import Pipeline
    from ..stage import DocState
    from ..records import DocumentRecord
    from ..stages.dates import Dates
    from ..stages.text import Sentences

    if pipeline is None:
        pipeline = Pipeline()
    nlp = pipeline.nlp
    docs = [read_tml(p) for p in files(eval_dir, sample)]
    sentences, dates_stage = Sentences(), Dates()

    gold_n = pred_n = exact = gold_overlapped = pred_overlapped = 0
    eligible = excluded = correct = weeks = weeks_correct = 0
    by_rule: dict[str, list[int]] = {}
    value_errors, missed, spurious = [], [], []
    for tml, doc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=16)):
        document = Document(id=tml.name, text=tml.text, published=tml.dct.isoformat() if tml.dct else None)
        state = DocState(document=document, doc=doc, record=DocumentRecord(doc_id=tml.name, published=document.published))
        state.published = tml.dct
        sentences(state)
        dates_stage(state)
        ours = [t for t in state.timexes if t.kind in OUR_KINDS]
        gold = [g for g in tml.timexes if g.type == "DATE"]
        gold_n += len(gold)
        pred_n += len(ours)
        by_span = {(t.start, t.end): t for t in ours}
        gold_spans = {(g.start, g.end) for g in gold}
        for g in gold:
            t = by_span.get((g.start, g.end))
            if any(o.start < g.end and g.start < o.end for o in ours):
                gold_overlapped += 1
            if t is None:
                if len(missed) < EXAMPLES:
                    missed.append(f"{tml.name}: {g.text!r} ({g.value})")
                continue
            exact += 1
            week = bool(WEEK_VALUE.match(g.value))
            if not (week or PLAIN_VALUE.match(g.value)):
                excluded += 1
                continue
            ok = normalise_value(t.value) == normalise_value(g.value)
            if week:
                weeks += 1
                weeks_correct += ok
            else:
                eligible += 1
                correct += ok
            stats = by_rule.setdefault(f"{t.rule}:{t.tense}", [0, 0])
            stats[0] += ok
            stats[1] += 1
            if not ok and len(value_errors) < EXAMPLES:
                value_errors.append(f"{tml.name} (DCT {tml.dct}): {g.text!r} gold {g.value}, ours {t.value} [{t.rule}, {t.tense}]")
        for t in ours:
            if any(g.start < t.end and t.start < g.end for g in gold):
                pred_overlapped += 1
            elif (t.start, t.end) not in gold_spans and len(spurious) < EXAMPLES:
                spurious.append(f"{tml.name}: {t.text!r} ({t.value}) [{t.rule}]")

    precision = exact / pred_n if pred_n else 0.0
    recall = exact / gold_n if gold_n else 0.0
    relaxed_p = pred_overlapped / pred_n if pred_n else 0.0
    relaxed_r = gold_overlapped / gold_n if gold_n else 0.0
    metrics = {
        "span_precision": precision,
        "span_recall": recall,
        "span_f1": _f1(precision, recall),
        "relaxed_precision": relaxed_p,
        "relaxed_recall": relaxed_r,
        "relaxed_f1": _f1(relaxed_p, relaxed_r),
        "value_accuracy": correct / eligible if eligible else 0.0,
        "value_accuracy_with_weeks": (correct + weeks_correct) / (eligible + weeks) if eligible + weeks else 0.0,
    }
    if weeks:  # a sample may hold none
        metrics["week_value_accuracy"] = weeks_correct / weeks
    counts = {
        "documents": len(docs),
        "gold_dates": gold_n,
        "predicted": pred_n,
        "exact_matches": exact,
        "value_scored": eligible,
        "value_correct": correct,
        "week_values_scored": weeks,
        "week_values_correct": weeks_correct,
        "value_excluded": excluded,
    }
    details = {
        "value_errors": value_errors,
        "missed": missed,
        "spurious": spurious,
        "value_accuracy_by_rule_and_tense": {key: f"{ok}/{n}" for key, (ok, n) in sorted(by_rule.items())},
    }
    return EvalResult(name="timex", metrics=metrics, counts=counts, details=details)
