"""How sure a quote's speaker attribution is: a 0-1 confidence per quote.

The confidence is read from a table keyed by how the speaker was found (`Speaker.how`),
where the attribution was (an interruption of the quote, after it, before it, the
paragraph before), and, for pronouns, how clearly one candidate led. Each value is the
share of right speakers measured for that kind of attribution on held-out data, rounded
down (see BENCHMARKS.md, "Quote confidence"): PolNeAR dev half A (real US news, read for
evaluation only) and the blind UK calibration set (tests/data/quotes_uk_calib.json).
"""
from __future__ import annotations

# A resolved pronoun with no other candidate of its gender in the salience window has
# Speaker.margin >= this (speakers.py gives a sole candidate a margin of 10).
SOLE_CANDIDATE_MARGIN = 10.0

# Confidence by kind of attribution (measured precision, rounded down):
CONFIDENCE = {
    "name": 0.95,        # a name as the subject of a speech verb, a dash or a colon (A: 117/122)
    "org": 0.93,         # an organisation named as the subject (A: 2/2)
    "role": 0.9,         # "a spokesman for X" as written
    "phrase": 0.85,      # another noun phrase as written ("one parent") (A: 13/15)
    "document": 0.85,    # a document's issuer ("the letter said")
    "nominal": 0.9,      # "the spokesman" linked to an earlier mention
    "pronoun": 0.93,     # he/she/it/they with one candidate in the window (A: 20/21)
    "pronoun-contested": 0.75,  # a pronoun that salience chose among several (A: 21/30)
    "previous": 0.5,     # a quote paragraph continuing the paragraph before's speaker (A: 1/2)
    "none": 0.2,         # no speaker found: a quote with no speaker is rarely right (A: 0/5)
}
# Partial quotes (inside a sentence) are attributed through the parse: less sure.
PARTIAL_FACTOR = 0.9


def attribution_kind(source: str | None, who) -> str:
    if not who.speaker:
        return "none"
    if source == "previous":
        return "previous"
    if who.how == "pronoun":
        return "pronoun" if who.margin >= SOLE_CANDIDATE_MARGIN else "pronoun-contested"
    return who.how if who.how in CONFIDENCE else "phrase"


def confidence(kind: str, source: str | None, who) -> float:
    """`kind` is the quote's kind (direct or partial), `source` where its speaker was found."""
    value = CONFIDENCE[attribution_kind(source, who)]
    if kind == "partial":
        value *= PARTIAL_FACTOR
    return round(value, 3)
