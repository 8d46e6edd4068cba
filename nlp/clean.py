"""Clean text at the door of the pipeline, keeping every offset valid.

    from nlp.clean import clean_text
    clean_text("a\\x00b")  # -> "a b"

Texts come from users (`analyse`) and from crawled pages (`enrich`); either may hold
characters that crash spaCy or have no business in a name or a quote:
- a lone surrogate (U+D800..U+DFFF; valid in JSON as "\\ud800", not encodable as
  UTF-8) becomes U+FFFD, the Unicode replacement character;
- a control character (C0 and C1, NUL and DEL included) other than tab, newline and
  carriage return becomes a space.

Each bad character is replaced by exactly one character, so the cleaned text has the
same length as the input and every offset found in it points at the same place in the
input (and in the stored article body). The text the findings quote (entity, speaker
and quote text) is the cleaned text: it equals the input at the same offsets except
that those characters read as spaces or U+FFFD. Nothing is ever removed.
"""
from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

REPLACEMENT = "\ufffd"


def clean_text(text: str) -> str:
    """`text` with lone surrogates as U+FFFD and control characters (but tab, newline,
    carriage return) as spaces; same length, so offsets are unchanged."""
    if _BAD.search(text) is None:
        return text  # the usual case: no copy
    return _SURROGATE.sub(REPLACEMENT, _CONTROL.sub(" ", text))
