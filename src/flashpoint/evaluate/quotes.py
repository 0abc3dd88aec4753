"""`flashpoint evaluate quotes`: attributions on the PolNeAR development split, ours beside textacy's.

Data: ``polnear/data/dev/text/*.txt`` and the brat standoff files
``polnear/data/dev/attributions/<article>_<annotator>.ann`` (Source, Cue and Content
spans joined by an Attribution relation; spans may be discontinuous). An article annotated
by several annotators is scored on the first annotation in sorted order. ``sample=N``
scores the first N articles in sorted order.

Scoring, on characters (a span of several pieces counts the characters of all pieces):

- a gold content is *recalled* when one predicted content covers at least 50% of its
  characters;
- a predicted content is *correct* (precision) when at least 50% of its characters lie in
  one gold content; predicted contents are the content pieces of each quote (a quote split
  around its cue counts its pieces, not the cue);
- ``content_recall_quoted``: recall over the gold contents that are quotations, i.e. whose
  text begins with an opening quotation mark and ends with a closing one (trailing
  punctuation aside);
- ``source_accuracy``: of the recalled gold contents that have a gold source, the share
  whose matching prediction names the source: our speaker's span (the words that named the
  speaker in the article) overlaps a gold source span, or the last word of the gold source
  is the last word of our speaker's text or name ("Trump" and "Donald Trump"). Our
  speaker resolved from a pronoun keeps the pronoun as its text, so "he" matches a gold "he".

The same figures are computed in the same run for textacy's ``direct_quotations``
(``textacy.extract.triples``) on the same spaCy parses, as ``textacy_*``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import EvalResult, evaluation

SUBDIR = Path("polnear") / "data" / "dev"
EXAMPLES = 30
OPENING = "“\"‘'"
CLOSING = "”\"’'"


@dataclass
class GoldAttribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(b - a for a, b in self.content)


@dataclass
class Article:
    name: str
    text: str
    gold: list[GoldAttribution]


@dataclass
class Predicted:
    parts: list[tuple[int, int]]
    speaker_span: tuple[int, int] | None
    speaker_words: list[str]  # last words of the speaker's text and name, lower-cased

    @property
    def size(self) -> int:
        return sum(b - a for a, b in self.parts)


def _spans(field_text: str) -> list[tuple[int, int]]:
    spans = []
    for piece in field_text.split(";"):
        a, b = piece.split()[:2]
        spans.append((int(a), int(b)))
    return spans


def read_ann(path: Path) -> list[GoldAttribution]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        cols = line.split("\t")
        if cols[0].startswith("T") and len(cols) >= 2:
            label, _, rest = cols[1].partition(" ")
            spans[cols[0]] = (label, _spans(rest))
        elif cols[0].startswith("E") and len(cols) >= 2:
            args = {}
            for item in cols[1].split():
                role, _, ref = item.partition(":")
                args[role] = ref
            relations.append(args)
    gold = []
    for args in relations:
        if "Content" not in args or args["Content"] not in spans:
            continue
        g = GoldAttribution(content=spans[args["Content"]][1])
        if "Source" in args and args["Source"] in spans:
            g.source = spans[args["Source"]][1]
        if "Cue" in args and args["Cue"] in spans:
            g.cue = spans[args["Cue"]][1]
        gold.append(g)
    return gold


def articles(eval_dir: Path, sample: int | None) -> list[Article]:
    root = eval_dir / SUBDIR
    out = []
    for txt in sorted((root / "text").glob("*.txt")):
        anns = sorted((root / "attributions").glob(txt.stem + "_*.ann"))
        if not anns:
            continue
        out.append(Article(txt.stem, txt.read_text(encoding="utf-8"), read_ann(anns[0])))
        if sample and len(out) >= sample:
            break
    return out


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(y, q) - max(x, p)) for x, y in a for p, q in b)


def is_quoted(text: str, g: GoldAttribution) -> bool:
    first = text[g.content[0][0]:g.content[0][1]].strip()
    last = text[g.content[-1][0]:g.content[-1][1]].strip().rstrip(".,;:!? ")
    return bool(first) and bool(last) and first[0] in OPENING and last[-1] in CLOSING


def _last_word(text: str | None) -> str | None:
    if not text:
        return None
    words = re.findall(r"[\w-]+", re.sub(r"[’']s\b", "", text))
    return words[-1].lower() if words else None


def score(articles_: list[Article], predictions: list[list[Predicted]]) -> tuple[dict[str, float], dict[str, int], dict]:
    gold_n = quoted_n = pred_n = correct = recalled = recalled_quoted = 0
    sourced = source_ok = 0
    missed, spurious, wrong_source = [], [], []
    for art, preds in zip(articles_, predictions):
        pred_n += len(preds)
        for p in preds:
            if any(_overlap(p.parts, g.content) * 2 >= p.size for g in art.gold):
                correct += 1
            elif len(spurious) < EXAMPLES:
                spurious.append(f"{art.name}: {art.text[p.parts[0][0]:p.parts[-1][1]][:120]!r}")
        for g in art.gold:
            if g.size == 0:
                continue
            gold_n += 1
            quoted = is_quoted(art.text, g)
            quoted_n += quoted
            best = max(preds, key=lambda p: _overlap(p.parts, g.content), default=None)
            if best is None or _overlap(best.parts, g.content) * 2 < g.size:
                if len(missed) < EXAMPLES:
                    missed.append(f"{art.name}: {art.text[g.content[0][0]:g.content[-1][1]][:120]!r}")
                continue
            recalled += 1
            recalled_quoted += quoted
            if g.source:
                sourced += 1
                gold_last = _last_word(" ".join(art.text[a:b] for a, b in g.source))
                ok = (best.speaker_span is not None and _overlap([best.speaker_span], g.source) > 0) or (
                    gold_last is not None and gold_last in best.speaker_words)
                source_ok += ok
                if not ok and len(wrong_source) < EXAMPLES:
                    wrong_source.append(f"{art.name}: gold {' '.join(art.text[a:b] for a, b in g.source)!r}, "
                                        f"ours {best.speaker_words or None} for {art.text[g.content[0][0]:g.content[-1][1]][:60]!r}")
    precision = correct / pred_n if pred_n else 0.0
    recall = recalled / gold_n if gold_n else 0.0
    metrics = {
        "content_precision": precision,
        "content_recall": recall,
        "content_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "content_recall_quoted": recalled_quoted / quoted_n if quoted_n else 0.0,
        "source_accuracy": source_ok / sourced if sourced else 0.0,
    }
    counts = {"gold_contents": gold_n, "gold_quoted": quoted_n, "predicted": pred_n, "correct": correct, "recalled": recalled,
              "recalled_quoted": recalled_quoted, "recalled_with_gold_source": sourced, "source_correct": source_ok}
    return metrics, counts, {"missed": missed, "spurious": spurious, "wrong_source": wrong_source}


def _ours(state) -> list[Predicted]:
    preds = []
    speeches = state.speeches or []
    for speech in speeches:
        parts, speaker = speech.parts, speech.speaker
        words = [w for w in (_last_word(speaker.text), _last_word(speaker.name)) if w] if speaker is not None else []
        preds.append(Predicted(list(parts), tuple(speaker.span) if speaker is not None and speaker.span else None, words))
    # only what the stage reported (quotes with no cue and few words are dropped there)
    reported = {tuple(q.span) for q in state.record.quotes}
    return [p for p, speech in zip(preds, speeches) if speech.span in reported]


def _textacy(doc, direct_quotations) -> list[Predicted]:
    preds = []
    for triple in direct_quotations(doc):
        content = triple.content
        speaker = triple.speaker
        span = (min(t.idx for t in speaker), max(t.idx + len(t.text) for t in speaker)) if speaker else None
        words = [w for w in (_last_word(" ".join(t.text for t in speaker)),) if w] if speaker else []
        preds.append(Predicted([(content.start_char, content.end_char)], span, words))
    return preds


@evaluation("quotes", "attribution contents and sources on PolNeAR dev: P/R/F1, recall on quotations, source accuracy; textacy beside")
def run(eval_dir: Path, *, sample: int | None = None, pipeline=None) -> EvalResult:
    from ..ingest import Document, Failure
    from ..pipeline import Pipeline
    from ..stages.quotes import Quotes

    if pipeline is None:
        pipeline = Pipeline(["sentences"])
    nlp = pipeline.nlp
    ours_pipeline = Pipeline(["sentences", "entities", "actors", Quotes()], nlp=nlp)
    arts = articles(eval_dir, sample)
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:  # textacy is an optional comparison: without it only our figures are computed
        direct_quotations = None
    ours, theirs = [], []
    for art, doc in zip(arts, nlp.pipe((a.text for a in arts), batch_size=16)):
        state = ours_pipeline.run_stages(Document(id=art.name, text=art.text), doc)
        if isinstance(state, Failure):  # the stage raised on this article
            raise RuntimeError(f"{art.name}: {state.message}")
        ours.append(_ours(state))
        if direct_quotations is not None:
            try:
                theirs.append(_textacy(doc, direct_quotations))
            except Exception:  # textacy raises on some quotation-mark layouts; it then finds nothing there
                theirs.append([])
    metrics, counts, details = score(arts, ours)
    counts["documents"] = len(arts)
    if direct_quotations is not None:
        t_metrics, t_counts, t_details = score(arts, theirs)
        metrics.update({"textacy_" + k: v for k, v in t_metrics.items()})
        counts.update({"textacy_" + k: v for k, v in t_counts.items() if k in ("predicted", "correct", "recalled", "recalled_quoted", "source_correct")})
        details["textacy_examples_missed"] = t_details["missed"][:10]
    else:
        details["textacy"] = "not installed: only our figures"
    return EvalResult(name="quotes", metrics=metrics, counts=counts, details=details)
