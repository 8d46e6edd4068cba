"""Words quoted inside the attribution that interrupts one quote: “A,” Dr Bell, whose school
was rated ‘good’, said. “B.” / “A,” he said, before shouts of ‘Shame!’ drowned him out. “B.”
The grade or the cry is a quote of its own (kept or dropped by its own rules), and it does not
split A and B, which quotes.py joins across the attribution as it does when nothing is quoted
in it.

`quoted_in_interruption(text, prev, inner, q)` says whether `inner` is such a quote between
the parts `prev` and `q`.

`introduces_next(text, prev, between)`: a first part that ends its sentence inside the marks
(“A.”, “A?”) followed by a sentence of its own that ends with a comma at the next opening
mark (“A.” She adds, “B.” / “A.” To which he replied, “B.”): that sentence introduces the
next quote, it does not interrupt one, and the two are two quotes. (PolNeAR A + C give 2 of 2
such pairs as two attributions; the readable UK sets have none; after a comma, “A,” she said,
“B.”, or a sentence closed with a full stop, “A.” she said. “B.”, the parts stay one quote.)"""
from __future__ import annotations

from nlp.components.quoting.context import Quote
from nlp.components.quoting.sentences import SENTENCE_END_MARKS, sentence_start

# Most words quoted inside the attribution (a grade, a cry, a name).
INTERRUPTION_QUOTED_MAX_WORDS = 6


def quoted_in_interruption(text: str, prev: Quote, inner: Quote, q: Quote) -> bool:
    """`inner` is a few words quoted mid-sentence in the attribution that follows `prev`,
    all three in one paragraph, `q` after it (no sentence ends between `prev` and `inner`:
    after one, the inner quote stands in a sentence of its own)."""
    if prev.last_close is None or inner.last_close is None or len(inner.segments) != 1 \
            or not prev.para_end == inner.para == q.para:
        return False
    seg = inner.segments[0]
    before = text[prev.after:seg.open]
    return len(text[seg.start:seg.end].split()) <= INTERRUPTION_QUOTED_MAX_WORDS and before.strip()[-1:].isalpha() \
        and sentence_start(text, prev.after, seg.open) == prev.after


def introduces_next(text: str, prev: Quote, between: str) -> bool:
    """The text `between` the closed quote `prev` and the next opening mark is a new sentence
    (capitalised, after `prev` ended its own sentence inside the marks) that ends with a comma:
    it introduces the next quote."""
    words = between.split()
    return text[prev.end - 1:prev.end] in SENTENCE_END_MARKS and bool(words) and words[0][:1].isupper() \
        and between.rstrip().endswith(",")
