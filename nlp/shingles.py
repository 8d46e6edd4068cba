"""Word shingles: the one rule for comparing texts by overlapping runs of words.

Two callers: crawler/body.py (how much of a candidate body the JSON-LD articleBody
contains) and story clustering (MinHash signatures of title + body). Each says what a word
is for it (`word_re`), since changing either tokenisation would change stored findings
(cluster signatures are kept with the parameters they were made with)."""
from __future__ import annotations

import re
from typing import Pattern

WORD_RE = re.compile(r"\w+(?:['’]\w+)*")
"""A word for clustering: letters/digits, with inner apostrophes kept (don't, O’Neill)."""


def word_shingles(text: str, k: int, word_re: Pattern[str] = WORD_RE) -> list[tuple[str, ...]]:
    """The k-word runs of `text`, lower-cased, in order (with repeats). A text of fewer than
    k words gives no shingles."""
    words = word_re.findall(text.lower())
    return [tuple(words[i:i + k]) for i in range(len(words) - k + 1)]
