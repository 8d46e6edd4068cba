"""How sure a quote's speaker attribution is: a 0-1 confidence per quote.

The evidence (`Evidence`) is read off the quote and its document: how the speaker was
found (`Speaker.how`, and where: between the two halves of the quote, the paragraph
before, a pronoun's lead over the other candidates), whether the quote reads as speech
(a capitalised start; a short quoted term inside a noun phrase is not speech), how far
back a pronoun's person was last named, and whether the name shown is written in the
article at all. `attribution_kind` turns it into one kind, and the confidence is that
kind's measured share of right speakers.

Each value is (right + 1) / (all + 2), rounded down to two decimals (small counts are
pulled towards 0.5), counted after issue 13's seventh round on the tuning data: PolNeAR
dev halves A and C (real US news, read for evaluation only, never copied) and the UK
sets written blind for the project (tests/data/quotes_uk_calib.json, quotes_uk_test.json,
quotes_uk_test2.json to quotes_uk_test5.json, quotes_heldout.json, quotes_heldout2.json). The counts are given as
right/all (news: A + C; UK: the project's sets); `benchmarks/quote_confidence.py` counts
them again, and BENCHMARKS.md ("Quote confidence, fourth round" and "recounted after the seventh round") has the precision per tier.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from nlp.components.quoting.context import Speaker, tokens_in

# A resolved pronoun is clear when no other candidate of its gender is in the salience
# window or the best leads the next by this much salience (a speech subject over a
# mention two sentences further back).
CLEAR_PRONOUN_MARGIN = 3.0
# A pronoun whose person was last named this many paragraphs before the quote or more
# has reached back past the passage: right 9/13 (news 6/9, UK 3/4).
FAR_PRONOUN_PARAGRAPHS = 2
# A partial quote of at most this many words right after a determiner or an adjective
# ("a single “information evening”", "a “demand-responsive” service") is a term inside
# a noun phrase, not speech: right 2/11.
TERM_MAX_WORDS = 3
TERM_BEFORE_TAGS = frozenset({"DT", "JJ", "PRP$"})
# How far back to look for the word before a quote's opening mark, in characters.
WORD_BEFORE_CHARS = 40

# Confidence by kind of attribution: (right + 1) / (all + 2), rounded down. Counts: right/all
# on the tuning data (news = PolNeAR A + C; UK = the project's blind sets).
CONFIDENCE = {
    "name": 0.98,  # a name as the subject of a speech verb, a dash or a colon (443/449: news 110/112, UK 333/337)
    "name-interruption": 0.95,  # a name between the two halves of one quote (129/134: news 69/74, UK 60/60)
    "pronoun": 0.98,  # he/she/it/they with a clear lead (117/118: news 22/23, UK 95/95)
    "pronoun-interruption": 0.97,  # a clear pronoun between two halves (101/103: news 16/18, UK 85/85)
    "pronoun-contested": 0.64,  # chosen among close candidates, the person named in an earlier paragraph (23/35: news 17/26, UK 6/9)
    "pronoun-contested-here": 0.94,  # chosen among close candidates named in the quote's own paragraph (17/17: news 1/1, UK 16/16)
    "pronoun-far": 0.66,  # a clear pronoun whose person was last named 2+ paragraphs back (9/13: news 6/9, UK 3/4)
    "pronoun-partial": 0.86,  # a pronoun as the speaker of a partial quote (24/27: news 1/2, UK 23/25)
    "org": 0.84,  # an organisation named as the subject of a full quote (20/23: news 3/5, UK 17/18)
    "org-partial": 0.86,  # an organisation's words inside a sentence (57/65, UK)
    "phrase": 0.6,  # another noun phrase as written ("one parent") (16/26: news 10/11, UK 6/15)
    "phrase-partial": 0.45,  # a group's words inside a sentence: mostly scare quotes (10/22: news 1/2, UK 9/20)
    "role": 0.53,  # "a spokesman for X" as written (21/39: news 1/1, UK 20/38)
    "document": 0.53,  # a document's issuer ("the letter said"): too few measured (1/1), set as role
    "nominal": 0.85,  # "the councillor" linked to a named person (41/47: news 1/6, UK 40/41)
    "previous": 0.8,  # a quote paragraph after "X said:" (7/8: news 0/1, UK 7/7)
    "next": 0.88,  # a quote paragraph named by the sentence after it (7/7, UK)
    "colon-clause": 0.75,  # the person a short clause before a colon is about, no speech verb (1/1, UK): set as continued
    "answer": 0.75,  # an answer after the interviewer's question in a Q&A: too few measured (4/4, UK), set as continued
    "continued": 0.76,  # a quote paragraph after the speaker's closed quote, naming no one (19/24: news 1/3, UK 18/21)
    "fragment": 0.71,  # a full quote starting in lower case: a fragment of the writer's sentence (4/5: news 2/3, UK 2/2)
    "unwritten": 0.33,  # the name as shown is not how the article names anyone (0/1: news 0/1)
    "term": 0.3,  # a short quoted term inside a noun phrase (3/11, UK)
    "none": 0.43,  # no speaker found (9/21: news 0/4, UK 9/17)
}
_PARTIAL = {"pronoun": "pronoun-partial", "pronoun-interruption": "pronoun-partial",
            "pronoun-contested": "pronoun-partial", "pronoun-contested-here": "pronoun-partial", "org": "org-partial", "phrase": "phrase-partial",
            "role": "role", "nominal": "nominal", "document": "document"}


@dataclass(frozen=True)
class Evidence:
    """What a quote's confidence is read from."""
    kind: str                 # direct | partial
    source: str | None        # where the speaker was found: interruption, after, before, previous, next, continued
    who: Speaker
    capitalised: bool = True  # the quoted words start with a capital letter
    in_noun_phrase: bool = False  # a short partial quote right after a determiner or adjective
    name_written: bool = True  # the speaker's name as shown is in the article's body
    paragraphs_back: int = 0  # for a person: paragraphs from their last naming outside quotes to the quote


