"""Readings of the dependency parse that need nothing but the parse: a verb's subject (its
own or the one it inherits), the objects of a preposition, the sides of a clash."""

from __future__ import annotations

from spacy.tokens import Token

from ...language.trees import coordinated_verb, infinitival_relative_noun, predicative_adjective, prepositional_controllers
from .words import (PREPARING_VERBS, ADVANCING_VERBS, SIMULTANEOUS_MARKS, AGENT_PHRASES, ATTITUDE_PREPS, ATTITUDE_WORDS, PLIGHT_NOUNS, COERCIVE_USES, COMBATANT_OPPONENT_PREPS, COMBATANT_PARTICIPLES,
                    COMPOUND_PREPOSITION_HEADS, CONTINUATIVE, SUBJECTIVE_OF_NOUNS, VICTIMISING_TYPES, MEDIUM_NOUNS, MEDIUM_PREPS, SUMMONER_PURPOSES, SUMMONING_OFFICES, SUMMONING_VERBS, CONTINUING_SPEECH, FEAR_VERBS, SITUATION_NOUNS, EXPLETIVES, INSTRUMENT_VERBS, DESTINATION_VERBS, OBJECT_GERUND_PREPS, PREVENTION_VERBS, OBJECTS, OPPONENT_PREPS,
                    PASSIVE_SUBJECTS, PLACE_PARTICLES, PLACE_PREPS, SUBJECTS, WITHHELD_STATEMENT_VERBS)


def same(a: Token | None, b: Token | None) -> bool:
    """One token of the doc: spaCy makes a new Token object on every access, so `is` fails."""
    return a is not None and b is not None and a.i == b.i


def depth(token: Token) -> int:
    """How many heads lie between a token and the root of its sentence."""
    steps = 0
    while token.head.i != token.i and steps < 50:
        token = token.head
        steps += 1
    return steps


def free_relative(clause: Token) -> bool:
    """A clause that is a free relative: "what it said were militants"."""
    return any(t.lower_ == "what" for t in clause.subtree)


def free_relative_targets(clause: Token) -> list[Token]:
    """The nouns a free relative names: the complement of "were" or the "as" phrase."""
    targets = [t for t in clause.subtree if t.dep_ in ("attr", "oprd") and t.pos_ in ("NOUN", "PROPN")]
    for t in clause.subtree:
        if t.lower_ == "as" and t.dep_ == "prep":
            targets += [c for c in t.children if c.dep_ == "pobj"]
    return targets


