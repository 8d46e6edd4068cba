"""An attribution set off by commas right after a quote inside a sentence: "Academy trusts
were 'neither heroes nor villains', she said, and the council should ...", "Staff had been
“left in the dark”, the union said." British reports put the speaker after the words they
report as often as before them; the quote is partial (it is built into the writer's
sentence), so the speech verbs before it (there are none) cannot name its speaker.

`parenthetical_after(text, start, end, quoted)` gives the stretch of text to read the
attribution from (the quote component reads it as it reads "“...,” she said")."""
from __future__ import annotations

import re

from nlp.components.quoting.words import is_cue

# Longest attribution read this way ("the council's cabinet member for schools said"), in words.
PARENTHETICAL_MAX_WORDS = 8
# After the closing mark: a comma (or the comma inside the quote), the attribution, then a
# comma, a full stop, a semicolon or the end of the text.
_AFTER = re.compile(r"(\s*,)?\s*([^,.;:!?“”\"‘’()]{1,80}?)\s*(,|\.|;|$)")


def parenthetical_after(text: str, start: int, end: int, quoted: str) -> tuple[int, int] | None:
    """(start, end) of the words between the commas after a partial quote, or None when the
    quote is not followed by a short stretch set off by a comma."""
    m = _AFTER.match(text, start, end)
    if m is None or not (m.group(1) or quoted.rstrip().endswith(",")):
        return None
    words = m.group(2).split()
    if not words or len(words) > PARENTHETICAL_MAX_WORDS:
        return None
    return m.start(2), m.end(2)


def reports_own_clause(tokens, in_quote) -> bool:
    """Between two quotes, "she said, adding that she had had one complaint," has a speech
    verb reporting a clause of its own (with its subject): when that clause is complete (the
    caller checks that a comma ends it), the quote after it is a partial quote tacked on to
    the clause, not the second half of the first ("adding that the plan “would fail”" runs
    on into its quote and is left to join)."""
    for t in tokens:
        if not is_cue(t) or in_quote(t.idx):
            continue
        for c in t.children:
            if c.dep_ == "ccomp" and c.i > t.i and not in_quote(c.idx) \
                    and any(g.dep_ in {"nsubj", "nsubjpass", "expl"} and not in_quote(g.idx) for g in c.children):
                return True
    return False


# Expressive verbs that, as a participle after a speech verb ("she said, laughing"), say how
# the words were spoken, not that more words followed.
MANNER_LEMMAS = frozenset("laugh chuckle sigh groan smile grin".split())


def manner_participle(t) -> bool:
    """"laughing" in "she said, laughing.": the manner of the speech, not a second cue."""
    return t.tag_ == "VBG" and t.lemma_ in MANNER_LEMMAS


def relative_subject(cue):
    """The named subject of a speech or labelling verb in a relative clause, not the
    relative pronoun or another pronoun: "..., which chair of trustees Jo Bell described as
    “...”", "a cut which the union called “...”"; None for any other cue."""
    if cue.dep_ != "relcl":
        return None
    # (the parser may take "which chair of trustees Jo Bell" for an object before the verb)
    return next((c for c in cue.children if c.pos_ in {"PROPN", "NOUN"} and (
        c.dep_ == "nsubj" or c.dep_ == "dobj" and c.i < cue.i and any(x.ent_type_ == "PERSON" for x in c.subtree))), None)


def named_relative(cue) -> bool:
    return relative_subject(cue) is not None
