"""Speech nouns that report a partial quote inside a "that" clause with verbs of its own,
where no speech verb does: "Cllr X's claim at last week's meeting that prices are ‘among the
lowest in the region’", "a warning from the leader of the opposition that taxpayers could
end up ‘carrying the can’". The speaker is the noun's owner or the one it comes "from".
(utterances.py's `utterance_owner`, asked first, climbs from the quote to the noun and stops
at the clause's verb, so these clauses are left to this module.) A speech noun with no
source names no one ("the claim that ..." is often the writer's own summary).

`speech_noun_source(tokens, quote_start)` gives the noun and the word naming its source."""
from __future__ import annotations

from spacy.tokens import Token

# Nouns for something said, as written (singular and plural).
SPEECH_NOUNS = frozenset("""claim claims remark remarks comment comments warning warnings assertion assertions
    suggestion suggestions insistence accusation accusations allegation allegations admission promise promises
    pledge pledges boast complaint complaints""".split())
# Most words between the noun and its "that" (a prepositional phrase: "at last week's
# meeting of the county council").
NOUN_TO_THAT_MAX_TOKENS = 12


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
