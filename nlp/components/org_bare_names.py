"""What a school is to the body that runs it, and a trust named by one bare word that the
model leaves untagged, for `newswatch_orgs` (nlp/components/orgs.py, and org_evidence for
the kind):

- `school_tie_before`: the words before a name say a school in that sentence belongs to it
  or moves to it ("Hawksworth Primary Academy, part of ...", "schools run by ...");
- `bare_trust_names`: "four schools run by Corvane will strike", "The school, which is part
  of Tessaly, said ...": a single capitalised word after such words is the trust's name,
  unless the text shows the word to be something else: a place or a person anywhere in the
  article ("schools in Corvane", "the village of Corvane"), or the first word of a longer
  name ("Corvane Parish Council": then it is that body's short form, left to
  org_short_forms.py).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.components.doc_text import word_positions

# Words before a name that say a school belongs to it or moves to it.
_SCHOOL_TO_BODY = re.compile(
    r"\b(part of|member of|joins?|joined|joining|to join|transfers? to|transferred to|transferring to|"
    r"goes to|going to|moves? to|moved to|handed to|run by|sponsored by|taken over by|"
    r"taken on by|rebrokered to|academy sponsor|sponsor)( the)?$")
# The last words of those cues, where a bare name is looked for after them.
_CUE_ENDS = ("of", "by", "join", "joins", "joined", "joining", "to", "sponsor")
_SCHOOL_END = {"school", "academy", "primary", "college", "infants", "juniors", "high"}
_SCHOOL_WORDS = {"school", "schools", "academy", "academies", "primary", "primaries"}
# Entity types that make a word a person or a building, not a trust's name (the model reads
# most unknown one-word names as places: what the text says of the word decides that).
_NOT_BODY_TYPES = {"FAC", "PERSON", "NORP"}
_PLACE_TYPES = {"GPE", "LOC"}
# Words before a place: "in Corvane", "across Corvane", "the village of Corvane".
_BEFORE_PLACE = {"in", "across", "around", "near", "throughout", "outside", "within"}
_PLACE_NOUNS = {"village", "town", "city", "county", "borough", "area", "district", "parish"}


def before_text(doc: Doc, start: int, n: int = 6) -> str:
    """The lower-cased words before token `start` in its sentence."""
    sent_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    return " ".join(t.lower_ for t in doc[max(sent_start, start - n):start] if not t.is_space)


def _school_before(doc: Doc, start: int) -> bool:
    """A school's name earlier in the sentence ("Hawksworth Primary Academy in Dunsford, part of ...")."""
    sent_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    return any(t.is_title and t.lower_ in _SCHOOL_END or t.lower_ in _SCHOOL_WORDS for t in doc[sent_start:start])


def school_tie_before(doc: Doc, start: int) -> bool:
    """The words before token `start` tie a school named earlier in the sentence to it."""
    return _SCHOOL_TO_BODY.search(before_text(doc, start)) is not None and _school_before(doc, start)


def _bare_word(doc: Doc, i: int) -> bool:
    """doc[i] is a capitalised proper noun standing alone: no capitalised word on either side,
    not opening its sentence."""
    t = doc[i]
    return 0 < i and t.is_title and t.is_alpha and t.pos_ == "PROPN" and not t.is_sent_start \
        and not (i + 1 < len(doc) and doc[i + 1].is_title) and not doc[i - 1].is_title


def _never_otherwise(doc: Doc, word: str, ents: list[Span]) -> bool:
    """The word is never a place or a person in the text, nor the first word of a longer name."""
    if any(e.text.split()[:1] == [word] and (e.label_ in _NOT_BODY_TYPES or len(e) > 1) for e in ents):
        return False  # "Corvane Parish Council", "Corvane Smith"
    return not any(doc[i].text == word and (doc[i].ent_type_ in _NOT_BODY_TYPES
                                            or i > 0 and doc[i - 1].lower_ in _BEFORE_PLACE
                                            or i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _PLACE_NOUNS
                                            or i + 1 < len(doc) and doc[i + 1].is_title)
                   for i in word_positions(doc).get(word.lower(), ()))


def school_tied_word(doc: Doc, i: int, ents: list[Span]) -> bool:
    """Whether the bare word at doc[i] names the body a school of the sentence belongs to."""
    return _bare_word(doc, i) and school_tie_before(doc, i) and _never_otherwise(doc, doc[i].text, ents)


def bare_trust_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """ORG spans for the bare words, untagged or read as places, that name a school's trust
    (see the module doc)."""
    taken = {i for e in ents if e.label_ not in _PLACE_TYPES for i in range(e.start, e.end)}
    positions = word_positions(doc)
    out = []
    for k in sorted({k for cue in _CUE_ENDS for k in positions.get(cue, ())}):
        i = k + 2 if k + 2 < len(doc) and doc[k + 1].lower_ == "the" else k + 1
        if i < len(doc) and i not in taken and school_tied_word(doc, i, ents):
            out.append(Span(doc, i, i + 1, label="ORG"))
            taken.add(i)
    return out
