"""Article extraction: one fetched page in, one record out (the keys of
crawler.items.EXTRACTED_FIELDS, in that order).

    from crawler.extract import decode_html, extract_article, sniff_not_html
    text, encoding = decode_html(body_bytes, "text/html; charset=windows-1252")
    record = extract_article(body_bytes, url, content_type=...)

`extract_article` is a pure function of the page (it touches no database, network or
Scrapy state), so it can run in a worker thread. The steps live in their own modules:

- crawler/decode.py      bytes to text; pages that are not HTML (decode_html and
                         sniff_not_html are imported here for callers that decode first)
- crawler/htmltree.py    text to an lxml tree, however deep the markup
- crawler/fields/        one parse helper per field (title, authors, dates, section, ...)
- crawler/bylines.py     authors from bylines in the text, when the metadata names none
- crawler/body.py        the body text (trafilatura and JSON-LD articleBody)
- crawler/page_kind.py   article, listing or other
"""
from __future__ import annotations

import datetime as dt

from crawler import bylines
from crawler.body import extract_body
from crawler.decode import clean_text, decode_html, sniff_not_html
from crawler.fields.authors import parse_authors
from crawler.fields.canonical import parse_canonical
from crawler.fields.language import parse_language
from crawler.fields.page import Page
from crawler.fields.published import parse_modified, parse_published, structured_article_evidence
from crawler.fields.section import parse_section
from crawler.fields.summary import parse_summary
from crawler.fields.title import parse_title
from crawler.htmltree import parse_tree
from crawler.items import EXTRACTED_FIELDS
from crawler.page_kind import classify, drop_teaser_links
from crawler.text import REASON_CHARS

__all__ = ["decode_html", "extract_article", "sniff_not_html"]


def _empty(url: str, reason: str) -> dict:
    """The record of a page that could not be read as HTML."""
    record = dict.fromkeys(EXTRACTED_FIELDS)
    record.update(url=url, canonical_url=url, authors=[], body="", word_count=0, is_article=False,
                  page_kind="other", reasons=[reason])
    return record


def _read_field(page: Page, name: str, helper, default=None):
    """One field: a helper that fails costs that field (noted), not the page."""
    try:
        return helper(page)
    except Exception as exc:  # noqa: BLE001 - recorded in the page's reasons
        page.notes.append(f"{name} could not be read ({type(exc).__name__}: {str(exc)[:REASON_CHARS]})")
        return default


def extract_article(html: str | bytes, url: str, *, content_type: str | None = None,
                    today: dt.date | None = None) -> dict:
    """Extract one page. Returns a dict with exactly the keys in EXTRACTED_FIELDS. Never
    raises on bad input: non-HTML or unparseable pages give is_article False with a
    reason. `today` is the date dates are judged against (default: the real clock's)."""
    not_html = sniff_not_html(html, content_type)
    if not_html:
        return _empty(url, not_html)
    if isinstance(html, bytes):
        text, _encoding = decode_html(html, content_type)
    else:
        text = html
    text = clean_text(text)
    parse_notes: list[str] = []
    tree = parse_tree(text, parse_notes)
    if tree is None:
        return _empty(url, "could not parse HTML")
    page = Page.from_tree(tree, url, today)
    page.notes = [*parse_notes, *page.notes]  # what parsing noted, then the fields
    reasons: list[str] = []

    title = _read_field(page, "title", parse_title)
    authors = _read_field(page, "authors", parse_authors, [])
    if not authors:
        authors = _read_field(page, "authors", bylines.parse_text_authors, [])
    published = _read_field(page, "published", parse_published)
    modified = _read_field(page, "modified", parse_modified)
    structured = _read_field(page, "article metadata", structured_article_evidence, [])
    body_paras = extract_body(page, authors=authors, title=title, reasons=reasons)
    if structured:
        body_paras = drop_teaser_links(page, body_paras, reasons)
    is_article, kind = classify(page, body_paras=body_paras, published=published, title=title,
                                reasons=reasons, structured=structured)
    body = "\n\n".join(body_paras)
    record = dict.fromkeys(EXTRACTED_FIELDS)  # the order of the keys
    record.update(
        url=url,
        canonical_url=_read_field(page, "canonical_url", parse_canonical, url),
        title=title,
        authors=authors,
        published=published,
        modified=modified,
        section=_read_field(page, "section", parse_section),
        summary=_read_field(page, "summary", parse_summary),
        body=body,
        language=_read_field(page, "language", parse_language),
        word_count=len(body.split()),
        is_article=is_article,
        page_kind=kind,
        reasons=reasons,
    )
    reasons.extend(dict.fromkeys(page.notes))  # what could not be read, once each
    return record
