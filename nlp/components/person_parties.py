"""A councillor's party and ward in brackets after the name, as British local papers write
them: "Cllr Owen Tregarthen (Lib Dem, Fenwick)", "Cllr Dean Ferris (Lab, Northgate)",
"Cllr Terry O'Driscoll (Ind, Station ward)". The words inside are a party and a ward, never
a person or an organisation who speaks: the entity model often tags "Lib Dem" or "Gallowfield
North" as a PERSON and "Con" as an ORG, and a quote's subject then reads as that entity.

`party_bracket_tokens` finds those brackets; `newswatch_people` (through person_names.py)
drops the entities inside them. Pure functions over a Doc.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

# Party labels that open the bracket, as written (one or two words; compared lower case).
PARTY_LABELS = frozenset({
    "con", "conservative", "tory", "lab", "labour", "lib dem", "lib dems", "ld", "liberal democrat",
    "liberal democrats", "green", "greens", "green party", "ind", "independent", "reform", "reform uk",
    "snp", "plaid", "plaid cymru", "ukip", "lab co-op", "labour co-op", "co-op", "res", "residents",
})
# Longest bracket read as a party and ward (tokens between the brackets).
BRACKET_MAX_TOKENS = 10


def _opens_party(doc: Doc, i: int) -> bool:
    """The words right after the bracket at i name a party, then a comma or the closing bracket."""
    for width in (3, 2, 1):
        end = i + 1 + width
        if end >= len(doc):
            continue
        label = doc[i + 1:end].text.lower().replace(" - ", "-").replace(" -", "-").replace("- ", "-")
        if label in PARTY_LABELS and doc[end].text in {",", ")"}:
            return True
    return False


def party_bracket_tokens(doc: Doc) -> set[int]:
    """Indexes of the tokens inside "(Party, Ward)" brackets that follow a name (a capitalised
    word right before the bracket)."""
    inside: set[int] = set()
    for t in doc:
        if t.text != "(" or t.i == 0 or not doc[t.i - 1].text[:1].isupper() or not _opens_party(doc, t.i):
            continue
        close = next((k for k in range(t.i + 1, min(len(doc), t.i + 2 + BRACKET_MAX_TOKENS)) if doc[k].text == ")"), None)
        if close is not None:
            inside.update(range(t.i + 1, close))
    return inside


def outside_party_brackets(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with none inside a party bracket: a party or a ward is no one's name."""
    inside = party_bracket_tokens(doc)
    if not inside:
        return ents
    return [e for e in ents if not any(i in inside for i in range(e.start, e.end))]


def bracket_owner(doc: Doc, i: int):
    """The token before the party bracket that token i lies in ("Tregarthen" for "Dem" in
    "Cllr Owen Tregarthen (Lib Dem, Fenwick)"), or None outside such a bracket."""
    for k in range(i - 1, max(-1, i - 1 - BRACKET_MAX_TOKENS), -1):
        if doc[k].text == ")":
            return None
        if doc[k].text == "(":
            return doc[k - 1] if k > 0 and doc[k - 1].text[:1].isupper() and _opens_party(doc, k) else None
    return None
