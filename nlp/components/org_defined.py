"""The other names an article defines for a body, for `newswatch_orgs`
(nlp/components/orgs.py):

- `defined_short_forms`: acronyms and short forms defined right after a name, "Academies
  Enterprise Trust (AET)", "the National Education Union, the NEU", "Kent County Council
  (KCC)", "... known as AET"; or right before it: "KPT, as Kestrel Peak Trust is usually
  known", "KPT (Kestrel Peak Trust)";
- `defined_names`: the full name before a bracketed acronym when the model missed it;
- `former_name_of`: "Lift Schools (formerly Academies Enterprise Trust)", "X, the trust
  formerly known as Y", "X, which was known as Y until 2021", "Y will now be known as X";
- `initialism_spans`: uses of a name's initials that the article never defines ("KVST"
  for the Caddingham Community Schools Trust it names), when no other name has them.
Whether letters spell a name is org_initials.py; more ways of defining an acronym (given
first, names the model missed, acronyms of what is not a body) are org_acronyms.py.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.components.doc_text import doc_words
from nlp.components.org_acronyms import defined_first
from nlp.components.org_fragments import BODY_HEADS
from nlp.components.org_initials import abbreviates, initials, is_short_form


def defined_short_forms(doc: Doc, ent: Span) -> list[str]:
    """Short forms the text defines right after the name `ent`:
    "X (AET)", "X (the AET)", "X, the NEU,", "X, or AET", "X, known as AET", "X, or IA as it
    is known,"; or right before it ("KPT, as Kestrel Peak Trust is usually known")."""
    out = []
    found = acronym_after(doc, ent.end)
    if found is not None and abbreviates(doc[found[0]].text, ent.text, found[1]):
        out.append(doc[found[0]].text)
    before = _defined_before(doc, ent) or defined_first(doc, ent)
    if before is not None:
        out.append(before)
    return out


def acronym_after(doc: Doc, k: int) -> tuple[int, bool] | None:
    """Where doc[k:], right after a name, defines a short form for it: "(AET)", "(the AET)",
    "– AET –", '("AET")', "(or IA)", "(known as IA)", ", the NEU,", ", or AET,", ", known as AET", ", GPP
    for short,", ", or IA as it is known,", "– or IA, as it is usually called –". Returns
    the short form's token index and whether its letters may leave out words ("known as"),
    or None. Whether the letters spell the name is the caller's check."""
    n = len(doc)
    if k + 2 >= n or doc[k].text not in _OPENERS and doc[k].text != ",":
        return None
    closer = _OPENERS.get(doc[k].text)
    j = k + 1
    if doc[j].lower_ in {"the", "or"} and j + 1 < n:
        j += 1
    known = after_known_as(doc, j)
    loose = known != j
    j = known
    quoted = j + 1 < n and doc[j].text in _QUOTES
    j += quoted  # '("AET")'
    if j >= n or not is_short_form(doc[j].text) or quoted and (j + 1 >= n or doc[j + 1].text not in _QUOTES):
        return None
    after = _as_it_is_known(doc, j + 1 + quoted)
    if closer is not None:
        return (j, loose) if after < n and doc[after].text == closer else None
    if after == n or doc[after].is_punct or doc[after].is_space \
            or [t.lower_ for t in doc[after:after + 2]] == ["for", "short"]:  # "X, GPP for short,"
        return j, loose
    return None


# After a short form, words that say it is the usual name: "or IA as it is known", ", as it is
# widely known", "as they are usually called".
_AS_IT_IS = re.compile(r"^,? ?as (it|they) (is|was|are|were) (\w+ )?(known|called)$")
_AS_IT_IS_WORDS = 6
_QUOTES = {'"', "“", "”", "'", "‘", "’"}


