"""The page's language as a two-letter ISO 639-1 code.

    from crawler.fields.language import parse_language
    parse_language(page)   # "en", or None
"""
from __future__ import annotations

import re

from crawler.fields.page import Page, ld_text


def _lang2(value: str | None) -> str | None:
    """The two-letter code of a language tag ("en-GB" -> "en"); None for a three-letter
    code or anything that is not a language tag."""
    if not value:
        return None
    m = re.match(r"\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$", value)
    if not m:
        return None
    code = m.group(1).lower()
    return code if len(code) == 2 else None


def parse_language(page: Page, content_language: str | None = None) -> str | None:
    """<html lang> > og:locale > http-equiv content-language > JSON-LD inLanguage."""
    root = page.tree
    html_el = root if root.tag == "html" else root.find(".//html")
    candidates = [
        html_el.get("lang") if html_el is not None else None,
        html_el.get("{http://www.w3.org/XML/1998/namespace}lang") if html_el is not None else None,
        page.meta.get("og:locale"),
        page.meta.get("content-language"),
        content_language,
        ld_text(page.ld_value("inLanguage")),
    ]
    for c in candidates:
        code = _lang2(c.partition(",")[0] if isinstance(c, str) else None)
        if code:
            return code
    return None
