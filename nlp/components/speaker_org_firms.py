"""A firm the article names but the organisation list lacks, for `newswatch_speaker_orgs`.

The entity recogniser misses many small firms ("Nexora Digital" taken for a person, "Greenway
Coaches" for nothing), so a firm's manager would get no organisation. Two readings, both only
for a firm's post (speaker_org_roles.is_company_role: "managing director", "operations
manager", "owner"):
- the role phrase names the firm: "Nexora Digital's managing director, X", "Tarnway Coaches
  managing director X", "X, managing director of Nexora Digital", "Corvane's managing
  director" (read on to "Corvane Digital" where the text writes it): a run of capitalised
  words that ends like a firm's name;
- the role phrase names none ("Managing director X said", "The firm's owner, X"): the one
  firm the article names, when it names exactly one.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from nlp.components.doc_text import doc_text
from nlp.components.lexicon import FIRST_NAMES, ROLE_WORDS, TITLES
from nlp.components.speaker_org_mentions import ROLEISH
from nlp.components.speaker_org_names import FIRM_NAME_ENDS, read_on
from nlp.components.speaker_org_roles import is_company_role

# Capitalised words in a row on one line, "&" or "and" between them ("Crust & Crumb Bakery").
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:&|and)[ \t]+)?[A-Z][\w'’-]*)*")
# Words that open a phrase and are not part of a firm's name.
_AND = re.compile(r"\s+and\s+")
_OPENERS = {"the", "its", "a", "an", "their", "our"}
_POSSESSIVE_ENDS = ("'s", "’s", "'", "’")


def is_firm_name(name: str) -> bool:
    """Two or more words, the last a firm's ("Greenway Coaches", "Mercer Holt LLP"), the first
    no first name ("Jo Transport" could be a person's)."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in FIRM_NAME_ENDS and words[0].lower() not in FIRST_NAMES


def _runs(phrase: list[Token]) -> list[str]:
    """The capitalised names in a role phrase, without role words and titles."""
    out, run = [], []
    for t in phrase + [None]:
        word = t is not None and (t.is_title or t.is_upper or t.text == "&") and t.lower_ not in ROLE_WORDS \
            and t.lower_ not in _OPENERS and t.lower_.rstrip(".") not in TITLES
        if word:
            run.append(t.text)
            continue
        if run:
            out.append(" ".join(run))
        run = []
    return out


def _people_names(doc: Doc) -> set[str]:
    return {p["name"] for p in doc._.people or () if p.get("role") or p.get("org")}


def named_firm(doc: Doc, phrases: list[list[Token]]) -> str | None:
    """The firm a firm's post names in its phrase ("Nexora Digital's managing director")."""
    people = _people_names(doc)
    for phrase in phrases:
        if not is_company_role([t.lower_ for t in phrase]):
            continue
        for run in _runs(phrase):
            name = read_on(doc, run.removesuffix("'").removesuffix("’"))
            if is_firm_name(name) and name not in people:
                return name
    return None


def only_firm(doc: Doc) -> str | None:
    """The one firm the article names ("Greenway Coaches", not "Yesterday Greenway Coaches";
    "Tablewise Catering Ltd" where the text also writes "Tablewise Catering"), else None."""
    names = set()
    for m in _CAPITALISED_RUN.finditer(doc_text(doc)):
        words = m.group(0).split()
        while words and words[0].lower() in _OPENERS:
            words = words[1:]
        if words and words[-1].endswith(_POSSESSIVE_ENDS):
            continue  # "Greenway Coaches' drivers": written again without the apostrophe, or not a name
        name = " ".join(words)
        parts = _AND.split(name)
        if len(parts) > 1 and all(is_firm_name(part) for part in parts[:-1]):
            names.update(part for part in parts if is_firm_name(part))  # "Tarrowby Coaches and Pellam Travel"
        elif is_firm_name(name):
            names.add(name)
    shortest = {n for n in names if not any(o != n and n.endswith(" " + o) for o in names)}
    # "Tablewise Catering" and "Tablewise Catering Ltd": one firm, its fuller name
    whole = {n for n in shortest if not any(o.startswith(n + " ") for o in shortest)} - _people_names(doc)
    return whole.pop() if len(whole) == 1 else None


def names_unknown_body(phrase: list[Token]) -> bool:
    """A role phrase that opens with a capitalised name which is not a role word
    ("Tarnway Coaches managing director"): it names a firm, so a company's role must not
    pick another one (a councillor's "Plaid Cymru" is a party: the council is still theirs).
    At the start of a sentence one capital is only the sentence's ("Commercial director
    Phil Garbutt"): two are needed there."""
    head = [t for t in phrase if t.lower_ not in {"the", "its", "a", "an"}]
    caps = 0
    for t in head:
        if not (t.is_title or t.is_upper) or t.lower_ in ROLEISH or t.lower_.rstrip(".") in TITLES:
            break
        caps += 1
    if not caps:
        return False
    return caps >= 2 or head[0].i > head[0].sent.start
