"""People's surnames the model tags as organisations, for `newswatch_orgs`
(nlp/components/orgs.py): "Derek Marston, 52, admitted fraud ... Marston had shown a
disregard", "chief executive Dr Rowan Pike ... Dr Pike says". A one-word name is a person's
when the article names a person with that surname, or a title stands before it ("Dr Pike"),
and it names no body: no other organisation's name opens with it, the gazetteer does not know
it, and no mention of it follows a word that makes it a body's ("the Pike trust" is taken by
the rules for short forms before this runs).
"""
from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Span

from nlp.components.lexicon import TITLES
from nlp.components.org_aliases import person_surnames
from nlp.components.org_modifiers import org_mentions


def _titled(doc: Doc, e: Span) -> bool:
    """"Dr Pike", "Mrs Amos": a person's title right before the word."""
    return e.start > 0 and doc[e.start - 1].lower_ in TITLES and doc[e.start - 1].is_title


def surname_names(doc: Doc, ents: list[Span], known: Container[str]) -> set[str]:
    """One-word names of organisations that are a person's surname in this article."""
    surnames = person_surnames(list(doc.ents))
    mentions = org_mentions(ents)
    openings = {name.split()[0] for name in mentions if len(name.split()) > 1}
    return {name for name, spans in mentions.items()
            if len(name.split()) == 1 and name.isalpha() and name[:1].isupper() and not name.isupper()
            and name.lower() not in known and name not in openings and all(e.text == name for e in spans)
            and (name in surnames or all(_titled(doc, e) for e in spans))}
