"""`newswatch_token_rules`: the small model's attribute ruler and lemmatizer, done over
arrays. The same annotations as the model's two components, for less CPU.

The model's `attribute_ruler` (its tag map and exceptions: 179 token patterns setting
POS, MORPH and some lemmas) runs a generic spaCy Matcher over every token, and its rule
`lemmatizer` walks the tokens in Python, recomputing every lemma it does not cache: on
real-length news texts the two took about a fifth of the small model's CPU, more than
all of newswatch's own components. Their patterns only ever test a token's LOWER,
IS_SPACE, TAG and DEP, and a lemma depends only on the token's text, POS and MORPH (the
key of the lemmatizer's own cache). So what a token gets is worked out once per distinct
(lower, tag, dep, is_space) and (text, pos, morph), by the model's own patterns and its
own lemmatizer (Lemmatizer.lemmatize), and read back from a dictionary afterwards (up to
MEMO_MAX entries); a Doc's columns are read and written as arrays (Doc.to_array /
Doc.from_array).

Exactly the model's results: the patterns are applied as AttributeRuler applies them
(all matched against the Doc as it was, then each pattern's attributes set in the order
the patterns were added, later ones winning; a pattern of several tokens sets the token
at its index), and the lemmatizer runs only on tokens without a lemma, as the model's
does (overwrite off). A model whose patterns use anything else (operators, other
attributes or predicates), or whose lemmatizer is not in rule mode, keeps its own
components (compile_token_rules returns False). tests/test_token_rules.py compares the
two token by token.

    from nlp.components.token_rules import compile_token_rules
    compile_token_rules(nlp)   # replaces attribute_ruler + lemmatizer when it can
"""
from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

RULER, LEMMATIZER = "attribute_ruler", "lemmatizer"
_TESTED = {"LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}
_SET_BY_ARRAY = (POS, MORPH, LEMMA)  # what the tag map and lemmas set; TAG and DEP (whitespace) go token by token
_ARRAY_ATTRS = frozenset(_SET_BY_ARRAY)
_READ = [LOWER, TAG, DEP, IS_SPACE, POS, MORPH, LEMMA]
# Entries kept per lookup table before it starts again empty: news text has a long tail of
# rare words, and an entry costs about 370 bytes in every analysis process (measured, the
# new words' strings included), so at most about 11 MB per table; 30,000 holds the words
# of a few hundred real-length articles (80 took 12,000); a miss costs a few pattern tests.
MEMO_MAX = 30_000


class Unsupported(ValueError):
    """A pattern this module cannot evaluate as the Matcher would."""


def _predicate(attr: str, value: Any):
    """(attribute, test of its value: a string id, IS_SPACE a bool), as the Matcher makes
    it; the test is ("regex", pattern) for a REGEX (searched in the string), ("eq", id)
    for a plain value (which also files the token pattern under that value)."""
    if attr not in _TESTED:
        raise Unsupported(attr)
    if attr == "IS_SPACE":
        if not isinstance(value, bool):
            raise Unsupported(f"IS_SPACE {value!r}")
        return attr, ("eq", int(value))
    if isinstance(value, str):
        return attr, ("eq", get_string_id(value))
    if not isinstance(value, dict) or len(value) != 1:
        raise Unsupported(f"{attr} {value!r}")
    (op, arg), = value.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, (list, tuple, set)):
        return attr, (op, frozenset(get_string_id(v) for v in arg))
    if op == "REGEX" and isinstance(arg, str):
        return attr, ("regex", re.compile(arg))
    raise Unsupported(f"{attr} {op}")


