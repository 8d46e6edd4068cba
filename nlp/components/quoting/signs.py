"""What placards say when the sentence that quotes them names no placard: "Several people
are holding placards. One reads “...”; another, “...”", "Many carried home-made placards.
One, held by a girl of about eight, read: ‘...’ Others read ‘...’ and ‘...’". British
reports of protests name the placards once and then quote them one by one. Their words are
quotes of no one named (as quotes.py keeps "placards reading “...”" in one sentence), and
they are not titles, however short and capitalised.

`sign_wording(text, para_start, open_at)` says whether the quote opening at `open_at` is one."""
from __future__ import annotations

import re

from nlp.components.quoting.sentences import sentence_start

# How far back in the paragraph the placards may be named (characters).
SIGN_NAMED_MAX_CHARS = 300
SIGN_NOUNS = re.compile(r"\b(placards?|banners?|signs?|posters?|t-shirts?|slogans?)\b", re.I)
# Earlier quotes in the sentence, already replaced by "Q".
_QUOTE_RE = re.compile(r"[“\"‘'][^“”\"‘’]*[”\"’']")
# "One reads", "Others read", "One, held by a girl, read:", "another," (after "One reads Q;")
_ONE_OF_THEM = r"(one|another|others|some|many|most|the other|the others|one of them|a third)"
SIGN_ONE_BY_ONE = re.compile(
    r"^\s*" + _ONE_OF_THEM + r"\b[^.!?]{0,60}?\b(read|reads|reading|said|says|saying)\b[\s:,]*"
    r"(Q\s*(,|;|and)\s*(and\s+)?(" + _ONE_OF_THEM + r"\b)?[\s,:]*)*$", re.I)


def sign_wording(text: str, para_start: int, open_at: int) -> bool:
    """The quote opening at open_at is one placard's words, read out one by one after a
    sentence of the same paragraph that names the placards."""
    sent = sentence_start(text, para_start, open_at)
    before = _QUOTE_RE.sub("Q", text[sent:open_at])
    if not SIGN_ONE_BY_ONE.match(before):
        return False
    earlier = text[max(para_start, sent - SIGN_NAMED_MAX_CHARS):sent]
    return SIGN_NOUNS.search(_QUOTE_RE.sub("Q", earlier)) is not None
