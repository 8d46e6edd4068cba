"""Speakers written as names, not as what surrounds a name (issue 13, twenty-third round).

Applied where a quote's speaker is finalised (continuations.py, `_apply`):
- a person's name keeps no post-nominal letters: "Patricia Loughlin JP" is "Patricia
  Loughlin", as titles before a name are dropped;
- a live blog's time stamp is not part of a speaker phrase: "10:15 A parent at the picket"
  is "A parent at the picket";
- an unnamed speaker written as a description ("Organisers said", "Several parents",
  "School business managers have told") names no one: a capital it has only because it
  opens its sentence is written in lower case, so the description does not read as a name.

And, for the pronoun resolution of he/she (salience.py), a one-word "person" that is a
feast or a month ("Easter", "March": entity-model slips) or the first word of an
organisation the article names ("Harrowdene" beside "Harrowdene Valley Learning Trust": a
place) is no one's name: `not_a_name`.
"""
from __future__ import annotations

import re

from nlp.components.quoting.context import Speaker

# Letters written after a name: honours, offices and professional bodies.
POSTNOMINALS = frozenset({
    "jp", "mbe", "obe", "cbe", "kbe", "dbe", "bem", "kc", "qc", "dl", "frs", "frsa", "cvo", "lvo", "mvo", "kcb",
    "gcb", "msp", "mla", "phd",
})
# A live blog's time stamp opening a paragraph: "10:15", "9.30am", "18:07".
TIME_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:am|pm)?:?\s+", re.I)
# Feasts, months and days the entity model may tag as a person.
CALENDAR_WORDS = frozenset({
    "easter", "christmas", "whitsun", "advent", "lent", "diwali", "eid", "ramadan", "hanukkah", "halloween",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})


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
    ps, pe = ctx.paragraphs[q.para_end]
    s0 = ctx.paragraphs[q.para][0]
    text = ctx.text
    for m in re.finditer(re.escape(phrase), text[s0:pe]):
        at = s0 + m.start()
        para = ctx.paragraph_of(at)
        if para is None:
            continue
        lead = TIME_STAMP.sub("", text[ctx.paragraphs[para][0]:at]).rstrip()
        if not lead or lead[-1:] in {".", "!", "?", ":"} and not ctx.in_quote(at):
            return at
    return None


def _description_case(ctx, q, found: Speaker) -> Speaker:
    """"Organisers" -> "organisers": an unnamed speaker's description, capitalised only
    because it opens its sentence, when its first word is a common word (not a name, an
    organisation, a nationality or a place as the entity model reads it)."""
    phrase = found.speaker or ""
    first = phrase.split(" ", 1)[0]
    if not first[:1].isupper() or first.isupper() or found.how != "phrase" or found.person is not None:
        return found
    at = _opens_sentence(ctx, q, phrase)
    if at is None:
        return found
    span = ctx.doc.char_span(at, at + len(first), alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].ent_type_ or span[0].pos_ == "PROPN":
        return found
    return found.but(speaker=first[:1].lower() + phrase[1:])


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
    return _description_case(ctx, q, found)


def not_a_name(doc, person: dict) -> bool:
    """A one-word entry of doc._.people that is a feast, a month or a day, or the first
    word of a longer organisation name in the article (a place: "Harrowdene" of
    "Harrowdene Valley Learning Trust")."""
    words = person["name"].split()
    if len(words) != 1:
        return False
    word = words[0]
    if word.lower() in CALENDAR_WORDS:
        return True
    return any(o["name"].split()[:1] == [word] and len(o["name"].split()) > 1 for o in doc._.orgs or ())
