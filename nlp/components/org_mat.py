""""X MAT" for "X Multi-Academy Trust", for `newswatch_orgs` (nlp/components/orgs.py).

Local papers and union newsletters shorten a multi-academy trust's name to its own words
and the initials of "multi-academy trust": "Brigantia MAT" after (or before) "Brigantia
Multi-Academy Trust", "Holy Rood MAT" (the church's words left out) for "Holy Rood Church
of England Multi-Academy Trust". `mat_names` gives, for every trust the article names in full, the
spans of that short form (tagged or not) with the full name as canonical, and the short
forms it replaces as canonical names of their own.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.components.doc_text import doc_text

_FULL = re.compile(r"^(?P<stem>.+?) multi(-| - | )academy trust$", re.I)
# A church's words at the end of the stem, which the short form may leave out.
_DENOMINATION = re.compile(r" (church of england|c of e|cofe|ce|catholic|roman catholic|anglican|methodist|diocesan)$",
                           re.I)


def mat_names(doc: Doc, ents: list[Span]) -> tuple[dict[str, str], list[Span]]:
    """({"X MAT": "X Multi-Academy Trust"}, spans of "X MAT" carrying the full name)."""
    short_of: dict[str, str] = {}
    for e in ents:
        name = e.kb_id_ or e.text
        hit = _FULL.match(name) if e.label_ == "ORG" else None
        if hit and hit.group("stem")[:1].isupper():
            short_of.setdefault(hit.group("stem") + " MAT", name)
            plain = _DENOMINATION.sub("", hit.group("stem"))
            if plain != hit.group("stem") and plain[:1].isupper():
                short_of.setdefault(plain + " MAT", name)  # "Holy Rood MAT" of Holy Rood Church of England MAT
    if not short_of:
        return {}, []
    text = doc_text(doc)
    spans = []
    for short, full in short_of.items():
        for m in re.finditer(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])", text):
            span = doc.char_span(m.start(), m.end())
            if span is not None:
                spans.append(Span(doc, span.start, span.end, label="ORG", kb_id=full))
    return short_of, spans
