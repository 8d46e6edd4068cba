"""Short forms of names the article gives in full and untagged repeats, for `newswatch_orgs`
(nlp/components/orgs.py; split out of org_spans.py, whose `clean_org` reads each span
alone): `short_form_spans` ("Orwell Estuary" for "Orwell Estuary Learning Trust" where the
article uses it as the body), `repeated_names` (untagged uses of a name the article tags
elsewhere), `trust_shaped`.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.components.org_aliases import (
    ADVERBS, CLAUSE_OPENERS, POSSESSED_MODIFIERS, RUNS, company_not_place, drop_mat_forms, first_company_of,
    person_surnames,
)
from nlp.components.lexicon import FIRST_NAMES
from nlp.components.org_context import described_as_academy_trust, used_as_body
from nlp.components.org_denials import said_unconnected
from nlp.components.org_evidence import introduced_otherwise
from nlp.components.org_fragments import BODY_HEADS, GENERIC, SOFT_HEADS
from nlp.components.org_kinds import LEGAL_ENDINGS, infer_kind
from nlp.components.doc_text import doc_text, doc_words
from nlp.components.org_places import before_based

# What may follow a short form in the full name: "Brightledger" + "Solutions",
# "Orwell Estuary" + "Learning Trust", "Oakfield Primary" + "School".
# Not councils: "Herefordshire" is the place, not Herefordshire Council.
SHORT_FORM_REST = frozenset(
    """trust trusts academy academies school schools college federation partnership ltd limited plc
    group services foundation learning education educational multi - solutions catering facilities
    primary secondary high infant junior uk of c e cofe ce rc catholic church england management ltd.
    leisure consultancy cleaning contractors holdings specialist special diocesan community wildlife heritage
    housing nhs alliance mat collaborative it technology technologies transport travel coaches digital
    environmental recruitment staffing systems software consulting logistics security maintenance
    engineering print media energy construction builders company contract estates property payroll grounds foods
    meals schoolwear uniforms supplies supply office advisory partners edtech shared hr llp fm""".split()
)
# A short form ending in one of these is a body of its own: "Wessex Downs University" is not
# "Wessex Downs University Academies Trust", "Wexmoor Police" (the force) not "Wexmoor Police
# Federation" (its officers' staff association).
_OWN_BODY = {"university", "college", "council", "church", "diocese", "cathedral", "hospital", "police",
             "constabulary"}
_PLACE_LABELS = {"GPE", "LOC", "FAC", "NORP"}
BEFORE_PLACE = {"in", "across", "around", "near", "throughout", "outside"}


def short_form_spans(doc: Doc, ents: list[Span]) -> list[Span]:
    """Uses of a short form of a name the article gives in full ("Brightledger" for
    "Brightledger Solutions", "Orwell Estuary" for "Orwell Estuary Learning Trust"), as
    ORG spans carrying the full name; they replace the entities inside them ("Orwell"
    tagged alone). A short form shared by two names, one word that is itself generic, or a
    place name used as a place ("in Orwell Estuary") is left alone."""
    names_of, sizes = _short_form_candidates(ents)
    first_company_of(names_of, ents)  # "Kestrel" of a group and its subsidiary: the one named first
    drop_mat_forms(names_of)  # "Greystone MAT" is Greystone Multi-Academy Trust
    trust_of = _shared_short_forms_of_trusts(names_of)
    full = _unique_short_forms(names_of)
    for short, canonical in _surnames_of_trusts(ents).items():
        # "the Pemberton trust" beside Arthur Pemberton Academies and the Pemberton Foundation:
        # a name that runs academies outranks one only shaped like a trust's
        other = trust_of.get(short) or full.get(short)
        if other is None or infer_kind(other) != "academy_trust" == infer_kind(canonical):
            trust_of[short] = canonical  # "the Carrow trust's chief executive"
            sizes.setdefault(short, 1)
            # "Heywood" beside the Margaret Heywood Learning Trust and the Heywood Foundation is
            # either's: the foundation's no more than the trust's unless the words after say so
            full.pop(short, None)
    if not full and not trust_of:
        return []
    _drop_bodies_of_their_own(doc, full, sizes)
    surnames = person_surnames(ents)
    lengths = sorted({sizes[s] for s in list(full) + list(trust_of)}, reverse=True)
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    # each candidate's text sliced from the doc's text (what doc[i:i + n].text gives, without
    # making a Span for every token and length: most of this component's time before)
    text, starts = doc_text(doc), [t.idx for t in doc]
    ends = [start + len(t) for start, t in zip(starts, doc)]
    out = []
    # uses of a trust's shared short form tagged as a body but with no trust's words after them
    # ("Northgate's critics"), the trust's once another use is shown to be the trust's
    pending: dict[str, list[Span]] = {}
    words, forms = doc_words(doc), list(full) + list(trust_of)
    may_open: dict[str, bool] = {}  # word -> some short form starts with it (a candidate starts with its first word)
    for i in range(len(doc)):
        if words[i] not in may_open:
            may_open[words[i]] = any(f.startswith(words[i]) for f in forms)
        if not may_open[words[i]]:
            continue
        for n in lengths:
            if i + n > len(doc):
                continue
            cand = text[starts[i]:ends[i + n - 1]]
            shown = cand in trust_of and _trust_words_follow(doc, i + n, i)
            canonical = trust_of[cand] if shown else full.get(cand)
            if canonical is None and cand in trust_of and _tagged_alone(by_token, i, n, cand) \
                    and not (n == 1 and cand in surnames) and _short_form_used_here(doc, i, n, trust_of[cand], by_token):
                pending.setdefault(cand, []).append(Span(doc, i, i + n, label="ORG", kb_id=trust_of[cand]))
                break
            if canonical is None:
                continue
            if n == 1 and cand in surnames or not _short_form_used_here(doc, i, n, canonical, by_token):
                continue  # "Mercer" beside "Joan Mercer": perhaps the person
            out.append(Span(doc, i, i + n, label="ORG", kb_id=canonical))
            break
    shown_trusts = {e.kb_id_ for e in out}
    return sorted(out + [e for spans in pending.values() for e in spans if e.kb_id_ in shown_trusts],
                  key=lambda e: e.start)


def _tagged_alone(by_token: dict[int, Span], i: int, n: int, cand: str) -> bool:
    """Whether doc[i:i+n] is an ORG entity of its own, named as written."""
    e = by_token.get(i)
    return e is not None and e.label_ == "ORG" and (e.start, e.end) == (i, i + n) and (e.kb_id_ or e.text) == cand


def _short_form_candidates(ents: list[Span]) -> tuple[dict[str, set[str]], dict[str, int]]:
    """{short form: the full names it is short for} and {short form: its number of tokens}."""
    full: dict[str, set[str]] = {}
    sizes: dict[str, int] = {}  # short form -> its number of tokens
    places = {e.text for e in ents if e.label_ in _PLACE_LABELS}
    trading: dict[str, set[str]] = {}  # first words of companies' names, whatever comes between
    for e in ents:
        if e.label_ != "ORG" or len(e) < 2:
            continue
        words = [t.text for t in e]
        if _trading_name(e, places):
            trading.setdefault(words[0], set()).add(e.kb_id_ or e.text)  # "Starlight" of Starlight Performing Arts Ltd
        for k in range(1, len(words)):
            rest = words[k:]
            if all(w.lower() in SHORT_FORM_REST for w in _unbracketed(rest)) and words[k - 1] != "-":
                full.setdefault(e[:k].text, set()).add(e.kb_id_ or e.text)  # "St Michael's"
                sizes[e[:k].text] = k
    for short, names in trading.items():
        if short not in full:  # "Corbel" of Corbel FM Group, not of its Corbel Site Services Ltd
            full[short] = names
            sizes[short] = 1
    named = {e.kb_id_ or e.text for e in ents if e.label_ == "ORG"}
    for s, names in full.items():
        # "Lantern Partnership" (itself a short form) and "Lantern Partnership of Schools": one body
        names -= {n for n in set(names) if any(m.startswith(n + " ") and all(w.lower() in SHORT_FORM_REST for w in m[len(
            n):].split()) and not _trust_and_school(n, m) for m in names)}
        # "The Tollard Trust" beside "the Tollard Trust School": a body of its own, not a short form
        names -= {n for n in set(names) if s in named and s.split()[-1].lower() in BODY_HEADS
                  and infer_kind(s) != "school" and infer_kind(n) == "school"}
    return full, sizes


# A company's legal ending as a token ("Ltd." with its full stop too): its first word is the
# name it trades under, whatever comes between.
LEGAL_ENDING_TOKENS = LEGAL_ENDINGS | {"ltd."}
_NAME_JOINERS = {"&", "and", "(", ")"}


def _trading_name(e: Span, places: set[str]) -> bool:
    """Whether the first word of a company's name ending in Ltd, plc ... is its short form
    ("Starlight" of Starlight Performing Arts Academy Ltd, "Crystalline" of Crystalline Support
    Services Ltd): a capitalised word, no place, no first name, every word up to the ending
    capitalised (not "Tidewell to Quillfield Education Ltd", two names run together)."""
    if e.label_ != "ORG" or len(e) < 3 or e[-1].lower_ not in LEGAL_ENDING_TOKENS:
        return False
    first = e[0]
    return first.is_title and first.is_alpha and first.lower_ not in GENERIC and first.lower_ not in FIRST_NAMES \
        and first.text not in places and all(t.is_title or t.text in _NAME_JOINERS for t in e[1:-1])


def _trust_and_school(a: str, b: str) -> bool:
    """Two names, one a school's and the other not ("Tarn Academy" and "Tarn Academy Trust",
    "Tarn Trust" and "Tarn Trust School"): two bodies, whichever is the longer."""
    return (infer_kind(a) == "school") != (infer_kind(b) == "school")


def _unbracketed(words: list[str]) -> list[str]:
    """The words outside brackets: "Coaches (Stourmere) Ltd" -> Coaches, Ltd (a place in
    brackets is no more a name than the generic words around it)."""
    out, depth = [], 0
    for w in words:
        depth += (w == "(") - (w == ")")
        if depth == 0 and w != ")":
            out.append(w)
    return out


def _shared_short_forms_of_trusts(full: dict[str, set[str]]) -> dict[str, str]:
    """"Veradale" of both Veradale Academies Trust and Veradale High School (or Veradale
    Trading Ltd, the Veradale Foundation ...): the trust where what follows belongs to a trust
    ("Veradale's chief executive", "Veradale schools", "Veradale runs ...")."""
    out = {}
    for s, names in full.items():
        if len(names) < 2 or s.lower() in GENERIC or not s[:1].isupper():
            continue
        trusts = [n for n in names if trust_shaped(n)]
        if len(trusts) > 1:
            # "Harbourside Academies" beside "Harbourside Trust": a bare "X Trust" may be any
            # sort of trust (a charity's), the other name is a schools' body's
            trusts = [n for n in trusts if len(n.split()) != 2 or n.split()[-1].lower() != "trust"]
        if len(trusts) == 1 and not any(infer_kind(n) == "council" for n in names):
            out[s] = trusts[0]  # beside its schools, its company, a charity of the same town
    return out


def _surnames_of_trusts(ents: list[Span]) -> dict[str, str]:
    """{surname: trust} for trusts named after a person ("Edith Carrow Trust", "the Agnes
    Morley Learning Trust"), whose short form is the surname: used before words that belong
    to a trust only ("the Carrow trust", "Carrow's board"), as the person shares it."""
    out = {}
    for e in ents:
        canonical = e.kb_id_ or e.text
        if e.label_ != "ORG":
            continue
        if len(e) >= 4 and e[0].lower_ in _HONOURS:
            e = e[1:]  # "Dame Agnes Colley Academy Trust": "the Colley trust"
        if len(e) >= 3 and e[0].lower_ in FIRST_NAMES and e[1].is_title and e[1].is_alpha \
                and e[1].lower_ not in GENERIC and all(t.lower_ in SHORT_FORM_REST for t in e[2:]) \
                and trust_shaped(canonical):
            out.setdefault(e[1].text, canonical)
    return out


# Titles before the first name of a trust's namesake.
_HONOURS = {"sir", "dame", "lady", "lord"}


def trust_shaped(name: str) -> bool:
    """"... Academy Trust", or a name ending as trusts' names do ("Brackley Education",
    "Quenby Collaborative"): the body a bare short form stands for when it runs schools."""
    return infer_kind(name) == "academy_trust" or any(w.lower() in SOFT_HEADS - {"federation"} for w in name.split()[-1:])


def _unique_short_forms(full: dict[str, set[str]]) -> dict[str, str]:
    """{short form: full name} for short forms of one name only (empties those sets)."""
    return {s: names.pop() for s, names in full.items()
            if len(names) == 1 and s.lower() not in GENERIC and s[:1].isupper()
            and s.split()[-1].lower() not in _OWN_BODY and s.split()[0].lower() not in _OWN_BODY}  # "Diocese of X"


def _drop_bodies_of_their_own(doc: Doc, full: dict[str, str], sizes: dict[str, int]) -> None:
    """"Lodestar, which runs 27 schools" beside "Lodestar Services Ltd": the short form is a
    body of its own (the trust), not the company's short name; such short forms are dropped."""
    words = doc_words(doc)  # a use starts with its first word: that test first, before a Span is made
    for short in list(full):
        if short.split()[-1].lower() in {"academy", "school", "college"} and infer_kind(full[short]) == "academy_trust":
            full.pop(short)  # "Thornbury Grange Academy": the school its single-academy trust is named after
            continue
        kind, n = infer_kind(full[short]), sizes[short]  # "Oakmere, which runs 11 schools" is Oakmere Education Trust
        if kind == "academy_trust" and introduced_otherwise(doc, short) or kind == "company" and any(
                short.startswith(words[i]) and doc[i:i + n].text == short and described_as_academy_trust(doc, i, i + n)
                for i in range(len(doc))):
            full.pop(short)  # ... and "the Cordwell Trust, the Victorian charity" is no trust's short form
        elif said_unconnected(doc, full[short]) and any(e.label_ == "ORG" and e.text == short for e in doc.ents):
            full.pop(short)  # "X Education ... it is not connected with X Education Services Ltd"


