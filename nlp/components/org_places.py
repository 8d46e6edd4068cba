"""Places the model tags as organisations, for `newswatch_orgs` (nlp/components/orgs.py):
"a tribunal sitting in Hallby", "the Hallby area", "five Hallby primaries", "a Hallby academy
trust", "Hallby's academy trusts", "A Hallby man was fined". The article shows the word is a
place: it names a council, a diocese or a court after it ("Hallby Borough Council", "the
Diocese of Hallby"), or the model reads it as a place elsewhere; and every mention reads as
a place, never as a body that acts or speaks. A name with a body's word in it ("Hallby
Learning Trust"), the gazetteer's names, and names another name's short form ("Hallby" of
Hallby Academies) are never dropped here.
"""
from __future__ import annotations

import re
from collections.abc import Container

from spacy.tokens import Doc, Span

from nlp.components.org_kinds import infer_kind

# Prepositions before a place: "sitting in Hallby", "a school near Hallby".
_PLACE_PREPOSITIONS = {"in", "near", "across", "around", "throughout", "outside", "within"}
# Nouns a place name modifies ("the Hallby area", "five Hallby primaries", "a Hallby man").
_PLACE_NOUNS = {
    "area", "areas", "district", "town", "city", "village", "villages", "estate", "estates", "region", "patch",
    "schools", "school", "primaries", "primary", "secondaries", "secondary", "academies", "trusts", "trust",
    "academy", "branch", "man", "woman", "boy", "girl", "family", "families", "parents", "pupils", "children",
    "residents", "people", "head", "headteacher", "headteachers", "teacher", "teachers", "councillor",
    "councillors", "mp", "company", "firm", "businesses", "employers", "community", "communities",
}
# Words after a place that show the article names it as one: "Hallby Borough Council".
_PLACE_BODIES = re.compile(
    r"^(?P<place>.+?) ((city|county|borough|district|town|parish|metropolitan borough|metropolitan district) )?"
    r"council$|^(arch)?diocese of (?P<see>.+)$|^(?P<court>.+?) (magistrates'?|crown|county|family) court$", re.I)
_PLACE_LABELS = {"GPE", "LOC"}
# At most this many words in a place name the model read as a body ("Brackley Moor").
_MAX_PLACE_WORDS = 2


def _named_places(doc: Doc, ents: list[Span]) -> set[str]:
    """Places the article shows as places: before "Council" or a court, after "Diocese
    of", or tagged as a place by the model."""
    out = {e.text for e in doc.ents if e.label_ in _PLACE_LABELS}
    for e in ents:
        if e.label_ != "ORG":
            continue
        for name in {e.text, e.kb_id_}:
            m = _PLACE_BODIES.match(" ".join(name.split()))
            if m is not None:
                out.add(m.group("place") or m.group("see") or m.group("court"))
    return out


def _reads_as_place(doc: Doc, e: Span) -> bool:
    """The mention is a place: after "in", "near" ... (with "the" between or not), or
    before a noun it modifies ("the Hallby area", "Hallby's academy trusts", "five Hallby
    primaries")."""
    k = e.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k >= 0 and doc[k].lower_ in _PLACE_PREPOSITIONS:
        return True
    j = e.end
    if j < len(doc) and doc[j].text in {"'s", "’s"}:
        j += 1
    while j < len(doc) - 1 and doc[j].is_lower and doc[j].pos_ == "ADJ":
        j += 1  # "Hallby's smaller academy trusts"
    if j < len(doc) and doc[j].lower_ == "academy" and j + 1 < len(doc) and doc[j + 1].lower_ in {"trust", "trusts"}:
        return True  # "a Hallby academy trust"
    return j < len(doc) and doc[j].is_lower and doc[j].lower_ in _PLACE_NOUNS


def place_names(doc: Doc, ents: list[Span], known: Container[str]) -> set[str]:
    """Canonical names of ORG spans that are places: a word or two with no body's word in
    it, shown as a place by the article, every mention reading as one."""
    places = _named_places(doc, ents)
    mentions: dict[str, list[Span]] = {}
    for e in ents:
        if e.label_ == "ORG":
            mentions.setdefault(e.kb_id_ or e.text, []).append(e)
    out = set()
    for name, spans in mentions.items():
        words = name.split()
        if name in places and len(words) <= _MAX_PLACE_WORDS and name.lower() not in known \
                and all(w[:1].isupper() and w.isalpha() for w in words) and infer_kind(name) == "other" \
                and all(e.text == name for e in spans) and all(_reads_as_place(doc, e) for e in spans):
            out.add(name)
    return out
