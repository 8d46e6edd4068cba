"""A trust's short form in the possessive that the model read into its school's name, for
`newswatch_orgs` (called from org_late.one_body_names): "at Lumora's Greystanton Park
Academy", "Fernleigh's Moorside Junior Academy" are the trust (Lumora Education Trust) and
its school, two bodies. Only when the word before "'s" is the first word of one other body's
name the article gives in full, and the rest is a school's name.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.components.lexicon import POSSESSIVE_S
from nlp.components.org_kinds import infer_kind


def possessive_splits(doc: Doc, ents: list[Span]) -> tuple[list[Span], dict[str, str]]:
    """Returns the entities (each such span split in two) and {short form: the body's name}."""
    by_first: dict[str, set[str]] = {}
    for e in ents:
        name = e.kb_id_ or e.text
        if e.label_ == "ORG" and len(name.split()) > 1 and infer_kind(name) != "school":
            by_first.setdefault(name.split()[0], set()).add(name)
    found: dict[str, str] = {}
    out = []
    for e in ents:
        if e.label_ != "ORG" or len(e) < 4 or e[1].text not in POSSESSIVE_S or not e[0].is_title or not e[2].is_title:
            out.append(e)
            continue
        owners = by_first.get(e[0].text, set())
        rest = e[2:]
        if len(owners) != 1 or infer_kind(rest.text) != "school" or (e.kb_id_ or e.text) != e.text:
            out.append(e)
            continue
        owner = next(iter(owners))
        school = next((x.kb_id_ for x in ents if x.label_ == "ORG" and x.text == rest.text and x.kb_id_), rest.text)
        out += [Span(doc, e.start, e.start + 1, label="ORG", kb_id=owner),
                Span(doc, rest.start, rest.end, label="ORG", kb_id=school)]
        found[e[0].text] = owner
    return out, found
