"""People a subject names together: "Jane Cole and Peter Marsh said" is both of them, each
once, in the order written (issue 13, round quotes-51).

The parser hangs a coordination on its first name, the others as "conj" in a chain or all on
the first, and it can reach the subject through any of them (a name read as the subject's
modifier, a clause hung on a middle name). The names are read from the coordination's first
name down, so that none is written twice and none is lost ("Clinton and Clinton" for "Obama
and Clinton"). A relative clause speaks for one name only: "..., Patti Okoro and Sam Reyes,
who joked ..." is the last name's joke, not the list's (misparses.py: `name_before_who`).
"""
from __future__ import annotations

from spacy.tokens import Token

# The dependency of a cue that is a relative clause: its "who" stands for one name.
RELATIVE_CLAUSE_DEP = "relcl"


def _split_double_barrel(c: Token) -> bool:
    """The end of a double-barrelled name the parser split: "Okwuosa - Bell"."""
    return c.i > 0 and c.doc[c.i - 1].text == "-" and not c.doc[c.i - 1].whitespace_


def coordination_head(person: Token) -> Token:
    """The first name of the coordination `person` belongs to (`person` when it is none)."""
    head = person
    while head.ent_type_ == "PERSON" and head.head.ent_type_ == "PERSON" and head.head.i != head.i:
        head = head.head
    return head


def names_together(person: Token, cue: Token) -> list[Token]:
    """The name tokens of every person coordinated with `person`, in text order, `person`'s
    coordination head first; [] when `person` is named alone or the cue is a relative clause
    (its "who" is one of them)."""
    if cue.dep_ == RELATIVE_CLAUSE_DEP:
        return []
    head = coordination_head(person)
    members, todo = [], [head]
    while todo:
        x = todo.pop()
        members.append(x)
        todo.extend(c for c in x.children if c.dep_ == "conj" and c.ent_type_ == "PERSON" and not _split_double_barrel(c))
    return sorted(members, key=lambda x: x.i) if len(members) > 1 else []
