"""Speakers written as names, not as what surrounds a name (issue 13, twenty-third round;
people-list entries that are no one's name: not_names.py).

Applied where a quote's speaker is finalised (continuations.py, `_apply`):
- a person's name keeps no post-nominal letters: "Patricia Loughlin JP" is "Patricia
  Loughlin", as titles before a name are dropped;
- a live blog's time stamp is not part of a speaker phrase: "10:15 A parent at the picket"
  is "A parent at the picket"; nor is a police rank ("Det Con Ryan Hughes" is "Ryan Hughes")
  or a role before a first name ("Year 5 pupil Maisie" is "Maisie");
- an unnamed speaker who "gave her name only as Lisa" is Lisa (named_as.py: `given_name`);
  "the mother-of-two said" is the one person named right after "Mother-of-two" before the
  quote (described.py: `named_by_description`);
- an unnamed group written as a description ("Organisers said", "Several parents",
  "Protesters chanted") names no one: a capital it has only because it opens its sentence
  is written in lower case, so the description does not read as a name (the UK sets give
  a crowd's chant no speaker, PolNeAR writes "Protesters": a description serves both); one
  person described ("One parent") and "Inspectors" keep the case the project's sets write;
  so is a group opened by "every"/"some" ("Every headteacher I know says"), and someone
  described by whose they are ("My grandson asked me", "Her son had called it"), whom the
  UK sets leave unnamed (`""`);
- an unnamed person's description with capitals keeps the "a" written before it ("A Year 10
  parent at Pennock High"), so that it does not read as a name or a title.
"""
from __future__ import annotations

import re

from nlp.components.lexicon import FIRST_NAMES, HONOURS, ROLE_WORDS
from nlp.components.quoting.context import INDEFINITE_DETS, Speaker
from nlp.components.quoting.described import named_by_description
from nlp.components.quoting.documents import INSPECTOR_NOUNS
from nlp.components.quoting.named_as import given_name

# Letters written after a name: honours, offices and professional bodies.
POSTNOMINALS = HONOURS | {"frs", "frsa", "cvo", "lvo", "mvo", "kcb", "gcb", "msp", "mla", "phd"}
# A live blog's time stamp opening a paragraph: "10:15", "9.30am", "18:07".
TIME_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:am|pm)?:?\s+(?:[–—-]\s+)?", re.I)  # ("09:15 – ...")
# Police ranks written before a name, as titles are: "Det Con Ryan Hughes", "PC Amy Lowe".
POLICE_RANK = re.compile(r"^(?:(?:Det(?:ective)?|Chief|Ch)\.?\s+)?(?:Con(?:stable)?|Sgt|Sergeant|Insp(?:ector)?|"
                         r"Supt|Superintendent|DC|DS|DI|DCI|PC|PCSO)\.?\s+(?=[A-Z][a-z]+\s+[A-Z])")
# "Year 5 pupil Maisie": a lower-case role word, then one capitalised word (a role word
# that names a person, or a known first name).
ROLE_THEN_FIRST_NAME = re.compile(r"^.*\b([a-z][a-z-]+)\s+([A-Z][a-z]+)$")
# What a capital opening a sentence follows: its end, a colon, or a dash ("SIR – Every
# headteacher I know says", "14:00 – Pickets at the gate sing").
SENTENCE_OPENERS = frozenset({".", "!", "?", ":", "–", "—"})
# Determiners that make a description a group of people: "Every headteacher I know says",
# "Some staff have described ...".
GROUP_DETERMINERS = frozenset("every each some many several most all".split())
# Possessive determiners that make a description someone the writer or the speaker knows
# and leaves unnamed: "My old boss used to say", "Her son had described school as".
POSSESSIVE_DETERMINERS = frozenset("my your his her our their".split())
# "A Year 10 parent at X said": the indefinite article written before a description, kept
# when the description has capitals, so that it does not read as a name or a title.
_INDEFINITE_BEFORE = re.compile(r"\b(an?|An?)\s+$")
_NOT_ROLES = frozenset({"of", "at", "for", "from", "in", "on", "by", "with", "the", "a", "an", "and", "to"})


def without_postnominals(name: str) -> str:
    """"Patricia Loughlin JP" -> "Patricia Loughlin"; "Dame Ann Hale DBE, QC" -> "Dame Ann Hale".
    A name keeps at least two words; the letters are read in capitals only ("JP", not "Jp")."""
    words = name.replace(",", " ").split()
    while len(words) > 2 and words[-1].rstrip(".").lower() in POSTNOMINALS and words[-1].rstrip(".").isupper():
        words = words[:-1]
    return " ".join(words) if len(words) < len(name.replace(",", " ").split()) else name


