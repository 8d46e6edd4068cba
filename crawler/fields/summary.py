"""The article's summary (standfirst) as the page describes itself.

    from crawler.fields.summary import parse_summary
    parse_summary(page)   # "Parents have raised concerns after ...", or None
"""
from __future__ import annotations

import html as html_lib

from crawler.fields.page import Page, ld_text


def parse_summary(page: Page) -> str | None:
    """meta description > og:description > twitter:description > JSON-LD description."""
    for key in ("description", "og:description", "twitter:description"):
        if page.meta.get(key):
            return html_lib.unescape(page.meta[key])
    v = page.ld_value("description")
    return ld_text(v) or None