def _short_form_used_here(doc: Doc, i: int, n: int, canonical: str, by_token: dict[int, Span]) -> bool:
    """Whether doc[i:i+n] is a use of the short form as the body's name (not part of a
    longer name, not canonicalised already, not the place, not another name)."""
    covering = {by_token[j] for j in range(i, i + n) if j in by_token}
    if any(e.start < i or e.end > i + n for e in covering):
        return False  # part of a longer name, or across names
    if any(e.label_ == "ORG" and (e.kb_id_ or e.text) != e.text for e in covering):
        return False  # canonicalised already
    if i > 0 and doc[i - 1].lower_ in BEFORE_PLACE and doc[i + n - 1].lower_ not in SHORT_FORM_REST:
        return False  # "schools across Kirklees": the place, not Kirklees Learning Trust ("across Kirklees Learning" is the body)
    # a place inside it after other words ("Our Lady of Hexby") does not make it a place
    if any(e.label_ in _PLACE_LABELS and e.start == i for e in covering) and not (
            i + n < len(doc) and (doc[i + n].lower_ in ROLE_START or doc[i + n].text in {"'s", "’s"}
                                  or trust_shaped(canonical) and _trust_words_follow(doc, i + n, i))) \
            and not used_as_body(doc, i, i + n, canonical) \
            and not company_not_place(doc, i, canonical) and not _place_label_wrong(doc, i, n, canonical):  # "The Harrowfield trust did not respond"; "Tollgate workers"
        return False  # "schools in Orwell Estuary": the place; "Orwell Estuary chief executive": the body
    if i + n < len(doc) and doc[i + n].is_title and doc[i + n].lower_ not in ROLE_START:
        return False  # "Brightledger House": another name
    return not before_based(doc, i + n)  # "the Halbridge-based trust": the place