def _as_it_is_known(doc: Doc, i: int) -> int:
    """The token after "(,) as it is (usually) known" at doc[i:], else `i`."""
    for m in range(i + 4, min(len(doc), i + _AS_IT_IS_WORDS) + 1):
        if _AS_IT_IS.match(" ".join(t.lower_ for t in doc[i:m])):
            return m
    return i


KNOWN_WORDS = {"usually", "commonly", "generally", "widely", "often", "better", "locally", "simply", "also"}


def after_known_as(doc: Doc, j: int) -> int:
    """The token after "known as" when doc[j:] reads "(which is / will be) (usually) known (locally /
    across the county) as": at most four words between "known" and "as", none of them
    punctuation; else `j`."""
    k = j
    if k + 1 < len(doc) and doc[k].lower_ == "which" and doc[k + 1].lower_ in {"is", "was"}:
        k += 2
    elif k + 2 < len(doc) and doc[k].lower_ == "which" and doc[k + 1].lower_ == "will" and doc[k + 2].lower_ == "be":
        k += 3  # "The trust, which will be known as X from April" (its name to come)
    while k < len(doc) and doc[k].lower_ in KNOWN_WORDS:
        k += 1
    if k >= len(doc) or doc[k].lower_ != "known":
        return j
    for m in range(k + 1, min(len(doc) - 1, k + 6)):
        if doc[m].is_punct or doc[m].is_space:
            return j
        if doc[m].lower_ == "as":
            return m + 1
    return j


# After "ACR, as Full Name": "is usually known", "is better known", "is known locally".
_KNOWN_AFTER = re.compile(r"^(is|was|are) ((usually|commonly|generally|widely|often|better|locally|now|more) ){0,2}"
                          r"(known|called|referred to)\b")


def _defined_before(doc: Doc, ent: Span) -> str | None:
    """"KPT, as Kestrel Peak Trust is usually known, ..." (or between dashes), "KPT (Kestrel Peak Trust)":
    an acronym defined before the name."""
    k = ent.start
    if k >= 3 and doc[k - 1].lower_ == "as" and doc[k - 2].text in {",", "–", "—", "("} \
            and is_short_form(doc[k - 3].text) \
            and abbreviates(doc[k - 3].text, ent.text) \
            and _KNOWN_AFTER.match(" ".join(t.lower_ for t in doc[ent.end:ent.end + 4])):
        return doc[k - 3].text
    if k >= 3 and doc[k - 1].lower_ == "the" and doc[k - 2].text == "," and is_short_form(doc[k - 3].text) \
            and len(ent) > 1 and abbreviates(doc[k - 3].text, ent.text) and ent.end < len(doc) and doc[ent.end].text == ",":
        return doc[k - 3].text  # "OWL, the Orchard Way Learning Trust, has ..."
    if k >= 2 and doc[k - 1].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")" \
            and is_short_form(doc[k - 2].text) and abbreviates(doc[k - 2].text, ent.text) and len(ent) > 1:
        return doc[k - 2].text
    return None




_DEFINED_HEADS = BODY_HEADS | {"commissioner", "office", "service", "committee", "institute", "executive",
                               "inspectorate", "network", "forum", "society", "confederation", "learning",
                               "catering", "cleaning", "transport", "meals", "kitchens", "payroll", "facilities"}


def _caps_or_listed(doc: Doc, i: int) -> bool:
    """Inside a name before its acronym: a word in capitals ("SEND") or a comma between
    Title Case words ("Information, Advice and Support Service")."""
    tok = doc[i]
    if len(tok) > 1 and tok.is_upper and tok.is_alpha:
        return True
    return tok.text == "," and i > 0 and (doc[i - 1].is_title or doc[i - 1].is_upper) and doc[i + 1].is_title


def _is_caps_word(tok) -> bool:
    """A word in capitals opening a name: "SEND Information, Advice and Support Service"."""
    return len(tok) > 1 and tok.is_upper and tok.is_alpha


