"""A speaker written as someone's relative ("his mother", "his brother", "Alfie's mum"), for
the quote component (continuations.py, where a quote's speaker is applied): the one person
the article, before the quote, names as a relative of that kind.

What names a relative (outside quotes): "Jo Bell's son Sam" or "Her son(,) Sam" (her: the
person named last before it in its paragraph) make Jo Bell a parent; "Tom Reid is the brother
of ..." or "Ann Reid's brother, Tom Reid" make Tom Reid a sibling; "his wife, Mary Reid"
makes Mary Reid a spouse. Read only when exactly one person named so agrees with the noun
("his mother": not a man the text calls "he"); otherwise the phrase stays as written. Kind of
evidence `nominal` (a link read, not written)."""
from __future__ import annotations

import re

from nlp.components.quoting.context import Speaker
from nlp.components.quoting.words import noun_gender

# The speaker phrase: a possessor (his/her/their or a name's) and the relative's noun.
KIN_PHRASE = re.compile(r"^(?:his|her|their|[a-z][\w'’-]*['’]s)\s+(?P<noun>[a-z]+)$", re.I)
# A relative's noun -> the relation (the gender it states: words.py `noun_gender`).
KIN_NOUNS = {"mother": "parent", "mum": "parent", "father": "parent", "dad": "parent", "parent": "parent",
             "brother": "sibling", "sister": "sibling", "wife": "spouse", "husband": "spouse", "partner": "spouse"}
# "Jo Bell's son Sam", "Her eight-year-old daughter Mia", "her son, Theo,": the possessor
# is a parent (the child's name after the noun, set off by a comma or not).
_CHILD_AFTER = re.compile(r"^['’]s\s+(?:[\w-]+-year-old\s+)?(?:son|daughter|child|boy|girl),?\s+[A-Z]")
_CHILD_OF_PRONOUN = re.compile(r"\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:[\w-]+-year-old\s+)?(?:son|daughter|child),?\s+[A-Z]")
# "Tom Reid, ..., is the brother of", "Ann Reid's brother, Tom Reid": the named one is a sibling.
_SIBLING_AFTER = re.compile(r"^(?:,[^,.]{0,60})?,?\s+(?:is|was)\s+the\s+(?:brother|sister)\s+of\b")
_SIBLING_BEFORE = re.compile(r"['’]s\s+(?:younger\s+|older\s+|elder\s+|twin\s+)?(?:brother|sister),?\s+$")
# "his wife, Mary Reid", "Tom Reid's husband Sam Cole": the named one is a spouse.
_SPOUSE_BEFORE = re.compile(r"(?:\b(?:his|her|their)|['’]s)\s+(?:wife|husband|partner),?\s+$", re.I)
# How far before a name its relation's words are read (characters).
LOOKBACK_CHARS = 40


def kin_holder(ctx, found: Speaker, before: int) -> Speaker:
    """`found`, or the one person named before `before` (the quote's start) as the
    relative `found`'s phrase names (see the module's docstring)."""
    if found.person is not None or found.how != "phrase":
        return found
    m = KIN_PHRASE.match(found.speaker or "")
    if m is None or m.group("noun").lower() not in KIN_NOUNS:
        return found
    noun = m.group("noun").lower()
    relation, gender = KIN_NOUNS[noun], noun_gender(noun)
    holders = {k for k, kind in _relations(ctx, before) if kind == relation and ctx._gender(k) in (None, gender)}
    if len(holders) != 1:
        return found
    return ctx.person_speaker(holders.pop(), how="nominal").but(cue=found.cue)


def _relations(ctx, before: int):
    """(person index, relation) for each relation the text states before `before`."""
    text = ctx.text
    for k, person in enumerate(ctx.doc._.people or ()):
        for s, e in person["mentions"]:
            if s >= before or ctx.in_quote(s):
                continue
            if _CHILD_AFTER.match(text[e:e + LOOKBACK_CHARS]):
                yield k, "parent"
            if _SIBLING_AFTER.match(text[e:e + 2 * LOOKBACK_CHARS]) or _SIBLING_BEFORE.search(text[max(0, s - LOOKBACK_CHARS):s]):
                yield k, "sibling"
            if _SPOUSE_BEFORE.search(text[max(0, s - LOOKBACK_CHARS):s]):
                yield k, "spouse"
    for m in _CHILD_OF_PRONOUN.finditer(text, 0, before):
        if not ctx.in_quote(m.start()):
            parent = _named_last(ctx, m.start())
            if parent is not None:
                yield parent, "parent"


def _named_last(ctx, at: int) -> int | None:
    """The person named last before `at` in its paragraph, outside quotes."""
    para = ctx.paragraph_of(at)
    if para is None:
        return None
    start = ctx.paragraphs[para][0]
    latest = [(s, k) for k, person in enumerate(ctx.doc._.people or ()) for s, _ in person["mentions"]
              if start <= s < at and not ctx.in_quote(s)]
    return max(latest)[1] if latest else None
