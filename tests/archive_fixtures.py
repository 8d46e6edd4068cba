"""WARC/WACZ files for the archive tests, written with warcio from the fixture site.

    pages = site_pages("https://www.wyrevalleygazette.co.uk")   # every page of newswatch/demo_site
    write_warc(path, pages, gzip=True, extras=True)               # + the awkward records

The pages are the fixture site's (newswatch/demo_site, written for this project), with `{{base}}`
replaced by the base URL the archive pretends they were captured from. `extras` adds
what real archives hold besides article pages: request, metadata and revisit records,
a 404, a PDF, an off-site page, a listing page. `damage_warc` breaks a written file.
"""
from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawl_helpers import SITE_DIR, load_truth
from newswatch.sitesrv import SiteServer

TRUTH = load_truth()
OFF_SITE = "https://www.example.org/news/unrelated-story/"


class _Site(SiteServer):
    def __init__(self, base: str):
        super().__init__(SITE_DIR)
        self._base = base

    @property
    def base(self) -> str:
        return self._base


def site_pages(base: str) -> list[dict]:
    """{"url", "content_type", "body", "date", "title"} for every article of the site's
    truth, in truth order, with capture dates a day after publication."""
    site = _Site(base)
    pages = []
    for n, article in enumerate(TRUTH["articles"]):
        path = article["url"]
        file = site._file_for(path)
        route = site.routes.get(path) or {}
        content_type = route.get("content_type") or "text/html; charset=utf-8"
        pages.append({
            "url": base + path, "content_type": content_type, "body": site.render(file),
            "date": f"2025-0{1 + n % 9}-1{n % 10}T10:00:00Z", "title": article["title"],
        })
    return pages


def listing_page(base: str) -> dict:
    site = _Site(base)
    return {"url": base + "/news/", "content_type": "text/html; charset=utf-8",
            "body": site.render(site._file_for("/news/")), "date": "2025-03-01T08:00:00Z"}


def _response(writer: WARCWriter, url: str, body: bytes, *, status: str = "200 OK",
              content_type: str = "text/html; charset=utf-8", date: str = "2025-03-01T08:00:00Z"):
    http = StatusAndHeaders(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))],
                            protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                       warc_headers_dict={"WARC-Date": date})
    writer.write_record(record)
    return record


def write_warc(path: str | Path, pages: list[dict], *, gzip: bool = True, extras: bool = False,
               requests: bool = True) -> Path:
    """A WARC of `pages` (response records, each after its request record)."""
    path = Path(path)
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newswatch tests"}))
        first = None
        for page in pages:
            if requests:
                req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example")], is_http_request=True)
                writer.write_record(writer.create_warc_record(
                    page["url"], "request", http_headers=req, warc_headers_dict={"WARC-Date": page["date"]}))
            record = _response(writer, page["url"], page["body"], content_type=page["content_type"],
                               date=page["date"])
            first = first or (page, record)
        if extras:
            base = pages[0]["url"].split("/news/")[0] if pages else "https://www.example.com"
            page, record = first
            writer.write_record(writer.create_revisit_record(
                page["url"], digest=record.rec_headers.get_header("WARC-Payload-Digest"),
                refers_to_uri=page["url"], refers_to_date=record.rec_headers.get_header("WARC-Date"),
                warc_headers_dict={"WARC-Date": "2025-12-01T10:00:00Z"}))
            _response(writer, base + "/news/24319999.deleted-story/", b"<html><body>Not found</body></html>",
                      status="404 Not Found")
            _response(writer, base + "/documents/school-funding-report.pdf",
                      (SITE_DIR / "documents" / "school-funding-report.pdf").read_bytes(),
                      content_type="application/pdf")
            listing = listing_page(base)
            _response(writer, listing["url"], listing["body"])
            _response(writer, OFF_SITE, pages[0]["body"].replace(b"Wyre Valley", b"Elsewhere"))
            writer.write_record(writer.create_warc_record(
                base + "/news/", "metadata", payload=io.BytesIO(json.dumps({"outlinks": 3}).encode()),
                warc_content_type="application/json"))
    return path


def record_offsets(path: str | Path) -> list[tuple[int, str, str | None]]:
    """(offset, type, target URI) of every record of an undamaged WARC."""
    from warcio.archiveiterator import ArchiveIterator

    out = []
    with open(path, "rb") as fh:
        iterator = ArchiveIterator(fh)
        for record in iterator:
            out.append((iterator.get_record_offset(), record.rec_type,
                        record.rec_headers.get_header("WARC-Target-URI")))
    return out


def damage_warc(path: str | Path, *, truncated: str | None = None, too_long: str | None = None) -> None:
    """Damage the response records of these URLs in a written WARC: `truncated` is cut
    after 600 bytes with the rest of the file following (a record lost mid-write);
    `too_long` (uncompressed WARC only) claims 100 bytes more than its block holds, so
    it swallows the start of the next record."""
    path = Path(path)
    data = path.read_bytes()
    offsets = record_offsets(path)
    spans = {}
    for i, (start, kind, url) in enumerate(offsets):
        if kind == "response":
            spans[url] = (start, offsets[i + 1][0] if i + 1 < len(offsets) else len(data))
    edits = []  # (start, end, replacement)
    if truncated:
        start, end = spans[truncated]
        edits.append((start, end, data[start:start + 600]))
    if too_long:
        start, _ = spans[too_long]
        head_end = data.index(b"\r\n\r\n", start)
        head = data[start:head_end]
        old = next(line for line in head.split(b"\r\n") if line.startswith(b"Content-Length:"))
        new = b"Content-Length: " + str(int(old.split(b":")[1]) + 100).encode()
        edits.append((start, head_end, head.replace(old, new)))
    for start, end, replacement in sorted(edits, reverse=True):
        data = data[:start] + replacement + data[end:]
    path.write_bytes(data)


def write_arc(path: str | Path, pages: list[dict]) -> Path:
    """An ARC (version 1) file of `pages`: the format of the Internet Archive's crawls
    before WARC. Written by hand: warcio reads ARC but does not write it."""
    def stamp(iso: str) -> str:
        return iso.replace("-", "").replace(":", "").replace("T", "")[:14]

    version = b"1 0 newswatch tests\nURL IP-address Archive-date Content-type Archive-length\n"
    out = [f"filedesc://{Path(path).name} 0.0.0.0 20250101000000 text/plain {len(version)}\n".encode() + version]
    for page in pages:
        block = (f"HTTP/1.1 200 OK\r\nContent-Type: {page['content_type']}\r\n"
                 f"Content-Length: {len(page['body'])}\r\n\r\n").encode() + page["body"]
        mime = page["content_type"].split(";")[0]
        header = f"{page['url']} 127.0.0.1 {stamp(page['date'])} {mime} {len(block)}\n".encode()
        out.append(header + block)
    Path(path).write_bytes(b"\n".join(out) + b"\n")
    return Path(path)
