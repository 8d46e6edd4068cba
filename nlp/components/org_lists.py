"""Names in lists, for `newswatch_orgs` (nlp/components/orgs.py): how local papers name
several trusts at once.

- `listed_trust_names`: the members of a list introduced as trusts ("run by trusts
  including Pellow Vale Academies, Stannard Learning, Quorvan and ...", "Three trusts have
  bid: A, B and C"), as ORG spans
  where the model tagged them as something else or not at all;
- `listed_as_trust`: a name in such a list, or a name ending like a trust's ("...
  Learning", "... Education") listed beside two or more names that are trusts by their
  shape ("Brookvale Learning Trust (7), Farrowfield Learning (5), Saltmarsh Schools (5) ..."),
  or a one-word name listed beside only such names, two or more ("Veritas Learning Trust,
  Lumen and Good Shepherd Multi-Academy Trust");
- `paired_names` / `paired_trust_names`: names a pair makes trusts: the two sides of the
  merger that formed a trust ("X, formed by the A and B merger", "the merger of A and B"
  in a sentence naming a trust), and the name beside a trust's in "Both A Academies and B
  have approached the board" when that sentence or the one before speaks of trusts;
- `pairs_called_trusts`: a pair called academy trusts together ("A and B, whose leaders
  ... Both are multi-academy trusts", "A and B are both academy trusts").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.components.doc_text import doc_lowers, doc_text
from nlp.components.org_fragments import SOFT_HEADS
from nlp.components.org_kinds import infer_kind

# What introduces a list of trusts: "trusts such as", "trusts including", "trusts like", and a
# colon right after "trusts" ("... and four academy trusts: A, B, C and D").
_TRIGGER = re.compile(r"\btrusts ,? ?(such as|including|like|among them)$|\btrusts :$")
_JOINERS = {"and", "or", "&"}
_INSIDE = {"of", "and", "the", "for", "&"}  # small words inside a name: "Tamar and Tavy Learning Trust"
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


# "Three trusts have bid to run the school:", "The trusts on the shortlist are:", "schools
# formed academy trusts, most with one-word names:": a clause whose plural noun is trusts
_COLON_TRIGGER = re.compile(r"^(the |\w+ )?(\w+ )?trusts\b[^:]*:$|^.*\btrusts (\( \w+ \) )?, [^:]*:$")


def _after_colon(doc: Doc, sent_start: int, k: int) -> bool:
    """The list follows a colon that ends a clause opening with "(N) trusts"."""
    return k > sent_start and doc[k - 1].text == ":" and _COLON_TRIGGER.match(
        " ".join(t.lower_ for t in doc[sent_start:k] if not t.is_space)) is not None


def listed_trust_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Members of lists introduced as trusts that no ORG entity covers."""
    org_tokens = {i for e in ents if e.label_ == "ORG" for i in range(e.start, e.end)}
    out, seen = [], set()
    for sent in doc.sents if "trusts" in doc_text(doc) else ():
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
        soft_end = doc[end - 1].lower_ in SOFT_HEADS
        # "Veritas Learning Trust, Lumen and Good Shepherd Multi-Academy Trust": a one-word
        # brand among names that are all trusts' is one too
        brand = end - start == 1 and doc[start].is_title
        if not (soft_end or brand):
            return False
        others = [doc[s:e].text for s, e in members if (s, e) != (start, end)]
        shaped = sum(infer_kind(n) == "academy_trust" for n in others)
        if soft_end:
            return shaped >= MIN_TRUSTS_BESIDE
        # beside federations, which may be of maintained schools, a one-word name is no more a trust
        return shaped == len(others) >= MIN_TRUSTS_BESIDE and not any("federation" in n.lower() for n in others)
    return False


# "Horizon, formed this year by the Fenway and Marshside merger", "the trust was created by
# the merger of A and B": the two bodies that merged into a trust are trusts.
_MERGER_NOUNS = {"merger", "amalgamation"}
_FORMED = {"formed", "created", "form", "create"}


