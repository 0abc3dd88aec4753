"""Agreement of a pronoun with the party it refers back to
(`participants.ParticipantResolver.antecedent` asks these):

- number, of the speaker of the verb of saying a pronoun is under: "Pakistan said it had
  attacked" is Pakistan's attack, but in "Kurdish fighters held the town. Turkey said they had
  fired rockets across the border" the plural "they" is not Turkey, a state named as one body:
  "they" are the fighters, the nearest earlier party that agrees in number. Plural pronouns
  agree with anything but a state or an international body named in the singular ("the
  rebels", "the Taliban", "the army" in loose usage, parties named together: "Moscow and
  Tehran said they"); singular ones with no plural in form. When no earlier party agrees, the
  speaker is taken, as before. (Only the speaker is held to number: in the search over
  earlier mentions the nearest of the right kind is taken as before.)
- gender, of a person the text addresses as a man or a woman ("Mr Javid", "Ms Begum"):
  "he" is no one the text calls Ms, "she" no one it calls Mr (`titled_genders`);
- a person named by a post ("the Russian envoy") is whom "he" or "she" refers to when no
  person is named (`titled_person`).

Binding inside a pronoun's own clause (binding.py) has its own agreement of named subjects."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lexicon import table, words

PRONOUN_AGREEMENT = table("events_syntax", "pronoun_agreement")
PLURAL_PRONOUNS = frozenset(PRONOUN_AGREEMENT["plural"])
MASCULINE_PRONOUNS = frozenset(PRONOUN_AGREEMENT["masculine"])
FEMININE_PRONOUNS = frozenset(PRONOUN_AGREEMENT["feminine"])
MASCULINE_TITLES = words("events", "masculine_titles")
FEMININE_TITLES = words("events", "feminine_titles")
MASCULINE_RELATIONS = words("events", "masculine_relations")
FEMININE_RELATIONS = words("events", "feminine_relations")
SINGULAR_PRONOUNS = frozenset(PRONOUN_AGREEMENT["singular"])
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# kinds of party named as one body, which a plural pronoun does not refer to unless plural in form
SINGLE_BODIES = frozenset({"state", "igo"})
# the words through which a name modifies the noun a pronoun may stand for: "Kurdish fighters",
# "Turkey's leaders", "Hamas militants" are plural
MODIFYING = frozenset({"amod", "compound", "poss", "nmod"})


def _phrase_nouns(doc: Doc, mention) -> list[Token]:
    """The noun a mention is hung on, and the noun its name modifies ("Kurdish fighters")."""
    head = doc[mention.head]
    return [head, head.head] if head.dep_ in MODIFYING and head.head.i != head.i else [head]


def plural_form(doc: Doc, mention) -> bool:
    """Whether a mention is plural in form: its head, the noun it modifies or the noun of its
    "of" phrase is a plural noun, or it is one of nouns told together ("Iran and Russia")."""
    head = doc[mention.head]
    nouns = _phrase_nouns(doc, mention)
    # a noun counting or grouping the ones named in its "of" phrase: "a small group of jihadis"
    nouns += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
              if o.dep_ == "pobj" and mention.start <= o.i < mention.end]
    return any(n.tag_ in PLURAL_TAGS for n in nouns) or any(bool(n.conjuncts) for n in nouns)


def agrees_in_number(pronoun: Token, mention) -> bool:
    """Whether a pronoun and a mention of its document agree in number (see the module's doc).
    What counts against a plural pronoun is only a state or an international body named as
    one (a singular in form: "Turkey", "the UN"): a sector or a group may be spoken of as
    many ("the army ... they"), and its word may be mistagged ("jihadis" as a proper noun);
    against a singular one, a plural in form. Any other pronoun agrees with any mention."""
    lower = pronoun.lower_
    if lower in PLURAL_PRONOUNS:
        return mention.kind not in SINGLE_BODIES or plural_form(pronoun.doc, mention)
    if lower in SINGULAR_PRONOUNS:
        return not plural_form(pronoun.doc, mention)
    return True


def titled_person(doc: Doc, mention, titles: frozenset[str]) -> bool:
    """Whether a party is named through the post of one person ("the Russian envoy", "Turkey's
    foreign minister", "a YPG spokesman"): a singular noun of a post holder (`titles`, the
    officials of knowledge/events.yaml) heads the mention or is the noun its name modifies,
    and the mention says whose post it is (a state, a body, a group).
    "He", "she", "him", "her" can refer to that person, as to a person named: "Kurdish
    officials met the Russian envoy. They asked him to stop the Turkish advance"."""
    if mention.kind == "sector" and not mention.country:
        return False  # "the foreign secretary", "as a diplomat": whose post is not said, no party to stand for
    nouns = _phrase_nouns(doc, mention)
    return any(n.tag_ == "NN" and n.lemma_.lower() in titles for n in nouns)


def titled_genders(doc: Doc) -> dict[str, str]:
    """The gender the text gives the names it puts after a form of address or a title ("Mr
    Javid", "Ms Shamima Begum", "Lady Ashton"): {name word, lower case: "m" or "f"}, for each
    word of the name. A name given both is left out."""
    genders: dict[str, str] = {}

    def give(word: Token, gender: str) -> None:
        genders[word.lower_] = gender if genders.get(word.lower_, gender) == gender else "?"

    for token in doc:
        title = token.lower_.rstrip(".")
        gender = "m" if title in MASCULINE_TITLES else "f" if title in FEMININE_TITLES else None
        if gender is None or token.i + 1 >= len(doc):
            continue
        for word in doc[token.i + 1:token.i + 4]:
            if word.pos_ != "PROPN" and word.text != ".":
                break
            if word.pos_ == "PROPN":
                give(word, gender)
    for name, gender in kin_named(doc):
        for word in (w for w in name.subtree if w.pos_ == "PROPN" and (w.i == name.i or w.dep_ == "compound")):
            give(word, gender)
    return {name: g for name, g in genders.items() if g != "?"}


def kin_named(doc: Doc) -> list[tuple[Token, str]]:
    """Names in apposition to a noun of kin that says a man or a woman, with its gender: "his
    fiancee, Mira Rojkan" (Rojkan, "f"), "Yago Riedijk, her husband" (Riedijk, "m")."""
    out = []
    for token in doc:
        lemma = token.lower_
        gender = "m" if lemma in MASCULINE_RELATIONS else "f" if lemma in FEMININE_RELATIONS else None
        if gender is None or token.tag_ != "NN":
            continue
        names = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if token.dep_ == "appos" and token.head.pos_ == "PROPN":
            names.append(token.head)
        out += [(name, gender) for name in names]
    return out


def agrees_in_gender(pronoun: Token, mention, genders: dict[str, str]) -> bool:
    """Whether a personal pronoun may refer to a person the text names: not "he" to a woman it
    calls "Ms", "Mrs" or "Lady", not "she" to a man it calls "Mr" or "Sir" (`titled_genders`:
    "Ms Begum met Mr Javid. He refused her request" is Javid refusing Begum). Any pronoun
    agrees with a person the text gives no gender, with one named here by a name word never
    titled (another of the family: "Mrs Clinton ... Bill Clinton"), and with any other mention."""
    lower = pronoun.lower_
    wanted = "m" if lower in MASCULINE_PRONOUNS else "f" if lower in FEMININE_PRONOUNS else None
    if wanted is None or mention.kind != "person":
        return True
    written = [w.strip(".,") for w in (mention.text or "").split() if w[:1].isupper()]
    if any(w.lower() not in genders and w.lower().rstrip(".") not in MASCULINE_TITLES | FEMININE_TITLES for w in written):
        return True  # a name word never titled: maybe another who shares the surname ("Mrs Clinton ... Bill Clinton")
    names = [*(mention.name or "").lower().split(), *(mention.text or "").lower().split()]
    given = {genders[n] for n in names if n in genders}
    return not given or wanted in given


def coordinated_partners(pronoun: Token, mention, actor_at) -> list:
    """The other parties a plural pronoun stands for when its antecedent is one of coordinated
    names ("The US and Britain said they were concerned and urged restraint": both urged;
    "Mali and Burkina Faso warned that they would respond"): the mentions at the antecedent's
    conjuncts, other than the antecedent itself. Nothing for a singular pronoun ("the US and
    Britain met, and it said": the US alone), an antecedent named alone or in an earlier sentence."""
    if pronoun.lower_ not in PLURAL_PRONOUNS or mention is None or mention.head is None:
        return []
    head = pronoun.doc[mention.head]
    if head.i >= pronoun.i or head.sent.start != pronoun.sent.start:
        return []  # (only names of its own sentence: "X and Y said they": a pair named earlier may have come apart)
    found = [actor_at(c) for c in head.conjuncts if c.i < pronoun.i]
    return [m for m in found if m is not None and m.name != mention.name]
