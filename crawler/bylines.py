"""Bylines written in the page text, for articles whose metadata names no author.

    from crawler.bylines import byline_names, parse_text_authors
    byline_names("By Jane Smith and Tom Jones, Education Reporters")  # ['Jane Smith', 'Tom Jones']
    byline_names("Jane Smith, Local Democracy Reporting Service")     # ['Jane Smith']
    byline_names("Jane Smith, a parent, said the plan was unfair.")   # None: not a byline
    parse_text_authors(page)                                          # names, or []

How one line is read as a byline (its forms, names, capitals, desk credits) is
crawler/byline_parse.py; this module finds the lines to read.

`parse_text_authors` looks inside the article (the <article> with most paragraphs, else
<main>, else <body>, widened to take in an <h1> outside it), in order, at elements whose
class, id or data-component says byline / author / writer / contributor / reporter /
credit (where a bare name also counts; a "credit" beside a picture is the picture's),
then at the short lines near the headline before the first paragraph (or after a
standfirst), then at the short
lines after the last paragraph (the text runs on through short sentences; a heading or
a "Got a story? Contact ..." prompt ends it). Boxes of other stories, comments, captions
and sharing bars are never read. A name from a "NAME, ROLE" line that the article also
quotes ("..., said Jane Smith") is not taken as the author.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from crawler import fields
from crawler.byline_parse import MAX_WORDS, byline_names, label_over_name, name_over_role, starts_with_by

__all__ = ["byline_names", "parse_text_authors"]

# ---------------------------------------------------------------- finding them on the page

_SKIP_TAGS = {"script", "style", "noscript", "nav", "form", "button", "figure", "figcaption",
              "aside", "select", "iframe", "svg", "template", "blockquote", "q", "cite"}
# Boxes that are not the article's byline. "credit" only with a picture word: some
# publishers call the byline block an "article credit".
_SKIP_MARKS = re.compile(r"caption|(?:photo|image|picture|img|media)[-_]?credit|share|sharing|newsletter|promo|"
                         r"advert|cookie|social|gallery|quote|" + fields.OTHER_STORIES_RE.pattern, re.I)
_BLOCK_TAGS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "address",
               "section", "header", "footer", "article", "main", "tr", "td", "dt", "dd", "table",
               "hr", "time"}
_MARK_ATTRIBUTES = ("class", "id", "itemprop", "rel", "data-component", "data-testid")
_MARKED_XPATH = etree.XPath(".//*[" + " or ".join(f"@{name}" for name in _MARK_ATTRIBUTES) + "]")
_BYLINE_MARK_RE = re.compile(r"byline|author|writer|contributor|reporter|credit", re.I)
# A "credit" next to a picture is the picture's credit, not the story's.
_PICTURE_XPATH = etree.XPath("boolean(../descendant-or-self::*[self::img or self::picture or self::video])")
_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
# An invitation to write to the newsroom: the names after it are its editors, not the authors.
_CONTACT_PROMPT_RE = re.compile(r"\b(?:got a story|contact (?:us|our|the)|get in touch|send (?:us )?your|"
                                r"tip-?offs?|tips? to|email (?:us|our|the))\b", re.I)
_LONG_LINE_WORDS = 16
# The article's last paragraph may be short: the text runs on through whole sentences
# ("A decision is expected by the end of the year.") after the last long line.
_SENTENCE_WORDS = 7
_SENTENCE_END = (".", "!", "?", "”", "\"", "’", "'")
_QUOTED_RE = r"(?:said|says|told|added|explained|warned)"


def _skipped(el) -> bool:
    if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
        return True
    return bool(_SKIP_MARKS.search(f"{el.get('class') or ''} {el.get('id') or ''}"))


def _text_lines(container) -> list[tuple[str, str]]:
    """The container's text split at block boundaries: (line, "h1" for the headline,
    "heading" for a lower heading, else ""). Inline elements are separated by a space
    (a line is read for its byline, not quoted)."""
    lines: list[tuple[str, str]] = []
    buf: list[str] = []
    skip_depth = 0

    def flush(kind=""):
        text = fields.clean_space("".join(buf))
        buf.clear()
        if text:
            lines.append((text, kind))

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
                flush("h1" if el.tag == "h1" else "heading" if el.tag in _HEADINGS else "")
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


def _is_sentence(line: str) -> bool:
    """A short line that reads as a sentence of the article: it ends like one, most of
    its words are in lower case, and it is not a byline."""
    words = line.split()
    lower = sum(1 for w in words if w[:1].islower())
    return (len(words) >= _SENTENCE_WORDS and line.endswith(_SENTENCE_END) and 2 * lower >= len(words)
            and byline_names(line) is None)


def _edge_lines(lines: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(short lines near the headline, before the first long line; short lines after
    the last long line, up to a heading that starts another section), nearest the
    article text first, each with the line after it."""
    headline = next((i for i, (_, kind) in enumerate(lines) if kind == "h1"), -1)
    long_at = ([i for i, (text, _) in enumerate(lines) if len(text.split()) >= _LONG_LINE_WORDS]
               or [i for i, (text, _) in enumerate(lines) if _is_sentence(text)])  # short paragraphs
    first = next((i for i in long_at if i > headline), None)
    if first is None:
        return [], []
    last = max(long_at)
    while last + 1 < len(lines) and _is_sentence(lines[last + 1][0]):
        last += 1
    texts = [text for text, _ in lines] + [""]
    start = max(headline + 1, first - 6) if headline >= 0 else max(0, first - 6)
    # A standfirst (a long first line) may come before the byline: the short lines
    # between it and the next long line are read too, last.
    second = next((i for i in long_at if i > first), first)
    near = [*reversed(range(start, first)), *reversed(range(max(0, headline - 3), max(headline, 0))),
            *range(first + 1, min(second, first + 5))]
    before = [(texts[i], texts[i + 1]) for i in near]
    end = min(last + 6, len(lines))
    # "More stories" or "Got a story? Contact our news editor" ends the article.
    end = next((i for i in range(last + 1, end) if lines[i][1] or _CONTACT_PROMPT_RE.search(lines[i][0])), end)
    after = [(texts[i], texts[i + 1]) for i in range(last + 1, end)]
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
        if not _BYLINE_MARK_RE.search(marks.lower().replace("credit", "")) and _PICTURE_XPATH(el):
            continue
        text = fields.clean_space(" ".join(el.itertext()))  # <span>Name</span><span>Role</span>
        if not text or len(text.split()) > MAX_WORDS:
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
        if not starts_with_by(line) and any(_quoted(n, rest) for n in names):
            continue
        return names
    return []
