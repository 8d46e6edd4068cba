"""One line of text read as a byline: the author names, or None when it is not one.

    from crawler.byline_parse import byline_names
    byline_names("By Jane Smith and Tom Jones, Education Reporters")  # ['Jane Smith', 'Tom Jones']
    byline_names("Jane Smith, Local Democracy Reporting Service")     # ['Jane Smith']
    byline_names("Jane Smith, a parent, said the plan was unfair.")   # None: not a byline

A line is a byline only when the whole line has a byline's shape:

- "By NAME[, NAME] [and|& NAME][, role / publication / date]" (also "Words by",
  "Written by", "Reporting by", "Posted by", "Article by", "Stories by", "This story was
  written by", a role first: "By Local Democracy Reporter NAME", and the Welsh "Gan" or
  a bilingual "Gan / By");
  the text after the names must not read like a sentence (no "said", "was", "has" ...);
- "NAME[ and NAME], ROLE" (also "NAME · ROLE", "NAME - ROLE", "NAME (ROLE)", "NAME
  Chief Reporter") where ROLE
  ends in reporter, correspondent, editor, journalist, writer, columnist, or is the Local
  Democracy Reporting Service; a sign-off may start with a dash ("— NAME, ROLE");
- "Reporter: NAME", "Words: NAME", "Story: NAME", "Author: NAME", "Byline: NAME", also as a label line
  over a name line (<dt>Reporter:</dt><dd>NAME</dd>), and a name line over a role line;
- "ROLE NAME" alone on its line ("Education Reporter NAME"); "NAME | date";
- "NAME reports" / "NAME writes"; "NAME is a/the ROLE [at/for/based in ...]" (a writer's note);
- any of these after a date ("14 March 2024 | By NAME", "Published 14 March 2024 by NAME"),
  and a bare name after a date ("14 March 2024 | NAME") or beside a date line;
- a sign-off next to the article: "NAME, POST" or a name line over a post line, the post
  written as a title ("Branch Secretary", "Cabinet Member for Children").

Names are two to four capitalised words in a Latin, Greek or Cyrillic script (initials,
Mc/O'/D', hyphens, particles such as "van der", "de", "ap", "al-", "an" and Irish prefixed forms like
"tSaoir" allowed); a title before them ("Cllr", "Dr") is dropped, and names credited
with "additional reporting by" in the tail, or after the first author's role ("By A,
Political Editor, and B, Chief Reporter"), are authors too. Words in capitals ("BY JANE
SMITH") and short lines with no capital ("by jane smith") are read in title case; a lone
word in capitals among others is an acronym, not a name ("Jane Smith HWBS News"); a post
after a name is not part of it ("By Jane Smith Regional Organiser"). Twitter handles and
e-mail addresses next to a name are dropped. "Photo by", "Picture:" and "Image credit" lines are not bylines (they do not
start with "By"), nor are desk credits ("By Staff Reporter", "Newsdesk").
"""
from __future__ import annotations

import re

from crawler import person_names
from crawler.dates import parse_visible_date
from crawler.text import clean_space

# Letters of the cased scripts names are written in: Latin (Basic, Latin-1, Extended-A/B),
# Greek and Cyrillic, upper and lower case.
_LETTERS = [chr(c) for block in ((0x41, 0x250), (0x370, 0x530)) for c in range(*block) if chr(c).isalpha()]
_UPPER = "".join(c for c in _LETTERS if c.isupper())
_LOWER = "".join(c for c in _LETTERS if c.islower())
_UP, _LO = f"[{_UPPER}]", f"[{_LOWER}]"

