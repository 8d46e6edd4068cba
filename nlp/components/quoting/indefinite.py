"""An unnamed speaker keeps the indefinite article the article describes them with (issue
13, quote round 26): "A parent of a Year 9 pupil, who did not want to be named, said" is
spoken by "A parent of a Year 9 pupil", not "parent of a Year 9 pupil", which reads as a
role or a name's remainder. The speaker phrase is built without its article (speakers.py,
`_phrase`); the article says that the speaker is someone the text leaves unnamed, as "one
parent" does, and the UK sets give such a speaker no name. Applied where a quote's speaker
is finalised (continuations.py, `_apply`), to a phrase speaker headed by a noun of a person
("parent", "teacher") that is no person of the article's list and no spokesperson (who
speaks for an organisation: org_full_names.py).
"""
from __future__ import annotations

import re

from nlp.components.lexicon import ROLE_WORDS, SPOKES_NOUNS
from nlp.components.quoting.context import ANONYMOUS_NOUNS, Speaker

# The articles of one unnamed person, as written before the description.
INDEFINITE_ARTICLES = frozenset({"a", "an"})
# Words that end a description's head and start what qualifies it ("parent of a pupil").
QUALIFIER_WORDS = frozenset({"of", "at", "from", "in", "on", "for", "with", "who", "whose", ","})
# Nouns of one person, the head of a description of someone ("Year 10 parent at X"; not
# "an internal audit" or "a campaign group", which are no one).
PERSON_NOUNS = ANONYMOUS_NOUNS | ROLE_WORDS


def with_indefinite_article(ctx, q, found: Speaker) -> Speaker:
    """`found` as "A Year 10 parent at X" when the quote's paragraph writes the phrase right
    after "a"/"an"; any other speaker unchanged."""
    phrase = found.speaker or ""
    words = phrase.lower().split()
    if found.how != "phrase" or found.person is not None or not words or words[0] in INDEFINITE_ARTICLES \
            or SPOKES_NOUNS.intersection(words) or _head(words) not in PERSON_NOUNS:
        return found
    ps, pe = ctx.paragraphs[q.para][0], ctx.paragraphs[q.para_end][1]
    for m in re.finditer(rf"\b(a|an)\s+{re.escape(phrase)}(?![\w-])", ctx.text[ps:pe], re.I):
        if not ctx.in_quote(ps + m.start()):
            return found.but(speaker=f"{m.group(1)} {phrase}")
    return found


def _head(words: list[str]) -> str:
    """The head noun of a description in lower-case words: the last word before what
    qualifies it ("year 11 teacher at one of ..." -> "teacher")."""
    k = next((k for k, w in enumerate(words) if w in QUALIFIER_WORDS), len(words))
    return words[k - 1] if k > 0 else ""
