"""First pipeline: only real articles with the required fields go on.

Non-articles (home, listing, tag, author pages...) are dropped with SkipPage: its
reason (`listing`, `not_article` or `missing_field`, see crawler.items.SKIP_REASONS)
and the extractor's reasons as evidence go into `skipped_pages` (written by the store
pipeline), and are counted in the crawl stats (`newswatch/dropped/<why>`). Required fields are the
URL, the title and the body; timestamps must be ISO 8601 with a UTC offset. A
timestamp that is not is cleared (the article is kept: losing an article is worse
than losing its date) and counted in `newswatch/invalid_timestamp`.
"""
from __future__ import annotations

from itemadapter import ItemAdapter

from crawler.dates import valid_timestamp
from crawler.items import ArticleItem, SkipPage

REQUIRED = ("url", "title", "body")


def drop_reason(adapter: ItemAdapter) -> str | None:
    """Why an extracted page is not stored as an article, or None when it is one."""
    if not adapter.get("is_article"):
        return f"not_article/{adapter.get('page_kind') or 'other'}"
    for name in REQUIRED:
        value = adapter.get(name)
        if not isinstance(value, str) or not value.strip():
            return f"missing/{name}"
    return None


def skip_reason(adapter: ItemAdapter, why: str) -> str:
    """The skipped_pages.reason of a page dropped for `why` (from drop_reason)."""
    if why.startswith("missing/"):
        return "missing_field"
    return "listing" if adapter.get("listing") else "not_article"


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
        why = drop_reason(adapter)
        if why:
            self.stats.inc_value(f"newswatch/dropped/{why}")
            evidence = "; ".join(str(r) for r in adapter.get("reasons") or [])
            if why.startswith("missing/"):
                evidence = f"no {why.partition('/')[2]}" + (f"; {evidence}" if evidence else "")
            raise SkipPage(f"{adapter.get('fetched_url')}: {why} ({evidence})",
                           reason=skip_reason(adapter, why), evidence=evidence,
                           page_kind=adapter.get("page_kind"))
        for name in ("published", "modified"):
            value = adapter.get(name)
            if value and not valid_timestamp(value):
                self.stats.inc_value("newswatch/invalid_timestamp")
                adapter[name] = None
        if not adapter.get("authors"):
            adapter["authors"] = []
        return item
