"""Drop-in replacements for the model's `attribute_ruler` and `lemmatizer`, same output, less Python.

The stock attribute ruler runs a Matcher of 179 patterns over every token, then, per match
(every token matches at least its tag's pattern), builds a Span and sets the attributes
one by one: about a tenth of the parse's time. Its patterns are nearly all of one token,
testing a few attributes (TAG, LOWER, DEP, IS_SPACE), so what they do to a token is a
function of those attributes alone: `FastAttributeRuler` works it out once per distinct
combination and applies it to the whole document through arrays. The patterns of more
than one token (or of operators the table does not handle) still go through a Matcher.

Exactness rests on the stock semantics: every pattern is matched against the document as
it came in, then matches are applied in the order of the patterns, so each attribute
(TAG, POS, MORPH, LEMMA, DEP are independent fields of a token) ends with the value of the
last pattern that matched and sets it. `FastLemmatizer` keeps the rule lemmatizer's own
answer per (word, POS, morphology), its cache key, and writes the lemmas through an array.
tests/test_fastrules.py and bench/fast_equivalence.py compare them with the stock ones.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

READ = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE, "ORTH": ORTH, "POS": POS}
WRITE = (TAG, POS, MORPH, LEMMA, DEP)


class Unsupported(ValueError):
    """A pattern beyond what the table handles (operators, other attributes): the stock ruler stays."""


def _token_tests(token: dict, strings) -> list[tuple[object, object, set]]:
    """A Matcher pattern token as (column, test on its value, values named): exact values, IN,
    NOT_IN on an attribute; a REGEX is a column of its own, 1 where the attribute's string matches."""
    def value(v):
        if isinstance(v, bool):
            return int(v)
        if isinstance(v, str):
            return strings.add(v)
        raise Unsupported(f"attribute ruler pattern value {v!r}")

    tests = []
    for key, spec in token.items():
        if key not in READ:
            raise Unsupported(f"attribute ruler pattern key {key}")
        if isinstance(spec, dict) and len(spec) == 1 and next(iter(spec)) in ("IN", "NOT_IN") and isinstance(spec.get("IN", spec.get("NOT_IN")), list):
            (op, values), = spec.items()
            hashes = {value(v) for v in values}
            test = (lambda v, h=hashes: v in h) if op == "IN" else (lambda v, h=hashes: v not in h)
        elif isinstance(spec, dict) and list(spec) == ["REGEX"] and isinstance(spec["REGEX"], str):
            key, hashes = (READ[key], spec["REGEX"]), {0, 1}
            tests.append((key, lambda v: v == 1, hashes))
            continue
        else:
            hashes = {value(spec)}
            test = lambda v, h=hashes: v in h  # noqa: E731
        tests.append((READ[key], test, hashes))
    return tests


