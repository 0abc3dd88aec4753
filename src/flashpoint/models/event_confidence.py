"""`model:event-confidence@v1`: how likely an event's type, actor and recipient are right.

A binary logistic regression over what the coder knows of each event (its type and status,
how its trigger and participants were found, whether its roles, date and place are filled,
how many sentences tell it), trained by scripts/train_event_confidence.py on the `train`
split of the article gold (an event is right when it matches a gold event by the reference
scorer's rules) and cross-fitted there; then recalibrated on the `dev` split.

Why two splits: the coder's rules are written by reading the `train` articles (and sentences
written for them), so there it is right more often than on text it has never seen (precision
0.80 against 0.66 on `dev`), and a model fitted there alone is overconfident elsewhere. The
`train` fit ranks events; a recalibration of two numbers (Platt scaling: a slope and an
intercept on its log-odds), fitted on the `dev` articles, which stand for unseen text (they
are measured, not read for rules), sets how sure each rank is. Its figure on `dev` is
cross-fitted by article: `flashpoint evaluate articles` judges each `dev` article's events by
the recalibration fitted on the other folds (`folds` in the JSON), never by one that saw the
article.

The weights ship as JSON next to this file and are read with the standard library.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Sequence
from pathlib import Path

MODEL_FILE = Path(__file__).with_name("event_confidence_v1.json")
# Statuses that do not assert the event happened: the model is not trained on them, so a
# threshold on its confidence never leaves them out.
UNASSERTED = frozenset({"hypothetical", "planned", "denied", "threatened"})
# The actor path of a generic actor given to a doer no one names (stages/unidentified.py)
UNIDENTIFIED_PATH = "unidentified"
# The recipient path of the counterpart given to an act told with no recipient (stages/counterparts.py)
COUNTERPART_PATH = "counterpart"


def _path_kind(path: str) -> str:
    """The first step of a participant's path in the rule id: "nsubj", "agent", "topic", ..."""
    if not path or path == "-":
        return "none"
    return path.split("-")[0].split(">")[0].split("+")[0]


def rule_parts(rule: str | None) -> tuple[str, str, str]:
    """The fields of an event's rule id "type.lemma:kind:actor-path>recipient-path":
    (head, kind, roles); kind is "verb", "noun", "particle", ..."""
    head, _, shape = (rule or "").partition(":")
    kind, _, roles = shape.partition(":")
    return head, kind, roles


def with_role_paths(rule: str, *, actor: str | None = None, recipient: str | None = None) -> str:
    """The rule id with its actor or recipient path replaced, the other kept:
    with_role_paths("assault.kill:verb:->nsubjpass", actor="context") is
    "assault.kill:verb:context>nsubjpass"."""
    head, kind, roles = rule_parts(rule)
    actor_path, _, recipient_path = roles.partition(">")
    return f"{head}:{kind}:{actor if actor is not None else actor_path}>{recipient if recipient is not None else recipient_path}"


def _party(ref: dict | None) -> str | None:
    return (ref or {}).get("name")


def _same_event(one: dict, other: dict) -> bool:
    return (one.get("trigger") or {}).get("span") == (other.get("trigger") or {}).get("span") \
        and one.get("event_type") == other.get("event_type")


def dyad_support(event: dict, document_events: Sequence[dict]) -> int | None:
    """How many other events of the document's record are between the event's two parties (in
    either direction); None when it does not name both. A pair the rest of the story also sets
    against each other is more likely the pair this sentence is about than one that appears
    once: the commonest error on unseen text is a wrong recipient, and such a recipient is
    seldom one the story deals with elsewhere."""
    actor, recipient = _party(event.get("actor")), _party(event.get("recipient"))
    if not (actor and recipient):
        return None
    return sum(1 for other in document_events if not _same_event(other, event)
               and {_party(other.get("actor")), _party(other.get("recipient"))} == {actor, recipient})


