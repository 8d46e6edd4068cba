"""Name-level patterns for `newswatch_orgs` (nlp/components/orgs.py); trimming entities'
edges is in org_trim.py.

- `pattern_orgs`: names taken whole by their ending ("... Academy Trust", "... Primary
  School"), widened over capitalised words, a possessive owner ("St Mary's Primary
  School") and a name joined by "and" ("Tamar and Tavy Learning Trust").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from nlp.components.doc_text import doc_lowers, doc_words
from nlp.components.lexicon import FIRST_NAMES
from nlp.components.org_name_words import DEDICATIONS, SAINTS, dedication, dedication_word, name_word
from nlp.components.org_fragments import widened_left
from nlp.components.org_kinds import LEGAL_ENDINGS

_POSSESSIVE = {"'s", "’s", "'", "’"}

_ORG_HEADS = {"library", "council", "school", "academy", "trust", "college", "union", "federation",
              "group", "ltd", "limited", "plc", "partnership", "services", "hospital", "church", "club",
              "association", "society", "alliance", "forum", "board", "police", "committee", "agency",
              "department", "federation", "foundation", "charity", "university", "network", "campaign"}


def has_word(text: str) -> bool:
    """Whether the text holds a letter or digit (an entity must; whitespace or
    punctuation tagged as a name is not one)."""
    return any(ch.isalnum() for ch in text)



# Names of organisations by their ending: "Pennine Ridge Academy Trust", "Calder Rise
# Primary Academy", "Harbour View Learning Partnership".
_PATTERN_HEADS = {"trust", "academy", "academies", "school", "schools", "college", "council", "federation",
                  "partnership", "alliance", "company", "police", "forum", "hub", "unit", "hospice"}
# (A legal ending, LEGAL_ENDINGS, ends a name even written in lower case: "Tidewell Group plc".)


def _possessive_owner(doc: Doc, start: int, ents: list[Span]) -> int:
    """"St Mary's Primary School" when the model tagged "St Mary" alone: a name that starts
    with "'s" takes in the name the possessive belongs to."""
    if start > 0 and doc[start].text in {"'s", "’s"} and not doc[start - 1].whitespace_:
        owner = [x for x in ents if x.end == start and x.label_ in {"ORG", "PERSON", "FAC"}]
        if owner:
            return owner[0].start
    if start < len(doc) and doc[start].text in {"'s", "’s"}:
        return start + 1
    return start


# Nouns for a group that a name may call itself "of Schools": "Quenvale Family of Schools",
# "Coldrey Partnership of Academies".
_GROUP_OF = {"family", "partnership", "federation", "alliance", "community", "group", "collective", "trust",
             "consortium", "fellowship"}


def _group_of(doc: Doc, start: int, taken: set[int]) -> int:
    """"the Quenvale Family of Schools" when only "Schools" was found: a name ending "<group
    noun> of Schools/Academies" takes in the group noun and the name before it."""
    k = start - 2
    if k < 1 or doc[start - 1].lower_ != "of" or doc[start].lower_ not in {"schools", "academies"} \
            or not doc[k].is_title or doc[k].lower_ not in _GROUP_OF or k in taken or not name_word(doc, k - 1):
        return start
    while k > 0 and name_word(doc, k - 1) and k - 1 not in taken:
        k -= 1
    return k


# Titles opening the names of bodies named after a person: "Sir Walter Penrose Academy Trust".
_NAMESAKE_TITLES = {"sir", "dame", "lord", "lady", "bishop", "archbishop", "cardinal", "canon", "king", "queen",
                    "prince", "princess", "duke", "duchess"}


def _namesake_title(doc: Doc, start: int, head: int, taken: set[int]) -> int:
    """A name ending in a head takes in the title (even one tagged alone) of its namesake."""
    k = start - 1
    lone = k >= 0 and doc[k].ent_iob_ == "B" and doc[start].ent_iob_ != "I"
    if k < 0 or k in taken and not lone or not doc[k].is_title or doc[k].lower_ not in _NAMESAKE_TITLES \
            or not doc[k].whitespace_:
        return start
    if not any(name_word(doc, j) and doc[j].lower_ not in _PATTERN_HEADS for j in range(start, head)):
        return start
    return k


# Words opening a name "<word> of <place>": "Vale of Wexbury Learning Trust", "Isle of Sedge
# Academy", "Diocese of Ely Multi-Academy Trust", "City of Hallam College".
_PLACE_OF = {"vale", "isle", "forest", "city", "diocese", "archdiocese"}


