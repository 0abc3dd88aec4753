"""A party named by a noun of blame in a speaker's words: "HTS said: 'There is no solution
against the Russian occupier except confrontation'" accuses Russia; "the minister said the
Turkish invaders would be driven out" accuses Turkey. The noun (`blame_epithets`) is the
speaker's word for the party its modifier names (a nationality, a name, a possessor); said in
a direct quotation or a reported clause, it is the speaker's accusation of that party (as a
judgement of it in a clause is, judgements.py). Not in the writer's own words, nor of the
speaker's own side, nor of a party the noun names none of ("the terrorists", "a criminal":
whom, the words do not say)."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import words
from .participants import Participant
from .syntax import subject
from .triggers import JUDGEMENT_CODINGS, Found
from .words import SELF_PRONOUNS, SPEAKER_PRONOUNS

BLAME_EPITHETS = words("events_syntax", "blame_epithets")
NAMING_DEPS = ("amod", "compound", "poss", "nmod")


def quoted_epithet(state, token: Token) -> Found | None:
    """An accusation a noun of blame in someone's words makes (see the module), or None."""
    if token.pos_ != "NOUN" or token.lower_ not in BLAME_EPITHETS or not any(c.dep_ in NAMING_DEPS for c in token.children):
        return None
    speech = next((s for s in state.speeches or [] if s.cue is not None and any(a <= token.idx < b for a, b in s.parts)), None)
    if speech is None:
        return None
    return Found(token, JUDGEMENT_CODINGS["ACCUSE"], "epithet", token, token.doc[speech.cue])


def epithet_arguments(reader, found: Found, index: int):
    """(the speaker, the party the noun of blame names): the subject of the verb of saying,
    and the actor a modifier of the noun names, not of the speaker's side."""
    cue = found.cue
    cue_index = reader.sentence_of(cue)
    doers, path, passive = subject(cue)
    actors = [p for d in ([] if passive else doers) if d.lower_ not in SELF_PRONOUNS | SPEAKER_PRONOUNS
              for p in reader.people.participants(d, f"say-{path}", cue_index)]
    own = {a.mention.country or a.mention.name for a in actors}
    recipients = []
    for modifier in (c for c in found.token.children if c.dep_ in NAMING_DEPS):
        mention = reader.people.resolve(modifier, index) if modifier.pos_ == "PRON" else reader.people.actor_at(modifier)
        if mention is not None and (mention.country or mention.name) not in own:
            recipients.append(Participant(mention, f"epithet-{modifier.dep_}"))
    return (actors, recipients[:1]) if actors and recipients else ([], [])
