"""Two bodies' names the model ran together over "and", for `split_coordinated`
(nlp/components/org_spans.py), decided by the structure of each conjunct and what the text
says of them:

- "A Education and B Schools Partnership are to ...": each side a complete name with its own
  head word ("Education", "Learning" on the left), and the text treats them as two (a plural
  verb or "both" after, a list of bodies before, or the left name used alone elsewhere:
  "A, which runs ...");
- "Tidewell and Calder Estuary Academy Trust": a bare name beside a complete body's name is
  two bodies only when the text says both (a plural cue, and the bare name used alone
  elsewhere: "Tidewell's chief executive"); "Pellbridge and Wrenfold Schools Trust, which
  despite its name is a single organisation" and "X and District Learning Trust" stay whole;
- "the Hurst and Collingwood Academies": a plural head shared by two names the text gives
  in full ("Hurst Academy", "Collingwood Academy") names those two bodies, not a third:
  "Hurst" and "Collingwood Academies" become uses of the two full names.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.components.doc_text import doc_text
from nlp.components.org_fragments import BODY_HEADS, GENERIC, SOFT_HEADS

# Heads of a name that say a body but not which sort, allowed to end the left conjunct.
_LEFT_SOFT_HEADS = frozenset({"education", "learning"})
# Words right after a run of names that make it the subject of a plural verb or a pair.
_PLURAL_AFTER = frozenset({"are", "were", "have", "both", "each", "together", "jointly"})
# Words right before a name that open a list or a pair of bodies.
_LIST_BEFORE = frozenset({"including", "namely", "between", "like"})
# Plural heads and their singular, for a head two names share.
_SINGULAR = {"academies": "academy", "schools": "school", "colleges": "college", "trusts": "trust"}
# Prepositions before a place's name: "schools in Tidewell" is the town, not the body.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "of", "from", "to", "near", "around", "across"})


def _plural_cue(doc: Doc, span: Span) -> bool:
    """The text treats the run of names as two bodies: a plural verb or "both" after it, or
    a list's or a pair's word before it ("trusts including", "between")."""
    k = span.end
    if k < len(doc) and (doc[k].lower_ in _PLURAL_AFTER or doc[k].tag_ == "VBP"):
        return True
    b = span.start - 1
    if b >= 0 and doc[b].lower_ == "the":
        b -= 1
    if b >= 1 and (doc[b].lower_, doc[b - 1].lower_) in {("as", "such"), ("them", "among")}:
        return True  # "trusts such as A and B", "several trusts, among them A and B"
    if b >= 0 and doc[b].text == "," and b >= 2 and (doc[b - 1].lower_, doc[b - 2].lower_) == ("them", "among"):
        return True
    return b >= 0 and doc[b].lower_ in _LIST_BEFORE


def _used_alone(doc: Doc, name: str, span: Span) -> bool:
    """The text names `name` alone elsewhere as a body (not run on into capitals, not after a
    place's preposition): "Tidewell's chief executive", "Tynebridge, which runs ..."."""
    text = doc_text(doc)
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?!\w)(?!['’]?s?[ \t]+(?:[A-Z]|and\b|&))", text):
        if span.start_char <= m.start() < span.end_char:
            continue
        before = text[:m.start()].split()[-1:]
        if not before or before[0].lower() not in _PLACE_PREPOSITIONS:
            return True
    return False


def _shared_plural_head(doc: Doc, span: Span, k: int) -> list[Span] | None:
    """"the Hurst and Collingwood Academies" where the text names "Hurst Academy" and
    "Collingwood Academy": a plural head two full names share; each side becomes a use of
    its full name. None when the head is not plural or a side's full name is not written."""
    singular = _SINGULAR.get(span[-1].lower_)
    if singular is None:
        return None
    text = doc_text(doc)
    out = []
    for start, end, stop in ((span.start, k, k), (k + 1, span.end - 1, span.end)):  # the right side keeps the head
        side = doc[start:end]
        full = re.search(rf"(?<!\w){re.escape(side.text)} {singular}(?!\w)", text, re.I)
        if not len(side) or full is None or not full.group()[-len(singular):][:1].isupper():
            return None
        out.append(Span(doc, start, stop, label="ORG", kb_id=full.group()))
    return out


def two_bodies(span: Span) -> list[Span] | None:
    """The span's parts when it runs two bodies' names together over "and" (see the module's
    docstring), each side tagged with its full name when the two share a plural head; None
    when it names one body."""
    doc = span.doc
    for k in range(span.start + 1, span.end - 1):
        if doc[k].lower_ not in {"and", "&"}:
            continue
        left, right = doc[span.start:k], doc[k + 1:span.end]
        if not right[0].is_title or right[0].lower_ in GENERIC or not left[0].is_title:
            continue
        if (shared := _shared_plural_head(doc, span, k)) is not None:
            return shared
        if right[-1].lower_ not in BODY_HEADS | SOFT_HEADS or len(right) < 2:
            continue
        if left[-1].lower_ in _LEFT_SOFT_HEADS and len(left) >= 2 and left[-1].is_title:
            if _plural_cue(doc, span) or _used_alone(doc, left[:-1].text, span):
                return [Span(doc, left.start, left.end, label="ORG"), Span(doc, right.start, right.end, label="ORG")]
        elif all(t.is_title and t.lower_ not in GENERIC | SOFT_HEADS for t in left) \
                and _plural_cue(doc, span) and _used_alone(doc, left.text, span):
            return [Span(doc, left.start, left.end, label="ORG"), Span(doc, right.start, right.end, label="ORG")]
    return None
