"""The gazetteer's indexes, built from every name of every entry.

The index maps a folded name to entries, each as entry * 4 + how the name is the entry's:
0 its own name, 1 its own name shortened (without its type word, its article or its "and":
"Rapides" for "Rapides Parish"), 3 its own name without a leading type word ("Columbia" for
"District of Columbia"), 2 an alternate name. Names written in capitals as codes ("UK",
"DRC") are indexed under `CODE` + key.

Spellings of transliterated names differ mostly in their vowels (Baluchistan, Baluchestan,
Balochistan): the consonant skeletons of the names of countries, divisions and large places
are a fallback index for names not found as written.
"""

from __future__ import annotations

from collections import defaultdict

from .entries import ADMIN1, ADMIN2, CITY
from .names import CODE, is_code, normalize, skeleton, strip_admin_words, variants

Names = dict[int, list[tuple[str, bool]]]  # entry → [(name, alternate)]

# How a name is an entry's, best first: own name, shortened, prefix-shortened, alternate.
_RANK = (0, 1, 3, 2)


def build_index(names: Names, kinds: list[int]) -> dict[str, tuple[int, ...]]:
    """Folded name → the entries known by it, each once, with the best way the name is its."""
    index: dict[str, set[int]] = defaultdict(set)
    for i, ns in names.items():
        for n, alternate in ns:
            _index_name(index, i, kinds[i], n, alternate)
    final: dict[str, tuple[int, ...]] = {}
    for key, posts in index.items():
        best: dict[int, int] = {}
        for p in posts:  # the best way a name is an entry's
            e = p >> 2
            if e not in best or _RANK[p & 3] < _RANK[best[e]]:
                best[e] = p & 3
        final[key] = tuple(sorted(e * 4 + a for e, a in best.items()))
    return final


def _index_name(index: dict[str, set[int]], i: int, kind: int, n: str, alternate: bool) -> None:
    """Index one name of entry i: under its key and its variants, and a division's also without its type word."""
    key = normalize(n)
    if not key:
        return
    if is_code(n):
        index[CODE + key].add(i * 4 + (2 if alternate else 0))
        return
    keys = [key]
    prefixed = None
    if kind in (ADMIN1, ADMIN2):
        bare = strip_admin_words(n)
        if bare and bare != key:
            keys.append(bare)
            if not key.startswith(bare):
                prefixed = bare  # "district of columbia" -> "columbia"
    for k in keys:
        for variant in variants(k):
            how = 2 if alternate else 0 if variant == key else 3 if k == prefixed else 1
            index[variant].add(i * 4 + how)


def build_skeletons(names: Names, kinds: list[int], populations: list[int]) -> dict[str, tuple[int, ...]]:
    """Consonant skeleton → the countries, regions, first-level divisions and places of 100,000 or more
    that have a name with it."""
    skeletons: dict[str, set[int]] = defaultdict(set)
    for i, ns in names.items():
        kind = kinds[i]
        if kind == CITY and populations[i] < 100_000 or kind == ADMIN2:
            continue
        for n, _alternate in ns:
            sk = skeleton(normalize(n))
            if len(sk.replace(" ", "")) >= 5:
                skeletons[sk].add(i)
    return {k: tuple(sorted(v)) for k, v in skeletons.items()}
