"""Event coding on the dependency parse: who did what to whom, with the rule that fired.

A trigger is a verb or an event noun of the lexicon (knowledge/events.yaml). Its
participants come from the syntax:

- verbs: the subject is the actor and the direct object (or the object of a preposition
  the event type takes: "on", "against", "with", ...) the recipient; in the passive the
  "by" agent is the actor and the subject the recipient; a verb with no subject of its own
  takes it from the verb it is coordinated with, from the clause it completes ("vowed to
  retaliate") or from the noun its relative clause modifies ("militants who attacked");
- nouns: the possessor or an actor-denoting modifier ("Iran's strike", "Pakistani strikes"),
  else the "by" phrase, else the subject of the light verb that carries the noun ("Pakistan
  carried out strikes", "held talks") or of the verb it is the instrument of ("sent
  shockwaves with a missile strike"); the recipient from "on", "against", "of", ...;
- coordination gives one event per actor and recipient ("the US, China and Turkey called for
  restraint" is three events);
- pronouns resolve to the speaker of the reporting verb ("Pakistan said it had attacked")
  or to the nearest earlier actor;
- an event's status comes from negation, modals, conditionals and the verbs above it
  ("denied attacking", "threatened to strike", "plans to", "could"), and from adverbs of
  habit ("have long carried out attacks" is background);
- a relative pronoun is the noun its clause modifies ("a bombing that killed 100" names no
  killer, never an actor of an earlier clause);
- mentions that report nothing are not coded: characterisations ("seen as a threat"),
  comments on an event in someone's words ("said Tehran's strikes were motivated by"),
  causes fought for ("fighting for autonomy") and figures of speech ("Iran is wounded").

Each event names the rule that produced it: "<type>.<lemma>:<trigger kind>:<actor path>><recipient path>".

The modules, in the order a trigger goes through them:

- `words`: the word sets (the long lists are in lexicon/data/events*.yaml);
- `triggers`: `TriggerFinder`, which tokens are triggers and what they code (`Found`);
- `syntax`: readings of the parse alone (a verb's subject, a preposition's objects);
- `participants`: `ParticipantResolver`, the actors a noun phrase denotes (`Participant`,
  `Unresolved`);
- `arguments`: `ArgumentReader`, the actors and recipients of a trigger (with `territory`: a place
  changing hands, a withdrawal compelled);
- `status`: `StatusReader` and the status rules (`speech_act`, dates before and after
  publication);
- `circumstances`: mode, date and place;
- `output`: the `Event` records and their numbering;
- `coder`: `EventCoder`, which puts these together for a document;
- `passages`: the main event of a short text (`classify`, `main_event`);
- `stage`: the registered `events` stage.
"""

from .coder import EventCoder
from .output import unique_numbered
from .participants import Participant, Unresolved
from .passages import TIME_PREPOSITIONS, Passage, classify, main_event, passage
from .stage import Events
from .status import speech_act
from .triggers import Found

__all__ = ["EventCoder", "Events", "Found", "Participant", "Unresolved", "Passage", "passage", "classify", "main_event",
           "unique_numbered", "speech_act", "TIME_PREPOSITIONS"]