def features(event: dict, document_events: Sequence[dict] = ()) -> list[str]:
    """Binary features of an event record (a dict as the record's JSON holds it), with the
    events of its document's record (`document_events`, for `dyad_support`)."""
    rule = event.get("rule") or ""
    head, kind, roles = rule_parts(rule)
    actor_path, _, recipient_path = roles.partition(">")
    actor, recipient = event.get("actor") or {}, event.get("recipient") or {}
    generic = _path_kind(actor_path) == UNIDENTIFIED_PATH
    if generic:
        # a generic actor for a doer the text leaves unknown ("Unidentified gunmen",
        # stages/unidentified.py) names no one: it is read as what the event had before it was
        # given (no actor, or the words the actor stage placed nowhere, whose path follows
        # "unidentified-"), as the weights were fitted, with a feature of its own for weights
        # fitted with it
        actor_path = actor_path[len(UNIDENTIFIED_PATH) + 1:]
        actor = {"text": actor.get("text")} if actor_path else {}
    counterpart = _path_kind(recipient_path) == COUNTERPART_PATH
    if counterpart:
        # a recipient guessed from the party the actor deals with in the story
        # (stages/counterparts.py) is right less often than one the text states: the event is
        # read as it was before it took one, with a feature of its own for weights fitted with it
        recipient_path, recipient = "", {}
    out = [f"type={event.get('event_type')}", f"status={event.get('status')}", f"kind={kind}",
           f"apath={_path_kind(actor_path)}", f"rpath={_path_kind(recipient_path)}",
           f"type_kind={event.get('event_type')}|{kind}"]
    if generic:
        out.append("actor=unidentified")
    if counterpart:
        out.append("recipient=counterpart")
    for side, ref in (("actor", actor), ("recipient", recipient)):
        if not ref:
            out.append(f"{side}=none")
        elif not ref.get("code"):
            # a named person nothing places ("Staffan de Mistura") or a phrase naming nobody known
            out.append(f"{side}=person" if ref.get("name") else f"{side}=unresolved")
        else:
            out.append(f"{side}=resolved")
            out.append(f"{side}_sector={'yes' if ref.get('sector') else 'no'}")
    if actor and recipient and actor.get("country") and actor.get("country") == recipient.get("country"):
        out.append("same_country")
    out.append(f"date={event.get('date_precision') or 'none'}")
    # a place inferred from the discourse says nothing of how well the event was read
    stated = event.get("location") and (event.get("location") or {}).get("basis") != "discourse"
    out.append("place" if stated else "no_place")
    mentions = len(event.get("mentions") or []) or 1
    out.append(f"mentions={min(mentions, 3)}")
    if "model:" in rule:
        out.append("model")
    # of the parties as coded, a counterpart recipient's too: whether the rest of the story
    # sets the pair against each other is what the feature asks (fitted so, the cross-validated
    # log loss on train is lower than with the parties as read above)
    support = dyad_support(event, document_events)
    if support is not None:
        out.append(f"dyad_support={min(support, 2)}")
    return out


@functools.lru_cache(maxsize=1)
def load(path: Path = MODEL_FILE) -> dict | None:
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def kept(status: str | None, confidence: float | None, threshold: float) -> bool:
    """Whether an event stays under a confidence threshold (`--min-confidence`): judged and
    at or above it, or not judged at all."""
    return confidence is None or status in UNASSERTED or confidence >= threshold


def log_odds(event: dict, model: dict, document_events: Sequence[dict] = ()) -> float:
    """The `train` fit's log-odds that the event is right (before recalibration)."""
    weights = model["weights"]
    return model["intercept"] + sum(weights.get(f, 0.0) for f in features(event, document_events))


def recalibrated(z: float, calibration: dict | None) -> float:
    """A probability from the `train` fit's log-odds, through a recalibration
    {"slope", "intercept"} (none: the log-odds as they are)."""
    if calibration:
        z = calibration["slope"] * z + calibration["intercept"]
    return 1.0 / (1.0 + math.exp(-z))


def confidence(event: dict, model: dict | None = None, document_events: Sequence[dict] = ()) -> float | None:
    """The calibrated probability that the event's type, actor and recipient are right, with
    the events of its document's record (`document_events`)."""
    model = model or load()
    if model is None:
        return None
    return round(recalibrated(log_odds(event, model, document_events), model.get("calibration")), 3)


def cross_fitted_confidence(event: dict, doc_id: str, model: dict | None = None,
                            document_events: Sequence[dict] = ()) -> float | None:
    """The event's confidence as a recalibration that never saw its article gives it: for an
    article of a recalibration fold, that fold's (fitted on the other folds); else the
    shipped one (`confidence`)."""
    model = model or load()
    if model is None:
        return None
    calibration = model.get("calibration") or {}
    fold = next((f for f in calibration.get("folds", ()) if doc_id in f["documents"]), calibration)
    return round(recalibrated(log_odds(event, model, document_events), fold or None), 3)