# Words after a name that make it a place: "the Lumora area", "Lumora residents".
_PLACE_AFTER = ("area", "areas", "town", "village", "city", "residents", "estate", "district")


def _place_label_wrong(doc: Doc, i: int, n: int, canonical: str) -> bool:
    """The model's place label on a trust's or a company's short form ("another Lumora school",
    "meetings with Crossway") is wrong when the article never uses those words as a place:
    never "in X", "across X", "the X area", "X residents", "X-based"."""
    if not doc[i].is_title or not (trust_shaped(canonical) or infer_kind(canonical) == "company"):
        return False
    short = re.escape(doc[i:i + n].text)
    place = rf"(?<!\w)(?i:{'|'.join(sorted(BEFORE_PLACE))})\s+{short}(?!\w)" \
            rf"|(?<!\w){short}(?:\s+(?i:{'|'.join(_PLACE_AFTER)})\b|-based\b)"
    return re.search(place, doc_text(doc)) is None


_TRUST_WORDS = {"trust", "trusts", "schools", "academies", "chief", "ceo", "chair", "trustees", "board", "group",
                "spokesperson", "spokesman", "spokeswoman", "management", "central", "finance"}
# Verbs after a trust's short form opening a sentence: "Brackley runs 19 schools".
_TRUST_VERBS = {"runs", "ran", "operates", "oversees", "took", "takes", "said", "says", "has", "had", "is", "was",
                "will", "would", "confirmed", "announced", "wanted", "wants", "plans", "agreed"}


