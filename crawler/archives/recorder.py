"""Downloader middleware: the live crawl writes a WARC as it goes (off by default).

    newswatch crawl ... -s WARC_OUTPUT=data/warc

Every response the crawl receives (pages, feeds, sitemaps, robots.txt, errors) is
appended to `WARC_OUTPUT/newswatch-<start time>-<pid>.warc.gz` as a WARC response
record, with the status and headers as received and the body as sent (still
compressed when the server compressed it): a record of what the sites served, which
`newswatch import` can read back. One gzip member per record, so a killed crawl leaves
a file whose complete records are all readable.
"""
from __future__ import annotations

import datetime as dt
import io
import os
from http import HTTPStatus
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


class WarcRecorderMiddleware:
    def __init__(self, directory: str):
        self.directory = Path(directory)
        self.fh = None
        self.writer = None
        self.path = None

    @classmethod
    def from_crawler(cls, crawler):
        directory = crawler.settings.get("WARC_OUTPUT")
        if not directory:
            raise NotConfigured  # no message: Scrapy would log one as a warning on every crawl
        mw = cls(directory)
        crawler.signals.connect(mw.opened, signal=signals.spider_opened)
        crawler.signals.connect(mw.closed, signal=signals.spider_closed)
        return mw

    def opened(self, spider):
        self.directory.mkdir(parents=True, exist_ok=True)
        started = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%d%H%M%S")
        self.path = self.directory / f"newswatch-{started}-{os.getpid()}.warc.gz"
        self.fh = self.path.open("ab")
        self.writer = WARCWriter(self.fh, gzip=True)
        self.writer.write_record(self.writer.create_warcinfo_record(
            self.path.name, {"software": "newswatch", "format": "WARC File Format 1.1"}))

    def closed(self, spider, reason):
        if self.fh is not None:
            self.fh.close()
            self.fh = None

    def process_response(self, request, response):
        if self.writer is None or request.meta.get("archive_record") is not None:
            return response
        # Twisted has already undone chunking: the header would no longer be true.
        headers = [(k.decode("latin-1"), v.decode("latin-1"))
                   for k, values in response.headers.items() for v in values
                   if k.lower() != b"transfer-encoding"]
        http = StatusAndHeaders(f"{response.status} {reason(response.status)}", headers, protocol="HTTP/1.1")
        record = self.writer.create_warc_record(response.url, "response", payload=io.BytesIO(response.body),
                                                http_headers=http)
        self.writer.write_record(record)
        self.fh.flush()
        return response
