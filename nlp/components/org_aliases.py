"""One name per body: short forms the short-form rules of org_short_forms.py leave out, for
`newswatch_orgs` (nlp/components/orgs.py); "The trust, known as X" is in org_known_as.py.

- `first_company_of`: a short form shared only by companies ("Kestrel" of Kestrel Catering
  Group plc and of its subsidiary Kestrel Catering Services Ltd) names the company the
  article gives first; a short form shared by a trust and its school is left to the rules
  that read what follows it (org_short_forms.py).
- `drop_mat_forms`: "Greystone MAT" and "Greystone Multi-Academy Trust" are one body when
  counting the bodies a short form may stand for.
- `company_not_place`: the model's place label on a company's short form ("helping
  Tollgate workers", "hold Platewell to them") is the company, unless a place word comes
  before it ("in", "across", ...: checked by the caller).
- `person_surnames`: surnames of people the article names in full ("Mercer" of "Joan
  Mercer"): a one-word short form that is one of them is left alone.
- `dropped_word_names`: a name that is another name of the article less its middle words
  ("Haverleigh Trust" of Haverleigh Academy Trust) is that body, when only one name fits;
  so is a name less the place in front ("Police Federation" in a headline for the Brantshire
  Police Federation), for unions, councils' services and other bodies, never schools, trusts
  or companies ("Park School" and "Oak Park School" are two schools).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.components.doc_text import doc_text, doc_words
from nlp.components.org_evidence import introduced_otherwise
from nlp.components.org_kinds import infer_kind


# For org_short_forms._trust_words_follow: what may open the clause between a sentence's subject and its verb ("X, founded in 2016 by
# ..., runs"), an adverb before the verb, and words between "X's" and its board or schools.
CLAUSE_OPENERS = {"which", "who", "whose", "founded", "formed", "set", "established", "created", "based",
                   "headquartered", "launched", "led"}
RUNS = {"runs", "ran", "operates", "oversees", "manages", "sponsors"}
ADVERBS = {"already", "now", "still", "currently", "also", "then", "recently"}
POSSESSED_MODIFIERS = {"other", "remaining", "own", "current", "former", "new", "interim", "acting", "outgoing",
                        "incoming", "founding", "previous"}


def first_company_of(names_of: dict[str, set[str]], ents: list[Span]) -> None:
    """Short forms shared only by companies keep the company named first in the text
    (`names_of`, {short form: full names}, is changed in place)."""
    order: dict[str, int] = {}
    for e in ents:
        if e.label_ == "ORG":
            order.setdefault(e.kb_id_ or e.text, e.start)
    for short, names in names_of.items():
        if len(names) > 1 and all(infer_kind(n) == "company" for n in names):
            first = min(names, key=lambda n: order.get(n, len(order) + 1))
            names.intersection_update({first})


def drop_mat_forms(names_of: dict[str, set[str]]) -> None:
    """"Greystone MAT" beside "Greystone Multi-Academy Trust" among the names a short form
    stands for: one body (org_mat.py joins them later), so the short form is not shared."""
    for names in names_of.values():
        for n in list(names):
            if n.endswith(" MAT") and any(m != n and m.startswith(n[:-3]) and "multi" in m.lower() for m in names):
                names.discard(n)


# "run by X", "led by X": the agent of what bodies do; "chief executive of X": a body's officer.
_AGENT_VERBS = {"run", "led", "owned", "operated", "managed", "sponsored", "backed"}
_OFFICERS = {"executive", "chair", "chairman", "chairwoman", "director", "trustees", "board", "spokesperson",
             "spokesman", "spokeswoman", "ceo", "head"}


def company_not_place(doc, i: int, canonical: str) -> bool:
    """Whether a short form at doc[i] the model read as a place is the body `canonical`: a
    company's (its short name is seldom a place's), or a trust's doing what bodies do: the
    subject of a verb ("as Lumen prepares to take on"), after "run by" or "chief executive
    of". The place words before it are checked by the caller."""
    if infer_kind(canonical) == "company" and doc[i].is_title:
        return True
    if infer_kind(canonical) != "academy_trust" or not doc[i].is_title:
        return False
    j = i
    while j + 1 < len(doc) and doc[j + 1].is_title and doc[j + 1].is_alpha and j - i < 3:
        j += 1  # "Ashby Vale": the last word of the short form
    if doc[j].dep_ in {"nsubj", "nsubjpass"} and doc[j].head.pos_ == "VERB" and doc[j].head.i > j:
        return True
    return i > 1 and (doc[i - 1].lower_ == "by" and doc[i - 2].lower_ in _AGENT_VERBS
                      or doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _OFFICERS)


def person_surnames(ents: list[Span]) -> set[str]:
    """Last words of people named with at least two words ("Joan Mercer" -> "Mercer")."""
    return {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].is_title}


# Words a shorter name may leave out of the middle of a longer one: descriptions, never the
# word that tells two schools apart ("Haverleigh East Academy" is not Haverleigh Academy).
# Only trusts: "Harlow Foundation" and "Harlow Community Foundation", "Westcombe Federation" and
# "Westcombe Schools Federation" are two bodies.
_DROPPABLE = {"learning", "academy", "academies", "education", "educational", "multi", "-", "multi-academy",
              "catholic", "cofe", "ce", "church", "of", "england", "diocesan", "nhs"}
