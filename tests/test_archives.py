"""`newswatch import`, `export` and `backfill` against real archive files and a real pywb.

The WARC files are written by the tests with warcio from the fixture site's pages
(tests/archive_fixtures.py); backfill runs against pywb (its own virtualenv) serving a
collection made of them. Everything is on 127.0.0.1.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive_fixtures import OFF_SITE, TRUTH, damage_warc, site_pages, write_arc, write_warc
from crawl_helpers import FAST_SETTINGS, ROOT, run_crawl, serve_site, write_sources
from pywb_helpers import needs_pywb, serve_pywb

BASE = "https://www.wyrevalleygazette.co.uk"
SETTINGS = {**FAST_SETTINGS, "NEWSWATCH_CONTACT": "mailto:tests@example.org"}


def env():
    return dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))


def newswatch(*args, settings: dict | None = None, timeout: float = 240) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "newswatch", *map(str, args)]
    if args and args[0] in ("import", "backfill"):
        cmd.append("--no-enrich")
        for name, value in (settings or SETTINGS).items():
            cmd += ["-s", f"{name}={value}"]
    return subprocess.run(cmd, cwd=ROOT, env=env(), capture_output=True, text=True, timeout=timeout)


def rows(db, sql, params=()):
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def count(db, table) -> int:
    return rows(db, f"select count(*) as n from {table}")[0]["n"]


def stored(db) -> dict[str, tuple[str, str]]:
    return {r["url"]: (r["title"], r["body"]) for r in rows(db, "select url, title, body from articles")}


def expected_urls(base: str, skip: set[str] = frozenset()) -> set[str]:
    """Canonical URLs of the site's articles (syndicated copies name the original)."""
    return {base + a["url"] for a in TRUTH["articles"] if base + a["url"] not in skip}


@pytest.fixture(scope="module")
def damaged_warc(tmp_path_factory):
    """An uncompressed WARC with every kind of record, a record with a wrong
    Content-Length and a truncated one."""
    path = tmp_path_factory.mktemp("warc") / "gazette.warc"
    pages = site_pages(BASE)
    write_warc(path, pages, gzip=False, extras=True)
    damage_warc(path, truncated=pages[6]["url"], too_long=pages[3]["url"])
    return path, {pages[6]["url"], pages[3]["url"]}


def test_import_stores_each_article_once_counts_the_rest_and_reimports_nothing(tmp_path, damaged_warc):
    path, damaged = damaged_warc
    db = tmp_path / "news.db"
    result = newswatch("import", "--db", db, path)
    assert result.returncode == 0, result.stderr
    # every intact article stored exactly once, with its capture time and provenance
    articles = stored(db)
    truth = {BASE + a["url"]: a for a in TRUTH["articles"]}
    canonical = {u for u in truth if u not in damaged}
    stored_urls = set(articles)
    for url in canonical:
        page_url = url
        assert page_url in stored_urls or any(
            r["url"] == page_url for r in rows(db, "select url from article_urls")), url
    for url, (title, body) in articles.items():
        if url in truth:
            assert title == truth[url]["title"]
            assert body.startswith(truth[url]["body"][:60])
    pages = rows(db, "select p.url, p.fetched_at, v.origin, v.archive, v.record_id, v.captured_at "
                     "from pages p join provenance v on v.url = p.url")
    assert {p["url"] for p in pages} >= canonical - {OFF_SITE}
    for page in pages:
        assert page["origin"] == "archive_file" and page["archive"] == "gazette.warc"
        assert page["record_id"].startswith("<urn:uuid:")
        assert page["captured_at"].startswith("2025-") and page["fetched_at"] == page["captured_at"]
    # non-article records counted by reason; the damage is in crawl_errors, nothing else lost
    out = result.stdout
    for reason in ("request", "revisit", "metadata", "warcinfo", "http_404 1", "not_html 1", "damaged 2"):
        assert reason in out, out
    assert "not_article/listing 1" in out, out
    errors = rows(db, "select url, kind, message from crawl_errors")
    assert {e["url"] for e in errors} == damaged and {e["kind"] for e in errors} == {"damaged_record"}
    assert all("gazette.warc at byte" in e["message"] for e in errors)
    # re-import: nothing new
    before = {t: count(db, t) for t in ("articles", "pages", "provenance", "article_urls")}
    again = newswatch("import", "--db", db, path)
    assert again.returncode == 0, again.stderr
    assert {t: count(db, t) for t in before} == before
    assert "already_imported" in again.stdout


