"""An unnamed speaker keeps the indefinite article the article describes them with (issue
13, quote round 26): "A parent of a Year 9 pupil, who did not want to be named, said" is
spoken by "A parent of a Year 9 pupil", not "parent of a Year 9 pupil", which reads as a
role or a name's remainder. The speaker phrase is built without its article (speakers.py,
`_phrase`); the article says that the speaker is someone the text leaves unnamed, as "one
parent" does, and the UK sets give such a speaker no name. Applied where a quote's speaker
is finalised (continuations.py, `_apply`), to a phrase speaker that is no person of the
article's list and no spokesperson (who speaks for an organisation: org_full_names.py).
"""
from __future__ import annotations

import re

from nlp.components.lexicon import SPOKES_NOUNS
from nlp.components.quoting.context import Speaker

# The articles of one unnamed person, as written before the description.
INDEFINITE_ARTICLES = frozenset({"a", "an"})


def with_indefinite_article(ctx, q, found: Speaker) -> Speaker:
    """`found` as "A Year 10 parent at X" when the quote's paragraph writes the phrase right
    after "a"/"an"; any other speaker unchanged."""
    phrase = found.speaker or ""
    words = phrase.lower().split()
    if found.how != "phrase" or found.person is not None or not words or words[0] in INDEFINITE_ARTICLES \
            or SPOKES_NOUNS.intersection(words):
        return found
    ps, pe = ctx.paragraphs[q.para][0], ctx.paragraphs[q.para_end][1]
    for m in re.finditer(rf"\b(a|an)\s+{re.escape(phrase)}(?![\w-])", ctx.text[ps:pe], re.I):
        if not ctx.in_quote(ps + m.start()):
            return found.but(speaker=f"{m.group(1)} {phrase}")
    return found
