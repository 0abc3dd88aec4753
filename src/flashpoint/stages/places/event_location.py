"""The place an event happened (`event_location`, called by the event coder).

The place is read off the parse: the toponyms a locative preposition, an apposition or a
participle attaches to the event's trigger, directly or through its object, or to its actor
or recipient. The walk over the parse is `_Walk`: one walk per root, remembering the tokens
it has seen and the places it found with the number of hops from the root.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...language.trees import speaking_participles, steps_up
from ...records import Location
from ...stage import DocState
from .mention import PlaceMention
from .words import (ADDRESSEE_PREPS, DEMONYM, DIRECTIONS, EVENT_NOUNS, PART_NOUNS, KIND_ORDER, LOCATING_NOUNS, LOCATING_OR_CITY_NOUNS,
                    LOCATIVE_PREPS, LOCATIVE_PREPS_OR_OF, OCCASION_WORDS, PLACE)

# (hops from the root, place mention)
Found = list[tuple[int, PlaceMention]]


def event_location(state: DocState, trigger_token_index: int, argument_token_indices: list[int], *,
                   addressed: bool = False, copresent: bool = False) -> Location | None:
    """The place an event happened, or None when the text does not attach one to it.

    Looked for, in order: places attached to the trigger by a locative preposition or an
    apposition, directly or through its object ("strikes in Balochistan", "an attack on a
    village near Panjgur", "struck bases of the group in Balochistan"); then the stated
    location of the actor or the recipient (`argument_token_indices`: their tokens, e.g. the
    heads of "militants in Iran", "hideouts in Sistan and Baluchestan province"), or the
    argument itself when it is a place that does not act ("struck Pakistan"). Places merely
    mentioned in the sentence, actors ("Tehran said") and demonyms are not event places.
    Of several, the nearest in the parse wins, then the most precise.

    `addressed` is for a verbal act (a statement, a request, a meeting): its object and the
    phrases of the trigger headed by an addressee's or a topic's preposition name whom it is
    addressed to or what it is about, not where it happened ("Putin urged Iran to start talks",
    "called on Ankara to", "talks on Syria" happened where the speakers were). `copresent` is for a meeting, which
    happens where its sides are together: the addressee's stated place is then its place ("met
    Turkey's foreign minister in Vancouver"), though not the addressee itself ("met Iran").
    """
    doc = state.doc
    mentions = [m for m in state.place_mentions or [] if m.role == PLACE and m.entry is not None]
    demonyms = [m for m in state.place_mentions or [] if m.role == DEMONYM and m.entry is not None and m.entry.kind == "country"]
    if not (mentions or demonyms) or not 0 <= trigger_token_index < len(doc):
        return None
    scene = _Scene(doc, mentions, trigger_token_index, demonyms)
    trigger = doc[trigger_token_index]
    basis = "trigger"
    choice = _nearest(_Walk(scene, 4, through_args=not addressed or copresent, addressed=addressed).run(trigger))
    if choice is None and trigger.dep_ in ("amod", "compound") and trigger.head.pos_ == "NOUN":
        choice = _nearest(scene.attached(trigger.head, 4, through_args=False))
    if choice is None:
        basis = "argument"
        found: Found = []
        for a in argument_token_indices:
            if not 0 <= a < len(doc):
                continue
            if a in scene.at:  # the argument is itself a place that does not act: "struck Pakistan"
                found.append((2, scene.at[a]))
            found.extend(scene.attached(doc[a], 3, through_args=False))
        choice = _nearest(found)
    return choice.to_location(basis) if choice is not None else None


def occasion_place(state: DocState, verb_index: int) -> Location | None:
    """Where a statement was made when its verb of saying is tied to an occasion the text
    places: a participle said with it ("Speaking in London, he said", "Speaking after a
    meeting with May in London") or a phrase of time naming the occasion ("said ahead of a
    meeting in London", "said after talks in Ankara"): the speaking and the occasion were in
    one place. Not a perfect participle ("Having met X in Paris, he said": before, perhaps
    elsewhere). The place is reached from the participle or phrase through nouns and
    prepositions only, not through another clause; the nearest wins."""
    doc = state.doc
    verb = doc[verb_index]
    if verb.pos_ != "VERB":
        return None
    holders = speaking_participles(verb) + [c for c in verb.children if c.dep_ in ("prep", "advmod") and c.lower_ in OCCASION_WORDS]
    best: tuple[int, PlaceMention] | None = None
    for mention in (m for m in state.place_mentions or [] if m.role == PLACE and m.entry is not None):
        if not verb.sent.start <= mention.start < verb.sent.end:
            continue
        steps = steps_up(doc[mention.start:mention.end].root, {h.i for h in holders}, limit=9)
        if steps is not None and (best is None or steps < best[0]):
            best = (steps, mention)
    return best[1].to_location("trigger") if best is not None else None


def _nearest(found: Found) -> PlaceMention | None:
    """The nearest place in the parse, then the most precise, then the first written."""
    if not found:
        return None
    found.sort(key=lambda dm: (dm[0], KIND_ORDER.get(dm[1].entry.kind, 9), dm[1].start))
    return found[0][1]


class _Scene:
    """The trigger's document as the walks see it: which place mention each token is in (`at`),
    and the parse with locative phrases moved to the event noun they follow."""

    def __init__(self, doc: Doc, mentions: list[PlaceMention], trigger_token_index: int,
                 demonyms: list[PlaceMention] | None = None):
        self.doc = doc
        self.at: dict[int, PlaceMention] = {}
        for m in mentions:
            for t in range(m.start, m.end):
                self.at[t] = m
        # Country adjectives, which place only a part of their country they describe ("the Syrian coast").
        self.demonym_at: dict[int, PlaceMention] = {t: m for m in demonyms or [] for t in range(m.start, m.end)}
        # A locative phrase right after an event noun that is a verb's object belongs to the noun, whatever the
        # parser attached it to: in "condemned the strikes in Balochistan" the strikes were in Balochistan.
        self.quoted = _quoted_elsewhere(doc[trigger_token_index])
        self.moved: dict[int, int] = {}  # preposition → its new head
        for verb in doc[trigger_token_index].sent:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            for obj in verb.children:
                if obj.dep_ in ("dobj", "nsubjpass") and obj.lemma_.lower() in EVENT_NOUNS:
                    for prep in verb.children:
                        if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS and prep.i == obj.right_edge.i + 1:
                            self.moved[prep.i] = obj.i

    def children(self, tok: Token):
        """The children of a token in the parse, with the moved locative phrases where they belong."""
        for child in tok.children:
            if self.moved.get(child.i, tok.i) == tok.i:
                yield child
        for prep, head in self.moved.items():
            if head == tok.i:
                yield self.doc[prep]

    def attached(self, root: Token, depth_limit: int, through_args: bool) -> Found:
        """Places the parse attaches to `root` as where it is: (hops, mention)."""
        return _Walk(self, depth_limit, through_args).run(root)


def _quoted_elsewhere(trigger: Token) -> set[int]:
    """The tokens of the trigger's sentence inside quotation marks that do not hold the trigger:
    words quoted from someone ("demanded “steps to destroy this hotbed [in Idlib]”") say where
    what they tell happens, not where the quoting clause's act did, whatever the parser attached
    them to."""
    inside, start, spans = False, 0, []
    for tok in trigger.sent:
        if not inside and tok.text in ("“", "``", '"'):
            inside, start = True, tok.i
        elif inside and tok.text in ("”", "''", '"'):
            spans.append((start, tok.i))
            inside = False
    return {i for a, b in spans if not a < trigger.i < b for i in range(a + 1, b)}


def _where_antecedent(verb: Token) -> Token | None:
    """The noun a relative clause of place modifies ("Cairo, where he met Sisi", "the village in
    which the strike fell"), when `verb` is the verb of such a clause; else None."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ == "where":
            return _placed_by_direction(verb.head)
        if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPS and any(
                g.dep_ == "pobj" and g.lower_ == "which" for g in child.children):
            return _placed_by_direction(verb.head)
    return None


def _placed_by_direction(noun: Token) -> Token:
    """The place a direction after it situates, when `noun` is that direction ("In Raqqa to the
    north, where ...": Raqqa, not the north); else `noun`."""
    prep = noun.head
    if noun.lower_ not in DIRECTIONS or noun.dep_ != "pobj" or prep.dep_ != "prep":
        return noun
    if prep.head.pos_ == "PROPN":
        return prep.head  # "Raqqa to the north"
    if prep.head.dep_ == "prep":
        # "In Homs to the west": both phrases hang from the verb's "in"
        return next((c for c in prep.head.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), noun)
    return noun


class _Walk:
    """One walk over the parse from a root, at most `depth_limit` hops deep; `through_args` lets
    it look through the root's object ("struck bases of the group in Balochistan")."""

    def __init__(self, scene: _Scene, depth_limit: int, through_args: bool, addressed: bool = False):
        self.scene = scene
        self.addressed = addressed  # the root is a verbal act: its addressee's prepositions do not locate it
        self.at = scene.at
        self.depth_limit = depth_limit
        self.through_args = through_args
        self.found: Found = []
        self.seen: set[int] = set()

    def run(self, root: Token) -> Found:
        self.seen.add(root.i)
        if root.pos_ in ("NOUN", "PROPN") and not self.through_args and not self.addressed:
            self.noun(root, 0)
            return [(d, m) for d, m in self.found if not (d == 0 and m.start <= root.i < m.end)]
        # a verb, or an event noun: "the attack on a village near Panjgur", "strikes in Balochistan"
        self.clause(root, 0)
        antecedent = _where_antecedent(root)
        if antecedent is not None and antecedent.i not in self.seen:
            # "travelled on to Cairo, where he met Sisi": a relative "where" clause happens at the noun it modifies
            self.seen.add(antecedent.i)
            self.noun(antecedent, 1)
        return self.found

    def place_at(self, tok: Token, depth: int) -> None:
        if tok.i in self.at:
            self.found.append((depth, self.at[tok.i]))

    def objects_of(self, prep: Token, deps: tuple[str, ...], depth: int) -> None:
        """The unseen objects of a preposition, each a noun phrase one hop further."""
        for pobj in prep.children:
            if pobj.dep_ in deps and pobj.i not in self.seen:
                self.seen.add(pobj.i)
                self.noun(pobj, depth + 1)

    def noun(self, tok: Token, depth: int) -> None:
        """A noun phrase that is where something is: the place it names, or the places its words locate it in
        ("a village near Panjgur", "Pakistan's southwestern province of Balochistan", "Panjgur, Balochistan")."""
        self.place_at(tok, depth)
        if depth >= self.depth_limit:
            return
        for child in self.scene.children(tok):
            if child.i in self.seen:
                continue
            self.seen.add(child.i)
            dep = child.dep_
            if dep == "prep" and (child.lower_ in LOCATIVE_PREPS or child.lower_ == "of" and (tok.lower_ in LOCATING_NOUNS or tok.i in self.at)):
                self.objects_of(child, ("pobj", "pcomp"), depth)
            elif dep in ("appos", "conj", "npadvmod") or dep in ("poss", "compound", "nmod") and tok.lower_ in LOCATING_OR_CITY_NOUNS:
                self.noun(child, depth + 1)
            elif dep in ("compound", "nmod") and tok.i in self.at:
                self.place_at(child, depth)  # the rest of a multi-word name
            elif dep == "acl" and child.tag_ in ("VBN", "VBG"):
                self.participle(child, depth)
            elif dep == "amod" and child.i in self.scene.demonym_at and tok.lower_ in PART_NOUNS:
                # "on the Syrian coast", "a Turkish town": a part of the country the adjective names
                self.found.append((depth, self.scene.demonym_at[child.i]))

    def participle(self, tok: Token, depth: int) -> None:
        """A participle's locative phrase places the noun it describes: "militants based in
        Balochistan", "fighters hiding near Panjgur", "the region known as Kouh-Sabz in Balochistan";
        not a clause of its own ("the claim that Isis had been defeated in Syria")."""
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children):
            return
        for prep in self.scene.children(tok):
            if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS and prep.i not in self.seen:
                self.seen.add(prep.i)
                self.objects_of(prep, ("pobj",), depth)

    def clause(self, tok: Token, depth: int) -> None:
        """A verb or an event noun: its locative phrases, and, walking through arguments, its object's."""
        for child in self.scene.children(tok):
            if child.i in self.seen:
                continue
            dep = child.dep_
            # an addressee's or a topic's phrase follows the verb; a fronted one is a circumstance
            # ("On a visit to the Syrian coast, he embraced ...")
            addressee = self.addressed and child.lower_ in ADDRESSEE_PREPS and child.i > tok.i
            if dep == "prep" and child.lower_ in LOCATIVE_PREPS and not addressee and child.i not in self.scene.quoted:
                self.seen.add(child.i)
                self.objects_of(child, ("pobj", "pcomp"), depth)
            elif dep == "npadvmod" and child.i in self.at:
                self.seen.add(child.i)
                self.place_at(child, depth + 1)
            elif dep in ("prep", "prt", "advmod") and child.lower_ == "out" and not addressee:
                # a departure happens where it leaves: "pulled its troops out of Syria", "drove the militants
                # out of Mayadeen"
                self.seen.add(child.i)
                for of in (g for g in child.children if g.dep_ == "prep" and g.lower_ == "of" and g.i not in self.seen):
                    self.seen.add(of.i)
                    self.objects_of(of, ("pobj",), depth)
            elif self.through_args and dep in ("dobj", "nsubjpass", "attr", "oprd") and child.lemma_.lower() not in EVENT_NOUNS:
                self.seen.add(child.i)
                self.argument(child, depth)
            elif dep == "prep" and child.lower_ == "of" and tok.pos_ == "NOUN" and not self.addressed:
                # the "of" phrase of an act's noun is its object: "the bombardment of Idlib" is
                # where the bombs fell, as "bombed Idlib" is
                self.seen.add(child.i)
                for pobj in (g for g in child.children if g.dep_ == "pobj" and g.i not in self.seen):
                    self.seen.add(pobj.i)
                    self.argument(pobj, depth)

    def argument(self, child: Token, depth: int) -> None:
        """The object's stated place ("struck bases of the group in Balochistan"), or the object when it is a
        place; not the place of an event named by the object ("condemned the strikes in Balochistan")."""
        if not self.addressed:  # the addressee of a verbal act is not its place ("met Iran")
            self.place_at(child, depth + 2)
        for grandchild in self.scene.children(child):
            if grandchild.i in self.seen:
                continue
            if grandchild.dep_ == "prep" and grandchild.lower_ in LOCATIVE_PREPS_OR_OF:
                self.seen.add(grandchild.i)
                for pobj in grandchild.children:
                    if pobj.dep_ == "pobj" and pobj.i not in self.seen:
                        self.seen.add(pobj.i)
                        if grandchild.lower_ == "of" and child.lower_ not in LOCATING_NOUNS:
                            self.of_chain(pobj, depth + 1)
                        else:
                            self.noun(pobj, depth + 1)
            elif grandchild.dep_ == "acl" and grandchild.tag_ in ("VBN", "VBG"):
                self.participle(grandchild, depth + 1)  # "struck militants based in Balochistan"
            elif grandchild.dep_ == "amod" and grandchild.i in self.scene.demonym_at and child.lower_ in PART_NOUNS \
                    and not self.addressed:
                self.found.append((depth + 2, self.scene.demonym_at[grandchild.i]))  # "struck a Syrian village"

    def of_chain(self, tok: Token, depth: int) -> None:
        """"bases of the group in ...": follow "of" phrases to their locative attachments, not to places they name."""
        for child in self.scene.children(tok):
            if child.i in self.seen:
                continue
            if child.dep_ == "prep":
                self.seen.add(child.i)
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.i not in self.seen:
                        self.seen.add(pobj.i)
                        if child.lower_ in LOCATIVE_PREPS:
                            self.noun(pobj, depth + 1)
                        elif child.lower_ == "of" and depth < self.depth_limit:
                            self.of_chain(pobj, depth + 1)
            elif child.dep_ in ("appos", "compound", "amod") and depth < self.depth_limit:
                self.seen.add(child.i)
                self.of_chain(child, depth)
