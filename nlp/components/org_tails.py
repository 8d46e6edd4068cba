"""Capitalised back-references by the end of a name, for `newswatch_orgs`
(nlp/components/orgs.py): after "the Stainmoor Collaborative", "the Collaborative's chief
executive" is the same body; after "the Wealdshire Music Trust", "The Music Trust's
director" is too. The reference follows "the", repeats the last words of exactly one name
the article gave in full before it, and is in Title Case like a name; a reference that ends
two names ("the Learning Trust" after two "... Learning Trust"s) is left alone.
"""
from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Span


def _tail_of(words: list[str], names: dict[str, int], before: int) -> str | None:
    """The one canonical name, first given before token `before`, whose last words are
    `words` (and that has at least one word more)."""
    n = len(words)
    hits = {c for c, first in names.items() if first < before and len(c.split()) > n and c.split()[-n:] == words}
    return hits.pop() if len(hits) == 1 else None


def tail_references(doc: Doc, ents: list[Span], known: Container[str] = frozenset()) -> dict[str, str]:
    """{name used only as such a reference: the full name it stands for}. Relabel only the
    spans whose text is the name."""
    first: dict[str, int] = {}
    uses: dict[str, list[Span]] = {}
    for e in ents:
        if e.label_ == "ORG" and e.kb_id_:
            first[e.kb_id_] = min(first.get(e.kb_id_, e.start), e.start)
            uses.setdefault(e.kb_id_, []).append(e)
    out = {}
    for own, spans in uses.items():
        if own.lower() in known:
            continue  # a gazetteer or register name is a body of its own
        spans = [e for e in spans if e.text == own]  # not its own short forms ("Music" of "Music Trust")
        if not spans or any(e.start == 0 or doc[e.start - 1].lower_ != "the" or not all(t.is_title for t in e)
               for e in spans):
            continue
        full = _tail_of(own.split(), {c: s for c, s in first.items() if c != own}, min(e.start for e in spans))
        if full is not None:
            out[own] = full
    return out
