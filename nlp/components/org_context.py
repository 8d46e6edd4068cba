"""What the text says an organisation is, for `newswatch_orgs` (nlp/components/orgs.py):

- `described_names`, `described_as_academy_trust`: "Veritas North, which runs eight
  primary schools", "Lanterns Learning, a trust of three secondary schools", "Tandem was
  formed in 2020 when two small trusts ... combined" (a one-word name the model missed too);
- `said_to_be_trust`: "Despite its name, the X Federation is a multi-academy trust" (a
  federation of maintained schools is read in org_federations.py);
- `described_as_network`: "Bedford Schools Partnership, a network of academies and
  maintained schools" is a network, not a trust;
- `lead_trust`: the headline names a body and the first paragraph says what it is ("X
  issued with notice to improve" / "An academy trust running seven schools ...");
- `used_as_body`: a short form the model read as a place used for the body ("pupils at
  Armley Ridge" for Armley Ridge Academy, "Stour Valley is based in Sudbury");
- `council_short_forms`: "Leeds council" for Leeds City Council.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.components.lexicon import FIRST_NAMES, ROLE_WORDS
from nlp.components.org_kinds import not_school_trust, infer_kind
from nlp.components.doc_text import doc_lowers, doc_text, doc_words, word_positions

_DESCRIBED = re.compile(
    r"^, (a|an|the) ((multi - academy|multi-academy|multi academy|academy) )?trust (that|which|running|behind|with)\b"
    r"|^, (a|an) ([\w-]+ ){0,3}(multi - academy |multi-academy |academy )?trust (based|that|which|whose|running|with|in|of)\b"
    r"|^, (a|an|the) (multi - academy|multi-academy|multi academy|academy) trust\b"
    # "X, the 24-school trust based in ...": its size says it runs schools
    r"|^, the (\d+|[a-z]+) - (school|academy) trust\b"
    r"|^, which ((already|now|currently|also|still) )?(runs|operates|oversees|manages) ([\w'’]+ ){0,6}"
    r"(academies|schools|primaries|secondaries)\b"
    # "Fenwick Learning, another local trust,", "X, the Anglican trust,", "X, the trust formed in 2022"
    r"|^, (another|the|a|an) ([\w'’-]+ ){0,3}(multi - academy |multi-academy |academy )?trust"
    r" (formed|created|founded|set|responsible|,|\.|;)"
    # "X, one of the county's largest trusts,", "X, whose schools include ...", "X, the
    # academy chain", "X, which took over Y Primary in 2019"
    r"|^, one of the ([\w'’-]+ ){0,4}(academy |multi - academy |multi-academy )?trusts\b"
    r"|^, whose ([\w'’-]+ ){0,2}(schools|academies|primaries|secondaries) include\b"
    r"|^, (a|an|the) ([\w-]+ ){0,2}(academy|academies|multi - academy|multi-academy) (chain|group|sponsor|operator)\b"
    r"|^, which (took|has taken|will take|is taking|sponsors|sponsored) (over |on )?([\w'’-]+ ){0,4}"
    r"(primary|school|academy|college|schools|academies)\b")
# "X (XT) runs 16 academies", "X currently runs nine schools": the name is the subject of
# a sentence saying it runs schools.
_RUNS = re.compile(r"^(\( [\w&]+ \) )?((currently|already|now|still|also) )?(runs|operates|oversees) "
                   r"([\w'’-]+ ){0,5}(academies|schools|primaries|secondaries)\b")
# "X was formed in 2020 when two small trusts combined", "X was created by the merger of
# three academy trusts": the subject of the sentence is a body made of trusts.
_FORMED_FROM_TRUSTS = re.compile(r"^(was|were) (formed|created|established) (in \d{4} )?(when|by|through|from) "
                                 r"(the (merger|amalgamation) of )?(two|three|four|five|several) ([\w-]+ ){0,2}trusts\b")
# Before a name: "a separate trust, the X", "another trust, the X", "the multi-academy trust X".
_LOWER_ACADEMY_TRUST = re.compile(r"\b(academy|academies) trust\b")
# Capitalised words after "academy trust" that are no name: its board, its officers, a title.
_NOT_A_NAME = frozenset("board boss bosses trustees members leaders chief executive ceo chair committee "
                        "handbook i".split())
_TRUST_BEFORE = re.compile(r"\b(a|an|another|separate|second|third|neighbouring|local|catholic|diocesan|"
                           r"academy|multi - academy|multi-academy) trust$")


def described_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Names the model missed that the text describes as academy trusts: "Veritas North,
    which runs eight primary schools", "Brightpath, the trust that runs six schools"."""
    out = []
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    words = doc_words(doc)
    for k in range(1, len(doc) - 3):
        if words[k] != "," or not (doc[k - 1].is_title or doc[k - 1].is_upper):
            continue
        tail = ", " + " ".join(t.lower_ for t in doc[k + 1:k + 11])
        hit = _DESCRIBED.match(tail)
        if not hit or not_school_trust(hit.group(0)):
            continue
        start = k - 1
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper) and not doc[start].is_sent_start \
                and doc[start - 1].lower_ not in {"the", "a", "an"}:
            start -= 1
        covering = {by_token[i] for i in range(start, k) if i in by_token}
        if any(e.label_ == "ORG" or e.start < start for e in covering):
            continue  # found already, or part of something longer
        if any(doc[i].lower_ in {"the", "a", "an", "he", "she", "it", "they"} for i in range(start, k)):
            continue
        out.append(Span(doc, start, k, label="ORG"))
    return out + _named_after_description(doc, ents) + _formed_from_trusts(doc, ents)


