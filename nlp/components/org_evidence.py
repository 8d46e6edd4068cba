"""What the text itself shows about names the model misses or whose kind their shape does
not tell, for `newswatch_orgs` (nlp/components/orgs.py):

- `evidenced_names`: "<Proper> Education", "<Proper> Learning", "<Proper> Foundation",
  "<Proper> Collaborative"... that the model left untagged or read as a place or a person,
  kept only when the article gives evidence that they name a body: the name or its first
  word used again on its own ("seconded from Ashgrove"), a school joining it or being part
  of it, "chief executive of", "which runs six academies", "the trust";
- a bare one-word name after what a school is to its trust ("schools run by Corvane"),
  found and judged in org_bare_names.py;
- `evidenced_as_trust`: a body whose name says nothing of its kind that the article shows
  running schools: "Hawksworth Primary Academy, part of the Greyfriars Partnership",
  "Dunsford Vale School goes to Ashgrove Education", "schools run by the X", "the chief
  executive of the X Foundation" in an article about academy trusts.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.components.org_bare_names import bare_trust_names, before_text, school_tie_before, school_tied_word
from nlp.components.org_context import after_short_form, described_as_academy_trust
from nlp.components.org_fragments import BODY_HEADS, SOFT_HEADS, federation_of_schools
from nlp.components.org_lists import listed_as_trust, trust_pairs
from nlp.components.org_heads import head_said_trust, trust_said_before
from nlp.components.org_pay import in_pay_list
from nlp.components.org_kinds import DOCUMENT_HEADS, not_school_trust, infer_kind, name_says_kind
from nlp.components.lexicon import ROLE_WORDS, TITLES
from nlp.components.doc_text import doc_lowers, doc_text, doc_words

_STOPS = frozenset("the a an in at of for and by on to from with".split())
# Words before a name that say it has a chief officer or trustees: a body.
_OFFICER_OF = re.compile(r"\b(chief executive|ceo|chief executive officer|chair of trustees|trustees|"
                         r"chief operating officer|executive headteacher|accounting officer) of( the)?$")
_ABOUT_TRUSTS = re.compile(r"\b(academy trusts?|multi-academy|multi - academy|trusts)\b")
_OFFICERS = {"chief", "ceo", "chair", "chairman", "chairwoman", "trustees", "board", "director", "directors",
             "spokesman", "spokeswoman", "spokesperson", "finance"}
_RUNS_SCHOOLS = {"schools", "academies", "primaries", "secondaries", "headteachers", "heads"}


def _name_word(tok) -> bool:
    return tok.is_title and tok.is_alpha and tok.lower_ not in _STOPS and tok.lower_ not in TITLES \
        and tok.lower_ not in ROLE_WORDS and tok.lower_ not in SOFT_HEADS and tok.pos_ in {"PROPN", "NOUN", "ADJ"}


def _about_trusts(doc: Doc) -> bool:
    return _ABOUT_TRUSTS.search(doc_text(doc).lower()) is not None


_SCHOOLS_SAID = re.compile(r"\b(schools?|academy|academies|pupils|primaries|secondaries)\b")
OTHER_BODIES = frozenset("charity company firm business campaign group network forum club society union council "
                          "consultancy developer provider university college regulator quango".split())


def described_at(doc: Doc, end: int) -> tuple[int, bool] | None:
    """Where the text starts saying what the name ending at token `end` is, and whether it
    says so in a predicate: the article of an appositive ("X, a charity ...") or of a
    predicate ("X is a charity ..."), past a short form the text gives it ("X, or WAL, is a
    charity", "X (WAL), a charity"); None when neither follows."""
    k = after_short_form(doc, end)
    if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in {"is", "was"}:
        k += 1  # ", or WAL, is a ..."
    if k + 1 >= len(doc) or doc[k].text != "," and doc[k].lower_ not in {"is", "was"} \
            or doc[k + 1].lower_ not in {"a", "an", "the"}:
        return None
    return k + 1, doc[k].text != ","


def appositive_noun(doc: Doc, end: int, nouns: frozenset) -> str | None:
    """The noun of `nouns` heading an appositive after the name ending at token `end`:
    "X, a three-year programme run by ...", "X, the not-for-profit company the council set up";
    or a predicate saying what it is: "X, or WAL, is a charity that runs holiday clubs" (not
    when its sentence speaks of schools: academy trusts are charities too)."""
    at = described_at(doc, end)
    if at is None:
        return None
    k, predicate = at
    if predicate and _SCHOOLS_SAID.search(doc[k:doc[k].sent.end].text.lower().replace("after-school", "")):
        return None
    words = [t.lower_ for t in doc[k:k + 9]]
    for i, w in enumerate(words[1:], 1):
        if w in nouns:
            # "run by X, the company announced": a reporting clause, not an appositive
            return None if words[i + 1:i + 2] and words[i + 1] in _REPORTING else w
        if w in {",", ".", ";", ":", "(", "run", "which", "that", "set", "of", "in", "with", "and", "charitable"}:
            break  # "X Learning Trust, a charitable company limited by guarantee": an academy trust
    return None


def introduced_otherwise(doc: Doc, short: str) -> bool:
    """Whether a use of the name `short` has an appositive saying it is a body of another sort
    ("the Cordwell Trust, the Victorian charity that founded a school on the site"): a body of
    its own, not the short form of a longer name (Cordwell Trust Academy Trust)."""
    words = short.split()
    n = len(words)
    if not words or words[-1].lower() not in BODY_HEADS:
        return False  # "Kestrel, a group of nine academies": a bare short form, described
    texts = doc_words(doc)  # (the word as a string: no Token made for every position)
    return any(texts[i] == words[0] and doc[i:i + n].text == short and appositive_noun(doc, i + n, OTHER_BODIES)
               and not _RUNS_ACADEMIES.search(_apposition(doc, i + n)) for i in range(len(doc) - n + 1))


# "X Trust, a charity that runs six academies": an academy trust is a charity too
_RUNS_ACADEMIES = re.compile(r"\bacadem|\b(runs|running|operates|oversees) ([\w'’-]+ ){0,3}schools\b")


def _apposition(doc: Doc, end: int) -> str:
    """The words of the appositive after the name ending at token `end`, up to its closing comma."""
    words = []
    for t in doc[end + 1:min(len(doc), end + 25)]:
        if t.text in {",", ".", ";", ")"} or t.is_space and "\n" in t.text:
            break
        words.append(t.lower_)
    return " ".join(words)


_REPORTING = frozenset("said says announced announces confirmed confirms added told reported stated explained "
                       "revealed insisted claimed warned".split())
_NOT_BODIES = DOCUMENT_HEADS | {"project", "campaign", "course", "event", "scheme"}


def noun_before(doc: Doc, start: int, nouns: frozenset) -> bool:
    """"Research by the charity X", "the firm X": a lower-case noun of `nouns` just before the name."""
    return start > 0 and doc[start - 1].is_lower and doc[start - 1].lower_ in nouns


def described_otherwise(doc: Doc, end: int, nouns: frozenset = frozenset()) -> bool:
    """"X, a three-year programme run by ...": an appositive naming something that is not a
    body (or, with `nouns`, a body of another sort: "X, a grant-making charity")."""
    return appositive_noun(doc, end, _NOT_BODIES | nouns) is not None


_NEXT_SAYS_TRUST = re.compile(r"^(the trust|the academy trust|it runs \w+ (schools|academies|primaries|secondaries))\b")


def _trust_follows(doc: Doc, start: int, end: int) -> bool:
    """The next sentence opens by calling the body a trust, and the body opened the sentence
    before: "X has confirmed ... The trust runs seven schools", with no body but a school
    named in between."""
    if end >= len(doc) or end - start < 2:
        return False
    sent_start = doc[start].sent.start
    if any(not (t.is_space or t.lower_ == "the") for t in doc[sent_start:start]):
        return False  # not the sentence's subject
    nxt = doc[end].sent.end
    if nxt >= len(doc):
        return False
    if any(e.label_ == "ORG" and infer_kind(e.text) != "school" for e in doc[end:nxt].ents):
        return False  # another body named in between (a school may be: "the head of X Primary")
    opening = " ".join(t.lower_ for t in doc[nxt:nxt + 6] if not t.is_space)
    return _NEXT_SAYS_TRUST.match(opening) is not None


def _label_then_trust(doc: Doc, start: int, end: int) -> bool:
    """A name opening its paragraph as the label of an item ("Aspire: after three meetings,
    the trust has agreed ..."), the item then speaking of "the trust" before it names any
    other body or ends its sentence."""
    if end + 2 >= len(doc) or doc[end].text != ":" or start > 0 and "\n" not in doc[start - 1].text \
            and doc[start - 1].text not in {"\n", "\n\n"}:
        return False
    orgs = {i for e in doc.ents if e.label_ == "ORG" for i in range(e.start, e.end)}
    for t in doc[end + 1:min(len(doc), end + 30)]:
        if t.i in orgs or t.text in {".", "!", "?", ";"} or "\n" in t.text:
            return False
        if t.lower_ == "the" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "trust":
            return True
    return False


_OWN_BODY_WORDS = frozenset("church diocese archdiocese cathedral university hospital".split())


def evidenced_as_trust(doc: Doc, start: int, end: int) -> bool:
    """The article shows the body at doc[start:end] running schools (see the module doc)."""
    if any(t.lower_ in _OWN_BODY_WORDS for t in doc[start:end]) and doc[end - 1].lower_ not in SOFT_HEADS | {"trust"}:
        return False  # "to join a Church of England trust": a church, a diocese, a university is a body of its own
    if any(t.lower_ == "board" and doc[t.i + 1].lower_ == "of" for t in doc[start:end - 1]):
        return False  # "X Diocesan Board of Education, which oversees the diocese's schools"
    called_trusts, paired_trusts = trust_pairs(doc)
    if described_as_academy_trust(doc, start, end) or trust_said_before(doc, start, end) \
            or head_said_trust(doc, start, end) or in_pay_list(doc, start, end) \
            or (start, end) in called_trusts:
        return True  # "A and B. Both are multi-academy trusts": said, whatever the names look like
    if name_says_kind(doc[start:end].text) or described_otherwise(doc, end, OTHER_BODIES):
        return False  # "University of Harrowgate"; "Bright Futures, a three-year programme"
    if listed_as_trust(doc, start, end) or (start, end) in paired_trusts:
        return True  # "trusts such as A, B and C"; "Brookvale Learning Trust (7), Farrowfield Learning (5), ..."
    if _label_then_trust(doc, start, end):
        return True  # "Aspire: after three meetings, the trust has agreed ..."
    if end - start < 2:  # one word may be a place: "two of Witham's schools", "moved to Witham"
        return school_tied_word(doc, start, list(doc.ents))  # unless never one: "schools run by Corvane"
    if _trust_follows(doc, start, end):
        return True
    if end + 1 < len(doc) and doc[end].text in {"'s", "’s"} and doc[end + 1].lower_ in _RUNS_SCHOOLS:
        return True  # "Harwood Education's four academies"
    if _WHOSE_SCHOOLS.match(_after_text(doc, end)):
        return True  # "Kelby Learning, whose eight schools ..."
    if _has_its_schools(doc, start, end) or _TRUST_AWARD.match(_after_text(doc, end)):
        return True

    if school_tie_before(doc, start):
        return True  # "Hawksworth Primary Academy, part of the Greyfriars Partnership"
    before = before_text(doc, start)
    if _OFFICER_OF.search(before) is not None and _about_trusts(doc):
        return True
    return _named_as_trusts_are(doc, start, end) and _about_trusts(doc) or _its_head_has_schools(doc, end)


# "Halden Education Group (HEG) runs 16 academies": a "Group" is a company only by the shape of its name
_GROUP = re.compile(r"\b(education|learning|schools|academies) group$", re.I)
# "Tessera Education Ltd", "Tessera Education Trust Ltd": a trust is a company limited by guarantee, and may be
# named by its registered company name; only a name that says nothing else ("... Education Services Ltd" is a firm)
_TRUST_COMPANY = re.compile(r"^[\w'’ -]+ ((education|learning|schools|academies)( trust)?|trust) (ltd|limited)\.?$", re.I)
# "Saint Hild's Church of England Academy, a single-academy trust whose headteacher ...": the
# school's name is its trust's too
_APPOSED_TRUST = re.compile(r"^, (a|an) (single|multi)( - |-| )academy trust\b")


def shown_as_trust(doc: Doc, name: str, kind: str) -> bool:
    """Whether the text shows the body of kind `kind` (read from its name) to be an academy
    trust: a name saying nothing of its kind, or a company-shaped "Group", by evidenced_as_trust;
    a school's name by an appositive calling it a single- or multi-academy trust."""
    spans = [(e.start, e.end) for e in doc.ents if e.label_ == "ORG" and e.kb_id_ == name]
    if kind == "school":
        return any(_APPOSED_TRUST.match(" ".join(t.lower_ for t in doc[end:end + 6])) for _, end in spans)
    if kind == "company" and _TRUST_COMPANY.match(name) is not None:
        return any(described_as_academy_trust(doc, start, end) for start, end in spans)  # said outright
    return (kind == "other" or kind == "company" and _GROUP.search(name) is not None) and not not_school_trust(name) \
        and any(evidenced_as_trust(doc, start, end) for start, end in spans)


def _its_head_has_schools(doc: Doc, end: int) -> bool:
    """"the collaborative's six academies", "the partnership runs nine schools": the last
    word of the name (a soft head, not "federation") stands for the body and it has schools."""
    head = doc[end - 1].lower_
    if head not in SOFT_HEADS - {"federation", "foundation", "schools", "academies"}:
        return False
    return re.search(r"\bthe " + head + r"(['’]s| runs| operates| has) ([\w-]+ ){0,2}"
                     r"(schools|academies|primaries|secondaries)\b", doc_text(doc).lower()) is not None


# Last words that, after a proper name and nothing else, name a trust in an article about
# academy trusts: "Harwood Education", "Kelsey Learning", "Tolland Collaborative".
_TRUST_NAME_ENDS = {"education", "learning", "collaborative"}


def _named_as_trusts_are(doc: Doc, start: int, end: int) -> bool:
    """"<Proper name> Education / Learning / Collaborative": every word before the last a
    capitalised word of a name (no "of", "for", "and": "Diocesan Board of Education",
    "Institute for Learning"), and not after "for"/"of" ("Department for Education")."""
    if end - start < 2 or doc[end - 1].lower_ not in _TRUST_NAME_ENDS or not doc[end - 1].is_title:
        return False
    if start > 0 and doc[start - 1].lower_ in {"for", "of", "in"}:
        return False
    return all(t.is_title and t.is_alpha and t.lower_ not in _STOPS and t.lower_ not in SOFT_HEADS
               and t.lower_ not in _SORTS_OF_LEARNING for t in doc[start:end - 1])


# Words that make "X Education"/"X Learning" a service or a field, not a trust:
# "Tarrowby Adult Learning", "Hexby Home Education".
_SORTS_OF_LEARNING = frozenset("""adult further higher special early lifelong continuing family outdoor home
    alternative physical religious health music arts distance online community environmental""".split())


# "X was named Trust of the Year": an award for trusts.
_TRUST_AWARD = re.compile(r"^(was|has been|is|were) (named|crowned|voted) (as )?(the )?([\w-]+ ){0,2}"
                          r"(academy trust|multi-academy trust|trust|mat) of the year\b")
# "its schools", "its 14 academies" later in the sentence a body opens.
_ITS_SCHOOLS = re.compile(r"\bits (\w+ ){0,2}(schools|academies|primaries|secondaries)\b")
# ", whose eight schools", ", whose academies": the schools are the body's own.
_WHOSE_SCHOOLS = re.compile(r"^, whose (\w+ ){0,2}(schools|academies|primaries|secondaries)\b")
# Bodies that have schools without running them as a trust: a diocese, a church, a council.
_HAS_SCHOOLS_NOT_TRUST = {"diocese", "diocesan", "church", "council", "authority", "board", "commission", "forum",
                          "network", "association", "union"}


def _after_text(doc: Doc, end: int, n: int = 10) -> str:
    k = end + 1 if end < len(doc) and doc[end].text in {"'s", "’s"} else end
    return " ".join(t.lower_ for t in doc[k:min(len(doc), k + n)] if not t.is_space)


def _has_its_schools(doc: Doc, start: int, end: int) -> bool:
    """"X's director of inclusion told the committee its schools had opened ...": the body
    that opens the sentence has schools of its own (a name ending as trusts' names do; not
    a diocese, a council or a network)."""
    if doc[end - 1].lower_ not in SOFT_HEADS or any(t.lower_ in _HAS_SCHOOLS_NOT_TRUST for t in doc[start:end]):
        return False
    sent = doc[end - 1].sent  # the parser may end a sentence inside the name ("Garrowby | Alliance's ...")
    if any(not (t.is_space or t.lower_ == "the" or t.is_punct) for t in doc[sent.start:start]):
        return False  # not what the sentence is about
    rest = doc[end:sent.end]
    if any(e.label_ == "ORG" and e.start >= end for e in sent.ents):
        return False  # another body named before "its"
    return _ITS_SCHOOLS.search(" ".join(t.lower_ for t in rest)) is not None


def _evidence(doc: Doc, start: int, end: int, first_words: dict[str, list[int]]) -> bool:
    """Whether the text shows that doc[start:end] is the name of a body."""
    name = doc[start:end]
    if described_otherwise(doc, end):
        return False
    if evidenced_as_trust(doc, start, end):
        return True
    k = end + 1 if end < len(doc) and doc[end].text in {"'s", "’s"} else end
    if k < len(doc) and doc[k].lower_ in _OFFICERS:
        return True  # "Corvedale Learning's chief executive", "Pennine Vale Education trustees"
    if end < len(doc) and doc[end].text == "," and re.match(
            r", (the|a|an) ([\w-]+ ){0,3}(trust|charity|company|federation|partnership)\b",
            ", " + " ".join(t.lower_ for t in doc[end + 1:end + 6])):
        return True
    # the whole name used again ("Ashdown Learning said ... Ashdown Learning runs ...")
    text = name.text
    if any(i != start and doc[i:i + len(name)].text == text for i in first_words.get(name[0].text, ())):
        return True
    # "... X ... The trust runs seven schools": the next words call it a trust
    sent = name.sent
    after = doc[end:min(len(doc), sent.end + 6)]
    if re.search(r"\bthe (trust|" + re.escape(name[-1].lower_) + r")\b", " ".join(t.lower_ for t in after)):
        return True
    # the name's first word used again on its own, as a body ("seconded from Ashgrove",
    # "Ashgrove said"), not as a place ("in Ashgrove") nor inside another name
    for i in first_words.get(name[0].text, ()):
        if start <= i < end:
            continue
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and nxt.is_title:
            continue  # "Ashgrove Primary School": another name
        if i > 0 and doc[i - 1].lower_ in {"in", "across", "around", "near", "of", "throughout", "outside"}:
            continue
        if doc[i].ent_type_ in {"GPE", "LOC"}:
            continue
        return True
    return False


def _title_words(doc: Doc) -> dict[str, list[int]]:
    """{capitalised word: the indices of its tokens}: where a name's first word is used again."""
    out: dict[str, list[int]] = {}
    for t in doc:
        if t.is_title and t.is_alpha:
            out.setdefault(t.text, []).append(t.i)
    return out


def evidenced_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Names ending in a soft head (SOFT_HEADS) that no ORG entity covers, with evidence in
    the text that they name a body, and bare one-word trusts' names (org_bare_names.py); see
    the module doc."""
    org_tokens = {i for e in ents if e.label_ == "ORG" for i in range(e.start, e.end)}
    first_words: dict[str, list[int]] | None = None  # made when a name first needs it
    out = []
    for i, word in enumerate(doc_lowers(doc)):
        if word not in SOFT_HEADS:
            continue
        t = doc[i]
        if not t.is_title or t.i in org_tokens:
            continue
        start = t.i
        # back over name words, and soft heads inside the name ("Stanmoor Church Schools Foundation")
        while start > 0 and (_name_word(doc[start - 1]) or doc[start - 1].is_title and doc[start - 1].lower_ in SOFT_HEADS) \
                and start - 1 not in org_tokens and doc[start - 1].whitespace_ and "\n" not in doc[start - 1].whitespace_:
            start -= 1
        while start < t.i and doc[start].lower_ in SOFT_HEADS:
            start += 1  # "Education Partnership" alone names nothing
        if start == t.i or t.i + 1 < len(doc) and doc[t.i + 1].is_title and t.whitespace_:
            continue  # no name before the head, or part of a longer name ("... Education Awards")
        if doc[start].is_sent_start and start + 1 == t.i and doc[start].pos_ != "PROPN":
            continue  # "Adult Education ...": a common word opening a sentence
        span = Span(doc, start, t.i + 1, label="ORG")
        if not_school_trust(span.text) or infer_kind(span.text) in {"council", "government"}:
            continue
        if any(e.label_ in {"GPE", "LOC", "NORP"} and e.start <= span.start and span.end <= e.end for e in ents) \
                and not federation_of_schools([x.text for x in span]):
            continue  # "sanctions on the Russian Federation ..., the trust said": a place stays one
        if any(e.label_ not in {"GPE", "PERSON", "NORP", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "DATE"}
               for e in ents if e.start < span.end and span.start < e.end):
            continue
        if first_words is None:
            first_words = _title_words(doc)
        if _evidence(doc, span.start, span.end, first_words):
            out.append(span)
            org_tokens.update(range(span.start, span.end))
    return out + bare_trust_names(doc, ents + out)  # "four schools run by Corvane"
