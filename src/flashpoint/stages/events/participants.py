"""Who takes part in an event: the actors a noun phrase denotes (one per conjunct), with
pronouns resolved to their antecedent, relative pronouns to the noun their clause modifies,
people named by their allegiance ("soldiers loyal to the government"), someone other than
the possessor ("Pakistan's neighbour") and the doer of an event a definite description
refers back to ("rejected the demands")."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass

from spacy.tokens import Token

from ...nlp import doc_text
from ...knowledge.events import EventLexicon
from ...language.coreference import covers_any, hyphenated_pair, included_members, inserted_referent, listed_members, nearest_earlier, ordinal_referent, pair_referents, relative_head, sentence_index, subject_above, window_start
from ...language.trees import elided_noun, gapped_remnants, light_verb_doer
from ...stage import DocState
from .continuation import chained_pronoun, topic_subject
from .pairs import told_pairs
from .descriptions import fits_description
from .agreement import agrees_in_gender, agrees_in_number, coordinated_partners, titled_genders, titled_person
from .binding import UNRESOLVED, attached_subject, bound_parties, bound_words, first_person_clause, local_antecedent
from .instruments import bare_weapon, instrument_users
from .responsibility import attributed_doers, claimants
from .quoted import not_the_speaker, quotation_apart
from .organs import answers_for
from .referents import told_act_referred_to
from .possession import beyond_participle, leader, named_by_modifier, speakers_own, parallel_owner, person_antecedent, possessed_apposition, possessor
from .syntax import coordinated_modifiers, subject, victim_phrase
from .triggers import TriggerFinder
from .words import (ANNOUNCEMENT_NOUNS, COMMITMENT_NOUNS, ANSWER_SENTENCES_BACK, CHALLENGE_TYPES, COUNT_WORDS, DECISION_NOUNS, DEFINITE_DETERMINERS, FIRST_PERSON_POSSESSIVES, GENERIC_HEADS, GROUP_DESCRIPTIONS,
                    GROUP_DESCRIPTION_SENTENCES, GROUP_PRONOUNS, IMPERSONAL_PRONOUNS, INDEFINITE_ARTICLES, JUDGING_TYPES, LISTENER_PRONOUNS, NOUN_PHRASE_MODIFIERS, OBJECTS,
                    PERSONAL_PRONOUNS, PRONOUN_CHAIN_HOPS, PROPOSAL_NOUNS, PROPOSING_VERBS, PRONOUN_SENTENCES_BACK, QUOTED_GROUP_PRONOUNS, RELATIVE_PRONOUNS, REPORTED_CLAUSES, REPORTING_VERBS, SELF_PRONOUNS,
                    SPEAKER_PRONOUNS, SPEECH_TYPES, SUBJECTS)


@dataclass
class Unresolved:
    """A participant named by a noun phrase that resolves to no actor in the dictionary."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    head: int
    name: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    kind: str = "unresolved"

    @classmethod
    def of(cls, token: Token) -> "Unresolved":
        # The noun phrase without relative clauses or long modifiers: determiners, numbers,
        # adjectives and compounds before the head.
        left = token
        for child in token.lefts:
            if child.dep_ in NOUN_PHRASE_MODIFIERS:
                left = min(left, child, key=lambda t: t.i)
                left = min([left, *child.subtree], key=lambda t: t.i)
        span = token.doc[left.i:token.i + 1]
        return cls(span.start, span.end, span.start_char, span.end_char, span.text, token.i)


@dataclass
class Participant:
    """An actor or recipient of an event: an actor mention (or `Unresolved`) and how it was
    found, the path that goes into the rule id."""

    mention: object  # stages.actors.ActorMention
    path: str


MEASURE_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})


def names_people(token: Token) -> bool:
    """Whether an unresolved noun phrase can be a victim worth keeping: people counted or
    named ("50 persons", "two children", "a man", "Naresh Yadav"), not "the insecurity"."""
    if token.ent_type_ in MEASURE_ENTITIES:
        # "over five years", "two weeks", "$5m", "40 percent", "Sunday's attack": times and
        # amounts, not people (a day's name is a proper noun)
        return False
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "NORP", "ORG"):
        return True
    if token.pos_ != "NOUN":
        return False
    if token.tag_ in ("NNS", "NNPS"):
        return True
    return any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an", "another")) for c in token.children)