class TokenRules:
    """The attribute ruler's patterns and the lemmatizer, keyed by what they read."""

    def __init__(self, nlp: Language, name: str):
        self.name, self.vocab = name, nlp.vocab
        self.specs: list[list] = []  # the tests of each token of each pattern
        self.spec_of: list[tuple[int, int, int]] = []  # spec -> (pattern number, its longer pattern or -1, position)
        self.filed: dict[tuple[str, int], list[int]] = {}  # (TAG or LOWER, value) -> specs that require it
        self.unfiled: list[int] = []  # specs tested on every token
        self.longer: list[tuple[int, int, int]] = []  # (pattern number, length, index of the token it sets)
        self.attrs: list[dict] = []
        self.lemmatizer = None
        self._hits_of: dict = {}    # (lower, tag, dep, is_space) -> a shape (below)
        self._shapes: dict = {}     # the few distinct (patterns, attributes, {longer: positions}), shared
        self._lemmas: dict = {}     # (orth, pos, morph) -> lemma id

    def use(self, ruler, lemmatizer) -> None:
        """Take the patterns and attributes of the model's AttributeRuler, and its lemmatizer."""
        self.attrs = list(ruler.attrs)
        for number, entry in enumerate(ruler.patterns):
            for alternative in entry["patterns"]:
                tests = [[_predicate(attr, value) for attr, value in spec.items()] for spec in alternative]
                if not tests or any(not spec for spec in tests):
                    raise Unsupported("an empty token pattern")
                index = entry["index"] if entry["index"] >= 0 else len(tests) + entry["index"]
                if not 0 <= index < len(tests):
                    raise Unsupported("an index outside the pattern")
                which = -1
                if len(tests) > 1:
                    which = len(self.longer)
                    self.longer.append((number, len(tests), index))
                for position, spec in enumerate(tests):
                    self._add_spec(spec, (number, which, position))
        self.lemmatizer = lemmatizer

    def _add_spec(self, spec: list, owner: tuple[int, int, int]) -> None:
        n = len(self.specs)
        self.specs.append(spec)
        self.spec_of.append(owner)
        anchor = next(((attr, test[1]) for attr, test in spec if attr in ("TAG", "LOWER") and test[0] == "eq"), None)
        if anchor is None:
            self.unfiled.append(n)
        else:
            self.filed.setdefault(anchor, []).append(n)

    # ---- matching --------------------------------------------------------------------
    def _passes(self, spec: list, values: dict) -> bool:
        for attr, (op, arg) in spec:
            value = values[attr]
            if op == "eq":
                ok = value == arg
            elif op == "IN":
                ok = value in arg
            elif op == "NOT_IN":
                ok = value not in arg
            else:  # regex, searched in the string as the Matcher does
                ok = arg.search(self.vocab.strings[value]) is not None
            if not ok:
                return False
        return True

    def _hits(self, key: tuple[int, int, int, int]) -> tuple[frozenset, dict, dict]:
        """For a token's (lower, tag, dep, is_space): the one-token patterns it matches,
        the attributes they set (merged in pattern order, later ones winning), and for
        each longer pattern, which of its positions it matches."""
        hit = self._hits_of.get(key)
        if hit is None:
            lower, tag, dep, is_space = key
            values = {"LOWER": lower, "TAG": tag, "DEP": dep, "IS_SPACE": is_space}
            candidates = [*self.filed.get(("TAG", tag), ()), *self.filed.get(("LOWER", lower), ()), *self.unfiled]
            singles, longer = set(), {}
            for n in candidates:
                if self._passes(self.specs[n], values):
                    number, which, position = self.spec_of[n]
                    if which < 0:
                        singles.add(number)
                    else:
                        longer.setdefault(which, set()).add(position)
            shape = (frozenset(singles), tuple(sorted((w, frozenset(ps)) for w, ps in longer.items())))
            hit = self._shapes.get(shape)
            if hit is None:
                hit = self._shapes[shape] = (shape[0], self._merged(singles), dict(shape[1]))
            if len(self._hits_of) >= MEMO_MAX:
                self._hits_of.clear()
            self._hits_of[key] = hit
        return hit

    def _merged(self, numbers) -> dict:
        merged: dict = {}
        for number in sorted(numbers):  # as AttributeRuler sorts its matches: later patterns win
            merged.update(self.attrs[number])
        return merged

    def _longer_matches(self, hits: list[tuple[frozenset, dict, dict]]) -> dict[int, set[int]]:
        """token index -> the numbers of the longer patterns that set it."""
        out: dict[int, set[int]] = {}
        for start, (_, _, firsts) in enumerate(hits):
            for p, positions in firsts.items():
                if 0 not in positions:
                    continue
                number, size, index = self.longer[p]
                if start + size <= len(hits) and all(k in hits[start + k][2].get(p, ()) for k in range(1, size)):
                    out.setdefault(start + index, set()).add(number)
        return out

    # ---- the component ---------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array(_READ).tolist()
        hits = [self._hits((lower, tag, dep, space)) for lower, tag, dep, space, *_ in rows]
        longer = self._longer_matches(hits) if self.longer else {}
        columns, one_by_one = [], []
        for i, (row, (singles, merged, _)) in enumerate(zip(rows, hits)):
            if i in longer:  # with the one-token patterns that matched it, in pattern order
                merged = self._merged(singles | longer[i])
            if merged.keys() <= _ARRAY_ATTRS:
                columns.append((merged.get(POS, row[4]), merged.get(MORPH, row[5]), merged.get(LEMMA, row[6])))
            else:
                columns.append(row[4:])
                one_by_one.append((i, merged))
        doc.from_array(list(_SET_BY_ARRAY), _uint64(columns))
        for i, merged in one_by_one:
            set_token_attrs(doc[i], merged)
        if self.lemmatizer is not None:
            self._lemmatize(doc)
        return doc

    def _lemmatize(self, doc: Doc) -> None:
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas, changed = [], False
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma == 0:
                key = (orth, pos, morph)
                lemma = self._lemmas.get(key)
                if lemma is None:
                    if len(self._lemmas) >= MEMO_MAX:
                        self._lemmas.clear()
                    lemma = self._lemmas[key] = self.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                changed = True
            lemmas.append(lemma)
        if changed:
            doc.from_array([LEMMA], _uint64(lemmas))


def _uint64(values) -> numpy.ndarray:
    return numpy.asarray(values, dtype=numpy.uint64)


@Language.factory("newswatch_token_rules")
def make_token_rules(nlp: Language, name: str) -> TokenRules:
    return TokenRules(nlp, name)


def compile_token_rules(nlp: Language) -> bool:
    """Replace the model's attribute_ruler and lemmatizer by newswatch_token_rules, in the
    ruler's place, when both are there and their rules are of the kinds it evaluates
    (the model's pipes are kept, disabled). False (nothing changed) otherwise."""
    if RULER not in nlp.pipe_names or LEMMATIZER not in nlp.pipe_names:
        return False
    ruler, lemmatizer = nlp.get_pipe(RULER), nlp.get_pipe(LEMMATIZER)
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
        return False
    names = nlp.pipe_names
    if names.index(LEMMATIZER) != names.index(RULER) + 1:
        return False
    rules = nlp.add_pipe("newswatch_token_rules", before=RULER)
    try:
        rules.use(ruler, lemmatizer)
    except Unsupported:
        nlp.remove_pipe("newswatch_token_rules")
        return False
    nlp.disable_pipe(RULER)
    nlp.disable_pipe(LEMMATIZER)
    return True

