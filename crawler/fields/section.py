"""The article's section ("Education", "Mossley News").

    from crawler.fields.section import parse_section
    parse_section(page)   # "Education", or None
"""
from __future__ import annotations

from crawler.fields.page import Page, ld_text, ld_types

# Meta tags naming the section, in priority order.
_SECTION_META = ("article:section", "og:article:section", "parsely-section", "section",
                 "cxenseparse:recs:articlesection")


def parse_section(page: Page) -> str | None:
    """JSON-LD articleSection > meta article:section > parsely-section > the last-but-one
    BreadcrumbList item."""
    art = page.article_ld()
    if art and art.get("articleSection"):
        s = ld_text(art["articleSection"])
        if s:
            return s
    for key in _SECTION_META:
        if page.meta.get(key):
            return page.meta[key]
    for obj in page.jsonld:
        if "breadcrumblist" in ld_types(obj):
            name = _breadcrumb_parent(obj.get("itemListElement"))
            if name and name.lower() != "home":
                return name
    return None


def _position(item: dict, default: int) -> int:
    """A breadcrumb item's position; its place in the list when the position is missing
    or not a number ("first")."""
    try:
        return int(str(item.get("position")).strip())
    except (TypeError, ValueError):
        return default


def _crumb_order(numbered: tuple[int, dict]) -> int:
    index, crumb = numbered
    return _position(crumb, index)


def _breadcrumb_parent(items) -> str | None:
    """The name of the last-but-one item of a BreadcrumbList (the article's section).
    Items that are not objects are skipped."""
    if not isinstance(items, list):
        return None
    crumbs = [i for i in items if isinstance(i, dict)]
    if len(crumbs) < 2:
        return None
    ordered = [crumb for _, crumb in sorted(enumerate(crumbs, 1), key=_crumb_order)]
    *_, parent, _last = ordered
    item = parent.get("item")
    return ld_text(parent.get("name") or (item if isinstance(item, dict) else "")) or None
