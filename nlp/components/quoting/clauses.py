"""Subordinate clauses that report a quote themselves, not the sentence's main cue.

Going up the parse from a partial quote, the highest reporting verb usually attributes it
("X said schools had asked for ‘...’": X). Two kinds of clause stop the climb at their own
cue: one set against the clause before ("X said ..., while Y described it as ‘...’": Y),
and a clause of time with a subject of its own holding a cue ("‘...,’ she added, as
colleagues behind her began to chant ‘...’": the colleagues).
"""
from __future__ import annotations

from spacy.tokens import Token

# Marks of a clause set against the one before it: its cue reports its own speaker's words.
CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})
# Marks of a clause of time: with a subject of its own, a cue inside it reports that subject's words.
TIME_MARKS = frozenset({"as", "when", "while", "whilst"})


def own_report(x: Token, path: list[Token], cues) -> bool:
    """x, reached going up from a quote through `path` (x last), opens a clause whose own
    cue reports the quote (see the module's docstring)."""
    marks = {c.lower_ for c in x.children if c.dep_ == "mark"}
    if x in cues and marks & CONTRAST_MARKS:
        return True
    return bool(marks & TIME_MARKS) and any(a in cues for a in path) and any(c.dep_ == "nsubj" for c in x.children)