def _place_word(tok) -> bool:
    """A proper noun the acronym leaves out in front of a name: the place in "Westby Child
    and Adolescent Mental Health Services (CAMHS)"."""
    return tok.is_title and tok.is_alpha and not tok.is_stop and (tok.pos_ == "PROPN" or tok.ent_type_ in {"GPE", "LOC"})


# What sets off an acronym after a name: "X (XT)", "X – XT –".
_OPENERS = {"(": ")", "–": "–", "—": "—"}
# Lower-case words that end a name written in sentence case: "Riverside learning trust".
_LOWER_NAME_WORDS = {"learning", "academy", "academies", "schools", "education", "multi", "-", "trust", "partnership"}


def _sentence_case_name(doc: Doc, end: int, short: str) -> Span | None:
    """"the Riverside learning trust – RLT –": a Title Case word or two, then lower-case
    words ending in a body's head, whose initials, every word counted, give the acronym."""
    if not doc[end - 1].is_lower or doc[end - 1].lower_ not in _DEFINED_HEADS:
        return None
    start = end - 1
    while start > 0 and doc[start - 1].is_lower and doc[start - 1].lower_ in _LOWER_NAME_WORDS:
        start -= 1
    first = start
    while first > 0 and doc[first - 1].is_title and doc[first - 1].is_alpha and start - first < 3 \
            and doc[first - 1].lower_ not in {"the", "a", "an"}:
        first -= 1
    words = [t.text for t in doc[first:end] if t.text != "-"]
    if first == start or len(short) < 3 or "".join(w[0].upper() for w in words) != short.upper():
        return None
    return Span(doc, first, end, label="ORG")


