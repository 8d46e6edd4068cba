"""One body's name the model cut in two at "for the", for `newswatch_orgs`
(nlp/components/orgs.py), beside org_defined.defined_names: "The Catholic Education Service for the Diocese of Caldermere,
known as CES, said ..." names one body, "CES", when the acronym defined right after it
spells the first part; the two entities become one name, so the acronym is that name's.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.components.org_defined import abbreviates, after_known_as, is_short_form


def _acronym_after(doc: Doc, k: int) -> str | None:
    """The acronym defined at doc[k:]: "(CES)" or ", (usually) known as CES"."""
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
        return doc[k + 1].text
    if k + 3 < len(doc) and doc[k].text == ",":
        j = after_known_as(doc, k + 1)
        if j != k + 1 and j < len(doc):
            return doc[j].text
    return None


def joined_for_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Spans joining "A for the B" (A and B tagged as organisations) when an acronym defined
    right after B spells A's initials ("Catholic Education Service" -> CES)."""
    orgs = sorted((e for e in ents if e.label_ == "ORG"), key=lambda e: e.start)
    out = []
    for a, b in zip(orgs, orgs[1:]):
        gap = [t.lower_ for t in doc[a.end:b.start]]
        if gap not in (["for", "the"], ["for"]) or len(a) < 2:
            continue
        acronym = _acronym_after(doc, b.end)
        if acronym and is_short_form(acronym) and len(acronym) >= 3 and abbreviates(acronym, a.text):
            out.append(Span(doc, a.start, b.end, label="ORG"))
    return out
