"""End-to-end crawl tests: a real HTTP server on 127.0.0.1 serving the fixture news site
(newswatch/demo_site), `newswatch crawl` in a subprocess, then the database checked against
newswatch/demo_site/_truth.json. Nothing is mocked and nothing touches the network.

The site is crawled twice per session (module fixture): a first crawl given only the
home page, then an incremental re-crawl against the same server.
"""
from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import time
from collections import Counter

import pytest

from crawl_helpers import ROOT, crawl_cmd, crawl_site, load_truth, rows, run_crawl, serve_site, untraced, write_sources

TRUTH = load_truth()
ARTICLES = {a["key"]: a for a in TRUTH["articles"]}


def words(text: str) -> list[str]:
    return re.findall(r"\w+(?:['’]\w+)*", (text or "").lower())


def word_f1(predicted: str, truth: str) -> float:
    p, t = Counter(words(predicted)), Counter(words(truth))
    overlap = sum((p & t).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(t.values())
    return 2 * precision * recall / (precision + recall)


def instant(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """Crawl the fixture site twice: returns the results and the server's request logs."""
    tmp = tmp_path_factory.mktemp("crawl")
    db = tmp / "news.db"
    with serve_site() as site:
        started = time.monotonic()
        first = crawl_site(site, db)
        first_seconds = time.monotonic() - started
        first_log = list(site.log)
        first_articles = rows(db, "select * from articles order by id")
        site.clear_log()
        second = crawl_site(site, db)
        second_log = list(site.log)
        yield {
            "base": site.base, "db": db, "first": first, "second": second,
            "first_log": first_log, "second_log": second_log, "first_seconds": first_seconds,
            "first_articles": first_articles,
        }


def url(crawled, path):
    return crawled["base"] + path


def test_crawl_exits_zero_and_prints_summary(crawled):
    first = crawled["first"]
    assert first.returncode == 0, first.stderr[-3000:]
    assert "Wyre Valley Gazette" in first.stdout and "TOTAL" in first.stdout
    assert crawled["first_seconds"] < 60


def test_finds_every_article_from_the_home_page_alone(crawled):
    stored = {r["url"] for r in rows(crawled["db"], "select url from articles")}
    expected = {url(crawled, a["url"]) for a in TRUTH["articles"]}
    assert stored == expected
    # Each of these is reachable through one channel only.
    for channel, key in TRUTH["only_via"].items():
        assert url(crawled, ARTICLES[key]["url"]) in stored, channel


def test_no_non_article_rows(crawled):
    stored = {r["url"] for r in rows(crawled["db"], "select url from article_urls")}
    never = TRUTH["non_articles"] + [e["url"] for e in TRUTH["errors"]] + TRUTH["disallowed"]
    for path in never:
        assert url(crawled, path) not in stored, path
    assert len(rows(crawled["db"], "select id from articles")) == len(TRUTH["articles"])


def test_no_duplicate_rows(crawled):
    arts = rows(crawled["db"], "select url, content_hash, title from articles")
    assert len({a["url"] for a in arts}) == len(arts)
    assert len({a["content_hash"] for a in arts}) == len(arts)
    assert len({a["title"] for a in arts}) == len(arts)


def test_titles_and_timestamps_are_exact(crawled):
    stored = {r["url"]: r for r in rows(crawled["db"], "select * from articles")}
    for art in TRUTH["articles"]:
        row = stored[url(crawled, art["url"])]
        assert row["title"] == art["title"], art["key"]
        assert instant(row["published"]) == instant(art["published"]), art["key"]
        assert instant(row["modified"]) == instant(art["modified"]), art["key"]
        assert instant(row["published"]).utcoffset() is not None


def test_authors_of_named_reporters(crawled):
    stored = {r["url"]: r for r in rows(crawled["db"], "select url, author from articles")}
    for art in TRUTH["articles"]:
        if art["authors"] == ["Staff reporter"]:  # not a person: may be left empty
            continue
        assert stored[url(crawled, art["url"])]["author"] == "; ".join(art["authors"]), art["key"]


def test_body_word_f1(crawled):
    stored = {r["url"]: r for r in rows(crawled["db"], "select url, body from articles")}
    scores = {a["key"]: word_f1(stored[url(crawled, a["url"])]["body"], a["body"]) for a in TRUTH["articles"]}
    low = {k: round(v, 3) for k, v in scores.items() if v < 0.97}
    assert not low, low
    assert sum(scores.values()) / len(scores) >= 0.98


def test_windows_1252_page_decoded(crawled):
    art = ARTICLES["sick-pay-win"]
    body = rows(crawled["db"], "select body from articles where url = ?", (url(crawled, art["url"]),))[0]["body"]
    assert "“This is a real victory" in body
    assert "fortnight’s illness" in body and "£1,400" in body
    page = rows(crawled["db"], "select encoding from pages where url = ?", (url(crawled, art["url"]),))[0]
    assert page["encoding"].lower() in ("windows-1252", "cp1252")


def test_redirect_syndicated_and_duplicate_urls_share_one_row(crawled):
    db = crawled["db"]
    for other in TRUTH["other_urls"]:
        found = rows(db, "select u.kind, a.url from article_urls u join articles a on a.id = u.article_id "
                         "where u.url = ?", (url(crawled, other["url"]),))
        assert found, other
        assert found[0]["kind"] == other["kind"], other
        assert found[0]["url"] == url(crawled, ARTICLES[other["article"]]["url"]), other
    # Every article has its canonical URL in article_urls.
    canon = rows(db, "select count(*) as n from article_urls u join articles a on a.url = u.url "
                     "and a.id = u.article_id where u.kind = 'canonical'")[0]["n"]
    assert canon == len(TRUTH["articles"])


def test_raw_html_stored_compressed(crawled):
    pages = rows(crawled["db"], "select p.url, p.html_gz, p.size, a.title from pages p join articles a on a.id = p.article_id")
    assert len({p["url"] for p in pages}) >= len(TRUTH["articles"])
    for page in pages:
        html = gzip.decompress(page["html_gz"])
        assert len(html) == page["size"]
        assert b"<html" in html[:200].lower()


def test_errors_recorded_and_crawl_completes(crawled):
    errors = rows(crawled["db"], "select url, kind, run_id from crawl_errors where run_id = 1")
    got = {(e["url"], e["kind"]) for e in errors}
    for err in TRUTH["errors"]:
        assert (url(crawled, err["url"]), err["kind"]) in got
    for path in TRUTH["disallowed"]:
        assert (url(crawled, path), "robots_forbidden") in got
    run = rows(crawled["db"], "select * from crawl_runs order by id")[0]
    assert run["status"] == "partial" and run["ended"]
    assert run["errors"] == len(errors) and run["pid"]
    assert json.loads(run["error_counts"])["http_500"] == 1
    assert run["articles_new"] == len(TRUTH["articles"])
    assert run["pages_fetched"] >= len(TRUTH["articles"]) + len(TRUTH["non_articles"])


def test_every_fetched_url_is_stored_failed_or_skipped(crawled):
    """Nothing the server answered vanishes: each URL is in pages, article_urls,
    crawl_errors, fetch_state or skipped_pages (with its reason), on both runs."""
    for log in (crawled["first_log"], crawled["second_log"]):
        assert not untraced(crawled["db"], log)
    skipped = {r["url"]: r for r in rows(crawled["db"], "select * from skipped_pages where run_id = 1")}
    for path in TRUTH["non_articles"]:
        if url(crawled, path) in skipped:  # fetched (some are never requested)
            assert skipped[url(crawled, path)]["reason"] in ("listing", "not_article"), path
            assert skipped[url(crawled, path)]["evidence"], path
    assert skipped[url(crawled, "/")]["reason"] == "listing"
    runs = rows(crawled["db"], "select skipped, skipped_counts from crawl_runs order by id")
    assert runs[0]["skipped"] == len(skipped) == sum(json.loads(runs[0]["skipped_counts"]).values())


def test_retries_server_errors(crawled):
    log = crawled["first_log"]
    broken = [e["status"] for e in log if e["path"] == "/news/24319998.broken-story/"]
    assert broken == [500, 500, 500]  # RETRY_TIMES = 2
    flaky = TRUTH["flaky"][0]
    statuses = [e["status"] for e in log if e["path"] == flaky["url"]]
    assert statuses == [503, 200]


def test_robots_disallowed_article_never_requested(crawled):
    for log in (crawled["first_log"], crawled["second_log"]):
        requested = {e["path"] for e in log}
        for path in TRUTH["disallowed"]:
            assert path not in requested
    assert "/robots.txt" in {e["path"] for e in crawled["first_log"]}


def test_user_agent_names_project_and_contact(crawled):
    agents = {e["headers"].get("User-Agent", "") for e in crawled["first_log"] if e["path"] != "/robots.txt"}
    assert agents and all(a.startswith("newswatch/") and "+" in a for a in agents)


def test_incremental_recrawl_skips_stored_articles(crawled):
    second = crawled["second"]
    assert second.returncode == 0, second.stderr[-3000:]
    requested = [e["path"] for e in crawled["second_log"]]
    article_paths = {a["url"] for a in TRUTH["articles"]} | {o["url"] for o in TRUTH["other_urls"]}
    assert not article_paths & set(requested), sorted(article_paths & set(requested))
    # Feeds and sitemaps are fetched again, conditionally, and answered 304.
    by_path = {e["path"]: e for e in crawled["second_log"]}
    assert by_path["/sitemap.xml"]["status"] == 200  # an index is always read in full
    for path in ("/news/rss/", "/sister/?service=rss", "/sitemaps/news.xml"):
        assert by_path[path]["status"] == 304, path
        assert by_path[path]["headers"].get("If-None-Match"), path
    # This sitemap lists a story that failed with a 500: its validators were not kept,
    # so it is read in full again and the story retried, never silently skipped.
    assert by_path["/sitemaps/articles.xml"]["status"] == 200
    assert not by_path["/sitemaps/articles.xml"]["headers"].get("If-None-Match")
    assert "/news/24319998.broken-story/" in requested
    # Nothing new, nothing duplicated.
    after = rows(crawled["db"], "select id, url, content_hash, first_seen from articles order by id")
    before = crawled["first_articles"]
    assert [(a["id"], a["url"], a["content_hash"], a["first_seen"]) for a in after] == \
           [(a["id"], a["url"], a["content_hash"], a["first_seen"]) for a in before]
    runs = rows(crawled["db"], "select * from crawl_runs order by id")
    assert len(runs) == 2 and runs[1]["articles_new"] == 0 and runs[1]["articles_updated"] == 0
    # (the broken story and its retries are fetched again: see above)
    assert runs[1]["pages_fetched"] < runs[0]["pages_fetched"] * 0.6
    states = rows(crawled["db"], "select url, last_status, etag from fetch_state")
    assert {s["url"]: s["last_status"] for s in states}[url(crawled, "/news/rss/")] == 304
    assert all(s["etag"] for s in states if not s["url"].endswith("/sitemaps/articles.xml"))


def test_bad_sources_file_exits_2_naming_line_and_field(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[sources]]\nname = "Gazette"\nurl = "http://127.0.0.1/"\nfeeds = "http://127.0.0.1/rss"\n')
    result = run_crawl(bad, tmp_path / "x.db")
    assert result.returncode == 2
    assert f"{bad}:4:" in result.stderr and 'field "feeds"' in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_unknown_source_name_exits_2(tmp_path):
    sources = write_sources(tmp_path / "s.toml", "http://127.0.0.1:9")
    result = run_crawl(sources, tmp_path / "x.db", source="Nope")
    assert result.returncode == 2 and 'no source named "Nope"' in result.stderr


def test_malformed_setting_exits_2(tmp_path):
    sources = write_sources(tmp_path / "s.toml", "http://127.0.0.1:9")
    cmd = crawl_cmd(sources, tmp_path / "x.db") + ["-s", "NOEQUALS"]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "NAME=VALUE" in result.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_source_fails_with_exit_1(tmp_path):
    sources = write_sources(tmp_path / "s.toml", f"http://127.0.0.1:{free_port()}")
    result = run_crawl(sources, tmp_path / "x.db", settings={"RETRY_TIMES": "0"})
    assert result.returncode == 1, result.stderr[-2000:]
    run = rows(tmp_path / "x.db", "select * from crawl_runs")[0]
    assert run["status"] == "failed" and run["ended"]
    kinds = {r["kind"] for r in rows(tmp_path / "x.db", "select kind from crawl_errors")}
    assert kinds == {"connection"}


def test_settings_overrides_and_source_selection(tmp_path):
    with serve_site() as site:
        sources = tmp_path / "s.toml"
        sources.write_text(
            f'[[sources]]\nname = "Gazette"\nurl = "{site.base}/"\n'
            f'[[sources]]\nname = "Other"\nurl = "http://127.0.0.1:9/"\n'
        )
        result = run_crawl(sources, tmp_path / "x.db", source="Gazette", settings={
            "NEWSWATCH_CONTACT": "mailto:research@example.org",
            "MAX_PAGES_PER_SOURCE": "3",
        })
        assert result.returncode == 0, result.stderr[-2000:]
        agents = {e["headers"].get("User-Agent") for e in site.log}
    assert any("mailto:research@example.org" in (a or "") for a in agents)
    runs = rows(tmp_path / "x.db", "select source, pages_fetched from crawl_runs")
    assert [r["source"] for r in runs] == ["Gazette"]
    # home + robots.txt + at most 3 other pages (MAX_PAGES_PER_SOURCE) + their redirects
    assert runs[0]["pages_fetched"] <= 6


def test_killed_crawl_leaves_running_row(tmp_path):
    with serve_site() as site:
        sources = write_sources(tmp_path / "s.toml", site.base)
        db = tmp_path / "x.db"
        cmd = crawl_cmd(sources, db, settings={"DOWNLOAD_DELAY": "5", "CONCURRENT_REQUESTS_PER_DOMAIN": "1"})
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                if db.exists():
                    try:
                        if rows(db, "select id from crawl_runs"):
                            break
                    except sqlite3.OperationalError:
                        pass
                time.sleep(0.2)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
    run = rows(db, "select * from crawl_runs")[0]
    assert run["status"] == "running" and run["ended"] is None and run["pid"] == proc.pid


def test_retry_backoff_and_failure_kinds(tmp_path):
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    (site_dir / "index.html").write_text(
        '<html><body><a href="/down/">Down</a> <a href="/big/">Big</a> <a href="/slow/">Slow</a></body></html>')
    (site_dir / "big").mkdir()
    (site_dir / "big" / "index.html").write_text("<html><body>" + "<p>words words</p>" * 500 + "</body></html>")
    (site_dir / "_routes.json").write_text(json.dumps({"/down/": {"status": 503}, "/slow/": {"delay": 2}}))
    with serve_site(site_dir) as site:
        sources = write_sources(tmp_path / "s.toml", site.base)
        result = run_crawl(sources, tmp_path / "x.db", settings={
            "RETRY_BACKOFF_BASE": "0.4", "RETRY_TIMES": "2", "DOWNLOAD_MAXSIZE": "2000",
            "DOWNLOAD_TIMEOUT": "0.5"})
        times = [e["time"] for e in site.log if e["path"] == "/down/"]
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(times) == 3
    assert times[1] - times[0] >= 0.4 and times[2] - times[1] >= 0.8
    kinds = {r["url"].rsplit("/", 2)[-2]: r["kind"] for r in rows(tmp_path / "x.db", "select url, kind from crawl_errors")}
    assert kinds == {"down": "http_503", "big": "too_large", "slow": "timeout"}


def test_crawl_that_cannot_start_exits_1(tmp_path):
    sources = write_sources(tmp_path / "s.toml", f"http://127.0.0.1:{free_port()}")
    result = run_crawl(sources, tmp_path / "x.db", settings={"MAX_PAGINATION": "lots"})
    assert result.returncode == 1
    assert "the crawl failed" in result.stderr and "ValueError" in result.stderr


def test_changed_article_is_refetched_and_updated(tmp_path):
    import shutil

    from crawl_helpers import SITE_DIR

    site_dir = tmp_path / "site"
    shutil.copytree(SITE_DIR, site_dir)
    art = ARTICLES["ceo-salary"]
    page = site_dir / art["url"].lstrip("/") / "index.html"
    db = tmp_path / "news.db"
    with serve_site(site_dir) as site:
        assert crawl_site(site, db).returncode == 0
        con = sqlite3.connect(db)
        con.execute("update articles set nlp_version = 'nlp-test' where url = ?", (url_of(site, art),))
        con.commit()
        con.close()
        # The publisher corrects the story and its sitemap says so.
        page.write_text(page.read_text().replace("£1.2 million", "£1.4 million"))
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) + dt.timedelta(minutes=1)
        sitemap = site_dir / "sitemaps" / "articles.xml"
        sitemap.write_text(sitemap.read_text().replace(
            f"{art['url']}</loc><lastmod>{art['modified']}", f"{art['url']}</loc><lastmod>{now.isoformat()}"))
        site.clear_log()
        result = crawl_site(site, db)
        assert result.returncode == 0, result.stderr[-2000:]
        requested = [e["path"] for e in site.log]
    assert requested.count(art["url"]) == 1
    row = rows(db, "select body, nlp_version from articles where url = ?", (url_of(site, art),))[0]
    assert "£1.4 million" in row["body"] and row["nlp_version"] is None
    run = rows(db, "select * from crawl_runs order by id desc")[0]
    assert run["articles_updated"] == 1 and run["articles_new"] == 0
    assert len(rows(db, "select id from articles")) == len(TRUTH["articles"])


def url_of(site, art):
    return site.base + art["url"]
