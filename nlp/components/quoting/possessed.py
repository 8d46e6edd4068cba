"""An unnamed speaker written with a possessive determiner, for the quote component
(continuations.py, where a quote's speaker is applied): "My grandson put it better than I
can: ‘...’", "My old boss used to say, “...”", "Her son had described school as ‘boring’".
Letters pages, columns and court reports quote a relation or acquaintance of the writer, or
of someone named, whom the text never names. The phrase stays as written but in lower case
("my grandson"), like the other unnamed speakers ("someone", "one parent"), so that no
reader takes it for a name. A phrase with a name in it ("Her son Alfie", "My MP, Jo Bell")
or an organisation is left alone.
"""
from __future__ import annotations

from nlp.components.quoting.context import Speaker

# Determiners that open such a phrase.
POSSESSIVE_DETERMINERS = frozenset({"my", "our", "your", "his", "her", "their"})


def unnamed_possessed(found: Speaker) -> Speaker:
    """`found`, its phrase in lower case when it is a possessive determiner and words in
    lower case that name no one (see the module's docstring)."""
    words = (found.speaker or "").split()
    if found.person is not None or found.speaker_org or len(words) < 2 \
            or words[0].lower() not in POSSESSIVE_DETERMINERS or any(w[:1].isupper() for w in words[1:]):
        return found
    return found.but(speaker=" ".join([words[0].lower(), *words[1:]]))
