"""Whitespace and element text, the way every extraction module reads them.

    from crawler.text import clean_space, text_of
    clean_space("  Jane \n Smith ")   # "Jane Smith"
    text_of(h1_element)               # the element's text, spaces collapsed; "" for None
"""
from __future__ import annotations

import re

# Characters of an exception's message, or of a quoted value, kept in a page's reasons
# (enough to recognise it, short enough to read in skipped_pages.evidence).
REASON_CHARS = 80

_SPACE_RE = re.compile(r"\s+")


def clean_space(text: str | None) -> str:
    """`text` with each run of whitespace made one space, trimmed; "" for None."""
    return _SPACE_RE.sub(" ", text or "").strip()


def text_of(el) -> str:
    """The text of an lxml element (and its descendants), spaces collapsed; "" for None."""
    return clean_space(el.text_content()) if el is not None else ""
