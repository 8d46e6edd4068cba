"""Run the archive spiders (crawler/spiders/archive.py) with their own defaults.

    summary = import_archives(["cc-news.warc.gz"], "data/news.db", sources="sources.toml")
    summary = backfill("sources.toml", "data/news.db", archive="ia", date_from=date(2015, 1, 1))

Each returns crawler.runner's summary (per source: pages, new, updated, unchanged,
errors) plus "records": what the import or backfill counted (kept, skipped by reason).
As with `crawl`, one run per process (Twisted's reactor cannot restart).
"""
from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from scrapy import signals
from tqdm import tqdm
from twisted.internet import task

from crawler.archives import cdx
from crawler.items import ArticleItem
from crawler.runner import project_settings, run_spider
from crawler.spiders.archive import ArchiveImportSpider, BackfillSpider
from newswatch.store import connect, utcnow, write_transaction
from newswatch.store import crawl as crawl_store

ARCHIVE_MIDDLEWARE = {"crawler.archives.middleware.ArchiveMiddleware": 960}

# Reading files: no network, so no politeness delays; a progress bar instead of the line.
IMPORT_SETTINGS = {
    "ROBOTSTXT_OBEY": False,
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "RETRY_ENABLED": False,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "DOWNLOADER_MIDDLEWARES": {"crawler.middlewares.ContactUserAgentMiddleware": None, **ARCHIVE_MIDDLEWARE},
    "EXTENSIONS": {"crawler.extensions.ProgressExtension": None,
                   "crawler.archives.run.ArchiveProgress": 500},
}

# Fetching from a public archive: slow and steady. The Wayback Machine answers bursts
# with 429 (Too Many Requests); one request at a time, 4 s apart (15 a minute), adapted
# by AutoThrottle, a 429/503 retried after its Retry-After (crawler.middlewares).
BACKFILL_SETTINGS = {
    "CONCURRENT_REQUESTS": 2,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    "DOWNLOAD_DELAY": 4.0,
    "AUTOTHROTTLE_ENABLED": True,
    "AUTOTHROTTLE_START_DELAY": 4.0,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": 0.5,
    "RETRY_TIMES": 4,
    "DOWNLOADER_MIDDLEWARES": ARCHIVE_MIDDLEWARE,
    "EXTENSIONS": {"crawler.archives.run.BackfillLedger": 510},
}


def records_summary(stats: dict, prefix: str) -> dict:
    return {key[len(prefix):]: value for key, value in sorted(stats.items()) if key.startswith(prefix)}


def read_inputs(db_path: str | Path, read):
    """read(db) on the database at `db_path`: what an archive spider is passed."""
    db = connect(db_path)
    try:
        return read(db)
    finally:
        db.close()


def import_archives(archives: list[str | Path], db_path: str | Path, *, sources: str | None = None,
                    settings_overrides: dict | None = None, progress: bool = True) -> dict:
    settings = project_settings(db_path, settings_overrides, progress, defaults=IMPORT_SETTINGS)
    settings.set("NEWSWATCH_ARCHIVE_PROGRESS", progress, priority="cmdline")
    summary, stats = run_spider(ArchiveImportSpider, settings, archives=[str(a) for a in archives],
                                sources=str(sources) if sources else None,
                                imported=read_inputs(db_path, crawl_store.imported_records))
    summary["records"] = {**records_summary(stats, "newswatch/archive/"),
                          **records_summary(stats, "newswatch/dropped/")}
    return summary


def backfill(sources: str, db_path: str | Path, *, archive: str, date_from: dt.date,
             date_to: dt.date | None = None, source: str | None = None,
             settings_overrides: dict | None = None, progress: bool = True) -> dict:
    settings = project_settings(db_path, settings_overrides, progress, defaults=BACKFILL_SETTINGS)
    done = read_inputs(db_path, lambda db: crawl_store.backfilled_urls(db, cdx.archive_name(archive)))
    summary, stats = run_spider(BackfillSpider, settings, sources=str(sources), archive=archive,
                                date_from=date_from, date_to=date_to, source=source, done=done)
    summary["records"] = records_summary(stats, "newswatch/backfill/")
    return summary


class ArchiveProgress:
    """A progress bar on stderr (when it is a terminal): records read per second, pages
    kept and records skipped."""

    def __init__(self, crawler, enabled: bool):
        self.crawler = crawler
        self.enabled = enabled
        self.bar = None
        self.loop = None
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler, crawler.settings.getbool("NEWSWATCH_ARCHIVE_PROGRESS", True))
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self, spider):
        if not self.enabled:
            return
        self.bar = tqdm(unit=" records", file=sys.stderr, dynamic_ncols=True, disable=None)
        self.loop = task.LoopingCall(self.update)
        self.loop.start(0.5, now=False)

    def update(self):
        stats = self.crawler.stats
        records = stats.get_value("newswatch/archive/records", 0)
        skipped = sum(v for k, v in stats.get_stats().items() if k.startswith("newswatch/archive/skipped/"))
        self.bar.update(records - self.bar.n)
        self.bar.set_postfix(kept=stats.get_value("newswatch/archive/kept", 0), skipped=skipped,
                             new=stats.get_value("newswatch/articles_new", 0), refresh=False)

    def closed(self, spider, reason):
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        if self.bar is not None:
            self.update()
            self.bar.close()


class BackfillLedger:
    """Writes each capture the backfill has dealt with (stored as an article, or
    extracted and found not to be one) into backfill_captures, after the pipelines are
    done with it, so a rerun or a resumed backfill does not fetch it again."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.db = None

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.stored, signal=signals.item_scraped)
        crawler.signals.connect(ext.dropped, signal=signals.item_dropped)
        return ext

    def opened(self, spider):
        self.db = connect(self.crawler.settings.get("DATABASE"))

    def closed(self, spider, reason):
        if self.db is not None:
            self.db.close()
            self.db = None

    def stored(self, item, response, spider):
        self.record(item, response, "stored")

    def dropped(self, item, response, exception, spider):
        self.record(item, response, "not_article")

    def record(self, item, response, outcome: str) -> None:
        capture = getattr(response, "meta", {}).get("capture") if response is not None else None
        if not isinstance(item, ArticleItem) or capture is None:
            return
        with write_transaction(self.db):
            crawl_store.save_backfill_capture(self.db, {
                "archive": response.meta["archive"], "url": capture["url"], "timestamp": capture["timestamp"],
                "source": item.get("source"), "outcome": outcome, "at": utcnow()})
        self.crawler.stats.inc_value(f"newswatch/backfill/{outcome}")
