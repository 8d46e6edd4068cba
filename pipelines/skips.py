"""Recording what a crawl fetched and did not store (a part of the store pipeline).

- A page a pipeline dropped (crawler.items.SkipPage, or any DropItem) becomes a
  `skipped_pages` row with its reason and evidence (the item_dropped signal).
- A URL a crawl bound kept from being fetched arrives as a SkippedPageItem and becomes
  a `skipped_pages` row with reason `budget`.
- An item a pipeline raised on becomes a `crawl_errors` row of kind `pipeline` (the
  item_error signal); a page whose spider callback raised, one of kind
  `spider_exception` (the spider_error signal).

So a fetched URL ends up in `pages`, `crawl_errors` or `skipped_pages`, never nowhere.
The counts per reason go into `crawl_runs.skipped` / `skipped_counts` when the run closes.
`listing` rows (the home page, sections... fetched every run) are kept for
SKIPPED_LISTING_KEEP_DAYS; their counts stay in crawl_runs.
"""
from __future__ import annotations

import datetime as dt
import logging
import sqlite3

from itemadapter import ItemAdapter

from crawler.discovery import normalise_url
from crawler.items import CrawlErrorItem
from newswatch.store import utcnow, write_transaction

logger = logging.getLogger(__name__)


class SkipRecording:
    """Mixed into StorePipeline: uses its db, run_ids, skip_counts, error_counts, stats,
    listing_keep_days and store_error."""

    def item_dropped(self, item, response, exception, spider):
        """A pipeline dropped an item (crawler.items.SkipPage carries the reason)."""
        adapter = ItemAdapter(item)
        redirects = adapter.get("redirect_urls") or []
        self.record(self.store_skip, adapter.get("source"), {
            "source": adapter.get("source"),
            "url": adapter.get("fetched_url") or adapter.get("url"),
            "requested_url": redirects[0] if redirects else None,
            "reason": getattr(exception, "reason", "dropped"),
            "page_kind": getattr(exception, "page_kind", None) or adapter.get("page_kind"),
            "evidence": getattr(exception, "evidence", None) or str(exception),
            "discovered_via": adapter.get("discovered_via"),
        })

    def item_error(self, item, response, spider, failure):
        """A pipeline raised on an item: the page is lost to this run, so it is an error."""
        adapter = ItemAdapter(item)
        source = adapter.get("source")
        error = CrawlErrorItem(source=source, url=adapter.get("fetched_url") or adapter.get("url"),
                               kind="pipeline", message=f"{type(failure.value).__name__}: {failure.value}")
        self.record(self.store_error, source, ItemAdapter(error))

    def spider_error(self, failure, response, spider):
        """A callback raised on a page: the page's URL goes into crawl_errors."""
        request = getattr(response, "request", None)
        if request is None:
            return  # counted as spider_exception for every source when the run closes
        source = request.meta.get("source")
        error = CrawlErrorItem(source=source, url=response.url, kind="spider_exception",
                               message=f"{type(failure.value).__name__}: {failure.value}")
        self.record(self.store_error, source, ItemAdapter(error))
        self.recorded_exceptions += 1

    def record(self, store, source: str | None, what) -> None:
        """store(what) from a signal handler, where an exception would only be logged:
        if the database refuses, the run's error counts still say so."""
        if self.db is None:
            logger.error("could not record %r: the store is closed", what)
            return
        try:
            store(what)
        except sqlite3.Error:
            logger.exception("could not record %r", what)
            if source in self.error_counts:
                self.error_counts[source]["unrecorded"] += 1

    def store_skip(self, row: dict) -> None:
        source = row.get("source")
        if source and source not in self.run_ids:  # an archive import files pages under their host
            self.open_run(source, utcnow())
        url = row.get("url")
        row = dict(row, url=normalise_url(url) if url else url, run_id=self.run_ids.get(source), at=utcnow())
        if row.get("requested_url"):
            row["requested_url"] = normalise_url(row["requested_url"])
            if row["requested_url"] == row["url"]:
                row["requested_url"] = None
        with write_transaction(self.db):
            self.db["skipped_pages"].insert(row)
        if source in self.skip_counts:
            self.skip_counts[source][row["reason"]] += 1
        self.stats.inc_value("newswatch/skipped")
        self.stats.inc_value(f"newswatch/skipped/{row['reason']}")

    def prune_listing_rows(self) -> None:
        """Drop `listing` rows older than SKIPPED_LISTING_KEEP_DAYS (0: keep them all):
        tens per source per run, they say little once the run is old."""
        if self.listing_keep_days <= 0:
            return
        cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=self.listing_keep_days)
        with write_transaction(self.db):
            self.db.execute("delete from skipped_pages where reason = 'listing' and at < ?",
                            [cutoff.replace(microsecond=0).isoformat()])
