"""A Doc's text, built once.

spaCy's `Doc.text` joins every token's text at each call (about a millisecond for a
2,000-character article), and several of our components read it for each document. The
text never changes once the tokenizer has made the Doc (retokenizing merges or splits
tokens, not characters), so the first reading is kept in the Doc's user_data.

    from nlp.components.doc_text import doc_text
    text = doc_text(doc)     # == doc.text
"""
from __future__ import annotations

from spacy.tokens import Doc

_KEY = "newswatch_text"


def doc_text(doc: Doc) -> str:
    """doc.text, joined from the tokens the first time only."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
