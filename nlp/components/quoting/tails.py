"""A reporting clause closing the sentence of a partial quote whose own sentence names no
reporter: She “could have picked up the phone at any point”, he said. The clause may come
after a short tail of the sentence with no verb of its own: They would be “reopened with
new staff” within a month, it said (the tail "within a month" is no clause, so the words
are still the reporter's). American house style sets the clause's comma inside the closing
mark: The mayor “could have picked up the phone,” she said."""
from __future__ import annotations

import re

# Words that open a clause after a quote that is not its attribution.
SUBORDINATORS = frozenset("when as after because while which before since if although though whereas".split())
RELATIVES = frozenset("who whom whose that where".split())
# Longest verbless tail (in words) between a partial quote and the comma before its reporter.
TAIL_MAX_WORDS = 5
_TAIL = re.compile(r"[^,.;:!?“”\"‘’«»]*,")


def reporter_start(ctx, q, start: int, end: int) -> int | None:
    """Where the reporting clause after partial quote q starts (its comma), in text[start:end]
    (the rest of q's sentence), or None when the rest is no such clause."""
    text = ctx.text
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    at = start + lead
    # the comma inside the marks (“...,” she said): the clause opens at once, not after a comma
    comma_inside = text[q.end - 1:q.end] == "," and not text.startswith(",", at)
    if not comma_inside and not text.startswith(",", at):
        tail = _TAIL.match(text, at, end)
        words = text[at:tail.end() - 1].split() if tail is not None else []
        if tail is None or not words or len(words) > TAIL_MAX_WORDS or words[0].lower() in SUBORDINATORS | RELATIVES \
                or any(t.tag_.startswith("VB") for t in ctx._chunk_tokens(at, tail.end() - 1)):
            return None
        at = tail.end() - 1
    first = next(iter(text[at if comma_inside else at + 1:end].split()), "").lower()
    # (not a clause about the quoted words: “...”, which the union says ...)
    ok = first not in SUBORDINATORS | RELATIVES and ctx._may_attribute_after(q, at, end) and ctx.cue_count(at, end) <= 1
    return at if ok else None
