"""Person names as bylines write them: the small text rules shared by the author
metadata reader (crawler/fields/authors.py) and the text byline reader (crawler/byline_parse.py).
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
    r"^(?:(?:posted|published|words|written|reported|stor(?:y|ies)|articles?)\s+by\s*:?\s*|"
    r"words\s+(?:and|&)\s+pictures\s*(?:by\s*:?|[:–—-])\s*|"
    r"(?:words|stor(?:y|ies)|reporters?|reporting|reports?|text|authors?|writers?|contributors?|by)\s*[:–—-]\s*)",
    re.I)
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

# A post that is not a writer's, at the end of a name-shaped credit ("Regional Organiser",
# "Press Officer", "Branch Secretary"): a role, not a person.
POSTS = (r"organi[sz]ers?|officers?|secretary|secretaries|managers?|directors?|chair(?:man|woman|person)?|"
          r"spokes(?:man|woman|person)|co-?ordinators?|executives?|presidents?|advis[eo]rs?|head-?teachers?|"
          r"councillors?|campaigners?|photographers?|officials?|representatives?")
ROLE_TITLE_RE = re.compile(rf"\b(?:{POSTS})$", re.I)
# Words before a post in its title: "Regional Organiser", "Press Officer".
POST_MODIFIERS = (r"regional|branch|press|area|national|general|communications|media|policy|campaigns?|union|"
                  r"district|executive|lead|organising|membership|project|programme")
_TRAILING_POST_RE = re.compile(rf"(?:\s+(?:{POST_MODIFIERS}))*\s+(?:{POSTS})$", re.I)
# A post in a sign-off's line ("Branch Secretary, Salford Health Branch", "Parent governor").
POST_RE = re.compile(rf"\b(?:{POSTS}|chairs?|governors?|teachers?|parents?|members?|leaders?|stewards?|"
                     r"founders?|trustees?|volunteers?|residents?|mayor|reps?|heads?|principal|vicar)\b", re.I)

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_MC_RE = re.compile(r"\bMc([a-z])")
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "dos", "das", "del", "della", "la", "le", "ter", "ten",
              "ap", "bin", "ibn"}
# A word of a name (not "By") just before a particle: "JOÃO DE SOUZA", not "BY VAN MORRISON".
_NAME_BEFORE_RE = re.compile(r"(?<![\w'’-])(?!(?i:by)\b)[^\W\d_]+\s+$")
_NAME_AFTER_RE = re.compile(r"\s+[^\W\d_]")


_LOWER_CASE_WORDS = 8


_HONORIFIC_RE = re.compile(
    r"^(?:cllr|councillor|dr|prof|professor|sir|dame|rev|reverend|mr|mrs|ms|miss|mx)\.?\s+(?=\S+\s+\S)", re.I)


def strip_honorific(name: str) -> str:
    """"Cllr Martin Crewe" -> "Martin Crewe" (a title before a name of two or more words)."""
    return _HONORIFIC_RE.sub("", name)


def strip_post(name: str) -> str:
    """"Derek Oller Regional Organiser" -> "Derek Oller": a post after a name of two or
    more words is not part of it."""
    stripped = _TRAILING_POST_RE.sub("", name)
    return stripped if len(stripped.split()) >= 2 else name


def title_case_capitals(text: str) -> str:
    """The words in capitals in title case: "BY JANE SMITH" -> "By Jane Smith",
    "SIÔN O'NEILL-MCDONALD" -> "Siôn O'Neill-McDonald", and a particle between two
    names in lower case: "JOÃO DE SOUZA" -> "João de Souza". A lone word in capitals
    among words that are not is an acronym and stays: "Jane Smith HWBS News". A short
    text with no capital at all is read as if in capitals: "by jane smith" -> "By Jane Smith"."""
    if len(text.split()) <= _LOWER_CASE_WORDS and not any(c.isupper() for c in text):
        text = text.upper()
    words = _WORD_RE.findall(text)
    capitals = [len(w) >= 2 and w.isupper() for w in words]
    mixed = any(w[:1].isupper() and not capital for w, capital in zip(words, capitals))
    lone = {i for i, capital in enumerate(capitals)
            if capital and mixed and not any(capitals[j] for j in (i - 1, i + 1) if 0 <= j < len(words))}
    position = iter(range(len(words)))

    def word(m: re.Match) -> str:
        w = m.group(0)
        if next(position) in lone or len(w) < 2 or not w.isupper():
            return w
        if (w.lower() in _PARTICLES and _NAME_BEFORE_RE.search(m.string[: m.start()])
                and _NAME_AFTER_RE.match(m.string, m.end())):
            return w.lower()
        return _MC_RE.sub(_mc, w.title())
    return _WORD_RE.sub(word, text)


def _mc(match: re.Match) -> str:
    """"Mcdonald" (from title-casing "MCDONALD") -> "McDonald"."""
    return "Mc" + match.group(1).upper()
