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
# mention two sentences further back).
CLEAR_PRONOUN_MARGIN = 3.0
# A direct quote shorter than this many words, attributed by a pronoun outside an
# interruption, is often a fragment the pronoun reaches past (10/12 right).
SHORT_QUOTE_WORDS = 10

# Confidence of direct quotes by kind of attribution. Counts: right/all on PolNeAR half A
# plus the UK calibration set, measured after issue 13's second round.
CONFIDENCE = {
    "name": 0.97,        # a name as the subject of a speech verb, a dash or a colon (96/97)
    "name-interruption": 0.95,  # a name between the two halves of one quote (61/64)
    "pronoun": 0.95,     # he/she/it/they, clear lead, quote of 10 words or more (27/28)
    "pronoun-interruption": 0.95,  # a clear pronoun between two halves (26/26)
    "pronoun-short": 0.8,  # a clear pronoun, quote under 10 words (10/12)
    "pronoun-contested": 0.7,  # a pronoun that salience chose among close candidates (17/23)
    "org": 0.85,         # an organisation named as the subject (direct and partial)
    "phrase": 0.8,       # another noun phrase as written ("one parent") (11/15)
    "role": 0.8,         # "a spokesman for X" as written (2/3)
    "document": 0.8,     # a document's issuer ("the letter said"): none measured, set as role
    "nominal": 0.6,      # "the councillor" linked to a named person (3/5)
    "previous": 0.8,     # a quote paragraph after "X said:" (1/1 measured; set as role)
    "next": 0.8,         # a quote paragraph named by the sentence after it ("X made the comments"; few measured, set as previous)
    "none": 0.05,        # no speaker found: a quote with no speaker is rarely right (0/2)
}
# Partial quotes (a few words inside a sentence) where the direct value does not hold.
PARTIAL_CONFIDENCE = {
    "name": 0.9,         # (20/22)
    "name-interruption": 0.9,
    "pronoun": 0.8,      # (4/5)
    "pronoun-interruption": 0.8,
    "pronoun-short": 0.8,
    "phrase": 0.15,      # a group's words are mostly scare quotes (1/6)
}


def attribution_kind(source: str | None, who, n_words: int = SHORT_QUOTE_WORDS) -> str:
    if not who.speaker:
        return "none"
    if source in {"previous", "next"}:
        return source
    if who.how == "pronoun":
        if who.margin < CLEAR_PRONOUN_MARGIN:
            return "pronoun-contested"
        if source == "interruption":
            return "pronoun-interruption"
        return "pronoun" if n_words >= SHORT_QUOTE_WORDS else "pronoun-short"
    if who.how == "name" and source == "interruption":
        return "name-interruption"
    return who.how if who.how in CONFIDENCE else "phrase"


def confidence(kind: str, source: str | None, who, n_words: int = SHORT_QUOTE_WORDS) -> float:
    """`kind` is the quote's kind (direct or partial), `source` where its speaker was found,
    `n_words` the quote's length in words."""
    key = attribution_kind(source, who, n_words)
    if kind == "partial" and key in PARTIAL_CONFIDENCE:
        return PARTIAL_CONFIDENCE[key]
    return CONFIDENCE[key]
