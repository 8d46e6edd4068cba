"""The name a speaker's organisation is given, for `newswatch_speaker_orgs`.

- An "organisation" that is the speaker's own name ("Imogen Hartley-Vance" as the body of
  Imogen Hartley-Vance, "Anjali" for Anjali Desai-Milne) is an entity recogniser's slip: no
  organisation. A body speaking for itself ("Corvane Digital" said) keeps its name.
- A cut name ("Clearview" for Clearview Site Services Ltd, "Northshire" for Northshire
  County Council, "St Oswald" for St Oswald's CE Primary) becomes the one full name the
  article gives that starts with it (or, for a name of two words or more, ends with it:
  "Employment Tribunal" for Eastmarch Employment Tribunal); with two or more such names it
  is left as it is.
"""
from __future__ import annotations

from spacy.tokens import Doc

from nlp.components.lexicon import FEMALE_NAMES, MALE_NAMES


def names_person(org: str, speaker: str) -> bool:
    """An organisation that is the speaker's own name or part of it."""
    words = org.lower().split()
    return bool(words) and set(words) <= set(speaker.lower().split())


def is_own_name(doc: Doc, org: str | None, speaker: str | None, listed_person: bool) -> bool:
    """`org` names the speaker, and the speaker is a person: one the people component
    listed, or a name that opens with a known first name ("Sarah Hartley-Vance") and is no
    body of a known kind ("Stanley Bright LLP", a company); not a body quoted by its own
    name ("Corvane Digital")."""
    if not org or not speaker or not names_person(org, speaker):
        return False
    if listed_person:
        return True
    if any(o["name"].lower() == speaker.lower() and o["kind"] != "other" for o in doc._.orgs or ()):
        return False
    return len(speaker.split()) > 1 and speaker.split()[0].lower() in MALE_NAMES | FEMALE_NAMES


def full_name(doc: Doc, name: str) -> str:
    """The one organisation of the article whose name starts with `name` and goes on
    ("Clearview" -> "Clearview Site Services Ltd"), else `name`."""
    low = name.lower()
    longer = {o["name"] for o in doc._.orgs or ()
              if o["name"].lower().startswith((low + " ", low + "'s ", low + "’s "))}
    if not longer and len(low.split()) > 1:
        # "Employment Tribunal" for Eastmarch Employment Tribunal
        longer = {o["name"] for o in doc._.orgs or () if o["name"].lower().endswith(" " + low)
                  and _place_words(o["name"][:-len(name)].split())}
    return longer.pop() if len(longer) == 1 else name


def _place_words(words: list[str]) -> bool:
    """One or two capitalised words: a place before a body's name ("Eastmarch"), not a
    longer name of which this is the end ("Upper Marsham and", "Marlowe Build Ltd for")."""
    return 0 < len(words) <= 2 and all(w[:1].isupper() for w in words)
