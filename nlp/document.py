"""The analysed text of an article: the one rule for turning a title and a body into
the text that is read.

`newswatch enrich` runs the spaCy pipeline over it (and stores offsets into `body`
with `body_offset`), `newswatch train` computes the training examples' findings over
it, and the classifier's features read it (nlp/classifier/features.py), so training
and scoring see the same text for the same article.

The rule: the title, its own line breaks turned into spaces (a title is one line, so
it stays one sentence-like paragraph), a blank line, then the body. A title with nothing
for the model to read (empty, or only whitespace, control or invisible characters: no
paragraph of its own) gives the body alone.
"""
from __future__ import annotations

from nlp.clean import reads_blank

TITLE_SEPARATOR = "\n\n"
"""Between title and body: a blank line, as between the body's own paragraphs."""


def joined_text(title: str | None, body: str | None, *, title_breaks: bool = False) -> tuple[str, int]:
    """(the analysed text, where the body starts in it). `title_breaks=True` keeps the
    title's own line breaks, for the classifier's features only (see
    nlp.classifier.features.feature_text); every other reader wants the default."""
    title = title or ""
    if not title_breaks:
        title = title.replace("\r", " ").replace("\n", " ")
    body = body or ""
    if not reads_blank(title):
        return f"{title}{TITLE_SEPARATOR}{body}", len(title) + len(TITLE_SEPARATOR)
    return body, 0


def article_text(row: dict) -> tuple[str, int]:
    """The analysed text of an article row (a dict with "title" and "body") and where
    the body starts in it."""
    return joined_text(row.get("title"), row.get("body"))


def document_text(title: str | None, body: str | None) -> str:
    """The analysed text of a title and body (article_text without the offset)."""
    return joined_text(title, body)[0]
