"""The event lexicon (events.yaml): trigger words with their PLOVER type, mode and CAMEO
code; the cue words for event status; Goldstein scores and quad classes."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from ..lexicon import load_data

LEXICON_FILE = Path(__file__).with_name("events.yaml")

# ("parties": persons, or a noun a party owns, "Iran's influence"; read by the trigger finder)
OBJECT_CLASSES = ("material", "weapons", "forces", "persons", "parties", "information", "places", "battles", "chances", "offices", "officials", "odds", "visitors", "measures", "hostilities", "utilities", "combatants", "campaigns", "settlements", "emblems", "intangibles", "positions", "manners", "requirements")
QUAD_CLASS = {
    # 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict (PLOVER manual)
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


@dataclass(frozen=True)
class Coding:
    event_type: str
    mode: str | None
    cameo: str | None
    source: str  # "verb", "noun", "particle": where in the lexicon it came from
    needs_object: str | None = None  # an object class ("material", "weapons"): an event only with such an object

    @classmethod
    def parse(cls, text: str, source: str) -> "Coding":
        parts = str(text).split()
        if len(parts) not in (3, 4) or parts[0] not in QUAD_CLASS or (len(parts) == 4 and parts[3] not in OBJECT_CLASSES):
            raise ValueError(f"bad lexicon entry {text!r}: expected 'TYPE mode CAMEO [{'|'.join(OBJECT_CLASSES)}]'")
        return cls(parts[0], None if parts[1] == "-" else parts[1], None if parts[2] == "-" else parts[2], source, parts[3] if len(parts) == 4 else None)


@dataclass
class EventLexicon:
    verbs: dict[str, Coding]
    nouns: dict[str, Coding]
    particles: dict[tuple[str, str], Coding]  # (verb lemma, particle or preposition) -> coding
    light_verbs: frozenset[str]
    status_cues: dict[str, str]  # cue lemma -> status
    speech_verbs: frozenset[str]
    modes: dict[str, dict[str, str]]  # event type -> word -> mode
    object_classes: dict[str, frozenset[str]] = field(default_factory=dict)  # class -> object words
    phrases: dict[tuple[str, str, str], Coding] = field(default_factory=dict)  # (modifier, head, "") or (head, "of", object)
    goldstein_table: dict[str, float] = field(default_factory=dict)
    allegiance: frozenset[str] = frozenset()  # "people linked to X": words that name whom people belong to
    other_party: frozenset[str] = frozenset()  # "X's backer", "X's neighbour": relations to someone else
    # verb -> ((object class, coding), ...); a coding None: no event with such an object
    object_senses: dict[str, tuple[tuple[str, Coding | None], ...]] = field(default_factory=dict)

    @classmethod
    def from_yaml(cls, path: Path = LEXICON_FILE) -> "EventLexicon":
        data = load_data(path)
        particles = {}
        for phrase, entry in data.get("particles", {}).items():
            verb, _, particle = phrase.partition(" ")
            particles[(verb, particle)] = Coding.parse(entry, "particle")
        senses: dict[str, list[tuple[str, Coding | None]]] = {}
        for phrase, entry in (data.get("object_senses") or {}).items():
            verb, _, object_class = phrase.partition(" ")
            if object_class not in OBJECT_CLASSES:
                raise ValueError(f"bad object sense {phrase!r}: expected 'VERB {'|'.join(OBJECT_CLASSES)}'")
            senses.setdefault(verb, []).append((object_class, None if entry in (None, "none") else Coding.parse(entry, "verb")))
        cues = {}
        for status, words in data.get("status_cues", {}).items():
            for word in words:
                cues.setdefault(word, status)
        modes = {
            event_type: {word: mode for mode, words in table.items() for word in words}
            for event_type, table in data.get("modes", {}).items()
        }
        return cls(
            verbs={k: Coding.parse(v, "verb") for k, v in data.get("verbs", {}).items()},
            nouns={k: Coding.parse(v, "noun") for k, v in data.get("nouns", {}).items()},
            particles=particles,
            light_verbs=frozenset(data.get("light_verbs", [])),
            status_cues=cues,
            speech_verbs=frozenset(data.get("speech_verbs", [])),
            modes=modes,
            object_classes={name: frozenset(data.get(name, [])) for name in OBJECT_CLASSES},
            phrases={_phrase_key(k): Coding.parse(v, "phrase") for k, v in data.get("phrases", {}).items()},
            goldstein_table={str(k): float(v) for k, v in data.get("goldstein", {}).items()},
            allegiance=frozenset(data.get("allegiance", [])),
            other_party=frozenset(data.get("other_party", [])),
            object_senses={verb: tuple(pairs) for verb, pairs in senses.items()},
        )

    def goldstein(self, cameo: str | None) -> float | None:
        """The score of the most specific code in the table: 0231, then 023, then 02."""
        if not cameo:
            return None
        for length in range(len(cameo), 1, -1):
            if cameo[:length] in self.goldstein_table:
                return self.goldstein_table[cameo[:length]]
        return None


def _phrase_key(phrase: str) -> tuple[str, str, str]:
    words = phrase.split()
    if len(words) == 3 and words[1] == "of":
        return (words[0], "of", words[2])
    if len(words) == 2:
        return (words[0], words[1], "")
    if len(words) == 1:
        return (words[0], "", "")
    raise ValueError(f"bad phrase {phrase!r}: 'MODIFIER HEAD' or 'HEAD of OBJECT'")


@functools.lru_cache(maxsize=1)
def default_lexicon() -> EventLexicon:
    return EventLexicon.from_yaml()
