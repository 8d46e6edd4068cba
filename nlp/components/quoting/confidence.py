"""How sure a quote's speaker attribution is: a 0-1 confidence per quote.

The confidence is read from a table keyed by how the speaker was found (`Speaker.how`,
plus where: the paragraph before, or a pronoun's lead over the other candidates) and by
the quote's kind. Each value is the share of right speakers measured for that kind of
attribution on held-out data, rounded down: PolNeAR dev half A (real US news, read for
evaluation only, never copied) and the blind UK calibration set
(tests/data/quotes_uk_calib.json). The counts are given as (right/all, A + UK calib);
BENCHMARKS.md ("Quote confidence") has the resulting precision per tier.
"""
from __future__ import annotations

# A resolved pronoun is clear when no other candidate of its gender is in the salience
# window or the best leads the next by this much salience (a speech subject over a
# mention two sentences further back): 64/68 right; under it 17/24.
CLEAR_PRONOUN_MARGIN = 3.0

# Confidence of direct quotes by kind of attribution.
CONFIDENCE = {
    "name": 0.97,        # a name as the subject of a speech verb, a dash or a colon (155/159)
    "pronoun": 0.93,     # he/she/it/they, clear lead (64/68)
    "pronoun-contested": 0.7,  # a pronoun that salience chose among close candidates (17/24)
    "org": 0.85,         # an organisation named as the subject (11/13, direct and partial)
    "phrase": 0.85,      # another noun phrase as written ("one parent") (11/13)
    "role": 0.8,         # "a spokesman for X" as written (4/5)
    "document": 0.8,     # a document's issuer ("the letter said"): none measured, set as role
    "nominal": 0.6,      # "the councillor" linked to a named person (3/5)
    "previous": 0.8,     # a quote paragraph after "X said:" (1/1 measured; set as role)
    "none": 0.05,        # no speaker found: a quote with no speaker is rarely right (0/4)
}
# Partial quotes (a few words inside a sentence) where the direct value does not hold.
PARTIAL_CONFIDENCE = {
    "name": 0.9,         # (20/22)
    "pronoun": 0.8,      # (4/5)
    "phrase": 0.15,      # a group's words are mostly scare quotes (1/6)
}


def attribution_kind(source: str | None, who) -> str:
    if not who.speaker:
        return "none"
    if source == "previous":
        return "previous"
    if who.how == "pronoun":
        return "pronoun" if who.margin >= CLEAR_PRONOUN_MARGIN else "pronoun-contested"
    return who.how if who.how in CONFIDENCE else "phrase"


def confidence(kind: str, source: str | None, who) -> float:
    """`kind` is the quote's kind (direct or partial), `source` where its speaker was found."""
    key = attribution_kind(source, who)
    if kind == "partial" and key in PARTIAL_CONFIDENCE:
        return PARTIAL_CONFIDENCE[key]
    return CONFIDENCE[key]
