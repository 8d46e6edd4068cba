"""A speaker written as a definite role phrase that is a named person's role, for the quote
component (continuations.py, where a quote's speaker is applied).

"The leader of the opposition on Brackley Council has called the plan ‘reckless’" then, a
paragraph on, "Cllr Jo Bell (Lab, Eastgate), leader of the opposition, said: ...": the
phrase the attribution found ("leader of the opposition on Brackley Council") is Jo Bell's
role, so the quote is hers. So is "Cllr Sam Reid (Con, Moor End), the cabinet member for
transport, later told this paper that the plan was ‘unhelpful’" when the parser made the
role the subject. Read only when the phrase is written after "the" outside quotes, has two
words or more, and is the recorded role of exactly one person (or that role followed by
"of/on/at/for ..." naming where it is held), no one else's role beginning with it. Kind of evidence `nominal` (a link read, not
written).
"""
from __future__ import annotations

import re

from nlp.components.quoting.context import Speaker

# Shortest role phrase, in words, linked to the person holding that role ("leader of the
# opposition", "cabinet member for transport"; not "parent" or "head").
ROLE_PHRASE_MIN_WORDS = 2
# Words that may follow the role in the phrase, saying where it is held ("leader of the
# opposition on Brackley Council").
_WHERE_WORDS = ("of", "on", "at", "for", "in")


def _words(text: str | None) -> list[str]:
    return re.findall(r"[\w'’-]+", (text or "").lower())


def _holds(phrase: list[str], role: list[str]) -> bool:
    """The phrase is the role, or the role then where it is held."""
    n = len(role)
    return n >= ROLE_PHRASE_MIN_WORDS and phrase[:n] == role and (len(phrase) == n or phrase[n] in _WHERE_WORDS)


def role_phrase_holder(ctx, found: Speaker, before: int) -> Speaker:
    """`found`, or the one person whose role the definite phrase `found` is (see the
    module's docstring); `before`: the quote's start (the phrase is read before it)."""
    if found.person is not None or found.how != "phrase":
        return found
    phrase = _words(found.speaker)
    if len(phrase) < ROLE_PHRASE_MIN_WORDS:
        return found
    definite = re.compile(r"\bthe\s+" + r"\W+".join(map(re.escape, phrase[:ROLE_PHRASE_MIN_WORDS])), re.I)
    if not any(not ctx.in_quote(m.start()) for m in definite.finditer(ctx.text, 0, before)):
        return found
    roles = [_words(person["role"]) for person in ctx.doc._.people or ()]
    holders = [k for k, role in enumerate(roles) if _holds(phrase, role)]
    if len(holders) != 1:
        return found
    held = roles[holders[0]]
    if any(role[:len(held)] == held for k, role in enumerate(roles) if k != holders[0]):
        return found  # another holds it too ("cabinet member for finance until May")
    return ctx.person_speaker(holders[0], how="nominal").but(cue=found.cue)
