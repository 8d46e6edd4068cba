"""Last pipeline but one: writes what the crawl fetched into SQLite, through
newswatch/store (pages.py for articles, crawl.py for fetch state).

- One `articles` row per story, keyed by its canonical URL. A story seen at several
  URLs (redirects, a syndicated copy whose rel=canonical names the original, a page
  with the very same body) stays one row; every URL goes into `article_urls` with its
  kind (canonical, fetched, redirect, syndicated, duplicate).
- Upserts are idempotent: seeing an article again updates `last_seen`; a changed body,
  title or date updates the row (counted as updated) and clears `nlp_version` so the
  enrich step analyses it again.
- The raw HTML of every article page goes gzip-compressed into `pages`.
- `fetch_state`: ETag / Last-Modified of feeds and sitemaps for conditional GETs (only
  from a 200; a 304 keeps the stored ones).

Articles per outcome are counted in the crawl stats, per source too
(crawler.middlewares.outcome_key), for the run bookkeeping of crawler/extensions.py,
which also records errors and skipped pages. Each item is written in its own
transaction, so a crash loses at most the item in flight.
"""
from __future__ import annotations

from urllib.parse import urlparse

from itemadapter import ItemAdapter

from crawler.discovery import host_key, normalise_url
from crawler.items import ArticleItem, FetchStateItem
from crawler.middlewares import outcome_key
from newswatch.store import connect, utcnow, write_transaction
from newswatch.store import crawl as crawl_store
from newswatch.store import pages as pages_store
from pipelines.dedupe import MIN_WORDS_FOR_HASH_MATCH

# Columns compared to decide whether a stored article changed.
CONTENT_FIELDS = ("title", "author", "published", "modified", "section", "summary", "body",
                  "language", "word_count", "content_hash")


def article_fields(adapter: ItemAdapter) -> dict:
    authors = adapter.get("authors") or []
    return {
        "source": adapter["source"],
        "title": adapter.get("title"),
        "author": "; ".join(a for a in authors if a) or None,
        "published": adapter.get("published"),
        "modified": adapter.get("modified"),
        "section": adapter.get("section"),
        "summary": adapter.get("summary"),
        "body": adapter.get("body"),
        "language": adapter.get("language"),
        "word_count": adapter.get("word_count") or len((adapter.get("body") or "").split()),
        "content_hash": adapter.get("content_hash"),
    }


def same_page(a: str, b: str) -> bool:
    """Same page up to www., scheme and a trailing slash."""
    pa, pb = urlparse(a), urlparse(b)
    return (host_key(a) == host_key(b) and pa.path.rstrip("/") == pb.path.rstrip("/")
            and pa.query == pb.query)


def url_kind(fetched: str, row_url: str, how: str) -> str:
    """The article_urls.kind of the fetched URL of a page filed under `row_url`."""
    if how == "hash":
        return "duplicate"
    return "fetched" if same_page(fetched, row_url) else "syndicated"


