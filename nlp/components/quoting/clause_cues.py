"""Cues that report only a partial quote inside their own clause: a finding ("Inspectors
found that pupils were “safe and happy”", "rated the school ..."), and a verb of
CLAUSE_CUE_LEMMAS ("X blamed ‘...’", "X accepted that the first months had been ‘...’").
Read by the attribution (cues.py), which orders and filters its cues by them.
"""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.quoting.misparses import that_clause_misparsed

# Verbs that report a judgement, accepted only for a partial quote inside their clause:
# "Inspectors found that pupils were “safe and happy”".
_FINDING_CUES = frozenset("find finds found finding judge judges judged rate rates rated".split())
# Verbs that report someone's words only for a partial quote inside their own clause, as
# lemmas: "X blamed ‘...’", "X accepted that the first months had been ‘...’" (for
# "accept", only inside a clause of its own: "accepted a ‘generous’ offer" reports no words).
CLAUSE_CUE_LEMMAS = frozenset({"blame", "accept"})
_THAT_CLAUSE_ONLY = frozenset({"accept"})


def is_finding(t: Token, quoted: tuple[int, int] | None = None) -> bool:
    """"found that ...", "found the council had ...", "judged it ...", "rated the school ...":
    a finding reported with a clause of its own ("found themselves blindsided" is not one),
    or with the quote `quoted` (its start and end) as its object ("found ‘significant
    water ingress’")."""
    if t.lower_ not in _FINDING_CUES or not t.tag_.startswith("VB"):
        return False
    if t.lower_.startswith("f"):
        if quoted is not None and any(c.dep_ == "dobj" and quoted[0] <= c.idx < quoted[1] for c in t.children):
            return True
        return any(_own_clause(c) for c in t.children) or that_clause_misparsed(t)
    return True


def is_clause_cue(t: Token) -> bool:
    """"blamed", "accepted that ...": a verb of CLAUSE_CUE_LEMMAS (see there)."""
    if t.lemma_.lower() not in CLAUSE_CUE_LEMMAS or not t.tag_.startswith("VB"):
        return False
    # (a clause with "that" or with a subject of its own: "accepted the start had been ‘...’",
    # also when the parser took the clause's subject for the verb's object)
    return t.lemma_.lower() not in _THAT_CLAUSE_ONLY or any(
        _own_clause(c) or c.dep_ == "ccomp" and any(d.dep_ == "dobj" and d.i < c.i for d in t.children)
        for c in t.children)


def _own_clause(c: Token) -> bool:
    """c is a clause of its own: a complement with "that" or with a subject of its own (not
    a reflexive: "found themselves blindsided")."""
    return c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" or m.dep_ in {"nsubj", "nsubjpass"}
                                     and not m.lower_.endswith(("self", "selves")) for m in c.children)


def clause_only(t: Token) -> bool:
    """A cue that reports only a partial quote inside its own clause."""
    return t.lower_ in _FINDING_CUES or t.lemma_.lower() in CLAUSE_CUE_LEMMAS
