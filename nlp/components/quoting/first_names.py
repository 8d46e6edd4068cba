"""he/she after someone named by a first name only (issue 13, twenty-eighth round).

Local news names children, and often the people of a feature, by first name only: "Year 11
pupil Jamal, 16, said it had been ‘weird’ ... ‘I just said hello,’ he said"; "Maisie, 9,
gave the new lasagne her approval. ‘It tastes like my gran's,’ she said". The entity model
often misses such a name or reads it as an organisation, so the person list has no entry and
the pronoun goes to the passage's earlier speaker. Read here: in the pronoun's paragraph (or
the paragraph before, when the pronoun's opens with a quote, for a name as the subject of a
speech verb), before it and outside quotes, a capitalised word that is a known first name of the pronoun's
gender, standing alone (no surname after it, no name before it) as the subject of a verb or
set off by a comma after a role ("His mother, Nicola, waves"), with no one of that gender
from the person list mentioned between it and the pronoun. The latest such name is the
speaker, as written.

`first_name_subject(ctx, t, gender)` is called by the pronoun resolver (salience.py).

`first_name_person(ctx, found, before)` is called where a quote's speaker is applied
(continuations.py): a speaker written as one word, a known first name, that is no listed
person (the entity model read it as a body, or missed it) is the one person the text names
in full with that first name before the quote ("Amira, 17, said" after "head girl Amira
Haddad"; UK sets: 16 of 16 such quotes give the full name) (quote round 42).
"""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.lexicon import FEMALE_NAMES, FIRST_NAMES, MALE_NAMES
from nlp.components.quoting.context import _SUBJ_DEPS, Speaker
from nlp.components.quoting.words import is_cue

NAMES_OF = {"f": FEMALE_NAMES, "m": MALE_NAMES}
# Hyphens that join a double-barrelled name, which the tokenizer splits off.
HYPHENS = frozenset({"-", "‐", "‑"})
# How the lone first name stands in its sentence: a verb's subject, or set off after a role.
NAME_DEPS = frozenset({"nsubj", "nsubjpass", "appos"})
# The tag of a verb in -s the parser reads as a plural noun after a name ("Pauline grins.").
MISREAD_VERB_TAG = "NNS"
SENTENCE_ENDS = frozenset({".", "!"})
# The resolver's margin for a speaker it read this way (below the sure tier).
FIRST_NAME_MARGIN = 1.0


def _lone_first_name(x: Token, names: frozenset[str]) -> bool:
    """x is a first name written alone: capitalised, a known name, no name word beside it."""
    if not x.is_title or x.lower_ not in names or x.dep_ not in NAME_DEPS and not _verb_read_as_noun(x):
        return False
    doc = x.doc
    before = doc[x.i - 1] if x.i > 0 else None
    after = doc[x.i + 1] if x.i + 1 < len(doc) else None
    if before is not None and (before.is_title and before.pos_ == "PROPN" or before.text in HYPHENS):
        return False  # (a surname's last part: "Qadir-Lewis")
    return not (after is not None and (after.is_title and after.pos_ == "PROPN" or after.text in HYPHENS))


def _verb_read_as_noun(x: Token) -> bool:
    """"Pauline grins.", "Marcus nods.": a sentence of a name and a verb in -s alone, which the
    parser reads as one noun phrase (the verb a plural noun, its root): the name is the
    verb's subject."""
    head = x.head
    return x.dep_ == "compound" and head.i == x.i + 1 and head.dep_ == "ROOT" and head.tag_ == MISREAD_VERB_TAG \
        and head.i + 1 < len(x.doc) and x.doc[head.i + 1].text in SENTENCE_ENDS and x.i == x.sent.start


def _gendered_people_between(ctx, start: int, end: int, gender: str) -> bool:
    """Someone from the person list, of `gender` or unknown, is mentioned in [start, end)."""
    for person in ctx.doc._.people or ():
        if person.get("gender") not in (None, gender):
            continue
        if any(start <= s < end and not ctx.in_quote(s) for s, _ in person["mentions"]):
            return True
    return False


def lone_first_name(x: Token) -> bool:
    """x is a first name of either gender written alone, as a subject or set off after a
    role ("That is how Marcus, a supply teacher, describes ...")."""
    return _lone_first_name(x, FIRST_NAMES)


def first_name_subject(ctx, t: Token, gender: str) -> Speaker | None:
    """The person named by a lone first name before the pronoun t in its paragraph, or in
    the one before when t's opens with a quote (`passage_start`; see the module's
    docstring), else None."""
    if ctx.paragraph_of(t.idx) is None:
        return None
    start = ctx.passage_start(t.idx)
    names = NAMES_OF[gender]
    found = None
    for x in reversed(ctx.doc[:t.i]):
        if x.idx < start:
            break
        if not ctx.in_quote(x.idx) and _lone_first_name(x, names):
            found = x
            break
    if found is None or _gendered_people_between(ctx, found.idx, t.idx, gender):
        return None
    if found.idx < ctx.paragraphs[ctx.paragraph_of(t.idx)][0] and not (found.dep_ in _SUBJ_DEPS and is_cue(found.head)):
        return None  # from the paragraph before, only someone reported speaking ("That is how Marcus describes it")
    return Speaker(found.text, how="pronoun", margin=FIRST_NAME_MARGIN)


def first_name_person(ctx, found: Speaker, before: int) -> Speaker:
    """`found`, or the one person named in full before `before` whose first name is the
    one word `found` speaks as (see the module's docstring)."""
    words = (found.speaker or "").split()
    if found.person is not None or len(words) != 1 or words[0].lower() not in FIRST_NAMES or not words[0].istitle():
        return found
    people = ctx.doc._.people or ()
    holders = [k for k, person in enumerate(people) if len(person["name"].split()) > 1
               and person["name"].split()[0] == words[0] and any(s < before for s, _ in person["mentions"])]
    if len(holders) != 1:
        return found
    return ctx.person_speaker(holders[0], how="nominal").but(cue=found.cue)