def _formed_from_trusts(doc: Doc, ents: list[Span]) -> list[Span]:
    """A one-word proper name, untagged or read as a place or a person, opening a sentence
    that says it was formed from trusts: "Concordia was formed in 2019 when two small trusts ..."."""
    labels = {i: e.label_ for e in ents for i in range(e.start, e.end)}
    out = []
    lowers = doc_lowers(doc)
    for i in range(len(doc) - 1):
        if lowers[i + 1] not in {"was", "were"}:
            continue  # the first word _FORMED_FROM_TRUSTS reads
        t = doc[i]
        if t.is_title and t.pos_ == "PROPN" and labels.get(t.i, "GPE") in {"GPE", "PERSON", "NORP", "LOC"} \
                and labels.get(t.i - 1) is None and labels.get(t.i + 1) is None and _opens_clause(doc, t.i) \
                and _FORMED_FROM_TRUSTS.match(" ".join(x.lower_ for x in doc[t.i + 1:min(len(doc), t.i + 13)])):
            out.append(Span(doc, t.i, t.i + 1, label="ORG"))
    return out


def _named_after_description(doc: Doc, ents: list[Span]) -> list[Span]:
    """"the academy trust Corvalis", "the multi-academy trust Ventrane Schools": a name
    after the lower-case words "academy trust", which the model reads as a person or a place."""
    out = []
    orgs = {i for e in ents if e.label_ == "ORG" for i in range(e.start, e.end)}
    for hit in _LOWER_ACADEMY_TRUST.finditer(doc_text(doc)):  # the text, not every token: cheaper
        words = doc.char_span(hit.start(), hit.end())
        if words is None:
            continue
        start = end = words.end
        while end < len(doc) and (doc[end].is_title or doc[end].is_upper) and doc[end].is_alpha \
                and end not in orgs and not doc[end].is_sent_start:
            end += 1
        if end == start or doc[start].lower_ in FIRST_NAMES or doc[start].lower_ in {"the", "a", "an"} \
                or end - start > 5 or any(t.lower_ in ROLE_WORDS or t.lower_ in _NOT_A_NAME for t in doc[start:end]):
            continue  # "the academy trust Sarah Jones founded": a person; "the academy trust Board"
        out.append(Span(doc, start, end, label="ORG"))
    return out


