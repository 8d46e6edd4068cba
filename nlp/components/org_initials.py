"""Whether a short form spells a name: the string rules behind the acronyms an article
defines (nlp/components/org_defined.py, org_acronyms.py). Pure functions of two strings.

- `abbreviates("AET", "Academies Enterprise Trust")`: the acronym's letters start the name's
  words, small words ("of", "and", "for") left out or kept, a generic tail ("Ltd", "NHS
  Foundation Trust") or a place in front left out; "&" for "and" ("M&DST", "B&H"), digits for
  numbers ("P2ST" for "Pathway 2 Success Trust"), lower-case letters for small words or a
  word's next letters ("DfE", "NCfE", "AEdT" for "Aldwick Education Trust");
- `initials("Association of School and College Leaders")` -> "ASCL";
- `is_short_form`: a token that can be an acronym.
"""
from __future__ import annotations

import re

from nlp.components.org_kinds import LEGAL_ENDINGS

_SMALL = {"of", "and", "the", "for", "in", "on", "at", "&", "to", "-"}


def abbreviates(short: str, full: str, loose: bool = False) -> bool:
    """True when `short` (an acronym such as AET, NEU, ESFA, KCC) can be read from the
    initials of `full`: its letters, in order, start words of the name, the first letter
    starting the name's first word. With `loose` (the text says "known as"), the letters
    may leave out more than one word: "Saint Vedast Catholic Academy Trust, known as SVA"."""
    letters = [c for c in short.upper() if c.isalpha()]
    words = [w for w in re.split(r"[\s\-]+", full) if w]
    if len(letters) < 2 or not words:
        return False
    if _spelled(short, words):
        return True
    if any(c.isdigit() for c in short):
        return False  # "P2ST": the number must be in the name
    initials = [w[0].upper() for w in words if w[0].isalpha()]
    content = [w[0].upper() for w in words if w[0].isalpha() and w.lower() not in _SMALL]
    if "".join(letters) == "".join(content):
        return True
    if len(content) > 2 and len(letters) > 2 and words[0][:1].isupper() and "".join(letters) in {
            "".join(content[1:]), "".join(content[2:]) if len(words) > 1 and words[1][:1].isupper() and words[1].lower()
            not in {"town", "city", "county", "borough", "district", "village"} else ""}:  # not "Ostley Town ... (ICB)"
        return True  # "Northby Special ... Service (SENDIASS)", "Kestle Bridge Family Information Service (FIS)": the place left out
    if _with_capitals(letters, words):
        return True
    if _around_generic_words(letters, [w.strip(",.;:") for w in words if w[0].isalpha() and w.lower() not in _SMALL]):
        return True
    # in-order subsequence of all initials, starting with the first
    if not initials or letters[0] != initials[0]:
        return False
    i = 0
    for c in initials:
        if i < len(letters) and c == letters[i]:
            i += 1
    return i == len(letters) and (len(letters) >= len(content) - 1 or loose and len(letters) >= 3)


def _with_capitals(letters: list[str], words: list[str]) -> bool:
    """A word in capitals gives all its letters: "Northby SEND Information, Advice and
    Support Service" (SENDIASS, with or without the place in front)."""
    content = [w.strip(",.;:") for w in words if w[0].isalpha() and w.lower() not in _SMALL]
    if not any(len(w) > 1 and w.isupper() and w.isalpha() for w in content):
        return False
    parts = [w if len(w) > 1 and w.isupper() and w.isalpha() else w[0].upper() for w in content]
    return "".join(letters) == "".join(parts) or len(parts) > 2 and "".join(letters) == "".join(parts[1:])


# Words that end a body's name without a letter of its acronym: "Fallowmere Community Health
# NHS Foundation Trust (FCH)", "Pennock Cleaning Services Ltd (PCS)".
_GENERIC_TAIL = LEGAL_ENDINGS | {"nhs", "foundation", "trust", "group", "uk"}


def _around_generic_words(letters: list[str], content: list[str]) -> bool:
    """The acronym spells the name's distinctive words, leaving out a generic tail ("...
    Community Health NHS Foundation Trust" -> FCH) or a word in capitals and the place
    before them ("NHS Ostley Integrated Care Board" -> ICB). Three letters at least."""
    if len(letters) < 3 or len(content) <= len(letters):
        return False
    wanted = "".join(letters)
    k = len(letters)
    if "".join(w[0].upper() for w in content[:k]) == wanted \
            and all(w.lower() in _GENERIC_TAIL or w.isupper() for w in content[k:]):
        return True
    lead = content[:len(content) - k]
    return "".join(w[0].upper() for w in content[-k:]) == wanted and len(lead) <= 2 \
        and lead[0].isupper() and len(lead[0]) > 1 and lead[0].isalpha() and all(w[:1].isupper() for w in lead)


def is_short_form(tok_text: str) -> bool:
    """"AET", "DfE", "B&H", "P2ST": two capitals at least, letters, "&" and digits."""
    return 2 <= len(tok_text) <= 10 and tok_text[0].isupper() and sum(c.isupper() for c in tok_text) >= 2 \
        and tok_text.replace("&", "").isalnum()


_AND = {"&", "and"}
_PAIR = re.compile(r"^[A-Z]&[A-Z]$")


def _spelled(short: str, words: list[str]) -> bool:
    """Acronyms with "&", digits or lower-case letters, read symbol by symbol: "&" for "&" or
    "and", digits for a number word, a lower-case letter for a small word ("DfE") or for the
    next letter of the word just read ("AEdT": Aldwick Education Trust). "B&H" may stop after
    the pair ("Braxton & Hale Services Ltd"), as "M&S" does."""
    if short.isalpha() and short.isupper() or not any(c.isupper() for c in short[:1]):
        return False
    words = [w.strip(",.;:") for w in words]
    words = [w for w in words if w]
    pair = bool(_PAIR.match(short)) and len(words) > 3

    def match(i: int, j: int) -> bool:
        if i == len(short):
            return j == len(words) or pair and j == 3 \
                or j > 0 and all(w.lower() in _GENERIC_TAIL for w in words[j:])
        if j == len(words):
            return False
        w, c = words[j], short[i]
        low = w.lower()
        if low in _SMALL or low in _AND:
            if c == "&" and low in _AND or c.islower() and c == low[0]:
                if match(i + 1, j + 1):
                    return True
            return match(i, j + 1)
        if w.isdigit():
            return short.startswith(w, i) and match(i + len(w), j + 1)
        if not c.isupper() or c != w[0].upper():
            return False
        k = 1  # lower-case letters after a capital may go on spelling the same word
        while True:
            if match(i + k, j + 1):
                return True
            if i + k < len(short) and short[i + k].islower() and k < len(w) and short[i + k] == w[k].lower():
                k += 1
                continue
            return False

    return match(0, 0)


def initials(name: str) -> str:
    """"Association of School and College Leaders" -> "ASCL"."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _SMALL]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def all_initials(name: str) -> str:
    """"Department for Education" -> "dfe": every word's first letter, lower case."""
    return "".join(w[0] for w in re.split(r"[\s\-]+", name.lower()) if w and w[0].isalpha())
