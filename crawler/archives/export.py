"""Write the stored raw responses as a WARC or WACZ file: the evidence behind findings.

    export_archive("data/news.db", "evidence.wacz", fmt="wacz", relevant=True, since="2024-01-01")

One WARC `response` record per stored page (`pages`: the raw HTML as fetched or as
archived, its status and Content-Type), dated when it was captured (pages.fetched_at),
after a `warcinfo` record naming newswatch. A WACZ (the `wacz` package) adds the CDXJ
index, pages/pages.jsonl (every article: URL, capture time, title) and the
datapackage with hashes, and opens in ReplayWeb.page. `newswatch import` reads either
back into the same articles.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import io
import json
import tempfile
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter
from wacz.main import main as wacz_main  # the wacz package's CLI is its API

from newswatch.store import connect

REASONS = {200: "OK"}


class ExportError(ValueError):
    pass


def warc_date(iso: str | None) -> str:
    when = dt.datetime.fromisoformat(iso) if iso else dt.datetime.now(dt.timezone.utc)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def select_pages(db, relevant: bool = False, since: str | None = None):
    where, params = ["p.article_id IS NOT NULL"], []
    if relevant:
        where.append("a.relevant = 1")
    if since:
        where.append("coalesce(a.published, a.first_seen) >= ?")
        params.append(since)
    sql = f"""SELECT p.url, p.fetched_at, p.status, p.content_type, p.html_gz, a.title, a.url AS article_url
              FROM pages p JOIN articles a ON a.id = p.article_id
              WHERE {' AND '.join(where)} ORDER BY p.fetched_at, p.url"""
    return db.query(sql, params)


def write_warc(db, fh, *, relevant: bool = False, since: str | None = None, filename: str = "newswatch.warc.gz",
               pages_out: list | None = None, compress: bool = True) -> int:
    """Write the WARC (gzip per record) to `fh`; returns the number of pages written.
    `pages_out` collects the pages.jsonl entries."""
    writer = WARCWriter(fh, gzip=compress)
    writer.write_record(writer.create_warcinfo_record(filename, {
        "software": "newswatch", "format": "WARC File Format 1.1",
        "description": "Pages stored by newswatch (raw responses, as fetched or as archived)",
    }))
    count = 0
    for row in select_pages(db, relevant, since):
        body = gzip.decompress(row["html_gz"]) if row["html_gz"] else b""
        status = row["status"] or 200
        headers = [("Content-Length", str(len(body)))]
        if row["content_type"]:
            headers.insert(0, ("Content-Type", row["content_type"]))
        http = StatusAndHeaders(f"{status} {REASONS.get(status, 'OK')}", headers, protocol="HTTP/1.1")
        date = warc_date(row["fetched_at"])
        record = writer.create_warc_record(row["url"], "response", payload=io.BytesIO(body), http_headers=http,
                                           warc_headers_dict={"WARC-Date": date})
        writer.write_record(record)
        count += 1
        if pages_out is not None:
            pages_out.append({"url": row["url"], "ts": date, "title": row["title"]})
    return count


def export_archive(db_path: str | Path, out: str | Path, *, fmt: str, relevant: bool = False,
                   since: str | None = None) -> int:
    """Write `out` (format "warc" or "wacz"); returns the number of pages in it."""
    out = Path(out)
    if fmt not in ("warc", "wacz"):
        raise ExportError(f"unknown format {fmt!r}: use warc or wacz")
    db = connect(db_path)
    try:
        if fmt == "warc":
            with out.open("wb") as fh:
                return write_warc(db, fh, relevant=relevant, since=since, filename=out.name,
                                  compress=not out.name.lower().endswith(".warc"))
        with tempfile.TemporaryDirectory(prefix="newswatch-export-") as tmp:
            warc_path = Path(tmp) / "newswatch.warc.gz"
            pages: list[dict] = []
            with warc_path.open("wb") as fh:
                count = write_warc(db, fh, relevant=relevant, since=since, pages_out=pages)
            if not count:
                raise ExportError("no stored pages match: nothing to export")
            pages_path = Path(tmp) / "pages.jsonl"
            with pages_path.open("w", encoding="utf-8") as fh:
                fh.write(json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "newswatch pages"}) + "\n")
                for page in pages:
                    fh.write(json.dumps(page, ensure_ascii=False) + "\n")
            make_wacz(warc_path, pages_path, out)
            return count
    finally:
        db.close()


def make_wacz(warc_path: Path, pages_path: Path, out: Path) -> None:
    log = io.StringIO()
    with contextlib.redirect_stdout(log):
        code = wacz_main(["create", "-o", str(out), "-p", str(pages_path), "--title", "newswatch evidence",
                          str(warc_path)])
    if code != 0:
        raise ExportError(f"wacz create failed: {log.getvalue().strip()[-500:]}")
