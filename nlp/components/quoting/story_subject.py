"""he/she with no one of that gender named in the salience window (issue 13, round
quotes-53): a profile that has gone on for several paragraphs about its subject, with other
people quoted in between ("By 8am she has gone. “That's the job,” she says"), or a reader
whose story resumes after an official's reply. The pronoun is the person of that gender the
article has named most often before it, when one person leads that count; without this the
quote has no speaker (sets 27-68: 13 sets, about 20 quotes, each of them someone named).

Not a person the article states to be of the other gender or "they", nor one named only
inside quotes; a tie leaves the pronoun unresolved; and not when a noun for a person of
that gender or for someone unnamed, or a name as a subject, comes just before the pronoun
("My mum was a dinner lady and she used to say ‘...’": the pronoun is hers). Called by `Salience._pronoun`
(salience.py) only when no candidate scored, so it never overrides a nearer name."""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.quoting.context import Speaker, people_noun
from nlp.components.quoting.not_names import not_a_name
from nlp.components.quoting.words import noun_gender

# Tag of a singular common noun, which can be the pronoun's unnamed antecedent.
SINGULAR_NOUN_TAG = "NN"
# A proper noun as a subject there is a name nearer than the story's subject, though the
# entity model missed it ("Parent Karen Voss ... told us she backed them. “...,” she said").
NAME_SUBJECT_DEP = "nsubj"


def story_subject(ctx, t: Token, gender: str) -> Speaker | None:
    """The person of `gender` with the most mentions (outside quotes) before t, when no one
    else of that gender has as many; else None."""
    if _unnamed_antecedent(ctx, t, gender):
        return None
    counts: dict[int, int] = {}
    for k, person in enumerate(ctx.doc._.people or ()):
        if ctx._gender(k) != gender or not_a_name(ctx.doc, person):
            continue
        n = sum(1 for s, _ in ctx._mentions(k) if s < t.idx and not ctx.in_quote(s))
        if n:
            counts[k] = n
    ranked = sorted(counts, key=counts.get, reverse=True)
    if not ranked or len(ranked) > 1 and counts[ranked[0]] == counts[ranked[1]]:
        return None
    return ctx.person_speaker(ranked[0], how="pronoun", margin=0.0)


def _unnamed_antecedent(ctx, t: Token, gender: str) -> bool:
    """A singular noun for a person (of the pronoun's gender, or anyone: "a neighbour") or a
    proper-noun subject in the pronoun's sentence before it or in the sentence before,
    outside quotes."""
    sent = t.sent
    first = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(not ctx.in_quote(x.idx) and (x.tag_ == SINGULAR_NOUN_TAG and (noun_gender(x.lower_) == gender or people_noun(x))
                                            or x.dep_ == NAME_SUBJECT_DEP and x.pos_ == "PROPN")
               for x in ctx.doc[first:t.i])