def _place_of(doc: Doc, start: int, taken: set[int]) -> int:
    """A name starting at a place takes in "Vale of" (or "Isle of" ...) before it."""
    k = start - 2
    if k < 0 or doc[start - 1].lower_ != "of" or not doc[k].is_title or doc[k].lower_ not in _PLACE_OF \
            or k in taken or start - 1 in taken:
        return start
    return k


def _dedication_before(doc: Doc, k: int) -> int | None:
    """Start of a dedication ending at token `k` ("St Aldhelm", "Our Lady", "Saints Peter"),
    or None: a saint's name alone names no body, whatever the model tagged it as."""
    if k >= 1 and doc[k - 1].lower_ == "our" and doc[k].lower_ == "lady" and doc[k - 1].is_title:
        return k - 1
    if k >= 1 and doc[k - 1].lower_ in SAINTS and doc[k - 1].is_title and doc[k].is_title and doc[k].is_alpha \
            and doc[k].lower_ not in _ORG_HEADS | _PATTERN_HEADS:
        return k - 1
    return None


def _join_and(doc: Doc, start: int, taken: set[int]) -> int:
    """"Bath and Wells Diocesan Academies Trust", "Tamar and Tavy Learning Trust": a name
    before "and" that is not itself the name of a body belongs to this one (while
    "Compass Partnership of Schools and Eko Trust" stays two, and "Hatherby and St Anne's
    Catholic Primary" is a place and a school); so does a dedication ("the St Anne and St
    Hild Schools Trust", "Our Lady and St Kea Catholic Academy Trust")."""
    k = start - 2
    if k >= 1 and doc[start - 1].lower_ in {"and", "&"} and doc[start].lower_ in DEDICATIONS \
            and (first := _dedication_before(doc, k)) is not None:
        return first
    if k < 0 or doc[start - 1].lower_ not in {"and", "&"} or k in taken or not name_word(doc, k) \
            or doc[start].lower_ in SAINTS and doc[k].ent_type_ in {"GPE", "LOC"} \
            or doc[k].lower_ in _ORG_HEADS | _PATTERN_HEADS \
            or doc[k].ent_type_ == "PERSON" and doc[k].lower_ in FIRST_NAMES \
            and not (k > 0 and doc[k - 1].lower_ in SAINTS):  # "Saints Peter and ..."
        return start
    while k > 0 and name_word(doc, k - 1) and k - 1 not in taken and doc[k - 1].lower_ not in _ORG_HEADS:
        k -= 1
    return k


def pattern_orgs(doc: Doc, ents: list[Span]) -> list[Span]:
    """Widen ORG entities to the whole capitalised name before them, and add untagged names
    ending in a generic head ("... Academy Trust", "... Primary School")."""
    # a legal ending tagged alone ("CIC" of "Little Acorns Cranmoss CIC") names nothing: it is read
    # as the end of the name before it
    ents = [e for e in ents if not (e.label_ == "ORG" and len(e) == 1 and e[0].lower_ in LEGAL_ENDINGS)]
    org_tokens = {i for e in ents if e.label_ == "ORG" for i in range(e.start, e.end)}
    one_word = {e.start for e in ents if e.label_ == "ORG" and len(e) == 1}
    out = [_widen_org(doc, widened_left(doc, e), ents, org_tokens, one_word) for e in ents]
    taken = {i for e in out if e.label_ == "ORG" for i in range(e.start, e.end)}
    added = _names_by_ending(doc, out, taken, _one_word_names(doc, out))
    added += _dioceses(doc, taken)
    # a name found by its ending wins over the model's other label for the same words
    # ("Trent and Tame Schools Partnership" read as a WORK_OF_ART, "The Riverbend Partnership"
    # too, with the article in it)
    return filter_spans(added + without_overlaps(out, added, only_article=True))