class StorePipeline:
    def __init__(self, stats, db_path: str):
        self.stats = stats
        self.db_path = db_path
        self.db = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats, crawler.settings.get("DATABASE"))

    def open_spider(self):
        self.db = connect(self.db_path)

    def close_spider(self):
        if self.db is not None:
            self.db.close()
            self.db = None

    def process_item(self, item):
        if isinstance(item, ArticleItem):
            self.store_article(ItemAdapter(item))
        elif isinstance(item, FetchStateItem):
            self.store_fetch_state(ItemAdapter(item))
        return item

    def store_fetch_state(self, adapter: ItemAdapter) -> None:
        row = {
            "url": adapter["url"],
            "kind": adapter.get("kind"),
            "source": adapter.get("source"),
            "last_status": adapter.get("status"),
            "last_fetched": utcnow(),
        }
        if adapter.get("status") == 200:
            row["etag"] = adapter.get("etag")
            row["last_modified"] = adapter.get("last_modified")
        with write_transaction(self.db):
            crawl_store.save_fetch_state(self.db, row)

    def find_article(self, adapter: ItemAdapter, fetched: str, redirects: list[str]) -> tuple[int | None, str]:
        """(article id, how it was found): by canonical URL, by a fetched or redirect
        URL, by an earlier item with the same body in this run, or by content hash."""
        for url in dict.fromkeys((adapter["url"], fetched, *redirects)):  # each URL once
            found = pages_store.article_id_for_url(self.db, url)
            if found:
                return found, "url"
        if adapter.get("duplicate_of"):
            found = pages_store.article_id_for_url(self.db, adapter["duplicate_of"])
            if found:
                return found, "hash"
        if len((adapter.get("body") or "").split()) >= MIN_WORDS_FOR_HASH_MATCH:
            found = pages_store.article_id_for_hash(self.db, adapter["content_hash"])
            if found:
                return found, "hash"
        return None, "new"

    def older_than_stored(self, url: str, fetched_at: str | None) -> bool:
        """Whether the page at `url` is stored from a later fetch than `fetched_at`."""
        stored = pages_store.page_fetched_at(self.db, url)
        return bool(stored and fetched_at and fetched_at < stored)

    def save_article(self, adapter: ItemAdapter, fetched: str, redirects: list[str], now: str,
                     stale: bool) -> tuple[int, str, str, str]:
        """Insert or update the story's row: (article id, its URL, how it was found, outcome)."""
        fields = article_fields(adapter)
        article_id, how = self.find_article(adapter, fetched, redirects)
        row = pages_store.get_article(self.db, article_id) if article_id else None
        if row is None:
            row_url = adapter["url"]
            article_id = pages_store.insert_article(self.db, {"url": row_url, **fields, "first_seen": now,
                                                              "last_seen": now})
            return article_id, row_url, how, "new"
        primary = how == "url" and same_page(fetched, row["url"])
        if primary and not stale and any(row.get(k) != fields[k] for k in CONTENT_FIELDS):
            pages_store.update_article(self.db, article_id, {**fields, "last_seen": now, "nlp_version": None})
            return article_id, row["url"], how, "updated"
        pages_store.update_article(self.db, article_id, {"last_seen": now})
        return article_id, row["url"], how, "unchanged"

    def store_article(self, adapter: ItemAdapter) -> None:
        source = adapter["source"]
        now = utcnow()
        canonical = adapter["url"]
        fetched = normalise_url(adapter["fetched_url"])
        redirects = [normalise_url(u) for u in adapter.get("redirect_urls") or []]
        redirects = [u for u in dict.fromkeys(redirects) if u != fetched]
        with write_transaction(self.db):
            # An archived capture older than the copy stored of this URL changes nothing.
            stale = self.older_than_stored(fetched, adapter.get("fetched_at"))
            article_id, row_url, how, outcome = self.save_article(adapter, fetched, redirects, now, stale)
            # Every URL at which the story was seen.
            pages_store.add_article_url(self.db, row_url, article_id, "canonical", source, now)
            if canonical != row_url:
                kind = "duplicate" if how == "hash" else "fetched"
                pages_store.add_article_url(self.db, canonical, article_id, kind, source, now)
            if fetched != row_url:
                pages_store.add_article_url(self.db, fetched, article_id, url_kind(fetched, row_url, how), source, now)
            for url in redirects:
                pages_store.add_article_url(self.db, url, article_id, "redirect", source, now)
            if not stale:
                pages_store.save_page(self.db, {
                    "url": fetched,
                    "article_id": article_id,
                    "source": source,
                    "fetched_at": adapter.get("fetched_at") or now,
                    "status": adapter.get("status"),
                    "content_type": adapter.get("content_type"),
                    "encoding": adapter.get("encoding"),
                }, adapter.get("html") or b"")
        self.stats.inc_value(f"newswatch/articles_{outcome}")
        self.stats.inc_value(outcome_key(source, outcome))
