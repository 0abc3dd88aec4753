"""Speaking to the press or to an audience: a briefing or a speech, not a meeting.

"Speaking to reporters in Islamabad, a spokesperson described the attack as unacceptable",
"the minister spoke to journalists in Tehran", "speaking to Sky News", "spoke to the
congregation via Skype": the verb of meeting or speaking has the press (or an audience) for
its addressee, whom a government informs, not a party it consults. What was said is coded
from the words said (a statement, an accusation); the briefing itself is no CONSULT, as
"told reporters that ..." is none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicon import words
from .appeals import addressees
from .syntax import prep_objects

if TYPE_CHECKING:
    from .triggers import Found

# whom a briefing or a speech addresses: the press or an audience
PRESS_NOUNS = words("events_syntax", "press_nouns") | words("events_syntax", "audience_nouns")


def unless_briefing(found: Found | None) -> Found | None:
    """The trigger found, unless it is a briefing of the press (`press_briefing`)."""
    return None if found is not None and press_briefing(found) else found


def press_briefing(found: Found) -> bool:
    """Whether a CONSULT is told with only the press for its addressee ("spoke to reporters",
    "met journalists", "a briefing with the media")."""
    if found.coding.event_type != "CONSULT":
        return False
    token = found.token
    # whom it is addressed to (its object, its "to" phrase: appeals.addressees), and "with" whom
    heads = addressees(token) + [o for p in token.children if p.dep_ == "prep" and p.lower_ == "with" for o in prep_objects(p)]
    if found.particle is not None:
        heads += [o for o in found.particle.children if o.dep_ == "pobj"]
    spoken_to = {t for h in heads for t in (h, *h.conjuncts)}
    return bool(spoken_to) and all(t.lemma_.lower() in PRESS_NOUNS for t in spoken_to)
