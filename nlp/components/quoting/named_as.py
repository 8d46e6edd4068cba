"""A person described, then named by the name they gave: "A parent dropping off her son, who
gave her name only as Marie, said ...", "One mother, who asked to be identified only as Sarah,
said", "A teaching assistant, known only as Priya, said". The description is the parser's
subject and the name hangs in a clause on it; the speaker is the name (the UK sets annotate
that first name).

`name_given_as(t)` is called by `SpeakerFinder._person_in_subject` (speakers.py). Where the
parse gives no such clause (or the name is untagged), `given_name(ctx, q, found)` reads it
from the text after the speaker's description, when the speaker is finalised (plain_names.py)."""
from __future__ import annotations

import re

from spacy.tokens import Token

from nlp.components.quoting.context import Speaker

# Verbs of a clause that gives the name a person is quoted under ("gave her name as",
# "identified as", "named as", "known as", "called"); "give" only with "name" as its object.
NAMING_LEMMAS = frozenset({"give", "identify", "name", "know", "call"})
# "another parent, who gave her name only as Lisa": the name an unnamed speaker gave.
GIVEN_NAME = re.compile(r"^[^.!?:;“”‘\"]*?,\s*who\s+(?:gave|gives|giving)\s+(?:his|her|their|only\s+(?:his|her|their))\s+"
                        r"(?:first\s+)?name\s+(?:only\s+)?as\s+([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)\b")
GIVEN_NAME_REACH = 100  # characters after the description that may hold that clause


def _names_the_subject(verb: Token) -> bool:
    """The naming verb's clause is about the described person: a participle on the noun
    ("known only as"), or a relative clause whose subject is "who" ("who gave her name as",
    "who asked to be identified as"); not "whose son is known as Alfie"."""
    clause = verb
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "acl":
        return clause.tag_ == "VBN"
    return clause.dep_ == "relcl" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "who" for c in clause.children)


def name_given_as(t: Token) -> Token | None:
    """The PERSON token after "as" in a naming clause on the subject t (a common noun, the
    clause maybe hung on a noun of its phrase: "A parent at the gate, who gave ..."), or None."""
    if t.pos_ not in {"NOUN", "PRON"} or t.ent_type_:
        return None
    for x in t.subtree:
        if x.lower_ != "as" or x.dep_ != "prep" or x.head.lemma_ not in NAMING_LEMMAS or not _names_the_subject(x.head):
            continue
        if x.head.lemma_ == "give" and not any(c.dep_ == "dobj" and c.lower_ == "name" for c in x.head.children):
            continue
        name = next((c for c in x.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"), None)
        if name is not None:
            return name
    return None


def given_name(ctx, q, found: Speaker) -> Speaker:
    """"Another parent, who gave her name only as Lisa, said": Lisa. The description must
    be written in the quote's sentence or the one before, in its paragraph."""
    phrase = found.speaker or ""
    ps = ctx.paragraphs[q.para][0]
    for m in re.finditer(re.escape(phrase), ctx.text[ps:q.start], re.I):
        named = GIVEN_NAME.search(ctx.text[ps + m.end():min(q.start, ps + m.end() + GIVEN_NAME_REACH)])
        if named is not None:
            return found.but(speaker=named.group(1))
    return found
