"""List a source's captures in a web archive's CDX index and pick one per page.

    captures = list_captures("ia", ["www.worcesternews.co.uk"], "20150101", "20151231")
    for capture in pick_captures(captures):   # one per URL: status 200, HTML, earliest
        capture["fetch_url"]                  # the raw page (replay with the id_ flag)

`archive` is "ia" (the Internet Archive's Wayback Machine), "cc" (Common Crawl's
index; captures are fetched from its WARC files by byte range) or the URL of a
pywb-compatible collection (http://host:8080/my-coll: CDX API at /cdx, replay below it).
The CDX protocol is cdx_toolkit's (paging, the servers' own retry-and-slow-down rules).
"""
from __future__ import annotations

import datetime as dt
from urllib.parse import quote

import cdx_toolkit

from crawler.archives.records import is_html
from crawler.discovery import host_key, normalise_url

IA_REPLAY = "https://web.archive.org/web"
CC_DATA = "https://data.commoncrawl.org"
PYWB_LIMIT = 1_000_000  # captures asked of a pywb server in one query


def archive_name(archive: str) -> str:
    return archive.rstrip("/")


def fetcher(archive: str) -> cdx_toolkit.CDXFetcher:
    if archive in ("ia", "cc"):
        return cdx_toolkit.CDXFetcher(source=archive)
    if archive.startswith(("http://", "https://")):
        base = archive.rstrip("/")
        return cdx_toolkit.CDXFetcher(source=f"{base}/cdx", wb=base)
    raise ValueError(f"unknown archive {archive!r}: use ia, cc or the URL of a pywb collection")


def replay_prefix(archive: str) -> str:
    return IA_REPLAY if archive == "ia" else archive.rstrip("/")


def cdx_timestamp(day: dt.date, end: bool = False) -> str:
    return day.strftime("%Y%m%d") + ("235959" if end else "000000")


def list_captures(archive: str, hosts: list[str], date_from: dt.date, date_to: dt.date | None = None):
    """Every capture (dicts with url, timestamp, status, mime; CC: filename, offset,
    length) of pages on these hosts in the period, as the CDX server lists them."""
    cdx = fetcher(archive)
    params = {"from_ts": cdx_timestamp(date_from)}
    if date_to:
        params["to"] = cdx_timestamp(date_to, end=True)
    for host in hosts:
        if archive in ("ia", "cc"):  # paged CDX APIs: fetched page by page
            captures = cdx.iter(f"{host}/*", **params)
        else:  # pywb pages only ZipNum indexes (a plain CDXJ one repeats itself): one query
            captures = cdx.get(f"{host}/*", limit=PYWB_LIMIT, **params)
        for capture in captures:
            yield dict(capture.data)


def capture_timestamp_iso(timestamp: str) -> str:
    parsed = dt.datetime.strptime(timestamp[:14].ljust(14, "0"), "%Y%m%d%H%M%S")
    return parsed.replace(tzinfo=dt.timezone.utc).isoformat()


def good(capture: dict) -> bool:
    """A capture worth fetching: HTTP 200, HTML (not a revisit, redirect or error)."""
    status = str(capture.get("status") or capture.get("statuscode") or "")
    mime = capture.get("mime") or capture.get("mimetype") or ""
    return status == "200" and is_html(mime)


def page_key(url: str) -> str:
    """Captures of one page share this: host without www., path and query, any scheme."""
    normal = normalise_url(url)
    rest = normal.split("://", 1)[-1]
    path = rest[rest.find("/"):] if "/" in rest else "/"
    return host_key(normal) + path


def pick_captures(captures, archive: str, keep=lambda url: True) -> list[dict]:
    """One capture per page: the earliest good one in the period (the closest to its
    publication: a page cannot be captured before it is published). Each gets
    `fetch_url` (the raw capture), `capture_url` (the archived copy for people),
    `captured_at` and, for Common Crawl, `warc_range`."""
    best: dict[str, dict] = {}
    for capture in captures:
        url = capture.get("url") or capture.get("original")
        if not url or not good(capture) or not keep(url):
            continue
        key = page_key(url)
        if key not in best or capture["timestamp"] < best[key]["timestamp"]:
            best[key] = dict(capture, url=url)
    picked = []
    for key, capture in sorted(best.items()):
        timestamp = capture["timestamp"]
        capture["captured_at"] = capture_timestamp_iso(timestamp)
        if archive == "cc":
            offset, length = int(capture["offset"]), int(capture["length"])
            capture["fetch_url"] = f"{CC_DATA}/{capture['filename']}"
            capture["warc_range"] = f"bytes={offset}-{offset + length - 1}"
            capture["capture_url"] = capture["fetch_url"]
            capture["record_id"] = f"{capture['filename']}@{offset}"
        else:
            prefix = replay_prefix(archive)
            capture["fetch_url"] = f"{prefix}/{timestamp}id_/{quote(capture['url'], safe=':/?&=%#+;,@')}"
            capture["capture_url"] = f"{prefix}/{timestamp}/{capture['url']}"
        picked.append(capture)
    return picked
