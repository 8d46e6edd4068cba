"""Bylines written in the page text, for articles whose metadata names no author.

    from crawler.bylines import byline_names, parse_text_authors
    byline_names("By Jane Smith and Tom Jones, Education Reporters")  # ['Jane Smith', 'Tom Jones']
    byline_names("Jane Smith, Local Democracy Reporting Service")     # ['Jane Smith']
    byline_names("Jane Smith, a parent, said the plan was unfair.")   # None: not a byline
    parse_text_authors(page)                                          # names, or []

How one line is read as a byline (its forms, names, capitals, desk credits) is
crawler/byline_parse.py; this module finds the lines to read.

`parse_text_authors` looks inside the article (the <article> with most paragraphs, else
<main>, else <body>, widened to take in an <h1> outside it), in order:

1. elements whose class, id or data-component says byline / author / writer /
   contributor / reporter / credit, and links to a writer's page ("/author/jane-smith/"),
   where a bare name also counts (a "credit" beside a picture is the picture's); an
   element holding a list of like elements (one per contributor) is read one by one;
2. the short lines near the headline before the first paragraph (or after a standfirst),
   where a bare name counts beside a date line ("Jane Smith" / "14 March 2024");
3. the short lines after the article text, up to a heading (not "About the author") or
   a "Got a story? Contact ..." prompt; the line next to the text, here or above it, may
   be a sign-off ("Jane Smith, Branch Secretary", or the name over the post).

The article text runs from the first long line after the headline while long lines
follow closely (a footer's long line after a run of short ones is not the article's;
neither are bylines or imprints, "Printed and promoted by ...") and on through short
sentences. Boxes of other stories, comments, captions and sharing bars are never read.
A name from a line without "By" (or "Story:", ...) that the article also quotes ("...,
said Jane Smith"), or that is the text of a link to another page (a section: "Town
Hall"), is not taken as the author.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from crawler.byline_parse import (MAX_WORDS, byline_names, label_over_name, name_beside_date, name_over_role, sign_off,
                                  starts_with_by)
from crawler.fields.authors import OTHER_STORIES_RE, plausible_name
from crawler.fields.page import site_name
from crawler.text import clean_space

__all__ = ["byline_names", "parse_text_authors"]

# ---------------------------------------------------------------- finding them on the page

_SKIP_TAGS = {"script", "style", "noscript", "nav", "form", "button", "figure", "figcaption",
              "aside", "select", "iframe", "svg", "template", "blockquote", "q", "cite"}
# Boxes that are not the article's byline. "credit" only with a picture word: some
# publishers call the byline block an "article credit".
_SKIP_MARKS = re.compile(r"caption|(?:photo|image|picture|img|media)[-_]?credit|share|sharing|newsletter|promo|"
                         r"advert|cookie|social|gallery|quote|" + OTHER_STORIES_RE.pattern, re.I)
_BLOCK_TAGS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "address",
               "section", "header", "footer", "article", "main", "tr", "td", "dt", "dd", "table",
               "hr", "time"}
_MARK_ATTRIBUTES = ("class", "id", "itemprop", "rel", "data-component", "data-testid")
_MARKED_XPATH = etree.XPath(".//*[" + " or ".join(f"@{name}" for name in _MARK_ATTRIBUTES) + " or self::a[@href]]")
# A link to a writer's page ("/author/jane-smith/") marks its text as a byline too.
_WRITER_PAGE_RE = re.compile(r"/(?:authors?|writers?|contributors?|reporters?|journalists?)/[^/?#]", re.I)
# A link to a person's page of any kind: its words may be a byline's name.
_PERSON_PAGE_RE = re.compile(r"/(?:authors?|writers?|contributors?|reporters?|journalists?|profiles?|people|"
                             r"staff|team|by|columnists?)/[^/?#]", re.I)
_BYLINE_MARK_RE = re.compile(r"byline|author|writer|contributor|reporter|credit", re.I)
# A "credit" next to a picture is the picture's credit, not the story's.
_PICTURE_XPATH = etree.XPath("boolean(../descendant-or-self::*[self::img or self::picture or self::video])")
_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
# An invitation to write to the newsroom: the names after it are its editors, not the authors.
_CONTACT_PROMPT_RE = re.compile(r"\b(?:got a story|contact (?:us|our|the)|get in touch|send (?:us )?your|"
                                r"tip-?offs?|tips? to|email (?:us|our|the))\b", re.I)
# A heading over the writer's note does not end the article's credits.
_ABOUT_WRITER_RE = re.compile(r"^(?:about|meet) (?:the|our|this) (?:author|writer|reporter|columnist)s?\b|"
                              r"^the (?:author|writer)s?$", re.I)
_LONG_LINE_WORDS = 16
# The article's last paragraph may be short: the text runs on through whole sentences
# ("A decision is expected by the end of the year.") after the last long line.
_SENTENCE_WORDS = 7
_SENTENCE_END = (".", "!", "?", "”", "\"", "’", "'")
# A page's small print, not the article: "© ...", "Printed and promoted by ...".
_IMPRINT_RE = re.compile(r"©|\ball rights reserved\b|\b(?:printed and )?promoted by\b|"
                         r"\bregistered (?:in|office|charity|company)\b|\bcompany (?:no|number)\b", re.I)
# Short lines (a subheading, a pull-out) between two paragraphs of one article.
_BODY_GAP = 5
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
        text = clean_space("".join(buf))
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
    long_at = ([i for i, (text, _) in enumerate(lines) if len(text.split()) >= _LONG_LINE_WORDS
                and byline_names(text) is None and not _IMPRINT_RE.search(text)]
               or [i for i, (text, _) in enumerate(lines) if _is_sentence(text)])  # short paragraphs
    first = next((i for i in long_at if i > headline), None)
    if first is None:
        return [], []
    # The body runs on from its first long line while the long lines come close
    # together: a footer's long line after a run of short ones is not the article's.
    last = first
    for i in long_at:
        if i > last and i - last <= _BODY_GAP:
            last = i
    while last + 1 < len(lines) and _is_sentence(lines[last + 1][0]):
        last += 1
    texts = [text for text, _ in lines] + [""]
    start = max(headline + 1, first - 6) if headline >= 0 else max(0, first - 6)
    # A standfirst (a long first line) may come before the byline: the short lines
    # between it and the next long line are read too, last.
    second = next((i for i in long_at if i > first), first)
    near = [*reversed(range(start, first)), *reversed(range(max(0, headline - 3), max(headline, 0))),
            *range(first + 1, min(second, first + 5))]
    # Under the headline a bare name may be a byline when a date is beside it.
    before = [(texts[i], texts[i + 1], (texts[i - 1], texts[i + 1]) if i > headline >= 0 else ()) for i in near]
    end = min(last + 6, len(lines))
    # "More stories" or "Got a story? Contact our news editor" ends the article.
    end = next((i for i in range(last + 1, end) if lines[i][1] and not _ABOUT_WRITER_RE.search(lines[i][0])
                or _CONTACT_PROMPT_RE.search(lines[i][0])), end)
    after = [(texts[i], texts[i + 1], ()) for i in range(last + 1, end)]
    return before, after


def _quoted(name: str, text: str) -> bool:
    """`name` (or its surname) is quoted in the article text."""
    surname = name.rpartition(" ")[2]
    for who in {re.escape(name), re.escape(surname)}:
        if re.search(rf"\b{_QUOTED_RE}\s+(?:\w+\s+){{0,3}}{who}\b|\b{who}\b[^.!?\n]{{0,60}}\b{_QUOTED_RE}\b", text):
            return True
    return False


def _plausible(names: list[str], page) -> list[str]:
    site = site_name(page)
    host = (urlsplit(page.url).hostname or "").lower()
    return [n for n in names if plausible_name(n, site, set(), host)]


def _ancestors_within(el, container):
    for ancestor in el.iterancestors():
        if ancestor is container:
            return
        yield ancestor


def _same_kind(a, b) -> bool:
    return a.tag == b.tag and (a.get("class") or "") == (b.get("class") or "")


def _repeated_children(el) -> bool:
    """The element holds a list of like elements (one per contributor): each is read."""
    children = [c for c in el if isinstance(c.tag, str) and c.get("class")]
    return any(_same_kind(a, b) for i, a in enumerate(children) for b in children[i + 1:])


def _element_names(page, el) -> list[str]:
    text = clean_space(" ".join(el.itertext()))  # <span>Name</span><span>Role</span>
    if not text or len(text.split()) > MAX_WORDS:
        return []
    return _plausible(byline_names(text) or byline_names(f"By {text}") or [], page)


def _names_with_like_siblings(page, el) -> list[str]:
    """The element's names, with those of the like elements after it (a list of
    contributors, one element each)."""
    names = _element_names(page, el)
    if names:
        for sibling in el.itersiblings():
            if _same_kind(sibling, el):
                names += [n for n in _element_names(page, sibling) if n not in names]
    return names


def _same_names_cleaner(inner: list[str], outer: list[str]) -> bool:
    """`inner` names the same people as `outer`, without words that ran on after a name
    ("David Ehrlich" for "David Ehrlich Nov", from "David Ehrlich Nov 13, 2019")."""
    return len(inner) >= len(outer) and all(any(o == n or o.startswith(n + " ") for o in outer) for n in inner)


def _class_marked_names(page, container) -> list[str]:
    """The names in the first byline-marked element that has any (or in a byline element
    inside it that names the same people more cleanly), with those of the like elements
    after it."""
    marked = list(_byline_elements(container))
    marked_set = set(marked)
    for el in marked:
        names = _names_with_like_siblings(page, el)
        while names:
            inner = next((d for d in el.iterdescendants() if d in marked_set
                          and _same_names_cleaner(_names_with_like_siblings(page, d), names)), None)
            if inner is None:
                return names
            el, names = inner, _names_with_like_siblings(page, inner)
    return []


def _byline_elements(container):
    """The elements in the article marked as bylines, in document order."""
    for el in _MARKED_XPATH(container):
        marks = " ".join(el.get(name) or "" for name in _MARK_ATTRIBUTES)
        if el.tag == "a" and _WRITER_PAGE_RE.search(el.get("href") or ""):
            marks += " author"
        if not _BYLINE_MARK_RE.search(marks):
            continue
        if el.tag in ("meta", "link", "script", "style", "body", "html", "article", "main"):
            continue
        if _skipped(el) or any(_skipped(a) for a in _ancestors_within(el, container)):
            continue
        if not _BYLINE_MARK_RE.search(marks.lower().replace("credit", "")) and _PICTURE_XPATH(el):
            continue
        if _repeated_children(el):
            continue
        yield el


def parse_text_authors(page) -> list[str]:
    """Author names from bylines in the page text (see the module doc), or []."""
    container = _container(page.tree)
    names = _class_marked_names(page, container)
    if names:
        return names
    lines = _text_lines(container)
    before, after = _edge_lines(lines)
    # A sign-off ("Jane Smith, Branch Secretary") only next to the article text.
    sign_off_lines = {candidate[0] for candidate in [*before[:1], *after[:1]]}
    link_texts = None
    for line, next_line, beside in [*before, *after]:
        names = _plausible(byline_names(line) or name_over_role(line, next_line)
                           or label_over_name(line, next_line) or name_beside_date(line, beside)
                           or (line in sign_off_lines and sign_off(line, next_line)) or [], page)
        if not names or starts_with_by(line):
            if names:
                return names
            continue
        # Without "By", a name quoted in the article, or the words of a link to another
        # page (a section, a tag: "Town Hall"), is not the writer.
        rest = "\n".join(text for text, _ in lines if text != line)
        if link_texts is None:
            link_texts = _link_texts(page.tree)
        if any(_quoted(n, rest) or n.lower() in link_texts for n in names):
            continue
        return names
    return []


def _link_texts(tree) -> set[str]:
    """The words of the page's links, except links to a person's page, in lower case."""
    return {clean_space(" ".join(a.itertext())).lower() for a in tree.iter("a")
            if not _PERSON_PAGE_RE.search(a.get("href") or "")}
