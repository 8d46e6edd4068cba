"""Later mentions of a person, for `newswatch_people`: a bare surname the model missed
("Hart, who has been at the club ..."), and a surname or first name on its own or after a
title ("Mr Richards", "Richards") linked to the one full name mentioned earlier, never to
two people who share it or to a person of the other gender ("Mrs Patel" is not "Mr Anil
Patel"). Pure functions over a Doc and the people found so far.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.components.doc_text import doc_words
from nlp.components.lexicon import FEMALE_NAMES, MALE_NAMES, TITLES
from nlp.components.person_extent import HYPHENS, MISREAD_LABELS, hyphen_start, name_word
from nlp.components.person_names import STRONG_TITLES

# Words of a full name read as an organisation: a first name and a surname, maybe a middle name.
_FULL_NAME_WORDS = (2, 3)

# Roles of someone introduced as another person's relative ("whose daughter Lily X", "His
# son, Tom X"): a title with their shared surname means the other person.
RELATIVE_ROLES = frozenset("son daughter wife husband brother sister grandson granddaughter nephew niece".split())

# A surname shorter than this is not looked for on its own ("Li", "Ng" are too often words).
_MIN_SURNAME_CHARS = 3


def surname_ents(doc: Doc, ents: list[Span]) -> list[Span]:
    """Bare surnames the model missed ("Hart, who has been at the club...") after the full
    name has appeared: capitalised tokens equal to a known person's last name."""
    surnames: dict[str, int] = {}
    whole: dict[str, str] = {}  # last token -> the whole last word ("Ojo" -> "Whitehouse-Ojo")
    for e in ents:
        if e.label_ == "PERSON" and len(e) > 1 and len(e[-1].text) >= _MIN_SURNAME_CHARS:
            surnames.setdefault(e[-1].text, e.start)
            whole.setdefault(e[-1].text, e.text.split()[-1])
    ents = _titled_later(doc, ents)
    if not surnames:
        return ents
    # a one-word ORG/GPE entity that is a known surname is that person ("Malaska asked")
    single = {e.start: e for e in ents if len(e) == 1 and e.label_ in {"ORG", "GPE", "NORP"}
              and e[0].text in surnames and e.start > surnames[e[0].text]}
    # so is an entity of any other label written as a known person's whole surname or name
    # ("Ebrahimi-Ward said", "Marie-Louise Okoro" read as organisations after a first
    # mention tagged as a person)
    written = {}
    for e in ents:
        if e.label_ == "PERSON" and len(e) > 1:
            written.setdefault(e.text, e.start)
            if len(e.text.split()) > 1:
                written.setdefault(e.text.split()[-1], e.start)
    named = {e.start: e for e in ents if len(e) > 1 and e.label_ in MISREAD_LABELS
             and written.get(e.text, e.start) < e.start}
    ents = [e for e in ents if e.start not in single and e.start not in named]
    taken = {i for e in ents for i in range(e.start, e.end)}
    added = [Span(doc, e.start, e.end, label="PERSON") for e in named.values()]
    taken.update(i for e in added for i in range(e.start, e.end))
    for i, word in enumerate(doc_words(doc)):
        first = surnames.get(word)
        if first is None:
            continue
        tok = doc[i]
        if tok.i > first and tok.i not in taken and (tok.pos_ == "PROPN" or tok.i in single):
            start = hyphen_start(doc, tok.i)  # the whole of a double-barrelled surname, when it is one
            if start < tok.i and doc[start:tok.i + 1].text != whole[tok.text] or any(k in taken for k in range(start, tok.i)):
                continue  # "Smith-Jones" is not "Jones"
            added.append(Span(doc, start, tok.i + 1, label="PERSON"))
    return sorted(ents + added, key=lambda e: e.start) if added or single or named else ents


def _titled_later(doc: Doc, ents: list[Span]) -> list[Span]:
    """A full name the entity model read as an organisation or a place ("Catriona MacLeod
    said ...") is a person when the text later names a person by a title and its last word
    ("Ms MacLeod"): two or three name words opening with a known first name (not "Little
    Tarrant" before "Mr Tarrant"), none an organisation's word, the later mention a PERSON
    entity of that one word right after a personal title."""
    titled = {e[0].text: e.start for e in ents if e.label_ == "PERSON" and len(e) == 1 and e.start > 0
              and doc[e.start - 1].lower_ in STRONG_TITLES and doc[e.start - 1].text[:1].isupper()}
    out = []
    for e in ents:
        words = [x for x in e if x.text not in HYPHENS]
        if e.label_ in MISREAD_LABELS and len(e.text.split()) in _FULL_NAME_WORDS and titled.get(e[-1].text, -1) > e.start \
                and all(name_word(x) for x in words) and (e[0].lower_ in MALE_NAMES or e[0].lower_ in FEMALE_NAMES):
            e = Span(doc, e.start, e.end, label="PERSON")
        out.append(e)
    return out


def first_word(name: str) -> str:
    """The first whitespace-separated word of a name, "" for a name with none."""
    words = name.split(maxsplit=1)
    return words[0] if words else ""


def gender(first: str, title: str) -> str | None:
    """"m", "f" or None: from a gendered title word ("Mrs", "Sir") first, else from the
    first name."""
    for word in title.lower().split():
        g = TITLES.get(word)
        if g:
            return g
    first = first.lower()
    if first in MALE_NAMES:
        return "m"
    if first in FEMALE_NAMES:
        return "f"
    return None


def full_name_for(people: list[dict], name: str, title: str) -> int | None:
    """The index in people of the one full name a one-word name belongs to (its last word,
    else its first word); None when nobody or two people have it. A title's gender must not
    contradict the person's. When two people share the surname, "Mr X" is the one known to be
    a man (the other's gender unknown: "Cllr Tasha X" and "Cllr Ray X"), and a title is not
    the one the text introduced as someone's child or spouse ("Kelly X, whose daughter Lily
    X ...", "His son, Tom X"): see `_shared_surname`."""
    said_gender = gender("", title) if title else None
    for pos in (-1, 0):
        cands = [k for k, p in enumerate(people)
                 if len(p["name"].split()) > len(name.split()) and (
                     p["name"].lower().split()[pos] == name.lower()
                     or pos == -1 and p["name"].lower().endswith(" " + name.lower()))  # "de Montfort"
                 and not (said_gender and p["gender"] and p["gender"] != said_gender)]
        if cands:
            return cands[0] if len(cands) == 1 else _shared_surname(people, cands, said_gender if pos == -1 else None)
    return None


def _shared_surname(people: list[dict], cands: list[int], said_gender: str | None) -> int | None:
    """The one of several people sharing a surname that a titled mention ("Mrs X") means:
    of those the title's gender is known to fit, the ones not introduced as a relative; None
    unless exactly one is left."""
    if said_gender is None:
        return None
    known = [k for k in cands if people[k]["gender"] == said_gender] or cands
    left = [k for k in known if not set(re.findall(r"[a-z]+", (people[k]["role"] or "").lower())) & RELATIVE_ROLES]
    return left[0] if len(left) == 1 else None
