"""Trimming the edges of the model's entities, for `newswatch_orgs` (nlp/components/orgs.py):
`trim_span` takes a leading "the", trailing possessives and punctuation, an unclosed bracket
and a bracketed acronym the name defines off organisation entities; titles, first names and
MP make a person; "Alnwick Library" is not a person; "West Yorkshire Police" read as a place
is a body.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.components.lexicon import FIRST_NAMES, ROLE_HEADS, ROLE_WORDS, TITLES
from nlp.components.org_fragments import federation_of_schools
from nlp.components.org_initials import abbreviates
from nlp.components.org_kinds import says_academy_trust
from nlp.components.org_patterns import _ORG_HEADS, _PATTERN_HEADS, _POSSESSIVE, has_word

# Last words that make any name a body, whatever the model's label: "West Yorkshire Police"
# (read as a place), "Hartigan Crowe LLP" (a building), "Hebden Ghyll CE Primary" (a person).
_SURE_HEADS = {"ltd", "ltd.", "limited", "plc", "llp", "police", "constabulary", "trust", "council", "primary",
               "academy", "school", "fc", "afc", "partnership", "academies"}  # not "Federation": "the Russian Federation"
_ROLE_FOR_NAME = {"fac", "gpe", "loc", "person", "norp"}  # not titles of works: "Stronger Trusts for Every School"


def _surely_body(span: Span) -> Span:
    if span.label_.lower() in _ROLE_FOR_NAME and len(span) > 1 and span[-1].lower_ in _SURE_HEADS \
            and (span[-1].is_title or span[-1].is_upper or span[-1].lower_ in {"plc", "ltd"}) \
            and span[0].text[:1].isupper() \
            or span.label_.lower() in _ROLE_FOR_NAME and len(span) > 2 and span[0].lower_ == "the" \
            and span[-1].lower_ in _SURE_HEADS and span[-1].is_title \
            or span.label_ in {"GPE", "LOC"} and federation_of_schools([t.text for t in span]):
        return Span(span.doc, span.start, span.end, label="ORG")
    if span.label_ != "ORG" and len(span) > 2 and span[-1].is_title and says_academy_trust(span.text) \
            and span[-1].lower_ in {"trust", "company"}:  # "the St Brendan's Catholic Multi-Academy Company"
        return Span(span.doc, span.start, span.end, label="ORG")
    return span


def _after_role(doc: Doc, start: int) -> bool:
    """"said chief executive Imran Saddiq", "its chief executive, Femi Adeyemi,": a name
    after a role is a person's."""
    k = start - 1
    if k > 0 and doc[k].text == ",":
        k -= 1
    return k >= 0 and doc[k].lower_ in ROLE_HEADS and doc[k].is_lower


_ROLE_JOINERS = {"of", "the", "and", "deputy", "vice", "co", "acting", "interim", "-"}


def trim_span(span: Span) -> Span | None:
    """Drop a leading "the" (organisations) and trailing possessives / punctuation;
    None for a span with no word in it (a non-breaking space tagged PERSON)."""
    if not has_word(span.text):
        return None
    span = _surely_body(span)
    doc = span.doc
    start, end = _trim_edges(span)
    if span.label_ == "ORG":
        start, end = _trim_org(span, start, end)
    if start >= end:
        return None
    if span.label_ == "ORG" and not any(ch.isupper() for ch in doc[start:end].text):
        return None  # "the academy trust": a description, resolved in context instead
    if span.label_ == "ORG" and doc[end - 1].is_lower and doc[end - 1].lower_ in _ORG_HEADS:
        return None  # "a Lancashire academy trust", "Bristol trust": a description too
    label = _trimmed_label(span, start, end)
    if (start, end) == (span.start, span.end) and label == span.label:
        return span
    return Span(doc, start, end, label=label, kb_id=span.kb_id)


