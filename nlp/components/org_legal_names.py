"""A body's full name given after its short name, for `newswatch_orgs` (through
org_known_as.noun_known_as): "Arden, whose legal name is Arden Schools Trust, runs ...",
"run by Arden, a six-school trust whose full name is the Arden Schools Trust", and a later
sentence giving it through a possessive: "The school is run by Arden, a trust with six
schools. The trust's registered name is Arden Schools Trust Ltd" ("its legal name is"). The
short name and the full name are one body, named by the full name; every use of the short name
is that body's. So is a name the text calls another's trading name: "Arden is the trading name
of Arden Schools Trust Ltd", "Arden, the working name of ...".
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.components.doc_text import word_positions

# "whose legal name is", "whose full name is the", "whose registered name was"
_WHOSE_NAME = re.compile(r"^whose (full|legal|registered|official|formal|proper|company) name (is|was) (the )?")
# At most this many tokens between the short name's comma and "whose" ("Arden, a six-school
# trust whose ...": the appositive the clause hangs from).
_MAX_APPOSITIVE = 6
# "its legal name is", "the trust's registered name was the": the possessive's noun is the
# body's sort ("trust", "company", "charity"...), any lower-case word
_POSSESSIVE_NAME = re.compile(r"^(its|the [a-z]+ ['’]s) (full|legal|registered|official|formal|proper|company) name "
                              r"(is|was) (the )?")
# The body a possessive speaks of is named at most this many sentences back (its own or the one before).
_MAX_SENTENCES_BACK = 1
# At most this many words in a full name read from capitalised words the model left untagged.
_MAX_NAME_WORDS = 6


def _full_name_at(doc: Doc, j: int, orgs: list[Span]) -> str | None:
    """The organisation named at doc[j]: the tagged one starting there, else the
    capitalised words from there up to a comma or full stop."""
    tagged = next((e for e in orgs if e.start == j), None)
    if tagged is not None:
        return tagged.kb_id_ or tagged.text
    k = j
    while k < len(doc) and k - j < _MAX_NAME_WORDS and doc[k].is_title and doc[k].is_alpha:
        k += 1
    if k - j < 2 or k >= len(doc) or doc[k].text not in {",", ".", ";"}:
        return None
    return doc[j:k].text


def _short_name_before(doc: Doc, comma: int, orgs: list[Span]) -> str | None:
    """The name ending right before the comma at `comma`: the tagged one, else the run of
    capitalised words there, back to the sentence's start at most (the model may have read
    "Arden" opening a sentence as a place or a person)."""
    tagged = next((e for e in orgs if e.end == comma), None)
    if tagged is not None:
        return tagged.text
    k = comma
    while k > 0 and doc[k - 1].is_title and doc[k - 1].is_alpha:
        k -= 1
        if doc[k].is_sent_start:
            break
    return doc[k:comma].text if k < comma else None


def legal_names(doc: Doc, ents: list[Span]) -> dict[str, str]:
    """{short name as written: full name} for "X, whose legal name is Y" and "X, a trust
    whose full name is Y" (the full name's canonical form when it is tagged)."""
    orgs = [e for e in ents if e.label_ == "ORG"]
    out: dict[str, str] = {}
    for i in word_positions(doc).get("whose", ()):
        t = doc[i]
        hit = _WHOSE_NAME.match(" ".join(x.lower_ for x in doc[t.i:t.i + 6]))
        if hit is None:
            continue
        j = t.i + len(hit.group(0).split())
        comma = None
        for k in range(t.i - 1, max(0, t.i - _MAX_APPOSITIVE) - 1, -1):
            if doc[k].text in {".", ";", "!", "?"} or doc[k].is_space:
                break  # the parser may open a sentence at "whose": the comma is looked for by hand
            if doc[k].text == ",":
                comma = k
                break
        if comma is None:
            continue
        full = _full_name_at(doc, j, orgs)
        short = _short_name_before(doc, comma, orgs)
        if full and short and short != full and short not in out:
            out[short] = full
    return out


def possessive_legal_names(doc: Doc, ents: list[Span]) -> dict[str, str]:
    """{short name as written: full name} for "X, a trust with six schools. The trust's
    registered name is Y" and "Its legal name is Y": the body the possessive speaks of is the
    latest organisation named before it, in its sentence or the one before."""
    orgs = [e for e in ents if e.label_ == "ORG"]
    out: dict[str, str] = {}
    positions = word_positions(doc)
    for i in sorted(set(positions.get("its", ())) | set(positions.get("the", ()))):
        hit = _POSSESSIVE_NAME.match(" ".join(x.lower_ for x in doc[i:i + 7]))
        if hit is None:
            continue
        sent = doc[i].sent
        earliest = doc[sent.start - 1].sent.start if sent.start > 0 and _MAX_SENTENCES_BACK else sent.start
        full = _full_name_at(doc, i + len(hit.group(0).split()), orgs)
        # the latest body named before whose name the full name opens with ("Arden" ... "Arden Schools Trust Ltd")
        before = [e for e in orgs if earliest <= e.start and e.end <= i and full and full.split()[:1] == e.text.split()[:1]]
        if not before or full is None:
            continue
        short = before[-1].text
        if short != full and short not in out:
            out[short] = full
    return out


# "X is the trading name of Y", "X, the working name of Y": a name the body goes by
_TRADING_SORTS = {"trading", "working", "operating", "brand", "business"}
_TRADING_BEFORE = {"is", "was", ","}


def trading_name_of(doc: Doc, ents: list[Span]) -> dict[str, str]:
    """{short name as written: full name} for "X is the trading name of Y" and "X, the
    trading name of Y, ...": X names the body Y is the full name of."""
    orgs = [e for e in ents if e.label_ == "ORG"]
    out: dict[str, str] = {}
    for i in word_positions(doc).get("name", ()):
        if not 3 <= i < len(doc) - 2 or doc[i - 1].lower_ not in _TRADING_SORTS or doc[i - 2].lower_ not in {"the", "a"} \
                or doc[i - 3].lower_ not in _TRADING_BEFORE or doc[i + 1].lower_ not in {"of", "for"}:
            continue
        j = i + 3 if doc[i + 2].lower_ == "the" else i + 2
        full = _full_name_at(doc, j, orgs) if j < len(doc) else None
        short = _short_name_before(doc, i - 3, orgs)
        if full and short and short != full and short not in out:
            out[short] = full
    return out
