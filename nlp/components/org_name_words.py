"""Which words may stand in an organisation's name, for the name patterns of
nlp/components/org_patterns.py: capitalised words that are not articles, prepositions,
titles or (unless between two words of the name: "Dunmere Parent Carer Forum") role words;
and the dedication a church school's or trust's name may open with ("Our Lady of the Dales",
"Blessed Agnes Dorne", "All Saints").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.components.lexicon import ROLE_WORDS, TITLES

# First words of a religious dedication, which may hold "of the": "Our Lady of the Dales",
# "St John of the Cross", "Holy Family of Nazareth".
# "St", "Saints": before a saint's name, which is no person's ("Saints Peter and Paul ...")
SAINTS = frozenset({"st", "st.", "saint", "saints", "sts", "ss"})
DEDICATIONS = SAINTS | {"our", "holy", "blessed", "sacred", "christ"}
# Words after "All" in a dedication: "All Saints", "All Souls", "All Hallows".
_ALL_DEDICATIONS = frozenset({"saints", "souls", "hallows"})
# Last words of a body's name: its possessive ends that name ("Westmarch County Council's
# Sedgeby Family Hub" is the council's hub), where a saint's opens another ("St Aidan's").
_OWNER_HEADS = {"council", "trust", "academy", "academies", "school", "college", "university", "union", "diocese",
                "federation", "partnership", "group", "ltd", "plc"}
# Lengths of an acronym inside a name, after a capitalised word ("... Hospitals NHS Foundation Trust").
_MIN_INNER_ACRONYM, _MAX_INNER_ACRONYM = 2, 5
NAME_STOPS = {"the", "a", "an", "in", "at", "of", "for", "and", "by", "on", "to", "from", "with"}


def name_word(doc: Doc, k: int) -> bool:
    """Whether doc[k] may be a word of an organisation's name: a capitalised word (not an
    article, a preposition, a title or a role), a hyphen inside "Multi-Academy", a saint's
    "'s" (not a body's), a number word before another capitalised word ("Three Spires Trust"), an
    acronym after a capitalised word ("... Hospitals NHS Foundation Trust")."""
    t = doc[k]
    if t.text == "-" and 0 < k < len(doc) - 1 and not doc[k - 1].whitespace_ and not t.whitespace_:
        return True  # "Multi-Academy"
    if t.text in {"'s", "’s"} and k > 0 and doc[k - 1].is_title and not doc[k - 1].whitespace_:
        return doc[k - 1].lower_ not in _OWNER_HEADS  # "St Aidan's Academies Trust", not "the Council's Family Hub"
    if t.is_title and t.is_alpha and t.like_num and k + 1 < len(doc) and doc[k + 1].is_title:
        return True  # "Three Spires Trust"
    if t.is_upper and t.is_alpha and _MIN_INNER_ACRONYM <= len(t) <= _MAX_INNER_ACRONYM and k > 0 \
            and doc[k - 1].is_title and doc[k - 1].is_alpha and doc[k - 1].whitespace_:
        return True  # "Ravensdale Teaching Hospitals NHS Foundation Trust": an acronym inside a name
    if not (t.is_title and t.is_alpha and t.lower_ not in NAME_STOPS and t.lower_ not in TITLES
            and t.pos_ in {"PROPN", "NOUN", "ADJ"}):
        return False
    return t.lower_ not in ROLE_WORDS or _inside_name(doc, k)


def _inside_name(doc: Doc, k: int) -> bool:
    """A role word between two capitalised words of one name: "Dunmere Parent Carer Forum",
    "Holt Vale Teacher Training Partnership" (not "Headteacher Ann Bell" or "Chair Ofsted")."""
    if k < 1 or k + 1 >= len(doc) or not doc[k - 1].whitespace_ or not doc[k].whitespace_:
        return False
    before, after = doc[k - 1], doc[k + 1]
    return before.is_title and before.is_alpha and before.lower_ not in NAME_STOPS | ROLE_WORDS | TITLES.keys() \
        and after.is_title and after.is_alpha and after.lower_ not in ROLE_WORDS


def dedication(doc: Doc, start: int) -> int:
    """"Our Lady of the Dales Catholic Multi-Academy Company": a name that starts after
    "of (the)" takes in the dedication before it."""
    k = start - 1
    if k > 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ != "of" or not doc[k - 1].is_title:
        return start
    j = k - 1
    while j > 0 and doc[j - 1].is_title and doc[j].lower_ not in DEDICATIONS:
        j -= 1
    return j if doc[j].lower_ in DEDICATIONS and k - j <= 3 else start


def dedication_word(doc: Doc, start: int, ents: list[Span]) -> int:
    """"Blessed Agnes Dorne Catholic Academy Trust" when the model cut "Blessed" off as a
    body of its own: a name ending in a head takes in the dedication word before it, and "All"
    before "Saints", "Souls" or "Hallows" ("All Saints Church of England Infant School")."""
    k = start - 1
    if k >= 0 and doc[k].text == "All" and doc[start].lower_ in _ALL_DEDICATIONS and doc[k].whitespace_:
        return k
    if k < 0 or doc[k].lower_ not in DEDICATIONS - {"our"} or not doc[k].is_title or not doc[k].whitespace_:
        return start
    if any(x.start <= k < x.end and (x.start, x.end) != (k, k + 1) for x in ents):
        return start
    return k
