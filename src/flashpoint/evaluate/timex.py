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
from dataclasses import dataclass, field
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


@dataclass
class _Tally:
    """The counts and examples of a timex evaluation, summed over documents."""

    documents: int = 0
    gold_n: int = 0
    pred_n: int = 0
    exact: int = 0
    gold_overlapped: int = 0
    pred_overlapped: int = 0
    eligible: int = 0  # exact matches whose gold value is a plain calendar value
    excluded: int = 0  # exact matches whose gold value is in a form the record does not use
    correct: int = 0
    weeks: int = 0
    weeks_correct: int = 0
    by_rule: dict[str, list[int]] = field(default_factory=dict)
    value_errors: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def add(self, tml: TimeMLDoc, ours: list) -> None:
        """Score one document: our date and reference expressions against its gold DATE timexes."""
        self.documents += 1
        gold = [g for g in tml.timexes if g.type == "DATE"]
        self.gold_n += len(gold)
        self.pred_n += len(ours)
        by_span = {(t.start, t.end): t for t in ours}
        for g in gold:
            if any(o.start < g.end and g.start < o.end for o in ours):
                self.gold_overlapped += 1
            t = by_span.get((g.start, g.end))
            if t is None:
                if len(self.missed) < EXAMPLES:
                    self.missed.append(f"{tml.name}: {g.text!r} ({g.value})")
                continue
            self.exact += 1
            self._score_value(tml, g, t)
        gold_spans = {(g.start, g.end) for g in gold}
        for t in ours:
            if any(g.start < t.end and t.start < g.end for g in gold):
                self.pred_overlapped += 1
            elif (t.start, t.end) not in gold_spans and len(self.spurious) < EXAMPLES:
                self.spurious.append(f"{tml.name}: {t.text!r} ({t.value}) [{t.rule}]")

    def _score_value(self, tml: TimeMLDoc, g: GoldTimex, t) -> None:
        """Compare the value of an exact span match, if its gold value is one the record can hold."""
        week = bool(WEEK_VALUE.match(g.value))
        if not (week or PLAIN_VALUE.match(g.value)):
            self.excluded += 1
            return
        ok = normalise_value(t.value) == normalise_value(g.value)
        if week:
            self.weeks += 1
            self.weeks_correct += ok
        else:
            self.eligible += 1
            self.correct += ok
        stats = self.by_rule.setdefault(f"{t.rule}:{t.tense}", [0, 0])
        stats[0] += ok
        stats[1] += 1
        if not ok and len(self.value_errors) < EXAMPLES:
            self.value_errors.append(f"{tml.name} (DCT {tml.dct}): {g.text!r} gold {g.value}, ours {t.value} [{t.rule}, {t.tense}]")

    def metrics(self) -> dict[str, float]:
        precision = self.exact / self.pred_n if self.pred_n else 0.0
        recall = self.exact / self.gold_n if self.gold_n else 0.0
        relaxed_p = self.pred_overlapped / self.pred_n if self.pred_n else 0.0
        relaxed_r = self.gold_overlapped / self.gold_n if self.gold_n else 0.0
        eligible, weeks = self.eligible, self.weeks
        metrics = {
            "span_precision": precision,
            "span_recall": recall,
            "span_f1": _f1(precision, recall),
            "relaxed_precision": relaxed_p,
            "relaxed_recall": relaxed_r,
            "relaxed_f1": _f1(relaxed_p, relaxed_r),
            "value_accuracy": self.correct / eligible if eligible else 0.0,
            "value_accuracy_with_weeks": (self.correct + self.weeks_correct) / (eligible + weeks) if eligible + weeks else 0.0,
        }
        if weeks:  # a sample may hold none
            metrics["week_value_accuracy"] = self.weeks_correct / weeks
        return metrics

    def counts(self) -> dict[str, int]:
        return {
            "documents": self.documents,
            "gold_dates": self.gold_n,
            "predicted": self.pred_n,
            "exact_matches": self.exact,
            "value_scored": self.eligible,
            "value_correct": self.correct,
            "week_values_scored": self.weeks,
            "week_values_correct": self.weeks_correct,
            "value_excluded": self.excluded,
        }

    def details(self) -> dict:
        return {
            "value_errors": self.value_errors,
            "missed": self.missed,
            "spurious": self.spurious,
            "value_accuracy_by_rule_and_tense": {key: f"{ok}/{n}" for key, (ok, n) in sorted(self.by_rule.items())},
        }


@evaluation("timex", "date expressions on TimeBank/AQUAINT: span P/R/F1 and value accuracy of DATE timexes")
def run(eval_dir: Path, *, sample: int | None = None, pipeline=None) -> EvalResult:
    from ..ingest import Document
    from ..pipeline import Pipeline
    from ..records import DocumentRecord
    from ..stage import DocState
    from ..stages.dates import Dates
    from ..stages.text import Sentences

    if pipeline is None:
        pipeline = Pipeline()
    docs = [read_tml(p) for p in files(eval_dir, sample)]
    sentences, dates_stage = Sentences(), Dates()
    tally = _Tally()
    for tml, doc in zip(docs, pipeline.nlp.pipe((d.text for d in docs), batch_size=16)):
        # the dates stage alone, with the document creation time as the publication date
        document = Document(id=tml.name, text=tml.text, published=tml.dct.isoformat() if tml.dct else None)
        state = DocState(document=document, doc=doc, record=DocumentRecord(doc_id=tml.name, published=document.published))
        state.published = tml.dct
        sentences(state)
        dates_stage(state)
        tally.add(tml, [t for t in state.timexes if t.kind in OUR_KINDS])
    return EvalResult(name="timex", metrics=tally.metrics(), counts=tally.counts(), details=tally.details())
