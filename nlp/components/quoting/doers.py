"""A partial quote in the clause of a verb that is no speech verb, whose subject is a person
(issue 13, round quotes-38): "When Jo Bell started at the school, she expected to stay ‘a
year, maybe two’", "Each morning he greeted the pupils with the words ‘Best foot forward’".
The quote is that person's words: the writer quotes them in the clause about what they
thought, wanted or did. Called by the quote component (quotes.py) for a partial quote no
cue attributes, after `told_by_no_one`.

Only a finite verb's subject (not "Eddie rescuing his ball ‘...’", where "Eddie" is what was
seen), only a person (a name, or he/she that resolves to one: documents and organisations
have their own rules), not a passive ("was described in court as ‘...’" names who was
described, not who described them), and not a word or two (a term or a scare quote)."""
from __future__ import annotations

from nlp.components.quoting.context import PERSON_PRONOUNS, Speaker, tokens_in
from nlp.components.quoting.misparses import FINITE_TAGS as PLAIN_FINITE_TAGS
from nlp.components.quoting.scan import ALL_MARKS

# Tags of a finite verb, whose subject does what the clause says (a modal too: "she would stay ‘...’").
FINITE_TAGS = PLAIN_FINITE_TAGS | {"MD"}
# Dependencies of a clause of its own (another verb's content or a description): its
# subject is not the one whose words the quote is.
OWN_CLAUSE_DEPS = frozenset({"ccomp", "relcl", "acl", "advcl", "csubj"})
# How many heads up from the quote its verb is looked for.
MAX_STEPS = 6
# Fewest words of a quote read as the person's words: a word or two under such a verb is a
# term or a scare quote ("rejects talk of a ‘rip-off’ industry", "paid invoices for ‘stationery’").
MIN_WORDS = 3


def doer_of(ctx, q) -> Speaker | None:
    """The person who is the subject of the finite verb whose clause holds partial quote q
    (the first such verb up from the quote), when that verb is active and the person is named
    or is he/she for someone named; else None."""
    inner = next((t for t in tokens_in(ctx.doc, q.start, q.end) if t.idx >= q.start), None)
    # (a partial quote runs on past its paragraph or line only when its marks were misread)
    quoted = ctx.text[q.start:q.end]
    if inner is None or len(quoted.split()) < MIN_WORDS or q.para_end != q.para or "\n" in quoted \
            or quoted.rstrip(".,;:!? ")[-1:] in ALL_MARKS:  # (a mark left inside: “the root of all evil’.)
        return None
    x = inner
    for _ in range(MAX_STEPS):
        if x.head.i == x.i:
            return None
        step, x = x, x.head
        if ctx.in_quote(x.idx):
            continue
        if step.dep_ in OWN_CLAUSE_DEPS and not ctx.in_quote(step.idx):
            return None  # the quote is in a clause of its own with no subject: not this verb's
        subjects = [c for c in x.children if c.dep_ in {"nsubj", "nsubjpass"} and not ctx.in_quote(c.idx)]
        if not subjects:
            continue
        if x.tag_ not in FINITE_TAGS and not any(c.tag_ in FINITE_TAGS for c in x.children if c.dep_ == "aux"):
            return None
        subject = subjects[0]
        if subject.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in x.children):
            return None
        if subject.lower_ in PERSON_PRONOUNS:
            found = ctx._pronoun(subject)
        elif subject.ent_type_ == "PERSON":
            found = ctx._person(subject)
        else:
            return None
        return found.but(cue=x.text, how="doer") if found is not None and found.person is not None else None
    return None
