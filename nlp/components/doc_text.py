"""A Doc's text and words, built once.

spaCy's `Doc.text` joins every token's text at each call (about a millisecond for a
2,000-character article), and several of our components read it for each document. The
text never changes once the tokenizer has made the Doc (retokenizing merges or splits
tokens, not characters), so the first reading is kept in the Doc's user_data.

Many rules look for a cue word over the whole document ("whose", "council", a short form);
making a spaCy Token for every token to read its text costs more than the rule. The words
as plain strings, and where each lower-cased word occurs, are kept the same way, beside the
number of tokens they were read from (read again if a retokenizer ever changes it).

    from nlp.components.doc_text import doc_text, doc_words, doc_lowers, word_positions
    text = doc_text(doc)                     # == doc.text
    words = doc_words(doc)                   # == [t.text for t in doc]
    lowers = doc_lowers(doc)                 # == [t.lower_ for t in doc]
    word_positions(doc).get("whose", ())     # == [t.i for t in doc if t.lower_ == "whose"]
"""
from __future__ import annotations

from spacy.tokens import Doc

_KEY = "newswatch_text"
_WORDS_KEY = "newswatch_words"


def doc_text(doc: Doc) -> str:
    """doc.text, joined from the tokens the first time only."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def _words(doc: Doc) -> tuple[int, list[str], list[str], dict[str, list[int]]]:
    kept = doc.user_data.get(_WORDS_KEY)
    if kept is None or kept[0] != len(doc):
        words, lowers, positions = [], [], {}
        for t in doc:
            words.append(t.text)
            lowers.append(t.lower_)
            positions.setdefault(t.lower_, []).append(t.i)
        kept = doc.user_data[_WORDS_KEY] = (len(doc), words, lowers, positions)
    return kept


def doc_words(doc: Doc) -> list[str]:
    """[t.text for t in doc], read once (do not change the list)."""
    return _words(doc)[1]


def doc_lowers(doc: Doc) -> list[str]:
    """[t.lower_ for t in doc], read once (do not change the list)."""
    return _words(doc)[2]


def word_positions(doc: Doc) -> dict[str, list[int]]:
    """{lower-cased word: the indices of its tokens, in order}, read once (do not change it)."""
    return _words(doc)[3]
