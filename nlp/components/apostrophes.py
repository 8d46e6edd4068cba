"""The model reads a curly apostrophe inside an O'/D'-style name as the straight one.

en_core_web_sm embeds each token by its NORM, PREFIX, SUFFIX and SHAPE, learned from text
written with straight apostrophes. A name written with a curly one ("O’Halloran",
"D’Souza", "L’Estrange") then looks like nothing the model has seen: "Cllr O’Halloran said"
was tagged an organisation with "Cllr" as the subject and the name as an adverb, where
"Cllr O'Halloran said" is a person. British house styles print curly apostrophes
throughout, so the features of such a name (a capital, at most one lower-case letter, the
apostrophe, a capital) are computed as if its apostrophe were straight. The text, the
tokens and every offset stay as written; only what the model reads changes. A possessive
("O’Halloran’s") is tokenized as the name and "’s", so the name is read the same way; the
clitic, a closing quote "’" and other words keep their own features (the model already
reads "’s" and "n’t" as it reads "'s" and "n't").

    from nlp.components.apostrophes import read_curly_apostrophes_as_straight
    read_curly_apostrophes_as_straight(nlp)   # before the first text is processed
"""
from __future__ import annotations

import re
from collections.abc import Callable

from spacy.attrs import NORM, PREFIX, SHAPE, SUFFIX
from spacy.language import Language

CURLY_APOSTROPHES = ("\u2019", "\u02bc")  # right single quotation mark, modifier letter apostrophe
STRAIGHT_APOSTROPHE = "'"
# The lexical features the model's embedding reads (en_core_web_sm's MultiHashEmbed attrs).
MODEL_FEATURES = (NORM, PREFIX, SUFFIX, SHAPE)

# "O’Halloran", "D’Souza", "L’Estrange": a capital, at most one lower-case letter, the
# apostrophe, a capital.
_INSIDE_A_NAME = re.compile(r"^[A-Z][a-z]?[{marks}][A-Z]".format(marks="".join(CURLY_APOSTROPHES)))


def straightened(word: str) -> str:
    """"O’Halloran" -> "O'Halloran"; anything else as it is ("’", "’s", "don’t")."""
    if not _INSIDE_A_NAME.match(word):
        return word
    for mark in CURLY_APOSTROPHES:
        word = word.replace(mark, STRAIGHT_APOSTROPHE)
    return word


class _Straight:
    """A lexical attribute getter applied to the straightened word (a class, not a closure,
    so a pipeline can still be pickled)."""

    def __init__(self, getter: Callable[[str], object]):
        self.getter = getter

    def __call__(self, word: str) -> object:
        return self.getter(straightened(word))


def read_curly_apostrophes_as_straight(nlp: Language) -> None:
    """Compute the model's features of every word with a curly apostrophe from its
    straightened form: for the words the vocabulary already holds, and (through the
    vocabulary's attribute getters) for every word it meets later."""
    getters = nlp.vocab.lex_attr_getters
    for attr in MODEL_FEATURES:
        if attr in getters and not isinstance(getters[attr], _Straight):
            getters[attr] = _Straight(getters[attr])
    for lex in list(nlp.vocab):
        word = lex.orth_
        plain = straightened(word)
        if plain == word:
            continue
        model = nlp.vocab[plain]
        lex.norm_, lex.prefix_, lex.suffix_, lex.shape_ = model.norm_, model.prefix_, model.suffix_, model.shape_