def test_import_with_sources_keeps_only_their_hosts(tmp_path):
    path = write_warc(tmp_path / "mixed.warc.gz", site_pages(BASE), extras=True)
    sources = write_sources(tmp_path / "sources.toml", BASE, name="Wyre Valley Gazette")
    db = tmp_path / "news.db"
    result = newswatch("import", "--db", db, "--sources", sources, path)
    assert result.returncode == 0, result.stderr
    assert "off_source 1" in result.stdout
    assert {r["source"] for r in rows(db, "select distinct source from articles")} == {"Wyre Valley Gazette"}
    assert not rows(db, "select url from article_urls where url like '%example.org%'")
    assert set(stored(db)) == expected_urls(BASE)
    # published: each article's page links to its provenance, and article_captures lists it
    import asyncio

    from datasette.app import Datasette

    async def pages():
        ds = Datasette([str(db)])
        article = await ds.client.get(f"/{db.stem}/articles/1")
        captures = await ds.client.get(f"/{db.stem}/article_captures.json?_shape=array&article_id=1")
        return article, captures.json()

    article, captures = asyncio.run(pages())
    assert f'href="/{db.stem}/provenance?article_id=1"' in article.text
    assert captures and all(c["archive"] == "mixed.warc.gz" and c["origin"] == "archive_file" for c in captures)


