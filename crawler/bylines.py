"""Bylines written in the page text, for articles whose metadata names no author.

    from crawler.bylines import byline_names, parse_text_authors
    byline_names("By Jane Smith and Tom Jones, Education Reporters")  # ['Jane Smith', 'Tom Jones']
    byline_names("Jane Smith, Local Democracy Reporting Service")     # ['Jane Smith']
    byline_names("Jane Smith, a parent, said the plan was unfair.")   # None: not a byline
    parse_text_authors(page)                                          # names, or []

A line is a byline only when the whole line has a byline's shape:

- "By NAME[, NAME] [and|& NAME][, role / publication / date]" (also "Words by",
  "Written by", "Reporting by", "This story was written by"); the text after the names
  must not read like a sentence (no "said", "was", "has" ...);
- "NAME[ and NAME], ROLE" where ROLE ends in reporter, correspondent, editor,
  journalist, writer, columnist, or is the Local Democracy Reporting Service;
- "Reporter: NAME", "Words: NAME", "Author: NAME", also as a label line over a name
  line (<dt>Reporter:</dt><dd>NAME</dd>), and a name line over a role line.

Names are two to four capitalised words (initials, Mc/O' and particles such as "van"
allowed); a title before them ("Cllr", "Dr") is dropped, and names credited with
"additional reporting by" in the tail are authors too. Words in capitals ("BY JANE
SMITH") are read in title case. "Photo by", "Picture:" and "Image credit" lines are not
bylines (they do not start with "By"), and captions and figures are never read.

`parse_text_authors` looks inside the article (the <article> with most paragraphs, else
<main>, else <body>, widened to take in an <h1> outside it), in order, at elements whose
class, id or data-component says byline / author / writer / contributor / reporter
(where a bare name also counts), then at the short lines near the headline before the
first paragraph, then at the short lines after the last paragraph. A name from a
"NAME, ROLE" line that the article also quotes ("..., said Jane Smith") is not taken as
the author.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from crawler import fields

_ROLE_NOUNS = r"reporters?|correspondents?|editors?|journalists?|writers?|columnists?|contributors?"
_NOT_NAME_WORDS = (
    r"reporters?|correspondents?|editors?|journalists?|writers?|columnists?|local|democracy|"
    r"education|political|politics|chief|senior|deputy|assistant|trainee|health|crime|courts?|"
    r"business|sports?|news|community|digital|features|council|environment|schools?|social|"
    r"affairs|data|home|investigations?|staff|published|updated|posted|and|for|at|in|on|the|"
    r"of|with|from|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
    r"march|april|june|july|august|september|october|november|december|"
    r"primary|academy|trust|street|road|county|city|reporting|service|photo|picture|image"
)
_TOKEN = (
    rf"(?!(?i:{_NOT_NAME_WORDS})\b)"
    r"(?:[A-ZÀ-Þ]\.|(?:Mc|Mac|O['’]|D['’])?[A-ZÀ-Þ][a-zà-ÿ]+(?:[-'’][A-ZÀ-Þ][a-zà-ÿ]+)*)"
)
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|la|le|bin|al|ap)"
_NAME = rf"{_TOKEN}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_TOKEN}){{1,3}}"
# "A", "A and B", "A, B and C" (a comma list only before a final "and": in "By Jane
# Smith, North Wales" the words after the comma are a place, not a second author).
_NAMES = rf"{_NAME}(?:(?:\s*,\s*{_NAME})*\s*,?\s+(?i:and|&)\s+{_NAME})?"

# Only the fixed words are case-insensitive: names must be capitalised.
_BY_RE = re.compile(
    r"^(?i:(?:(?:this|the)\s+(?:story|article|report|piece)\s+(?:was\s+)?(?:written|produced|provided|filed)\s+"
    r"|(?:words(?:\s+and\s+pictures)?|written|reporting|report|story|article|text|interview|posted|published)\s+)?"
    r"by\s*:?)\s+"
    rf"(?P<names>{_NAMES})(?P<tail>(?:\s*[,;|•·–—-]\s*|\s+).*)?$"
)
_LABEL_RE = re.compile(
    r"^(?i:reporter|words|author|writer|written by|story by)\s*[:–—-]\s*"
    rf"(?P<names>{_NAMES})(?P<tail>(?:\s*[,;|•·–—-]\s*|\s+).*)?$"
)
_ROLE_RE = re.compile(
    rf"^(?P<names>{_NAMES})\s*(?:,|\||–|—|-|\()\s*"
    rf"(?P<role>(?i:(?:[\w'’&]+\s+){{0,5}}(?:{_ROLE_NOUNS})|(?:the\s+)?local\s+democracy\s+reporting\s+service))"
    r"(?i:\s+(?:at|for|of)\s+[\w'’ ]{1,40})?\)?(?P<tail>\s*[,|•·–—-]?\s*[\w ,:.+]{0,40})?$"
)
# A line that is only a journalist's role ("Local Democracy Reporter"), under a name line.
_ROLE_ONLY_RE = re.compile(
    rf"^(?i:(?:[\w'’&]+\s+){{0,5}}(?:{_ROLE_NOUNS})|(?:the\s+)?local\s+democracy\s+reporting\s+service)$"
)
_NAME_ONLY_RE = re.compile(rf"^{_NAME}$")
# Text after the names that makes the line a sentence, not a byline.
_SENTENCE_RE = re.compile(r"\b(said|says|told|added|asked|was|were|is|are|has|have|had|will|would|who|which)\b", re.I)
_NAME_SPLIT_RE = re.compile(r"\s*,?\s+(?i:and|&)\s+|\s*,\s*")
_MAX_WORDS = 25
_EXTRA_REPORTING_RE = re.compile(rf"(?i:additional\s+reporting\s+by|reporting\s+by)\s+(?P<names>{_NAMES})")
# A line that only introduces the name on the next line ("Reporter:" / "Jane Smith").
_LABEL_ONLY_RE = re.compile(r"^(?i:by|written by|words by|story by|words|reporter|reporters|author|authors|writer)\s*:?$")


def _names_of(match: re.Match, tail: str = "") -> list[str]:
    """The names in a byline match, titles ("Cllr") removed; names credited with
    additional reporting in the tail ("..., with additional reporting by Tom Jones")
    are added."""
    groups = [match.group("names")]
    extra = _EXTRA_REPORTING_RE.search(tail)
    if extra:
        groups.append(extra.group("names"))
    out = []
    for group in groups:
        for part in _NAME_SPLIT_RE.split(group):
            name = fields.strip_honorific(fields.clean_space(part))
            if name and name not in out:
                out.append(name)
    return out


_CAPITALS_WORD_RE = re.compile(r"\b[A-ZÀ-Þ][A-ZÀ-Þ'’-]*[A-ZÀ-Þ]\b")
_MC_RE = re.compile(r"\bMc([a-z])")


def _title_case_if_capitals(line: str) -> str:
    """An all-capitals line ("BY JANE SMITH") in title case; in a mixed line the words
    in capitals ("By JANE SMITH, BBC News") are title-cased."""
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return _MC_RE.sub(_mc, line.title())
    return _CAPITALS_WORD_RE.sub(lambda m: _MC_RE.sub(_mc, m.group(0).title()), line)


def _mc(match: re.Match) -> str:
    """"Mcdonald" (from title-casing "MCDONALD") -> "McDonald"."""
    return "Mc" + match.group(1).upper()


def label_over_name(label_line: str, name_line: str) -> list[str] | None:
    """The names of a name line under a label line ("Reporter:" / "Jane Smith", as in a
    <dl> of story details), else None."""
    if not _LABEL_ONLY_RE.match(fields.clean_space(label_line)):
        return None
    return byline_names(f"By {name_line}")


def name_over_role(name_line: str, role_line: str) -> list[str] | None:
    """["Jane Smith"] for a bare name line followed by a role line ("Jane Smith" /
    "Local Democracy Reporter"), else None."""
    name = _title_case_if_capitals(fields.clean_space(name_line).strip(" ."))
    role = fields.clean_space(role_line).strip(" .")
    if _NAME_ONLY_RE.match(name) and _ROLE_ONLY_RE.match(role):
        return [name]
    return None


def byline_names(line: str) -> list[str] | None:
    """The author names of a byline line, or None when `line` is not a byline."""
    line = fields.clean_space(line).strip(" .")
    if line.startswith("(") and line.endswith(")"):  # "(Reporting by ...; Editing by ...)"
        line = line[1:-1].strip(" .")
    if not line or len(line.split()) > _MAX_WORDS:
        return None
    line = _title_case_if_capitals(line)
    for pattern in (_BY_RE, _LABEL_RE):
        m = pattern.match(line)
        if m:
            tail = m.group("tail") or ""
            if len(tail.split()) > 14 or _SENTENCE_RE.search(tail):
                return None
            return _names_of(m, tail)
    m = _ROLE_RE.match(line)
    if m and not _SENTENCE_RE.search(m.group("role") + " " + (m.group("tail") or "")):
        return _names_of(m)
    return None


# ---------------------------------------------------------------- finding them on the page

_SKIP_TAGS = {"script", "style", "noscript", "nav", "form", "button", "figure", "figcaption",
              "aside", "select", "iframe", "svg", "template", "blockquote", "q", "cite"}
# Boxes that are not the article's byline. "credit" only with a picture word: some
# publishers call the byline block an "article credit".
_SKIP_MARKS = re.compile(r"caption|(?:photo|image|picture|img|media)[-_]?credit|comment|related|share|sharing|"
                         r"newsletter|promo|advert|cookie|social|gallery|pull-?quote|most-?read|recommend", re.I)
_BLOCK_TAGS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "address",
               "section", "header", "footer", "article", "main", "tr", "td", "dt", "dd", "table",
               "hr", "time"}
_MARK_ATTRIBUTES = ("class", "id", "itemprop", "rel", "data-component", "data-testid")
_MARKED_XPATH = etree.XPath(".//*[" + " or ".join(f"@{name}" for name in _MARK_ATTRIBUTES) + "]")
_BYLINE_MARK_RE = re.compile(r"byline|author|writer|contributor|reporter", re.I)
_LONG_LINE_WORDS = 16
_QUOTED_RE = r"(?:said|says|told|added|explained|warned)"


def _skipped(el) -> bool:
    if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
        return True
    return bool(_SKIP_MARKS.search(f"{el.get('class') or ''} {el.get('id') or ''}"))


def _text_lines(container) -> list[tuple[str, bool]]:
    """The container's text split at block boundaries: (line, is the headline). Inline
    elements are separated by a space (a line is read for its byline, not quoted)."""
    lines: list[tuple[str, bool]] = []
    buf: list[str] = []
    skip_depth = 0

    def flush(headline=False):
        text = fields.clean_space("".join(buf))
        buf.clear()
        if text:
            lines.append((text, headline))

    for event, el in etree.iterwalk(container, events=("start", "end")):
        if skip_depth:
            if event == "start" and el is not container:
                skip_depth += 1
            elif event == "end":
                skip_depth -= 1
                if not skip_depth and el.tail:
                    buf.append(el.tail)
            continue
        if event == "start":
            if el is not container and _skipped(el):
                skip_depth = 1
                continue
            if el.tag in _BLOCK_TAGS:
                flush()
            else:
                buf.append(" ")  # <span>By Jane Smith</span><span>14 March</span>
            if el.text:
                buf.append(el.text)
        else:
            if el.tag in _BLOCK_TAGS:
                flush(headline=el.tag == "h1")
            else:
                buf.append(" ")
            if el.tail and el is not container:
                buf.append(el.tail)
    flush()
    return lines


def _container(tree):
    """The article's element: the <article> with most paragraphs (else the parent of
    itemprop=articleBody, <main>, <body>), widened to take in the headline when the
    <h1> sits outside it (a header above the body)."""
    articles = tree.xpath("//article")
    if articles:
        container = max(articles, key=lambda a: len(a.xpath(".//p")))
    else:
        container = next(iter(tree.xpath("//*[@itemprop='articleBody']/..") or tree.xpath("//main")
                              or tree.xpath("//body")), tree)
    headline = next(iter(tree.iter("h1")), None)
    if headline is None or any(a is container for a in headline.iterancestors()):
        return container
    around_headline = set(headline.iterancestors())
    for ancestor in container.iterancestors():
        if ancestor in around_headline:
            return ancestor
    return container


def _edge_lines(lines: list[tuple[str, bool]]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(short lines near the headline, before the first long line; short lines after
    the last long line), nearest the article text first, each with the line after it."""
    headline = next((i for i, (_, is_h1) in enumerate(lines) if is_h1), -1)
    long_at = [i for i, (text, _) in enumerate(lines) if len(text.split()) >= _LONG_LINE_WORDS]
    first = next((i for i in long_at if i > headline), None)
    if first is None:
        return [], []
    last = max(long_at)
    texts = [text for text, _ in lines] + [""]
    start = max(headline + 1, first - 6) if headline >= 0 else max(0, first - 6)
    near = [*reversed(range(start, first)), *reversed(range(max(0, headline - 3), max(headline, 0)))]
    before = [(texts[i], texts[i + 1]) for i in near]
    after = [(texts[i], texts[i + 1]) for i in range(last + 1, min(last + 6, len(lines)))]
    return before, after