_ROLE_NOUNS = r"reporters?|correspondents?|editors?|journalists?|writers?|columnists?|contributors?"
_NOT_NAME_WORDS = (
    r"reporters?|correspondents?|editors?|journalists?|writers?|columnists?|local|democracy|"
    r"education|political|politics|chief|senior|deputy|assistant|trainee|health|crime|courts?|"
    r"business|sports?|news|community|digital|features|council|environment|schools?|social|"
    r"affairs|data|home|investigations?|staff|published|updated|posted|and|for|at|in|on|the|"
    r"of|with|from|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
    r"march|april|june|july|august|september|october|november|december|our|desk|newsdesk|team|"
    r"primary|academy|trust|street|road|county|city|reporting|service|photo|picture|image|reports|writes|by|"
    r"view|more|follow|share|email|profile|articles|posts|latest|"
    rf"{person_names.POSTS}|{person_names.POST_MODIFIERS}"
)
# A month before a number is a date, not a name: "Jane Smith Nov 13, 2019", "May 21".
_MONTH_DATE = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s*\d"
_TOKEN = (
    rf"(?!(?i:{_NOT_NAME_WORDS})\b)(?!(?i:{_MONTH_DATE}))"
    rf"(?:{_UP}\.|(?:Mc|Mac|O['’]|D['’]|[tnh]-?|(?:al|el)-)?{_UP}{_LO}+(?:[-'’](?:Mc|Mac)?{_UP}{_LO}+)*)"
)
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|dos|das|del|della|la|le|ter|ten|bin|ibn|al|el|ap|an)"
_NAME = rf"{_TOKEN}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_TOKEN}){{1,3}}"
# "A", "A and B", "A, B and C" (a comma list only before a final "and": in "By Jane
# Smith, North Wales" the words after the comma are a place, not a second author).
_NAMES = rf"{_NAME}(?:(?:\s*,\s*{_NAME})*\s*,?\s+(?i:and|&)\s+{_NAME})?"
_TAIL = r"(?P<tail>(?:\s*[,;|•·–—.-]\s*|\s+).*)?$"

# A role before the name: "By Local Democracy Reporter Jane Smith".
_ROLE_FIRST = rf"(?i:(?:the\s+|our\s+)?(?:[\w'’&]+\s+){{0,4}}(?:{_ROLE_NOUNS}))"
# Only the fixed words are case-insensitive: names must be capitalised. A label in the
# page's other language may come first ("Gan / By Jane Smith"; Welsh "Gan Jane Smith").
_BY_RE = re.compile(
    r"^(?i:(?:(?:this|the)\s+(?:story|article|report|piece)\s+(?:was\s+)?(?:written|produced|provided|filed)\s+"
    r"|(?:words(?:\s+(?:and|&)\s+pictures)?|written|reporting|reported|reports?|stor(?:y|ies)|articles?|text|"
    r"interview|posted|published|compiled|guest\s+post|column|opinion|analysis|features?)\s+)?"
    rf"(?:by|gan)(?:\s*/\s*by)?\s*:?)\s+(?:{_ROLE_FIRST}\s+)?"
    rf"(?P<names>{_NAMES}){_TAIL}"
)
_LABEL_RE = re.compile(
    r"^(?i:bylines?|reporters?|reporting|reports?|text|words(?:\s+(?:and|&)\s+pictures)?|stor(?:y|ies)|authors?|writers?|"
    r"contributors?|"
    r"written by|story by|reported by|by)\s*[:–—-]\s*"
    rf"(?P<names>{_NAMES}){_TAIL}"
)
_REPORTS_RE = re.compile(rf"^(?P<names>{_NAMES})\s+(?i:reports|writes)\s*[:.]?$")
_ROLE = (rf"(?i:(?:[\w'’&]+\s+){{0,5}}(?:{_ROLE_NOUNS})|(?:the\s+)?local\s+democracy\s+reporting\s+service)")
_ROLE_RE = re.compile(
    rf"^(?P<names>{_NAMES})(?:\s*(?:,|\||–|—|-|·|•|\()\s*|\s+)(?P<role>{_ROLE})"
    r"(?i:\s+(?:at|for|of)\s+[\w'’ ]{1,40})?\)?(?P<tail>\s*[,|•·–—-]?\s*[\w ,:.+]{0,40})?$"
)
# A writer's note after the article: "Jane Smith is a Local Democracy Reporter".
_BIO_RE = re.compile(rf"^(?P<names>{_NAMES})\s+(?i:is|are)\s+(?i:a|an|the|our)\s+(?P<role>{_ROLE})"
                     r"(?:\s+(?i:at|for|of|with|on|covering|based\s+in|in|from)\s+[\w'’ ,]{1,40})?$")