# Inspectors grade schools, not trusts: "X was rated outstanding", "X has been judged good",
# "X has 900 pupils and was last inspected in 2022".
_GRADED = frozenset({"rated", "judged", "inspected", "graded", "downgraded", "upgraded"})
# Verbs that may open such a predicate ("X said it was rated ..." speaks of something else).
_GRADED_VERBS = frozenset({"is", "was", "has", "had", "will", "would"})
# At most this many tokens of the predicate read, up to the end of its clause.
_GRADE_WINDOW = 12
_CLAUSE_STOPS = frozenset({".", ";", ":", "“", '"', "‘"})


def _inspected(doc: Doc, verb: int) -> bool:
    """The verb at `verb` opens a predicate saying the body was inspected or graded, which
    only a school is ("X, which has 900 pupils, was rated outstanding")."""
    if doc[verb].lower_ not in _GRADED_VERBS:
        return False
    for t in doc[verb:min(len(doc), verb + _GRADE_WINDOW)]:
        if t.text in _CLAUSE_STOPS:
            return False
        if t.lower_ in _GRADED:
            return True
    return False


def _trust_words_follow(doc: Doc, k: int, i: int | None = None) -> bool:
    """"Veradale's chief executive", "Veradale schools": words that belong to a trust, not a
    school; or "Veradale runs ...", "Veradale said ...": a sentence's subject doing what
    trusts do (with `i`, the short form's first token)."""
    opens = i is not None and (doc[i].is_sent_start or i > 0 and doc[i - 1].text in {"“", '"', "‘"})
    if opens and k < len(doc) and doc[k].lower_ in _TRUST_VERBS and not _inspected(doc, k):  # not "X will keep its name and uniform" (a school)
        return " ".join(t.lower_ for t in doc[k:k + 4]) not in {"will keep its name", "would keep its name"}
    if opens and k < len(doc) and doc[k].text == ",":
        # "Veradale, which has its head office in Dunmore, runs 12 schools": the verb after the clause
        # "Kindred, founded in 2016 by former heads, already runs two schools"
        close = next((j for j in range(k + 1, min(len(doc), k + 16)) if doc[j].text in {",", ".", ";"}), None)
        if k + 2 < len(doc) and doc[k + 1].lower_ in {"which", "that"} and (doc[k + 2].lower_ in RUNS or doc[k + 2:k + 6].text
                                                                         == "takes its name from"):
            return True  # "Rivermead, which runs seven schools, ..." (its company runs none; a school named after none)
        verb = close + 1 if close is not None else len(doc)
        if verb < len(doc) and doc[verb].lower_ in ADVERBS:
            verb += 1
        if close is not None and doc[close].text == "," and verb < len(doc) and doc[verb].lower_ in _TRUST_VERBS \
                and doc[k + 1].lower_ in CLAUSE_OPENERS and not _inspected(doc, verb):
            return True
    # "Veradale and Eastholme trusts": coordinated with another name before the plural noun
    if k + 2 < len(doc) and doc[k].lower_ in {"and", "&"} and doc[k + 1].is_title:
        j = k + 1
        while j < len(doc) and doc[j].is_title and j - k <= 3:
            j += 1
        if j < len(doc) and doc[j].lower_ == "trusts":
            return True
    if k < len(doc) and doc[k].text in {"'s", "’s"}:
        k += 1
        # "Veradale's seven other schools", "Veradale's remaining academies", "Veradale's current chief executive"
        while k < len(doc) - 1 and (doc[k].like_num or doc[k].lower_ in POSSESSED_MODIFIERS) \
                and doc[k + 1].lower_ not in {",", "."}:
            k += 1
    if k + 1 < len(doc) and doc[k].lower_ == "head" and doc[k + 1].lower_ in {"office", "offices"}:
        return True  # "the former Veradale head office" (not "Veradale head teacher")
    return k < len(doc) and doc[k].lower_ in _TRUST_WORDS


