"""After the store: records where each stored article page came from (`provenance`).

- a live crawl: one row per URL ("live URL"), its captured_at the latest fetch;
- an archive file (`newswatch import`): one row per WARC record;
- an archive capture (`newswatch backfill`): one row per capture, with a link to it.

The item's `provenance` field (set by the archive spiders) says which; items without it
come from the live crawl. An article stored from several places has several rows. The
row is written after the store's transaction: a crash between the two leaves the
article without this row until the page is seen again (the rerun of an import or a
backfill writes it; the upsert makes that idempotent).
"""
from __future__ import annotations

from itemadapter import ItemAdapter

from crawler.discovery import normalise_url
from crawler.items import ArticleItem
from newswatch.store import connect, utcnow, write_transaction
from newswatch.store import crawl as crawl_store
from newswatch.store import pages as pages_store


def provenance_key(origin: str, url: str, archive: str | None = None, captured_at: str | None = None,
                   record_id: str | None = None) -> str:
    if origin == "live":
        return f"live {url}"
    if origin == "archive_file":
        return f"file {archive} {record_id}"
    return f"capture {archive} {captured_at} {url}"


class ProvenancePipeline:
    def __init__(self, db_path: str):
        self.db_path = db_path
        self.db = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("DATABASE"))

    def open_spider(self):
        self.db = connect(self.db_path)

    def close_spider(self):
        if self.db is not None:
            self.db.close()
            self.db = None

    def process_item(self, item):
        if not isinstance(item, ArticleItem) or not item.get("is_article"):
            return item
        adapter = ItemAdapter(item)
        url = normalise_url(adapter["fetched_url"])
        article_id = pages_store.page_article_id(self.db, url)
        if article_id is None:
            return item  # not stored (the store decided so)
        given = adapter.get("provenance") or {}
        origin = given.get("origin", "live")
        row = {
            "article_id": article_id,
            "url": given.get("url") or url,
            "origin": origin,
            "archive": given.get("archive"),
            "captured_at": given.get("captured_at") or adapter.get("fetched_at"),
            "record_id": given.get("record_id"),
            "capture_url": given.get("capture_url"),
        }
        row["key"] = provenance_key(origin, row["url"], row["archive"], row["captured_at"], row["record_id"])
        with write_transaction(self.db):
            crawl_store.save_provenance(self.db, row, utcnow())
        return item
