"""When the article was published and last modified, and whether the page's own
metadata says it is one dated article.

    from crawler.fields.published import parse_published, parse_modified
    parse_published(page)   # "2024-03-14T06:00:00+00:00", or None
    parse_modified(page)    # "2024-03-15T10:20:00+00:00", or None

Strings are read by crawler/dates.py; a date before dates.EARLIEST_YEAR or after next
year (against `page.today`) is not believed.
"""
from __future__ import annotations

import datetime as dt

from crawler.dates import LONDON, format_datetime, parse_datetime, parse_visible_date, plausible
from crawler.fields.page import ARTICLE_TYPES, Page, ld_single_text, ld_types
from crawler.text import text_of

# Meta tags naming the publication / modification time, in priority order.
_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "article:published", "datepublished",
    "article.published", "published_time", "pubdate", "publishdate", "publish-date",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.created", "date",
)
_MODIFIED_META = (
    "article:modified_time", "og:article:modified_time", "article:modified", "datemodified", "og:updated_time",
    "article.updated", "modified_time", "last-modified", "dcterms.modified",
)
# <time> elements read: the article's own come first, later ones date other stories.
MAX_TIME_ELEMENTS = 5
# Elements with a date-like class read when nothing else gives a date (same reason).
MAX_VISIBLE_DATE_ELEMENTS = 10
# An element with more children than this is a container, not a date label.
MAX_DATE_LABEL_CHILDREN = 4

_VISIBLE_DATE_XPATH = (
    ".//*[self::span or self::div or self::p or self::li or self::time]"
    "[contains(@class,'date') or contains(@class,'publish') or contains(@class,'timestamp') "
    "or contains(@class,'dateline') or contains(@class,'posted')]"
)


def _pick(candidates) -> str | None:
    """First candidate with a time of day; a date-only candidate only if nothing better
    exists. A timed candidate that disagrees on the day with a higher-priority date-only
    one does not win. `candidates` is consumed lazily (later sources can be slow)."""
    first = first_has_time = None
    for d, has_time in candidates:
        if first is None:
            first, first_has_time = d, has_time
        if has_time:
            if first_has_time or d.astimezone(LONDON).date() == first.date():
                return format_datetime(d)
            break
    if first is None:
        return None
    if not first_has_time:
        first = dt.datetime(first.year, first.month, first.day, tzinfo=LONDON)
    return format_datetime(first)


def _time_elements(page: Page, modified: bool):
    if modified:
        xp = ".//time[@itemprop='dateModified' or contains(@class,'updated') or contains(@class,'modified')]"
    else:
        xp = (".//time[@itemprop='datePublished' or @pubdate or contains(@class,'publish')] | "
              ".//time[not(@itemprop='dateModified') and not(contains(@class,'updated')) "
              "and not(contains(@class,'modified'))]")
    return page.tree.xpath(xp)


def _date_candidates(page: Page, modified: bool):
    """Yield (datetime, has_time) candidates in priority order, plausible ones only."""
    ld_key = "dateModified" if modified else "datePublished"
    v = page.ld_value(ld_key)
    if not modified and not v:
        ld_key, v = "dateCreated", page.ld_value("dateCreated")
    found = False
    parsed = plausible(parse_datetime(ld_single_text(v, ld_key, page.notes)), page.today)
    if parsed:
        found = True
        yield parsed
    for key in (_MODIFIED_META if modified else _PUBLISHED_META):
        parsed = plausible(parse_datetime(page.meta.get(key)), page.today)
        if parsed:
            found = True
            yield parsed
    for el in _time_elements(page, modified)[:MAX_TIME_ELEMENTS]:
        parsed = plausible(parse_datetime(el.get("datetime")) or parse_visible_date(text_of(el)), page.today)
        if parsed:
            found = True
            yield parsed
    if not found and not modified:
        for el in page.tree.xpath(_VISIBLE_DATE_XPATH)[:MAX_VISIBLE_DATE_ELEMENTS]:
            if len(el) > MAX_DATE_LABEL_CHILDREN:  # a container, not a date label
                continue
            parsed = plausible(parse_visible_date(text_of(el)), page.today)
            if parsed:
                yield parsed
                break


def _ld_date(page: Page, key: str) -> tuple[dt.datetime, bool] | None:
    return plausible(parse_datetime(ld_single_text(page.ld_value(key), key)), page.today)


def _meta_published(page: Page) -> tuple[dt.datetime, bool] | None:
    return plausible(parse_datetime(page.meta.get("article:published_time")), page.today)


def metadata_published(page: Page) -> bool:
    """True when the page's metadata (JSON-LD datePublished, meta article:published_time)
    gives a publication time that can be read; a number or a list there does not count."""
    return bool(_ld_date(page, "datePublished") or _meta_published(page))


def structured_article_evidence(page: Page) -> list[str]:
    """The page's own structured statements that it is one dated article: a JSON-LD
    article type with a readable datePublished, og:type=article with a readable
    article:published_time. Empty when there are none."""
    evidence = []
    art = page.article_ld()
    if art is not None and _ld_date(page, "datePublished"):
        kind = next(iter(sorted(ld_types(art) & ARTICLE_TYPES)), "article")
        evidence.append(f"JSON-LD {kind} with datePublished")
    if (page.meta.get("og:type") or "").lower() == "article" and _meta_published(page):
        evidence.append("og:type article with article:published_time")
    return evidence


def parse_published(page: Page) -> str | None:
    """JSON-LD datePublished > meta article:published_time (and kin) > <time datetime> >
    visible date text (dateparser). ISO 8601 with offset; naive means Europe/London."""
    return _pick(_date_candidates(page, modified=False))


def parse_modified(page: Page) -> str | None:
    """JSON-LD dateModified > meta article:modified_time > <time> marked updated."""
    return _pick(_date_candidates(page, modified=True))