def attribution_kind(ev: Evidence) -> str:
    who = ev.who
    if not who.speaker:
        return "none"
    if ev.in_noun_phrase:
        return "term"
    if not ev.name_written:
        return "unwritten"
    if ev.source in {"previous", "next", "continued", "answer"}:
        return ev.source
    if who.how == "pronoun":
        if who.margin < CLEAR_PRONOUN_MARGIN:
            key = "pronoun-contested" if ev.paragraphs_back > 0 else "pronoun-contested-here"
        elif ev.paragraphs_back >= FAR_PRONOUN_PARAGRAPHS:
            return "pronoun-far"
        else:
            key = "pronoun-interruption" if ev.source == "interruption" else "pronoun"
    elif who.how == "name":
        key = "name-interruption" if ev.source == "interruption" else "name"
    else:
        key = who.how if who.how in CONFIDENCE else "phrase"
    if ev.kind == "partial":
        return _PARTIAL.get(key, key)
    if not ev.capitalised and who.how in {"name", "pronoun"}:
        return "fragment"
    return key


def confidence(ev: Evidence) -> float:
    return CONFIDENCE[attribution_kind(ev)]


def quote_confidence(ctx, q) -> tuple[str, float]:
    """The kind of evidence and the confidence of quote `q` (quotes.Quote) found in
    document `ctx` (quotes._DocQuotes)."""
    kind = attribution_kind(quote_evidence(ctx, q))
    return kind, CONFIDENCE[kind]


def quote_evidence(ctx, q) -> Evidence:
    text = ctx.text
    quoted = " ".join(text[s.start:s.end] for s in q.segments)
    return Evidence(
        kind=q.kind, source=q.source, who=q.who,
        capitalised=_first_letter(quoted).isupper(),
        in_noun_phrase=q.kind == "partial" and len(quoted.split()) <= TERM_MAX_WORDS and _after_modifier(ctx, q),
        name_written=_name_written(ctx, q.who),
        paragraphs_back=_paragraphs_back(ctx, q),
    )


def _first_letter(quoted: str) -> str:
    return next((ch for ch in quoted if ch.isalpha()), "")


def _after_modifier(ctx, q) -> bool:
    """The word before the quote's opening mark is a determiner or an adjective."""
    first = q.segments[0]
    before = [t for t in tokens_in(ctx.doc, max(0, first.open - WORD_BEFORE_CHARS), first.open) if t.idx < first.open]
    last = next(reversed(before), None)
    return last is not None and last.tag_ in TERM_BEFORE_TAGS


def _body(ctx) -> str:
    """The article's text after its headline."""
    if ctx.headline and len(ctx.paragraphs) > 1:
        return ctx.text[ctx.paragraphs[1][0]:]
    return ctx.text


def _name_written(ctx, who: Speaker) -> bool:
    """A person's name as shown is written in the body ("Obama Says African" from a
    headline's words is not a name); people named together, each of them, and each once
    ("Will Smith and Will Smith" names no one the article names)."""
    if not who.speaker or who.how not in {"name", "pronoun"}:
        return True
    names = who.speaker.split(" and ")
    if len(set(names)) < len(names):
        return False
    body = _body(ctx)
    return who.person is None and len(names) == 1 or all(name in body for name in names)


def _paragraphs_back(ctx, q) -> int:
    """Paragraphs between the speaker's last naming before the quote (outside quotes) and
    the quote; 0 when the speaker is not a person or was not named before it."""
    people = ctx.doc._.people or ()
    if q.who.person is None or not 0 <= q.who.person < len(people):
        return 0
    named = [s for s, _ in people[q.who.person]["mentions"] if s < q.start and not ctx.in_quote(s)]
    if not named:
        return 0
    starts = [s for s, _ in ctx.paragraphs]
    return max(0, q.para - (bisect_right(starts, max(named)) - 1))
