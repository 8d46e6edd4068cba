"""Scrapy extensions of the newswatch crawler: the crawl's ledger and its progress line.

CrawlRuns keeps `crawl_runs` and records every URL the crawl fetched (or would have)
and did not store as an article, through Scrapy's signals:

- spider_opened: runs left "running" by a process that is gone (killed, or the machine
  went down) become "interrupted" (ended = when we noticed, errors = the rows the killed
  run wrote; the feed and sitemap validators it wrote are not trusted); then a
  "running" row per source of the spider.
- item_scraped: a CrawlErrorItem becomes a `crawl_errors` row; a SkippedPageItem (a URL a
  crawl bound kept from being fetched) a `skipped_pages` row, and a SkippedPagesItem
  (those of one response) its rows, in one transaction; a source met for the first
  time (an archive import files pages under their host) gets its run.
- item_dropped: a page a pipeline dropped (crawler.items.SkipPage carries the reason and
  evidence) becomes a `skipped_pages` row; item_error: an item a pipeline raised on, a
  `crawl_errors` row of kind `pipeline`; spider_error: a page whose callback raised, one
  of kind `spider_exception`.
- spider_closed: validators of feeds and sitemaps some of whose entries were not
  fetched this run (the spider's `incomplete_lists`) are cleared; each run is finished
  with its counts and its status (run_status); a crawl that did not finish normally
  clears the validators its runs wrote; `listing` rows older than
  SKIPPED_LISTING_KEEP_DAYS are deleted; the crawl's status goes into the stats
  (`newswatch/status`, read by crawler.runner).

So a fetched URL ends up in `pages`, `crawl_errors` or `skipped_pages`, never nowhere.
Pages fetched per source come from crawler.middlewares.SourceStatsMiddleware and
articles per outcome from the store pipeline, through the crawl stats.

ProgressExtension: a periodic progress line on stderr.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import sys
from collections import Counter
from typing import Iterable

from itemadapter import ItemAdapter
from scrapy import signals
from twisted.internet import task

from crawler.discovery import normalise_url
from crawler.items import ArticleItem, CrawlErrorItem, SkippedPageItem, SkippedPagesItem
from crawler.middlewares import ok_key, outcome_key, pages_key
from newswatch.store import connect, utcnow, write_transaction
from newswatch.store import crawl as crawl_store
from newswatch.store import runs as runs_store

logger = logging.getLogger(__name__)

RUN_OUTCOMES = ("new", "updated", "unchanged")


def run_status(runs: Iterable[tuple[int, int, int]], finished: bool = True) -> str:
    """The one rule for a crawl's status, of one source's run or of a whole crawl (all
    its runs). Each run is (responses, successful responses, errors recorded).

    "failed": the crawl did not finish normally, or every run failed, a run failing
    when it got responses or errors but not one successful response; "ok": no run
    failed or recorded an error; else "partial". A run with nothing to fetch and no
    error is ok (a backfill may have nothing new), and so is a crawl with no run at all
    (an import with nothing new to store)."""
    runs = list(runs)
    failed = [ok == 0 and bool(pages or errors) for pages, ok, errors in runs]
    if not finished or (runs and all(failed)):
        return "failed"
    if not any(failed) and not any(errors for _, _, errors in runs):
        return "ok"
    return "partial"


def pid_alive(pid: int | None) -> bool:
    """Whether a process with this id exists on this machine."""
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def interrupt_stale_runs(db, now: str) -> int:
    """Mark the runs left "running" by a process that is gone "interrupted"; how many."""
    stale = [run for run in runs_store.running_runs(db) if not pid_alive(run["pid"])]
    for run in stale:
        with write_transaction(db):
            runs_store.interrupt_run(db, run, now)
    return len(stale)


def skip_row(source: str | None, url: str | None, reason: str, *, requested_url: str | None = None,
             **fields) -> dict:
    """A skipped_pages row: URLs normalised, no requested_url when it is the URL itself."""
    row = {"source": source, "url": normalise_url(url) if url else url, "reason": reason, **fields}
    if requested_url:
        requested_url = normalise_url(requested_url)
        if requested_url != row["url"]:
            row["requested_url"] = requested_url
    return row


def skipped_item_row(item: SkippedPageItem) -> dict:
    """The skipped_pages row of a SkippedPageItem."""
    adapter = ItemAdapter(item)
    return skip_row(adapter.get("source"), adapter.get("url"), adapter.get("reason"),
                    evidence=adapter.get("evidence"), discovered_via=adapter.get("discovered_via"))


class CrawlRuns:
    def __init__(self, crawler, db_path: str, listing_keep_days: float):
        self.crawler = crawler
        self.stats = crawler.stats
        self.db_path = db_path
        self.listing_keep_days = listing_keep_days
        self.db = None
        self.run_ids: dict[str, int] = {}
        self.started: dict[str, str] = {}  # per source: when its run started
        self.unrecorded: Counter = Counter()  # per source: rows the database refused
        self.recorded_exceptions = 0  # spider exceptions written to crawl_errors

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        ext = cls(crawler, settings.get("DATABASE"), settings.getfloat("SKIPPED_LISTING_KEEP_DAYS", 30))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(ext.item_error, signal=signals.item_error)
        crawler.signals.connect(ext.spider_error, signal=signals.spider_error)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    # --- opening -------------------------------------------------------------------------

    def spider_opened(self, spider):
        self.db = connect(self.db_path)
        now = utcnow()
        stale = interrupt_stale_runs(self.db, now)
        if stale:
            self.stats.set_value("newswatch/interrupted_runs", stale)
        for source in getattr(spider, "sources", ()):
            self.open_run(source.name, now)

    def open_run(self, name: str, now: str) -> None:
        with write_transaction(self.db):
            self.run_ids[name] = runs_store.open_run(self.db, name, now, os.getpid())
        self.started[name] = now
        self.stats.set_value("newswatch/run_ids", list(self.run_ids.values()))

    def run_id(self, source: str | None) -> int | None:
        """The run of `source` in this crawl, opened now if the source is new."""
        if source and source not in self.run_ids:
            self.open_run(source, utcnow())
        return self.run_ids.get(source)

    # --- what was not stored ----------------------------------------------------------

    def item_scraped(self, item, response, spider):
        adapter = ItemAdapter(item)
        if isinstance(item, CrawlErrorItem):
            self.record(self.store_error, adapter.get("source"), adapter.get("url"), adapter.get("kind"),
                        adapter.get("message"))
        elif isinstance(item, SkippedPageItem):
            self.record(self.store_skips, adapter.get("source"), [skipped_item_row(item)])
        elif isinstance(item, SkippedPagesItem):
            rows = [skipped_item_row(page) for page in adapter.get("pages") or ()]
            self.record(self.store_skips, adapter.get("source"), rows, count=len(rows))
        elif isinstance(item, ArticleItem):
            self.record(self.run_id, adapter.get("source"))

    def item_dropped(self, item, response, exception, spider):
        """A pipeline dropped an item (crawler.items.SkipPage carries the reason)."""
        adapter = ItemAdapter(item)
        redirects = adapter.get("redirect_urls") or []
        self.record(self.store_skips, adapter.get("source"), [skip_row(
            adapter.get("source"), adapter.get("fetched_url") or adapter.get("url"),
            getattr(exception, "reason", "dropped"),
            requested_url=redirects[0] if redirects else None,
            page_kind=getattr(exception, "page_kind", None) or adapter.get("page_kind"),
            evidence=getattr(exception, "evidence", None) or str(exception),
            discovered_via=adapter.get("discovered_via"),
        )])

    def item_error(self, item, response, spider, failure):
        """A pipeline raised on an item: the page is lost to this run, so it is an error."""
        adapter = ItemAdapter(item)
        self.record(self.store_error, adapter.get("source"), adapter.get("fetched_url") or adapter.get("url"),
                    "pipeline", f"{type(failure.value).__name__}: {failure.value}")

    def spider_error(self, failure, response, spider):
        """A callback raised on a page: the page's URL goes into crawl_errors."""
        request = getattr(response, "request", None)
        if request is None:
            return  # counted as spider_exception for every source when the run closes
        self.record(self.store_error, request.meta.get("source"), response.url, "spider_exception",
                    f"{type(failure.value).__name__}: {failure.value}")
        self.recorded_exceptions += 1

    def record(self, store, source: str | None, *args, count: int = 1) -> None:
        """store(source, *args) from a signal handler, where an exception would only be
        logged: if the database refuses, the run's error counts still say so (`count`
        rows unrecorded)."""
        if self.db is None:
            logger.error("could not record %r: the crawl's ledger is closed", (source, *args))
            return
        try:
            store(source, *args)
        except sqlite3.Error:
            logger.exception("could not record %r", (source, *args))
            if source in self.run_ids:
                self.unrecorded[source] += count

    def store_error(self, source: str | None, url: str | None, kind: str, message: str | None) -> None:
        run_id = self.run_id(source)
        with write_transaction(self.db):
            crawl_store.insert_error(self.db, {"run_id": run_id, "source": source, "url": url, "kind": kind,
                                               "message": message, "at": utcnow()})
        self.stats.inc_value("newswatch/errors")
        self.stats.inc_value(f"newswatch/error/{kind}")

    def store_skips(self, source: str | None, rows: list[dict]) -> None:
        """skipped_pages rows of one source, in one transaction."""
        run_id = self.run_id(source)
        at = utcnow()
        with write_transaction(self.db):
            crawl_store.insert_skips(self.db, [{**row, "run_id": run_id, "at": at} for row in rows])
        self.stats.inc_value("newswatch/skipped", len(rows))
        for reason, n in Counter(row["reason"] for row in rows).items():
            self.stats.inc_value(f"newswatch/skipped/{reason}", n)

    # --- closing -----------------------------------------------------------------------

    def spider_closed(self, spider, reason):
        if self.db is None:
            return
        try:
            incomplete = sorted(getattr(spider, "incomplete_lists", ()))
            if incomplete:
                with write_transaction(self.db):
                    crawl_store.forget_validators(self.db, incomplete)
            self.finish_runs(finished=reason == "finished")
            self.prune_listing_rows()
        finally:
            self.db.close()
            self.db = None

    def finish_runs(self, finished: bool) -> None:
        """Each run's counts and status; the crawl's status in the stats."""
        now = utcnow()
        exceptions = self.stats.get_value("spider_exceptions/count", 0)
        unattributed = exceptions - self.recorded_exceptions  # not tied to a page, so not to a source
        counted = []
        for name, run_id in self.run_ids.items():
            errors, skipped = runs_store.recorded_counts(self.db, run_id)
            errors["unrecorded"] += self.unrecorded[name]
            if unattributed > 0:
                errors["spider_exception"] += unattributed
            errors = +errors  # drop zero counts
            pages, ok_pages = self.stats.get_value(pages_key(name), 0), self.stats.get_value(ok_key(name), 0)
            counts = (pages, ok_pages, sum(errors.values()))
            counted.append(counts)
            outcomes = Counter({o: self.stats.get_value(outcome_key(name, o), 0) for o in RUN_OUTCOMES})
            with write_transaction(self.db):
                runs_store.finish_run(self.db, run_id, now=now, status=run_status([counts], finished), pages=pages,
                                      outcomes=outcomes, errors=errors, skipped=skipped)
                if not finished:  # entries of lists fetched in this run may never have been fetched
                    crawl_store.forget_validators_since(self.db, name, self.started[name])
        self.stats.set_value("newswatch/status", run_status(counted, finished and not exceptions))

    def prune_listing_rows(self) -> None:
        """Drop `listing` rows older than SKIPPED_LISTING_KEEP_DAYS (0: keep them all):
        tens per source per run, they say little once the run is old."""
        if self.listing_keep_days <= 0:
            return
        cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=self.listing_keep_days)
        with write_transaction(self.db):
            crawl_store.prune_skips(self.db, "listing", cutoff.replace(microsecond=0).isoformat())


class ProgressExtension:
    """Writes `newswatch: N pages, N new, N updated, N unchanged, N errors` to stderr
    every NEWSWATCH_PROGRESS_INTERVAL seconds while the crawl runs (0 turns it off)."""

    def __init__(self, crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.loop = None

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler, crawler.settings.getfloat("NEWSWATCH_PROGRESS_INTERVAL", 10))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def line(self) -> str:
        stats = self.crawler.stats
        return (
            f"newswatch: {stats.get_value('downloader/response_count', 0)} pages, "
            f"{stats.get_value('newswatch/articles_new', 0)} new, "
            f"{stats.get_value('newswatch/articles_updated', 0)} updated, "
            f"{stats.get_value('newswatch/articles_unchanged', 0)} unchanged, "
            f"{stats.get_value('newswatch/errors', 0)} errors, "
            f"{stats.get_value('newswatch/skipped', 0)} skipped"
        )

    def report(self) -> None:
        print(self.line(), file=sys.stderr, flush=True)

    def spider_opened(self, spider):
        if self.interval > 0:
            self.loop = task.LoopingCall(self.report)
            self.loop.start(self.interval, now=False)

    def spider_closed(self, spider, reason):
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        if self.interval > 0:
            self.report()