def _quoted(name: str, text: str) -> bool:
    """`name` (or its surname) is quoted in the article text."""
    surname = name.rpartition(" ")[2]
    for who in {re.escape(name), re.escape(surname)}:
        if re.search(rf"\b{_QUOTED_RE}\s+(?:\w+\s+){{0,3}}{who}\b|\b{who}\b[^.!?\n]{{0,60}}\b{_QUOTED_RE}\b", text):
            return True
    return False


def _plausible(names: list[str], page) -> list[str]:
    site = fields.site_name(page)
    host = (urlsplit(page.url).hostname or "").lower()
    return [n for n in names if fields.plausible_name(n, site, set(), host)]


def _ancestors_within(el, container):
    for ancestor in el.iterancestors():
        if ancestor is container:
            return
        yield ancestor


def _class_marked_names(page, container) -> list[str]:
    for el in _MARKED_XPATH(container):
        marks = " ".join(el.get(name) or "" for name in _MARK_ATTRIBUTES)
        if not _BYLINE_MARK_RE.search(marks):
            continue
        if el.tag in ("meta", "link", "script", "style", "body", "html", "article", "main"):
            continue
        if _skipped(el) or any(_skipped(a) for a in _ancestors_within(el, container)):
            continue
        text = fields.clean_space(" ".join(el.itertext()))  # <span>Name</span><span>Role</span>
        if not text or len(text.split()) > _MAX_WORDS:
            continue
        names = byline_names(text) or byline_names(f"By {text}")
        names = _plausible(names or [], page)
        if names:
            return names
    return []


def parse_text_authors(page) -> list[str]:
    """Author names from bylines in the page text (see the module doc), or []."""
    container = _container(page.tree)
    names = _class_marked_names(page, container)
    if names:
        return names
    lines = _text_lines(container)
    before, after = _edge_lines(lines)
    for line, next_line in [*before, *after]:
        names = _plausible(byline_names(line) or name_over_role(line, next_line)
                           or label_over_name(line, next_line) or [], page)
        if not names:
            continue
        rest = "\n".join(text for text, _ in lines if text != line)
        if not _BY_RE.match(line) and any(_quoted(n, rest) for n in names):
            continue
        return names
    return []
