"""A process given a name in scare quotes: “The trust calls it ‘efficiency’”, "accused the
cabinet of dressing up cuts as ‘efficiencies’", "presented to heads as an ‘adjustment’".

One quoted lower-case noun made from a verb (a nominalisation: -tion, -ency, -ment, -ance ...;
not -ing, which ends as many adjectives of judging, ‘insulting’, as nouns) that stands as what
a thing is called or passed off as (the second object of "call", or "as" after a verb) is
someone's name for what they do, quoted at a distance: no one's words here. Counted in the gold
of every readable UK set (issue 13, round quotes-49): a quoted single lower-case word after
"call(s) it" / "as" that is a noun is a not_quote 8 times to 3; the nominalisations alone 4 to
0 (the 3 quotes are "chaos", "takeover", "textbook", whose endings leave them out).
Adjectives ("described the offer as ‘insulting’") and longer phrases ("called it ‘a
shambles’") stay the speaker's."""
from __future__ import annotations

from spacy.tokens import Token

# Endings of nouns made from verbs: what a body does, named.
NOMINAL_ENDINGS = ("tion", "tions", "sion", "sions", "ency", "encies", "ancy", "ancies", "ment", "ments",
                   "ance", "ances", "ence", "ences", "isation", "ization")
# Shortest such noun: shorter words end so without being made from verbs ("fence", "dance").
NOMINAL_MIN_CHARS = 7
# Lemmas of the verb naming the thing directly: "calls it ‘efficiency’".
NAMING_LEMMAS = frozenset({"call", "term", "dub", "brand", "label"})


def process_label(inner: list[Token]) -> bool:
    """The quote's words `inner` are one lower-case nominalisation that a verb gives as the
    name of a thing: the second object of "call" or the object of "as" hung on a verb."""
    if len(inner) != 1:
        return False
    t = inner[0]
    word = t.text
    if not word.islower() or t.pos_ != "NOUN" or len(word) < NOMINAL_MIN_CHARS or not word.endswith(NOMINAL_ENDINGS):
        return False
    head = t.head
    if head.lower_ == "as" and t.dep_ == "pobj":
        return head.head.pos_ == "VERB"  # "dressing up cuts as ‘efficiencies’", "presented ... as an ‘adjustment’"
    return head.lemma_.lower() in NAMING_LEMMAS and head.pos_ == "VERB" and t.dep_ in {"oprd", "dobj", "attr", "ccomp"}
