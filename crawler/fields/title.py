"""The article's title.

    from crawler.fields.title import parse_title
    parse_title(page)   # "Academy trust to take over Brookfield Primary School", or None
"""
from __future__ import annotations

from crawler.fields.page import Page, ld_single_text, site_name
from crawler.text import clean_space, text_of

# Separators publishers put between a headline and the site's name in <title>/og:title.
SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")


def _strip_site_suffix(title: str, site: str) -> str:
    if site:
        for sep in SITE_SEPARATORS:
            if title.lower().endswith((sep + site).lower()):
                return title[: -len(sep + site)].strip()
    # "Headline | Anything short" with no site name known: leave it alone, it may be real.
    return title


def parse_title(page: Page) -> str | None:
    """JSON-LD headline, og:title, twitter:title, the first <h1>, <title>; a trailing
    " | Site name" is removed. A JSON-LD headline that is a truncated prefix of og:title
    loses to og:title."""
    site = site_name(page)
    h1 = page.tree.find(".//h1")
    title_el = page.tree.find(".//title")
    candidates = [
        ld_single_text(page.ld_value("headline"), "headline", page.notes) if page.article_ld() else "",
        page.meta.get("og:title", ""),
        page.meta.get("twitter:title", ""),
        text_of(h1),
        text_of(title_el),
    ]
    candidates = [_strip_site_suffix(clean_space(c), site) for c in candidates if c and clean_space(c)]
    if not candidates:
        return None
    best, *others = candidates
    for other in others:
        stem = best.rstrip(".… ")
        if len(other) > len(best) and other.startswith(stem) and best.endswith(("…", "...")):
            best = other
    return best
