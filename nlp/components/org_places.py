"""Places the model tags as organisations, for `newswatch_orgs` (nlp/components/orgs.py):
"a tribunal sitting in Hallby", "the Hallby area", "five Hallby primaries", "a Hallby academy
trust", "Hallby's academy trusts", "A Hallby man was fined", "a Hallby primary school", "Two
Hallby schools", "Ann Bell, 52, of Mill Lane, Hallby, admitted fraud", "the Hallby-based trust".
Every mention must read as a place, never as a body that acts or speaks. Where a mention only modifies a noun a body's
name could too ("Hallby schools"), the article must show the word is a place: it names a
council, a diocese, a court or a school after it ("Hallby Borough Council", "the Diocese of
Hallby", "Hallby Infant School"), or the model reads it as a place elsewhere; "a"/"an" or a number
word before it shows it too ("a Hallby primary school"). A name with a body's word in it ("Hallby
Learning Trust"), the gazetteer's names, and names another name's short form ("Hallby" of
Hallby Academies) are never dropped here.
"""
from __future__ import annotations

import re
from collections.abc import Container

from spacy.tokens import Doc, Span

from nlp.components.org_kinds import infer_kind
from nlp.components.org_modifiers import org_mentions

# Prepositions before a place: "sitting in Hallby", "a school near Hallby".
_PLACE_PREPOSITIONS = {"in", "near", "across", "around", "throughout", "outside", "within"}
# Nouns after a place name that say it is one: "the Hallby area", "a Hallby man".
_AREA_NOUNS = {"area", "areas", "district", "town", "city", "village", "villages", "estate", "estates", "region",
               "patch", "man", "woman", "boy", "girl", "residents"}
# Nouns a place name may modify, as a body's name may too ("five Hallby primaries", "Hallby
# schools"): a place only where the article shows it is one.
_PLACE_NOUNS = {
    "schools", "school", "primaries", "primary", "secondaries", "secondary", "academies", "trusts", "trust",
    "academy", "branch", "family", "families", "parents", "pupils", "children", "people", "head", "headteacher", "headteachers", "teacher", "teachers", "councillor",
    "councillors", "mp", "company", "firm", "businesses", "employers", "community", "communities",
}
# Words after a place that show the article names it as one: "Hallby Borough Council".
_PLACE_BODIES = re.compile(
    r"^(?P<place>.+?) ((city|county|borough|district|town|parish|metropolitan borough|metropolitan district) )?"
    r"council$|^(arch)?diocese of (?P<see>.+)$|^(?P<court>.+?) (magistrates'?|crown|county|family) court$", re.I)
_PLACE_LABELS = {"GPE", "LOC"}
# Articles before a place that modifies a noun: "a Hallby primary school", "an Ashby firm" (a
# body's name is no kind of thing: "Hallby Learning Trust" is not "a" anything).
_INDEFINITE = {"a", "an"}
# Number words opening "Two Hallby primary schools": a count of things in a place.
_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
# At most this many words of a street or district between "of" and the place in a court
# report's address: "Ann Bell, 52, of Mill Lane, Hallby, admitted fraud".
_MAX_ADDRESS_WORDS = 6
# At most this many words in a place name the model read as a body ("Brackley Moor").
_MAX_PLACE_WORDS = 2


def _named_places(doc: Doc, ents: list[Span]) -> set[str]:
    """Places the article shows as places: before "Council" or a court, after "Diocese
    of", opening a school's name, or tagged as a place by the model."""
    out = {e.text for e in doc.ents if e.label_ in _PLACE_LABELS}
    for e in ents:
        if e.label_ != "ORG":
            continue
        for name in {e.text, e.kb_id_}:
            name = " ".join(name.split())
            m = _PLACE_BODIES.match(name)
            if m is not None:
                out.add(m.group("place") or m.group("see") or m.group("court"))
            words = name.split()
            if len(words) > 1 and infer_kind(name) == "school":  # "Hallby Infant School", "Hallby Moor Academy"
                out.update(" ".join(words[:k]) for k in range(1, min(len(words), _MAX_PLACE_WORDS + 1)))
    return out


def before_based(doc: Doc, k: int) -> bool:
    """"-based" at token `k`: the words before it are a place ("the Hallby-based trust")."""
    return k + 1 < len(doc) and doc[k].text == "-" and doc[k + 1].lower_ == "based"


def _place_cue(doc: Doc, e: Span) -> str | None:
    """How the mention reads as a place: "strong" after "in", "near" ... (with "the" between
    or not) or before "area", "district" ...; "weak" before another noun it modifies ("five
    Hallby primaries", "Hallby's academy trusts", "a Hallby academy trust"); else None."""
    k = e.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k >= 0 and doc[k].lower_ in _PLACE_PREPOSITIONS or _in_address(doc, e.start) or before_based(doc, e.end):
        return "strong"
    indefinite = k >= 0 and doc[k].lower_ in _INDEFINITE or e[0].lower_ in _NUMBER_WORDS
    j = e.end
    if j < len(doc) and doc[j].text in {"'s", "’s"}:
        j += 1
    while j < len(doc) - 1 and doc[j].is_lower and doc[j].pos_ == "ADJ":
        j += 1  # "Hallby's smaller academy trusts"
    if j >= len(doc) or not doc[j].is_lower:
        return None
    if doc[j].lower_ in _AREA_NOUNS:
        return "strong"
    if doc[j].lower_ in _PLACE_NOUNS or doc[j].lower_ == "academy" and j + 1 < len(doc) \
            and doc[j + 1].lower_ in {"trust", "trusts"}:
        return "strong" if indefinite else "weak"
    return None


def _in_address(doc: Doc, start: int) -> bool:
    """A court report's address: "Ann Bell, 52, of Hallby", "... of Mill Lane, Hallby,"."""
    k = start - 1
    while k >= 0 and start - k <= _MAX_ADDRESS_WORDS and doc[k].lower_ != "of":
        if not (doc[k].is_title or doc[k].text == ","):
            return False
        k -= 1
    return k >= 3 and doc[k].lower_ == "of" and doc[k - 1].text == "," and doc[k - 2].like_num \
        and doc[k - 3].text == ","


def place_names(doc: Doc, ents: list[Span], known: Container[str]) -> set[str]:
    """Canonical names of ORG spans that are places: a word or two with no body's word in
    it, every mention reading as a place, and the article showing it is one (or a mention
    saying so plainly: "sitting in Hallby", "the Hallby area", "a Hallby primary school")."""
    places = _named_places(doc, ents)
    mentions = org_mentions(ents)
    out = set()
    for name, spans in mentions.items():
        words = name.split()
        if len(words) > _MAX_PLACE_WORDS or name.lower() in known or infer_kind(name) != "other" \
                or not all(w[:1].isupper() and w.isalpha() for w in words) or name.isupper() \
                or any(e.text != name for e in spans):  # not "NHS" ("in NHS hospitals")
            continue
        cues = [_place_cue(doc, e) for e in spans]
        if None not in cues and (name in places or "strong" in cues):
            out.add(name)
    return out
