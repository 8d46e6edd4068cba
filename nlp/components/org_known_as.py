"""Names given after "known as" to a body the sentence calls by its noun, for
`newswatch_orgs` (nlp/components/orgs.py): "The trust, usually known simply as Ravensworth,
runs ...", "The trust, known as CCH, ...". The name is another name of the body of that noun
named last before it ("the trust": a name ending in Trust, or read as an academy trust); its
uses are tagged with the body's name. An acronym there whose letters spell an earlier name
is that name's (`defined_after_reference`, which checks the initials); `noun_known_as`
covers the other names ("Ravensworth" of Ravensworth Multi-Academy Trust). A trading name
("X, which trades as Active X", "the trust will trade as X Schools Partnership") is another
name of the body too (`trading_names`).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.components.org_defined import KNOWN_WORDS, abbreviates, after_known_as, is_short_form
from nlp.components.org_kinds import infer_kind

# Nouns that open "The trust, known as X": the body's head noun, and what its name ends with
# (or the kind its name gives) for the body named last before it.
_NOUN_HEADS = {
    "trust": ({"trust"}, {"academy_trust"}),
    "company": (set(), {"company"}),
    "firm": (set(), {"company"}),
    "contractor": (set(), {"company"}),
    "union": ({"union"}, {"union"}),
    "federation": ({"federation"}, set()),
    "partnership": ({"partnership"}, set()),
    "charity": ({"trust", "foundation", "charity"}, set()),
    "foundation": ({"foundation"}, set()),
    "council": ({"council"}, {"council"}),
    "school": ({"school", "academy", "college"}, {"school"}),
    "academy": ({"academy"}, {"school"}),
}


def _named_body(ents: list[Span], before: int, noun: str) -> str | None:
    """The canonical name of the last organisation before token `before` that `noun`
    describes ("the trust": a name ending in Trust, or read as an academy trust)."""
    ends, kinds = _NOUN_HEADS[noun]
    for e in sorted((e for e in ents if e.label_ == "ORG" and e.end <= before), key=lambda e: -e.start):
        name = e.kb_id_ or e.text
        words = name.lower().split()
        if words and words[-1] in ends or infer_kind(name) in kinds:
            return name
    return None


def _name_after(doc: Doc, j: int) -> Span | None:
    """The capitalised words at doc[j:] ending at a comma or full stop ("Ravensworth,",
    "CCH."): at most four words."""
    k = j
    while k < len(doc) and k - j < 4 and (doc[k].is_title or doc[k].is_upper and doc[k].is_alpha):
        k += 1
    if k == j or k >= len(doc) or doc[k].text not in {",", ".", ";"}:
        return None
    return doc[j:k]


def noun_known_as(doc: Doc, ents: list[Span]) -> tuple[list[Span], dict[str, str]]:
    """"The trust, usually known simply as Ravensworth, ...": every use of the name after
    "known as" (untagged, read as a place or a person, or tagged as a body of its own) becomes
    the body's. Returns the entities and {name: canonical}."""
    defined: dict[str, str] = {}
    for t in doc[:-3]:
        noun = doc[t.i + 1].lower_ if t.lower_ == "the" else None
        if noun not in _NOUN_HEADS or doc[t.i + 2].text != "," or not t.is_sent_start:
            continue
        j = after_known_as(doc, t.i + 3)
        name = _name_after(doc, j) if j != t.i + 3 else None
        if name is None:
            continue
        canonical = _named_body(ents, t.i, noun)
        if any(e.label_ == "ORG" and e.text == name.text and e.kb_id_ not in {"", name.text} for e in ents):
            continue  # "The trust, known as MMAT": its initials have named the body already
        if canonical is not None and name.text != canonical:
            defined.setdefault(name.text, canonical)
    for short, canonical in trading_names(doc, ents).items():
        defined.setdefault(short, canonical)
    if not defined:
        return ents, defined
    for short, canonical in defined.items():
        words = short.split()
        n = len(words)
        for i in range(len(doc) - n + 1):
            if doc[i].text != words[0] or doc[i:i + n].text != short:
                continue
            if i + n < len(doc) and doc[i + n].is_title:
                continue  # part of a longer name: "Ravensworth School"
            over = [e for e in ents if e.start < i + n and i < e.end]
            if any(e.start < i or e.end > i + n for e in over):
                continue  # inside a longer entity
            if any(e.label_ == "ORG" and (e.kb_id_ or e.text) not in {short, canonical}
                   and not (len(e) < n and e.kb_id_ in {"", e.text}) for e in over):
                continue  # the name of another body already ("Calderby" alone in "Active Calderby" is not)
            ents = [e for e in ents if e not in over] + [Span(doc, i, i + n, label="ORG", kb_id=canonical)]
    return ents, defined


_TRADE = {"trade", "trades", "traded", "trading"}


def trading_names(doc: Doc, ents: list[Span]) -> dict[str, str]:
    """A trading name: "Calderby Leisure Trust, which trades as Active Calderby, said ...",
    "From September the trust will trade as Ashcombe Schools Partnership": {name: the
    canonical name of the body that trades so}."""
    out: dict[str, str] = {}
    for t in doc[:-3]:
        if t.lower_ not in _TRADE or doc[t.i + 1].lower_ != "as":
            continue
        name = _name_after(doc, t.i + 2)
        k = t.i - 1
        while k > 0 and doc[k].lower_ in {"which", "now", "will", "also", "still", "already", "to", "is", "has"}:
            k -= 1  # back to the comma after the body's name, or to the noun naming it
        if name is None or k < 1:
            continue
        if doc[k].text == ",":
            owner = next((e.kb_id_ or e.text for e in ents if e.label_ == "ORG" and e.end == k), None)
        else:
            owner = _named_body(ents, k, doc[k].lower_) if doc[k].lower_ in _NOUN_HEADS \
                and doc[k - 1].lower_ == "the" else None
        if owner is not None and owner != name.text:
            out[name.text] = owner
    return out


def defined_after_reference(doc: Doc, ent: Span, earlier: list[Span]) -> str | None:
    """"X NHS Foundation Trust ... The trust, known as XCH, will ...": an acronym defined
    after "the <noun>, (which is) known as", for the latest earlier name ending in that noun
    whose initials it spells; that name's canonical form, else None."""
    k = ent.start - 1
    if k < 4 or doc[k].lower_ != "as" or doc[k - 1].lower_ != "known" or not is_short_form(ent.text):
        return None
    k -= 2
    while k > 0 and doc[k].lower_ in KNOWN_WORDS | {"which", "is", "was"}:
        k -= 1
    if k < 2 or doc[k].text != "," or not doc[k - 1].is_lower or doc[k - 2].lower_ != "the":
        return None
    named = [e.kb_id_ for e in earlier if e.label_ == "ORG" and e.kb_id_.lower().split()[-1:] == [doc[k - 1].lower_]]
    return named[-1] if named and abbreviates(ent.text, named[-1], loose=True) else None