# A role first without "By", alone on its line: "Education Reporter Jane Smith".
_ROLE_FIRST_LINE_RE = re.compile(rf"^{_ROLE_FIRST}\s+(?P<names>{_NAMES})(?P<tail>\s*[,;|•·–—]\s*.*)?$")
# A name, then a date: "Jane Smith | 14 March 2024", "Jane Smith · Updated 8.03pm, 21 May 2024".
_NAME_THEN_DATE_RE = re.compile(rf"^(?P<names>{_NAMES})\s*[,|•·–—]\s*(?P<date>[^|•·–—]+)$")
# A line that is only a journalist's role ("Local Democracy Reporter"), under a name line.
_ROLE_ONLY_RE = re.compile(rf"^{_ROLE}$")
_NAME_ONLY_RE = re.compile(rf"^{_NAME}$")
# Text after the names that makes the line a sentence, not a byline.
_SENTENCE_RE = re.compile(r"\b(said|says|told|added|asked|was|were|is|are|has|have|had|will|would|who|which)\b", re.I)
_NAME_SPLIT_RE = re.compile(r"\s*,?\s+(?i:and|&)\s+|\s*,\s*")
MAX_WORDS = 25
_EXTRA_REPORTING_RE = re.compile(rf"(?i:additional\s+reporting\s+by|reporting\s+by)\s+(?P<names>{_NAMES})")
# A second author after the first one's role: "By A, Political Editor, and B, Chief Reporter".
_AND_AFTER_ROLE_RE = re.compile(rf"^\s*,\s*{_ROLE}\s*,?\s+(?i:and|&)\s+(?P<names>{_NAMES})")
# A line that only introduces the name on the next line ("Reporter:" / "Jane Smith").
_LABEL_ONLY_RE = re.compile(r"^(?i:by|byline|written by|words by|story by|words|story|reporter|reporters|author|authors|writer)\s*:?$")
# A date before the byline: "14 March 2024 | By Jane Smith", "Published 14 March 2024 by
# Jane Smith" (the rest is read as a line of its own).
_DATE_FIRST_RE = re.compile(r"^(?P<date>[^|•·]{0,40}?\d[^|•·]{0,40}?)(?:\s*[|•·–—]\s*|\s+(?=(?i:by)\s))(?P<rest>.+)$")
# A sign-off's leading dash ("— Jane Smith, Health Correspondent"), or the separator left
# when a date element before the name is a line of its own ("· Jane Smith, Chief Reporter").
_LEADING_DASH_RE = re.compile(r"^[–—·•|-]+\s*")


def _names_of(match: re.Match, tail: str = "") -> list[str]:
    """The names in a byline match, titles ("Cllr") removed; names credited with
    additional reporting in the tail ("..., with additional reporting by Tom Jones")
    are added."""
    groups = [match.group("names")]
    for pattern in (_AND_AFTER_ROLE_RE, _EXTRA_REPORTING_RE):
        extra = pattern.search(tail)
        if extra:
            groups.append(extra.group("names"))
    out = []
    for group in groups:
        for part in _NAME_SPLIT_RE.split(group):
            name = person_names.strip_honorific(clean_space(part))
            if name and name not in out:
                out.append(name)
    return out


def _clean(line: str) -> str:
    """The line with contact details and a sign-off dash removed, capitals title-cased."""
    line = clean_space(person_names.CONTACT_RE.sub(" ", clean_space(line)))
    line = re.sub(r"\s+([,;|•·)])", r"\1", line)  # "Jane Smith , ..." after a dropped handle
    line = re.sub(r"\s*[·•|,;]\s*$", "", line)
    return person_names.title_case_capitals(_LEADING_DASH_RE.sub("", line.strip(" .")))


def starts_with_by(line: str) -> bool:
    """The line credits its names in so many words ("By NAME", "Story: NAME", also after a
    date: "20 June 2024 | Posted by NAME"), not only "NAME, ROLE": the strongest form."""
    line = _clean(line)
    date_first = _DATE_FIRST_RE.match(line)
    return any(pattern.match(text) for pattern in (_BY_RE, _LABEL_RE)
               for text in (line, date_first.group("rest") if date_first else ""))


