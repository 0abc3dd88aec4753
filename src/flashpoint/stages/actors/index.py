"""The actor a noun phrase denotes: `ActorIndex` holds one document's mentions by head token
and by token, and `actor_for_token` asks it (events and quotes use this for their actors)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...stage import DocState
from .mention import ActorMention
from .words import ASSOCIATION_HEADS, CLAUSE_DEPENDENCIES, NP_MODIFIERS


class ActorIndex:
    """Mentions of one document by head token and by token, for `actor_for_token`."""

    def __init__(self, doc: Doc, mentions: list[ActorMention], ranks: list[int], sentence_of):
        self.doc = doc
        self.by_head: dict[int, ActorMention] = {}
        self.covering: dict[int, ActorMention] = {}
        best: dict[int, int] = {}
        for m, rank in zip(mentions, ranks):
            if m.head not in best or rank > best[m.head]:
                best[m.head] = rank
                self.by_head[m.head] = m
        for m in sorted(mentions, key=lambda m: -(m.end - m.start)):  # smaller spans win
            for i in range(m.start, m.end):
                self.covering[i] = m
        self.sentence_of = sentence_of

    def lookup(self, i: int, depth: int = 0) -> ActorMention | None:
        if i in self.by_head:
            return self.by_head[i]
        if i in self.covering:
            return self.covering[i]
        if depth > 3:
            return None
        tok = self.doc[i]
        entity, sector, used = None, None, []
        for child in sorted(tok.children, key=lambda c: abs(c.i - i)):
            if child.dep_ not in NP_MODIFIERS:
                continue
            m = self._in_modifier(child)
            if m is None:
                continue
            used.append(m)
            if m.kind == "sector" and not m.country:
                sector = sector or m
            elif entity is None or (entity.kind == "state" and m.kind in ("group", "igo", "person") and child.dep_ in ("appos", "compound")):
                entity = m
        if entity is None and sector is not None:
            # "military positions of Islamic State", "drones and weapons stores of HTS": a
            # modifier that says only what kind of thing it is, and an "of" phrase that says
            # whose it is: the owner's
            owner = self._of_owner(tok, depth)
            if owner is not None and (owner.kind != "sector" or owner.country):
                return owner
        if entity is not None or sector is not None:
            chosen = entity or sector
            left = min([i] + [c.left_edge.i for c in tok.children if c.i < i and c.dep_ not in CLAUSE_DEPENDENCIES])
            right = max([i] + [m.end - 1 for m in used if m is chosen or m is sector])
            code, sec = chosen.code, chosen.sector
            if entity is not None and sector is not None and entity.kind == "state" and not entity.sector and entity.country:
                code, sec = entity.country + (sector.code or ""), sector.sector
            return self._new(left, right + 1, chosen, code=code, sector=sec, via="np")
        if tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.lemma_.lower() in ASSOCIATION_HEADS:
            return None  # "the Law Society of Kenya": a body of the country's lawyers, not the state
        return self._of_owner(tok, depth)

    def _of_owner(self, tok: Token, depth: int) -> ActorMention | None:
        """The actor an "of" phrase of a noun names ("two bases of Jaish al-Adl")."""
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = self.lookup(pobj.i, depth + 1)
                        if found is not None:
                            left = min([pobj.i] + [c.left_edge.i for c in pobj.children if c.i < pobj.i and c.dep_ not in CLAUSE_DEPENDENCIES])
                            right = max(pobj.i, found.end - 1)
                            if left <= found.start and right >= found.end - 1:
                                return self._new(left, right + 1, found, via="of")
                            return found
        return None

    def _in_modifier(self, child: Token, depth: int = 0) -> ActorMention | None:
        m = self.by_head.get(child.i) or self.covering.get(child.i)
        if m is not None:
            return m
        if depth >= 2 or child.dep_ not in ("compound", "appos", "nmod", "poss", "amod"):
            return None
        for grandchild in child.children:
            if grandchild.dep_ in NP_MODIFIERS:
                found = self._in_modifier(grandchild, depth + 1)
                if found is not None:
                    return found
        return None

    def _new(self, start: int, end: int, m: ActorMention, *, code=None, sector=None, via: str) -> ActorMention:
        span = self.doc[start:end]
        return ActorMention(start, end, span.start_char, span.end_char, span.text, m.name, code if code is not None else m.code, m.country,
                            sector if code is not None else m.sector, m.kind, m.head, m.how, via=via, entity=m.entity, sentence=m.sentence, affiliation=m.affiliation)


def actor_for_token(state: DocState, token_index: int) -> ActorMention | None:
    """The actor denoted by the noun phrase headed by `token_index`.

    A mention headed by or containing the token; else one named by a modifier of the phrase
    (compound, adjective, possessive, apposition: "Iranian missiles" -> IRN with the sector
    of "missiles", "the Sunni Muslim group Jaish al-Adl" -> Jaish al-Adl); else one named in an
    "of" phrase ("two bases of Jaish al-Adl"). Relative clauses and clausal children are never
    looked into. The result spans the words that named the actor.
    """
    index = state.actor_index
    if index is None:
        return None
    return index.lookup(token_index)
