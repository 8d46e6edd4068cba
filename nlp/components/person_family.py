"""Names after a family descriptor: "Mother-of-two Leanne Parrish", "father-of-three Callum
McBride", "grandmother of five Edna Pike". British papers introduce parents so, and the entity
model often reads the name after the number as an organisation (or tags nothing). Two or three
capitalised name words right after "<family noun>-of-<number>" (hyphens or spaces) are a
person: the descriptor works as a title does.

`family_people(doc, ents)` returns the entity list with those names labelled PERSON;
`titles_and_ents` (person_names.py) applies it. Pure function over a Doc."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.components.doc_text import doc_lowers
from nlp.components.person_extent import MISREAD_LABELS, name_word

# Nouns of a parent or grandparent written before a name with "-of-<number>", and the
# gender each states (quoting/described.py reads "the mother of two" with them).
FAMILY_GENDER = {"mother": "f", "mum": "f", "mom": "f", "grandmother": "f", "grandma": "f", "nan": "f", "nana": "f",
                 "gran": "f", "granny": "f", "father": "m", "dad": "m", "grandfather": "m", "grandad": "m",
                 "granddad": "m"}
FAMILY_NOUNS = frozenset(FAMILY_GENDER) | {"parent", "grandparent"}
# Name words after the descriptor, at most (a first name and a surname, or one middle name).
_NAME_WORDS_MAX = 3
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve one".split())


def _descriptor_end(doc: Doc, i: int) -> int | None:
    """The token after "<family noun>-of-<number>" starting at token i, or None."""
    if doc[i].lower_ not in FAMILY_NOUNS:
        return None
    k = i + 1
    if k < len(doc) and doc[k].text == "-":
        k += 1
    if k >= len(doc) or doc[k].lower_ != "of":
        return None
    k += 1
    if k < len(doc) and doc[k].text == "-":
        k += 1
    if k >= len(doc) or not (doc[k].lower_ in _NUMBER_WORDS or doc[k].is_digit):
        return None
    return k + 1


def _name_end(doc: Doc, start: int) -> int:
    """The end of the run of capitalised name words (and inner hyphens) from start."""
    k, words = start, 0
    while k < len(doc) and words < _NAME_WORDS_MAX:
        if name_word(doc[k]):
            k, words = k + 1, words + 1
        elif doc[k].text == "-" and k > start and not doc[k - 1].whitespace_ and k + 1 < len(doc) and name_word(doc[k + 1]):
            k += 2  # "Everett-Shah"
        else:
            break
    return k


def family_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """ents with the name after each family descriptor labelled PERSON: entities of a label
    the model misreads names as are replaced; an untagged name is added."""
    out = list(ents)
    for i, word in enumerate(doc_lowers(doc)):
        if word not in FAMILY_NOUNS:
            continue  # _descriptor_end's first test, on the word alone
        start = _descriptor_end(doc, i)
        if start is None or start >= len(doc):
            continue
        end = _name_end(doc, start)
        if not 2 <= len(doc[start:end].text.split()) <= _NAME_WORDS_MAX:
            continue
        clashing = [e for e in out if e.start < end and start < e.end]
        if any(e.label_ not in MISREAD_LABELS | {"PERSON"} or e.start < start or e.end > end for e in clashing):
            continue  # part of something longer, or read as something else: leave it
        out = [e for e in out if not (e.start < end and start < e.end)]
        out.append(Span(doc, start, end, label="PERSON"))
    return sorted(out, key=lambda e: e.start)
