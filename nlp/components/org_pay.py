"""Trusts in pay lists, for `newswatch_orgs` (nlp/components/org_evidence.py).

Local papers report what academy trusts pay their chief executives, naming each trust once
beside a person and a sum: "Sunita Varghese of Corvane Education Group (£215,000-£220,000)",
"The Greenhythe Alliance paid its leader £176,000", "Corvane's Gwen Ashworth (£240,000)",
"4. Aspen: £175,000 to £180,000".
In an article about trusts and pay, a body so named is the employer of a trust's head.
Names that say another sort of body (a council, a company, a union, a school, a police or
NHS trust) are left to their names.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.components.doc_text import doc_text, word_positions
from nlp.components.org_kinds import infer_kind, not_school_trust

_ABOUT_TRUSTS = re.compile(r"\b(academy trusts?|multi-academy|trusts)\b")
_ABOUT_PAY = re.compile(r"\b(pay|paid|salary|salaries|earned|earns|highest-paid|best-paid|pay rises?)\b")
# "paid its leader £176,000", "pays its chief executive between £..."
_PAID_ITS = re.compile(r"^(paid|pays|pay|gave|awarded) (its|their) ([\w-]+ ){0,2}(leader|chief executive|ceo|boss|"
                       r"head|headteacher|accounting officer|executive head|chief)\b")
# What follows "<person> of <name>": a sum in brackets, or "whose salary ...".
_SUM_AFTER = re.compile(r"^(\( £|, whose (salary|pay|pay band|salary band)\b|, (who|which) (was )?paid\b)")
# "Aspen, 28 schools: £180,000-£185,000", "Aspen (28 schools): £...": a league table's line,
# the trust and its size.
_SIZE_AFTER = re.compile(r"^(,|\() (\d+|[a-z]+(-[a-z]+)?) (schools|academies)\b")
_SIZE_OPENERS = {",", "("}
_OTHER_KINDS = {"council", "government", "union", "school"}
_COMPANY_SUFFIX = re.compile(r"\b(ltd|limited|plc|llp)\.?$", re.I)
# At most this many words in a name read from a list's item.
_MAX_NAME_WORDS = 5


def about_trust_pay(doc: Doc) -> bool:
    """The article speaks of trusts and of pay."""
    text = doc_text(doc).lower()
    return _ABOUT_TRUSTS.search(text) is not None and _ABOUT_PAY.search(text) is not None


def in_pay_list(doc: Doc, start: int, end: int) -> bool:
    """The name at doc[start:end] is the employer in a line of a trusts' pay list."""
    name = doc[start:end].text
    if infer_kind(name) in _OTHER_KINDS or not_school_trust(name) or _COMPANY_SUFFIX.search(name):
        return False
    after = " ".join(t.lower_ for t in doc[end:min(len(doc), end + 8)] if not t.is_space)
    if _PAID_ITS.match(after) or _SIZE_AFTER.match(after):
        named = True
    elif after.startswith(", £"):
        named = _item_opens(doc, start)  # "...; Aspen, £150,000-£155,000; ..."
    elif after.startswith(": £"):
        named = _number_then_dot(doc, start)  # "4. Aspen: £175,000 to £180,000"
    elif start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].ent_type_ == "PERSON":
        named = _SUM_AFTER.match(after) is not None  # "Femi Adebanjo of X (£200,000-£205,000)"
    elif end + 1 < len(doc) and doc[end].text in {"'s", "’s"}:
        # "X's Prof Gwen Ashworth (£245,000-£250,000)": a person then a sum in brackets
        rest = doc[end + 1:min(len(doc), end + 8)]
        person = [t for t in rest if t.ent_type_ == "PERSON"]
        named = bool(person) and person[-1].i + 2 < len(doc) and doc[person[-1].i + 1].text == "(" \
            and doc[person[-1].i + 2].text == "£"
    else:
        named = False
    return named and "£" in doc[start].sent.text and about_trust_pay(doc)


