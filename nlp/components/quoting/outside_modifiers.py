"""A quoted noun the narrator's own words modify: "the trust's new ‘marking framework’", "a
shared ‘book swap’", "its revamped ‘breakfast passport’". A determiner or possessive and an
adjective (or a participle, a number) standing before the opening mark and hanging on the
noun inside the marks cut one noun phrase in two: the narrator uses the quoted words as the
name of a thing, no one's words are quoted (a speaker's own adjective would be inside the
marks: "a ‘truly shambolic’ plan"). Counted in the gold of every readable UK set (round
quotes-47): of the quoted lower-case noun phrases with a determiner or possessive and a
modifier outside the marks, 23 are not_quotes and 1 a quote, and that one is a verb phrase
the parser reads as a noun ("said the firm ‘strongly disputes’ ..."), which the parts of
speech below leave out. Called by terms.py (`Terms._is_speech_partial`)."""
from __future__ import annotations

from spacy.tokens import Doc

from nlp.components.quoting.context import Quote, heads_inside, words_inside

# Longest quoted noun phrase read this way (words).
OUTSIDE_MODIFIED_MAX_WORDS = 5
# Dependencies of the words outside the marks: one that fixes the noun phrase (an article, a
# possessive) and one that describes the noun (an adjective, a participle, a number).
_DETERMINER_DEPS = frozenset({"det", "poss"})
_MODIFIER_DEPS = frozenset({"amod", "nummod"})
_MODIFIER_POS = frozenset({"ADJ", "VERB", "NUM"})
# Tags of a participle inside the marks that can be part of the name ("‘directed time’",
# "‘teaching and learning framework’") when it has no subject or object of its own.
_PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Parts of speech of a clause or an evaluation, not a name: "‘strongly disputes’".
_NOT_NAME_POS = frozenset({"ADV", "AUX", "PRON"})


def modified_outside(doc: Doc, q: Quote, quoted: str) -> bool:
    """q is a lower-case noun phrase whose head noun has a determiner (or possessive) and a
    modifier of the narrator's before the opening mark."""
    if len(q.segments) != 1 or not quoted[:1].islower() or len(quoted.split()) > OUTSIDE_MODIFIED_MAX_WORDS:
        return False
    inner = words_inside(doc, q)
    tops = heads_inside(q, inner)
    if len(tops) != 1 or tops[0].pos_ != "NOUN":
        return False
    if any(t.pos_ in _NOT_NAME_POS or t.pos_ == "VERB" and _verb_of_a_clause(t) for t in inner):
        return False
    outside = [c for c in tops[0].children if c.idx < q.segments[0].open]
    return any(c.dep_ in _DETERMINER_DEPS for c in outside) \
        and any(c.dep_ in _MODIFIER_DEPS and c.pos_ in _MODIFIER_POS for c in outside)


def _verb_of_a_clause(t) -> bool:
    """A finite verb, or a participle with a subject or object of its own."""
    return t.tag_ not in _PARTICIPLE_TAGS or any(c.dep_ in _CLAUSE_DEPS for c in t.children)
