"""One name per body: short forms the short-form rules of org_spans.py leave out, for
`newswatch_orgs` (nlp/components/orgs.py); "The trust, known as X" is in org_known_as.py.

- `first_company_of`: a short form shared only by companies ("Kestrel" of Kestrel Catering
  Group plc and of its subsidiary Kestrel Catering Services Ltd) names the company the
  article gives first; a short form shared by a trust and its school is left to the rules
  that read what follows it (org_spans.py).
- `company_not_place`: the model's place label on a company's short form ("helping
  Tollgate workers", "hold Platewell to them") is the company, unless a place word comes
  before it ("in", "across", ...: checked by the caller).
- `person_surnames`: surnames of people the article names in full ("Mercer" of "Joan
  Mercer"): a one-word short form that is one of them is left alone.
"""
from __future__ import annotations

from spacy.tokens import Span

from nlp.components.org_kinds import infer_kind


def first_company_of(names_of: dict[str, set[str]], ents: list[Span]) -> None:
    """Short forms shared only by companies keep the company named first in the text
    (`names_of`, {short form: full names}, is changed in place)."""
    order: dict[str, int] = {}
    for e in ents:
        if e.label_ == "ORG":
            order.setdefault(e.kb_id_ or e.text, e.start)
    for short, names in names_of.items():
        if len(names) > 1 and all(infer_kind(n) == "company" for n in names):
            first = min(names, key=lambda n: order.get(n, len(order) + 1))
            names.intersection_update({first})


def company_not_place(doc, i: int, canonical: str) -> bool:
    """Whether a short form at doc[i] the model read as a place is the company `canonical`
    (a company's short name is seldom a place's; the place words before it are checked by
    the caller)."""
    return infer_kind(canonical) == "company" and doc[i].is_title


def person_surnames(ents: list[Span]) -> set[str]:
    """Last words of people named with at least two words ("Joan Mercer" -> "Mercer")."""
    return {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].is_title}
