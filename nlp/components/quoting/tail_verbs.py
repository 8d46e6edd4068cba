"""A quote left open mid-sentence and closed by a bare subject and verb: "“...,” she
shrugs.", "“I don't think—” Mr Abara began.", "“Who signed this?” Cllr Lowe interrupted."

The sentence's shape, not the verb, makes the attribution: the quote ends with a comma, a
dash, a question or an exclamation mark (so its sentence goes on), and the words after it
are only a subject and an intransitive verb (with at most a particle or an adverb) that
close the clause. Whatever the verb, that clause is the one the quote belongs to: it has no
object or clause of its own for the quote to be anything but its words.
"""
from __future__ import annotations

from spacy.tokens import Token

# How a quote that leaves its sentence open ends (inside or right before the closing mark).
OPEN_SENTENCE_ENDS = frozenset(",—–-?!…")
QUOTE_CLOSERS = "”’\"'"
# What may follow the verb before its clause ends: a particle or an adverb of the verb
# ("began again", "cut in"), no more than this many words.
MAX_WORDS_AFTER_VERB = 2
TAIL_WORD_DEPS = frozenset({"prt", "advmod"})
# What ends the closing clause.
CLAUSE_ENDS = frozenset({".", ",", ";", ":", "!", "?"})
# Dependents that give the verb something of its own to report or do (an object, a clause,
# a complement): then the clause is not only an attribution.
_OWN_COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "acomp", "dative", "prep", "agent"})
ACTIVE_SUBJECT_DEPS = frozenset({"nsubj"})  # (an active verb: not "“...,” it was said")


def bare_tail(text: str, after_start: int, t: Token, tokens: list[Token]) -> bool:
    """t closes a bare clause (`closes_quote_clause`) after a quote that left its sentence
    open, closed right before `after_start`."""
    return leaves_sentence_open(text, after_start) and closes_quote_clause(t, tokens)


def leaves_sentence_open(text: str, after_start: int) -> bool:
    """The quote closed right before `after_start` ended with a comma, a dash, "?" or "!"."""
    closed = text[:after_start].rstrip().rstrip(QUOTE_CLOSERS).rstrip()
    return closed[-1:] in OPEN_SENTENCE_ENDS


def closes_quote_clause(t: Token, tokens: list[Token]) -> bool:
    """t is the verb of a bare "SUBJECT VERB" clause making up the start of `tokens` (the
    words after a quote, outside quote marks): its subject opens the chunk, nothing but the
    subject stands before it, and nothing but a particle or adverb of its own follows it
    before the clause ends. Modal and auxiliary verbs do not count."""
    if not tokens or not t.tag_.startswith("VB") or t.tag_ == "MD" or t.pos_ == "AUX":
        return False
    subjects = [c for c in t.children if c.dep_ in ACTIVE_SUBJECT_DEPS and c.i < t.i]
    if len(subjects) != 1 or subjects[0].left_edge.i != tokens[0].i or subjects[0].right_edge.i != t.i - 1:
        return False
    # (what stands before the subject is the quote, which the parser may hang on the verb)
    if any(c.dep_ in _OWN_COMPLEMENT_DEPS and c.i > t.i for c in t.children):
        return False
    words_after = 0
    for x in t.doc[t.i + 1:]:
        if x.text in CLAUSE_ENDS:
            return True
        if x.head.i != t.i or x.dep_ not in TAIL_WORD_DEPS:
            return False
        words_after += 1
        if words_after > MAX_WORDS_AFTER_VERB:
            return False
    return True
