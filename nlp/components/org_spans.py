"""Span-level rules for organisation names, used by `newswatch_orgs` (nlp/components/orgs.py):
`clean_org`: a document is not an organisation ("Academy Trust Handbook" goes, "Ofsted
report" keeps "Ofsted"); a fragment of a sentence or headline is not a name; coordinated
names are split when both halves are names of bodies ("Compass Partnership of Schools and
Eko Trust"), and kept whole otherwise ("Bath and Wells Diocesan Academies Trust",
"Association of School and College Leaders").

Short forms of names the article gives in full and untagged repeats are in
org_short_forms.py; acronyms and former names the article defines in org_defined.py.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.components.org_conjuncts import two_bodies
from nlp.components.org_fragments import BODY_HEADS, GENERIC, SOFT_HEADS, award_name, names_no_body, trust_run_on
from nlp.components.org_headlines import headline_end, headline_style
from nlp.components.org_kinds import infer_kind, is_document, is_document_title, is_fragment
from nlp.components.doc_text import doc_text

_SCHOOL_WORDS = {"high", "infant", "infants", "junior", "juniors", "nursery", "community", "church", "grammar"}
# A live blog's time stamp ("07:32", "9.15am") the entity model took into the name after it.
TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:am|pm)?", re.I)


def _words(span: Span) -> list[str]:
    return [t.text for t in span]


# Lower-case nouns after a name that make it the name of a scheme (a body the gazetteer
# knows comes back from the gazetteer: "the DfE programme").
_PROGRAMME_NOUNS = {"programme", "program", "scheme", "initiative", "pilot"}
# The same nouns heading an appositive: "X, a scheme run by ...", "X, a two-year pilot".
_SCHEME_NOUNS = frozenset(_PROGRAMME_NOUNS | {"project", "campaign"})
# Imperatives that open campaigns' names: "Save Our Schools", "Stop the Cuts", "Keep X Local".
_CAMPAIGN_VERBS = {"save", "keep", "stop", "protect", "defend", "fight", "scrap", "rescue", "reclaim", "hands"}


# Things a name may be given to that are no bodies: a petition, an appeal, a scheme, a
# programme, a banner or slogan ("campaign" is not among them: the writers of most sets count
# "a campaign called Keep X Local" as a group).
_NAMED_THINGS = frozenset(_PROGRAMME_NOUNS | {"petition", "appeal", "banner", "slogan", "hashtag"})
_NAMING_VERBS = {"called", "titled", "entitled", "named", "headed"}
# What closes an appositive name: "its new programme, X Teach, will ..."
_APPOSITIVE_ENDS = {",", ".", ";", ")", "—", "–"}


def _thing_named_before(doc: Doc, start: int, end: int) -> bool:
    """The name at doc[start:end] is given to a thing the lower-case noun before it names:
    "a petition titled X", "under the banner X", "the scheme, called X,", "its new programme, X, ...". After a comma
    only a name of no body's shape, closed by another comma ("Under the scheme, X Learning
    Trust, which ..." names the trust)."""
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k >= 0 and doc[k].lower_ in _NAMING_VERBS:
        k -= 1
        if k >= 0 and doc[k].text == ",":
            k -= 1  # "The scheme, called X, is ...": the noun before the appositive's comma
    elif k >= 0 and doc[k].text == ",":
        if end >= len(doc) or doc[end].text not in _APPOSITIVE_ENDS or infer_kind(doc[start:end].text) != "other":
            return False
        k -= 1
    return k >= 0 and doc[k].is_lower and doc[k].lower_ in _NAMED_THINGS


def _scheme_apposed(doc: Doc, end: int) -> bool:
    """", a scheme run by ...", ", a two-year pilot": an appositive whose lower-case head is
    a scheme's (not ", the Democratic Campaign Committee": a name)."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in {"a", "an", "the"}:
        return False
    for t in doc[end + 2:min(len(doc), end + 6)]:
        if not (t.is_lower or t.text == "-"):
            return False
        if t.lower_ in _SCHEME_NOUNS:
            return True
    return False


def _known_as_scheme(doc: Doc, end: int) -> bool:
    """"X, as the programme is known": the text calls the name a scheme's."""
    words = [t.lower_ for t in doc[end:min(len(doc), end + 6)] if not t.is_space]
    return words[:3] in ([",", "as", "the"], [",", "as", "this"]) and len(words) >= 5 \
        and words[3] in _SCHEME_NOUNS and words[4] in {"is", "was"}


