"""Entities that hold two names, split before the organisation rules run (for
`newswatch_orgs`, nlp/components/orgs.py):

- a body's name, a possessive and another body's name: "Thornbury Multi Academy Trust's
  Linnet Hill School" is the trust and its school; "St Mary's Primary School" stays whole
  (what comes before the possessive names no body);
- a person "of" a body: "Tobias Fenn of Marlow Brook Education Trust" (read as one
  organisation) and "Femi Adebanjo of Elvanta" (read as one person) are a person and a
  body; "Marcus Tennent of" is the person;
- two schools joined by "and": "Westgate Primary and Moorside Academy".
- a union "at" a body: "the GMB at Marlow Learning Partnership" is the union and the employer;
- a body's old and new names in "From A to B" (a headline of a change): "From Fenby Primary
  Partnership to Quorn: ten years of a trust" names two.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.components.lexicon import FIRST_NAMES, POSSESSIVE_S, TITLES
from nlp.components.org_fragments import SOFT_HEADS
from nlp.components.org_kinds import infer_kind
from nlp.components.org_patterns import _ORG_HEADS, SAINTS

# Last words of the part before a possessive that make it a body's name ("... Trust's",
# "Stannard Learning's"), as in org_patterns' heads plus the soft heads of trusts' names.
_OWNER_HEADS = (_ORG_HEADS | SOFT_HEADS) - {"church", "club"}
# Words that end the name of what a body owns or runs: a school, an academy, a college.
_OWNED_HEADS = {"school", "academy", "college", "primary", "infants", "juniors", "nursery"}
# First words of names of the form "X of Y" that are not people: "Our Lady of ...",
# "Friends of ...", "Diocese of ...".
_NOT_PERSON_FIRSTS = {"our", "st", "saint", "saints", "sts", "holy", "blessed", "sacred", "christ", "friends", "diocese", "bishop",
                      "church", "bank", "university", "duke", "duchess", "society", "association", "sisters",
                      "brothers", "daughters", "sons", "children", "federation", "council", "city", "county",
                      "college", "institute", "school", "academy", "board", "office", "department"}


def split_joined(span: Span) -> list[Span]:
    """The one, two or zero-changed spans for an entity (see the module doc)."""
    parts = _split_possessive(span)
    if parts is not None:
        return parts
    parts = _split_person_of(span) or _split_list_end(span) or _split_two_schools(span) or _split_union_at(span) \
        or _split_from_to(span)
    return parts if parts is not None else [span]


# Words that end a school's name ("Westgate Primary", "Castlegate Grammar"), and words of a
# school's sort that may open the second half of one name ("Kingsbury Primary and Nursery
# School", "Ashby Junior and Infant School", "Holm Primary and Community School").
_SCHOOL_ENDS = _OWNED_HEADS | {"grammar", "infant", "junior", "high"}
_SCHOOL_SORTS = _SCHOOL_ENDS | {"community", "church", "ce", "cofe", "catholic", "special", "secondary", "middle",
                                "first"}


def _split_two_schools(span: Span) -> list[Span] | None:
    """"Westgate Primary and Moorside Academy", "Larkspur Primary School and Eastgate Infants":
    two schools' names joined by "and", each ending in a school's word and the second opening
    with its own name (not "... Primary and Nursery School", one school)."""
    doc = span.doc
    ands = [t.i for t in span if t.lower_ == "and"]
    if span.label_ != "ORG" or len(ands) != 1:
        return None
    left, right = doc[span.start:ands[0]], doc[ands[0] + 1:span.end]
    if len(left) >= 2 and len(right) >= 2 and left[-1].lower_ in _SCHOOL_ENDS and right[-1].lower_ in _SCHOOL_ENDS \
            and left[-1].is_title and right[0].is_title and right[0].lower_ not in _SCHOOL_SORTS:
        return [Span(doc, left.start, left.end, label="ORG"), Span(doc, right.start, right.end, label="ORG")]
    return None


def _split_union_at(span: Span) -> list[Span] | None:
    """"the GMB at Marlow Learning Partnership": a union's members at their employer, two
    bodies (the union's branch there is no body of its own)."""
    doc = span.doc
    ats = [t.i for t in span if t.lower_ == "at"]
    if span.label_ != "ORG" or len(ats) != 1:
        return None
    union, employer = doc[span.start:ats[0]], doc[ats[0] + 1:span.end]
    if not len(union) or len(employer) < 2 or infer_kind(union.text) != "union" or not employer[0].is_title \
            or employer[-1].lower_ not in _ORG_HEADS | SOFT_HEADS:
        return None
    return [Span(doc, union.start, union.end, label="ORG"), Span(doc, employer.start, employer.end, label="ORG")]


# "A, B, C and D Trust": the last "and" of a list of three or more names (two commas before
# it) ends the list; after one comma "Tamar and Tavy Learning Trust" may be one name.
# Chosen by reasoning about UK style (no serial comma), not tuned on a set.
MIN_COMMAS_BEFORE = 2


def _split_list_end(span: Span) -> list[Span] | None:
    """"trusts including A, B, Zephyra and Moorgate Academy Trust": the last "and" of a list
    of names ends the list; "Tamar and Tavy Learning Trust" alone, or after one name, is
    one name."""
    doc = span.doc
    if span.label_ != "ORG" or span.start == 0 or doc[span.start - 1].text != ",":
        return None
    sent = doc[span.start].sent
    commas = sum(t.text == "," for t in doc[sent.start:span.start])
    ands = [t.i for t in span if t.lower_ == "and"]  # not "&": "Moore & Van Allen" is one firm
    # "A, B and C Trust each have two nominations": "each" or "all" after two names and a
    # comma counts three
    plural = commas == 1 and span.end < len(doc) and doc[span.end].lower_ in {"each", "all"}
    if commas < MIN_COMMAS_BEFORE and not plural or len(ands) != 1:
        return None
    k = ands[0]
    left, right = doc[span.start:k], doc[k + 1:span.end]
    if not (1 <= len(left) <= 3 and len(right) >= 2 and all(t.is_title for t in left) and right[0].is_title
            and right[-1].lower_ in _ORG_HEADS | SOFT_HEADS) or left[0].lower_ in SAINTS:
        # "..., Saints Cosmas and Damian Catholic Academy Trust": two saints, one name
        return None
    return [Span(doc, left.start, left.end, label="ORG"), Span(doc, right.start, right.end, label="ORG")]


def _split_possessive(span: Span) -> list[Span] | None:
    if span.label_ != "ORG":
        return None
    doc = span.doc
    for k in range(span.start + 1, span.end - 2):
        if doc[k].text not in POSSESSIVE_S:
            continue
        owner, owned = doc[span.start:k], doc[k + 1:span.end]
        if owner[-1].lower_ in _OWNER_HEADS and owner[-1].is_title and len(owner) >= 2 \
                and owned[0].is_title and owned[-1].lower_ in _OWNED_HEADS and len(owned) >= 2:
            return [Span(doc, owner.start, owner.end, label="ORG"), Span(doc, owned.start, owned.end, label="ORG")]
        return None
    return None


def _person_words(doc: Doc, start: int, end: int) -> bool:
    words = doc[start:end]
    return 2 <= len(words) <= 3 and all(t.is_title and t.is_alpha or t.text == "-" for t in words) \
        and words[0].lower_ not in _NOT_PERSON_FIRSTS \
        and not any(t.lower_ in _ORG_HEADS or t.lower_ in SOFT_HEADS for t in words)


def _split_person_of(span: Span) -> list[Span] | None:
    doc = span.doc
    if span.label_ not in {"ORG", "PERSON"}:
        return None
    ofs = [t.i for t in span if t.lower_ == "of"]
    if len(ofs) != 1:
        return None
    k = ofs[0]
    start = span.start + 1 if doc[span.start].lower_ in TITLES else span.start
    if not _person_words(doc, start, k):
        return None
    person = Span(doc, start, k, label="PERSON")
    rest = doc[k + 1:span.end]
    if not len(rest):
        return [person]  # "Marcus Tennent of": the model stopped at "of"
    if not rest[0].is_title:
        return None
    # what follows "of" is a whole body's name ("... Marlow Brook Education Trust")
    if rest[-1].lower_ in _ORG_HEADS | SOFT_HEADS and len(rest) >= 2:
        return [person, Span(doc, rest.start, rest.end, label="ORG")]
    if span.label_ == "PERSON" or doc[start].lower_ in FIRST_NAMES:
        return [person]  # "of Elvanta" may be a place: left to the other rules
    return None


def _split_from_to(span: Span) -> list[Span] | None:
    """"From Fenby Primary Partnership to Quorn": after "From", a name ending in a body's word,
    "to" and a capitalised name are two names (see the module doc)."""
    doc = span.doc
    tos = [t.i for t in span if t.lower_ == "to"]
    if span.label_ != "ORG" or len(tos) != 1 or span.start == 0 or doc[span.start - 1].lower_ != "from":
        return None
    k = tos[0]
    if k == span.start or k + 1 >= span.end or doc[k - 1].lower_ not in _OWNER_HEADS or not doc[k + 1].is_title:
        return None
    return [Span(doc, span.start, k, label="ORG"), Span(doc, k + 1, span.end, label="ORG")]