class FastAttributeRuler:
    def __init__(self, stock):
        self.single = []  # one-token patterns: (attr_id, tests, writes), in pattern order
        self.multi = []  # longer ones: (attr_id, target offset, spec numbers, writes)
        self.specs = []  # the tests of each token of the longer patterns
        named: dict[int, set] = {}  # per attribute read, the values some pattern names
        for attr_id, attrs in enumerate(stock.attrs):
            writes = [(WRITE.index(field), value) for field, value in attrs.items() if field in WRITE]
            if len(writes) != len(attrs):
                raise Unsupported(f"attribute ruler pattern {attr_id} sets {attrs}")
            for pattern in stock.matcher.get(str(attr_id))[1]:
                tests = [_token_tests(token, stock.vocab.strings) for token in pattern]
                for column, _, values in (t for token in tests for t in token):
                    named.setdefault(column, set()).update(values)
                if not -len(pattern) <= stock.indices[attr_id] < len(pattern):
                    raise Unsupported(f"attribute ruler pattern {attr_id}'s index is outside it")
                if len(pattern) == 1:
                    self.single.append((attr_id, tests[0], writes))
                else:
                    self.multi.append((attr_id, stock.indices[attr_id] % len(pattern), range(len(self.specs), len(self.specs) + len(tests)), writes))
                    self.specs.extend(tests)
        self.multi.sort(key=lambda pattern: pattern[0])
        self.columns = list(named)
        # uint64 like the document's arrays (numpy would compare uint64 with int64 as floats)
        self.named = [numpy.array(sorted(named[column]), dtype=numpy.uint64) for column in self.columns]
        self.read = sorted({column if isinstance(column, int) else column[0] for column in self.columns})
        self.regexes = {column: (re.compile(column[1]), {}) for column in self.columns if not isinstance(column, int)}
        self.strings = stock.vocab.strings
        self.table: dict[int, tuple] = {}

    def _column(self, read: numpy.ndarray, column) -> numpy.ndarray:
        if isinstance(column, int):
            return read[:, self.read.index(column)]
        # A REGEX test, as the Matcher does it (search in the attribute's string), once per distinct value
        regex, seen = self.regexes[column]
        values, where = numpy.unique(read[:, self.read.index(column[0])], return_inverse=True)
        found = [seen.get(v) for v in values.tolist()]
        for i, v in enumerate(values.tolist()):
            if found[i] is None:
                found[i] = seen[v] = int(regex.search(self.strings[v]) is not None)
        return numpy.array(found, dtype=numpy.uint64)[where]

    def _codes(self, doc: Doc) -> numpy.ndarray:
        """Per token, one number for its values of the attributes read, a value no pattern names
        counting as one more value (all such test alike): the table of outcomes stays as small as
        the patterns' vocabulary, however many words a stream brings."""
        read = doc.to_array(self.read)
        codes = numpy.zeros(len(doc), dtype=numpy.int64)
        for column, named in zip(self.columns, self.named):
            values = self._column(read, column)
            index = numpy.searchsorted(named, values)
            known = named[numpy.minimum(index, len(named) - 1)] == values
            codes = codes * (len(named) + 1) + numpy.where(known, index, len(named))
        return codes

    def _outcome(self, code: int) -> tuple:
        """For one code: per written field, the value and pattern number of the last one-token pattern
        setting it (-1: none), and which tokens of the longer patterns it matches."""
        values = {}
        for column, named in zip(reversed(self.columns), reversed(self.named)):
            code, digit = divmod(code, len(named) + 1)
            values[column] = int(named[digit]) if digit < len(named) else None
        winners, written = [-1] * len(WRITE), [0] * len(WRITE)
        for attr_id, tests, writes in self.single:
            if all(test(values[column]) for column, test, _ in tests):
                for field, value in writes:
                    winners[field], written[field] = attr_id, value
        specs = [all(test(values[column]) for column, test, _ in spec) for spec in self.specs]
        return written, winners, specs

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        codes, outcome = numpy.unique(self._codes(doc), return_inverse=True)
        rows = [self.table.get(code) or self.table.setdefault(code, self._outcome(code)) for code in codes.tolist()]
        written = numpy.array([row[0] for row in rows], dtype=numpy.uint64)[outcome]
        winners = numpy.array([row[1] for row in rows], dtype=numpy.int64)[outcome]
        if self.multi:
            specs = numpy.array([row[2] for row in rows], dtype=bool)[outcome]
            for attr_id, offset, spec_numbers, writes in self.multi:  # in pattern order
                starts = len(doc) - len(spec_numbers) + 1
                if starts < 1:
                    continue
                match = numpy.ones(starts, dtype=bool)
                for k, spec in enumerate(spec_numbers):
                    match &= specs[k:k + starts, spec]
                targets = numpy.flatnonzero(match) + offset
                for field, value in writes:
                    later = targets[winners[targets, field] <= attr_id]
                    written[later, field], winners[later, field] = value, attr_id
        out = doc.to_array(list(WRITE))
        return doc.from_array(list(WRITE), numpy.where(winners >= 0, written, out))


class FastLemmatizer:
    """The rule lemmatizer's first lemma per (orth, POS, morphology), for tokens with no lemma yet (overwrite=False)."""

    def __init__(self, stock):
        if stock.mode != "rule" or stock.overwrite:
            raise Unsupported("FastLemmatizer stands in only for a rule lemmatizer that does not overwrite")
        self.stock = stock
        self.lemmas: dict[tuple, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        strings, lemmas = doc.vocab.strings, self.lemmas
        out = array[:, 3].tolist()
        for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
            if lemma == 0:
                key = (orth, pos, morph)
                found = lemmas.get(key)
                if found is None:
                    # The stock rule on a miss; its string added to the store as `token.lemma_ = ...` would.
                    found = lemmas[key] = strings.add(self.stock.lemmatize(doc[i])[0])
                out[i] = found
        return doc.from_array([LEMMA], numpy.array(out, dtype=numpy.uint64))


@Language.factory("flashpoint_fast_attribute_ruler")
def make_fast_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.get_pipe(f"stock_{name}"))


@Language.factory("flashpoint_fast_lemmatizer")
def make_fast_lemmatizer(nlp: Language, name: str) -> FastLemmatizer:
    return FastLemmatizer(nlp.get_pipe(f"stock_{name}"))


def use_fast_rules(nlp: Language) -> None:
    """Swap the model's attribute ruler and rule lemmatizer for their fast equivalents, in place,
    under the same names (the stages' order check reads the pipe names). A component whose
    patterns or mode the fast one does not handle stays as it is."""
    for name in ("attribute_ruler", "lemmatizer"):
        if name in nlp.pipe_names:
            nlp.rename_pipe(name, f"stock_{name}")
            try:
                nlp.add_pipe(f"flashpoint_fast_{name}", name=name, after=f"stock_{name}")
            except Unsupported:
                nlp.rename_pipe(f"stock_{name}", name)
            else:
                nlp.remove_pipe(f"stock_{name}")
