"""Subordinate clauses that report a quote themselves, not the sentence's main cue.

Going up the parse from a partial quote, the highest reporting verb usually attributes it
("X said schools had asked for ‘...’": X). Two kinds of clause stop the climb at their own
cue: one set against the clause before ("X said ..., while Y described it as ‘...’": Y),
and a clause of time with a subject of its own holding a cue ("‘...,’ she added, as
colleagues behind her began to chant ‘...’": the colleagues). A third: a cue in the passive
whose agent is written ("She said she had been told by a caseworker that the plan was ‘in
the queue’"): the words are the agent's, heard second-hand, and the UK sets give words
reported second-hand to whoever first said them (an unnamed caseworker: no one named), when
the words are in a clause of what was told; a quoted noun phrase summing up what was told
("The trust said it had been informed by its provider of ‘a data breach’") is the reporter's.
"""
from __future__ import annotations

from spacy.tokens import Token

# Marks of a clause set against the one before it: its cue reports its own speaker's words.
CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})
# Marks of a clause of time: with a subject of its own, a cue inside it reports that subject's words.
TIME_MARKS = frozenset({"as", "when", "while", "whilst"})
# Parts of speech of a clause's verb, between a quote and a passive cue whose agent said it.
CLAUSE_POS = frozenset({"VERB", "AUX"})


def own_report(x: Token, path: list[Token], cues) -> bool:
    """x, reached going up from a quote through `path` (x last), opens a clause whose own
    cue reports the quote (see the module's docstring)."""
    marks = {c.lower_ for c in x.children if c.dep_ == "mark"}
    if x in cues and marks & CONTRAST_MARKS:
        return True
    if x in cues and heard_from(x, path[0]) and any(a.pos_ in CLAUSE_POS for a in path[:-1]):
        # (words in a clause of what was told: "told by a caseworker that it was ‘...’"; not
        # a noun phrase summing it up, "informed by its provider of ‘a data breach’", which
        # is the reporter's account)
        return True
    return bool(marks & TIME_MARKS) and any(a in cues for a in path) and any(c.dep_ == "nsubj" for c in x.children)


def sibling_reporter(x: Token, cues) -> Token | None:
    """x, where the climb from a partial quote stopped at a clause coordinated with the one
    before it and with a subject of its own ("X said the union had asked for a pause, but the
    request had been ‘turned down flat’"), with no cue on the way: both clauses are what the
    cue above them reports: the highest of `cues` from the first clause's verb up (the parse
    may join the clause to "said" itself or to "had asked", whose object is its own act, not
    the words). None when no cue is there."""
    if x.dep_ != "conj" or x.head.i == x.i:
        return None
    return next((a for a in reversed([x.head, *x.head.ancestors]) if a in cues), None)


def heard_from(cue: Token, inner: Token) -> bool:
    """"had been told by a caseworker that ...", "was advised by a transport officer to ...":
    a cue in the passive with its agent written before the words (`inner`, the quote's
    first head going up); not "had been told “nothing useful” by the school", where the
    quoted words are the reporter's summary of what was told."""
    return any(c.dep_ == "auxpass" for c in cue.children) and any(
        c.dep_ == "agent" and c.i < inner.i and any(g.dep_ == "pobj" for g in c.children) for c in cue.children)


def in_person_relative(t: Token) -> bool:
    """t is inside a relative clause about a named person ("Jo Bell, who has worked at
    Castle Hill for 17 years, said:"): what the clause names is not the speaker."""
    return t.ent_type_ != "PERSON" and any(a.dep_ == "relcl" and a.head.ent_type_ == "PERSON" for a in t.ancestors)