def _widen_org(doc: Doc, e: Span, ents: list[Span], org_tokens: set[int], one_word: set[int]) -> Span:
    """An ORG entity widened by a head or company suffix after it and the whole
    capitalised name before it; any other entity as it is."""
    if e.label_ == "ORG" and e.end < len(doc) and e.end not in org_tokens and doc[e.end].is_title \
            and doc[e.end].lower_ in _PATTERN_HEADS and e[-1].whitespace_:
        e = Span(doc, e.start, e.end + 1, label="ORG", kb_id=e.kb_id)  # "Fenbridge Academies" + "Trust"
    if e.label_ == "ORG" and e.end < len(doc) and doc[e.end].lower_ in LEGAL_ENDINGS and e.end not in org_tokens \
            and e[-1].whitespace_:
        e = Span(doc, e.start, e.end + 1, label="ORG", kb_id=e.kb_id)  # "Tidewell Group" + "plc"
    if e.label_ == "ORG" and _bracketed_company_end(doc, e.end):
        e = Span(doc, e.start, e.end + 4, label="ORG", kb_id=e.kb_id)  # "Fairway Coaches" + "(Tenbury) Ltd"
    if e.label_ == "ORG" and (e[-1].lower_ in _PATTERN_HEADS or _primary_end(doc, e.end - 1)) and e[-1].is_title:
        start = e.start
        split_off = _word_split_off(doc, e.start, one_word)
        while start > 0 and name_word(doc, start - 1) and (start - 1 not in org_tokens or start - 1 == split_off) \
                and (doc[start - 1].whitespace_ or doc[start].text in {"'s", "’s"}) \
                or start > 0 and doc[start - 1].text == "-" and name_word(doc, start - 1):
            start -= 1
        while start < e.start and doc[start].text == "-":
            start += 1
        start = _namesake_title(doc, start, e.end - 1, org_tokens - set(range(e.start, e.end)))
        start = _possessive_owner(doc, start, ents)
        start = dedication(doc, start)
        start = dedication_word(doc, start, ents)
        start = _group_of(doc, start, org_tokens - set(range(e.start, e.end)))
        start = _place_of(doc, start, org_tokens - set(range(e.start, e.end)))
        start = _join_and(doc, start, org_tokens - set(range(e.start, e.end)) - _one_word_names(doc, ents))
        if start < e.start:
            e = Span(doc, start, e.end, label="ORG", kb_id=e.kb_id)
    return e


def _one_word_names(doc: Doc, ents: list[Span]) -> set[int]:
    """Tokens of one-word ORG entities (not a head word): the model often tags the first place
    of "Kennet and Thames Diocesan Academies Trust" alone, and "and" joins it to the name."""
    return {x.start for x in ents if len(x) == 1 and x.label_ == "ORG" and doc[x.start].lower_ not in _ORG_HEADS}


def _word_split_off(doc: Doc, start: int, one_word: set[int]) -> int | None:
    """"Holloway" + "Vale Multi Academy Trust": the model's one-word ORG (starting at one of
    `one_word`) right before the name starting at `start`, a space apart, is the name's
    first word split off (two bodies' names never stand side by side with nothing between
    them); its index, or None. A word in capitals stays apart ("NEU Westgate Academy
    group": the union at a school)."""
    k = start - 1
    if k < 0 or k not in one_word or doc[k].whitespace_ != " ":
        return None
    return k if doc[k].is_title and doc[k].lower_ not in _ORG_HEADS else None


def _bracketed_company_end(doc: Doc, k: int) -> bool:
    """"(Tenbury) Ltd" from token k: a place in brackets and a company suffix, the rest of a
    company's name ("Fairway Coaches (Tenbury) Ltd")."""
    return k + 3 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" \
        and doc[k + 1].is_title and doc[k + 3].lower_ in LEGAL_ENDINGS


def _primary_end(doc: Doc, k: int) -> bool:
    """"St Anne's Catholic Primary", "Holme Lode Primary": a school's name may end in
    "Primary" (not followed by another capitalised word: "... Primary School" ends there)."""
    return doc[k].text == "Primary" and k > 0 and name_word(doc, k - 1) \
        and not (k + 1 < len(doc) and doc[k + 1].is_title)


# At most this many capitalised words between a head and the company suffix that ends the
# name: "Anchorage Trust Care Ltd", "Kestrel School Transport Services Ltd".
_MAX_WORDS_BEFORE_SUFFIX = 3


def _company_end_after(doc: Doc, k: int, taken: set[int]) -> int:
    """The last token of the name whose head is at `k`: the head itself, or the company suffix
    a few capitalised words on ("Harvest Trust Catering Ltd" is a company, not "Harvest Trust"
    and "Catering Ltd")."""
    j = k + 1
    while j < len(doc) and j - k <= _MAX_WORDS_BEFORE_SUFFIX and doc[j - 1].whitespace_ and j not in taken \
            and doc[j].lower_ not in LEGAL_ENDINGS and name_word(doc, j):
        j += 1
    if j < len(doc) and j not in taken and doc[j].lower_ in LEGAL_ENDINGS and doc[j - 1].whitespace_:
        return j  # "Harvest Trust Catering Ltd", "Open Lanes Partnership CIC"
    return k


