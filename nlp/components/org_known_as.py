"""Names given after "known as" to a body the sentence calls by its noun, for
`newswatch_orgs` (nlp/components/orgs.py): "The trust, usually known simply as Ravensworth,
runs ...", "The trust, known as CCH, ...". The name is another name of the body of that noun
named last before it ("the trust": a name ending in Trust, or read as an academy trust); its
uses are tagged with the body's name. An acronym there whose letters spell an earlier name
is that name's (`defined_after_reference`, which checks the initials); `noun_known_as`
covers the other names ("Ravensworth" of Ravensworth Multi-Academy Trust). A trading name
("X, which trades as Active X", "the trust will trade as X Schools Partnership") is another
name of the body too (`trading_names`).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.components.doc_text import doc_lowers, doc_words, word_positions
from nlp.components.org_defined import KNOWN_WORDS, after_known_as
from nlp.components.org_initials import abbreviates, is_short_form
from nlp.components.org_former import untagged_current_names
from nlp.components.org_kinds import infer_kind
from nlp.components.org_legal_names import legal_names, possessive_legal_names, trading_name_of
from nlp.components.org_short_forms import trust_shaped

# Nouns that open "The trust, known as X": the body's head noun, and what its name ends with
# (or the kind its name gives) for the body named last before it.
_NOUN_HEADS = {
    "trust": ({"trust"}, {"academy_trust"}),
    "company": ({"company"}, {"company"}),  # "... Catholic Academy Company" is a trust by its name
    "firm": (set(), {"company"}),
    "contractor": (set(), {"company"}),
    "union": ({"union"}, {"union"}),
    "federation": ({"federation"}, set()),
    "partnership": ({"partnership"}, set()),
    "charity": ({"trust", "foundation", "charity"}, set()),
    "foundation": ({"foundation"}, set()),
    "council": ({"council"}, {"council"}),
    "school": ({"school", "academy", "college"}, {"school"}),
    "academy": ({"academy"}, {"school"}),
}


# "X, as the schools have been known since 2014": schools known together by one name are
# their federation's (only after a name: "The schools, known as X" is left alone).
_SCHOOLS_KNOWN_AS = {"schools": ({"federation"}, set())}


def _named_body(ents: list[Span], before: int, noun: str, short: str = "") -> str | None:
    """The canonical name of the last organisation before token `before` that `noun`
    describes ("the trust": a name ending in Trust, or read as an academy trust); for an
    acronym (`short`), the last such name it spells when there is one ("The trust, known as
    PAWS" after "Pellbridge and Wrenfold Schools Trust" and another trust)."""
    described = [e.kb_id_ or e.text for e in sorted((e for e in ents if e.label_ == "ORG" and e.end <= before),
                                                   key=lambda e: -e.start) if _described(e.kb_id_ or e.text, noun)]
    if short and is_short_form(short):
        spelled = next((name for name in described if abbreviates(short, name)), None)
        if spelled is not None:
            return spelled
    return described[0] if described else None


# How many words a relative clause may take before "and is known as": "That trust, which runs
# four schools in the town and is known locally as X".
_CLAUSE_WORDS = 16
# Determiners of the noun that opens "The trust, known as X" / "That trust, which ... known as X".
_NOUN_DETERMINERS = ("the", "that", "this")


def _known_after_clause(doc: Doc, j: int) -> int:
    """The token after "known as" in "which <clause> and is (locally) known (locally) as" at
    doc[j:], within the sentence and `_CLAUSE_WORDS` words; else `j`."""
    if j >= len(doc) or doc[j].lower_ != "which":
        return j
    end = min(len(doc) - 1, j + _CLAUSE_WORDS, doc[j].sent.end)
    for k in range(j + 1, end):
        if doc[k].lower_ == "and" and doc[k + 1].lower_ in {"is", "was"}:
            m = after_known_as(doc, k + 2)
            return j if m == k + 2 else m
        if doc[k].text in {",", ";", "."}:
            return j
    return j


def _described(name: str, noun: str) -> bool:
    """Whether `noun` ("trust") describes the body so named (a name ending in Trust, or read
    as an academy trust)."""
    ends, kinds = _NOUN_HEADS.get(noun) or _SCHOOLS_KNOWN_AS[noun]
    words = name.lower().split()
    return bool(words) and words[-1] in ends or infer_kind(name) in kinds


# Words after a name that end it as a comma would: "known as Northern Vale from 1 April".
_THEN = {"from", "when", "after", "next"}  # not "until": "known as X until 2022" is a former name


def _name_after(doc: Doc, j: int) -> Span | None:
    """The capitalised words at doc[j:] ending at a comma or full stop ("Ravensworth,",
    "CCH.") or before "from", "when" ... (a name to come): at most four words."""
    k = j
    while k < len(doc) and k - j < 4 and (doc[k].is_title or doc[k].is_upper and doc[k].is_alpha):
        k += 1
    if k == j or k >= len(doc) or doc[k].text not in {",", ".", ";"} and doc[k].lower_ not in _THEN:
        return None
    return doc[j:k]


def noun_known_as(doc: Doc, ents: list[Span]) -> tuple[list[Span], dict[str, str]]:
    """"The trust, usually known simply as Ravensworth, ...": every use of the name after
    "known as" (untagged, read as a place or a person, or tagged as a body of its own) becomes
    the body's. Also a current name the model missed before its former name ("Tessera,
    formerly Halbridge Schools Trust": org_former.py). Returns the entities and {name: canonical}."""
    ents, defined = untagged_current_names(doc, ents)
    positions = word_positions(doc)
    for i in sorted(k for word in _NOUN_DETERMINERS for k in positions.get(word, ())):
        if i >= len(doc) - 3:
            break
        t = doc[i]
        noun = doc[t.i + 1].lower_
        if noun not in _NOUN_HEADS or doc[t.i + 2].text != "," or not t.is_sent_start:
            continue
        j = after_known_as(doc, t.i + 3)
        clause = j == t.i + 3  # "That trust, which runs four schools and is known as X": an acronym only
        if clause:
            j = _known_after_clause(doc, t.i + 3)
        name = _name_after(doc, j) if j != t.i + 3 else None
        if name is None:
            continue
        canonical = _named_body(ents, t.i, noun, name.text)
        if clause and (canonical is None or not is_short_form(name.text) or not abbreviates(name.text, canonical)):
            continue
        if any(e.label_ == "ORG" and e.text == name.text and e.kb_id_ not in {"", name.text} for e in ents):
            continue  # "The trust, known as MMAT": its initials have named the body already
        if canonical is not None and name.text != canonical:
            defined.setdefault(name.text, canonical)
    for short, canonical in trading_names(doc, ents).items():
        defined.setdefault(short, canonical)
    for short, canonical in known_back(doc, ents).items():
        defined.setdefault(short, canonical)
    for short, canonical in legal_names(doc, ents).items():  # "Arden, whose legal name is Arden Schools Trust"
        defined.setdefault(short, canonical)
    for short, canonical in possessive_legal_names(doc, ents).items():  # "The trust's registered name is ..."
        defined.setdefault(short, canonical)
    for short, canonical in trading_name_of(doc, ents).items():  # "X is the trading name of X Academies Ltd"
        defined.setdefault(short, canonical)
    given = appositive_short_forms(doc, ents)  # "Sedgefell Learning Trust, often shortened to Sedgefell,"
    for short, canonical in given.items():
        defined.setdefault(short, canonical)
    if not defined:
        return ents, defined
    texts = doc_words(doc)
    for short, canonical in defined.items():
        words = short.split()
        n = len(words)
        for i in range(len(doc) - n + 1):
            if texts[i] != words[0] or doc[i:i + n].text != short:
                continue
            if i + n < len(doc) and doc[i + n].is_title:
                continue  # part of a longer name: "Ravensworth School"
            over = [e for e in ents if e.start < i + n and i < e.end]
            if any(e.start < i or e.end > i + n for e in over):
                continue  # inside a longer entity
            if any(e.label_ == "ORG" and (e.kb_id_ or e.text) not in {short, canonical}
                   and not (len(e) < n and e.kb_id_ in {"", e.text}) and not (short in given and len(e) == n)
                   for e in over):
                continue  # the name of another body already ("Calderby" alone in "Active Calderby" is not)
            ents = [e for e in ents if e not in over] + [Span(doc, i, i + n, label="ORG", kb_id=canonical)]
    # spans that carry the name as their canonical name (its short forms) are the body's too
    ents = [Span(doc, e.start, e.end, label="ORG", kb_id=defined[e.kb_id_]) if e.label_ == "ORG"
            and e.kb_id_ in defined and e.kb_id_ != defined[e.kb_id_] else e for e in ents]
    return ents, defined


def appositive_short_forms(doc: Doc, ents: list[Span]) -> dict[str, str]:
    """"Sedgefell Learning Trust, often shortened to Sedgefell, runs ...", "Ravenmoor Specialist
    Learning Trust, known as Ravenmoor": {short form: canonical name} for a short form
    the name's own appositive gives, made of words of the name (acronyms have their rules in
    org_defined.py); its uses are the body's even where a school sharing it had them."""
    out: dict[str, str] = {}
    for e in ents:
        j = e.end + 1
        if e.label_ != "ORG" or j + 2 >= len(doc) or doc[e.end].text != ",":
            continue
        k = j
        while k < len(doc) - 2 and doc[k].lower_ in KNOWN_WORDS:
            k += 1
        k = k + 2 if doc[k].lower_ in {"shortened", "abbreviated"} and doc[k + 1].lower_ == "to" else after_known_as(doc, j)
        name = _name_after(doc, k) if k != j else None
        full = e.kb_id_ or e.text
        if name is not None and len(name) < len(e) and set(name.text.split()) <= set(full.split()):
            out.setdefault(name.text, full)
    return out


# "Bellbrook, as the trust was widely known, ...": what follows a name that the sentence
# says is what a body earlier named is usually called.
_AS_KNOWN_BACK = re.compile(r"^, as (it|the ([\w,'’-]+ ){0,3}?(?P<noun>[a-z]+)) (is|was|are|were|has been|have been|had been) "
                            r"([a-z]+ ){0,3}(known|called)\b")  # "as the 900-pupil school is known locally"
# How many words after the comma "as the ... is known" may take.
_AS_KNOWN_WORDS = 13


def known_back(doc: Doc, ents: list[Span]) -> dict[str, str]:
    """"Bellbrook, as the trust was widely known, was set up in 2013", "Tarnside, as it is
    known locally, ...": a name opening its sentence (after "The" at most) that is what the
    body named last before it, among those whose names hold all its words (and that the noun
    describes: "the trust"), is called: {name: that body's canonical name}; an acronym there
    ("WAFT, as the trust is known") is the body's whose name it spells. "as the programme is
    known" names no body."""
    out: dict[str, str] = {}
    orgs = [e for e in ents if e.label_ == "ORG"]
    for i in word_positions(doc).get(",", ()):
        if not 1 <= i < len(doc) - 5:
            continue
        t = doc[i]
        hit = _AS_KNOWN_BACK.match(" ".join(x.lower_ for x in doc[t.i:t.i + _AS_KNOWN_WORDS]))
        noun = hit.group("noun") if hit is not None else None
        if hit is None or noun is not None and noun not in _NOUN_HEADS and noun not in _SCHOOLS_KNOWN_AS:
            continue
        start = t.i
        while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and doc[start - 1].lower_ != "the":
            start -= 1
        acronym = start == t.i and is_short_form(doc[t.i - 1].text)
        start -= acronym  # "SAFAT, as the trust is widely known"
        opens = start < t.i and (doc[start].is_sent_start or doc[start - 1].lower_ == "the" and doc[start - 1].is_sent_start)
        name = doc[start:t.i].text
        if not opens or name.isupper() and not acronym:
            continue
        words = set(name.split())
        for e in sorted((e for e in orgs if e.end <= start), key=lambda e: -e.start):
            full = e.kb_id_ or e.text
            # "SAFAT, as the trust is widely known": an acronym spells the body's name
            named = abbreviates(name, full, loose=True) if acronym else words <= set(e.text.split())
            if named and (noun is None or _described(e.text, noun) or _described(full, noun)):
                if full != name:
                    out[name] = full
                break
    return out


_TRADE = {"trade", "trades", "traded", "trading", "operates"}
_BACK = {"which", "who", "now", "will", "also", "still", "already", "to", "is", "has", "it"}


def trading_names(doc: Doc, ents: list[Span]) -> dict[str, str]:
    """A trading name, the one home of the rule: "Calderby Leisure Trust, which trades as
    Active Calderby, said ...", "X Diocesan Trust, which runs its schools as Y", "Calderby Leisure Trust trades as ...", "From September the
    trust will trade as Ashcombe Schools Partnership", "It trades as ..." (the latest
    trust-shaped name in that sentence or the one before): {name as written: the canonical
    name of the body that trades so}. The name is the organisation tagged right after "as",
    else the capitalised words there up to a comma or full stop."""
    out: dict[str, str] = {}
    orgs = [e for e in ents if e.label_ == "ORG"]
    lowers = doc_lowers(doc)
    for i in range(1, len(doc) - 3):
        if lowers[i + 1] != "as" or lowers[i] not in _TRADE and not _runs_schools_as(lowers, i):
            continue
        t = doc[i]
        tagged = next((e for e in orgs if e.start == t.i + 2), None)
        # a tagged name, capitalised or in capitals ("will trade as CES and ...")
        capitalised = tagged is not None and (tagged[0].is_title or tagged[0].is_upper)
        name = tagged if capitalised else _name_after(doc, t.i + 2)
        k = t.i - 1 if lowers[i] in _TRADE else t.i - 3  # before "runs its schools as"
        while k > 0 and doc[k].lower_ in _BACK - {"it"}:
            k -= 1  # back to the comma after the body's name, or to the noun naming it
        if name is None:
            continue
        if doc[k].text == ",":
            owner = next((e.kb_id_ or e.text for e in orgs if e.end == k), None)
            the = next((x.i for x in reversed(doc[max(0, k - 5):k - 1]) if x.lower_ == "the"), None)
            if owner is None and the is not None and doc[k - 1].lower_ in _NOUN_HEADS:
                # "The Harrowdale-based company, which trades as B": named before "The"
                owner = _named_body(orgs, the, doc[k - 1].lower_)
        elif doc[k].lower_ == "it" or k > 0 and doc[k].lower_ in _NOUN_HEADS and doc[k - 1].lower_ == "the":
            owner = _latest_body(doc, orgs, k)
        else:
            owner = next((e.kb_id_ or e.text for e in orgs if e.end == k + 1), None)  # "A trades as B"
        if owner is not None and owner != name.text and owner != (name.kb_id_ or name.text):
            out[name.text] = owner
    return out


# "which runs its schools as X", "operates its academies as X": a name its schools go by
_RUN_VERBS = {"run", "runs", "operate", "operates"}


def _runs_schools_as(lowers: list[str], i: int) -> bool:
    """Token i is the "schools" of "runs its schools as" (a trading name's cue)."""
    return i >= 2 and lowers[i] in {"schools", "academies"} and lowers[i - 1] in {"its", "their"} \
        and lowers[i - 2] in _RUN_VERBS


def _latest_body(doc: Doc, orgs: list[Span], k: int) -> str | None:
    """"the trust" at token k: the body of that noun named last before it; "it": the
    trust-shaped name named last in k's sentence or the one before."""
    if doc[k].lower_ != "it":
        return _named_body(orgs, k, doc[k].lower_)
    sent = doc[k].sent
    limit = doc[sent.start - 1].sent.start if sent.start > 0 else 0
    before = [e for e in orgs if limit <= e.start and e.end <= k and trust_shaped(e.kb_id_ or e.text)]
    return max(before, key=lambda e: e.start).kb_id_ or None if before else None


def defined_after_reference(doc: Doc, ent: Span, earlier: list[Span]) -> str | None:
    """"X NHS Foundation Trust ... The trust, known as XCH, will ...": an acronym defined
    after "the (<word>) <noun>, (which is) known as", for the latest earlier name ending in that noun
    whose initials it spells; that name's canonical form, else None."""
    k = ent.start - 1
    if k < 4 or doc[k].lower_ != "as" or doc[k - 1].lower_ != "known" or not is_short_form(ent.text):
        return None
    k -= 2
    while k > 0 and doc[k].lower_ in KNOWN_WORDS | {"which", "is", "was"}:
        k -= 1
    if k < 3 or doc[k].text != "," or not doc[k - 1].is_lower or doc[k - 2].lower_ != "the" \
            and not (doc[k - 3].lower_ == "the" and doc[k - 2].is_lower and doc[k - 2].is_alpha):
        return None  # "The trust, known as XCH", "The hospital trust, known as MDFT"
    named = [e.kb_id_ for e in earlier if e.label_ == "ORG" and e.kb_id_.lower().split()[-1:] == [doc[k - 1].lower_]]
    return next((name for name in reversed(named) if abbreviates(ent.text, name, loose=True)), None)
