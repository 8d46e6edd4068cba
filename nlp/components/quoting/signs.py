"""What placards, banners, signs, posters, T-shirts and badges say, and slogans: written
words of no one, not speech. "held placards reading “...” and “...”", "a banner that read
‘...’", "A sign on the gate warns: “...”", "painted on a banner: ‘...’", "under the slogan
“...”", and placards named once and then read out one by one ("Several people are holding
placards. One reads “...”; another, “...”").

Whether such words are quotes at all is a convention, `SIGNS_ARE_QUOTES`. The UK sets split
by when they were written: sets 2-34 (and calib, heldout, heldout2) annotate a placard's words
as a quote of no one; every set from 35 on (18 writers, the four fresh sets 49-52 among them)
lists them as not_quotes ("written slogans, not speech"). The newer convention is followed:
they are not quotes. A crowd's chant is spoken and stays a quote (chants.py, `CHANTS_ARE_QUOTES`: the sets
disagree on chants).

`on_a_sign(doc, text, para_start, sent_start, open_at)` says whether the quote opening at
`open_at` gives a sign's words."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from nlp.components.quoting.context import tokens_in
from nlp.components.quoting.scan import Segment
from nlp.components.quoting.sentences import sentence_start
from nlp.components.quoting.terms import title_case

# Are the words on a placard, a banner or a sign quotes (of no one named)? (see above)
SIGNS_ARE_QUOTES = False
# How far back in the paragraph the placards may be named (characters).
SIGN_NAMED_MAX_CHARS = 300
_SIGN_NOUN = r"(placards?|banners?|signs?|posters?|t-shirts?|tee-shirts?|badges?|stickers?|billboards?|hoardings?)"
SIGN_NOUNS = re.compile(r"\b" + _SIGN_NOUN + r"\b", re.I)
# Words that may stand for the sign as the subject of its verb ("one of which read", "a
# banner that read", "Others say").
SIGN_STAND_INS = frozenset("one another others some many most which that it they".split())
# Earlier quotes in the sentence, already replaced by "Q".
_QUOTE_RE = re.compile(r"[“\"‘'][^“”\"‘’]*[”\"’']")
# "One reads", "Others read", "One, held by a girl, read:", "another," (after "One reads Q;")
_ONE_OF_THEM = r"(one|another|others|some|many|most|the other|the others|one of them|a third)"
SIGN_ONE_BY_ONE = re.compile(
    r"^\s*" + _ONE_OF_THEM + r"\b[^.!?]{0,60}?\b(read|reads|reading|said|says|saying)\b[\s:,]*"
    r"(Q\s*(,|;|and)\s*(and\s+)?(" + _ONE_OF_THEM + r"\b)?[\s,:]*)*$", re.I)
# Earlier quotes of a list before this one: "placards reading “...” and “...”", "One reads
# “...”, while another simply says “...”" (chants use it too: chants.py).
MORE_WORDING = (r"[\s:,]*([“\"‘'][^”\"’']*[”\"’']\s*(and|,|;)\s*((while|whereas)\s+)?((another|one|the other|others?)\s+"
                r"((simply|just)\s+)?((reads?|says|said|saying|reading)\b[\s:,]*)?)?)*$")
# The next placard's words right after a quote: "placards reading “...” and “...”".
NEXT_SIGN = re.compile(r"\s*(,|;|and)\s*(and\s+)?[“\"‘']([^”\"’']+)[”\"’']")
# A sign's verb: what it reads, says, warns or asks ("bearing the words", "which declared").
_SIGN_VERB = (r"(reading|reads|read|saying|says|said|say|bearing|bears|warning|warns|warned|declaring|declares|declared"
              r"|proclaiming|proclaims|proclaimed|urging|urges|urged|asking|asks|asked|demanding|demands|demanded)")
# The words a verb may take before the quote: "bearing the words", "reading simply".
_WORDS_NOUN = r"(\s+(simply|just))?(\s+(the|a)\s+(words?|slogan|message|legend))?"
SIGN_WORDING = re.compile(r"\b" + _SIGN_NOUN + r"\b[^.!?]{0,60}\b" + _SIGN_VERB + r"\b" + _WORDS_NOUN + MORE_WORDING,
                          re.I)
# The words written on a sign, introduced by a colon: "painted on a banner outside the
# hall: ‘...’", "printed across the T-shirts: “...”".
# (the sign a noun with its determiner, at most a place after it: "On the decision to sign the
# contract, she said: “...”" is hers)
SIGN_CAPTION = re.compile(r"\b(on|across)\s+(a|an|the|their|his|her|its|one|each|every|our|your)\s+([\w’'-]+\s+){0,2}?"
                          + _SIGN_NOUN + r"(\s+(outside|at|in|on|by|near|above|over|across|from)\s+[^.!?:;,“”\"‘]{0,40})?:\s*$",
                          re.I)
# A slogan named before its words: "under the slogan ‘...’", "Its slogan, “...”", "the
# campaign's motto 'X'".
SLOGAN_BEFORE = re.compile(r"\b(slogans?|mottos?|mottoes)\b(\s+(is|was|reads|read))?[\s:,]*$", re.I)


def sign_wording(text: str, para_start: int, open_at: int) -> bool:
    """The quote opening at open_at is one placard's words, read out one by one after a
    sentence of the same paragraph that names the placards."""
    sent = sentence_start(text, para_start, open_at)
    before = _QUOTE_RE.sub("Q", text[sent:open_at])
    if not SIGN_ONE_BY_ONE.match(before):
        return False
    earlier = text[max(para_start, sent - SIGN_NAMED_MAX_CHARS):sent]
    return SIGN_NOUNS.search(_QUOTE_RE.sub("Q", earlier)) is not None


def sign_read_out(text: str, para_start: int, group: list[Segment]) -> bool:
    """A sign's words, not a title, however capitalised: read out after a colon ("A sign
    on the gate reads: 'Y11 revision - Hall B'"), or listed with another sign's words that
    are no title ("placards reading “Save Little Ashby School” and “Small schools, big
    hearts”"); a lone slogan in Title Case ("a banner reading ‘Our School, Our Say’") the
    sets annotate both ways, and it stays a title."""
    seg = group[0]
    if len(group) != 1 or seg.after is None:
        return False
    before = text[sentence_start(text, para_start, seg.open):seg.open]
    if SIGN_WORDING.search(before) is None:
        return False
    nxt = NEXT_SIGN.match(text, seg.after)
    return before.rstrip().endswith(":") or nxt is not None and not title_case(nxt.group(3))


def _token_at(doc: Doc, at: int):
    return next((t for t in tokens_in(doc, at, at + 1) if t.idx == at), None)


def sign_reads(doc: Doc, text: str, sent_start: int, open_at: int) -> bool:
    """"held placards reading “...”", "One banner reads ‘...’", "a sign that warns: “...”":
    a sign's verb introduces the quote, and the verb is the sign's (its subject is the sign
    or stands for it, or it hangs on the sign), not a person's ("Holding a placard, Jo
    Smith says ‘...’" is hers); "sign" is the noun ("she signs every letter saying" is no
    sign)."""
    before = text[sent_start:open_at]
    m = SIGN_WORDING.search(before)
    if m is None:
        return False
    noun, verb = _token_at(doc, sent_start + m.start(1)), _token_at(doc, sent_start + m.start(2))
    if noun is None or verb is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return all(s.i == noun.i or s.lower_ in SIGN_STAND_INS or SIGN_NOUNS.fullmatch(s.text) for s in subjects)


def on_a_sign(doc: Doc, text: str, para_start: int, sent_start: int, open_at: int) -> bool:
    """The quote opening at open_at gives the words of a placard, banner or sign, or a
    slogan: written words of no one."""
    before = text[sent_start:open_at]
    return sign_reads(doc, text, sent_start, open_at) or SIGN_CAPTION.search(before) is not None \
        or SLOGAN_BEFORE.search(before) is not None or sign_wording(text, para_start, open_at)