def _names_by_ending(doc: Doc, out: list[Span], taken: set[int], single: set[int] = frozenset()) -> list[Span]:
    """Untagged names ending in a generic head or a company suffix; adds their tokens to `taken`."""
    added = []
    words, lowers = doc_words(doc), doc_lowers(doc)
    k = 0
    while k < len(doc):
        if lowers[k] not in _PATTERN_HEADS and lowers[k] not in LEGAL_ENDINGS and words[k] != "Primary":
            k += 1  # no head, suffix or "Primary" here: the test below reads the word alone
            continue
        t = doc[k]
        if (t.lower_ in _PATTERN_HEADS and t.is_title and t.pos_ == "PROPN" or t.lower_ in LEGAL_ENDINGS and k > 0
                and doc[k - 1].is_title or _primary_end(doc, k)) and k not in taken:
            start = k
            while k + 1 < len(doc) and doc[k + 1].is_title and doc[k + 1].lower_ in _PATTERN_HEADS \
                    and k + 1 not in taken and doc[k].whitespace_:
                k += 1  # "... Academy Trust"
            k = _company_end_after(doc, k, taken)  # "Harvest Trust" + "Catering Ltd": a company's name
            while start > 0 and name_word(doc, start - 1) and start - 1 not in taken:
                start -= 1
            while start < k and doc[start].text == "-":
                start += 1
            start = _namesake_title(doc, start, k, taken)
            start = _possessive_owner(doc, start, out)
            start = dedication(doc, start)
            start = dedication_word(doc, start, out)
            start = _group_of(doc, start, taken)
            start = _place_of(doc, start, taken)
            if t.lower_ in LEGAL_ENDINGS and start > 1 and doc[start - 1].lower_ == "of" and name_word(doc, start - 2):
                start -= 2  # "Gold Fields of South Africa Ltd", "Bank of Wessex plc"
                while start > 0 and name_word(doc, start - 1) and start - 1 not in taken:
                    start -= 1
            start = _join_and(doc, start, taken - single)  # "Kennet" tagged alone + "and Thames ... Trust"
            if t.lower_ == "schools" and k + 1 < len(doc) and doc[k + 1].is_title and doc[k + 1].is_alpha:
                k += 1
                continue  # "Safe Schools Leeds Collective": part of a longer name
            if start < k and any(doc[j].lower_ not in _PATTERN_HEADS | {"primary", "learning", "multi", "-"} for j in range(start, k)):
                if _bracketed_company_end(doc, k + 1):
                    k += 4  # "Ardent Schools (Hollowbrook) plc"
                added.append(Span(doc, start, k + 1, label="ORG"))
                taken.update(range(start, k + 1))
        k += 1
    return added


# Words of a church before "Diocese": "Roman Catholic Diocese of ...", "Anglican Diocese of ...".
_DENOMINATIONS = {"roman", "catholic", "anglican"}


def _dioceses(doc: Doc, taken: set[int]) -> list[Span]:
    """"the Diocese of Calderford", "the Roman Catholic Diocese of Calderford": a body named
    by what it is and where, which the model often leaves out or cuts to the place or to
    "Catholic Diocese"; adds their tokens to `taken`."""
    added = []
    lowers = doc_lowers(doc)
    for k in range(len(doc) - 2):
        if lowers[k] in {"diocese", "archdiocese"} and doc[k].is_title and doc[k + 1].lower_ == "of" \
                and doc[k + 2].is_title:  # a longer name the model tagged wins (pattern_orgs)
            start, end = k, k + 3
            while start > 0 and doc[start - 1].lower_ in _DENOMINATIONS and doc[start - 1].is_title:
                start -= 1
            while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
                end += 1  # the place may be tagged alone ("Calderford"): the longer name wins
            added.append(Span(doc, start, end, label="ORG"))
            taken.update(range(start, end))
    return added


def without_overlaps(ents: list[Span], found: list[Span], only_article: bool = False) -> list[Span]:
    """`ents` less the entities of another label than ORG that overlap a name in `found`
    (with `only_article`, only those that are the name with "the" before it: "the Russian
    Federation" read as a place stays one)."""
    if only_article:
        bounds = {(e.start - 1, e.end) for e in found}
        return [e for e in ents if e.label_ == "ORG" or (e.start, e.end) not in bounds
                or e[0].lower_ != "the" or e.label_ in {"GPE", "LOC", "NORP"}]
    tokens = {i for e in found for i in range(e.start, e.end)}
    return [e for e in ents if e.label_ == "ORG" or not tokens.intersection(range(e.start, e.end))]