def pay_list_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Names the model left untagged (or read as a place or a person) in "<person> of <Name>
    (£...)" lines of an article about trusts' pay, as ORG spans."""
    if "£" not in doc_text(doc) or not about_trust_pay(doc):
        return []
    orgs = {i for e in ents if e.label_ == "ORG" for i in range(e.start, e.end)}
    out = []
    for e in ents:
        k = e.end + 1
        if e.label_ != "PERSON" or k >= len(doc) or doc[e.end].lower_ != "of" or k in orgs:
            continue
        end = k
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha and end not in orgs and end - k < 5:
            end += 1
        if end > k and end + 1 < len(doc) and doc[end].text == "(" and doc[end + 1].text == "£":
            out.append(Span(doc, k, end, label="ORG"))
    return out + _league_lines(doc, orgs)


def _league_lines(doc: Doc, orgs: set[int]) -> list[Span]:
    """"3. Aspen, 28 schools: £180,000-£185,000", "Aspen (28 schools): £...": the untagged
    name before the size of a trust on a line with a sum."""
    out = []
    for t in doc[:-3]:
        if t.text not in _SIZE_OPENERS or t.i in orgs or "£" not in t.sent.text \
                or not _SIZE_AFTER.match(" ".join(x.lower_ for x in doc[t.i:t.i + 4])):
            continue
        start = t.i
        while start > t.sent.start and doc[start - 1].is_title and doc[start - 1].is_alpha \
                and start - 1 not in orgs and t.i - start < 5:
            start -= 1
        if start < t.i and doc[start].lower_ == "the":
            start += 1
        if start < t.i and not any(i in orgs for i in range(start, t.i)) and in_pay_list(doc, start, t.i):
            out.append(Span(doc, start, t.i, label="ORG"))
    return out + _numbered_lines(doc, orgs) + _items_with_sums(doc, orgs)


# What opens an item of a list run on in a sentence: "The list: A, £...; B, £...".
_ITEM_OPENERS = {";", ":"}


def _item_opens(doc: Doc, start: int) -> bool:
    """doc[start] opens an item of a list written in one sentence (after ";" or ":")."""
    return start > 0 and doc[start - 1].text in _ITEM_OPENERS


def _items_with_sums(doc: Doc, orgs: set[int]) -> list[Span]:
    """"...; Aspen, £150,000-£155,000; ...": the untagged name that opens an item of a list
    and is followed by a sum, in an article about trusts' pay (`in_pay_list`)."""
    out = []
    positions = word_positions(doc)
    for k in sorted(i for opener in _ITEM_OPENERS for i in positions.get(opener, ()) if 0 < i < len(doc) - 2):
        t = doc[k]
        if t.i + 1 in orgs:
            continue
        end = t.i + 1
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha and end - t.i <= _MAX_NAME_WORDS:
            end += 1
        if end > t.i + 1 and not any(i in orgs or doc[i].ent_type_ == "PERSON" for i in range(t.i + 1, end)) \
                and in_pay_list(doc, t.i + 1, end):
            out.append(Span(doc, t.i + 1, end, label="ORG"))
    return out


def _numbered_lines(doc: Doc, orgs: set[int]) -> list[Span]:
    """"4. Aspen: £175,000 to £180,000": the untagged name between a list number and a
    colon before a sum, in an article about trusts' pay (`in_pay_list`); no person's name."""
    out = []
    for t in doc[1:-2]:
        if t.text != ":" or doc[t.i + 1].text != "£" or t.i in orgs:
            continue
        start = t.i
        while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and t.i - start < 5:
            start -= 1
        if start == t.i or not _number_then_dot(doc, start):
            continue
        if not any(i in orgs or doc[i].ent_type_ == "PERSON" for i in range(start, t.i)) \
                and in_pay_list(doc, start, t.i):
            out.append(Span(doc, start, t.i, label="ORG"))
    return out


def _number_then_dot(doc: Doc, start: int) -> bool:
    """doc[:start] ends in a list number: "4." (one token) or "4" ".", at a line's start."""
    if start >= 1 and re.fullmatch(r"\d{1,2}\.", doc[start - 1].text):
        k = start - 1
    elif start >= 2 and doc[start - 1].text == "." and re.fullmatch(r"\d{1,2}", doc[start - 2].text):
        k = start - 2
    else:
        return False
    return k == 0 or doc[k - 1].is_space or doc[k - 1].text in {".", ";"}
