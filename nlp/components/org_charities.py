"""Charities of another sort with a trust-shaped name, for `not_a_trust`
(nlp/components/org_denials.py):

- `charity_of_another_sort`: an appositive or a predicate calls the body a charity and says
  nothing of schools ("X Trust, the town's homelessness charity, said ..."); the appositive
  ends at its closing comma, so what the sentence goes on to say of another body ("X Trust,
  a charity that runs climbing centres, has asked the academy trust to ...") is not read as
  the charity's; only a predicate saying it runs schools undoes it;
- `charity_named_before`: "designed by Tarrowby charity the X Trust", and the name set off
  after "a charity," ("funded by a charity, the X Trust, and the council");
- `memorial_charity`: "X Trust, set up by the family of ...", "set up in memory of ...": a
  charity named after a person.

Academy trusts are charities too ("X Trust, a charity which runs six academies"): schools in
what the text says of the body keep it a trust.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from nlp.components.org_evidence import described_at

CHARITY = frozenset({"charity"})
_CHARITY_NOUNS = frozenset({"charity", "charities"})
_SCHOOL_WORDS = re.compile(r"\b(schools?|academy|academies|pupils|primaries|secondaries|education)\b")
# At most this many tokens read of what an appositive or a predicate says a body is.
_MAX_DESCRIPTION = 15
_CLAUSE_ENDS = frozenset({".", ";", ")"})
# A body's own schools named in what the sentence goes on to say: "X Trust, a charity based in
# Kendal, runs nine academies", "... and its schools"
RUNS_SCHOOLS = re.compile(r"\b(runs|ran|operates|oversees) (its |the )?([\w-]+ )?(\d+|two|three|four|five|six|seven|"
                          r"eight|nine|ten|eleven|twelve|\w+teen|twenty[\w-]*|thirty[\w-]*|several) ([\w-]+ )?"
                          r"(schools|academies|primaries|secondaries)\b")
_ITS_SCHOOLS = re.compile(r"\b(its|their) ([\w-]+ ){0,2}(schools|academies|pupils|primaries|secondaries)\b")
_CHARITY_SAID = re.compile(r"^(a|an|the) ([\w'’-]+ ){0,4}(charity|charitable (trust|foundation|body|organisation|company))\b")
# a school it once founded is not one it runs: "the Victorian charity that founded a school on the site"
_FOUNDED_A_SCHOOL = re.compile(r"\b(founded|built|endowed) (a|the) ([\w'’-]+ )?school\b(?! and (now )?run)")


def _schools_said(text: str) -> bool:
    """Schools in what a description says of a body; schools it shares with maintained schools
    are not academies ("a charitable trust shared with two nearby maintained primaries")."""
    text = _FOUNDED_A_SCHOOL.sub(" ", text)
    return _SCHOOL_WORDS.search(text) is not None and not ("maintained" in text and "academ" not in text)


def charity_of_another_sort(doc: Doc, end: int) -> bool:
    """"X Trust, the Tarrowby homelessness charity, said ...": a plain "... Trust" that an
    appositive calls a charity, with no schools or pupils in the appositive, and no schools
    the rest of its clause says it runs; or a predicate that does: "X Trust is a charity that
    supports young carers"."""
    at = described_at(doc, end)
    if at is None:
        return False
    words = []
    for t in doc[at[0]:min(len(doc), at[0] + _MAX_DESCRIPTION)]:
        if t.text in _CLAUSE_ENDS or t.is_space and "\n" in t.text:
            break
        words.append(t.lower_)
    text = " ".join(words)
    if _CHARITY_SAID.match(text) is None:
        return False
    described, _, rest = text.partition(" , ") if not at[1] else (text, "", "")
    if _schools_said(described):
        return False
    return RUNS_SCHOOLS.search(rest) is None and _ITS_SCHOOLS.search(rest) is None


def charity_named_before(doc: Doc, start: int) -> bool:
    """"designed by Tarrowby charity the X Trust": "charity" just before "the" and the name;
    "run with a charity, the X Trust, and ...": the name set off after "a charity,", unless the
    rest of its sentence says it runs schools ("a charity, the X Trust, which runs three academies")."""
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        if k > 0 and doc[k - 1].lower_ in _CHARITY_NOUNS:
            return True
        k -= 1
    if k < 2 or doc[k].text != "," or not (doc[k - 1].is_lower and doc[k - 1].lower_ in _CHARITY_NOUNS):
        return False
    rest = " ".join(t.lower_ for t in doc[start:doc[start].sent.end] if not t.is_space)
    return RUNS_SCHOOLS.search(rest) is None and _ITS_SCHOOLS.search(rest) is None


# "X Trust, set up by the family of ...", "X Trust, which was set up in memory of ...",
# "X Trust, founded by her parents", "X Trust, named after ..."
_MEMORIAL = re.compile(r"^, ((which|that) (was|were) )?(set up|founded|established|launched|started) "
                       r"(by (the|his|her|their) (family|parents|mother|father|widow|widower|friends|sister|brother)\b|"
                       r"in (memory|honour|honor) of\b|"
                       # "X Trust, set up under the will of a mill owner": a testamentary charity
                       r"(under|by|in) (the|his|her|their) (will|wills|bequest)\b)"
                       r"|^, ((which|that) (was|is) )?named (after|in memory of|in honour of)\b")
_SCHOOLS_BY_NAME = re.compile(r"\b(learning|schools|academies) trust$", re.I)


def charity_head(name: str) -> bool:
    """A name a charity named after a person ends in ("X Trust", "X Foundation"); "X Academies,
    named after the businessman who sponsored its first school" runs academies by its name, and
    so does "X Learning Trust, named after the first of its founding values"."""
    return name.lower().split()[-1:] in (["trust"], ["foundation"], ["fund"]) and _SCHOOLS_BY_NAME.search(name) is None


def memorial_charity(doc: Doc, end: int) -> bool:
    """What follows the name ending at token `end` says it was set up by a family or in
    memory of someone: a charity named after a person."""
    words = " ".join(t.lower_ for t in doc[end:min(len(doc), end + 10)] if not t.is_space)
    if _MEMORIAL.match(words) is None:
        return False
    # "Veritas, named after the Latin word for truth, now runs nine schools": its sentence
    # shows it running schools
    rest = " ".join(t.lower_ for t in doc[end:doc[end - 1].sent.end] if not t.is_space)
    return RUNS_SCHOOLS.search(rest) is None