def _opens_sentence(ctx, q, phrase: str) -> int | None:
    """Where `phrase` is written at the start of a sentence (or after a time stamp) in the
    quote's paragraph, before the quote or in the text after it; None if not so written."""
    pe = ctx.paragraphs[q.para_end][1]
    s0 = ctx.paragraphs[q.para][0]
    text = ctx.text
    for m in re.finditer(re.escape(phrase), text[s0:pe]):
        at = s0 + m.start()
        para = ctx.paragraph_of(at)
        if para is None:
            continue
        # (after a quote that ended its sentence too: "“Come back!” Several parents laughed.")
        lead = TIME_STAMP.sub("", text[ctx.paragraphs[para][0]:at]).rstrip().rstrip("’”'\"")
        if not lead or lead[-1:] in SENTENCE_OPENERS and not ctx.in_quote(at):
            return at
    return None


def _description_case(ctx, q, found: Speaker) -> Speaker:
    """"Organisers" -> "organisers", "My old boss" -> "my old boss": an unnamed speaker's
    description, capitalised only because it opens its sentence, when its first word is a
    common word (not a name, an organisation, a nationality or a place as the entity model
    reads it) and no other word has a capital."""
    first, *rest = (found.speaker or "").split() or [""]
    phrase = found.speaker or ""
    if not first[:1].isupper() or first.isupper() or found.how != "phrase" or found.person is not None \
            or any(w[:1].isupper() for w in rest):
        return found  # (not "Shopper Doreen Malley": a name the model missed, after its role)
    at = _opens_sentence(ctx, q, phrase)
    if at is None:
        return found
    span = ctx.doc.char_span(at, at + len(first), alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].ent_type_ or span[0].pos_ == "PROPN":
        return found
    # a group ("Several parents", "Organisers"), not one person described ("One parent", a
    # convention the project's own sets keep) nor inspectors (who speak as their inspectorate)
    whole = ctx.doc.char_span(at, at + len(phrase), alignment_mode="expand")
    if whole is None or whole.root.lower_ in INSPECTOR_NOUNS \
            or whole.root.tag_ != "NNS" and first.lower() not in GROUP_DETERMINERS | POSSESSIVE_DETERMINERS:
        return found
    return found.but(speaker=first[:1].lower() + phrase[1:])


def _with_article(ctx, q, found: Speaker) -> Speaker:
    """"teacher at Rudham Academy" -> "A teacher at Rudham Academy": an unnamed person's
    description with capitals in it keeps the "a"/"an" written before it in the quote's
    paragraphs, which says that nobody is named."""
    phrase = found.speaker or ""
    if found.how != "phrase" or found.person is not None or phrase == phrase.lower() \
            or phrase.split()[0].lower() in INDEFINITE_DETS:
        return found
    s0, pe = ctx.paragraphs[q.para][0], ctx.paragraphs[q.para_end][1]
    for m in re.finditer(re.escape(phrase), ctx.text[s0:pe]):
        before = _INDEFINITE_BEFORE.search(ctx.text[max(s0, s0 + m.start() - 4):s0 + m.start()])
        if before is not None and not ctx.in_quote(s0 + m.start()):
            return found.but(speaker=f"{before.group(1)} {phrase}")
    return found


def plain_speaker(ctx, q, found: Speaker) -> Speaker:
    """`found` with its speaker written as a name: no post-nominals, no time stamp, an
    unnamed description in lower case (see the module's docstring)."""
    name = found.speaker
    if not name:
        return found
    if found.how == "phrase" and TIME_STAMP.match(name):
        found = found.but(speaker=TIME_STAMP.sub("", name, count=1))
    elif found.person is not None or found.how in {"name", "titled"}:
        plain = without_postnominals(name)
        if plain != name:
            found = found.but(speaker=plain)
    if found.speaker and POLICE_RANK.match(found.speaker):
        found = found.but(speaker=POLICE_RANK.sub("", found.speaker, count=1))
    role_name = ROLE_THEN_FIRST_NAME.match(found.speaker or "") if found.how == "phrase" else None
    if role_name and role_name.group(1) not in _NOT_ROLES and (role_name.group(1) in ROLE_WORDS
                                                                or role_name.group(2).lower() in FIRST_NAMES):
        return found.but(speaker=role_name.group(2))
    if found.how in {"phrase", "nominal"} and found.person is None:
        found = named_by_description(ctx, q, given_name(ctx, q, found))
    return _with_article(ctx, q, _description_case(ctx, q, found))
