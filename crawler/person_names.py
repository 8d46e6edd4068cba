"""Person names as bylines write them: the small text rules shared by the author
metadata reader (crawler/fields.py) and the text byline reader (crawler/byline_parse.py).
Imports nothing from the project.

    title_case_capitals("BY JOÃO DE SOUZA")   # 'By João de Souza'
    DESK_CREDIT_RE.search("Sports Desk")        # a desk credit, not a person
"""
from __future__ import annotations

import re

# Contact details beside a name: "(@janesmith)", "@janesmith", "jane@paper.co.uk".
CONTACT_RE = re.compile(
    r"\(\s*@\w+\s*\)|\(\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\)|(?<!\w)@\w+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A label before the name: "Words: ", "Story by ", "Reporter - ", "Posted by ".
LABEL_RE = re.compile(
    r"^(?:(?:posted|published|words|written|reported|story|article)\s+by\s*:?\s*|"
    r"(?:words|story|reporters?|authors?|writers?|contributors?|by)\s*[:–—-]\s*)", re.I)
# A credit for the pictures beside the words' credit ("Words: A | Pictures: B"): not an author.
PICTURE_CREDIT_RE = re.compile(
    r"^(?:photos?|photographs?|pictures?|pics?|images?|video|graphics?|illustrations?)\b", re.I)
# "Jane Smith reports" / "Jane Smith writes": the verb is not part of the name.
REPORTS_RE = re.compile(r"\s+(?:reports|writes|reporting)\s*:?$", re.I)
# Desk and team credits ("Newsdesk", "Sports Desk", "Staff Reporter", "Our Reporter",
# "News Team"): a byline with no person behind it.
DESK_CREDIT_RE = re.compile(
    r"desk\b|\b(?:our|staff|team|newsroom|editorial|reporters?|correspondents?|editors?|"
    r"journalists?|contributors?)\b", re.I)

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_MC_RE = re.compile(r"\bMc([a-z])")
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "dos", "das", "del", "della", "la", "le", "ter", "ten",
              "ap", "bin", "ibn"}
# A word of a name (not "By") just before a particle: "JOÃO DE SOUZA", not "BY VAN MORRISON".
_NAME_BEFORE_RE = re.compile(r"(?<![\w'’-])(?!(?i:by)\b)[^\W\d_]+\s+$")
_NAME_AFTER_RE = re.compile(r"\s+[^\W\d_]")


def title_case_capitals(text: str) -> str:
    """The words in capitals in title case: "BY JANE SMITH" -> "By Jane Smith",
    "SIÔN O'NEILL-MCDONALD" -> "Siôn O'Neill-McDonald", and a particle between two
    names in lower case: "JOÃO DE SOUZA" -> "João de Souza"."""
    def word(m: re.Match) -> str:
        w = m.group(0)
        if len(w) < 2 or not w.isupper():
            return w
        if (w.lower() in _PARTICLES and _NAME_BEFORE_RE.search(m.string[: m.start()])
                and _NAME_AFTER_RE.match(m.string, m.end())):
            return w.lower()
        return _MC_RE.sub(_mc, w.title())
    return _WORD_RE.sub(word, text)


def _mc(match: re.Match) -> str:
    """"Mcdonald" (from title-casing "MCDONALD") -> "McDonald"."""
    return "Mc" + match.group(1).upper()