_HEALTH_WORDS = {"community", "health", "care", "mental", "partnership", "and", "hospitals", "university"}
# Words naming a council's status, which its short name drops ("Oldhaven Council" for Oldhaven
# Metropolitan Borough Council); "Town" and "Parish" name another, smaller council.
_COUNCIL_STATUS = {"metropolitan", "borough", "city", "county", "district", "unitary"}
# First words that do not name a body alone ("St Anne's ...", "The Kestrel Trust").
_OPENING_WORDS = {"st", "st.", "saint", "the", "sir", "dame", "our", "holy", "bishop", "blessed", "cardinal"}


def _dropped_words(short: list[str], full: list[str]) -> bool:
    """Whether `short` is `full` less some words in between, same first and last words:
    "Carnford Foundation Trust" of "Carnford Community Health NHS Foundation Trust", "Oldhaven
    Council" of "Oldhaven Metropolitan Borough Council"."""
    if not 2 <= len(short) < len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    dropped = list(full[1:-1])
    for w in short[1:-1]:
        if w not in dropped:
            return False
        dropped = dropped[dropped.index(w) + 1:]
    left = {w.lower() for w in full[1:-1] if w not in short[1:-1]}
    if "nhs" in left:
        left -= _HEALTH_WORDS  # "Carnford Foundation Trust" of "Carnford Community Health NHS Foundation Trust"
    return short[-1].lower() == "trust" and left <= _DROPPABLE or short[-1].lower() == "council" and left <= _COUNCIL_STATUS


# Kinds whose names may drop the place in front: "Police Federation" in a headline for the
# Brantshire Police Federation; never schools ("Park School", "Oak Park School"), trusts or companies.
PLACE_LESS_KINDS = {"union", "council", "government", "other"}


def _less_first_word(fulls: set[str], cands: set[str]) -> dict[str, str]:
    """{short: full} for names tagged as a body of their own that are one longer name of the
    article (three words or more) less its first word, of the same kind."""
    out = {}
    for short in cands:
        if len(short.split()) < 2:
            continue
        owners = [f for f in fulls if f.split()[1:] == short.split() and f.split()[0].isalpha()]
        kind = infer_kind(short)
        if len(owners) == 1 and kind in PLACE_LESS_KINDS and infer_kind(owners[0]) == kind:
            out[short] = owners[0]
    return out


def dropped_word_names(doc: Doc, ents: list[Span]) -> tuple[list[Span], dict[str, str]]:
    """A trust's name that is a longer name of the article less its middle descriptive words
    ("Haverleigh Trust" for Haverleigh Academy Trust, a headline's "Carnford Foundation Trust"
    for an NHS foundation trust), when it fits one name only and the two are of one kind: its uses, tagged as a body of their own or
    untagged, become the longer name's. Returns the entities and {name: canonical}."""
    fulls = {e.kb_id_ or e.text for e in ents if e.label_ == "ORG" and len((e.kb_id_ or e.text).split()) >= 3}
    fulls = {f for f in fulls if f.split()[0].lower() not in _OPENING_WORDS and f.split()[0][:1].isupper()}
    if not fulls:
        return ents, {}
    named = {e.kb_id_ or e.text for e in ents if e.label_ == "ORG"}
    # candidates: the names tagged as their own body, and each long name's first and last words
    cands = {e.text for e in ents if e.label_ == "ORG" and e.kb_id_ in {"", e.text} and len(e) >= 2}
    cands |= {f"{f.split()[0]} {f.split()[-1]}" for f in fulls if f.split()[-1][:1].isupper()}
    found: dict[str, str] = {}
    for short in cands:
        owners = [f for f in fulls if _dropped_words(short.split(), f.split())]
        if len(owners) != 1 or short in named and short not in {e.text for e in ents if e.kb_id_ in {"", e.text}}:
            continue
        if infer_kind(short) != infer_kind(owners[0]) or infer_kind(owners[0]) == "school":
            continue  # "Tarn School" is not Tarn Academy Trust; two schools' names stay apart
        if introduced_otherwise(doc, short):
            continue  # "The Eden Valley Trust, a conservation charity, said": a body of its own, introduced
        found[short] = owners[0]
    found.update(_less_first_word(fulls, cands - set(found)))  # "Police Federation" in a headline
    found = {k: v for k, v in found.items() if k in doc_text(doc)}  # uses only: no alias the text never gives
    if not found:
        return ents, found
    out = [Span(doc, e.start, e.end, label="ORG", kb_id=found[e.text])
           if e.label_ == "ORG" and e.text in found and e.kb_id_ in {"", e.text} else e for e in ents]
    taken = {i for e in out for i in range(e.start, e.end)}
    texts = doc_words(doc)  # (the word as a string: no Token made for every position)
    for short, canonical in found.items():
        words = short.split()
        n = len(words)
        for i in range(len(doc) - n + 1):
            if texts[i] != words[0] or doc[i:i + n].text != short or taken.intersection(range(i, i + n)):
                continue
            if i + n < len(doc) and doc[i + n].is_title:
                continue  # part of a longer name: "Haverleigh Trust Sports Day"
            out.append(Span(doc, i, i + n, label="ORG", kb_id=canonical))
            taken.update(range(i, i + n))
    return out, found
