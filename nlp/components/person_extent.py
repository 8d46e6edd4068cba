"""The whole of a person's name where the entity model tagged only part of it, for
`newswatch_people` (person_names.py calls these on each PERSON entity).

British news is full of names the small model does not know, and it often tags one word of
them as a person and the next as something else:
- "Neil Farraday" tagged as "Neil" (PERSON) + "Farraday" (DATE): a one-word PERSON followed
  by a capitalised word is that person's surname, whatever the model called it;
- "Felicity Gaunt" with only "Gaunt" tagged: a capitalised proper noun right before a
  one-word PERSON is the first name;
- double-barrelled names cut at the hyphen ("Louise Okoro" of "Marie-Louise Okoro",
  "Ojo" of "Whitehouse-Ojo"), surnames with a particle ("Maria dos Santos", "Rhys ap
  Gwilym") and with an apostrophe ("O’Halloran", which the tokenizer keeps as one word the
  tagger reads as an adverb).
An entity the name grows over is dropped (`without_overlaps`). Pure functions over a Doc.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nlp.components.lexicon import FEMALE_NAMES, HONOURS, MALE_NAMES, ROLE_WORDS, TITLES
from nlp.components.org_patterns import _ORG_HEADS

# Lower-case particles inside a surname: "dos Santos", "ap Gwilym", "de Montfort", "van der Berg".
SURNAME_PARTICLES = frozenset("ap ab de da das do dos du van von der den del della di bin ter ten".split())
# Post-nominals kept out of a person's name ("Jane Smith MP").
POST_NOMINALS = frozenset({"MP", "MEP", "MSP", "AM", "MS"} | {h.upper() for h in HONOURS})
# Capitalised words that open a surname of two words ("St John-Harcourt", "St Clair"; the
# Irish "Ní Bhriain", "Nic Giolla", "Ó Súilleabháin", "Uí Bhriain").
SURNAME_PREFIXES = frozenset({"st", "st.", "saint", "ní", "nic", "ó", "uí"})
# Capitalised words that follow or precede a name without being part of it.
_NOT_NAME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december i""".split())
# Entity types a first name written before a tagged surname may carry when the model misread
# it ("Anjali" as ORG, "Maria" as NORP); never a date, a time or a number.
_FIRST_NAME_MISREAD = frozenset({"", "ORG", "NORP", "PRODUCT", "GPE", "LOC", "FAC", "WORK_OF_ART", "PERSON"})
# Labels the model gives a person's name it did not know, in British news.
MISREAD_LABELS = frozenset({"ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC", "WORK_OF_ART", "EVENT", "LAW"})
HYPHENS = {"-", "‐"}


def name_word(tok: Token) -> bool:
    """A capitalised word as a name is written ("Farraday", "O’Halloran", "McAllister"): letters
    (an apostrophe inside allowed), not all capitals, not a title, role, organisation word,
    weekday or month."""
    letters = tok.text.replace("’", "").replace("'", "")
    return len(letters) > 1 and letters.isalpha() and tok.text[:1].isupper() and not tok.text.isupper() \
        and tok.lower_ not in TITLES and tok.lower_ not in ROLE_WORDS and tok.lower_ not in _ORG_HEADS \
        and tok.lower_ not in _NOT_NAME_WORDS


def _single_entity(tok: Token) -> bool:
    """The token is no entity, or an entity of its own (one word, or one hyphenated name)."""
    if not tok.ent_type_:
        return True
    doc, i = tok.doc, tok.i
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return all(name_word(doc[k]) or doc[k].text in HYPHENS for k in range(start, end)) and \
        all(not doc[k].whitespace_ for k in range(start, end - 1))


def _hyphen_end(doc: Doc, end: int) -> int:
    """Past the second half of a double-barrelled name ending at `end` (exclusive)."""
    while 0 < end and end + 1 < len(doc) and doc[end].text in HYPHENS and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and name_word(doc[end + 1]):
        end += 2
    return end


def hyphen_start(doc: Doc, start: int) -> int:
    """Back over the first half of a double-barrelled name starting at `start`."""
    while start >= 2 and doc[start - 1].text in HYPHENS and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and name_word(doc[start - 2]):
        start -= 2
    return start


def _surname_after(doc: Doc, end: int) -> int:
    """The end of a surname starting at token `end` (after a particle, or hyphenated), or
    `end` itself when none follows: a capitalised proper noun (or a word with an apostrophe,
    "O’Halloran") that is no entity or one of its own, whatever its label."""
    if end + 1 < len(doc) and doc[end].lower_ in SURNAME_PARTICLES and doc[end].is_lower \
            and doc[end - 1].whitespace_ and doc[end].whitespace_ and name_word(doc[end + 1]):
        return _hyphen_end(doc, end + 2)  # "Rhys ap Gwilym"
    if end < len(doc) and name_word(doc[end]) and bool(doc[end - 1].whitespace_) and not doc[end].is_sent_start \
            and (doc[end].pos_ == "PROPN" or "’" in doc[end].text or "'" in doc[end].text) and _single_entity(doc[end]) \
            and not (end + 1 < len(doc) and name_word(doc[end + 1]) and doc[end].whitespace_):
        # (a third capitalised word: "Volunteer Poppy Adeleke" is a role and a name)
        return _hyphen_end(doc, end + 1)
    return end


