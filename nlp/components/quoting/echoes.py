"""An opening paragraph's quote from someone it does not name, quoted again later by name.

A news story's lead sums up with a few quoted words of someone described, not named ("after a
debate in which one councillor called the plan ‘a false economy’", "Councillors clashed, with
one accusing the cabinet of ‘waving the white flag’"), and the body gives the same words
again with the speaker's name ("‘This is a false economy,’ said Cllr ..."). The words are
the link: the lead's quote is the named speaker's. Read only when the lead's speaker names
no one (none, or a description in lower case: "one councillor", "councillors", "one"), the
lead's quoted words (at least ECHO_MIN_WORDS) come again in this order inside one later
quote, and that quote's speaker is a person of the people list or an organisation. The UK
sets annotate the lead's words as the later speaker's in 7 of the 8 cases where the words
come again (the eighth gives an organisation's words to its officer).

`echoed_speakers(ctx, quotes)` runs once every quote is attributed (continuations.py).
"""
from __future__ import annotations

import re

from nlp.components.quoting.context import Quote, body_index, tokens_in
from nlp.components.quoting.term_echoes import TERM_ECHO_MAX_WORDS, contains_run

# Fewest quoted words that, said again later, link the lead's quote to the later speaker.
ECHO_MIN_WORDS = 2
_WORD = re.compile(r"\w+")


def _words(ctx, q: Quote) -> list[str]:
    return [w for s in q.segments for w in _WORD.findall(ctx.text[s.start:s.end].lower())]


def _names_no_one(q: Quote) -> bool:
    """The speaker shown names no one: none, or a description all in lower case."""
    return q.speaker is None or q.speaker == q.speaker.lower()


def _named(q: Quote) -> bool:
    return q.speaker is not None and (q.who.person is not None or q.who.how == "org")


def echoed_speakers(ctx, quotes: list[Quote]) -> None:
    """Give each lead quote that names no speaker the named speaker who says its words
    again later (in place)."""
    lead = body_index(ctx)
    for q in quotes:
        if q.para != lead or not _names_no_one(q):
            continue
        words = _words(ctx, q)
        if len(" ".join(ctx.text[s.start:s.end] for s in q.segments).split()) < ECHO_MIN_WORDS:
            continue
        later = next((o for o in quotes if o.para > q.para_end and _named(o) and contains_run(_words(ctx, o), words)), None)
        if later is not None:
            q.who, q.source = later.who.but(how="nominal"), "echo"


def said_again_later(ctx, q: Quote) -> bool:
    """A lead quote (at least ECHO_MIN_WORDS; up to TERM_ECHO_MAX_WORDS only after a
    determiner, "‘a shambles’", not a bare term, "‘drop-off hubs’") whose words come again,
    in this order, inside quote marks later in the article: someone's words, kept for
    `echoed_speakers` even when the lead's own verb gives no speaker ("X was accused of
    presiding over ‘a shambles’")."""
    words = _words(ctx, q)
    if q.para != body_index(ctx) or len(words) < ECHO_MIN_WORDS:
        return False
    first = next((t for t in tokens_in(ctx.doc, q.start, q.end) if q.start <= t.idx and t.is_alpha), None)
    if len(words) <= TERM_ECHO_MAX_WORDS and (first is None or first.pos_ != "DET"):
        return False  # (a short bare noun phrase said again is a term of the story: term_echoes.py)
    for s, e in ctx.quoted:
        if s >= q.end and contains_run(_WORD.findall(ctx.text[s:e].lower()), words):
            return True
    return False
