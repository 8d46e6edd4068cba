"""Names in lists, for `newswatch_orgs` (nlp/components/orgs.py): how local papers name
several trusts at once.

- `listed_trust_names`: the members of a list introduced as trusts ("run by trusts
  including Pellow Vale Academies, Stannard Learning, Quorvan and ...", "Three trusts have
  bid: A, B and C"), as ORG spans
  where the model tagged them as something else or not at all;
- `listed_as_trust`: a name in such a list, or a name ending like a trust's ("...
  Learning", "... Education") listed beside two or more names that are trusts by their
  shape ("Brookvale Learning Trust (7), Farrowfield Learning (5), Saltmarsh Schools (5) ...").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.components.org_kinds import infer_kind

# What introduces a list of trusts: "trusts such as", "trusts including", "trusts like".
_TRIGGER = re.compile(r"\btrusts ,? ?(such as|including|like|among them)$")
_JOINERS = {"and", "or", "&"}
_INSIDE = {"of", "and", "the", "for", "&"}  # small words inside a name: "Tamar and Tavy Learning Trust"
# Last words of names that say a body but not its sort (org_evidence.SOFT_HEADS less the
# ones a list of trusts' names would not show alone).
_SOFT_ENDS = {"education", "learning", "foundation", "collaborative", "partnership", "alliance", "academies",
              "schools", "federation", "community"}
# A name is a trust by its company in a list only beside at least two names shaped like
# trusts' ("A Learning Trust (7), B Learning (5), C Schools Trust (5)"): one could be a
# coincidence. Chosen by reasoning about league tables, not tuned on a set.
MIN_TRUSTS_BESIDE = 2


def _member_end(doc: Doc, k: int, stop: int, starts: dict[int, Span]) -> int:
    """End of a name starting at token k (an entity there, or a run of capitalised words)."""
    if k in starts:
        return starts[k].end
    j = k
    while j < stop and (doc[j].is_title or doc[j].is_upper and doc[j].is_alpha
                        or doc[j].lower_ in _INSIDE - {"and"} and j + 1 < stop and doc[j + 1].is_title
                        or doc[j].text in {"'s", "’s"} and j > k):
        j += 1
    return j


def _parse(doc: Doc, k: int, stop: int, starts: dict[int, Span]) -> list[tuple[int, int]]:
    """The names of a list starting at token k: "A, B (5), the C and D"."""
    members = []
    while k < stop:
        if doc[k].lower_ == "the":
            k += 1
        if k >= stop or not (doc[k].is_title or doc[k].is_upper and doc[k].is_alpha):
            break
        end = _member_end(doc, k, stop, starts)
        if end == k:
            break
        members.append((k, end))
        k = end
        if k < stop and doc[k].text == "(":  # "Saltmarsh Schools (5)"
            close = next((j for j in range(k, min(stop, k + 8)) if doc[j].text == ")"), None)
            if close is None:
                break
            k = close + 1
        if k < stop and doc[k].text == ",":
            k += 1
        if k < stop and doc[k].lower_ in _JOINERS:
            k += 1
        elif k < stop and doc[k - 1].text != ",":
            break
    return members


def _lists(doc: Doc, start: int, ents: list[Span]) -> list[tuple[bool, list[tuple[int, int]]]]:
    """Every list in the sentence of token `start`: (introduced as trusts?, members)."""
    sent = doc[start].sent
    starts = {e.start: e for e in ents if sent.start <= e.start < sent.end}
    out = []
    k = sent.start
    while k < sent.end:
        if (doc[k].is_title or doc[k].lower_ == "the") and (k == sent.start or not doc[k - 1].is_title):
            members = _parse(doc, k, sent.end, starts)
            if len(members) >= 2:
                before = " ".join(t.lower_ for t in doc[max(sent.start, k - 5):k])
                out.append((_TRIGGER.search(before) is not None or _after_colon(doc, sent.start, k), members))
                k = members[-1][1]
                continue
        k += 1
    return out


# "Three trusts have bid to run the school:", "The trusts on the shortlist are:"
_COLON_TRIGGER = re.compile(r"^(the |\w+ )?(\w+ )?trusts\b[^:]*:$")


def _after_colon(doc: Doc, sent_start: int, k: int) -> bool:
    """The list follows a colon that ends a clause opening with "(N) trusts"."""
    return k > sent_start and doc[k - 1].text == ":" and _COLON_TRIGGER.match(
        " ".join(t.lower_ for t in doc[sent_start:k] if not t.is_space)) is not None


def listed_trust_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Members of lists introduced as trusts that no ORG entity covers."""
    org_tokens = {i for e in ents if e.label_ == "ORG" for i in range(e.start, e.end)}
    out, seen = [], set()
    for sent in doc.sents:
        if "trusts" not in sent.text:
            continue
        for trusts, members in _lists(doc, sent.start, ents):
            for s, e in members if trusts else ():
                if (s, e) not in seen and not org_tokens.intersection(range(s, e)):
                    seen.add((s, e))
                    out.append(Span(doc, s, e, label="ORG"))
    return out


def listed_as_trust(doc: Doc, start: int, end: int, ents: list[Span] | None = None) -> bool:
    """Whether doc[start:end] is listed as a trust (see the module doc)."""
    ents = list(doc.ents) if ents is None else ents
    for trusts, members in _lists(doc, start, ents):
        if (start, end) not in members:
            continue
        if trusts:
            return True
        if doc[end - 1].lower_ not in _SOFT_ENDS:
            return False
        shaped = sum(infer_kind(doc[s:e].text) == "academy_trust" for s, e in members if (s, e) != (start, end))
        return shaped >= MIN_TRUSTS_BESIDE
    return False