def _name_before(doc: Doc, k: int, start: int, ends: dict[int, Span]) -> int:
    """Start of the name ending just before token k (an entity there, or up to three
    capitalised words); k when there is none."""
    if k in ends:
        return ends[k].start
    j = k
    while j > start and k - j < 3 and doc[j - 1].is_title and doc[j - 1].is_alpha:
        j -= 1
    return j


def _trust_in_sentence(sent, members: list[tuple[int, int]], ents: list[Span]) -> bool:
    """The sentence names a trust other than `members` (or a short form of a trust named
    in the article: "Horizon" of the Horizon Education Trust), or says "trust"/"trusts"."""
    if any(t.lower_ in {"trust", "trusts"} and t.is_lower for t in sent):
        return True
    trusts = [e.kb_id_ or e.text for e in ents if e.label_ == "ORG" and infer_kind(e.kb_id_ or e.text) == "academy_trust"]
    inside = {i for s, e in members for i in range(s, e)}
    if any(e.label_ == "ORG" and sent.start <= e.start < sent.end and (e.kb_id_ or e.text) in trusts
           and not inside.intersection(range(e.start, e.end)) for e in ents):
        return True
    return any(t.is_title and t.lower_ != "the" and t.i not in inside and any(n.startswith(t.text + " ") for n in trusts) for t in sent)


def _pairs(doc: Doc, sent, ents: list[Span]) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    """Every "A and B" of the sentence: (the word before A or "merger" after B, A, B)."""
    lowers = doc_lowers(doc)
    ands = [k for k in range(sent.start + 1, sent.end - 1) if lowers[k] == "and"]
    if not ands:
        return []
    starts = {e.start: e for e in ents if sent.start <= e.start < sent.end}
    ends = {e.end: e for e in ents if sent.start <= e.start < sent.end}
    out = []
    for k in ands:
        a = _name_before(doc, k, sent.start, ends)
        b = k + 2 if doc[k + 1].lower_ == "the" else k + 1
        b_end = _member_end(doc, b, sent.end, starts) if b < sent.end and doc[b].is_title else b
        if a == k or b_end == b:
            continue
        before = " ".join(t.lower_ for t in doc[max(sent.start, a - 3):a])
        cue = "merger" if (b_end < sent.end and doc[b_end].lower_ in _MERGER_NOUNS and before.endswith("the")
                           or re.search(r"\b(merger|amalgamation) (of|between)( the)?$", before)) else before
        out.append((cue, (a, k), (b, b_end)))
    return out


# "A and B ... Both are multi-academy trusts", "A and B are both academy trusts": the pair
# named, then called trusts together.
_BOTH_ARE = r"(are|were) (both |each |all )?(multi - academy|multi-academy|academy|single - academy|single-academy) trusts\b"
_BOTH_NEXT = re.compile(r"^(both|they|the two|the pair) " + _BOTH_ARE)
_BOTH_AFTER = re.compile(r"^" + _BOTH_ARE)


def _both_said_trusts(doc: Doc, sent, nxt, b_end: int) -> bool:
    """The pair ending at b_end is called (multi-)academy trusts together: right after it
    in its sentence, or by the next sentence's opening ("Both are multi-academy trusts")."""
    if _BOTH_AFTER.match(" ".join(t.lower_ for t in doc[b_end:min(sent.end, b_end + 7)])):
        return True
    return nxt is not None and _BOTH_NEXT.match(" ".join(t.lower_ for t in nxt[:8] if not t.is_space)) is not None


def paired_trust_names(doc: Doc, ents: list[Span]) -> list[tuple[int, int]]:
    """Names that are trusts by the name they are paired with (see the module doc): the two
    sides of a merger that formed a trust, and a name in "Both A and B ..." beside a name
    shaped like a trust's, after a sentence (or in one) speaking of trusts; and
    `pairs_called_trusts`."""
    return _paired_by_cue(doc, ents) + pairs_called_trusts(doc, ents)


