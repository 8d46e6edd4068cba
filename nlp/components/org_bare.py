"""A bare short form the model tagged as a body of its own, shared by a trust and other
names (its school, its company, a charity of the same town), for `newswatch_orgs` (called
from org_late.one_body_names): "Kestrel" beside Kestrel Academy Trust and Kestrel Primary
School. It is the trust's only where the text makes that clear:

- it does what a trust does, as the subject: "Kestrel runs ...", "Kestrel announced ...";
- a trust's belongings follow its possessive: "Kestrel's troubles", "Kestrel's deficit";
- it is lent, paid or fined money, or led: "the agency lent Kestrel £2m", "she will lead Kestrel".

After "in", "across", "near" ... it is the town when the text tags the same word as a place
elsewhere ("the village of Kestrel"). Anything else ("at Kestrel", "Kestrel's pupils") is left
as it was. A trust named after its school is org_shared.py's.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.components.org_kinds import infer_kind
from nlp.components.org_short_forms import BEFORE_PLACE, SHORT_FORM_REST, trust_shaped

_ACTS = {"runs", "ran", "operates", "oversees", "announced", "confirmed", "agreed", "plans", "planned", "wants",
         "appointed", "employs", "sponsors", "took", "takes", "merged", "borrowed", "owes", "owed"}
_BELONGINGS = {"troubles", "finances", "deficit", "debts", "reserves", "accounts", "takeover", "merger", "growth",
               "expansion", "trustees", "board", "academies", "schools", "auditors", "founder", "turnover"}
_ACTED_ON = {"lent", "loaned", "paid", "fined", "lead", "leads", "led", "fund", "funded", "owed"}
_NOT_BEFORE = BEFORE_PLACE | {"at", "to", "from", "of", "the"}


def _sharing(names: set[str]) -> dict[str, str]:
    """{short form: the trust} for short forms of one trust-shaped name and of one or more
    other names, the trust not named after a school among them."""
    by_short: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        for k in range(1, min(len(words), 4)):
            if all(w.lower() in SHORT_FORM_REST for w in words[k:]):
                by_short.setdefault(" ".join(words[:k]), set()).add(name)
    out = {}
    for short, full in by_short.items():
        trusts = [n for n in full if trust_shaped(n) and infer_kind(n) != "school"]
        others = full - set(trusts)
        if len(trusts) == 1 and others and short[:1].isupper() \
                and not any(infer_kind(n) == "council" or trusts[0].startswith(n + " ") for n in others):
            out[short] = trusts[0]
    return out


def _clearly_the_trust(doc: Doc, start: int, end: int) -> bool:
    nxt = doc[end] if end < len(doc) else None
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.lower_ in _NOT_BEFORE:
        return False
    if nxt is not None and nxt.lower_ in _ACTS:
        return True
    if nxt is not None and nxt.text in {"'s", "’s"} and end + 1 < len(doc) and doc[end + 1].lower_ in _BELONGINGS:
        return True
    return prev is not None and prev.lower_ in _ACTED_ON


def bare_trust_forms(doc: Doc, ents: list[Span]) -> tuple[list[Span], dict[str, str]]:
    """The entities, each bare short form the model tagged as its own body given to the trust
    (or made the place) where the text makes it clear; and {short form: trust} for those given."""
    shared = _sharing({e.kb_id_ for e in ents if e.label_ == "ORG" and e.kb_id_})
    given: dict[str, str] = {}
    places = {e.text for e in ents if e.label_ in {"GPE", "LOC"}}
    out = []
    for e in ents:
        if e.label_ == "ORG" and e.kb_id_ in {e.text, ""} and e.text in shared and e.text in places \
                and e.start > 0 and doc[e.start - 1].lower_ in BEFORE_PLACE:
            e = Span(doc, e.start, e.end, label="GPE")  # "parents in Kestrel" beside "the village of Kestrel"
        if e.label_ == "ORG" and e.kb_id_ in {e.text, ""} and e.text in shared and _clearly_the_trust(doc, e.start, e.end):
            given[e.text] = shared[e.text]
            e = Span(doc, e.start, e.end, label="ORG", kb_id=shared[e.text])
        out.append(e)
    return out, given
