"""A speaker named by a role noun as a mention of that person, for he/she.

"In his judgment, the judge said the trust ‘cannot contract out of its obligations’. ‘The
claimant was not at fault,’ he said." The judge (Employment Judge Hugh Penhaligon, named two
paragraphs before) is the passage's current speaker, but the person rows hold only the
name's mentions, so "the judge said" gave the judge no salience as a speech verb's subject
and "he" went to a man named as a speaker nearer by name. The latest attribution, when it
found a named person through a role noun (kind `nominal`), now counts as that person's
mention as the subject of a speech verb at the quote it attributed.

`role_mention(finder, t, gender, here, base, per_sentence)` is called by salience.py.
"""
from __future__ import annotations

from spacy.tokens import Token


def role_mention(finder, t: Token, gender: str, here: int, base: float, per_sentence: float,
                 window: int) -> tuple[int, tuple[float, int]] | None:
    """(person index, (salience, position)) for the current speaker when the latest
    attribution before t named a person by a role noun and their gender agrees: `base`
    less `per_sentence` per sentence back, within `window` narrative sentences."""
    current = next(((pos, who) for pos, who in reversed(finder.history) if pos < t.idx), None)
    if current is None or current[1].how != "nominal" or current[1].person is None:
        return None
    pos, who = current
    if finder._gender(who.person) not in (None, gender):
        return None
    span = finder.doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or finder._narrative_index(t.i) - finder._narrative_index(span.start) >= window:
        return None
    return who.person, (base - per_sentence * (here - finder._sentence_index(span.start)), pos)