def _paired_by_cue(doc: Doc, ents: list[Span]) -> list[tuple[int, int]]:
    """`paired_trust_names` less `pairs_called_trusts`: the merger's two sides, "Both A and B"."""
    people = {i for e in ents if e.label_ in {"PERSON", "DATE", "MONEY"} for i in range(e.start, e.end)}
    orgs = {(e.start, e.end): e for e in ents if e.label_ == "ORG"}
    out = []
    sents = list(doc.sents)
    for n, sent in enumerate(sents):
        for cue, a, b in _pairs(doc, sent, ents):
            if people.intersection(range(a[0], b[1])):
                continue
            if cue == "merger" and _FORMED.intersection(t.lower_ for t in sent) \
                    and _trust_in_sentence(sent, [a, b], ents):
                out += [m for m in (a, b) if infer_kind(doc[m[0]:m[1]].text) not in {"school", "council", "government"}]
            elif cue.endswith("both") and any(t.lower_ == "trusts" for s in sents[max(0, n - 1):n + 1] for t in s):
                shaped = [m for m in (a, b) if m in orgs and infer_kind(orgs[m].kb_id_ or orgs[m].text) == "academy_trust"]
                out += [m for m in (a, b) if m not in shaped and infer_kind(doc[m[0]:m[1]].text) == "other"
                        and len(shaped) == 1]
    return out


_TRUST_PAIRS_KEY = "newswatch_trust_pairs"


def trust_pairs(doc: Doc) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """(`pairs_called_trusts`, `paired_trust_names`) of doc.ents, as (start, end) pairs.
    Worked out once for each state of doc.ents (org_evidence asks for every name it
    weighs) and kept in the Doc's user_data beside every entity's start, end, label and
    kb_id, so an answer is never read for other entities (tuples, not sets: Doc.to_bytes
    writes user_data, and a list read back never equals the key)."""
    ents = list(doc.ents)
    key = tuple((e.start, e.end, e.label, e.kb_id) for e in ents)
    kept = doc.user_data.get(_TRUST_PAIRS_KEY)
    if kept is not None and kept[0] == key:
        return kept[1]
    called = pairs_called_trusts(doc, ents)
    pairs = (tuple(called), tuple(_paired_by_cue(doc, ents) + called))
    doc.user_data[_TRUST_PAIRS_KEY] = (key, pairs)
    return pairs


def pairs_called_trusts(doc: Doc, ents: list[Span]) -> list[tuple[int, int]]:
    """The two names of a pair called academy trusts together: "A and B are both academy
    trusts", "A and B, whose leaders ... Both are multi-academy trusts" (the last pair of
    the sentence before)."""
    people = {i for e in ents if e.label_ in {"PERSON", "DATE", "MONEY"} for i in range(e.start, e.end)}
    out = []
    sents = list(doc.sents)
    for n, sent in enumerate(sents):
        pairs = [(a, b) for _, a, b in _pairs(doc, sent, ents) if not people.intersection(range(a[0], b[1]))]
        for j, (a, b) in enumerate(pairs):
            nxt = sents[n + 1] if n + 1 < len(sents) and j == len(pairs) - 1 else None
            if _both_said_trusts(doc, sent, nxt, b[1]):
                out += [m for m in (a, b) if infer_kind(doc[m[0]:m[1]].text) not in {"school", "council", "government"}]
    return out


def paired_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """`paired_trust_names` that no ORG entity covers, as ORG spans."""
    org_tokens = {i for e in ents if e.label_ == "ORG" for i in range(e.start, e.end)}
    return [Span(doc, s, e, label="ORG") for s, e in paired_trust_names(doc, ents)
            if not org_tokens.intersection(range(s, e))]