def defined_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Names an article defines an acronym for, when the model missed or cut them:
    "the Harbour Vale Learning Trust (HVLT)" -> ORG "Harbour Vale Learning Trust". The
    phrase must end with the head word of a body and its initials must give the acronym."""
    out = []
    taken = {i: e for e in ents for i in range(e.start, e.end)}
    words = doc_words(doc)
    for k in range(2, len(doc) - 2):
        if words[k] != "," and words[k] not in _OPENERS:
            continue  # acronym_after's first test, on the word alone
        found = acronym_after(doc, k)
        if found is None:
            continue
        end, acr = k, doc[found[0]].text
        lower = _sentence_case_name(doc, end, acr)
        if lower is not None and not any(i in taken and taken[i].label_ == "ORG" for i in range(lower.start, end)):
            out.append(lower)
            continue
        if not doc[end - 1].is_title or doc[end - 1].lower_ not in _DEFINED_HEADS:
            continue
        start = end - 1
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ in {"of", "and", "for", "&"}
                             and start > 1 and doc[start - 2].is_title
                             or doc[start - 1].text == "-" and not doc[start - 1].whitespace_
                             or doc[start - 1].text in {"'", "’", "'s", "’s"} and start > 1 and doc[start - 2].is_title
                             or doc[start - 1].is_lower and start > 1 and doc[start - 2].text == "-"
                             and not doc[start - 2].whitespace_  # "Co-operative"
                             or _caps_or_listed(doc, start - 1)) \
                and not doc[start].is_sent_start:  # "Parent Carers' Forum"; the sentence's first word may open it
            start -= 1
        while start < end and doc[start].lower_ in {"of", "and", "for", "&"}:
            start += 1
        # the shortest phrase ending here whose initials give the acronym
        for s in range(end - 1, start - 1, -1):
            span = doc[s:end]
            if abbreviates(acr, span.text) and (span[0].is_title or _is_caps_word(span[0])):
                first = s - 1 if s > start and _place_word(doc[s - 1]) and abbreviates(acr, doc[s - 1:end].text) \
                    else s  # "Westby Child and Adolescent Mental Health Services, known as CAMHS"
                inside = {id(taken[i]) for i in range(first, end) if i in taken}
                if any(taken[i].start < first and taken[i].label_ == "ORG" or taken[i].end > end
                       for i in range(first, end) if i in taken):
                    break  # part of a longer entity: leave it (not a title cut at "and": "The Lowby Adult and")
                if len(inside) == 1 and first in taken and (taken[first].start, taken[first].end) == (first, end) \
                        and taken[first].label_ == "ORG":
                    break  # already an organisation (read as a person, it is retagged)
                out.append(Span(doc, first, end, label="ORG"))
                break
    return out


# Words between two names of one body: "A (formerly B)", "A, now known as B", "A, which was renamed B".
_FORMERLY = [["(", "formerly"], ["(", "formerly", "known", "as"], ["(", "previously"], ["(", "previously", "known", "as"],
             [",", "formerly"], [",", "formerly", "known", "as"], [",", "previously", "known", "as"],
             [",", "which", "was", "formerly"], [",", "previously"], ["(", "known", "until", "recently", "as"],
             [",", "formerly", "called"], ["(", "formerly", "called"], [",", "now", "known", "as"], ["(", "now"],
             [",", "now", "called"], [",", "which", "was", "renamed"], [",", "renamed"], ["(", "renamed"],
             [",", "which", "renamed", "itself"], [",", "which", "changed", "its", "name", "to"],
             [",", "which", "was", "formerly", "known", "as"], [",", "which", "was", "previously", "known", "as"]]


def former_name_of(doc: Doc, ent: Span, last: Span | None, earlier: list[Span] = ()) -> Span | None:
    """`last` when `ent` is given as its former name: "Lift Schools (formerly Academies
    Enterprise Trust)", "Meridian Trust, formerly Cambridge Meridian Academies Trust"."""
    if last is not None and last.end < ent.start and _head_formerly(doc, ent.start, last):
        return last  # "... Orchard Way Learning Trust ... The trust, formerly Pennyfold Academy Trust, ..."
    if last is None or last.end >= ent.start:
        return None
    if ent.start - last.end <= 10 and _says_former([t.lower_ for t in doc[last.end:ent.start]]):
        return last
    # "Garnet Learning Trust ... Garnet, which was formerly known as Y": the short form (the
    # first word) of the last body named, or of one body named earlier
    by_first: dict[str, list[Span]] = {}
    for e in [*earlier, last]:
        name = (e.kb_id_ or e.text).split()
        if len(name) > 1:
            by_first.setdefault(name[0], []).append(e)
    for s in range(max(last.end, ent.start - 10), ent.start - 1):
        bodies = {(e.kb_id_ or e.text): e for e in by_first.get(doc[s].text, [])}
        if len(bodies) == 1 and _says_former([t.lower_ for t in doc[s + 1:ent.start]]):
            return next(iter(bodies.values()))
    return None


def _says_former(between: list[str]) -> bool:
    """The words between two names of one body say that one is the other's former name."""
    if between[-1:] == ["the"]:
        between = between[:-1]  # "formerly known as the St Aidan's Academies Trust"
    if between in _FORMERLY or between[:1] == ["("] and between[1:] in [f[1:] for f in _FORMERLY if f[0] == ","]:
        return True
    return bool(_FORMER_WORDS.match(" ".join(between)))


def _head_formerly(doc: Doc, start: int, last: Span) -> bool:
    """The sentence opens "The <head>, formerly" (or previously, until recently) right before
    the name at `start`, and `last`, the latest body named, ends in that head."""
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1  # "The trust, formerly the Larkspur Federation"
    if k > 0 and doc[k].lower_ == "as" and doc[k - 1].lower_ == "known":
        k -= 1
    if k >= 0 and doc[k].lower_ in {"known", "called", "named"}:
        k -= 1
    if k < 3 or doc[k].lower_ not in {"formerly", "previously"} or doc[k - 1].text != "," \
            or doc[k - 3].lower_ != "the" or doc[k - 3].sent.start != k - 3:
        return False
    head = doc[k - 2].lower_
    return doc[k - 2].is_lower and (last.kb_id_ or last.text).lower().split()[-1:] == [head]