def after_short_form(doc: Doc, end: int) -> int:
    """The token after a short form the text gives the name ending at `end` (", or WAL,",
    ", known as WSP,", " (WAL)"), or `end`."""
    words = [t.text for t in doc[end:end + 5]]
    if words[:1] == ["("] and words[2:3] == [")"] and words[1].isupper():
        return end + 3
    for lead in ([",", "or"], [",", "known", "as"]):
        n = len(lead)
        if words[:n] == lead and len(words) > n + 1 and words[n].isupper() and words[n + 1] == ",":
            return end + n + 1
    return end


# How far before a name a description may start: "the multi-academy trust X".
_DESCRIPTION_REACH = 7


def described_as_academy_trust(doc: Doc, start: int, end: int) -> bool:
    """The text says what the name is: "the multi-academy trust Ventrus", "another academy
    trust, the Kindred Foundation", "Ventrus, an academy trust", "Brightpath, a three-school
    trust based in ...", "Ventrus, which runs 14 academies". ("the Norfolk trust" says
    nothing: Norfolk is a place; "a charitable trust that ..." is another sort of trust.)"""
    window = doc[max(0, start - _DESCRIPTION_REACH):start]
    # not across a paragraph break: a headline's last words ("... deal with Catholic trust") describe nothing below
    opening = max((t.i + 1 for t in window if t.is_space and "\n" in t.text), default=window.start)
    toks = [t for t in doc[opening:start] if not t.is_space]
    while toks and toks[-1].lower_ in {"the", ","}:
        toks = toks[:-1]
    # "the academy trust Ventrus", "another trust, the X" - in lower case: a description, not
    # the end of another body's name ("... Quenvale Academy Trust, Tarrowby Crown Court heard")
    if toks and toks[-1].lower_ == "trust" and toks[-1].is_lower:
        before = [t.lower_ for t in toks]
        if before[-2:] in (["academy", "trust"], ["academies", "trust"]):
            return True
        wider = " ".join(before)
        if _TRUST_BEFORE.search(wider) and not not_school_trust(wider):
            return True
    after_name = " ".join(t.lower_ for t in doc[end:min(len(doc), end + 12)])
    if (_RUNS.match(after_name) or _FORMED_FROM_TRUSTS.match(after_name)) and _opens_clause(doc, start):
        return True
    end = after_short_form(doc, end)  # "X (XT), which runs ..."
    after = _entry_text(doc, start, end) if end < len(doc) and doc[end].text != "," else end + 1
    if after is None:
        return False
    tail = ", " + " ".join(t.lower_ for t in doc[after:min(len(doc), after + 10)])
    hit = _DESCRIBED.match(tail)
    return bool(hit and not not_school_trust(hit.group(0)))


def _entry_text(doc: Doc, start: int, end: int) -> int | None:
    """Where the description starts in an entry of a list or guide that opens with the name:
    "Holmbury Collaborative (4): a trust of four primaries ...", "Holmbury Collaborative:
    a small trust ..." (a count in brackets, then a colon or a dash); None otherwise."""
    k = end
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 1].like_num and doc[k + 2].text in {")", "):"}:
        k += 2 if doc[k + 2].text == "):" else 3  # the tokenizer keeps "):" as one token
    if k >= len(doc) or doc[k].text not in {":", "):", "–", "—"} or not _opens_clause(doc, start):
        return None
    return k + 1


def _opens_clause(doc: Doc, start: int) -> bool:
    """The name at `start` opens its sentence (after "The" or a quote mark at most)."""
    j = start
    while j > 0 and (doc[j - 1].is_space or doc[j - 1].lower_ == "the" or doc[j - 1].text in {"“", '"', "‘"}):
        j -= 1
    return j == 0 or any(doc[x].is_sent_start for x in range(j, start + 1)) or doc[j - 1].text in {".", ":"}


