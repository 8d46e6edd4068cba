"""Look-ups over doc._.orgs (set by `newswatch_orgs`, nlp/components/orgs.py) for the other
components: the organisation a span of text names, and the body "the council", "the trust"
or "the union" means."""
from __future__ import annotations

from spacy.tokens import Doc

from nlp.components.lexicon import ORG_REFERENCES


def org_for_span(doc: Doc, start_char: int, end_char: int) -> dict | None:
    """The doc._.orgs entry with a mention overlapping the character range, if any."""
    for org in doc._.orgs or ():
        for s, e in org["mentions"]:
            if s < end_char and start_char < e:
                return org
    return None


def resolve_org_reference(doc: Doc, word: str, before_char: int) -> dict | None:
    """"the council" / "the trust" / "union": the organisation of that kind the article
    means. The most recent mention before `before_char` wins; failing that, the only
    organisation of that kind in the article. None when it cannot be told."""
    kind = ORG_REFERENCES.get(word.lower())
    if kind is None:
        return None
    candidates = [o for o in doc._.orgs or () if o["kind"] == kind]
    if not candidates:
        return None
    best, best_pos = None, -1
    for org in candidates:
        for s, _ in org["mentions"]:
            if s < before_char and s > best_pos:
                best, best_pos = org, s
    if best is not None:
        return best
    return candidates[0] if len(candidates) == 1 else None
