"""Who "my predecessor" or "her successor" is: the person the article says was succeeded.

A profile of someone new in a post names the person they took over from in the lede
("Jo Bell became head in May, taking over from Tom Ash", "..., replacing Tom Ash",
"..., succeeding Tom Ash"); when an answer or a reported sentence then quotes "my
predecessor" ("My predecessor called it a ‘...’"), the words are that person's, named. The
reading is the article's one hand-over: the persons a succession clause outside quotes gives
before the noun, as the one replaced (predecessor) or the one taking over (successor); with
none, or several different persons, the noun stays as written.

`succession_person(finder, t)` is called by the speaker finder (speakers.py) for a cue's
subject noun t."""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.quoting.context import _SUBJ_DEPS, Speaker

# Nouns of a post's former or next holder, and which side of a hand-over each names.
PREDECESSOR, SUCCESSOR = "replaced", "replacing"
SUCCESSION_NOUNS = {"predecessor": PREDECESSOR, "successor": SUCCESSOR}
# Verbs whose object is the one replaced in a post ("succeeding X", "replacing X").
SUCCESSION_VERB_LEMMAS = frozenset({"succeed", "replace"})
# "take over from X": the verb, its particle and the preposition before the one replaced.
HANDOVER_VERB, HANDOVER_PARTICLE, HANDOVER_PREP = "take", "over", "from"
# Determiners that make the noun someone particular ("my predecessor", "the successor").
_OWNING_DEPS = frozenset({"poss"})


def particular(t: Token) -> bool:
    """t is someone particular: owned ("my predecessor") or definite ("the successor")."""
    return any(c.dep_ in _OWNING_DEPS or c.dep_ == "det" and c.lower_ == "the" for c in t.children)


def _subjects(v: Token) -> list[Token]:
    """The subject of v, or of the clause v hangs from ("Jo Bell took over ..., replacing X",
    "X retired and was succeeded by Y")."""
    for verb in (v, v.head):
        subjects = [c for c in verb.children if c.dep_ in _SUBJ_DEPS]
        if subjects:
            return subjects
    return []


def _passive(v: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in v.children)


def _replaced(v: Token) -> list[Token]:
    """The tokens v (a verb) says were replaced: its object (the subject of a passive, "X was
    succeeded by Y"), or the object of its "over from"."""
    if v.lemma_ in SUCCESSION_VERB_LEMMAS:
        return _subjects(v) if _passive(v) else [c for c in v.children if c.dep_ == "dobj"]
    if v.lemma_ == HANDOVER_VERB and any(c.dep_ == "prt" and c.lower_ == HANDOVER_PARTICLE for c in v.children):
        return [g for c in v.children if c.dep_ == "prep" and c.lower_ == HANDOVER_PREP
                for g in c.children if g.dep_ == "pobj"]
    return []


def _replacing(v: Token) -> list[Token]:
    """The one taking over in v: its subject, or a passive's agent ("by Y")."""
    if _passive(v):
        return [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return _subjects(v)


def succession_person(finder, t: Token) -> Speaker | None:
    """The named person "my predecessor" / "her successor" at t stands for, from the one
    hand-over the text before t states outside quotes; None otherwise."""
    side = SUCCESSION_NOUNS.get(t.lemma_.lower())
    if side is None or not particular(t):
        return None
    found: dict[int, Speaker] = {}
    for v in t.doc[:t.sent.start]:
        if v.pos_ not in {"VERB", "AUX"} or finder.in_quote(v.idx):
            continue
        replaced = _replaced(v)
        if not replaced:
            continue
        for x in replaced if side == PREDECESSOR else _replacing(v):
            who = finder._person(x)  # (a person of the people rows, whatever the entity type)
            if who is not None and who.person is not None:
                found[who.person] = who
    if len(found) != 1:
        return None
    return next(iter(found.values())).but(how="nominal")
