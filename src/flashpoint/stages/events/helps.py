"""Help told as a means: "with the help of X", "with X's help", "thanks to X's help".

A noun of help (`helping_nouns` in lexicon/data/events_syntax.yaml: help, assistance, support,
backing) names its giver, not the one helped, with "of", "from" or a possessor ("the help of
the UN", "help from Qatar", "Iran's assistance"). The one helped is whoever acts with it or
obtains it: the subject of the verb the "with" (or "thanks to") phrase modifies ("the refugees crossed into
Jordan with the help of the UN": the UN aided the refugees; "the town was retaken by the army
with US support": the army, the passive's agent, was helped; "the family was flown out with
the help of a charity": with no agent, the family). Without the giver named the noun is read
by the general rules; with no one helped that names a party the phrase tells no event (the
help is told for how the act was done, not as an act of its own to be given a counterpart).
Not help obtained ("enlisted the help of X", "won the backing of X"): that may be asked for
as much as given.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import words
from .participants import Participant
from .syntax import passive_agent, prep_objects, subject

HELPING_NOUNS = words("events_syntax", "helping_nouns")
GIVER_PREPS = ("of", "from")


class HelpArguments:
    """(actors, recipients) of a noun of help used as a means (mixin of the
    argument reader: uses `self.people`)."""

    def help_arguments(self, noun: Token, index: int):
        """(givers, helped) of a noun of help told as a means, else None."""
        if noun.lemma_.lower() not in HELPING_NOUNS:
            return None
        helped_clause = self._helped_clause(noun)
        if helped_clause is None:
            return None
        givers = [p for c in noun.children if c.dep_ == "poss" for p in self.people.participants(c, "help-poss", index)]
        # "with American support", "with Russian help": an actor's adjective or name before the noun
        givers += [Participant(m, f"help-{c.dep_}") for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
                   and (m := self.people.actor_at(c)) is not None and m.kind != "sector"]
        # "from" only with no other giver: "the help of Waters from Pink Floyd" names where he is from
        for giver_prep in GIVER_PREPS:
            givers = givers or [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == giver_prep
                                for o in prep_objects(prep) for p in self.people.participants(o, f"help-{giver_prep}", index)]
        if not givers:
            return None
        subjects, path, passive = subject(helped_clause)
        if passive:
            # "was retaken by the army with US support": the agent acted with the help; with
            # no agent, the one the passive tells of ("was flown out with the help of")
            agent = passive_agent(helped_clause)
            if agent is not None:
                subjects, path = prep_objects(agent), "agent"
        given = {g.mention.name for g in givers}
        helped = [p for s in subjects for p in self.people.participants(s, f"helped-{path}", index) if p.mention.name not in given]
        return (givers, helped) if helped else ([], [])

    @staticmethod
    def _helped_clause(noun: Token) -> Token | None:
        """The verb whose subject is helped: the verb a "with" or "thanks to" phrase of the noun
        modifies ("thanks to the help of Turkey, the refugees reached Greece"); else None."""
        head = noun.head
        if noun.dep_ != "pobj":
            return None
        if head.lower_ == "with" and head.head.pos_ in ("VERB", "AUX"):
            return head.head
        if head.lower_ == "to" and head.head.lower_ == "thanks" and head.head.head.pos_ in ("VERB", "AUX"):
            return head.head.head
        return None
