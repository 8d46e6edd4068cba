"""Capitalised runs that name no body, for `clean_org` (nlp/components/org_spans.py): what a
run of capitals needs before it is an organisation's name at all.

A body's name puts what tells it apart before its head word ("Harbour Learning Trust",
"Kelby Schools"); the head ends the name, or comes before another body's head ("Kingswood
Trust School", "Keystone Trust Services Ltd", "Brantshire Trust Leaders' Network"). So:

- generic words with a head among them and one word after ("Academy Trust Pay", "Trust
  Bosses", "Federation Warning", "School Lane") name no body: a headline's words, a street;
- a name running on past "Trust" into words that name no body ("Marsh Academy Trust Choir",
  "Fernley Trust Awards", "Oakfield Trust Head Praised", "Schools Trust Merger Approved")
  is the trust's choir, awards or a headline, never the trust: `clean_org` keeps the trust
  in a headline (for the headline rules to judge) or when the text names it elsewhere in
  the same capitals, and nothing otherwise ("the Castlegate trust" may be another's).

`widened_left` gives back a name's first word the model cut off, when the text writes the
two words together elsewhere ("caterer Fresh Plate Catering Ltd" beside "Fresh Plate wins").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.components.doc_text import doc_text

# Last words of a name of a body (what a coordinated half must end with to stand alone).
BODY_HEADS = frozenset(
    """trust trusts council academy academies school schools college federation partnership
    union ltd limited plc group services foundation diocese authority agency department
    association alliance board""".split()
)
# Last words of names that say a body but not its sort: trusts often carry them ("Ashgrove
# Education", "the Greyfriars Partnership"; org_evidence.py, org_lists.py, ...).
SOFT_HEADS = frozenset("education learning foundation collaborative partnership alliance academies schools "
                       "federation community".split())
# Words that alone are a generic description, not a name.
GENERIC = BODY_HEADS | {"multi", "-", "learning", "the", "education", "primary", "secondary", "of", "and"}
# Words that end a unit's or a body's name after generic words: "School Admissions Team",
# "Schools Forum", "Union League" (a club).
_UNIT_ENDS = {"team", "service", "services", "unit", "forum", "office", "hub", "panel", "board", "network", "ltd", "plc",
              "league", "club", "society", "institute", "bank", "company", "corporation", "committee", "commission"}
# Words after "Trust" that carry on a body's name: a school, a company, a network of its leaders.
_AFTER_TRUST = BODY_HEADS | _UNIT_ENDS | {"primary", "infant", "junior", "nursery", "leaders", "properties",
                                         "company", "co", "corp", "corporation", "inc", "holdings", "bank", "llp", "cic"}


def names_no_body(words: list[str]) -> bool:
    """"Academy Trust Pay", "Trust Bosses": generic words ending in a body's head and one
    word after ("Department for Education", "School Meals Service" name one)."""
    lower = [w.lower() for w in words]
    return len(lower) >= 2 and lower[-1] not in GENERIC | _UNIT_ENDS and words[-1].isalpha() and words[-1][0].isupper() \
        and lower[-2] in BODY_HEADS and all(w in GENERIC - {"of", "and", "the"} for w in lower[:-1])


def trust_run_on(words: list[str]) -> int | None:
    """"Marsh Academy Trust Choir": the number of words up to the last "Trust" when
    capitalised words follow it, none of them a word that carries on a body's name; else None."""
    lower = [w.lower() for w in words]
    if "trust" not in lower[:-1]:
        return None
    k = len(lower) - lower[::-1].index("trust")
    rest = words[k:]
    if rest and all(w.isalpha() and w[0].isupper() for w in rest) and not any(w.lower() in _AFTER_TRUST for w in rest):
        return k
    return None


# What an award is called after its name, in lower case: "Best Trust title", "Top School award".
_AWARD_NOUNS = frozenset({"title", "award", "prize", "accolade", "trophy", "category"})


def award_name(span: Span) -> bool:
    """"Best Trust title for Willowdene", "won the Most Improved School award": a name opening
    with a superlative and followed by an award's noun names an award, not a body."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].is_lower and doc[span.end].lower_ in _AWARD_NOUNS \
        and (span[0].tag_ == "JJS" or span[0].lower_ in {"best", "top", "most"})


def federation_of_schools(words: list[str]) -> bool:
    """"the Brackenfold Federation", read as a place by the model, is a body; "the Russian
    Federation" (a nation's adjective before the head) stays a place."""
    words = [w for w in words if w.lower() != "the"]
    return len(words) >= 2 and words[-1] == "Federation" and words[-2][:1].isupper() \
        and not words[-2].lower().endswith(("ian", "ean", "ese", "ish", "ic", "an"))



def widened_left(doc: Doc, e: Span) -> Span:
    """"Hallamby caterer Fresh Plate Catering Ltd" read by the model as "Plate Catering Ltd":
    the capitalised word before an organisation (not opening its sentence) is part of its
    name when the text gives the two words together elsewhere too ("Fresh Plate wins ...")."""
    if e.label_ != "ORG" or e.start == 0 or len(e) < 2:
        return e
    w = doc[e.start - 1]
    if not (w.is_title and w.is_alpha) or w.is_sent_start or w.lower_ in GENERIC or not w.whitespace_ \
            or w.ent_type_ in {"DATE", "TIME"}:
        return e  # "On Monday Harbour Learning Trust said": a day is no part of a name
    pair = re.compile(r"(?<![\w-])" + re.escape(f"{w.text} {doc[e.start].text}") + r"(?![\w-])")
    if any(m.start() != w.idx for m in pair.finditer(doc_text(doc))):
        return Span(doc, e.start - 1, e.end, label="ORG", kb_id=e.kb_id)
    return e