def test_import_arc(tmp_path):
    pages = site_pages(BASE)[:4]
    path = write_arc(tmp_path / "old-crawl.arc", pages)
    db = tmp_path / "news.db"
    result = newswatch("import", "--db", db, path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert {title for title, _ in stored(db).values()} == {p["title"] for p in pages}
    origins = rows(db, "select origin, archive, captured_at from provenance")
    assert len(origins) == 4 and {o["archive"] for o in origins} == {"old-crawl.arc"}
    assert {o["captured_at"] for o in origins} == {p["date"].replace("Z", "+00:00") for p in pages}


def test_bad_input_is_a_clear_error(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    result = newswatch("import", "--db", tmp_path / "x.db", tmp_path / "notes.txt")
    assert result.returncode == 2 and "not a WARC, ARC or WACZ file" in result.stderr
    result = newswatch("import", "--db", tmp_path / "x.db", tmp_path / "missing.warc.gz")
    assert result.returncode == 2 and "no such file" in result.stderr


def test_live_page_and_archived_copy_are_one_article_with_two_provenances(tmp_path):
    db = tmp_path / "news.db"
    with serve_site() as site:
        sources = write_sources(tmp_path / "sources.toml", site.base)
        crawl = run_crawl(sources, db)
        assert crawl.returncode == 0, crawl.stderr
        live = stored(db)
        # an older capture of the same pages (as an archive would hold them)
        path = write_warc(tmp_path / "old.warc.gz", site_pages(site.base)[:3])
    result = newswatch("import", "--db", db, "--sources", sources, path)
    assert result.returncode == 0, result.stderr
    assert stored(db) == live  # nothing new, nothing overwritten by the older copies
    both = rows(db, "select article_id, group_concat(origin) as origins from provenance "
                    "group by article_id having count(distinct origin) = 2")
    assert len(both) == 3
    assert count(db, "provenance") == count(db, "pages") + 3


def test_live_crawl_writes_a_warc_that_imports_into_the_same_articles(tmp_path):
    crawled, imported = tmp_path / "crawled.db", tmp_path / "imported.db"
    with serve_site() as site:
        sources = write_sources(tmp_path / "sources.toml", site.base)
        crawl = run_crawl(sources, crawled, settings={"WARC_OUTPUT": str(tmp_path / "warc")})
        assert crawl.returncode == 0, crawl.stderr
    warcs = list((tmp_path / "warc").glob("newswatch-*.warc.gz"))
    assert len(warcs) == 1
    result = newswatch("import", "--db", imported, "--sources", sources, *warcs)
    assert result.returncode == 0, result.stdout + result.stderr
    assert stored(imported) == stored(crawled)


def test_export_wacz_validates_and_reimports_losslessly(tmp_path):
    warc = write_warc(tmp_path / "gazette.warc.gz", site_pages(BASE), extras=True)
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    assert newswatch("import", "--db", first, warc).returncode == 0
    out = tmp_path / "evidence.wacz"
    result = newswatch("export", "--db", first, "--format", "wacz", out)
    assert result.returncode == 0, result.stderr
    wacz = Path(sys.executable).with_name("wacz")
    check = subprocess.run([str(wacz), "validate", "-f", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    import zipfile

    names = zipfile.ZipFile(out).namelist()
    assert "pages/pages.jsonl" in names and any(n.startswith("indexes/") for n in names)
    result = newswatch("import", "--db", second, out)
    assert result.returncode == 0, result.stderr
    assert stored(second) == stored(first)
    # a plain WARC too, and --since filters
    plain = tmp_path / "recent.warc.gz"
    result = newswatch("export", "--db", first, "--format", "warc", "--since", "2025-01-01", plain)
    assert result.returncode == 0, result.stderr
    recent = rows(first, "select count(*) as n from articles where published >= '2025-01-01'")[0]["n"]
    assert f"export: {recent} pages" in result.stdout and 0 < recent < count(first, "articles")


def capture_pages(base: str) -> tuple[list[dict], list[dict], set[str]]:
    """Captures for the backfill tests: every article captured in 2025, the first three
    again later (a later, edited capture that must not be picked), one article only in
    2023 (outside the period)."""
    pages = site_pages(base)
    outside = pages[-1]
    outside["date"] = "2023-05-01T10:00:00Z"
    later = [dict(p, date="2025-11-20T10:00:00Z", body=p["body"].replace(b"</h1>", b" (updated)</h1>"))
             for p in pages[:3]]
    return pages, later, {outside["url"]}


@needs_pywb
def test_backfill_from_pywb_finds_every_article_once_and_resumes_after_a_kill(tmp_path):
    pages, later, outside = capture_pages(BASE)
    warcs = [write_warc(tmp_path / "a.warc.gz", pages, extras=True),
             write_warc(tmp_path / "b.warc.gz", later)]
    sources = write_sources(tmp_path / "sources.toml", BASE)
    db = tmp_path / "news.db"
    with serve_pywb(tmp_path / "pywb", warcs) as collection:
        args = ["backfill", "--db", db, "--sources", sources, "--from", "2025-01-01", "--to", "2025-12-31",
                "--archive", collection]
        # killed mid-way: a slow backfill, SIGKILLed once a few articles are stored
        slow = {**SETTINGS, "DOWNLOAD_DELAY": "0.3", "CONCURRENT_REQUESTS_PER_DOMAIN": "1"}
        cmd = [sys.executable, "-m", "newswatch", *map(str, args), "--no-enrich"]
        for name, value in slow.items():
            cmd += ["-s", f"{name}={value}"]
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    if count(db, "articles") >= 3:
                        break
                except sqlite3.OperationalError:
                    pass
            time.sleep(0.1)
        assert proc.poll() is None, "the backfill ended before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        killed_with = count(db, "articles")
        # rerun: finishes the job
        result = newswatch(*args)
        assert result.returncode == 0, result.stdout + result.stderr
        wanted = expected_urls(BASE, skip=outside)
        assert set(stored(db)) == wanted and count(db, "articles") >= killed_with
        captures = rows(db, "select url, captured_at, capture_url from provenance where origin = 'archive_capture'")
        by_url = {c["url"] for c in captures}
        assert len(captures) == len(by_url)  # one capture per page
        for capture in captures:
            assert capture["captured_at"] < "2025-11" and capture["capture_url"].startswith(collection)
            assert "id_/" not in capture["capture_url"]
        titles = {t for t, _ in stored(db).values()}
        assert not any("(updated)" in t for t in titles)  # the capture closest to publication
        runs = rows(db, "select status from crawl_runs order by id")
        assert runs[0]["status"] == "interrupted" and runs[-1]["status"] in ("ok", "partial")
        # a second run fetches nothing again
        before = {t: count(db, t) for t in ("articles", "pages", "provenance", "backfill_captures")}
        again = newswatch(*args)
        assert again.returncode == 0, again.stderr
        assert {t: count(db, t) for t in before} == before
        last = rows(db, "select pages_fetched from crawl_runs order by id desc limit 1")[0]
        assert last["pages_fetched"] == 0, again.stdout


def test_one_good_capture_per_page_the_earliest():
    from crawler.archives.cdx import pick_captures

    listed = [
        {"url": "https://www.paper.co.uk/news/1.story/", "timestamp": "20190301000000", "status": "200", "mime": "text/html"},
        {"url": "http://paper.co.uk/news/1.story/", "timestamp": "20190201000000", "status": "200", "mime": "text/html"},
        {"url": "https://www.paper.co.uk/news/1.story/", "timestamp": "20190101000000", "status": "301", "mime": "text/html"},
        {"url": "https://www.paper.co.uk/news/2.story/", "timestamp": "20190101000000", "status": "-", "mime": "warc/revisit"},
        {"url": "https://www.paper.co.uk/report.pdf", "timestamp": "20190101000000", "status": "200", "mime": "application/pdf"},
    ]
    picked = pick_captures(listed, "http://127.0.0.1:1/coll")
    assert [(c["url"], c["timestamp"]) for c in picked] == [("http://paper.co.uk/news/1.story/", "20190201000000")]
    assert picked[0]["fetch_url"] == "http://127.0.0.1:1/coll/20190201000000id_/http://paper.co.uk/news/1.story/"
    assert picked[0]["captured_at"] == "2019-02-01T00:00:00+00:00"
    ia = pick_captures(listed[:1], "ia")
    assert ia[0]["capture_url"] == "https://web.archive.org/web/20190301000000/https://www.paper.co.uk/news/1.story/"


def test_retry_after_is_honoured_and_capped():
    from email.utils import format_datetime
    import datetime as dt

    from scrapy import Request
    from scrapy.http import Response
    from scrapy.settings import Settings

    from crawler.middlewares import BackoffRetryMiddleware

    mw = BackoffRetryMiddleware(Settings({"RETRY_AFTER_MAX": 120}))
    request = Request("http://127.0.0.1/page")

    def wait(value):
        return mw.retry_after(request, Response(request.url, status=429, headers={"Retry-After": value}))

    assert wait("7") == 7.0
    assert wait("100000") == 120.0
    later = format_datetime(dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=30), usegmt=True)
    assert 25 <= wait(later) <= 30
    assert wait("soon") == 0.0
    assert mw.retry_after(request, Response(request.url, status=429)) == 0.0