def said_to_be_trust(doc: Doc, name: str) -> bool:
    """The text says in so many words that the name is an academy trust: "Despite its name, the
    Linnet Federation is a multi-academy trust" (a federation's schools may have been maintained)."""
    return re.search(re.escape(name) + r"\s+(is|was|has been|became|has become)\s+(now\s+|in fact\s+|actually\s+)?"
                     r"(a|an)\s+([\w-]+\s+){0,2}?(multi-academy|single-academy|academy)\s+trust\b", doc_text(doc)) is not None


def described_as_network(doc: Doc, start: int, end: int) -> bool:
    """"Bedford Schools Partnership, a network of academies and maintained schools": a
    network or forum of schools, not a trust that runs them."""
    after = " ".join(t.lower_ for t in doc[after_short_form(doc, end):][:9])  # past a short form: "X (XSA), a forum"
    # "X, a council-backed network that includes ...", "X — an older network of heads"
    # "X, a council-run improvement network." (the appositive ends at the noun)
    # "X, an informal group of 12 primaries": a group with no legal form runs no schools;
    # "X, a group of heads who meet each term": a group of people
    # "X, which will continue as a network for schools that remain maintained"
    return re.match(r"[,—–(-] ((which|that) ([\w-]+ ){0,2}(as|is|was|remains) )?(a|an|the) ([\w-]+ ){0,4}"
                    r"(network|forum|consortium|cluster|association)"
                    r"( (of|that|which|for)\b| ?[.;,)—–]| ?$)", after) is not None \
        or re.match(r"[,—–(-] (a|an) ([\w-]+ ){0,2}(informal|loose|voluntary) ([\w-]+ ){0,2}"
                    r"(group|grouping|partnership|alliance|collaboration|collective)\b", after) is not None \
        or re.match(r"[,—–(-] (a|an|the) ([\w-]+ ){0,2}(group|body|network|association|forum) of ([\w-]+ ){0,2}"
                    r"(heads|headteachers|head teachers|teachers|parents|governors|leaders|volunteers)\b", after) is not None


# Nouns an appositive or a following word gives a company: "X, the not-for-profit company", "X tech firm".
COMPANY_NOUNS = frozenset({"company", "firm", "business", "subsidiary", "contractor", "consultancy"})
_LEAD_TRUST = re.compile(r"^(an?|the) ((multi[- ]academy|academy|[\w-]+ academy) trust|multi[- ]academy trust)\b", re.I)


def lead_trust(doc: Doc, orgs: list[dict]) -> str | None:
    """The canonical name of the one body of unknown kind that the headline names, when the
    first paragraph opens by saying what it is ("An academy trust running seven schools
    ..."): local papers name the body in the headline and describe it in the lead."""
    text = doc_text(doc)
    end = text.find("\n\n")
    if not 0 < end <= 200:
        return None
    lead_end = text.find("\n\n", end + 2)
    lead = text[end + 2:lead_end if lead_end > 0 else len(text)].lstrip()
    if not _LEAD_TRUST.match(lead):
        return None
    in_headline = [o for o in orgs if any(s < end for s, _ in o["mentions"])]
    if len(in_headline) != 1 or in_headline[0]["kind"] != "other" or in_headline[0]["kind_source"] != "name" \
            or not_school_trust(in_headline[0]["name"]) or _names_a_firm(doc, in_headline[0]["mentions"]):
        return None
    return in_headline[0]["name"]


def _names_a_firm(doc: Doc, mentions: list[tuple[int, int]]) -> bool:
    """A use of the name before a firm's noun, in lower case: "deal with Keldale tech firm", "a
    Keldale technology company" (the company's place or its brand, not the trust)."""
    for _, end_char in mentions:
        for t in [t for t in doc if t.idx >= end_char and not t.is_space][:3]:
            if not t.is_lower:
                break
            if t.lower_ in COMPANY_NOUNS:
                return True
    return False


_SCHOOL_ENDS = {"academy", "school", "college", "primary"}


