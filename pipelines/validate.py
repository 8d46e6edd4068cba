"""First pipeline: only real articles with the required fields go on.

Non-articles (home, listing, tag, author pages...) are dropped with their reason
counted in the crawl stats (`newswatch/dropped/<reason>`). Required fields are the
URL, the title and the body; timestamps must be ISO 8601 with a UTC offset. A
timestamp that is not is cleared (the article is kept: losing an article is worse
than losing its date) and counted in `newswatch/invalid_timestamp`.
"""
from __future__ import annotations

import datetime as dt

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from crawler.items import ArticleItem

REQUIRED = ("url", "title", "body")


def valid_timestamp(value) -> bool:
    """True for ISO 8601 strings that carry a UTC offset."""
    if not isinstance(value, str) or not value:
        return False
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return parsed.tzinfo is not None


def drop_reason(adapter: ItemAdapter) -> str | None:
    """Why an extracted page is not stored as an article, or None when it is one."""
    if not adapter.get("is_article"):
        return f"not_article/{adapter.get('page_kind') or 'other'}"
    for name in REQUIRED:
        value = adapter.get(name)
        if not isinstance(value, str) or not value.strip():
            return f"missing/{name}"
    return None


class ValidatePipeline:
    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        if not isinstance(item, ArticleItem):
            return item
        adapter = ItemAdapter(item)
        reason = drop_reason(adapter)
        if reason:
            self.stats.inc_value(f"newswatch/dropped/{reason}")
            raise DropItem(f"{adapter.get('fetched_url')}: {reason} ({'; '.join(adapter.get('reasons') or [])})")
        for name in ("published", "modified"):
            value = adapter.get(name)
            if value and not valid_timestamp(value):
                self.stats.inc_value("newswatch/invalid_timestamp")
                adapter[name] = None
        if not adapter.get("authors"):
            adapter["authors"] = []
        return item
