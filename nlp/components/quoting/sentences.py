"""Sentence bounds around a quote, on the raw text (the parser's sentences break at
abbreviations it does not know). A full stop ends a sentence unless it follows a title or
an abbreviation (US and UK: Mr., Sen., Rep., Del., Gov., Cllr., St.), a single capital
letter (a middle initial: J. R. Smith) or a number's decimal point."""
from __future__ import annotations

import re


# Words after which a full stop does not end a sentence; from the titles in US and UK
# news style guides (AP, Guardian) plus common abbreviations.
ABBREVIATIONS = frozenset("""mr mrs ms dr st cllr coun prof rev revd no vs v co ltd inc corp jr sr
    sen rep del gov gen lt col capt maj sgt cmdr adm atty supt insp det pres messrs mmes
    hon rt fr sec dept univ assn est approx vol fig jan feb mar apr jun jul aug sep sept oct
    nov dec u.s u.k d.c a.m p.m e.g i.e etc""".split())
_WORD_BEFORE = re.compile(r"([\w.]+)$")
# The marks that end a sentence (a full stop only when no abbreviation's).
SENTENCE_END_MARKS = frozenset(".!?")


def is_abbreviation(text: str, dot: int, floor: int = 0) -> bool:
    """Is the full stop at text[dot] part of an abbreviation or an initial?"""
    m = _WORD_BEFORE.search(text[max(floor, dot - 12):dot])
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # a middle initial or an initialism: "J. R.", "U.S.", "F.B.I."
    return len(word.replace(".", "")) <= 2 and word[-1:].isalpha() and m.group(1)[-1:].isupper() and (
        len(word) == 1 or "." in word)


def sentence_start(text: str, floor: int, pos: int) -> int:
    """Start of the sentence containing `pos`, not before `floor` (paragraph start)."""
    k = min(pos, len(text)) - 1
    while k > floor:
        ch = text[k]
        if ch in SENTENCE_END_MARKS and k + 1 < len(text) and text[k + 1].isspace():
            if not (ch == "." and is_abbreviation(text, k, floor)):
                return k + 1
        if ch in "”'\"’" and k + 1 < len(text) and text[k + 1].isspace() and k - 1 >= floor and text[k - 1] in SENTENCE_END_MARKS:
            return k + 1
        k -= 1
    return floor


def sentence_end(text: str, pos: int, ceiling: int) -> int:
    """End (exclusive) of the attribution text after a closing mark at `pos`: the first
    sentence end or the next opening quote mark."""
    k = pos
    ceiling = min(ceiling, len(text))
    while k < ceiling:
        ch = text[k]
        if ch in "“\"«„" or ch in "'‘" and text[k:k + 2] != "'s" and k > pos and text[k - 1].isspace():
            return k
        if ch in SENTENCE_END_MARKS and (k + 1 >= ceiling or text[k + 1].isspace()):
            if not (ch == "." and is_abbreviation(text, k, pos)):
                return k + 1
        k += 1
    return ceiling
