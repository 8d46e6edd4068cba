"""he/she by the paragraph: "For Kate, the day ends at 3.30pm. She has taught Year 3 ...
“That's a good day,” she says", "The federation has appointed Jo Bell as its new head. She
starts in April. “I can't wait,” she said". When the pronoun's paragraph names one person who
can be he/she, in a sentence before the pronoun's and before any he/she of that gender there,
the paragraph's pronouns go on from that name, whoever spoke in the paragraphs before (the
salience scores of salience.py favour the passage's earlier speaker, and a name that is no
subject, "For Kate", scores low).

Not when anyone else was given a quote earlier in the paragraph, when the name is only a
possessive ("Mr Jones's report found ..."), someone's child ("Her son, Reuben, is nine") or a
word standing as a sentence ("Harsh? He doesn't think so."), or
when a second person of that gender (or of unknown gender) is named there too.

`paragraph_antecedent(ctx, t, gender)` is called by `Salience._pronoun` (salience.py)."""
from __future__ import annotations

import re

from spacy.tokens import Token

from nlp.components.quoting.described import CHILD_NOUNS

_GENDER_PRONOUNS = {"m": frozenset({"he", "him", "his", "himself"}), "f": frozenset({"she", "her", "hers", "herself"})}
# The subject pronoun of each gender, which goes on with the person a sentence before named.
_SUBJECT_PRONOUNS = {"m": "he", "f": "she"}
# Most sentences read between a person's introduction and a pronoun for `pronoun_continued`.
CONTINUED_MAX_SENTENCES = 3


def _weak_mention(ctx, s: int, e: int) -> bool:
    """A mention no pronoun goes on from: a possessive, someone's child, or a word standing
    as a sentence of its own ("Harsh? He doesn't think so.": a word the model took for a name)."""
    span = ctx.doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    return root.dep_ in {"poss", "ROOT"} or root.head.lower_ in CHILD_NOUNS or any(c.lower_ in CHILD_NOUNS for c in root.children)


def paragraph_antecedent(ctx, t: Token, gender: str) -> int | None:
    """The person (index into doc._.people) he/she at t goes on from in its paragraph, or None."""
    start = max((s for s, _ in ctx.paragraphs if s <= t.idx), default=0)
    before = t.sent.start_char
    if before <= start:
        return None
    named: dict[int, int] = {}  # person -> first mention in the paragraph, outside quotes
    for k, person in enumerate(ctx.doc._.people or ()):
        inside = [(s, e) for s, e in person["mentions"] if start <= s < before and not ctx.in_quote(s)]
        if inside:
            if ctx._gender(k) not in (None, gender):
                continue
            named[k] = min(s for s, _ in inside)
            if all(_weak_mention(ctx, s, e) for s, e in inside):
                named[k] = -1
    if len(named) != 1:
        return None
    k, first = next(iter(named.items()))
    if first < 0:
        return None
    pronouns = _GENDER_PRONOUNS[gender]
    if any(x.lower_ in pronouns and not ctx.in_quote(x.idx) for x in ctx.doc if start <= x.idx < first):
        return None  # the paragraph's pronouns began before the name: they go on from earlier
    if any(who.person != k and who.how != "org" for pos, who in ctx.history if start <= pos < t.idx):
        return None  # someone else was given a quote in the paragraph already
    return k


# A quotation mark opening a name, maybe with a short title between ("“Mrs Mac”"), not
# after a letter (an apostrophe); the marks that close it.
_OPENED = re.compile(r"(?:^|[^\w])[“‘\"'«](?:[A-Z][a-z]{0,4}\.?\s+)?$")
_OPENED_LOOKBACK = 10
_CLOSE_MARKS = frozenset("”\"’'»")


def nickname(text: str, s: int, e: int) -> bool:
    """The mention text[s:e] is written inside quotation marks of its own ("known to every
    pupil as “Mrs Mac”"): a nickname or a title, never the antecedent of he/she."""
    if not _OPENED.search(text[max(0, s - _OPENED_LOOKBACK):s]):
        return False
    return e < len(text) and text[e] in _CLOSE_MARKS and not text[e + 1:e + 2].isalnum()  # (not "Mac’s")


def pronoun_continued(ctx, span, t: Token, gender: str) -> int:
    """How many narrative sentences between the mention `span` and t's sentence have a
    he/she of t's gender as their main subject ("Jo Bell waited 38 weeks. Like Mrs Greaves,
    she has complained. “...,” she said"): they go on about the person named, and do not
    put them further from the pronoun than the sentence that named them."""
    pronoun = _SUBJECT_PRONOUNS.get(gender)
    sent, n = span.sent, 0
    for _ in range(CONTINUED_MAX_SENTENCES):
        if sent.end >= len(ctx.doc) or sent.end > t.i:
            break
        sent = ctx.doc[sent.end].sent
        if sent.start <= t.i < sent.end:
            break
        n += any(c.lower_ == pronoun and c.dep_ == "nsubj" and not ctx.in_quote(c.idx) for c in sent.root.children)
    return n