# Words that may follow a short form used as an organisation ("Orwell Estuary Chief Executive").
ROLE_START = {"chief", "chair", "chairman", "director", "head", "spokesman", "spokeswoman", "spokesperson",
              "managing", "board", "trustees", "executive", "staff", "said", "says", "runs", "operates",
              "confirmed", "announced"}


def repeated_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Untagged uses of a name the article tags elsewhere as an organisation ("owned by
    Tarnside" after "Tarnside, a four-school trust"), except after "in", "across"..."""
    names: dict[str, tuple[int, str, str]] = {}
    for e in ents:
        if e.label_ == "ORG" and e.text[:1].isupper() and len(e.text) > 2 and e.text.lower() not in GENERIC:
            names.setdefault(e.text, (len(e), e.kb_id_ or e.text, e[0].text))
    covered = {i for e in ents for i in range(e.start, e.end)}
    out = []
    words = doc_words(doc)
    for text, (n, canonical, first) in names.items():
        for i in range(len(doc) - n + 1):
            # the first word first: a slice's text is costly to build for every token
            if words[i] != first or doc[i:i + n].text != text:
                continue
            if covered.intersection(range(i, i + n)) or i > 0 and doc[i - 1].lower_ in BEFORE_PLACE:
                continue
            if i + n < len(doc) and doc[i + n].is_title and doc[i + n].lower_ not in ROLE_START \
                    or before_based(doc, i + n):
                continue  # part of a longer name; a place ("Tarnby-based")
            out.append(Span(doc, i, i + n, label="ORG", kb_id=canonical))
            covered.update(range(i, i + n))
    return out
