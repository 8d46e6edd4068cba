"""The unnamed person of an article's opening paragraph, named in the next one.

British local news opens on a person described, not named, and names them in the next
paragraph: "A parent who spent 18 months fighting for an EHCP says the system is ‘built to
exhaust families’." then "Alex Moreno-Hart, from Sedgefield Green, won an appeal ...";
"Five governors have resigned over what their former chair calls a ‘takeover’." then "In a
letter to parents, Lesley Bamford-Hughes, who chaired the governing body ..., said ...".
So does a definite role: "Ulverby Council's most senior children's services officer has told
councillors that delays are ‘not acceptable’" then "Corinne Baptiste, the council's strategic
director ..., was speaking at ...". The quote of the opening paragraph is that person's.
Read only when the description is one person (a singular noun after "a"/"an" or a
possessive; a role noun after "the" or an organisation's "'s"; "the <role> of a/an ..."),
the next paragraph's first sentence has a named person as the subject of its main verb, that person is not named before, and
no gendered noun in the description contradicts them. Kind of evidence `nominal` (below the
sure tier): the link is read, not written.

`lead_person(ctx, q, found)` is called when a quote's speaker is applied (continuations.py).
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from nlp.components.lexicon import ROLE_HEADS, ROLE_WORDS
from nlp.components.quoting.context import _SUBJ_DEPS, Speaker, body_index, org_reference, tokens_in
from nlp.components.quoting.sentences import sentence_end
from nlp.components.quoting.words import FEMALE_NOUNS, MALE_NOUNS

# Words before the description that make it one person not yet named.
_OPENERS = frozenset({"a", "an", "their", "his", "her", "its"})
_POSSESSIVE = frozenset({"'s", "’s"})
# Words between a role and the named place or body it is held at ("chair of governors at X").
_PLACE_PREPS = frozenset({"of", "at", "for"})


def _opens_description(ctx, first: Token, head: Token) -> bool:
    """The word before the description makes it one person not named: "A parent", "their
    former chair"; or, for a role, a definite one: "The chief financial officer", "Ulverby
    Borough Council's most senior children's services officer"."""
    if first.i == 0:
        return False
    before = ctx.doc[first.i - 1]
    if before.lower_ in _OPENERS:
        return True
    if head.lower_ not in ROLE_HEADS:
        return False
    owner = ctx.doc[before.i - 1] if before.i > 0 else None
    return before.lower_ == "the" or before.text in _POSSESSIVE and owner is not None \
        and (owner.ent_type_ == "ORG" or org_reference(owner))


def _held_at_named_place(found: Speaker) -> bool:
    """"chair of governors at Thornleigh Primary School": a role, then the named place."""
    words = (found.speaker or "").split()
    return any(w in _PLACE_PREPS and words[i + 1:i + 2] and words[i + 1][:1].isupper() for i, w in enumerate(words) if i)


def _role_of_one(ctx, limit: int, found: Speaker) -> str | None:
    """The role noun of "The headteacher of a Dunscar primary school has accused ...": one
    unnamed person, the holder of a role at a place or body written with "a"/"an"."""
    words = (found.speaker or "").split()
    if len(words) < 3 or words[1] != "of" or words[2].lower() not in {"a", "an"} or not words[0].islower():
        return None
    for x in tokens_in(ctx.doc, ctx.paragraphs[body_index(ctx)][0], limit):
        if x.text == words[0] and x.tag_ == "NN" and 0 < x.i < len(ctx.doc) - 2 and ctx.doc[x.i - 1].lower_ == "the" \
                and ctx.doc[x.i + 1].lower_ == "of" and ctx.doc[x.i + 2].lower_ in {"a", "an"} and not ctx.in_quote(x.idx):
            return x.lower_
    return None


def _described_one(ctx, limit: int, found: Speaker) -> str | None:
    """The description's head noun (lower case) when the opening paragraph writes the
    speaker as one unnamed person: "A former school business manager", "their former chair",
    "The council's director of education", "The headteacher of a Dunscar primary school"."""
    role = _role_of_one(ctx, limit, found)
    if role is not None:
        return role
    words = (found.speaker or "").split()
    if words and words[0].lower() in _OPENERS:
        words = words[1:]  # "their former chair": the phrase as written
    # "chair of governors at Thornleigh Primary School": the role, then the place it is held
    words = words[:next((i for i, w in enumerate(words) if i and w in _PLACE_PREPS and words[i + 1:i + 2]
                         and words[i + 1][:1].isupper()), len(words))]  # (as _held_at_named_place reads it)
    if not words or any(w[:1].isupper() for w in words[1:]):
        return None
    head_word = words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1]
    body_start = ctx.paragraphs[body_index(ctx)][0]
    phrase = " ".join(words).lower()
    for m in re.finditer(re.escape(phrase), ctx.text[body_start:limit].lower()):
        span = ctx.doc.char_span(body_start + m.start(), body_start + m.end(), alignment_mode="expand")
        head = next((x for x in span or () if x.text == head_word and x.tag_ == "NN"), None)
        if head is not None and not ctx.in_quote(span.start_char) and _opens_description(ctx, span[0], head):
            return head.lower_
    return None


def lead_person(ctx, q, found: Speaker) -> Speaker:
    """`found`, or the person the next paragraph names when q opens the article's body
    with a quote of one unnamed person (see the module's docstring); also when a later
    quote's speaker is that description found again ("the headteacher said")."""
    body = body_index(ctx)
    if found.person is not None or body + 1 >= len(ctx.paragraphs):
        return found
    if q.para == body and found.how == "phrase":
        noun = _described_one(ctx, q.segments[0].open, found)
    elif q.para > body + 1 and found.how == "nominal":
        # "the headteacher said" later, the noun's earlier mention being the lede's description
        noun = _described_one(ctx, ctx.paragraphs[body][1], found)
    else:
        return found
    if noun is None:
        return found
    ps, pe = ctx.paragraphs[body + 1]
    first = [x for x in tokens_in(ctx.doc, ps, sentence_end(ctx.text, ps, pe)) if not ctx.in_quote(x.idx)]
    roots = [x for x in first if x.dep_ == "ROOT"]
    subjects = [c for r in roots[:1] for c in r.children if c.dep_ in _SUBJ_DEPS]
    for sj in subjects:
        person_token = ctx._person_in_subject(sj, ps, pe, sj.head.i)
        person = ctx._person(person_token) if person_token is not None else None
        if person is None or person.person is None:
            continue
        k = person.person
        if any(s < ps for s, _ in ctx._mentions(k)):
            return found  # named before: not the one introduced
        if _held_at_named_place(found) and any(c.dep_ == "appos" and c.lower_ in ROLE_WORDS for c in sj.children):
            return found  # "Rosalind X, a parent governor, said" after "The headteacher of Y School"
        gender = ctx._gender(k)
        if noun in FEMALE_NOUNS and gender == "m" or noun in MALE_NOUNS and gender == "f":
            return found
        return person.but(how="nominal", cue=found.cue)
    return found
