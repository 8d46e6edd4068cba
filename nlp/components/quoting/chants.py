"""What a crowd chants: "strikers chanted “...”", "Chanting ‘...’, the crowd marched", "chants
of ‘...’ from the gallery", "a chant of “...” went up", "The chanting has started at the
gate: ‘...’". Words of a crowd, no one's own.

Whether a chant is a quote (of no one named) is a convention, `CHANTS_ARE_QUOTES`. The UK sets
split by when they were written (counted in the gold of every readable set, round quotes-44):
of the sets with a chant, 20 of 22 written before set 35 (11, 12, 15-21, 23-25, 27-34; not
test and 8) give it as a quote with no speaker; of the 22 written from set 35 on, 16 list it
as a not_quote ("chant by a crowd, no individual speaker": 35-39, 41, 42, 44-50, 54, 56) and
6 as a quote (40, 43, 51-53, 55), and the latest eight (49-56) split 4 to 4. PolNeAR (real news
annotated by others) gives a chant to the crowd as a quote; with the switch off its all F1 fell
0.842 -> 0.839 and 24 older UK sets fell. With no clear majority the older convention stays: a
chant is a quote with no named speaker (placards, on which the recent writers agree, are not:
signs.py). A crowd's shouts ("shouts of ‘Shame!’ from the gallery",
"a man in the gallery shouted ‘...’") stay quotes: the sets agree on one person's shout,
and split on a crowd's (`CROWD_WORDING`).

With chants kept as quotes, quotes.py asks `chant_wording(before)` (a chant's words are no
title, however short and capitalised), `crowd_wording(before)` (a chant or a crowd's shouts
named before a partial quote: the words of no one named) and `chant_verb(before)` (a crowd
chanting as its clause's verb: its subject speaks when the attribution finds one). With the
switch off, `chanted(before)` says whether the quote after `before` gives a chant's words.
`list_before` reads a list of quotes as one sentence ("shouts of “Rubbish!” and “Shame!”")."""
from __future__ import annotations

import re

from nlp.components.quoting.scan import ALL_MARKS
from nlp.components.quoting.sentences import sentence_start
from nlp.components.quoting.signs import MORE_WORDING

# Is a crowd's chant a quote (of no one named)? (see above)
CHANTS_ARE_QUOTES = True
# A chant's word right before the quote, or before a list of chanted quotes: "chanted “A”
# and “B”", "chants of ‘...’", "Chanting “...”", "began to chant ‘...’", "a chant of ‘...’".
CHANT_BEFORE = re.compile(r"\bchant(s|ed|ing)?(\s+of)?" + MORE_WORDING, re.I)
# A chant named in the clause a colon ends: "The chanting has started at the gate: ‘...’",
# "the crowd chanted: “...”", "to the tune of a football chant: ‘...’" (not past a sentence
# end or another quote: "She chanted with them. Later she said: ‘...’" is hers).
CHANT_COLON = re.compile(r"\bchant(s|ed|ing)?\b[^.!?:;“”\"‘]{0,80}:\s*$", re.I)
# What a crowd chants or shouts ("Chanting “...”", "a final chant of “...”", "shouts of
# ‘Shame!’ from the gallery"): the words of no one named. (A placard's words: signs.py.)
# (a verb with its subject, "Mr Hale shouted “Shame!”", is left to the speech cues; "singing
# “...”" is most often a song's title)
CROWD_WORDING = re.compile(r"\b((chants?|shouts|cries|cheers)\s+of|chanting)" + MORE_WORDING, re.I)
# A crowd chanting as the verb of its clause ("Marchers ... chanted “Fix it now”", "The gallery
# chants “Shame on you”"): the words are a quote, not a title or a name, however short and
# capitalised; the verb's subject speaks when the attribution finds one.
CHANT_VERB = re.compile(r"\bchant(s|ed)?" + MORE_WORDING, re.I)
# What joins a quote to the one before it in a list ("“Rubbish!” and “Shame!”").
LIST_JOINER = re.compile(r"\s*(and|or|,|;)?\s*", re.I)


def chanted(before: str) -> bool:
    """The quote that `before` (its sentence up to the opening mark: `list_before`) leads to
    gives what a crowd chants."""
    return CHANT_BEFORE.search(before) is not None or CHANT_COLON.search(before) is not None


def crowd_wording(before: str) -> bool:
    """`before` names a chant or a crowd's shouts right before the quote (`CROWD_WORDING`)."""
    return CROWD_WORDING.search(before) is not None


def chant_verb(before: str) -> bool:
    """`before` ends with "chant(s/ed)" as the verb right before the quote (`CHANT_VERB`)."""
    return CHANT_VERB.search(before) is not None


def chant_wording(before: str) -> bool:
    """The quote after `before` gives a chant's or a crowd's words, by either wording."""
    return crowd_wording(before) or chant_verb(before)


def list_before(text: str, para_start: int, sent_start: int, open_at: int) -> str:
    """The sentence before the quote opening at open_at; when that is only "and" after a quote
    ending with "!" or "?", which closed no sentence ("shouts of “Rubbish!” and “Shame!”",
    "chants of ‘What do we want?’ and ‘Fair pay!’"), from the start of the sentence before."""
    before = text[sent_start:open_at]
    end = text[:sent_start].rstrip()
    if sent_start > para_start and LIST_JOINER.fullmatch(before) and end[-1:] in ALL_MARKS and end[-2:-1] in {"!", "?"}:
        return text[sentence_start(text, para_start, sent_start - 1):open_at]
    return before