def governing_preposition(noun: Token) -> Token:
    """The preposition whose object a noun is, the first word of a two-word one ("ahead of a
    meeting": "ahead", which the verb governs); else the noun's head."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in ("of", "to") and prep.head.lower_ in COMPOUND_PREPOSITION_HEADS and prep.head.i != prep.i:
        return prep.head
    return prep


def prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition: noun objects, and the nouns a clausal object names
    ("against what it described as militants")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    for clause in (c for c in prep.children if c.dep_ == "pcomp"):
        if free_relative(clause):
            objects += free_relative_targets(clause)
    if not objects and not any(True for _ in prep.children):
        objects = stranded_object(prep)
    return objects


def stranded_object(prep: Token) -> list[Token]:
    """The object of a preposition the parse left with none, having read the noun phrase after
    it as the subject of the participle that follows (read as a past tense or not: "granted asylum to five officers holed
    up in a residence": "officers" made the subject of "holed"): that noun phrase."""
    if prep.i + 1 >= len(prep.doc) or prep.head.i > prep.i:
        return []  # a fronted phrase ("On Sunday Mr Trump threatened"): its noun is run into the subject
    noun = prep.doc[prep.i + 1]
    while noun.head.i != noun.i and noun.head.i > noun.i and noun.dep_ not in ("nsubj", "nsubjpass") and noun.head.left_edge.i == prep.i + 1:
        noun = noun.head  # from the phrase's first word ("five") up to its head ("officers")
    verb = noun.head
    if (noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("nsubj", "nsubjpass") and noun.left_edge.i == prep.i + 1
            and verb.i > noun.i and verb.tag_ in ("VBN", "VBG", "VBD") and verb.dep_ != "ROOT"):
        return [noun]
    return []


def agent_objects(head: Token) -> list[Token]:
    """Who did the act of a noun or a passive verb, named in a phrase like a "by" phrase: "at the
    hands of" ("his killing at the hands of rebels", "was killed at the hands of the police")."""
    out = []
    for prep in head.children:
        nouns = AGENT_PHRASES.get(prep.lower_, ()) if prep.dep_ == "prep" else ()
        for noun in (o for o in prep_objects(prep) if o.lower_ in nouns):
            out += [o for of in noun.children if of.dep_ == "prep" and of.lower_ == "of" for o in prep_objects(of)]
    if head.lemma_.lower() in SUMMONING_VERBS and head.tag_ == "VBN":
        # "the ambassador was summoned to the foreign ministry (in Islamabad)": the office one
        # is summoned to is whose summons it is
        out += [o for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "to"
                for o in prep_objects(prep) if o.lemma_.lower() in SUMMONING_OFFICES]
    return out


def is_agent_phrase(prep: Token) -> bool:
    """Whether a preposition opens a phrase `agent_objects` reads ("at the hands of")."""
    nouns = AGENT_PHRASES.get(prep.lower_, ())
    return prep.dep_ == "prep" and any(o.lower_ in nouns for o in prep_objects(prep))


def clash_sides(clash: Token) -> list[Token]:
    """The sides named after a clash: "clashed with police", "clashes between police and
    protesters", also when the phrase hangs on the verb the noun is subject of ("clashes
    broke out between police and protesters")."""
    holders = [clash]
    if clash.pos_ in ("NOUN", "PROPN") and clash.dep_ in SUBJECTS and clash.head.pos_ == "VERB":
        holders.append(clash.head)
    return [o for holder in holders for p in holder.children if p.dep_ == "prep" and p.lower_ in ("with", "between", "among", "involving")
            for o in prep_objects(p)]


def reduced_passive(verb: Token) -> bool:
    """A passive participle modifying a noun, "the people killed in the firing"; one with a
    "by" agent is passive whatever its tag (the tagger often says VBD: "a deal struck by")."""
    return verb.dep_ == "acl" and (verb.tag_ == "VBN" or any(c.dep_ == "agent" for c in verb.children))


def for_participle(verb: Token) -> bool:
    """A past participle with a subject, marked by "for" and with no auxiliary: no English
    clause is built so ("for" opens only "for X to go"), so the parser has read a noun with a
    reduced passive as a clause, and the subject is the participle's patient ("a return for
    hundreds of fighters pushed out of Syria")."""
    return (verb.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def infinitive_object(verb: Token) -> Token | None:
    """The object of a verb that the parser has read as the subject of the infinitive after
    it: in "rallied followers to join", "urged his men to fight" the noun right after the verb
    is its object (the one rallied, urged), though the parse makes "to join" a clause with a
    subject of its own."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i]
        if subjects and subjects[0].left_edge.i == verb.i + 1:
            return subjects[0]
    return None


def purpose_subject(verb: Token, phrase: Token) -> tuple[list[Token], str, bool]:
    """(subject tokens, path, passive) of the verb a purpose phrase hangs on, whose doer acts
    for that purpose. When the verb charges its object with an act ("accused Moscow of
    time-wasting in order to allow Assad to advance", "blamed Iran for stalling to gain
    time"), the purpose is that act's, and its doer the object: what the accused did it for,
    not what the accusers did."""
    charged = [c for c in verb.children if c.dep_ in OBJECTS and c.i < phrase.i]
    acts = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in OBJECT_GERUND_PREPS and c.i < phrase.i
            and any(o.dep_ in ("pobj", "pcomp") and (o.pos_ == "VERB" or o.lower_.endswith("ing")) for o in c.children)]  # a gerund, however tagged
    if charged and (acts or verb.lemma_.lower() in PREPARING_VERBS):  # ("trained local forces to fight Isis": they fight)
        return charged, "charged" if acts else "readied", False
    return subject(verb)


def bare_participle(verb: Token) -> bool:
    """A past participle the parser has made the root of a sentence whose main clause it hangs
    before it, with an apposition for its subject: in "the ideas were put forward by Abdullah
    Ocalan, the Kurdish leader now imprisoned in Turkey" the apposition and its reduced passive
    relative are read as a clause ("the leader imprisoned"), and the subject is the
    participle's patient. Only with no auxiliary and no object, after a comma and a clause of
    its own (not a past tense the tagger took for a participle: "Turkish troops attacked at
    dawn")."""
    if verb.tag_ != "VBN" or verb.dep_ != "ROOT" or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].left_edge.i == 0 or verb.doc[subjects[0].left_edge.i - 1].text != ",":
        return False
    return any(c.dep_ == "ccomp" and c.i < subjects[0].i for c in verb.children)


def own_passive(verb: Token) -> bool:
    """A verb with a passive auxiliary of its own: "was attacked"."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def own_active(verb: Token) -> bool:
    """A verb with its own auxiliaries and no passive one: "was struck and has retaliated"."""
    return any(c.dep_ == "aux" for c in verb.children) and not any(c.dep_ == "auxpass" for c in verb.children)


def prevented(verb: Token) -> bool:
    """Whether a gerund tells what a verb of prevention kept its object from ("prevented Turkey
    from invading"): an act that did not happen, whose doer is that object."""
    head = verb.head
    return verb.dep_ == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in PREVENTION_VERBS


def subject(verb: Token, seen: frozenset = frozenset()) -> tuple[list[Token], str, bool]:
    """(subject tokens, path, passive) of a verb, inherited when it has none of its own: from
    the verb it is coordinated with, the clause it completes, the noun its relative clause
    modifies. The path says how it was found, for the rule id."""
    if verb.i in seen:
        return [], "", False
    seen = seen | {verb.i}
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            # (a past participle with a passive auxiliary has a patient subject, whatever label
            # the parse gave it: "we'd get killed together", "they got arrested")
            return [infinitival_relative_noun(child) or child], "nsubj", for_participle(verb) or (verb.tag_ == "VBN" and own_passive(verb)) or bare_participle(verb)
        if child.dep_ in PASSIVE_SUBJECTS:  # ("the last people to flee were screened": the people, trees.py)
            return [infinitival_relative_noun(child) or child], "nsubjpass", True
    head = verb.head
    if (partner := coordinated_verb(verb) or (head if verb.dep_ == "conj" and predicative_adjective(head) else None)) is not None:
        tokens, path, passive = subject(partner.head if partner.dep_ == "acomp" and predicative_adjective(partner) else partner, seen)  # ("were concerned and urged")
        # The shared subject is the patient when this verb is itself passive: "the
        # targets were in Iran and were attacked".
        return tokens, f"conj-{path}" if tokens else "", bool(tokens) and (own_passive(verb) or (passive and not own_active(verb) and partner.pos_ != "ADJ"))
    if verb.dep_ == "xcomp":
        return _controlled_subject(verb, seen)
    if verb.dep_ == "relcl":
        return [head], "relcl", False
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return [head], "acl", False  # a reduced relative: "gunmen firing on the crowd"
    if reduced_passive(verb) and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return [head], "acl-pass", True  # a reduced passive relative: "the people killed in the firing"
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX") and (head.lower_ in OBJECT_GERUND_PREPS or prevented(verb)):
        # "Iran accused Israel of attacking its embassy", "blamed Moscow for allowing the
        # strikes": what the object of the verb did
        objects = [c for c in head.head.children if c.dep_ in OBJECTS and c.i < head.i]
        if objects:
            return objects, "pcomp-obj", own_passive(verb)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        # "Pakistan reacted by recalling its ambassador": the subject of the verb the
        # phrase modifies; its patient when the gerund is passive ("Iraq retaliated after
        # being attacked by Iran")
        tokens, path, _ = subject(head.head, seen)
        return tokens, f"pcomp-{path}" if tokens else "", bool(tokens) and own_passive(verb)
    if (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in CONTINUING_SPEECH
            and head.dep_ == "ccomp" and head.head.pos_ in ("VERB", "AUX")):
        # "said Javid had a duty, adding that he had behaved shamefully": hung under what was
        # said, the participle goes on with the saying, and the speaker adds
        tokens, path, _ = subject(head.head, seen | {head.i})
        return tokens, f"advcl-speech-{path}" if tokens else "", False
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        tokens, path, _ = subject(head, seen)
        return tokens, f"advcl-{path}" if tokens else "", False
    if verb.dep_ == "ccomp" and verb.tag_ == "VBG" and head.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].dep_ == "cc":
        # "saying 'we will win' and urging their followers to stay": a participle coordinated
        # with one of saying, which the parse hangs under it as what is said, shares its doer
        tokens, path, _ = subject(head, seen)
        return tokens, f"coord-{path}" if tokens else "", False
    if purpose_infinitive(verb) and head.pos_ == "VERB":
        # a clause of purpose: "the coalition sent jets to bomb the depot", "is making up for
        # lost time in the fight to drive Isis out" -> the doer of the verb it modifies (of
        # an active verb only: in "troops were sent to attack" the one sent attacks)
        tokens, path, passive = purpose_subject(head, verb) if head.i not in seen else subject(head, seen)
        if tokens and not passive and tokens[0].lower_ not in EXPLETIVES:
            return tokens, f"advcl-purpose-{path}", False
        return [], "", False
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(c.dep_ in ("mark", "aux", "auxpass") for c in verb.children):
        # a bare passive participle clause: "forces pounded the area, backed by Iranian
        # allies" -> the forces are backed
        tokens, path, passive = subject(head, seen)
        return (tokens, f"advcl-{path}", True) if tokens and not passive else ([], "", False)
    swallowed = swallowed_subject(verb) if own_passive(verb) else None
    return ([swallowed], "swallowed-nsubjpass", True) if swallowed is not None else ([], "", False)


def swallowed_subject(verb: Token) -> Token | None:
    """The subject of a finite passive clause that the parse has taken into the phrase of place
    before it: in "near Idlib 21 Syrian soldiers were killed by ..." the soldiers are read as
    the object of "near". A finite clause has a subject, so the noun phrase that ends right
    before its first auxiliary, the object of a preposition (or a conjunct of one) in a phrase
    that hangs on no verb, is it."""
    auxiliaries = [c for c in verb.lefts if c.dep_ in ("aux", "auxpass")]
    if not auxiliaries or verb.dep_ not in ("ROOT", "conj", "ccomp") or auxiliaries[0].i == 0:
        return None
    last = verb.doc[auxiliaries[0].i - 1]
    while last.dep_ == "conj":
        last = last.head
    if last.pos_ not in ("NOUN", "PROPN") or last.dep_ != "pobj" or last.head.dep_ != "prep" or last.head.head.pos_ in ("VERB", "AUX"):
        return None  # (a phrase on a verb, "the mistakes the US made in Iraq", is that verb's)
    return last


def said_clauses(verb: Token) -> list[Token]:
    """The clauses a verb of saying reports: its clause complements; a that-clause the parse
    hangs from the medium it was said in ("said in a statement that Turkey's offensive was
    illegal": from "statement"); and, for a verb of saying set in the middle of what was said
    ("Turkey, the officials said, had committed war crimes"), the clause it interrupts."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"
                for a in o.children if a.dep_ in ("acl", "ccomp") and a.pos_ in ("VERB", "AUX")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)]
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX") and not clauses:
        # (only a clause whose subject comes before the verb of saying: "Turkey, they said, had")
        if any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS and c.i < verb.i for c in verb.head.children):
            clauses.append(verb.head)
    return clauses


def coercive_use(verb: Token) -> bool:
    """A verb of using whose object is made into something that coerces it: "used civilians as
    human shields" (the "as" phrase on the verb or, as the parse often hangs it, on the object)."""
    if verb.lemma_.lower() not in INSTRUMENT_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ in OBJECTS]
    phrases = [p for head in (verb, *objects) for p in head.children if p.dep_ == "prep" and p.lower_ == "as"]
    return bool(objects) and any(o.lemma_.lower() in COERCIVE_USES for p in phrases for o in p.children if o.dep_ == "pobj")


def purpose_infinitive(verb: Token) -> bool:
    """A "to" infinitive adverbial clause with no subject and no subordinator of its own: a
    clause of purpose ("sent jets to bomb", "in order to"), whose doer is the subject of the
    clause it modifies."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") and c.lower_ != "order" for c in verb.children))


def _controlled_subject(verb: Token, seen: frozenset) -> tuple[list[Token], str, bool]:
    """The subject of an open complement (xcomp), which the verb or adjective above controls."""
    head = verb.head
    if head.pos_ in ("VERB", "AUX"):
        # Object control: "urged Iran to withdraw" -> Iran; subject control: "vowed to retaliate".
        # The object of a verb of using is the instrument, that of a verb of going the place gone
        # to, and the user or goer acts: "used chemical weapons to kill", "toured Paris to press".
        objects = [c for c in head.children if c.dep_ in OBJECTS] or prepositional_controllers(head, verb)
        summoner = head.lemma_.lower() in SUMMONING_VERBS and verb.lemma_.lower() in SUMMONER_PURPOSES  # "summoned the envoy to protest"
        if objects and head.lemma_.lower() not in INSTRUMENT_VERBS | DESTINATION_VERBS and not summoner:
            return objects, "xcomp-obj", False
        tokens, path, _ = subject(head, seen)
        if tokens and tokens[0].lower_ in EXPLETIVES and any(c.dep_ in ("acomp", "attr") for c in head.children):
            return [], "", False  # the infinitive hung on the copula: "it's OK to pose the question" (as below)
        # A passive verb of saying or thinking lends its subject to the complement it raises
        # ("he is thought to have been killed", "was reported to have been captured"): the
        # complement's patient when the complement is passive too.
        raised = own_passive(head) and own_passive(verb)
        return tokens, f"xcomp-{path}" if tokens else "", bool(tokens) and raised
    if head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head.pos_ in ("VERB", "AUX"):
        # Adjectival control: "the air force was able to bomb Douma", "Iran is ready to
        # retaliate" -> the subject of the copula. An expletive ("it is easy to blame
        # Iran") names nobody.
        tokens, path, _ = subject(head.head, seen)
        if tokens and tokens[0].lower_ in EXPLETIVES:
            return [], "", False
        return tokens, f"acomp-{path}" if tokens else "", False
    return [], "", False


def paired_sides(clash: Token) -> list[tuple[int, int]] | None:
    """The pairs of sides of a clash named pair by pair: "clashes between Iran and Israel,
    Syria and Israel, and Turkey and the Kurds" are three clashes, not one among six sides.
    The sides are the conjuncts after "between"; "and" joins the two sides of a pair, a comma
    closes it. Token indices of each pair's heads, or None when the sides are not all pairs
    ("clashes between Iran, Iraq and Syria": one clash of three)."""
    objects = clash_sides(clash)
    if not objects:
        return None
    heads = sorted({t.i for o in objects for t in (o, *o.conjuncts)})
    if len(heads) < 4:
        return None
    doc = clash.doc
    groups: list[list[int]] = [[heads[0]]]
    for before, after in zip(heads, heads[1:]):
        closes = any(doc[j].text == "," for j in range(before + 1, after))
        if closes:
            groups.append([after])
        else:
            groups[-1].append(after)
    if len(groups) < 2 or any(len(g) != 2 for g in groups):
        return None
    return [(g[0], g[1]) for g in groups]


def displaced_preps(trigger: Token, carriers: list[Token]) -> list[Token]:
    """The "against" phrases the parse hung away from a trigger: from a noun of a place phrase
    of the trigger or of the verbs that carry it ("launched an operation in the enclave of
    Afrin against the YPG"), or from such a verb itself ("an onslaught has continued against
    rebel-held areas"). A place or a verb of going on is against no one: the "against" belongs
    to the act."""
    found = []
    for head in [trigger, *carriers]:
        for prep in (c for c in head.children if c.dep_ == "prep"):
            if prep.lower_ in OPPONENT_PREPS and not same(head, trigger):
                found.append(prep)
            elif prep.lower_ in PLACE_PREPS:
                found += [p for place in prep_objects(prep) for p in place.children if p.dep_ == "prep" and p.lower_ in OPPONENT_PREPS]
    return found


def displaced_opponents(trigger: Token, carriers: list[Token]) -> list[Token]:
    """The objects of the displaced "against" phrases of a trigger (`displaced_preps`)."""
    return [o for prep in displaced_preps(trigger, carriers) for o in prep_objects(prep)]


def passive_agent(verb: Token) -> Token | None:
    """The "by" phrase of a passive verb. Coordinated participles share one: "were
    detained and tortured by the police", "was attacked by gunmen and wounded"."""
    own = next((c for c in verb.children if c.dep_ == "agent"), None)
    if own is not None:
        return own
    chain = [verb.head] if verb.dep_ == "conj" else []
    chain += [c for c in verb.children if c.dep_ == "conj"]
    for other in chain:
        # the head carries the shared subject; a later conjunct with a subject of its own
        # is another clause ("was arrested and his house was searched by police")
        own_subject = other is not verb.head and any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in other.children)
        if other.tag_ != "VBN" or own_subject:
            continue
        found = next((c for c in other.children if c.dep_ == "agent"), None)
        if found is not None:
            return found
    return None


def continuative(particle: Token) -> bool:
    """"press ahead", "push on": a particle of carrying on; not "arrested ahead of the rally"
    (a time) or "attacked on Monday" (a preposition)."""
    return (particle.dep_ in ("advmod", "prt") and particle.lower_ in CONTINUATIVE
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in particle.children))


def adverb_particle(child: Token) -> bool:
    """A verb's particle the parse reads as an adverb: "pulled back its forces" gives "back"
    as advmod, not prt, and it is still the particle of "pull back" (a bare adverb with no
    words of its own; "pulled back from the brink" has a phrase and is no particle)."""
    return child.dep_ == "advmod" and child.pos_ in ("ADV", "ADP") and not any(True for _ in child.children)


def dated(preposition: Token) -> bool:
    """A preposition whose object is a date or time ("a call on Sunday"): it says when, so it
    makes no phrase with the noun ("a call on the West to act" does)."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def content_or_maker(noun: Token) -> bool:
    """Whether a noun of danger names a threat someone made (see `danger_nouns`): it has a
    content (an infinitive or a clause: "a threat to advance", "threats that it would strike",
    an "against" or "of" phrase) or a possessor ("Erdogan's threat")."""
    return any(c.dep_ == "poss" or c.dep_ in ("acl", "relcl", "ccomp") and c.tag_ in ("VB", "VBD") and any(
        m.dep_ in ("aux", "mark") for m in c.children) or (c.dep_ == "prep" and c.lower_ in ("against", "of"))
        for c in noun.children)


def withheld_statement(verb: Token) -> bool:
    """Whether a verb of refusing or failing has an infinitive of saying for its complement
    ("declined to comment", "refused to confirm whether she was killed", "declined to be
    named"): a statement withheld, not a demand rejected (see `WITHHELD_STATEMENT_VERBS`)."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in WITHHELD_STATEMENT_VERBS and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def attitude(clause: Token) -> tuple[str, Token] | None:
    """A reported feeling about someone's doing, and the act it is: "said he was concerned
    about Turkey's offensive" criticises Turkey, "said we were pleased with Jordan's help"
    praises Jordan: (ACCUSE or SUPPORT, the object of the feeling's preposition). A feeling
    of alarm or a verb of fearing with a clause tells of the clause subject's doing ("said he
    was concerned that Turkey was arming the rebels", "say they fear that Turkey aims to
    ..."), not of a state of affairs ("feared that the war would spread"). Not a negated
    feeling."""
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    if clause.lemma_.lower() in FEAR_VERBS and clause.pos_ == "VERB":
        topic = _doer_feared(clause)
        return ("ACCUSE", topic) if topic is not None else None
    # (the feeling is the clause's own participle in a passive parse: "he was concerned")
    feelings = [clause] if clause.tag_ == "VBN" else []
    feelings += [c for c in clause.children if c.dep_ in ("acomp", "oprd")]
    for feeling in (f for f in feelings if f.lower_ in ATTITUDE_WORDS):
        for prep in (c for c in feeling.children if c.dep_ == "prep" and c.lower_ in ATTITUDE_PREPS):
            topic = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if topic is not None and topic.lemma_.lower() not in PLIGHT_NOUNS:  # (not "the fate of the children")
                return ATTITUDE_WORDS[feeling.lower_], topic
        topic = _doer_feared(feeling) if ATTITUDE_WORDS[feeling.lower_] == "ACCUSE" else None
        if topic is not None:
            return "ACCUSE", topic
    return None


def _doer_feared(feeling: Token) -> Token | None:
    """The subject of the clause a feeling is about, when it is someone who acts: "fear that
    Turkey aims to ..." (Turkey); not a state of affairs ("the war would spread"), nor a
    passive subject, who is acted on, nor a pronoun."""
    for clause in (c for c in feeling.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")):
        if any(c.dep_ == "neg" for c in clause.children):
            continue
        doer = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if doer is not None and doer.pos_ in ("PROPN", "NOUN") and doer.lemma_.lower() not in SITUATION_NOUNS:
            return doer
    return None


def combatants(verb: Token) -> bool:
    """Whether a participle of fighting that modifies a noun names combatants, with no one
    they fight: "forces fighting in Syria", "rebels fighting alongside Turkey"."""
    if verb.lemma_.lower() not in COMBATANT_PARTICIPLES or verb.dep_ != "acl" or verb.tag_ != "VBG":
        return False
    return not any(c.dep_ in OBJECTS or (c.dep_ == "prep" and c.lower_ in COMBATANT_OPPONENT_PREPS) for c in verb.children)


def place_phrase(child: Token) -> bool:
    """A particle of a phrasal verb that the parse gives an object of its own right after it: a
    phrase of place ("closed in the area", "closed the consulate in St. Petersburg"), not the
    particle ("closed in on the rebels"; "caved in, informed": a comma's is a misparse)."""
    following = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
    return (child.dep_ == "prep" and child.lower_ in PLACE_PARTICLES and following is not None and not following.is_punct
            and any(c.dep_ == "pobj" for c in child.children))


def advancing_subjects(verb: Token, told_by_act: bool) -> list[Token]:
    """In "dozens were killed in the shelling as government forces advanced" the side whose
    advance the killing went with did it: the subjects of an "as"/"while" clause of advance
    (the parse may hang "as" on the verb and the clause as a conjunct). Only for a killing told
    by its act (`told_by_act`: "in the shelling"), not a bare "were killed as"."""
    if not told_by_act:
        return []
    marked = any(c.dep_ == "prep" and c.lower_ in SIMULTANEOUS_MARKS for c in verb.children)
    for clause in verb.children:
        if clause.lemma_.lower() not in ADVANCING_VERBS or clause.dep_ not in ("advcl", "conj"):
            continue
        if not (marked or any(m.dep_ == "mark" and m.lower_ in SIMULTANEOUS_MARKS for m in clause.children)):
            continue
        doers = [s for s in clause.children if s.dep_ == "nsubj"]
        if clause.dep_ == "conj":  # "as the Turks and their proxies have advanced", parsed apart
            doers += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in SIMULTANEOUS_MARKS
                      for o in p.children if o.dep_ == "pobj"]
        if doers:
            return doers
    return []


def for_clause_subjects(particle: Token | None) -> list[Token]:
    """The subject of the clause "for" opens after a verb of asking: "called for Turkey to
    withdraw" asks Turkey; "pushed for Kurdish fighters to be allowed to stay" is about them.
    The parse reads "for" as the clause's mark, or as a preposition whose object the clause
    right after it goes with ("call for the blood of Americans to be spilled")."""
    if particle is None or particle.lower_ != "for":
        return []
    if particle.dep_ == "mark":
        return [c for c in particle.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    verb = particle.head
    for o in (c for c in particle.children if c.dep_ == "pobj"):
        after = max(t.i for t in o.subtree) + 1
        clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "ccomp") and c.left_edge.i == after
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if clauses:
            return [o]
    return []


def place_description(participle: Token, is_place) -> bool:
    """A past participle after a place noun, with no time of its own ("areas liberated from
    Isis", "the territory occupied by Islamic State"): it describes the place by what befell it,
    as "the besieged town" does before its noun, and tells no act of the story ("the town
    captured by rebels on Monday", with a time, reports one). `is_place` reads a noun."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or not is_place(participle.head):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in participle.subtree)


# Marks that set off a parenthetical phrase between a subject and its verb.
PARENTHESIS_MARKS = (",", "–", "—")


def subject_before_parenthetical(verb: Token, actor_at) -> Token | None:
    """The actor noun right before a phrase set off by commas or dashes that ends just
    before the verb: "<actor>, <parenthetical>, <verb>", "<actor> – <parenthetical> –
    <verb>". The noun may be the subject the parse gave a participle of the parenthetical
    hung from the verb ("the US – egged on by Israel – wants": "US" the subject of "egged").
    `actor_at` gives the actor mention a token stands for, if any."""
    sentence, mark = verb.sent, verb.doc[verb.i - 1].text if verb.i > verb.sent.start else ""
    if verb.i - 1 <= sentence.start or mark not in PARENTHESIS_MARKS:
        return None
    for j in range(verb.i - 2, max(sentence.start, verb.i - 40), -1):
        if verb.doc[j].text == mark:
            candidate = verb.doc[j - 1] if j - 1 >= sentence.start else None
            swallowed = candidate is not None and candidate.dep_ in SUBJECTS and candidate.head.head.i == verb.i and candidate.head.i < verb.i
            if (candidate is not None and candidate.pos_ in ("PROPN", "NOUN") and (swallowed or candidate.dep_ not in SUBJECTS | PASSIVE_SUBJECTS | {"pobj"})
                    and actor_at(candidate) is not None):
                return candidate
            return None
    return None


def medium_phrases(verb: Token) -> list[Token]:
    """The phrases the parse hung from the medium a verb names ("spoke by telephone with
    Raisi", "talked via video link with Xi"): the verb's own, whose partner they name."""
    media = [o for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in MEDIUM_PREPS
             for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in MEDIUM_NOUNS]
    return [c for m in media for c in m.children if c.dep_ == "prep"]


def coordinated_modifiers(head: Token) -> list[Token]:
    """The adjectives or names coordinated with a noun's modifier, each of another party ("the
    Egyptian and Jordanian foreign ministers", "Syrian and Russian jets"): the later conjuncts."""
    return [c for m in head.children if m.dep_ in ("amod", "compound", "nmod") and m.i < head.i for c in m.conjuncts if c.i < head.i]


def victimising(coding) -> bool:
    """Whether a coding is of an act whose recipients are its victims (an attack, an arrest)."""
    return coding is not None and coding.event_type in VICTIMISING_TYPES


def victim_phrase(noun: Token, coding) -> bool:
    """Whether an event noun is of an act with victims (an attack, an arrest) whose "of" phrase
    names them, not its doer ("the bombardment of Lebanese villages"; not "the withdrawal of
    Serbian forces", whose "of" phrase does it)."""
    return victimising(coding) and noun.lemma_.lower() not in SUBJECTIVE_OF_NOUNS