def complete_name(doc: Doc, ent: Span) -> Span:
    """The PERSON span grown to the whole name: a surname after a one-word name, a first
    name before a one-word surname, the halves of a double-barrelled name, a particle."""
    start, end = hyphen_start(doc, ent.start), _hyphen_end(doc, ent.end)
    one_word = all(doc[k].text in HYPHENS or not doc[k].whitespace_ for k in range(start, end - 1))
    if one_word or _first_name_left_open(doc, end):
        end = _surname_after(doc, end)
    k = start
    while k > 0 and doc[k - 1].lower_ in SURNAME_PARTICLES and doc[k - 1].is_lower and doc[k - 1].whitespace_:
        k -= 1
    if (k < start or doc[start].lower_ in SURNAME_PARTICLES) and k > 0 and name_word(doc[k - 1]) \
            and doc[k - 1].whitespace_ and doc[k - 1].ent_type_ in _FIRST_NAME_MISREAD:
        start = hyphen_start(doc, k - 1)  # "Maria dos Santos" tagged as "Santos", "van der Merwe" as "der Merwe"
    elif one_word and start >= 1 and end == _hyphen_end(doc, ent.end) and _first_name_before(doc, start):
        start = hyphen_start(doc, start - 1)
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label="PERSON")


def _first_name_left_open(doc: Doc, end: int) -> bool:
    """An entity of several words ending in a known first name whose head is the word right
    after it: "[Det Con Ryan]PERSON Hughes" left the surname out."""
    last = doc[end - 1]
    return end < len(doc) and (last.lower_ in FEMALE_NAMES or last.lower_ in MALE_NAMES) and last.head.i == end


def _first_name_before(doc: Doc, start: int) -> bool:
    """A known first name right before a one-word surname is part of the name ("Maria
    [Gaunt]PERSON"), when it is no part of a longer run of capitalised words or of "X's" (a
    capitalised word that is no known first name may be anything: "Candidate Trump",
    "Google Stadia")."""
    prev = doc[start - 1]
    before = doc[start - 2] if start >= 2 else None
    return name_word(prev) and prev.tag_ == "NNP" and bool(prev.whitespace_) and _single_entity(prev) \
        and prev.ent_type_ in _FIRST_NAME_MISREAD and prev.ent_type_ != "PERSON" \
        and (prev.lower_ in FEMALE_NAMES or prev.lower_ in MALE_NAMES) \
        and not (before is not None and (name_word(before) and not before.is_sent_start or before.text in HYPHENS))


def without_overlaps(ents: list[Span]) -> list[Span]:
    """The entities with no two overlapping: a PERSON before any other label, then the longer."""
    kept: list[Span] = []
    taken: set[int] = set()
    for e in sorted(ents, key=lambda e: (e.label_ != "PERSON", -len(e), e.start)):
        if not taken & set(range(e.start, e.end)):
            kept.append(e)
            taken.update(range(e.start, e.end))
    return sorted(kept, key=lambda e: e.start)


def after_inner_title(doc: Doc, ent: Span, is_title) -> tuple[Span, str]:
    """A PERSON entity that runs a party, a role or a body into the name ("Lib Dem Councillor
    Una Fitzgerald", "Chair of governors Anil Choksi"): the name after the last title or
    lower-case word (a surname particle aside), when two or more name words are left; and
    the title cut off ("Councillor"), or ""."""
    cut, title = None, ""
    for k in range(ent.start, ent.end - 2):
        tok = doc[k]
        if is_title(tok):
            cut, title = k, tok.text
        elif tok.is_lower and tok.is_alpha and not (tok.lower_ in SURNAME_PARTICLES and k > ent.start
                                                     and name_word(doc[k - 1])):
            cut, title = k, ""
    if cut is not None and not any(is_title(doc[k]) or doc[k].lower_ in ROLE_WORDS for k in range(ent.start, cut + 1)):
        return ent, ""  # no title or role before the cut: "Oliver at Linden Lea" is no role and a name
    if cut is None or not all(name_word(doc[k]) or doc[k].text in HYPHENS or doc[k].lower_ in SURNAME_PARTICLES
                              for k in range(cut + 1, ent.end)) \
            or sum(name_word(doc[k]) for k in range(cut + 1, ent.end)) < 2 or not name_word(doc[cut + 1]):
        # (two name words must be left, the first of them first: "pro-Clinton" is no "-Clinton")
        return ent, ""
    return Span(doc, cut + 1, ent.end, label="PERSON"), title
