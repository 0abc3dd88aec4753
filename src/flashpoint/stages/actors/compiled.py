"""The actor dictionary compiled for one spaCy vocabulary: a PhraseMatcher over every form,
sector term and discard, and the case rules a match must pass on the tokens."""

from __future__ import annotations

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ...knowledge.actors import ActorDictionary, Form, form_variants, normalize


class CompiledDictionary:
    """The dictionary as a PhraseMatcher over one vocabulary.

    `items` maps a match label to what its phrase can be, in the dictionary's precedence order:
    ("entity", ActorEntry, Form), ("sector", SectorTerm, None) or ("discard", Discard, None).
    Every spelling of a phrase (`form_variants`) is one pattern under the phrase's label."""

    def __init__(self, dictionary: ActorDictionary, vocab: Vocab):
        self.dictionary = dictionary
        tokenizer = spacy.blank("en", vocab=vocab).tokenizer
        items_by_key: dict[str, list[tuple]] = {}
        spellings: dict[str, list[str]] = {}
        for entry in dictionary.entries:
            for form in entry.forms:
                for variant in form_variants(form.text):
                    key = normalize(variant)
                    items_by_key.setdefault(key, []).append(("entity", entry, form))
                    spellings.setdefault(key, []).append(variant)
        self.sector_terms: dict[str, object] = {}  # a sector word or phrase -> its first SectorTerm
        for term in dictionary.sectors:
            key = normalize(term.text)
            self.sector_terms.setdefault(key, term)
            items_by_key.setdefault(key, []).append(("sector", term, None))
            spellings.setdefault(key, []).append(term.text)
        for discard in dictionary.discards:
            key = normalize(discard.text)
            items_by_key.setdefault(key, []).append(("discard", discard, None))
            spellings.setdefault(key, []).append(discard.text)
        self.items: dict[int, list[tuple]] = {}
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        keys, texts = [], []
        for key, variants in spellings.items():
            for text in dict.fromkeys(variants):
                keys.append(key)
                texts.append(text)
        patterns: dict[str, list[Doc]] = {}
        for key, pattern in zip(keys, tokenizer.pipe(texts)):
            if len(pattern):
                patterns.setdefault(key, []).append(pattern)
        for key, docs in patterns.items():
            label = "fp-actor:" + key
            self.items[vocab.strings.add(label)] = items_by_key[key]
            self.matcher.add(label, docs)
        self.modifier_words = {w for m in dictionary.role_modifiers for w in m.split()}
        self.former_words = {w.strip("-") for m in dictionary.former_modifiers for w in m.split() if w.strip("-")}
        self.state_names: dict[str, str] = {}
        # an IGO's or group's code -> its name, for the codes only one organisation has: whom a
        # person with that code acts for ("IGOUNO" -> United Nations; not "SYRREB", many groups')
        holders: dict[str, set[str]] = {}
        for entry in dictionary.entries:
            if entry.kind == "state" and entry.country:
                self.state_names.setdefault(entry.country, entry.name)
            elif entry.kind in ("igo", "group"):
                for dated in entry.codes:
                    if dated.code:
                        holders.setdefault(dated.code, set()).add(entry.name)
        self.organisation_names: dict[str, str] = {code: next(iter(names)) for code, names in holders.items() if len(names) == 1}


def tokens_in_case(form: Form, tokens) -> bool:
    """Whether the matched tokens are written in the case the form asks for (see `Form.case`);
    an exact form also matches with a curly apostrophe."""
    if form.case == "exact":
        return "".join(t.text for t in tokens) == form.text.replace(" ", "") or "".join(t.text for t in tokens) == form.text.replace(" ", "").replace("'", "’")
    if form.case == "upper":
        letters = [c for t in tokens for c in t.text if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters)
    if form.case == "name":
        return any(t.text[:1].isupper() for t in tokens if t.text[:1].isalpha())
    return True


def shouting(doc: Doc, start: int, end: int) -> bool:
    """True when the words around a span are in capitals (a headline): "US", "IS" there may be words."""
    caps = 0
    for i in list(range(max(0, start - 3), start)) + list(range(end, min(len(doc), end + 3))):
        t = doc[i]
        if t.is_alpha and len(t.text) > 1 and t.text.isupper():
            caps += 1
    return caps >= 2
