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

from nlp.components.lexicon import POSSESSIVE_S, ROLE_HEADS
from nlp.components.orgs import org_for_span
from nlp.components.quoting.context import _SUBJ_DEPS, Speaker, body_index, org_reference, tokens_in
from nlp.components.quoting.sentences import sentence_end
from nlp.components.quoting.role_holders import ROLE_SYNONYMS
from nlp.components.quoting.words import FEMALE_NOUNS, MALE_NOUNS

# Words before the description that make it one person not yet named ("one Tarnside mum").
_OPENERS = frozenset({"a", "an", "one", "their", "his", "her", "its"})
# Words that open a later phrase for someone new, not the lede's one ("another parent").
NEW_ONE_OPENERS = frozenset({"a", "an", "one", "another", "some"})
# Nouns of an unnamed body an opening paragraph may describe before naming it, and the
# kinds of organisation (nlp/kinds.py) each can be.
BODY_NOUNS = {**dict.fromkeys("group campaign charity association network coalition alliance forum".split(), {"other"}),
              "union": {"union"}, "firm": {"company", "other"}, "company": {"company", "other"}}
# Capitalised words (a place's name) that may open the description before its lower-case
# words: "one Dunsby Cross mum".
PLACE_WORDS_MAX = 3
# How many paragraphs after the lede's next one may name the holder of the lede's role.
ROLE_LATER_PARAGRAPHS = 3
# Lower-case words a role noun may follow in the lede's description ("The retiring
# headteacher of ...", "The long-serving deputy head of ...").
MODIFIERS_MAX = 2


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
    return before.lower_ == "the" or before.text in POSSESSIVE_S and owner is not None \
        and (owner.ent_type_ == "ORG" or org_reference(owner))


def _role_of_one(ctx, limit: int, found: Speaker, start: int) -> str | None:
    """The role noun of "The headteacher of a Dunscar primary school has accused ...": one
    unnamed person, the holder of a role at a place or body written with "a"/"an"; also a
    role at a body the lede names ("The retiring headteacher of Colley Moor High School",
    "The chair of governors at Thornleigh Primary School"): a role noun (after lower-case
    modifiers only) after "the", then "of"/"at" and "a"/"an" or a capitalised name."""
    words = (found.speaker or "").split()
    if len(words) >= 3 and words[1] == "of" and words[2].lower() in {"a", "an"}:
        r = 0  # "the mother of a pupil": any noun before "of a"
    else:
        r = next((k for k, w in enumerate(words[:MODIFIERS_MAX + 1]) if w in ROLE_HEADS), None)
    if r is None or r + 2 >= len(words) or not all(w.islower() for w in words[:r + 1]):
        return None
    rest = words[r + 1:]
    if rest[0] == "of" and rest[1] == "governors" and len(rest) > 3:
        rest = rest[2:]  # "chair of governors at X": the role's own "of"
    if rest[0] not in {"of", "at"} or not (rest[1].lower() in {"a", "an"} or rest[1][:1].isupper() and r + 2 < len(words)):
        return None
    for x in tokens_in(ctx.doc, start, limit):
        first = x.i - r
        if x.text == words[r] and x.tag_ == "NN" and first > 0 and x.i < len(ctx.doc) - 2 \
                and ctx.doc[first - 1].lower_ == "the" and ctx.doc[first:x.i].text.split() == words[:r] \
                and not ctx.in_quote(x.idx):
            return x.lower_
    return None


def _described_one(ctx, limit: int, found: Speaker, start: int | None = None) -> str | None:
    """The description's head noun (lower case) when the opening paragraph (or the text from
    `start`) writes the speaker as one unnamed person: "A former school business manager",
    "their former chair", "The council's director of education", "The headteacher of a
    Dunscar primary school"."""
    start = ctx.paragraphs[body_index(ctx)][0] if start is None else start
    role = _role_of_one(ctx, limit, found, start)
    if role is not None:
        return role
    words = (found.speaker or "").split()
    if words and words[0].lower() in _OPENERS:
        words = words[1:]  # "their former chair": the phrase as written
    # (a place's name may open it: "a Coldharbour mother", "one Dunsby Cross mum")
    place = next((k for k, w in enumerate(words) if not w[:1].isupper()), len(words))
    if not words or place > PLACE_WORDS_MAX or any(w[:1].isupper() for w in words[max(place, 1):]):
        return None
    phrase = " ".join(words).lower()
    for x in tokens_in(ctx.doc, start, limit):
        end = x.idx + len(x.text)
        if x.text != words[-1] or x.tag_ != "NN" or ctx.in_quote(x.idx) or ctx.text[end - len(phrase):end].lower() != phrase:
            continue
        first = next((y for y in reversed(ctx.doc[max(0, x.i - len(phrase)):x.i + 1]) if y.idx == end - len(phrase)), None)
        if first is not None and _opens_description(ctx, first, x):
            return x.lower_
    return None


def _bare_or_definite(found: Speaker) -> bool:
    """The phrase is bare or definite ("headteacher", "the chair", "their chair"), not one
    that introduces someone ("a parent", "one mother", "another governor")."""
    words = (found.speaker or "").lower().split()
    return bool(words) and words[0] not in NEW_ONE_OPENERS


def _other_role(ctx, k: int, noun: str, found: Speaker) -> bool:
    """The lede's role is at a body it names ("The headteacher of Fellbrook Primary") and the
    person named next holds a role of another noun ("Jo Bell, a parent governor"): someone else."""
    words = (found.speaker or "").split()
    if not any(w[:1].isupper() for w in words):
        return False
    role = re.findall(r"[\w-]+", ((ctx.doc._.people or ())[k]["role"] or "").lower())
    same = ROLE_SYNONYMS.get(noun, set()) | {noun}  # "A Kendal headteacher" then "Jo Bell, head of X"
    return any(w in ROLE_HEADS for w in role) and not same & set(role)


