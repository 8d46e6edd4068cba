"""The model reads a curly apostrophe inside a word as the straight one.

en_core_web_sm embeds each token by its NORM, PREFIX, SUFFIX and SHAPE, learned from text
written with straight apostrophes. A name written with a curly one ("O’Halloran",
"D’Souza", "O’Halloran’s") then looks like nothing the model has seen: "Cllr O’Halloran
said" was tagged an organisation with "Cllr" as the subject, where "Cllr O'Halloran said"
is a person. British house styles print curly apostrophes throughout, so the features of a
word (a token with a letter in it) are computed as if its apostrophes were straight. The
text, the tokens and every offset stay as written; only what the model reads changes. A
curly quotation mark on its own ("’" closing a quote) keeps its own features.

    from nlp.components.apostrophes import read_curly_apostrophes_as_straight
    read_curly_apostrophes_as_straight(nlp)   # before the first text is processed
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import NORM, PREFIX, SHAPE, SUFFIX
from spacy.language import Language

CURLY_APOSTROPHES = ("\u2019", "\u02bc")  # right single quotation mark, modifier letter apostrophe
STRAIGHT_APOSTROPHE = "'"
# The lexical features the model's embedding reads (en_core_web_sm's MultiHashEmbed attrs).
MODEL_FEATURES = (NORM, PREFIX, SUFFIX, SHAPE)


def straightened(word: str) -> str:
    """"O’Halloran" -> "O'Halloran"; a word without a letter ("’", a closing quote) as it is."""
    if not any(mark in word for mark in CURLY_APOSTROPHES) or not any(ch.isalpha() for ch in word):
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
