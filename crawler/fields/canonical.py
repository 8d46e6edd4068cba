"""The page's canonical URL (the article's one address, whatever URL it was fetched at).

    from crawler.fields.canonical import parse_canonical
    parse_canonical(page)   # "https://www.dalesfordcourier.co.uk/news/24101234.academy-.../"
"""
from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from crawler.fields.page import Page, ld_text
from crawler.text import REASON_CHARS


def _absolute_http(base: str, href: str) -> str | None:
    """`href` made absolute against `base` when it is a well-formed http(s) URL, else None
    (malformed URLs such as "http://[::1" make urllib raise ValueError)."""
    try:
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return None
    if parts.scheme in ("http", "https") and parts.hostname:
        return absolute
    return None


def parse_canonical(page: Page) -> str:
    """<link rel=canonical> > og:url > JSON-LD url / mainEntityOfPage, made absolute;
    else the URL as given. Malformed URLs are skipped (and noted)."""
    base = page.url
    base_el = page.tree.find(".//base[@href]")
    if base_el is not None:
        base = _absolute_http(page.url, base_el.get("href").strip()) or page.url
    candidates = []
    for link in page.tree.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        if "canonical" in rels and link.get("href"):
            candidates.append(link.get("href"))
    candidates.append(page.meta.get("og:url"))
    art = page.article_ld()
    if art:
        candidates.append(ld_text(art.get("url")))
        meop = art.get("mainEntityOfPage")
        candidates.append(ld_text(meop) if isinstance(meop, (str, dict)) else None)
    for c in candidates:
        c = (c or "").strip()
        if not c or c.startswith(("javascript:", "#", "data:")):
            continue
        absolute = _absolute_http(base, c)
        if absolute:
            return absolute
        page.notes.append(f"canonical URL {c[:REASON_CHARS]!r} is not a usable http(s) URL: ignored")
    return page.url