def used_as_body(doc: Doc, start: int, end: int, canonical: str) -> bool:
    """A short form the model tagged as a place that names the body: "pupils at Armley
    Ridge" (a school's short form after at/to/from), "Stour Valley is based in ..." (a
    trust's short form as the subject of a sentence)."""
    words = canonical.lower().split()
    before = doc[start - 1].lower_ if start > 0 else ""
    if words and words[-1] in _SCHOOL_ENDS and before in {"at", "to", "from"}:
        return True
    opens = doc[start].is_sent_start or before in {"“", '"', "‘"}
    return infer_kind(canonical) == "academy_trust" and opens and end < len(doc) \
        and doc[end].pos_ in {"VERB", "AUX"}


def council_short_forms(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Leeds council" for Leeds City Council: a place and a lower-case "council", when the
    article names one council starting with that place."""
    councils: dict[str, set[str]] = {}
    for e in ents:
        name = e.kb_id_ or e.text
        if e.label_ == "ORG" and name.split()[-1:] == ["Council"]:
            councils.setdefault(name.split()[0], set()).add(name)
    # a place the model tagged alone ("Hexley" of "Hexley council") may be taken in
    taken = {i for e in ents if e.label_ == "ORG" and len(e) > 1 for i in range(e.start, e.end)}
    out = []
    for i in word_positions(doc).get("council", ()) if councils else ():
        if i < 1:
            continue
        t = doc[i]
        k = t.i - 1
        names = councils.get(doc[k].text)
        if t.lower_ == "council" and t.is_lower and names and len(names) == 1 and doc[k].is_title \
                and k not in taken and t.i not in taken:
            out.append(Span(doc, k, t.i + 1, label="ORG", kb_id=next(iter(names))))
    return out + _council_subjects(doc, ents)


# What a council does as the subject of a sentence: "Chiltern Vale said ...", "Hexley spent £1m".
_COUNCIL_ACTS = {"said", "says", "spent", "spends", "announced", "confirmed", "agreed", "approved", "voted", "decided",
                 "admitted", "insisted", "added", "paid", "pays", "plans", "budgeted"}
# The words a council's name ends with, after the place it is named by.
_COUNCIL_TAILS = {"council", "city", "county", "borough", "district", "metropolitan", "town", "parish"}


def _council_subjects(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Chiltern Vale said ..." beside Chiltern Vale Council: the council's place, used alone
    as the subject of what a council does (or after "by" in "paid by Chiltern Vale"), when one
    name only in the article opens with it, is the council."""
    councils: dict[str, set[str]] = {}
    opening: dict[str, set[str]] = {}
    for name in {e.kb_id_ or e.text for e in ents if e.label_ == "ORG"}:
        words = name.split()
        for j in range(1, len(words)):
            opening.setdefault(" ".join(words[:j]), set()).add(name)
        if len(words) > 1 and words[-1] == "Council":
            k = len(words) - 1
            while k > 1 and words[k - 1].lower() in _COUNCIL_TAILS:
                k -= 1
            councils.setdefault(" ".join(words[:k]), set()).add(name)
    places = {place: next(iter(names)) for place, names in councils.items() if len(names) == 1 and opening[place] == names}
    taken = {i for e in ents if e.label_ == "ORG" and e.kb_id_ not in {"", e.text} for i in range(e.start, e.end)}
    out = []
    for short, council in places.items():
        words = short.split()
        n = len(words)
        for i in word_positions(doc).get(words[0].lower(), ()):
            if doc[i:i + n].text != short or i in taken or i + n >= len(doc) or doc[i + n].is_title:
                continue
            acts = doc[i + n].lower_ in _COUNCIL_ACTS and (doc[i].is_sent_start or i > 0 and doc[i - 1].text in {",", '"', "“"})
            if acts or i > 0 and doc[i - 1].lower_ == "by" and doc[i + n].text in {".", ","}:
                out.append(Span(doc, i, i + n, label="ORG", kb_id=council))
    return out