def lead_person(ctx, q, found: Speaker) -> Speaker:
    """`found`, or the person the next paragraph names when q opens the article's body
    with a quote of one unnamed person (see the module's docstring); also when a later
    quote's speaker is that description found again ("the headteacher said")."""
    body = body_index(ctx)
    if found.person is not None or body + 1 >= len(ctx.paragraphs):
        return found
    if q.para == body and found.how == "phrase" and (org := _lead_body(ctx, q, found)) is not None:
        return org  # "A parents' group has warned ..." then "X Parent Voice says ..."
    named_in = body + 1  # the paragraph that names the one described
    if q.para == body and found.how == "phrase":
        noun = _described_one(ctx, q.segments[0].open, found)
        if noun is None and q.para_end == body and body + 2 < len(ctx.paragraphs):
            # "“...”" / "Those were the words of a Kelsby mother as ..." / "Jo Bell, 38, ...":
            # the description follows the opening quote, the name the paragraph after it
            noun = _described_one(ctx, ctx.paragraphs[body + 1][1], found, start=ctx.paragraphs[body + 1][0])
            named_in = body + 2
    elif q.para > body + 1 and (found.how == "nominal" or found.how == "phrase" and _bare_or_definite(found)):
        # "the headteacher said" later, the noun's earlier mention being the lede's description
        # (also the role the attribution read off the lede: "the post continued" after "A
        # headteacher's post ..."; a role one person holds, not "parent", of whom there are many)
        noun = _described_one(ctx, ctx.paragraphs[body][1], found)
        if found.how == "phrase" and noun not in ROLE_HEADS:
            return found
    else:
        return found
    if noun is None:
        return found
    ps, pe = ctx.paragraphs[named_in]
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
        gender = ctx._gender(k)
        if noun in FEMALE_NOUNS and gender == "m" or noun in MALE_NOUNS and gender == "f":
            return found
        if _other_role(ctx, k, noun, found):
            return found  # "The headteacher of X School ..." then "Jo Bell, a parent governor, said"
        return person.but(how="nominal", cue=found.cue, speaker_org=person.speaker_org or found.speaker_org)
    return _role_named_later(ctx, noun, found, named_in) if noun in ROLE_HEADS else found


def _role_named_later(ctx, noun: str, found: Speaker, named_in: int) -> Speaker:
    """"what their chair calls a ‘takeover’" then, a paragraph or two on, "chair of
    governors Robert Ainsworth wrote": the first person named within ROLE_LATER_PARAGRAPHS
    after the lede, not before it, whose role holds the description's role noun."""
    people = ctx.doc._.people or ()
    ps = ctx.paragraphs[named_in][0]
    pe = ctx.paragraphs[min(named_in + ROLE_LATER_PARAGRAPHS, len(ctx.paragraphs)) - 1][1]
    same = ROLE_SYNONYMS.get(noun, set()) | {noun}
    holders = []
    for k, person in enumerate(people):
        starts = [s for s, _ in ctx._mentions(k)]
        if starts and ps <= min(starts) < pe and same & set(re.findall(r"[\w-]+", (person["role"] or "").lower())):
            holders.append((min(starts), k))
    if not holders:
        return found
    k = min(holders)[1]
    gender = ctx._gender(k)
    if noun in FEMALE_NOUNS and gender == "m" or noun in MALE_NOUNS and gender == "f":
        return found
    person = ctx.person_speaker(k)
    return person.but(how="nominal", cue=found.cue, speaker_org=person.speaker_org or found.speaker_org)


def _lead_body(ctx, q, found: Speaker) -> Speaker | None:
    """"A parents' group has warned that ... ‘...’" then "East Halland SEND Parent Voice says
    ...": an unnamed body written with "a"/"an" as the subject of the opening paragraph's
    quote, and the next paragraph's first main clause has as its subject an organisation
    not named before it: that organisation (kind `nominal`)."""
    words = (found.speaker or "").lower().split()
    if not words or words[-1] not in BODY_NOUNS:
        return None
    body = body_index(ctx)
    described = [x for x in tokens_in(ctx.doc, ctx.paragraphs[body][0], q.segments[0].open)
                 if x.lower_ == words[-1] and x.dep_ in _SUBJ_DEPS and not ctx.in_quote(x.idx)
                 and x.left_edge.lower_ in {"a", "an"}]  # ("A parents' group": the article on "parents")
    if len(described) != 1:
        return None
    ps, pe = ctx.paragraphs[body + 1]
    first = [x for x in tokens_in(ctx.doc, ps, sentence_end(ctx.text, ps, pe)) if not ctx.in_quote(x.idx)]
    for sj in (c for r in first if r.dep_ == "ROOT" for c in r.children if c.dep_ in _SUBJ_DEPS):
        if ctx._person_in_subject(sj, ps, pe, sj.head.i) is not None:
            return None  # "Jo Bell, the NEU's secretary, said": a person leads, not the body
        named = ctx._org_subject(sj, ps, pe)
        if named is None:
            continue
        hit = org_for_span(ctx.doc, sj.idx, sj.idx + len(sj))
        if hit is None or hit["kind"] not in BODY_NOUNS[words[-1]] or any(s < ps for s, _ in hit["mentions"]):
            return None  # another kind of body, or named before: not the one the lede introduces
        return named.but(how="nominal", cue=found.cue)
    return None
