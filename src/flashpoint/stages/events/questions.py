"""Questions: an act asked about is not told as done. A yes/no question ("Did Russia bomb the
hospital?", "Has Turkey withdrawn its troops?", "Will they attack us again?") leaves open
whether the act happened; a wh-question ("Who bombed the hospital?", "Why did Russia bomb
it?") takes the act as given and asks about one of its parts, so it is no cue."""

from __future__ import annotations

from spacy.tokens import Token

from .words import PASSIVE_SUBJECTS, SUBJECTS

WH_TAGS = {"WDT", "WP", "WP$", "WRB"}


def open_question(verb: Token) -> bool:
    """Whether a verb's clause is a yes/no question: it ends in a question mark and an
    auxiliary or modal comes before its subject ("Did Russia ...", "Will they ..."), with no
    wh-word before the subject."""
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "punct" and c.text == "?" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS), None)
    if subject is None or not any(c.dep_ in ("aux", "auxpass") and c.i < subject.i for c in verb.children):
        return False
    return not any(t.tag_ in WH_TAGS for t in verb.doc[verb.left_edge.i:subject.i])
