"""Names set off by commas beside a person's role or age, for person_names.py
(`newswatch_people`): in apposition to a role word ("The NEU's district secretary for Leeds,
Anna Price, said"), or followed by a comma and a role or an age ("Stan Pickering, a caretaker
at ...", "Edna Kirkby, 79, said"), where the entity model left the name untagged or read it as
something else.

Pure functions over a Doc: they return new entity lists and never set doc.ents.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.components.doc_text import doc_words
from nlp.components.lexicon import FEMALE_NAMES, MALE_NAMES, ROLE_WORDS
from nlp.components.person_extent import HYPHENS, MISREAD_LABELS, SURNAME_PARTICLES, name_word

# Words after an untagged name in apposition that close the apposition ("..., Anna Price, said").
_APPOSITION_END = {",", "said", "says", "told", "added"}
# Nouns for a person, besides roles, that set a name off in apposition ("His successor, X,").
PERSON_NOUNS = frozenset("successor predecessor caseworker colleague wife husband son daughter boss mp".split())
# Words before a run of capitalised words that make it a place ("in Weavers Court, ...").
_PLACE_PREPS = frozenset("in at on from near to into off outside inside".split())
# How many words after a name's comma may come before its role (", the NEU's regional officer").
_ROLE_LOOKAHEAD = 5
# Numbers between commas after a name read as an age below this ("Edna Kirkby, 79,").
_MAX_AGE = 110


def names_in_apposition(doc: Doc, ents: list[Span], person_tokens: set[int]) -> list[Span]:
    """"The NEU's district secretary for Leeds, Anna Price, said": a two- or three-word name
    in apposition to a role word, set off by commas, is a person: untagged and starting with
    a known first name, or written as a name (capitalised name words, a double-barrelled
    surname) that the model tagged as something else ("Its chief financial officer, Hamza
    Qadir-Lewis, said" read as an organisation). Returns the new list; updates person_tokens."""
    for tok in doc:
        if tok.dep_ != "appos" or tok.i in person_tokens:
            continue  # (first: most tokens are no apposition)
        role = tok.head
        if role.dep_ == "pobj" and role.head.dep_ == "prep":
            role = role.head.head  # "The MP for Elstow Vale, Rhiannon Lowe,": the name hung on the place
        if role.lower_ not in ROLE_WORDS and role.lower_ not in PERSON_NOUNS:
            continue
        left = tok.i
        while left > 0 and (doc[left - 1].dep_ == "compound" or doc[left - 1].text in HYPHENS) \
                and left <= doc[left - 1].head.i <= tok.i:
            left -= 1
        words = doc[left:tok.i + 1]
        if not (2 <= len(words.text.split()) <= 3) or left == 0 or doc[left - 1].text != "," or tok.i + 1 >= len(doc) \
                or doc[tok.i + 1].text not in _APPOSITION_END:
            continue
        known_first = words[0].lower_ in MALE_NAMES or words[0].lower_ in FEMALE_NAMES
        untagged = all(not x.ent_type_ for x in words)
        misread = {x.ent_type_ for x in words} <= MISREAD_LABELS and words[0].ent_iob_ == "B" \
            and (tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I")
        if (known_first and untagged or misread) and all(
                name_word(x) and x.pos_ == "PROPN" or x.text in HYPHENS for x in words):
            ents = [e for e in ents if not (e.start < tok.i + 1 and left < e.end)]
            ents.append(Span(doc, left, tok.i + 1, label="PERSON"))
            person_tokens.update(range(left, tok.i + 1))
    return ents


def names_with_role_or_age(doc: Doc, ents: list[Span], person_tokens: set[int]) -> list[Span]:
    """"Stan Pickering, a caretaker at ..., was less convinced", "Rhys ap Gwilym, headteacher
    of ...", "Edna Kirkby, 79, said": two or three name words the model left untagged (or
    read as one organisation) followed by a comma and a person's role or an age are a person.
    Returns the new list; updates person_tokens."""
    words = doc_words(doc)
    i = 0
    while i < len(doc):
        if not words[i][:1].isupper():
            i += 1  # no name word (name_word's first test, on the word alone)
            continue
        end = _name_run_end(doc, i) if name_word(doc[i]) and not (i > 0 and name_word(doc[i - 1])) else i
        if end == i:
            i += 1
            continue
        run = doc[i:end]
        # (untagged, or entities of a misread label that lie inside the run)
        inside = {x.ent_type_ for x in run} <= MISREAD_LABELS | {""} and run[0].ent_iob_ != "I" \
            and (end >= len(doc) or doc[end].ent_iob_ != "I")
        after_place_word = i > 0 and doc[i - 1].lower_ in _PLACE_PREPS  # "in Weavers Court, ..."
        if 2 <= len(run.text.split()) <= 3 and all(x.pos_ == "PROPN" or not name_word(x) for x in run) \
                and not after_place_word \
                and not any(k in person_tokens for k in range(i, end)) and inside \
                and (_role_after_comma(doc, end) or _age_after(doc, end - 1)):
            ents = [e for e in ents if not (e.start < end and i < e.end)]
            ents.append(Span(doc, i, end, label="PERSON"))
            person_tokens.update(range(i, end))
        i = end
    return ents


def _name_run_end(doc: Doc, i: int) -> int:
    """The end of a run of name words from token i: name words, a hyphen inside a word, a
    lower-case surname particle between name words ("Rhys ap Gwilym")."""
    k = i + 1
    while k < len(doc):
        if name_word(doc[k]) and doc[k - 1].whitespace_:
            k += 1
        elif doc[k].text in HYPHENS and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
                and k + 1 < len(doc) and name_word(doc[k + 1]):
            k += 2
        elif doc[k].lower_ in SURNAME_PARTICLES and doc[k].is_lower and k + 1 < len(doc) and (
                name_word(doc[k + 1]) or doc[k + 1].lower_ in SURNAME_PARTICLES):
            k += 1  # ("van der Merwe")
        else:
            break
    return k


def _role_after_comma(doc: Doc, end: int) -> bool:
    """", a caretaker at ...", ", chief financial officer of ...", ", the NEU's regional
    officer": a person's role, set off by a comma right after token `end`."""
    if end >= len(doc) or doc[end].text != "," or end + 1 < len(doc) and doc[end + 1].lower_ == "whose":
        return False  # (", whose chief executive ...": someone else's role, the name a body's)
    for x in doc[end + 1:end + 1 + _ROLE_LOOKAHEAD]:
        if (x.lower_ in ROLE_WORDS or x.lower_ in PERSON_NOUNS) and x.dep_ != "compound":
            # (not the role of the name after it: "in Lower Sedge, parent Jo Bell said"; nor a
            # noun's modifier: "the Beacon Way, the trust's teacher training programme")
            return not (x.i + 1 < len(doc) and (name_word(doc[x.i + 1]) or doc[x.i + 1].ent_type_ == "PERSON"))
        if not (x.is_alpha or x.text in {"'s", "’s"}) or x.pos_ in {"VERB", "AUX", "ADP"}:
            return False
    return False


def _age_after(doc: Doc, i: int) -> bool:
    """", 79," right after token i: a person's age."""
    return i + 3 < len(doc) and doc[i + 1].text == "," and doc[i + 2].like_num and doc[i + 2].text.isdigit() \
        and 0 < int(doc[i + 2].text) < _MAX_AGE and doc[i + 3].text == ","
