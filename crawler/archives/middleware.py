"""Downloader middleware of the archive spiders (crawler/spiders/archive.py).

- A request carrying `archive_record` (a record read from a WARC/WACZ file) is answered
  from it: no network, the record's status, Content-Type and payload.
- A response to a request carrying `capture` (a capture fetched from a web archive's
  replay server with the `id_` flag, i.e. the raw page) takes the page's original URL,
  so extraction, dedupe and the store see the page, not the archive's address. A
  Common Crawl capture is a WARC record fetched by byte range: its HTTP response is
  unpacked from the record.
"""
from __future__ import annotations

import io

from scrapy.http import HtmlResponse, Response
from warcio.archiveiterator import ArchiveIterator


def record_response(record, request) -> Response:
    headers = {"Content-Type": record.content_type} if record.content_type else {}
    return HtmlResponse(url=record.url, status=record.status, headers=headers, body=record.body,
                        request=request)


def unpack_warc_response(body: bytes, request) -> Response | None:
    """The HTTP response inside the single WARC record `body` (gzip or not), or None."""
    for warc in ArchiveIterator(io.BytesIO(body)):
        if warc.rec_type != "response" or warc.http_headers is None:
            return None
        content_type = warc.http_headers.get_header("Content-Type")
        headers = {"Content-Type": content_type} if content_type else {}
        return HtmlResponse(url=warc.rec_headers.get_header("WARC-Target-URI"),
                            status=int(warc.http_headers.get_statuscode()), headers=headers,
                            body=warc.content_stream().read(), request=request)
    return None


class ArchiveMiddleware:
    def process_request(self, request):
        record = request.meta.get("archive_record")
        if record is not None:
            return record_response(record, request)
        return None

    def process_response(self, request, response):
        capture = request.meta.get("capture")
        if capture is None or response.status >= 300:
            return response  # redirects and errors are handled as for any request
        # The replay server's redirects (to the exact capture) are not the page's URLs.
        request.meta.pop("redirect_urls", None)
        if capture.get("warc_range"):
            unpacked = unpack_warc_response(response.body, request)
            if unpacked is None:
                return response.replace(status=502)  # not a response record: an error
            return unpacked.replace(url=capture["url"])
        return response.replace(url=capture["url"])
