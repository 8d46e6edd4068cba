"""A partial quote inside what someone's remark is said to be, where no speech verb reports
it: "Cllr Peter Gaskell's comment at the last meeting that parents were ‘scaremongering’",
"Cllr X's claim at last week's meeting that prices are ‘among the lowest in the region’", "a
warning from the leader of the opposition that taxpayers could end up ‘carrying the can’".
The speaker is the remark's owner ("X's") or the one it comes "from". A remark noun with no
source names no one ("the claim that ..." is often the writer's own summary).

`remark_speaker(finder, q, sent_start)` is called for a partial quote no cue attributes
(quotes.py). It climbs the parse from the quote to a remark noun (`utterance_owner`),
stopping at the first verb outside the quote; a "that" clause with verbs of its own is read
from the words instead (`speech_noun_source`).
"""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.quoting.context import Speaker, tokens_in
from nlp.components.quoting.refers_back import UTTERANCE_NOUNS

# Nouns for a remark reported with its content ("X's claim that ...") on the parse.
REMARK_NOUNS = UTTERANCE_NOUNS | frozenset("claim claims suggestion suggestions description accusation".split())
# Nouns for something said, as written (singular and plural), before a "that" clause with
# verbs of its own.
SPEECH_NOUNS = frozenset("""claim claims remark remarks comment comments warning warnings assertion assertions
    suggestion suggestions insistence accusation accusations allegation allegations admission promise promises
    pledge pledges boast complaint complaints""".split())
# Most words between the noun and its "that" (a prepositional phrase: "at last week's
# meeting of the county council").
NOUN_TO_THAT_MAX_TOKENS = 12


def remark_speaker(finder, q, sent_start: int) -> Speaker | None:
    """The speaker of the remark q's sentence (from sent_start) reports q inside, or None."""
    found = utterance_owner(finder, q)
    if found is not None:
        return found
    first_open = q.segments[0].open
    noun = speech_noun_source(finder._chunk_tokens(sent_start, first_open), first_open)
    if noun is None:
        return None
    said, source = noun
    found = finder._speaker_from(source, sent_start, first_open, cue_i=said.i)
    return found.but(cue=said.text) if found is not None else None


def utterance_owner(finder, q) -> Speaker | None:
    """The owner ("X's") of the remark noun the quote's clause hangs on, climbing the parse
    from the quote's first word and stopping at the first verb outside the quote."""
    inner = tokens_in(finder.doc, q.start, q.start + 1)
    if not inner:
        return None
    for a in inner[0].ancestors:
        if finder.in_quote(a.idx):
            continue
        if a.pos_ in {"VERB", "AUX"}:
            return None
        if a.lower_ in REMARK_NOUNS:
            owner = next((c for c in a.children if c.dep_ == "poss"), None)
            if owner is None or owner.lower_ in {"its", "their", "his", "her", "my", "our", "your"}:
                return None
            s, e = a.sent.start_char, a.sent.end_char
            found = finder._speaker_from(owner, s, e, cue_i=a.i)
            return found.but(cue=a.text) if found is not None else None
    return None


def _source(noun: Token) -> Token | None:
    """"X's claim" -> X; "a warning from X" -> X."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def speech_noun_source(tokens: list[Token], quote_start: int) -> tuple[Token, Token] | None:
    """The speech noun nearest before the quote (opening at character quote_start) whose
    "that" clause runs on to the quote, with the token naming its source; None if there is
    none, or it has no source."""
    before = [t for t in tokens if t.idx < quote_start]
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        if t.lower_ not in SPEECH_NOUNS or t.pos_ != "NOUN":
            continue
        # (the clause may hold verbs, "that prices are"; from the noun to its "that" only
        # the noun's own phrase)
        between = before[k + 1:]
        that = next((i for i, x in enumerate(between[:NOUN_TO_THAT_MAX_TOKENS]) if x.lower_ == "that"), None)
        if that is None or any(x.tag_.startswith("VB") or x.is_punct and x.text not in {"'", "’", "-"}
                               for x in between[:that]):
            return None  # "the claim, which ..." or no clause: nothing to report
        source = _source(t)
        return (t, source) if source is not None else None
    return None
