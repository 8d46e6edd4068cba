"""Hostile and broken input: the crawl never crashes, every bad page is recorded in
crawl_errors with a clear kind, traps are bounded, big and endless responses are cut
off, and the good articles on the same site still land.

The site is tests/hostile_site.py (a real HTTP server on 127.0.0.1); each crawl runs
`newswatch crawl` in a subprocess with low limits so the traps trip quickly."""
from __future__ import annotations

import asyncio
import gzip
import json
import os
import sqlite3

import pytest

from crawl_helpers import ROOT, crawl_cmd
from hostile_site import GOOD, INJECTION_TITLE, MB, HostileSite, _bomb_gzip, run_measured, sources_toml

from crawler.discovery import TooLarge, maybe_gunzip
from newswatch import publish

pytestmark = pytest.mark.slow

MAXSIZE = 2 * 1024 * 1024
LIMITS = {
    "RETRY_TIMES": "0",
    "DOWNLOAD_TIMEOUT": "3",
    "DOWNLOAD_MAXSIZE": str(MAXSIZE),
    "DOWNLOAD_WARNSIZE": str(MAXSIZE // 2),
    "MAX_PAGINATION": "5",
    "REDIRECT_MAX_TIMES": "5",
}


def crawl(site: HostileSite, tmp_path, sources: str, settings: dict) -> dict:
    (tmp_path / "sources.toml").write_text(sources, encoding="utf-8")
    db_path = tmp_path / "news.db"
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    result = run_measured(crawl_cmd(tmp_path / "sources.toml", db_path, settings=settings),
                          cwd=ROOT, env=env, timeout=180)
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        result["articles"] = [dict(r) for r in conn.execute("select * from articles")]
        result["errors"] = [dict(r) for r in conn.execute("select * from crawl_errors")]
        result["runs"] = [dict(r) for r in conn.execute("select * from crawl_runs")]
    finally:
        conn.close()
    result["requests"] = site.requests()
    result["sent"] = dict(site.sent)
    result["db_path"] = db_path
    result["base"] = site.base
    print(f"\nhostile crawl: {result['seconds']:.1f}s, peak RSS {result['maxrss_mb']:.0f} MB, "
          f"{len(result['articles'])} articles, errors {sorted(errors_by_path(result).items())}")
    return result


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """One crawl of the hostile site's HTML pages, found from its home page."""
    with HostileSite() as site:
        yield crawl(site, tmp_path_factory.mktemp("hostile"), sources_toml(site.base), LIMITS)


@pytest.fixture(scope="module")
def feeds(tmp_path_factory):
    """One crawl of a feed that is not XML, a 50,000-URL sitemap (4.5 MB: over
    DOWNLOAD_MAXSIZE, under XML_MAXSIZE) and a gzip-bomb sitemap."""
    with HostileSite() as site:
        sources = sources_toml(site.base, feeds=["/feed-not-xml/"],
                               sitemaps=["/sitemap-big.xml", "/sitemap-bomb.xml.gz"], max_pages=60)
        settings = {**LIMITS, "DOWNLOAD_TIMEOUT": "5", "XML_MAXSIZE": str(8 * 1024 * 1024)}
        yield crawl(site, tmp_path_factory.mktemp("hostile-feeds"), sources, settings)


def errors_by_path(result) -> dict[str, str]:
    return {e["url"].removeprefix(result["base"]): e["kind"] for e in result["errors"]}


def article(result, path) -> dict:
    for row in result["articles"]:
        if row["url"] == result["base"] + path:
            return row
    raise AssertionError(f"{path} was not stored; errors: {result['errors']}")


def test_crawl_finishes_despite_everything(pages):
    assert pages["returncode"] == 0, pages["stderr"][-3000:]
    assert "Traceback" not in pages["stderr"]
    assert pages["seconds"] < 90


def test_good_and_awkward_articles_all_land(pages):
    for path, (title, _, _) in GOOD.items():
        assert article(pages, path)["title"] == title
    no_charset = article(pages, "/news/24400003.no-charset-story/")
    assert no_charset["title"] == "Trust pays \u00a34.2m to consultants"
    assert "\u00a3310,000" in no_charset["body"] and "caf\u00e9s" in no_charset["body"]
    wrong = article(pages, "/news/24400004.wrong-charset-story/")
    assert wrong["title"] == "Caf\u00e9 contract handed to private firm"
    assert "\u00a3900,000" in wrong["body"]
    malformed = article(pages, "/news/24400005.malformed-story/")
    assert "Governors at Hillside Academy met for three hours" in malformed["body"]
    truncated = article(pages, "/news/24400006.truncated-story/")
    assert "frozen pay for its senior leaders" in truncated["body"]


def test_each_bad_response_is_recorded_with_its_kind(pages):
    kinds = errors_by_path(pages)
    assert kinds.get("/huge/") == "too_large"  # Content-Length over DOWNLOAD_MAXSIZE
    assert kinds.get("/huge-unsized/") == "too_large"  # no Content-Length: cut while streaming
    assert kinds.get("/bomb/") == "too_large"  # gzip inflating past DOWNLOAD_MAXSIZE
    assert kinds.get("/slow/") == "timeout"
    assert kinds.get("/news/24400008.short-read/") == "data_loss"
    assert kinds.get("/binary/") == "not_html"
    assert kinds.get("/news/24400009.empty/") == "empty"
    loop = [k for p, k in kinds.items() if p.startswith("/loop/")]
    assert loop == ["redirect_loop"]
    for e in pages["errors"]:
        assert e["message"] and e["message"] not in ("DownloadCancelledError", "ResponseDataLossError"), e
        # ... and a warning in the log naming the kind and the URL.
        assert f"{e['kind']}: {e['url']}" in pages["stderr"], e


def test_crawl_run_counts_every_error(pages):
    (run,) = pages["runs"]
    assert run["status"] == "partial"
    assert run["errors"] == len(pages["errors"])
    counts = json.loads(run["error_counts"])
    assert sum(counts.values()) == run["errors"]
    assert counts.get("too_large") == 3
    assert run["articles_new"] == len(pages["articles"]) == 7


def test_traps_are_bounded(pages):
    requests = pages["requests"]
    calendar = [p for p in requests if p.startswith("/calendar/")]
    # Skipped as a non-article path, or followed only LISTING_DEPTH hops from home.
    assert len(calendar) <= 3
    listing = [p for p in requests if p.startswith("/list/")]
    assert 1 <= len(listing) <= int(LIMITS["MAX_PAGINATION"])
    loop = [p for p in requests if p.startswith("/loop/")]
    assert len(loop) <= int(LIMITS["REDIRECT_MAX_TIMES"]) + 1


def test_big_and_endless_responses_are_cut_off(pages):
    # The server stopped streaming the 50 MB pages when the crawler hung up.
    assert pages["sent"].get("/huge/", 0) < 20 * 1024 * 1024
    assert pages["sent"].get("/huge-unsized/", 0) < 20 * 1024 * 1024
    # Neither the 50 MB pages nor the 1 GiB gzip bomb were held in memory.
    assert pages["maxrss_mb"] < 400, pages["maxrss_mb"]


def test_injected_markup_is_stored_as_text(pages):
    row = article(pages, "/news/24400007.injection-story/")
    assert row["title"] == INJECTION_TITLE  # the visible text, tags and all
    assert "<img src=x onerror=alert(1)>" in row["body"]
    # The page's real <script> element and <img onerror> are markup, not text.
    assert "document.cookie" not in row["body"]
    assert "alert(2)" not in row["body"]


def test_injected_markup_is_escaped_in_datasette(pages, tmp_path):
    row = article(pages, "/news/24400007.injection-story/")
    ds = publish.make_datasette(pages["db_path"])

    async def fetch():
        await ds.invoke_startup()
        name = publish.db_name(pages["db_path"])
        return await ds.client.get(f"/{name}/articles/{row['id']}")

    response = asyncio.run(fetch())
    assert response.status_code == 200
    page = response.text
    assert "<script>alert(" not in page
    assert "onerror=alert(1)>" not in page
    assert "&lt;script&gt;alert(" in page


def test_feed_that_is_not_xml_is_a_parse_error(feeds):
    assert feeds["returncode"] == 0, feeds["stderr"][-3000:]
    assert errors_by_path(feeds).get("/feed-not-xml/") == "parse"


def test_sitemap_of_50000_urls_is_read_within_the_page_budget(feeds):
    for path in GOOD:
        assert article(feeds, path)
    archive = [p for p in feeds["requests"] if p.startswith("/news/3")]
    assert 1 <= len(archive) <= 60  # read (though over DOWNLOAD_MAXSIZE), within max_pages
    assert feeds["maxrss_mb"] < 400, feeds["maxrss_mb"]


def test_gzip_bomb_sitemap_is_refused_without_inflating_it(feeds):
    assert errors_by_path(feeds).get("/sitemap-bomb.xml.gz") == "too_large"
    assert feeds["maxrss_mb"] < 400, feeds["maxrss_mb"]
    assert feeds["seconds"] < 60


def test_gunzip_of_feeds_and_sitemaps_is_bounded():
    assert maybe_gunzip(gzip.compress(b"<urlset/>") + gzip.compress(b"<!-- more -->")) == \
        b"<urlset/><!-- more -->"
    assert maybe_gunzip(b"<rss/>") == b"<rss/>"
    assert maybe_gunzip(gzip.compress(b"<urlset>" * 100)[:-12]).startswith(b"<urlset>")  # truncated
    with pytest.raises(TooLarge):
        maybe_gunzip(_bomb_gzip(64 * MB), max_size=MB)
