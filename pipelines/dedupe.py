"""Second pipeline: works out which story an article page is.

- `url` becomes the canonical URL: the page's rel=canonical when it points to a real
  page (not the site root), else the fetched URL; normalised (no fragment, no utm_*).
- `content_hash` is the sha256 of the normalised body (case and whitespace folded).
- Within one run, a second page with the same body as an earlier one under another
  canonical URL gets `duplicate_of` = that URL, so the store files both URLs under one
  article. Across runs the store looks the hash up in the database.
"""
from __future__ import annotations

import hashlib
import re
from urllib.parse import urlparse

from itemadapter import ItemAdapter

from crawler.discovery import normalise_url
from crawler.items import ArticleItem

# Bodies shorter than this are too generic to merge articles on ("Subscribe to read").
MIN_WORDS_FOR_HASH_MATCH = 40


def content_hash(body: str) -> str:
    text = re.sub(r"\s+", " ", body or "").strip().lower()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def canonical_url(fetched_url: str, declared: str | None) -> str:
    """The URL an article is filed under: the declared canonical URL when it is a
    well-formed http(s) URL of a real page, else the fetched URL."""
    if declared:
        try:
            parsed = urlparse(declared)
            if parsed.scheme in ("http", "https") and parsed.hostname and parsed.path not in ("", "/"):
                return normalise_url(declared)
        except ValueError:  # a malformed declared URL ("http://[::1") costs the canonical only
            pass
    return normalise_url(fetched_url)


class DedupePipeline:
    def __init__(self, stats=None):
        self.stats = stats
        self.by_hash: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        if not isinstance(item, ArticleItem):
            return item
        adapter = ItemAdapter(item)
        adapter["url"] = canonical_url(adapter["fetched_url"], adapter.get("canonical_url"))
        digest = content_hash(adapter.get("body") or "")
        adapter["content_hash"] = digest
        words = len((adapter.get("body") or "").split())
        if words >= MIN_WORDS_FOR_HASH_MATCH:
            first = self.by_hash.setdefault(digest, adapter["url"])
            if first != adapter["url"]:
                adapter["duplicate_of"] = first
                if self.stats:
                    self.stats.inc_value("newswatch/duplicates")
        return item
