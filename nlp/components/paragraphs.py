"""`newswatch_paragraphs`: paragraph boundaries (character offsets) and sentence starts.

Paragraphs are separated by a blank line; a text with no blank line at all is split on
single newlines instead, and so is a blank-line block whose lines read as paragraphs (most
end a sentence, or are longer than any fixed-width wrap: a title followed by single-newline
paragraphs, or quotes each signed "― Name" on its own line), not as prose wrapped at a
fixed width. The component runs before the parser and marks the first token
of every paragraph as a sentence start (the parser keeps preset boundaries), so no
sentence runs across a paragraph break, and its second word, after a first word, as no
sentence start (the parser would sometimes end a one-word sentence there, cutting a name).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from nlp.components.doc_text import doc_text

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_BLOCK = re.compile(r"[^\n]+")
_PARAGRAPH_END = tuple(".!?\"”’')»:")
# Share of a block's lines (all but its last) that must end a sentence for its single
# newlines to count as paragraph breaks; hard-wrapped prose ends few lines so.
SENTENCE_LINE_SHARE = 0.5
# A line longer than this was not wrapped at a fixed width (mail and plain-text news wrap at
# 72-80 columns, RFC 5322 recommends 78), so it ends a paragraph wherever it ends.
HARD_WRAP_MAX_CHARS = 100


def _split_lines(start: int, end: int, text: str) -> list[tuple[int, int]]:
    lines = [(m.start(), m.end()) for m in _BLOCK.finditer(text, start, end)]
    if len(lines) < 2:
        return [(start, end)]
    ends = sum(text[s:e].rstrip().endswith(_PARAGRAPH_END) or e - s > HARD_WRAP_MAX_CHARS for s, e in lines[:-1])
    return lines if ends >= SENTENCE_LINE_SHARE * (len(lines) - 1) else [(start, end)]


if not Doc.has_extension("paragraphs"):
    Doc.set_extension("paragraphs", default=None)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each non-empty paragraph, whitespace trimmed."""
    if _BLANK_LINE.search(text):
        pieces, pos = [], 0
        for m in _BLANK_LINE.finditer(text):
            pieces.append((pos, m.start()))
            pos = m.end()
        pieces.append((pos, len(text)))
        pieces = [piece for s, e in pieces for piece in _split_lines(s, e, text)]
    else:
        pieces = [(m.start(), m.end()) for m in _BLOCK.finditer(text)]
    spans = []
    for start, end in pieces:
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))
    return spans


class Paragraphs:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.paragraphs = paragraph_spans(doc_text(doc))
        starts = {s for s, _ in doc._.paragraphs}
        for token in doc:
            if token.idx in starts:
                if token.i:
                    token.is_sent_start = True
                nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if nxt is not None and token.is_alpha and nxt.is_alpha and token.whitespace_ == " ":
                    # given a paragraph's first token as a sentence start, the parser may end the
                    # sentence right after it ("Leeds | City Council is ..."), and the entity
                    # recogniser cannot then take "Leeds City Council" whole: no sentence
                    # starts at a paragraph's second word
                    nxt.is_sent_start = False
        return doc


@Language.factory("newswatch_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> Paragraphs:
    return Paragraphs(nlp, name)
