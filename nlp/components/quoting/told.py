"""Words told to someone by no one the report names (issue 13, round quotes-29): "I was told
it was a ‘temporary issue’", "We were told our governing body would keep ‘real teeth’", "I asked him to move and was
told ‘it's only for a minute’". A
partial quote inside the clause of a passive "told" with no "by" is the words of an unnamed
speaker: a quote with no speaker, however short (the UK sets write its speaker as ""), not
a scare quote to drop. Called by the quote component (quotes.py) for a partial quote no cue
attributes."""
from __future__ import annotations

from nlp.components.lexicon import DOCUMENT_NOUNS
from nlp.components.quoting.context import Speaker, tokens_in

# Lemmas of the passive speech verbs whose speaker the sentence leaves out.
TOLD_LEMMAS = frozenset({"tell"})
# How the words hang on the verb: a clause ("told it was ‘...’") or the words themselves
# ("told ‘the blazer is ...’"), not a preposition ("told of ‘personal budgets’").
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "advcl"})
# What makes a "told" passive: its subject, or its "was"/"were" when the subject is shared
# with a verb before it.
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})


def told_by_no_one(ctx, q) -> Speaker | None:
    """A Speaker with no name when partial quote q is the words of a passive "told" with no
    agent in q's own sentence, else None."""
    inner = next((t for t in tokens_in(ctx.doc, q.start, q.end) if t.idx >= q.start), None)
    if inner is None:
        return None
    x = inner
    while x.head.i != x.i:
        step, x = x, x.head
        if ctx.in_quote(x.idx):
            continue
        # (a passive with its own subject, or sharing one: "I asked him to move and was told ‘...’")
        if x.lemma_ in TOLD_LEMMAS and x.tag_ == "VBN" and any(c.dep_ in PASSIVE_DEPS for c in x.children):
            # (nor "told in a letter that ...": the letter's issuer, whom the report means)
            teller = any(c.dep_ == "agent" or c.dep_ == "prep" and any(g.lower_ in DOCUMENT_NOUNS for g in c.children)
                         for c in x.children)
            return None if teller or step.dep_ not in _CONTENT_DEPS else Speaker(None, cue=x.text, how="told")
        if x.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} and not ctx.in_quote(c.idx)
                                             for c in x.children) and x.dep_ not in _CONTENT_DEPS:
            return None  # a clause of its own that is no content of a "told"
    return None
