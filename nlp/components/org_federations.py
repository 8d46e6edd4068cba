"""Federations of maintained schools, for `kind_in_text` (nlp/components/org_kind_context.py).

A federation of maintained schools (one governing board over two or three council schools)
and a multi-academy trust that kept "Federation" in its name look alike. The name often
tells them apart: a federation of maintained schools is named after the schools it joins
("Brook and Meadow Federation", "Oakley Infant and Junior Federation") or after the sort of
schools they are ("Harrowby Primary Federation", "Tolland Church Schools Federation",
"Wyke Rural Schools Federation"); a trust's is a brand ("Kestrel Federation"). Such a
name is read as a federation of schools (kind `school`) unless the article says it is a trust.

A federation the text describes as one of maintained schools ("X Federation, a federation of
two maintained schools", "which operate together as the X Federation", a paragraph or an
article about maintained schools) is one too (`described_as_school_federation`).

Whatever its name, a federation whose own clause weighs converting ("X Federation voted
against converting", "governors at X Federation decided not to convert", "X Federation has
no plans to become an academy", "X Federation voted to join Y Academy Trust") is one of
maintained schools: only maintained schools convert, a trust's schools are academies
already (`weighs_converting`).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.components.org_context import described_as_academy_trust, said_to_be_trust
from nlp.components.org_kinds import infer_kind
from nlp.components.org_lists import listed_as_trust

# "A and B Federation": two schools' names joined; "X Primary Federation", "X Church Schools
# Federation": the sort of schools it federates.
_SCHOOLS_FEDERATION = re.compile(
    r"^(?!.*\bof\b).+ (and|&) .+ federation$"
    r"|\b(schools?|primary|primaries|infants?|juniors?|nursery|village|rural|church|ce) federation$",
    re.I,
)


def schools_federation_name(name: str) -> bool:
    """Whether a federation's name joins its schools' names or says what sort of schools they
    are ("Brook and Meadow Federation", "Harrowby Primary Federation")."""
    return _SCHOOLS_FEDERATION.search(name) is not None


def _mentions_of_no_trust(doc: Doc, name: str) -> list[Span] | None:
    """The mentions of the body `name`, when the article never says it is an academy trust
    ("X, a multi-academy trust", "X is an academy trust", "trusts such as X"); None when it does."""
    if said_to_be_trust(doc, name):
        return None
    mentions = [e for e in doc.ents if e.label_ == "ORG" and e.kb_id_ == name]
    if any(described_as_academy_trust(doc, e.start, e.end) or listed_as_trust(doc, e.start, e.end) for e in mentions):
        return None
    return mentions


def named_as_schools_federation(doc: Doc, name: str) -> bool:
    """A federation so named that no mention of it is called an academy trust."""
    return schools_federation_name(name) and _mentions_of_no_trust(doc, name) is not None


# Words that say a body is an academy trust or runs academies ("a multi-academy trust", "a
# 12-school trust", "a trust of five schools").
_TRUST_WORDS = r"academy trust|multi - academy|multi-academy|academies|trust of|\w+ ?- ?school trust"
# "to convert", "not to convert", "against converting", "on converting", "to become an academy":
# conversion still ahead (not "converted in 2016": a trust since), with no object of its own
# ("to convert the old library" is building work).
_CONVERSION_AHEAD = re.compile(r"\b(to|not|against|on|about|over|towards|whether|consider|considering) "
                               r"(convert|converting|become academies|becoming academies|become an academy|"
                               r"becoming an academy|academise|academising)\b(?! (the|a|an|its|their|it)\b)")
# What a clause about a trust says of it ("runs 14 academies", "a 12-school trust"): then the
# conversion is its schools' or a newcomer's, not a sign of maintained schools.
_TRUST_CLAUSE = re.compile(r"\b(" + _TRUST_WORDS + r"|runs|operates)\b")


# "voted to join X Academy Trust", "will consult on whether to join the X Trust": joining a trust
# still ahead, right before the trust's name
_JOIN_AHEAD = re.compile(r"\b(to|not to|against|on|about|over|whether|consider|considering) (join|joining)( the)?$")


def weighs_converting(doc: Doc, mention: Span) -> bool:
    """The rest of the mention's sentence, up to the next organisation named, says the body
    is considering, voting on or refusing academy conversion, or joining the academy trust
    named next ("X Federation voted to join Y Academy Trust")."""
    sent = mention.sent
    nxt = next((e for e in doc.ents if e.label_ == "ORG" and mention.end <= e.start < sent.end), None)
    clause = " ".join(t.lower_ for t in doc[mention.end:nxt.start if nxt is not None else sent.end] if not t.is_space)
    if _TRUST_CLAUSE.search(clause) is not None:
        return False
    joins_trust = nxt is not None and _JOIN_AHEAD.search(clause) is not None \
        and infer_kind(nxt.kb_id_ or nxt.text) == "academy_trust"
    return joins_trust or _CONVERSION_AHEAD.search(clause) is not None


def federation_weighing_conversion(doc: Doc, name: str) -> bool:
    """A "... Federation" some mention of which weighs converting, never said to be a trust."""
    mentions = _mentions_of_no_trust(doc, name) if name.lower().endswith("federation") else None
    return mentions is not None and any(weighs_converting(doc, e) for e in mentions)


# What a sentence says of a federation of maintained schools: one governing body, an
# executive head (a trust has a chief executive), the local authority, maintained schools,
# schools that stay with the council or remain under council control, a federation linking
# council-run schools or dissolved when its schools convert.
_MAINTAINED_FEDERATION = re.compile(r"\b(governing (body|board)|maintained|local authority|executive head|"
                                    r"executive headteacher|become academies|convert to academ|"
                                    r"(share|shares|shared|sharing) (a|one) (head|headteacher|head teacher)\b|"
                                    # "which links A and B under one head": a federation's shared head
                                    r"under (one|a single|a shared|the same) (head|headteacher|head teacher)\b|"
                                    r"council control|(stay|stays|stayed|remain|remains|remained) (with|under) "
                                    r"(the )?(council|local authority)\b|"
                                    # "which links three council-run primaries"
                                    r"(links|linking|joins|joining|groups|grouping) ([\w-]+ ){0,3}council ?- ?run\b|"
                                    # "which will be dissolved when they convert": a trust is not
                                    # dissolved when its schools become academies
                                    r"(dissolved|disbanded|wound up) ([\w-]+ ){0,2}(when|once|after|as) ([\w-]+ ){0,3}"
                                    r"(convert|converts|become academies)\b|"
                                    # "will consult on joining a trust": a body that would join one
                                    r"(join|joins|joining) (a|an) ([\w-]+ ){0,2}trust\b)")
_TRUST_SAYS = re.compile(r"\b(" + _TRUST_WORDS + r")\b")  # "X Federation, a 12-school trust based in ..."
# A later sentence of its paragraph saying the federation is a trust: "Despite its name, the
# federation has been an academy trust since 2016"
_FEDERATION_IS_TRUST = re.compile(r"\bthe federation (is|was|has been|had been|became|has become) (now )?(a|an) "
                                  r"([\w-]+ ){0,2}(academy trust|multi - academy|multi-academy)\b")
# Words of a sentence that say nothing of the federation being a trust: its schools are to
# "become academies"; "not an academy trust"
_NOT_OF_IT = re.compile(r"\b((become|becoming|convert|converting|converted) (to )?academ\w*|"
                        r"(join|joins|joining) (a|an) ([\w-]+ ){0,2}trust\b|"
                        r"not (an? )?(multi - |multi-)?academy trust)")
# The sentence after a mention saying what the federation is: "We are simply a federation of
# three maintained infant schools", "It remains a group of council-maintained primaries"
_IT_IS_MAINTAINED = re.compile(r"^(we|it|the federation) (are|is|was|were|remain|remains) (still )?(a|an|the) "
                               r"([\w-]+ ){0,3}(federation|group|partnership) of ([\w-]+ ){0,3}maintained\b")


def _sentence_of(doc: Doc, start: int, end: int) -> str:
    """The lower-cased sentence of doc[start:end] less the other organisations named in it
    and the appositive after each ("Brantwell, the multi-academy trust from the town"), and
    less what says nothing of this body (_NOT_OF_IT)."""
    sent = doc[start].sent
    skip: set[int] = set()
    for e in sent.ents:
        if e.label_ != "ORG" or e.start < end and start < e.end:
            continue
        skip.update(range(e.start, e.end))
        if e.end < sent.end and doc[e.end].text == "," and e.end + 1 < sent.end \
                and doc[e.end + 1].lower_ in {"the", "a", "an"}:
            k = e.end
            while k < sent.end and not (k > e.end and doc[k].text in {",", ".", ";", ":", ")"}):
                skip.add(k)
                k += 1
    text = " ".join(t.lower_ for t in sent if t.i not in skip and not t.is_space)
    return _NOT_OF_IT.sub(" ", text)


def described_as_school_federation(doc: Doc, start: int, end: int) -> bool:
    """"Tiptree Heath Federation, a federation of two maintained schools": one governing
    body for several schools, not an academy trust."""
    name = next((e.kb_id_ for e in doc.ents if (e.start, e.end) == (start, end) and e.kb_id_), doc[start:end].text)
    if listed_as_trust(doc, start, end) or said_to_be_trust(doc, doc[start:end].text) or said_to_be_trust(doc, name):
        return False  # "joining trusts including A, B and The Tarn Federation"; a short form's body said to be one
    before = " ".join(t.lower_ for t in doc[doc[start].sent.start:start])
    if _OPERATE_TOGETHER.search(before):
        return True  # "A Primary School and B Infant School, which operate together as the X Federation"
    after = " ".join(t.lower_ for t in doc[end:min(len(doc), end + 10)])
    if re.match(r", (a |the )?(hard |soft )?federation of (\w+ ){0,4}schools\b|, which federates\b"
                r"|, which (brings|brought) together (\w+ ){1,4}(primary|infant|junior|nursery|high) school\b"
                r"|, (\w+ ){0,2}maintained (\w+ ){0,2}schools\b"
                # "X Federation, which links three maintained village primaries"
                r"|, which (links|joins|groups|brings together) (\w+ ){0,3}maintained\b", after):
        return True
    # "... in the Wendle Federation, Upper Wendle CE Primary and Nether Wendle Primary, ...
    # The two schools share a headteacher and a single governing body but remain
    # council-maintained": the rest of the paragraph says the schools are maintained
    rest = []
    for t in doc[end:min(len(doc), end + 45)]:
        if t.is_space and "\n" in t.text:
            break
        rest.append(t.lower_)
    rest_text = " ".join(rest)
    if _FEDERATION_IS_TRUST.search(rest_text) is not None:
        return False
    if re.search(r"\bmaintained\b", rest_text) is not None \
            and re.search(r"\b(academy trust|multi - academy|multi-academy)\b", rest_text) is None:
        return True
    # the sentence naming it: "The governing body of the X Federation, which runs ...",
    # "groups of maintained schools such as the X Federation", "X Federation has appointed
    # Y as executive head", unless it also calls it a trust or gives it academies
    sent = doc[start].sent
    if _MAINTAINED_FEDERATION.search(sent.text.lower()) is not None \
            and _TRUST_SAYS.search(_sentence_of(doc, start, end)) is None:
        return True
    nxt = " ".join(t.lower_ for t in doc[sent.end:min(len(doc), sent.end + 16)] if not t.is_space)
    return sent.end < len(doc) and _IT_IS_MAINTAINED.match(nxt) is not None or _maintained_article(doc)


_COUNCIL_RUN = re.compile(r"\b(maintained|council-run|council - run|council-maintained|council - maintained)\b")
_ACADEMY_WORDS = re.compile(r"\b(academy|academies|trust|trusts|multi-academy|mat|mats)\b")


# "A Primary School and B Infant School, which together form the X Federation"
_OPERATE_TOGETHER = re.compile(r"\b(school|primary|infants?|juniors?|nursery)\b[^.;]*, (which|that|who) ((currently|now|already|together) )?"
                               r"((operate|work|are run|are governed|run) together as|form|make up)( the)?$")


def _maintained_article(doc: Doc) -> bool:
    """The article speaks of maintained or council-run schools and never of academies or
    trusts, nor names one (federations' own names aside): a federation in it federates
    maintained schools."""
    names = {i for e in doc.ents if e.label_ == "ORG" and "federation" in e.text.lower() for i in range(e.start, e.end)}
    # "could later be used as a stepping stone to joining an academy trust": what the schools
    # might join or become says the article's federation is none
    text = _NOT_OF_IT.sub(" ", " ".join(t.lower_ for t in doc if t.i not in names and not t.is_space))
    return _COUNCIL_RUN.search(text) is not None and _ACADEMY_WORDS.search(text) is None