def bare_count(token: Token) -> bool:
    """A conjunct that only counts ("several, and maybe dozens, of Russian nationals", "ten or
    twelve of the soldiers"): a second guess at the size of the group its coordinate names,
    not a second party. Not a count with a noun or an "of" phrase of its own ("two soldiers
    and three civilians", "some of the rebels")."""
    if not (token.like_num or token.lower_ in COUNT_WORDS or token.lemma_.lower() in COUNT_WORDS):
        return False
    return not any(c.dep_ in ("prep", "compound", "amod", "nmod", "appos", "poss") for c in token.children)


def described_group(token: Token) -> bool:
    """Whether an unresolved subject is a group the text describes well enough to be an actor:
    a plural noun with a modifier that says whose it is or what kind ("United States-backed
    fighters", "Sunni Arab forces", "the rebel commanders"), not "they" or "officials"."""
    if token.pos_ != "NOUN" or token.tag_ not in ("NNS", "NNPS"):
        return False
    return any(c.dep_ in ("amod", "compound", "nmod") and c.pos_ in ("ADJ", "PROPN", "NOUN", "VERB") and c.i < token.i
               for c in token.children)


class ParticipantResolver:
    """Resolves noun phrases of one document to actor mentions. Remembers the events told so
    far (`remember`), which a later definite description can refer back to."""

    def __init__(self, state: DocState, lexicon: EventLexicon, triggers: TriggerFinder):
        from ..actors import actor_for_token

        self.state = state
        self.doc = state.doc
        self.lexicon = lexicon
        self.triggers = triggers
        self.actor_for_token = actor_for_token
        self.mentions = state.actor_mentions or []
        self._quoting = False  # while reading the speaker of a quotation for a pronoun (no loop back)
        # (trigger index, type, actor mention, recipient mentions) of the events told so far, in text
        # order: what a later definite description ("rejected the demands") or "both sides" refers back to
        self.told: list[tuple[int, str, object, list]] = []
        # (trigger index, type, actor mention, recipient mentions) of the demands and
        # accusations told so far: what a later refusal or denial answers
        self.challenges: list[tuple[int, str, object, list]] = []

    @functools.cached_property
    def sentence_starts(self) -> list[int]:
        """Where each sentence of the document begins (a pronoun's window is counted in sentences)."""
        return [sentence.start for sentence in self.state.sentences]

    def sentence_of(self, token: Token) -> int:
        """The number of the sentence a word is in."""
        return sentence_index(self.sentence_starts, token.i)

    def remember(self, trigger: Token, event_type: str, actors: list[Participant], recipients: list[Participant] = ()) -> None:
        """Note an event told, for the definite descriptions and the answers after it."""
        self.told += [(trigger.i, event_type, a.mention, [r.mention for r in recipients]) for a in actors if a.mention.kind != "unresolved"]
        if event_type in CHALLENGE_TYPES:
            self.challenges += [(trigger.i, event_type, a.mention, [r.mention for r in recipients])
                                for a in actors if a.mention.kind != "unresolved"]

    def challengers(self, trigger: Token, actors: list[Participant], sentence_index: int) -> list:
        """Whom a refusal or denial with no one named answers: all who last demanded something of, or accused, the refuser or
        an organ of its state (organs.py), in the `ANSWER_SENTENCES_BACK` ("France accused Iran of ..., a charge Tehran denied")."""
        own = {a.mention.country or a.mention.name for a in actors}
        earliest = window_start(self.sentence_starts, sentence_index, back=ANSWER_SENTENCES_BACK)
        answered, latest = {}, -1  # the accusers of the latest challenge (one trigger), by identity
        for index, _, actor, recipients in reversed(self.challenges):
            if index >= trigger.i or index < earliest or (answered and index != latest):
                continue
            if (actor.country or actor.name) not in own and any(answers_for(r, actors) for r in recipients):
                latest = index
                answered.setdefault(actor.country or actor.name, actor)
        return list(answered.values())[::-1]

    def actor_at(self, token: Token):
        """The actor mention that covers or stands for a token, if any."""
        return self.actor_for_token(self.state, token.i)

    def participants(self, token: Token, path: str, sentence_index: int, *, keep_unresolved: bool = False) -> list[Participant]:
        """The actors a noun phrase denotes: one per conjunct; pronouns resolved.

        With `keep_unresolved`, a noun phrase that names no known actor is kept as it is
        ("over 50 persons were arrested"): victims matter even when unclassified."""
        out = []
        token = possessed_apposition(token) or token  # "the Syrian president Bashar al-Assad's backers, Iran and Russia"
        heads = [token, *(c for c in token.conjuncts if not bare_count(c) and not beyond_participle(token, c, path)), *gapped_remnants(token)]
        # "they [Russians and Tunisians]": whom the editor says; "leaders including Erdogan and Macron": the members named
        heads = [n for h in heads for n in inserted_referent(h) or included_members(h) or pair_referents(h, told_pairs(self, h))
                 or ordinal_referent(h, told_pairs(self, h)) or self._pair_act(h) or [h]]  # ("both countries", "the latter": the pair told)
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl" and token.head.head.conjuncts:
            # "Putin and Erdogan, who have backed ...": a relative clause after the last of
            # coordinated nouns, hung on the first, modifies them all
            antecedent = token.head.head
            if all(c.i < token.i for c in antecedent.conjuncts) and antecedent.i < min(c.i for c in antecedent.conjuncts):
                heads += [c for c in antecedent.conjuncts]
            elif all(c.i < antecedent.i for c in antecedent.conjuncts) and any(c.lower_ == "respectively" for c in token.head.children):
                # "Putin and Erdogan, who have backed the government and the rebels
                # respectively": hung on the last, a clause that pairs its lists modifies them all
                heads = [*sorted(antecedent.conjuncts, key=lambda c: c.i), *heads]  # in the order of the list
        weapons = self.lexicon.object_classes["weapons"]
        if any(not self._weapon(h, weapons) for h in heads):
            # "Isis snipers, suicide bombs and rockets are pinning down the army": the weapons
            # are the means of the doers named with them, not parties of their own
            heads = [h for h in heads if not self._weapon(h, weapons)]
        for head in heads:
            if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl" and head.head.head.i != head.head.i:
                # "militants who attacked", "Siddiqui, who was arrested": the noun the relative
                # clause modifies, never an actor named earlier; for an event noun ("a bombing
                # that killed 100") whoever carried it out, if its phrase or light verb says.
                antecedent = person_antecedent(head, head.head.head, names_people)
                if antecedent.pos_ == "NOUN" and self.triggers.noun_coding(antecedent) is not None:
                    mention = self.noun_actor(antecedent) or self.claimant(antecedent) or light_verb_doer(antecedent, self.lexicon.light_verbs, lambda d: self.resolve(d, sentence_index))
                    if mention is not None:
                        out.append(Participant(mention, path))
                    continue
                head = antecedent
            mention = self.resolve(head, sentence_index)
            if mention is None and keep_unresolved and names_people(head) and self.triggers.noun_coding(head) is None:
                mention = Unresolved.of(head)
            if mention is not None:
                out.append(Participant(mention, path))  # (and one per coordinated adjective: "the Egyptian and Jordanian ministers")
                out += [Participant(dataclasses.replace(m, head=head.i), path) for c in coordinated_modifiers(head) for m in [self.actor_at(c)]
                        if m is not None and m.name != mention.name]
                out += [Participant(dataclasses.replace(m, head=head.i), path) for m in coordinated_partners(head, mention, self.actor_at)]
        return out

    def _pair_act(self, noun: Token) -> list[Token]:
        """The sides of an act a hyphenated pair names ("condemned the Israel-Hamas fighting"): both did it."""
        return hyphenated_pair(noun) if noun.pos_ == "NOUN" and self.triggers.noun_coding(noun) is not None else []

    @staticmethod
    def _weapon(token: Token, weapons: frozenset[str]) -> bool:
        return token.pos_ == "NOUN" and token.lemma_.lower() in weapons

    def resolve(self, token: Token, sentence_index: int):
        """The actor mention a token stands for: a pronoun's antecedent, the actor named at the
        token (or the one it belongs to, or the country it is in), or the doer of the event
        an event noun names; None when it names no actor."""
        lower = token.lower_
        # (not "US" in capitals, which the tagger may even call a pronoun: the United States)
        if (token.pos_ == "PRON" or lower in GROUP_PRONOUNS | PERSONAL_PRONOUNS) and not (token.text.isupper() and len(token.text) > 1):
            if lower in ("what", "which"):
                # "against what it described as militants": the "as" phrase names them.
                for t in token.head.subtree if token.dep_ != "pobj" else token.subtree:
                    if t.lower_ == "as" and t.dep_ == "prep":
                        target = next((c for c in t.children if c.dep_ == "pobj"), None)
                        if target is not None:
                            return self.resolve(target, sentence_index)
                return None
            if lower in GENERIC_HEADS and (lower != "those" or any(c.dep_ in ("acl", "prep") for c in token.children)):
                return None  # "anyone", "those kidnapped by Isis": whoever fits (but "those who resigned" may be some named before)
            return self.antecedent(token, sentence_index)
        if elided_noun(token) is not None:  # "a Turkish soldier was killed and three were wounded"
            return self.resolve(elided_noun(token), sentence_index)
        mention = self.actor_at(token)
        if mention is not None and mention.head != token.i and token.pos_ == "NOUN" and victim_phrase(token, self.triggers.noun_coding(token)):
            mention = None  # "the bombardment of Lebanese villages": whom the act befell, not its doer
        if mention is None or bare_weapon(mention, token):
            # "a bomb planted by the Taliban", "the group's rockets": the user's (instruments.py)
            mention = next((m for u in instrument_users(token) for m in [self.resolve(u, sentence_index)] if m is not None), mention)
        if speakers_own(token, mention) or (named_by_modifier(token, mention) and token.lemma_.lower() not in self.lexicon.other_party
                                            and possessor(token) is not None and not self.triggers.in_object_class(token, "places")):
            # "Erdogan's Kurdish vendetta", "their Syria agenda": a noun that names no party is
            # its possessor's; the adjective or compound says what it is about (of a place,
            # "Syria's Kurdish enclave", the adjective names who holds it, as the target); "our
            # forces" in quoted words are the speaker's side's, as "we" is that side
            owned = self.resolve(possessor(token), sentence_index)
            if owned is not None and (owned.kind != "sector" or owned.country):
                return owned
        if token.pos_ == "NOUN" and leader(token) is not None and (
                (mention is None and self.triggers.noun_coding(token) is not None)
                or (mention is not None and mention.kind == "sector" and not mention.country and mention.head != token.i)):
            # "the military campaign, led by the SDF": the leader's act ("military" says what kind)
            return self.resolve(leader(token), sentence_index) or mention
        if (mention is None or (mention.kind == "sector" and not mention.country and mention.start < token.i)) and self._group_description(token, mention):
            return self.described_group(token, sentence_index) or mention  # ("the group"; "the paramilitary group": a kind, not which)
        if token.lemma_.lower() in self.lexicon.other_party:
            # "Assad's main backer", "Pakistan's neighbour": someone other than the possessor,
            # named by an apposition ("..., the Russian president, Vladimir Putin") or a
            # modifier ("his Pakistani counterpart"), if at all.
            named = next((m for a in token.children if a.dep_ == "appos" for m in [self.resolve(a, sentence_index)] if m is not None), None)
            possessors = [t.i for c in token.children if c.dep_ == "poss" for t in c.subtree]
            if named is not None or (mention is not None and any(mention.start <= i < mention.end for i in possessors)):
                return named
        if mention is None or (mention.kind == "sector" and mention.country is None):
            allegiance = self.allegiance(token, sentence_index)
            armed = mention is not None and mention.sector not in (None, "CVL")
            if allegiance is not None and allegiance.country is not None and allegiance.kind not in ("group", "igo") and armed:
                # "soldiers loyal to the Syrian government": that state's soldiers
                return dataclasses.replace(mention, country=allegiance.country, code=allegiance.country + mention.sector, name=allegiance.name)
            if allegiance is not None and not armed:
                # "people linked to Islamic State": its people; an armed sector word keeps its
                # own sector ("militants linked to IS" are militants, not IS itself)
                return allegiance
        if mention is not None and mention.kind == "sector" and mention.country is None:
            mention = self.with_stated_country(token, mention)
        if mention is None and token.pos_ == "NOUN" and (self.triggers.noun_coding(token) is not None or token.lemma_.lower() in DECISION_NOUNS):
            # "condemned Iran's strike": the target of the accusation is the striker; "a bombing
            # claimed by Islamic State killed 95": the claimant; "criticised the decision": its taker
            return self.noun_actor(token) or self.noun_agent(token) or self.claimant(token) or self.described_event_actor(token)
        if mention is None and token.pos_ == "NOUN" and token.lemma_.lower() in PROPOSAL_NOUNS:
            return self.asserter(token, sentence_index)
        if mention is None and token.pos_ == "NOUN" and token.tag_ == "NNS":
            # "their western partners, including the UK", "countries such as France": a group
            # the dictionary cannot name is named by the members it is said to include
            return next((m for x in listed_members(token) for m in [self.resolve(x, sentence_index)] if m is not None), None)
        return mention

    def author_named_nearby(self, noun: Token, sentence_index: int):
        """The author of a report, plan or statement named where the same noun comes again in
        the sentence before or after, with its "by" phrase or possessor ("condemned a report
        urging the government to act. The report by the Henry Jackson Society says ...")."""
        lemma = noun.lemma_.lower()
        for near in (sentence_index + 1, sentence_index - 1):
            if not 0 <= near < len(self.state.sentences):
                continue
            for other in (t for t in self.state.sentences[near] if t.lemma_.lower() == lemma and t.pos_ == "NOUN"):
                owners = [c for c in other.children if c.dep_ == "poss"]
                owners += [o for p in other.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
                for owner in owners:
                    mention = self._named_actor(owner)
                    if mention is None and owner.ent_type_ in ("ORG", "PERSON"):
                        return Unresolved.of(owner)  # an author the dictionary does not know is named all the same
                    if mention is not None and mention.kind != "sector":
                        return mention
        return None

    def asserter(self, noun: Token, sentence_index: int):
        """Who made the claim, statement or proposal a definite noun refers back to: the
        subject of the nearest verb of saying before it, in its sentence or the one before ("The
        White House declared that Isis held no territory, but the claim was disputed by the
        SDF": the White House's claim). None for a noun that says whose it is (a possessor, a
        "by" or "of" phrase), an indefinite one, or the claim of whoever now acts on it."""
        if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "of", "from")) for c in noun.children):
            return None
        named = self.author_named_nearby(noun, sentence_index)
        if named is not None or not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children):
            return named
        verbs = self.lexicon.speech_verbs | REPORTING_VERBS | PROPOSING_VERBS
        start = window_start(self.sentence_starts, sentence_index, back=1)
        saying = next((t for t in reversed(self.doc[start:noun.i]) if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in verbs), None)
        if saying is None:
            return None
        own = {t.i for d in subject(noun.head)[0] for t in d.subtree} if noun.dep_ in OBJECTS else set()
        for doer in subject(saying)[0]:
            mention = self._named_actor(doer)
            if mention is not None and mention.head not in own and mention.kind != "sector":
                return mention
        return None

    def described_group(self, token: Token, sentence_index: int):
        """The group "the group" refers back to: of the groups named by their name (not a people
        by its adjective: "Kurdish commanders") in the `GROUP_DESCRIPTION_SENTENCES` before, the
        nearest that was the subject of its clause ("..., said the SDF, an alliance that fought
        Isis. The group demanded": the SDF), else the nearest."""
        earliest = window_start(self.sentence_starts, sentence_index, back=GROUP_DESCRIPTION_SENTENCES)
        named = lambda m: fits_description(token.lemma_.lower(), m) and self.doc[m.start].pos_ in ("PROPN", "NOUN")
        within = lambda m: m.end <= token.i and m.start >= earliest
        return (nearest_earlier(reversed(self.mentions), lambda m: named(m) and self.doc[m.head].dep_ in SUBJECTS, within=within)
                or nearest_earlier(reversed(self.mentions), named, within=within))

    @staticmethod
    def _group_description(token: Token, sector=None) -> bool:
        """"the group", "the organisation": a definite noun of an organisation with nothing that
        says which ("the group of friends", "a group", "the Kurdish group" name another; a sector
        word before it says what kind, not which: "the paramilitary group" is the one named before)."""
        return (token.lemma_.lower() in GROUP_DESCRIPTIONS and token.tag_ == "NN" and [c.lower_ for c in token.children if c.dep_ not in ("punct", "case")
                and not (sector is not None and c.dep_ != "det" and sector.start <= c.i < token.i)] == ["the"])

    def allegiance(self, token: Token, sentence_index: int):
        """People named by whom they belong to: "dozens of people linked to Islamic State",
        "soldiers loyal to the government", "men affiliated with the Taliban" are that
        group's members (the state's, for a sector word: the government's soldiers)."""
        heads = [token, *(o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]
        for head in heads:
            for modifier in head.children:
                if modifier.dep_ not in ("acl", "amod") or modifier.lemma_.lower() not in self.lexicon.allegiance:
                    continue
                for prep in (c for c in modifier.children if c.dep_ == "prep" and c.lower_ in ("to", "with")):
                    for owner in (c for c in prep.children if c.dep_ == "pobj"):
                        found = self.resolve(owner, sentence_index)
                        if found is not None and (found.kind != "sector" or found.country is not None):
                            return found
        return None

    def described_event_actor(self, noun: Token):
        """Who did the event a definite description refers back to: in "Erdogan rejected the
        demands", "both welcomed the pullout", the demands and the pullout are the last such
        event told before, and their doer is whom the act is aimed at."""
        definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children)
        # "accused Moscow of time-wasting – a charge refuted by Russia": an indefinite noun in
        # apposition sums up the act its sentence told, as a definite description refers back
        summary = noun.dep_ in ("appos", "npadvmod") and any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in noun.children)
        # "Turkey has warned against an assault": a warning against an act is about the act
        # the text is discussing, even with an indefinite article
        speaker = self.lexicon.verbs.get(noun.head.head.lemma_.lower())
        warned = (noun.dep_ == "pobj" and noun.head.lower_ == "against"
                  and (noun.head.head.lemma_.lower() in self.lexicon.speech_verbs
                       or (speaker is not None and speaker.event_type in SPEECH_TYPES)))
        if not (definite or summary or warned):
            return None
        coding = self.triggers.noun_coding(noun)
        governor = self.lexicon.verbs.get(noun.head.lemma_.lower())
        if governor is not None and coding is not None and governor.event_type == coding.event_type and not summary:
            return None  # "attacked ... the first air strike": the act renamed, not an earlier one
        # "Erdogan rejected the demands": demands made of him, not his own earlier ones
        doers = subject(noun.head)[0] if noun.dep_ in OBJECTS else []
        own = {m.country or m.name for d in doers for m in [self.actor_at(d)] if m is not None}
        # the last such event told before the noun, whose doer is not the one who acts on it now
        # (a decision, a move, names no kind of act: the last act told in its sentence or the one
        # before by a main clause, not one alleged or asked for in an embedded one)
        since = 0 if coding is not None else window_start(self.sentence_starts, self.sentence_of(noun), back=1)
        earlier = told_act_referred_to(self.told, self.doc, noun, coding.event_type if coding else None, since, own)  # (referents.py)
        return earlier[2] if earlier is not None else None

    def with_stated_country(self, token: Token, mention):
        """A sector word with its country in a phrase: "separatist militants in Iran"."""
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "inside", "from", "of"):
                for place in (c for c in prep.children if c.dep_ == "pobj"):
                    found = self.actor_at(place)
                    if found is not None and found.kind == "state" and found.country:
                        end = place.idx + len(place.text)
                        return dataclasses.replace(
                            mention, country=found.country, code=found.country + (mention.sector or ""), name=found.name,
                            end=place.i + 1, end_char=end, text=doc_text(self.doc)[mention.start_char:end])
        return mention

    def antecedent(self, pronoun: Token, sentence_index: int, other_than: frozenset = frozenset(), hops: int = 0):
        """What a pronoun refers to: a subject its own clause binds it to (binding.py), else the speaker of the
        reporting verb it is under ("Pakistan said it had attacked"; for "we" and "I", the speaker a pronoun names),
        else the nearest earlier actor of its kind in this or the `PRONOUN_SENTENCES_BACK` sentences before, never
        the subject of its own clause (principle B), nor an actor named in `other_than` (when the sense rules it out)."""
        lower = pronoun.lower_
        owner = parallel_owner(pronoun) if lower in IMPERSONAL_PRONOUNS else None
        # "US policy in Syria, and especially its support": the US's; else "X said Israel must halt its offensive": Israel's
        owned = (self.resolve(owner, sentence_index) if owner is not None and owner.i != pronoun.i else None) or local_antecedent(self, pronoun, sentence_index)
        if owned is not None and owned.name not in other_than:
            return owned
        # "'They shelled our village,' said Ahmed": in quoted words "he", "it", "they" are not who speaks
        others = not_the_speaker(self, pronoun)
        speaker = self._reporting_speaker(pronoun) if lower not in LISTENER_PRONOUNS and others is None else None
        if speaker is not None and speaker.kind == "person" and lower in IMPERSONAL_PRONOUNS:
            speaker = None  # "'... they must enforce the resolution,' said Assil": not the one who speaks
        if speaker is not None and lower not in SELF_PRONOUNS | SPEAKER_PRONOUNS | FIRST_PERSON_POSSESSIVES and first_person_clause(pronoun):
            # "X wrote: 'I thank him'": the speaker is "I", "him" someone else
            other_than, speaker = other_than | {speaker.name}, None
        if speaker is None and lower in SELF_PRONOUNS | FIRST_PERSON_POSSESSIVES:
            # "He said: 'We see ...'": the speaker is named by a pronoun in turn; "we" and "I"
            # are whoever it stands for
            reporter = subject_above(pronoun, lambda token: token, start=pronoun.head, through=self._reports,
                                     until=lambda branch: branch.dep_ == "ROOT", subjects=lambda clause, _branch: subject(clause)[0])
            if reporter is not None and reporter.pos_ == "PRON" and reporter.lower_ not in SELF_PRONOUNS | SPEAKER_PRONOUNS:
                speaker = self.antecedent(reporter, sentence_index)
        if speaker is None and lower in QUOTED_GROUP_PRONOUNS:
            # 'The Foreign Office said: "We are aware of ... . We are providing support ..."':
            # "we" in the later sentences of a quotation is the body its speaker speaks for
            # (an institutional "we"); a lone "I" there tells of the person's own doings ("I
            # spoke to him", "I agree"), no act of a state or group, and stays unresolved
            speaker = self._quotation_speaker(pronoun)
        if lower in SPEAKER_PRONOUNS:
            # "I", "you": the writer or a quoted speaker and their listener, never a group named
            # before; "I" in the words a verb of saying reports is its speaker ("X wrote: 'I
            # thank him'")
            return speaker if lower not in LISTENER_PRONOUNS else None
        speaker = speaker if speaker is None or agrees_in_gender(pronoun, speaker, self.genders) else None  # ("Ms Begum said he ...")
        if speaker is not None and agrees_in_number(pronoun, speaker):
            return speaker
        unagreeing = speaker  # ("Turkey said they had fired": only when no earlier party agrees in number, agreement.py)
        earliest = window_start(self.sentence_starts, sentence_index, back=PRONOUN_SENTENCES_BACK)
        wanted = {"person"} if lower in PERSONAL_PRONOUNS else {"state", "igo", "group", "sector"}
        bound = bound_words(pronoun)  # "Erdogan urged him": an object pronoun is never its own clause's subject,
        other_than = other_than | bound_parties(self, bound)  # nor the party it names named again ("Turkey urged them")
        sentence_start = self.sentence_starts[sentence_index] if self.sentence_starts else 0
        apart = quotation_apart(self, pronoun, sentence_start, others)  # ("'Assad's forces did it,' they said": not the forces)
        eligible = lambda mention: (not covers_any(mention, bound) and mention.name not in other_than and not self.modifier_only(mention)
                                    and apart(mention))
        agrees = lambda mention: mention.kind in wanted and agrees_in_gender(pronoun, mention, self.genders)  # ("Ms Begum ... he": not she)
        if (attached := attached_subject(self, pronoun, sentence_index, eligible)) is not None:
            return attached if attached is not UNRESOLVED else None  # "Isis has sought ..., and it has continued": Isis
        if pronoun.dep_ in SUBJECTS and sentence_index > 0 and nearest_earlier(
                reversed(self.mentions), agrees, within=lambda mention: sentence_start <= mention.start and mention.end <= pronoun.i,
                eligible=eligible) is None:
            # a subject pronoun with no one before it in its sentence continues the topic (continuation.py)
            topic = topic_subject(self, pronoun, sentence_index, hops, agrees, eligible)
            if topic is not None:
                return topic
        before = lambda mention: mention.end <= pronoun.i and mention.start >= earliest
        if unagreeing is not None:
            in_number = lambda mention: agrees(mention) and agrees_in_number(pronoun, mention)
            found = nearest_earlier(reversed(self.mentions), in_number, within=before, eligible=eligible) or unagreeing
        else:
            found = nearest_earlier(reversed(self.mentions), agrees, within=before, eligible=eligible)
        if found is None and lower in PERSONAL_PRONOUNS and hops < PRONOUN_CHAIN_HOPS:
            found = chained_pronoun(self, pronoun, earliest, other_than, hops)
            found = found if found is None or apart(found) else None  # ("He said: '... he ...'": not the speaker)
        if found is None and lower in PERSONAL_PRONOUNS:  # no person named: one named by a post ("the Russian envoy ... him"),
            named_here = {m.country or m.name for o in pronoun.head.children if o.dep_ in OBJECTS and o.pos_ != "PRON"  # not a party named
                          for m in [self.resolve(o, sentence_index)] if m is not None}  # its own clause acts on ("He urged Russia")
            found = nearest_earlier(reversed(self.mentions), lambda m: titled_person(self.doc, m, self.officials), within=before,
                                    eligible=lambda m: eligible(m) and (m.country or m.name) not in named_here)
        return found

    @functools.cached_property
    def genders(self) -> dict[str, str]:
        """The genders the text's forms of address give the names after them (agreement.py)."""
        return titled_genders(self.doc)

    @functools.cached_property
    def officials(self) -> frozenset[str]:
        """Nouns of a post one person holds ("envoy", "minister"): see agreement.titled_person."""
        return self.lexicon.object_classes["officials"]

    def modifier_only(self, mention) -> bool:
        """Whether a mention is only an adjective on a noun that names something else ("the
        Turkish advance", "Russian jets' strikes" is not this: "Russian jets" names the jets).
        An adjective introduces no one a later pronoun can refer to: in "Kurdish officials
        asked for help against the Turkish advance. But they denied ...", they are the officials."""
        head = self.doc[mention.head]
        return (mention.end - mention.start == 1 and head.pos_ == "ADJ" and head.dep_ == "amod"
                and not mention.start <= head.head.i < mention.end)

    def _quoted(self, word: Token) -> bool:
        """Whether a word is inside the quotation marks of a direct quotation."""
        return any(speech.kind == "direct" and any(a <= word.idx < b for a, b in speech.parts) for speech in self.state.speeches or [])

    def _quotation_speaker(self, pronoun: Token):
        """The speaker of the direct quotation a word is in, when its verb of saying is in
        another sentence: the subject of that verb, pronouns resolved. None outside quotation
        marks, or when the verb names no actor."""
        for speech in self.state.speeches or []:
            if speech.kind != "direct" or speech.cue is None or not any(a <= pronoun.idx < b for a, b in speech.parts):
                continue
            cue = self.doc[speech.cue]
            if cue.sent.start == pronoun.sent.start:
                return None  # its own sentence's tree says who speaks
            index = self.sentence_of(cue)
            for doer in subject(cue)[0]:
                if doer.lower_ not in SELF_PRONOUNS | SPEAKER_PRONOUNS:
                    mention = self.resolve(doer, index)
                    if mention is not None:
                        return mention
            return None
        return None

    def _reporting_speaker(self, pronoun: Token):
        """Reported speech: "Pakistan said it had attacked" -> the speaker: the first subject,
        not itself a pronoun, of the nearest reporting verb whose reported clause the pronoun
        is in. (The walk starts at the word the pronoun hangs on: a pronoun that is itself the
        reported clause does not count.)"""
        speaker = subject_above(pronoun, self._named_actor, start=pronoun.head, through=self._reports,
                                until=lambda branch: branch.dep_ == "ROOT", subjects=lambda clause, _branch: subject(clause)[0])
        return speaker if speaker is not None else self._announcer(pronoun)

    def _announcer(self, pronoun: Token):
        """A pronoun subject of the clause after a noun of announcement or commitment refers to
        whose announcement it is, as after "said": "a French announcement that it would build a
        force", "Turkey's pledge that it would withdraw" (the owner may be an adjective here)."""
        clause = pronoun.head
        if pronoun.dep_ not in SUBJECTS or clause.dep_ not in ("acl", "ccomp") or clause.head.pos_ != "NOUN":
            return None
        if clause.head.lemma_.lower() not in ANNOUNCEMENT_NOUNS | COMMITMENT_NOUNS:
            return None
        owners = (self.actor_at(c) for c in clause.head.children if c.dep_ in ("poss", "amod", "compound"))
        return next((m for m in owners if m is not None), None)

    def _reports(self, branch: Token, clause: Token) -> bool:
        """Whether `branch` is the reported clause of a verb of speaking, claiming or denying."""
        return branch.dep_ in REPORTED_CLAUSES and clause.lemma_.lower() in self.lexicon.speech_verbs | REPORTING_VERBS

    def _named_actor(self, token: Token):
        """The actor named at a word, not through a pronoun ("the group" is the group named before)."""
        token = relative_head(token, RELATIVE_PRONOUNS)  # "al-Shabaab, which said ...": al-Shabaab
        if token.pos_ == "PRON":
            return None
        mention = self.actor_at(token)
        if mention is None and self._group_description(token):
            return self.described_group(token, self.sentence_of(token))
        return mention

    def noun_actor(self, noun: Token):
        """The actor an event noun's modifier names: "Iran's strike", "Pakistani strikes"."""
        for child in noun.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod"):
                mention = self.actor_at(child)
                if mention is not None and mention.start <= child.i < mention.end:
                    return mention
        return None

    def noun_agent(self, noun: Token):
        """The actor an event noun's "by" phrase names, when the noun is what an act of
        judging judges: "condemned the attack by Iran" (not "attacked ... the first air strike
        by warplanes", where the parse has hung an apposition as an object)."""
        judging = self.lexicon.verbs.get(noun.head.lemma_.lower())
        if noun.dep_ not in OBJECTS or judging is None or judging.event_type not in JUDGING_TYPES:
            return None
        for by in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"):
            for o in (c for c in by.children if c.dep_ == "pobj"):
                mention = self.actor_at(o)
                if mention is not None:
                    return mention
        return None

    def claimant(self, noun: Token):
        """The group that claimed an attack or is blamed for it: "the bombing claimed by the
        Islamic State", "a drone strike blamed on the army" (responsibility.attributed_doers)."""
        # (or who took responsibility for it: "X claimed responsibility for the bombing, which killed 40")
        return next((m for o in [*attributed_doers(noun), *claimants(noun)[0]] for m in [self.actor_at(o)] if m is not None), None)