# "X, the trust formerly known as Y" (or "the 19-school trust ..."), "X, which was known as Y
# until 2021", "Y will now (then) be known as X", "Y is to be renamed X": the words between
# two names of one body.
_FORMER_WORDS = re.compile(
    r"^(, |\( )?((the|a|an) ([\w-]+ ){0,3}(trust|school|academy|body|company|organisation|partnership|group|federation) )?"
    r"((which|who) (was|were|had been) (known as|called|named)"
    r"|(formerly|previously|once|until recently) (known as|called|named)"
    r"|(will|is to|is going to|would) (now |then |later )?be (known as|called|renamed)"
    r"|(has been|was|is being) renamed)$")


def unique_initials(ents: list[Span]) -> dict[str, str]:
    """{initials: canonical name} of the names of more than one word, for initials that
    only one body's name gives."""
    names: dict[str, set[str]] = {}
    for e in ents:
        if e.label_ == "ORG" and len(e) > 1:
            canonical = e.kb_id_ or e.text
            names.setdefault(initials(" ".join(e.text.split())), set()).add(canonical)
    return {k: next(iter(v)) for k, v in names.items() if len(v) == 1}


# Two-letter capitals are too often something else ("TV", "GP", "PE"); three or more that
# spell the initials of a body the article names are that body. Chosen from how local
# papers abbreviate trusts and councils ("KVST", "SCC"), not tuned on a set.
_MIN_INITIALS = 3


def initialism_spans(doc: Doc, ents: list[Span], by_initials: dict[str, str]) -> list[Span]:
    """Untagged (or place-tagged) capitalised tokens that are the initials of one name the
    article gives in full ("built KVST into a group of 22 schools"), as ORG spans carrying
    that name. Not inside a run of capitals (a headline in capitals)."""
    taken = {i: e for e in ents for i in range(e.start, e.end)}
    out = []
    for i, word in enumerate(doc_words(doc) if by_initials else ()):
        canonical = by_initials.get(word)
        if canonical is None or len(word) < _MIN_INITIALS or not word.isupper() or not doc[i].is_alpha:
            continue
        tok = doc[i]
        if any(0 <= j < len(doc) and doc[j].is_upper and doc[j].is_alpha for j in (tok.i - 1, tok.i + 1)):
            continue  # "CADDINGHAM TRUST CHIEF": a headline in capitals
        other = taken.get(tok.i)
        if other is not None and (other.label_ == "ORG" or (other.start, other.end) != (tok.i, tok.i + 1)):
            continue
        out.append(Span(doc, tok.i, tok.i + 1, label="ORG", kb_id=canonical))
    return out


def defined_for_short_forms(doc: Doc, ents: list[Span], short_spans: list[Span]) -> tuple[list[Span], dict[str, str]]:
    """Acronyms defined after a short form of a name ("Our Lady of Hexby, known locally as
    OLH", where the article's full name is longer): every use of the acronym, untagged or
    tagged as a body of its own, becomes the full name's. Returns the entities and
    {acronym: canonical}."""
    defined: dict[str, str] = {}
    for e in short_spans:
        for short in defined_short_forms(doc, e):
            defined.setdefault(short, e.kb_id_)
    if not defined:
        return ents, defined
    taken = {i: e for e in ents for i in range(e.start, e.end)}
    for i, word in enumerate(doc_words(doc)):
        canonical = defined.get(word)
        if canonical is None:
            continue
        tok = doc[i]
        other = taken.get(tok.i)
        if other is not None and (other.start, other.end) != (tok.i, tok.i + 1):
            continue
        if other is not None and other.label_ == "ORG" and other.kb_id_ not in {"", tok.text}:
            continue  # the name of another body already
        ents = [x for x in ents if x is not other] + [Span(doc, tok.i, tok.i + 1, label="ORG", kb_id=canonical)]
    return ents, defined
