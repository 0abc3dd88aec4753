"""Actors: who is named in a document, each mention resolved to a CAMEO-style code.

How a mention is found and coded, in order:

1. Dictionary matching (one spaCy PhraseMatcher, built once per stage and vocabulary) over
   names, aliases, demonyms, capitals, institutions and sector words; the longest match
   wins. Proper names must be capitalised in the text and short abbreviations (US, IS)
   must match exactly. A capital that is the object of a locative preposition ("in
   Tehran") is a place, not an actor; "Iran-backed" and "Washington-based" name an
   affiliation, not an actor.
2. Aliases learned from the text: "Jaish al-Adl (or the Army of Justice)", "(formerly
   Jundallah)", "X, also known as Y", "X, or the Y", "Y (X)", and short forms after a full
   mention ("Jaish" after "Jaish al-Adl"; the first word of an Arabic-style construct name
   such as "Jaysh al-Dhulm").
3. Sector words take their country (or IGO, or group) from the noun phrase: a possessive,
   adjective or compound modifier ("Pakistan's Foreign Office", "Iranian military"), the
   words just before them ("Pakistan's caretaker Prime Minister"), a possessive pronoun
   ("its ambassador" -> the subject of the clause above), an "in"/"from"/"of" phrase
   ("militants in Iran", "the foreign ministry in Tehran"), or the noun they stand in
   apposition to ("Islamic State, the militant group").
4. People (spaCy PERSON entities, dictionary people, and names the tagger gave another label
   in apposition to a title: "the UN envoy, Staffan de Mistura") take the actor of the title
   before their name ("Foreign Minister Jalil Abbas Jilani"), of an appositive ("X, Iran's Deputy
   President"; also when the parser hung the name on a later word of the title's phrase or left
   out the closing comma), of an office in apposition with its organisation ("X, the EU
   commissioner", "X, the chairman of the US joint chiefs", "X, director of the charity Y"), of
   an "of" phrase naming an organisation ("X of the Syrian Nonviolence Movement"), or of what a
   relative clause says they head ("X, who was heading the Pakistani delegation"); a role stated
   in the text beats the dictionary, and later mentions of the surname ("Jilani") are the same
   person. A person's `affiliation` is the state (for officials: the sectors in
   `affiliating_sectors`), IGO, group or named organisation he or she acts for; an event records
   it as its actor's name and the person apart (`ActorRef.person`).
5. A bare definite sector phrase ("the Foreign Office", "the foreign minister") refers to
   the last mention with the same words that had a country; an organ or office of a state with
   none ("the government", "the president's order") to the state of the nearest subject before
   it that is a state, organ or official, or of the nearest official of its branch; "regime
   forces" to the state last named with "regime".

`state.actor_mentions` lists the mentions (sorted by start); `actor_for_token`
gives the actor a noun phrase denotes; `state.record.actors` has one `Actor` per distinct
actor.

Modules, in the order a document goes through them:

- `compiled`: the dictionary as one PhraseMatcher over a vocabulary (`CompiledDictionary`);
- `mention`: `ActorMention` (what the stage reports) and `DraftMention` (a mention while the
  stage works on it);
- `base`: `DocumentMentions`, the state of one document's mentions and the helpers every step uses;
- `match`: step 1, dictionary matches on the tokens;
- `aliases`: step 2, alternative names and short forms stated in the text;
- `sectors`: step 3, sector words joined to the actor they belong to;
- `people`: step 4, people and the actor they act for;
- `descriptions`: pronouns ("its ambassador") and definite descriptions (step 5) resolved to
  earlier mentions;
- `document`: `DocumentActors`, the steps run in order over one document;
- `index`: `ActorIndex` and `actor_for_token`, the actor a noun phrase denotes;
- `stage`: the registered `ActorsStage`;
- `words`: the word lists the steps read (from `lexicon/data/actors.yaml`).
"""

from .index import ActorIndex, actor_for_token
from .mention import ActorMention
from .stage import ActorsStage

__all__ = ["ActorIndex", "ActorMention", "ActorsStage", "actor_for_token"]
