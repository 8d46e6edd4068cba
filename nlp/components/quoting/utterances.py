"""A partial quote inside what someone's remark is said to be: "Cllr Peter Gaskell's
comment at the last meeting that parents were ‘scaremongering’", "the chair's warning that
the plan was ‘reckless’". No speech verb reports it; the remark's owner is the speaker.

`utterance_owner(finder, q)` is called for a partial quote no cue attributes (quotes.py).
"""
from __future__ import annotations

from nlp.components.quoting.context import Speaker, tokens_in
from nlp.components.quoting.intros import UTTERANCE_NOUNS

# Nouns for a remark reported with its content ("X's claim that ...").
REMARK_NOUNS = UTTERANCE_NOUNS | frozenset("claim claims suggestion suggestions description accusation".split())


def utterance_owner(finder, q) -> Speaker | None:
    """The owner ("X's") of the remark noun the quote's clause hangs on, climbing the parse
    from the quote's first word and stopping at the first verb outside the quote."""
    inner = tokens_in(finder.doc, q.start, q.start + 1)
    if not inner:
        return None
    for a in inner[0].ancestors:
        if finder.in_quote(a.idx):
            continue
        if a.pos_ in {"VERB", "AUX"}:
            return None
        if a.lower_ in REMARK_NOUNS:
            owner = next((c for c in a.children if c.dep_ == "poss"), None)
            if owner is None or owner.lower_ in {"its", "their", "his", "her", "my", "our", "your"}:
                return None
            s, e = a.sent.start_char, a.sent.end_char
            found = finder._speaker_from(owner, s, e, cue_i=a.i)
            return found.but(cue=a.text) if found is not None else None
    return None
