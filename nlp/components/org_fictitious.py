"""Bodies the text says do not exist, for `newswatch_orgs` (nlp/components/orgs.py): a fraud
story names the supplier someone invented ("invoices from a fictitious supplier, Northvale
Educational Supplies", "a firm that did not exist, which he called Marwick Supplies"). The name
is given, but no organisation answers to it, and a researcher counting firms must not count it.

Read from the parse, at the name's own mentions: the noun the name is set beside (in apposition,
as what something is "called" or "named", or as what the name "was") carries an adjective
saying it is not real, or a relative clause saying it does not exist. Names the gazetteer or
register knows are never dropped here.
"""
from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Span, Token

# Adjectives (and the parts of "non-existent", "made-up") saying a body is not real.
_NOT_REAL = {"fictitious", "fictional", "fake", "bogus", "sham", "nonexistent", "non-existent", "imaginary",
             "phantom", "made-up", "invented", "existent"}
# Verbs that give a name to what was just described: "which she called X", "a firm named X".
_NAMING_VERBS = {"call", "name", "dub", "style", "label", "christen"}
# Dependency labels of a name given as what a naming verb gives or as what a subject is.
_GIVEN_NAME_DEPS = {"dobj", "oprd", "attr", "xcomp", "ccomp", "npadvmod"}


def _not_real(noun: Token) -> bool:
    """"a fictitious supplier", "a non-existent company", "a supplier that did not exist"."""
    for c in noun.children:
        if c.dep_ in {"amod", "compound", "advmod"} and c.lower_ in _NOT_REAL:
            return True
        if c.dep_ in {"relcl", "acl"} and c.lemma_ == "exist" and any(g.dep_ == "neg" for g in c.children):
            return True
    return False


def _described_by(root: Token) -> list[Token]:
    """The nouns a name's head is set beside: the noun it is in apposition to (or that is in
    apposition to it), the noun a naming verb hangs from ("a supplier ... which she called X",
    "a firm named X"), and what the name is said to be ("X was a sham company")."""
    nouns = [c for c in root.children if c.dep_ == "appos"]
    head = root.head
    if root.dep_ == "appos":
        nouns.append(head)
    if root.dep_ in _GIVEN_NAME_DEPS and head.lemma_ in _NAMING_VERBS and head.dep_ in {"relcl", "acl"}:
        nouns.append(head.head)
    if root.dep_ == "nsubj" and head.lemma_ == "be":
        nouns += [c for c in head.children if c.dep_ == "attr"]
    return nouns


def fictitious_names(doc: Doc, ents: list[Span], known: Container[str]) -> set[str]:
    """Canonical names of ORG spans that a mention says do not exist (not ones the gazetteer knows)."""
    out = set()
    for e in ents:
        name = e.kb_id_ or e.text
        if e.label_ != "ORG" or name in out or name.lower() in known:
            continue
        if any(_not_real(noun) for noun in _described_by(e.root)):
            out.add(name)
    return out
