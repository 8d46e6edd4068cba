"""One body's name the model cut in two, for `newswatch_orgs` (nlp/components/orgs.py),
beside org_defined.defined_names:

- at "for the": "The Catholic Education Service for the Diocese of Caldermere, known as CES,
  said ..." names one body, "CES", when the acronym defined right after it spells the first
  part; the two entities become one name, so the acronym is that name's;
- at "and" after "of" and a place, before a second place: "the Police Federation of England
  and Wales", "the Archbishop of York and Ripon";
- at "and", in a pair of places the text writes more than once, once after "Diocese of",
  "Borough of" ...: "the Diocese of Marwick and Tarne, which has its own trust, the Marwick
  and Tarne Diocesan Academies Trust" names a diocese and a trust, not "Tarne Diocesan
  Academies Trust".
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.components.doc_text import word_positions
from nlp.components.org_defined import acronym_after
from nlp.components.org_initials import abbreviates


def joined_for_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Spans joining "A for the B" (A and B tagged as organisations) when an acronym defined
    right after B spells A's initials ("Catholic Education Service" -> CES)."""
    orgs = sorted((e for e in ents if e.label_ == "ORG"), key=lambda e: e.start)
    out = []
    for a, b in zip(orgs, orgs[1:]):
        if b.start - a.end not in (1, 2):
            continue  # (the gap's length first: the words between two names far apart are never read)
        gap = [t.lower_ for t in doc[a.end:b.start]]
        if gap not in (["for", "the"], ["for"]) or len(a) < 2:
            continue
        found = acronym_after(doc, b.end)
        acronym = doc[found[0]].text if found is not None else ""
        if len(acronym) >= 3 and abbreviates(acronym, a.text):
            out.append(Span(doc, a.start, b.end, label="ORG"))
    return out + _place_pair_names(doc, orgs) + _of_two_places(doc, orgs)


_PLACE_TYPES = {"GPE", "LOC"}


def _of_two_places(doc: Doc, orgs: list[Span]) -> list[Span]:
    """"the Police Federation of England and Wales": a name ending "of" and a place, cut before
    "and" and a second place the model reads as one (a place, then no more capitalised words)."""
    out = []
    for e in orgs:
        k = e.end
        if len(e) >= 3 and doc[k - 2].lower_ == "of" and doc[k - 1].is_title and k + 1 < len(doc) \
                and doc[k].lower_ == "and" and doc[k + 1].ent_type_ in _PLACE_TYPES and doc[k + 1].ent_iob_ == "B" \
                and (k + 2 >= len(doc) or doc[k + 2].ent_iob_ != "I" and not doc[k + 2].is_title):
            out.append(Span(doc, e.start, k + 2, label="ORG"))
    return out


# Words before "of" and a place: "the Diocese of A and B", "the Borough of A and B".
_OF_PLACES = {"diocese", "archdiocese", "bishop", "borough", "county", "city", "district", "isle", "vale"}


def _place_pair_names(doc: Doc, orgs: list[Span]) -> list[Span]:
    """Names widened over "A and B" where the text writes that pair twice or more, once
    after "Diocese of", "Borough of" ... (two places), each side one capitalised word."""
    pairs: dict[tuple[str, str], int] = {}
    after_of = set()
    for i in word_positions(doc).get("and", ()):
        if not 1 <= i < len(doc) - 2:
            continue
        t = doc[i]
        if doc[t.i - 1].is_title and doc[t.i + 1].is_title and doc[t.i - 1].is_alpha:
            pair = (doc[t.i - 1].text, doc[t.i + 1].text)
            pairs[pair] = pairs.get(pair, 0) + 1
            if t.i > 2 and doc[t.i - 2].lower_ == "of" and doc[t.i - 3].lower_ in _OF_PLACES:
                after_of.add(pair)
    places = {p for p in after_of if pairs[p] >= 2}
    out = []
    for e in orgs:
        s, x = e.start, e.end
        if s >= 2 and doc[s - 1].lower_ == "and" and (doc[s - 2].text, doc[s].text) in places:
            out.append(Span(doc, s - 2, x, label="ORG"))  # "Marwick and" + "Tarne Diocesan Academies Trust"
        elif x + 1 < len(doc) and doc[x].lower_ == "and" and (doc[x - 1].text, doc[x + 1].text) in places \
                and len(e) >= 3 and doc[x - 2].lower_ == "of":
            out.append(Span(doc, s, x + 2, label="ORG"))  # "Diocese of Marwick" + "and Tarne"
    return out
