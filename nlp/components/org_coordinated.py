"""Short forms coordinated before one plural head, for `newswatch_orgs` (called from
org_late.one_body_names once every name has its canonical form): after "Alder Learning Trust
and Birch Learning Trust", "the Alder and Birch Learning Trusts" names both bodies, and so do
"the Harwick and Selby Moor trusts", "Veritas, Ormond and Edith Carrow trusts" (a headline)
and "the Alder and Birch trusts' chief executives". Each side becomes a use of the one body
the article names that way: the side and the plural head made singular ("Birch Learning
Trust"), or, before a bare "trusts", the one trust-shaped name that begins with the side. A
side with no such body, or with two, is left as it was; so is a list whose every side is
not a body's ("the Leeds and Bradford trusts" with no Leeds or Bradford trust named).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.components.doc_text import doc_lowers
from nlp.components.org_short_forms import trust_shaped

# ("Academies" is left out: "the Alder and Birch Academies" may be two schools, or trusts so named)
_PLURAL_HEADS = {"trusts", "federations", "partnerships", "foundations"}
_JOIN = {"and", "&", ","}
_MAX_SIDE = 3
_COUNTING = {"both", "all", "two", "three", "four"}


def _sides(doc: Doc, head: int) -> list[tuple[int, int]]:
    """The capitalised sides of "A, B and C <head>" right before token `head`, last first;
    [] unless there are two or more and the last is joined by "and" or "&"."""
    sides, end = [], head
    while True:
        start = end
        while start > 0 and end - start < _MAX_SIDE and doc[start - 1].lower_ != "the" \
                and (doc[start - 1].is_title or doc[start - 1].text in {"’s", "'s"}):
            start -= 1
        if start == end:
            return []  # a joiner with no name before it
        sides.append((start, end))
        if start < 2 or doc[start - 1].text not in _JOIN:
            break
        end = start - 1
        if doc[end - 1].text == "," and doc[start - 1].lower_ in {"and", "&"}:
            end -= 1  # "A, B, and C"
    return sides if len(sides) >= 2 and doc[sides[0][0] - 1].lower_ in {"and", "&"} else []


def _resolve(doc: Doc, start: int, end: int, rest: str, names: set[str], ents: list[Span]) -> tuple[int, str | None]:
    """The side's body: the one its span carries already (a trust's, before "trusts"), else
    the one it names; a first word that opens the sentence or counts the bodies ("Both
    Alder") may be left out."""
    for s in range(start, end):
        tagged = {e.kb_id_ for e in ents if e.label_ == "ORG" and (e.start, e.end) == (s, end) and e.kb_id_ != e.text
                  and (rest or trust_shaped(e.kb_id_))}
        body = tagged.pop() if len(tagged) == 1 else _body(doc[s:end].text, rest, names)
        if body is not None or not (doc[s].is_sent_start or doc[s].lower_ in _COUNTING):
            return s, body
    return start, None


def _body(side: str, rest: str, names: set[str]) -> str | None:
    """The one name `side` stands for before the singular head `rest` ("Learning Trust"), or
    before a bare "trusts" (rest "")."""
    low, rest = side.lower(), rest.lower()
    if rest:
        hits = {n for n in names if n.lower() in {f"{low} {rest}", f"the {low} {rest}"}}
    else:
        hits = {n for n in names if trust_shaped(n) and (n.lower().startswith(low + " ")
                                                        or n.lower().startswith(f"the {low} ") or n.lower() == low)}
    return hits.pop() if len(hits) == 1 else None


def coordinated_names(doc: Doc, ents: list[Span]) -> tuple[list[Span], dict[str, str]]:
    """Returns the entities (each side tagged with its body, in place of what covered it)
    and {side as written: canonical name}."""
    names = {e.kb_id_ or e.text for e in ents if e.label_ == "ORG"}
    found: dict[str, str] = {}
    for i, word in enumerate(doc_lowers(doc)):
        if word not in _PLURAL_HEADS:
            continue
        t = doc[i]
        if t.i < 3 or not t.is_title and t.lower_ != "trusts":
            continue
        # "the Alder and Birch Learning Trusts": up to two title-case words before a title-case
        # plural belong to the head when every side is then a body's ("Birch Learning Trust");
        # the most words first
        for r in (2, 1, 0) if t.is_title else (0,):
            if not all(x.is_title for x in doc[t.i - r:t.i]):
                continue
            rest = " ".join([x.text for x in doc[t.i - r:t.i]] + [t.text[:-1]]) if t.is_title else ""
            sides = _sides(doc, t.i - r)
            bodies = [(*_resolve(doc, s, e, rest, names, ents), e) for s, e in sides]
            if sides and all(b is not None for _, b, _ in bodies):
                break
        else:
            continue
        first = min(s for s, _, _ in bodies)
        covering = [x for x in ents if x.start <= t.i and first < x.end]
        if any(x.label_ == "ORG" and (x.start < first - 1 or x.end > t.i + 1) for x in covering):
            continue  # inside a longer name: "the Alder and Birch Trusts Association"
        if all(any(x.label_ == "ORG" and (x.start, x.end, x.kb_id_) == (s, e, b) for x in covering) for s, b, e in bodies):
            continue  # tagged already
        ents = [x for x in ents if x not in covering]
        for s, body, e in bodies:
            ents.append(Span(doc, s, e, label="ORG", kb_id=body))
            found.setdefault(doc[s:e].text, body)
    return ents, found
