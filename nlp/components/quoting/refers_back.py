"""A sentence that hands quoted words to their speaker without a speech verb of its own: "So
said X", "X made the comments ...", "X's remarks came ...", "That was the message from X",
"The warning comes from X" (an utterance noun with a definite article or an owner).

`refers_back(finder, start, end)` reads the sentence from start to end. It is called by the
continuations (continuations.py) for a quote the sentence stands next to, and by singular
"they" (they.py) for the person the sentence names: "The warning comes from Robin Ellery, who
... ‘...,’ they added."
"""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.quoting.context import _SUBJ_DEPS, Speaker
from nlp.components.quoting.words import is_cue

# "the words of X", "the verdict of X": nouns that hand a quote to the person after "of".
WORDS_OF_NOUNS = frozenset("words verdict view message plea warning assessment".split())
# Nouns for what was said, which a sentence after a stand-alone quote uses to hand it to its
# speaker: "X made the comments at a rally", "X's remarks came ...", "the message from X".
UTTERANCE_NOUNS = WORDS_OF_NOUNS | frozenset("comments comment remarks remark statement response reaction speech".split())
# Verbs whose subject made the utterance that is their object ("X made the comments").
MAKE_VERBS = frozenset("make deliver give issue offer".split())
# Prepositions naming where words a sentence refers back to came from ("Those words came from X").
SOURCE_PREPS = frozenset({"from"})
# Prepositions of an utterance noun naming its owner ("the message from X", "the words of X").
OWNER_PREPS = frozenset({"from", "of", "by"})
_DEFINITE = frozenset("the this that these those his her their its".split())


def refers_back(finder, start: int, end: int) -> Speaker | None:
    """The named person or organisation the sentence from start to end hands quoted words
    to, or None."""
    for t in finder._chunk_tokens(start, end):
        owners: list[Token] = []
        if is_cue(t) and any(c.lower_ == "so" and c.dep_ == "advmod" and c.i < t.i for c in t.children):
            owners = [c for c in t.children if c.dep_ in _SUBJ_DEPS]
        elif t.lower_ in UTTERANCE_NOUNS and any(c.dep_ == "poss" or c.lower_ in _DEFINITE for c in t.children):
            owners = [c for c in t.children if c.dep_ == "poss"]
            owners += [g for c in t.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPS
                       for g in c.children if g.dep_ == "pobj"]
            if t.dep_ == "dobj" and t.head.lemma_ in MAKE_VERBS:
                owners += [c for c in t.head.children if c.dep_ == "nsubj"]
            if t.dep_ == "nsubj":  # "Those words came from X"
                owners += [g for c in t.head.children if c.dep_ == "prep" and c.lower_ in SOURCE_PREPS
                           for g in c.children if g.dep_ == "pobj"]
        for o in owners:
            sp = finder._speaker_from(o, start, end, cue_i=t.i)
            if sp and sp.speaker and sp.how in {"name", "org"}:
                return sp.but(cue=t.text)
    return None