def clean_org(span: Span) -> list[Span]:
    """The organisation spans to keep for one ORG span (none, itself, a part, or two)."""
    if span.label_ != "ORG":
        return [span]
    doc = span.doc
    if len(span) > 1 and TIME_STAMP.fullmatch(span[0].text):  # a live blog's "07:32 Thornwick Council has ..."
        return clean_org(Span(doc, span.start + 1, span.end, label="ORG", kb_id=span.kb_id))
    words = _words(span)
    if is_fragment(words) or is_document_title(words) or names_no_body(words):
        return []
    if (k := trust_run_on(words)) is not None:  # "Marsh Academy Trust Choir"
        trust, text = Span(doc, span.start, span.start + k, label="ORG"), doc_text(doc)
        head = headline_end(text)
        if span.end_char > head or not headline_style(text[:head]):  # Title Case: org_headlines judges
            alone = re.search(re.escape(trust.text) + r"(?![ \t]+[A-Z])", text)  # not run on into capitals
            return clean_org(trust) if span.end_char <= head or alone else []
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ == "secretary":
        return []  # "Secretary of State"
    if span.end < len(doc) and doc[span.end].is_title and is_document(words + [doc[span.end].text]):
        return []  # "Trust Quality" of "Trust Quality Descriptors": part of a document's title
    if span.end < len(doc) and doc[span.end].lower_ in _PROGRAMME_NOUNS and doc[span.end].is_lower or award_name(span):
        return []  # "the Safer Schools Partnership programme": a scheme's name; "Best Trust title": an award's
    if _scheme_apposed(doc, span.end) or _known_as_scheme(doc, span.end):
        return []  # "the Safer Schools Partnership, a scheme run by the police": not a body
    if _thing_named_before(doc, span.start, span.end):
        return []  # "a petition titled Save X School", "its new programme, X Teach,": the thing's name
    if words[0].lower() in _CAMPAIGN_VERBS and len(words) > 1 and words[1][:1].isupper() \
            and span.end < len(doc) and doc[span.end].lower_ in {"campaign", "petition"}:
        return []  # "its Save Bramford Schools campaign": a campaign (not "the Save X group")
    end = span.end
    while end > span.start + 1 and (doc[end - 1].like_num or doc[end - 1].text in {"-", "–", "/"}):
        end -= 1  # "School Organisation Plan 2025-2030": the years are not the name
    if end < span.end and is_document([doc[end - 1].text]):
        return []
    end = span.end
    if end - span.start > 2 and doc[end - 1].lower_ == "board" and doc[end - 2].lower_ == "trust":
        return [Span(doc, span.start, end - 1, label="ORG", kb_id=span.kb_id)]  # a trust's board is the trust
    while end > span.start and is_document([t.text for t in doc[span.start:end]]):
        end -= 1  # "Ofsted report" -> "Ofsted"; "Academy Trust Handbook" -> "Academy Trust"
    if all(t.lower_ in GENERIC | _SCHOOL_WORDS for t in span):
        # "High School" alone is no name; "KIDDERBURY High School" (a paragraph's first
        # word in capitals, as local papers write it) is Kidderbury High School.
        k = span.start - 1
        if k >= 0 and doc[k].is_upper and doc[k].is_alpha and len(doc[k]) > 2 \
                and (k == 0 or doc[k - 1].is_space or doc[k].is_sent_start):
            name = doc[k].text.title() + doc[k].whitespace_ + span.text
            return [Span(doc, k, span.end, label="ORG", kb_id=name)]
        return []
    if end < span.end and doc[end].is_title:
        return []  # "Trust Quality Descriptors", "Academy Trust Handbook": a document's title
    if end < span.end:
        rest = doc[span.start:end]
        if not len(rest) or all(t.lower_ in GENERIC for t in rest) or doc[end - 1].text in {"'s", "’s"}:
            return []
        span = Span(doc, span.start, end, label="ORG", kb_id=span.kb_id)
    return split_coordinated(span)


def split_coordinated(span: Span) -> list[Span]:
    """"A Partnership of Schools and B Trust" -> [A..., B Trust] when each side has at
    least two words and ends with the head word of a body; "A School, B Learning" -> [A
    School, B Learning] (a comma after a head word ends a name); else [span]."""
    doc = span.doc
    for k in range(span.start + 1, span.end - 1):
        # "Hollybank School, Lowmoor Learning": a comma after a body's head word ends its name;
        # what follows is another body's name, or no name ("Tarrowby Council, Northtown")
        if doc[k].text == "," and doc[k - 1].lower_ in BODY_HEADS and doc[k - 1].is_title:
            left = Span(doc, span.start, k, label="ORG")
            right = doc[k + 1:span.end]
            if right[0].is_title and right[-1].lower_ in BODY_HEADS | SOFT_HEADS and right[0].lower_ not in GENERIC:
                return [left] + split_coordinated(Span(doc, right.start, right.end, label="ORG"))
            return [left]
    for k in range(span.start + 2, span.end - 2):
        if doc[k].lower_ not in {"and", "&"}:
            continue
        left, right = doc[span.start:k], doc[k + 1:span.end]
        if left[-1].lower_ in BODY_HEADS and right[-1].lower_ in BODY_HEADS and left[-1].is_title \
                and right[0].is_title and right[0].lower_ not in GENERIC:
            return [Span(doc, left.start, left.end, label="ORG"), Span(doc, right.start, right.end, label="ORG")]
    parts = two_bodies(span)  # "A Education and B Schools Partnership are ...": the text says two
    return [span] if parts is None else parts