def label_over_name(label_line: str, name_line: str) -> list[str] | None:
    """The names of a name line under a label line ("Reporter:" / "Jane Smith", as in a
    <dl> of story details), else None."""
    if not _LABEL_ONLY_RE.match(clean_space(label_line)):
        return None
    return byline_names(f"By {name_line}")


def name_over_role(name_line: str, role_line: str) -> list[str] | None:
    """["Jane Smith"] for a bare name line followed by a role line ("Jane Smith" /
    "Local Democracy Reporter"), else None."""
    name = _clean(name_line)
    role = clean_space(role_line).strip(" .")
    if _NAME_ONLY_RE.match(name) and _ROLE_ONLY_RE.match(role):
        return [name]
    return None


_DATE_LINE_WORDS = 8
_POST_SMALL_WORDS = {"of", "for", "and", "&", "the", "at", "in", "on", "to"}


def _is_date_line(text: str) -> bool:
    return 0 < len(text.split()) <= _DATE_LINE_WORDS and parse_visible_date(text) is not None


def name_beside_date(name_line: str, neighbours) -> list[str] | None:
    """["Jane Smith"] for a bare name line with a date line just above or below it (under
    the headline: "Jane Smith" / "14 March 2024"), else None."""
    name = _clean(name_line)
    if _NAME_ONLY_RE.match(name) and any(_is_date_line(line) for line in neighbours):
        return [person_names.strip_honorific(name)]
    return None


def _is_post(text: str) -> bool:
    """A post written as a title, as sign-offs do ("Branch Secretary, Salford Health
    Branch"; not a description in running copy, "Unison regional organiser"): no
    sentence, no digits, no contact details."""
    words = [w for w in re.split(r"[\s,]+", text) if w and w.lower() not in _POST_SMALL_WORDS]
    return (0 < len(words) <= 8 and all(w[:1].isupper() for w in words) and person_names.POST_RE.search(text)
            and not re.search(r"\d|@|:", text)
            and not _SENTENCE_RE.search(text) and byline_names(text) is None)


def sign_off(line: str, next_line: str) -> list[str] | None:
    """["Jane Smith"] for a sign-off just after the article: "Jane Smith, Branch Secretary",
    or a name line over a post line ("Jane Smith" / "Chair, Parents' Forum"), else None."""
    name = _clean(line)
    m = re.match(rf"^(?P<names>{_NAME})\s*,\s*(?P<post>.+)$", name)
    if m and _is_post(m.group("post")):
        return _names_of(m)
    if _NAME_ONLY_RE.match(name) and _is_post(clean_space(next_line).strip(" .")):
        return [person_names.strip_honorific(name)]
    return None


def byline_names(line: str) -> list[str] | None:
    """The author names of a byline line, or None when `line` is not a byline."""
    line = clean_space(line).strip(" .")
    if line.startswith("(") and line.endswith(")"):  # "(Reporting by ...; Editing by ...)"
        line = line[1:-1].strip(" .")
    if not line or len(line.split()) > MAX_WORDS:
        return None
    line = _clean(line)
    for pattern in (_BY_RE, _LABEL_RE, _ROLE_FIRST_LINE_RE):
        m = pattern.match(line)
        if m:
            tail = m.group("tail") or ""
            if len(tail.split()) > 14 or _SENTENCE_RE.search(tail):
                return None
            return _names_of(m, tail)
    m = _REPORTS_RE.match(line) or _BIO_RE.match(line)
    if m:
        return _names_of(m)
    m = _ROLE_RE.match(line)
    if m and not _SENTENCE_RE.search(m.group("role") + " " + (m.group("tail") or "")):
        return _names_of(m)
    m = _NAME_THEN_DATE_RE.match(line)
    if m and _is_date_line(m.group("date")):
        return _names_of(m)
    m = _DATE_FIRST_RE.match(line)
    if m and len(m.group("date").split()) <= 8 and not _SENTENCE_RE.search(m.group("date")):
        # "14 March 2024 | Jane Smith": a bare name after a date is a byline too.
        return byline_names(m.group("rest")) or name_beside_date(m.group("rest"), [m.group("date")])
    return None
