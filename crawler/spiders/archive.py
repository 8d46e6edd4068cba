"""Spiders that feed web-archive pages through the crawl's own path: the `news`
spider's parse_page (extraction), then the same item pipelines (validate, dedupe,
store, provenance). Only where the responses come from differs.

- `archive_import`: the records of WARC/WARC.gz/ARC/WACZ files. Reading and
  decompressing happen in a worker thread, a batch at a time (bounded memory); each
  HTML page becomes a request that crawler.archives.middleware answers from the record.
  Other records are counted by reason (stats `newswatch/archive/skipped/<reason>`);
  damaged ones also go to crawl_errors (kind `damaged_record`).
- `backfill`: captures listed by a CDX server (crawler/archives/cdx.py), fetched raw
  from the archive with Scrapy's downloader, so politeness, retries (429/Retry-After)
  and errors work as in a crawl. Captures already dealt with (table
  backfill_captures) are not fetched again.

What is already in the database (records imported, captures dealt with) is read by
crawler/archives/run.py and passed in: the spiders never open the database.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import itertools
from collections import Counter

import scrapy

from crawler import discovery
from crawler.archives import cdx
from crawler.archives.records import read_archive
from crawler.items import CrawlErrorItem
from crawler.sources import Source, load_sources
from crawler.spiders.inputs import CrawlInputs
from crawler.spiders.news import NewsSpider

NO_FOLLOW = 10 ** 6  # nw_depth: never follow links out of an archived page
BATCH = 64  # records read per trip to the worker thread


class HostSources(dict):
    """Source name -> Source, making a source named after its host for pages of hosts
    that no sources file lists (an import without --sources)."""

    def __missing__(self, name: str) -> Source:
        source = Source(name=name, url=f"https://{name}/")
        self[name] = source
        return source


class ArchiveSpiderMixin:
    """What both archive spiders share: sources by host, no link following."""

    def setup_sources(self, sources_path: str | None, source: str | None = None) -> None:
        self.sources = load_sources(sources_path, only=source) if sources_path else []
        self.by_name = HostSources({s.name: s for s in self.sources})
        self.source_of_host = {}
        for s in self.sources:
            for host in self._hosts_of(s):
                self.source_of_host.setdefault(host, s.name)
        # The news spider's crawl state, unused here (nothing is discovered or skipped).
        self.requested, self.incomplete_lists, self.budget_cut = set(), set(), set()
        self.inputs = CrawlInputs()
        self.requests_per_source = Counter()

    def source_for(self, url: str | None) -> str | None:
        """The source a page belongs to: the listed source of its host; without a
        sources file, the host itself."""
        if not url:
            return None
        host = discovery.host_key(url)
        if self.sources:
            return self.source_of_host.get(host)
        return host or None

    def wanted(self, url: str) -> bool:
        return self.source_for(url) is not None


class ArchiveImportSpider(ArchiveSpiderMixin, NewsSpider):
    name = "archive_import"

    def __init__(self, archives: list[str], sources: str | None = None, imported: set[str] | None = None,
                 *args, **kwargs):
        scrapy.Spider.__init__(self, *args, **kwargs)
        self.archives = list(archives)
        self.setup_sources(sources)
        # "ARCHIVE RECORD-ID" of records already imported: skipped at once.
        self.imported: set[str] = set(imported or ())

    async def start(self):
        stats = self.crawler.stats
        for path in self.archives:
            records = read_archive(path, keep=self.wanted)
            while True:
                batch = await asyncio.to_thread(lambda: list(itertools.islice(records, BATCH)))
                if not batch:
                    break
                for record in batch:
                    stats.inc_value("newswatch/archive/records")
                    if record.skip is None and f"{record.archive} {record.record_id}" in self.imported:
                        record.skip, record.body = "already_imported", None
                    if record.skip:
                        stats.inc_value(f"newswatch/archive/skipped/{record.skip}")
                        if record.skip == "damaged":
                            yield self.damaged_item(record)
                        continue
                    request = self.record_request(record)
                    if request is None:
                        stats.inc_value("newswatch/archive/skipped/bad_url")
                        continue
                    stats.inc_value("newswatch/archive/kept")
                    yield request

    def damaged_item(self, record) -> CrawlErrorItem:
        where = f"{record.archive} at byte {record.offset}"
        return CrawlErrorItem(source=self.source_for(record.url) or "archive import",
                              url=record.url or where, kind="damaged_record",
                              message=f"{where}: {record.error}")

    def record_request(self, record) -> scrapy.Request | None:
        try:
            return scrapy.Request(
                record.url, callback=self.parse_page, errback=self.on_error, dont_filter=True,
                meta={"source": self.source_for(record.url), "via": "archive", "nw_depth": NO_FOLLOW,
                      "archive_record": record, "dont_obey_robotstxt": True},
            )
        except ValueError:  # a target URI Scrapy cannot request
            return None

    def article_item(self, response, source, data, encoding, content_type):
        item = super().article_item(response, source, data, encoding, content_type)
        record = response.meta["archive_record"]
        item["fetched_at"] = record.date or item["fetched_at"]
        item["provenance"] = {
            "origin": "archive_file", "archive": record.archive, "captured_at": record.date,
            "record_id": record.record_id or f"offset {record.offset}", "url": record.url,
        }
        return item


class BackfillSpider(ArchiveSpiderMixin, NewsSpider):
    name = "backfill"

    def __init__(self, sources: str, archive: str, date_from: dt.date, date_to: dt.date | None = None,
                 source: str | None = None, done: set[str] | None = None, *args, **kwargs):
        scrapy.Spider.__init__(self, *args, **kwargs)
        self.sources_path = sources
        self.setup_sources(sources, source)
        self.archive = cdx.archive_name(archive)
        self.date_from, self.date_to = date_from, date_to
        # URLs whose capture in this archive was already dealt with: not fetched again.
        self.done: set[str] = set(done or ())

    async def start(self):
        stats = self.crawler.stats
        for source in self.sources:
            hosts = sorted({discovery.host_key(source.url)})
            keep = lambda url, s=source: self.source_for(url) == s.name and s.url_allowed(url)  # noqa: E731
            try:
                captures = await asyncio.to_thread(self.captures_of, hosts, keep)
            except Exception as exc:  # the CDX server failed: recorded, the next source goes on
                self.logger.error("CDX query for %s failed: %s", source.name, exc)
                yield CrawlErrorItem(source=source.name, url=source.url, kind="cdx",
                                     message=f"{self.archive}: {type(exc).__name__}: {exc}")
                continue
            stats.inc_value("newswatch/backfill/captures", len(captures))
            for capture in captures:
                if capture["url"] in self.done:
                    stats.inc_value("newswatch/backfill/already_done")
                    continue
                yield self.capture_request(source, capture)

    def captures_of(self, hosts: list[str], keep) -> list[dict]:
        found = cdx.list_captures(self.archive, hosts, self.date_from, self.date_to)
        picked = cdx.pick_captures(found, self.archive, keep=keep)
        for capture in picked:
            capture["url"] = discovery.normalise_url(capture["url"])
        return picked

    def capture_request(self, source: Source, capture: dict) -> scrapy.Request:
        headers = {"Range": capture["warc_range"]} if capture.get("warc_range") else None
        return scrapy.Request(
            capture["fetch_url"], callback=self.parse_page, errback=self.on_error, dont_filter=True,
            headers=headers,
            meta={"source": source.name, "via": "archive", "nw_depth": NO_FOLLOW, "capture": capture,
                  "archive": self.archive},
        )

    def article_item(self, response, source, data, encoding, content_type):
        item = super().article_item(response, source, data, encoding, content_type)
        capture = response.meta["capture"]
        item["fetched_at"] = capture["captured_at"]
        item["provenance"] = {
            "origin": "archive_capture", "archive": self.archive, "captured_at": capture["captured_at"],
            "record_id": capture.get("record_id"), "capture_url": capture["capture_url"],
            "url": capture["url"],
        }
        return item