def _trim_edges(span: Span) -> tuple[int, int]:
    """(start, end) of the span less an unclosed bracket or spaced dash and what follows,
    trailing possessives / punctuation / currency signs ("pays X £4m") and leading spaces."""
    start, end = span.start, span.end
    doc = span.doc
    for k in range(start + 1, end):
        if doc[k].text == "(" and ")" not in doc[k:end].text:
            end = k  # "Department for Education (DfE": the bracket is not part of the name
            break
        if doc[k].text in {"-", "–", "—"} and doc[k - 1].whitespace_ and doc[k].whitespace_:
            end = k  # "Brightwater Education - bid": a spaced dash ends a name
            break
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_space or doc[end - 1].is_currency
                           or doc[end - 1].is_punct and doc[end - 1].text not in ")."):
        end -= 1
    while start < end and doc[start].is_space:
        start += 1
    return start, end


def _trim_org(span: Span, start: int, end: int) -> tuple[int, int]:
    """(start, end) of an ORG less a leading "the", a role before a comma and what follows
    a possessive; with a capitalised number word the model left out put back."""
    doc = span.doc
    while start < end and doc[start].lower_ == "the":
        start += 1
    # "Chair, Lumenstride Trust" (a letter's sign-off): a role before a comma is not
    # part of the name
    for k in range(start + 1, end - 1):
        if doc[k].text == ",":
            if all(t.lower_ in ROLE_WORDS or t.lower_ in _ROLE_JOINERS for t in doc[start:k]):
                start = k + 1
            break
    # "NEU’s Herefordshire": the organisation is before the possessive, unless what
    # follows is itself a name of an organisation ("St Mary's Primary School")
    for k in range(start + 1, end - 1):
        if doc[k].text in _POSSESSIVE and doc[end - 1].lower_ not in _ORG_HEADS:
            end = k
            break
    # "Three Spires Academy Trust": a capitalised number word the model left out
    if start == span.start and start > 0 and doc[start - 1].like_num and doc[start - 1].is_title \
            and doc[start - 1].ent_type_ in {"", "CARDINAL"}:
        start -= 1
    # "Tamber Valley Learning Trust (TVLT)" taken whole: the bracket defines the name's
    # acronym (org_defined reads it after the name), it is no part of the name
    cut = end - _BRACKETED_ACRONYM
    if cut > start and doc[cut].text == "(" and doc[end - 1].text == ")" \
            and doc[cut + 1].text[:1].isupper() and abbreviates(doc[cut + 1].text, doc[start:cut].text):
        end = cut
    return start, end


_BRACKETED_ACRONYM = 3  # tokens of "(TVLT)": the brackets and the one-token acronym


def _trimmed_label(span: Span, start: int, end: int) -> int:
    """The label of the trimmed words doc[start:end]: a person's name tagged ORG, or a
    body's name tagged PERSON, is relabelled."""
    doc = span.doc
    label = span.label
    if 3 <= end - start <= 4 and doc[end - 1].text in {"MP", "MEP", "MSP"} \
            and all(t.is_title and t.is_alpha for t in doc[start:end - 1]):
        label = doc.vocab.strings["PERSON"]  # "Helen Dray MP"
    elif span.label_ == "PERSON" and end - start > 1 and doc[end - 1].lower_ in _ORG_HEADS:
        label = doc.vocab.strings["ORG"]  # "Alnwick Library" is not a person
    elif span.label_ == "ORG" and 2 <= end - start <= 4 and (doc[start].lower_ in TITLES or doc[start].lower_ in ROLE_WORDS
                                                           and end - start == 3 and doc[start + 1].lower_ not in ROLE_WORDS) \
            and doc[start].is_title \
            and all(t.is_title and t.is_alpha or t.text == "." for t in doc[start:end]) \
            and doc[end - 1].lower_ not in _ORG_HEADS | _PATTERN_HEADS and doc[start + 1].lower_ not in _ORG_HEADS:
        label = doc.vocab.strings["PERSON"]  # "Rev Gillian Marsh": a title makes a person
    elif span.label_ == "ORG" and 2 <= end - start <= 3 and (doc[start].lower_ in FIRST_NAMES or _after_role(doc, start)) \
            and all(t.is_title and t.is_alpha for t in doc[start:end]) and doc[end - 1].lower_ not in _ORG_HEADS:
        label = doc.vocab.strings["PERSON"]  # "Becky Harland" is not an organisation
    return label
