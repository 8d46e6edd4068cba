"""`newswatch import` against the bare extractor over the same WARC, in the same run.

    .venv/bin/python benchmarks/archive_import.py                     # 2,000 records
    .venv/bin/python benchmarks/archive_import.py --pages 2000 20000  # memory growth

NEWSWATCH_SHARED=/path/to/shared chooses the shared data directory (default ../shared).

For each size it writes a WARC.gz (warcio) of N article pages: the real news pages of
../shared/data/article-extraction-dev when present (else the fixture site's pages),
each copy given its own URL and a mark at the end of every paragraph so that no two
are duplicates
(and the canonical URL the page names replaced by the copy's URL, so that none
names the original page),
each response after its request record, as a crawler writes them. Then:

- baseline: a bare loop in this process reads the WARC with warcio and runs the
  extractor (crawler.extract.decode_html + extract_article) on every response; run
  before and after the import, and averaged;
- newswatch: `newswatch import --no-enrich` in a child process (start-up, the Scrapy
  pipelines and the SQLite store included).

ratio = baseline seconds / import seconds (target >= 0.8). Peak memory is the import
process's own peak RSS (os.wait4): it should not grow with N. Prints a markdown table.
"""
from __future__ import annotations

import argparse
import gzip
import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from warcio.archiveiterator import ArchiveIterator  # noqa: E402
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from crawler.extract import decode_html, extract_article  # noqa: E402

SHARED = Path(os.environ.get("NEWSWATCH_SHARED", ROOT.parent / "shared")) / "data" / "article-extraction-dev" / "html"


def source_pages() -> tuple[list[tuple[bytes, str]], str]:
    """(HTML, the canonical URL the page names) for each page to copy."""
    if SHARED.is_dir():
        pages = [gzip.decompress(p.read_bytes()) for p in sorted(SHARED.glob("*.html.gz"))]
        what = f"{len(pages)} real news pages (article-extraction-dev)"
    else:
        site = ROOT / "newswatch" / "demo_site" / "news"
        pages = [p.read_bytes() for p in sorted(site.glob("2431*/index.html"))]
        what = f"{len(pages)} fixture site pages"
    placeholder = "https://placeholder.invalid/page"
    named = []
    for page in pages:
        text, _ = decode_html(page, "text/html")
        named.append((page, extract_article(text, placeholder)["canonical_url"]))
    return named, what


def write_warc(path: Path, n: int, pages: list[bytes]) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(n):
            page, canonical = pages[i % len(pages)]
            url = f"https://news.example.co.uk/news/{i:06d}.story-{i}/"
            body = page.replace(b"</p>", f" [copy {i}]</p>".encode())  # every paragraph: a new body
            # the page names the copy's URL as its canonical one: every copy is its own article
            for old in (canonical, canonical.replace("/", "\\/")):
                body = body.replace(old.encode(), url.encode())
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example.co.uk")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http))


def baseline(path: Path) -> tuple[float, int]:
    start = time.monotonic()
    articles = 0
    with path.open("rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            content_type = record.http_headers.get_header("Content-Type")
            text, _ = decode_html(record.content_stream().read(), content_type)
            articles += bool(extract_article(text, url, content_type=content_type).get("is_article"))
    return time.monotonic() - start, articles


def run_import(path: Path, db: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    cmd = [sys.executable, "-m", "newswatch", "import", "--db", str(db), "--no-enrich", str(path)]
    with tempfile.TemporaryFile() as out:
        start = time.monotonic()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.monotonic() - start
        out.seek(0)
        text = out.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"import failed:\n{text}")
    import sqlite3

    conn = sqlite3.connect(db)
    stored = conn.execute("select count(*) from articles").fetchone()[0]
    conn.close()
    return {"seconds": seconds, "maxrss_mb": usage.ru_maxrss / 1024, "stored": stored}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[2000])
    args = parser.parse_args(argv)
    pages, what = source_pages()
    print(f"pages: {what}, each copy with its own URL and a mark in every paragraph\n")
    print("| records (pages) | WARC MB | bare extractor s | import s | ratio | articles (bare / stored) | import peak RSS MB |")
    print("|---|---|---|---|---|---|---|")
    for n in args.pages:
        with tempfile.TemporaryDirectory(prefix="nw-archive-bench-") as tmp:
            warc = Path(tmp) / "bench.warc.gz"
            write_warc(warc, n, pages)
            # baseline, import, baseline again: the mean of the two baselines, so that a
            # machine getting busier or quieter during the run does not tilt the ratio
            first_s, bare_articles = baseline(warc)
            result = run_import(warc, Path(tmp) / "news.db")
            bare_s = (first_s + baseline(warc)[0]) / 2
            print(f"| {2 * n} ({n}) | {warc.stat().st_size / 1e6:.1f} | {bare_s:.1f} | {result['seconds']:.1f} | "
                  f"{bare_s / result['seconds']:.2f} | {bare_articles} / {result['stored']} | "
                  f"{result['maxrss_mb']:.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
