"""The crawl's ledger (crawler/extensions.py: crawl_runs, and every URL fetched and not
stored) and the progress line, driven through the signal handlers Scrapy calls, against
a temporary SQLite database."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

import crawler.settings as project_settings
from crawl_helpers import rows
from crawler.extensions import CrawlRuns, ProgressExtension, run_status
from crawler.items import ArticleItem, CrawlErrorItem, SkippedPageItem, SkippedPagesItem
from crawler.middlewares import ok_key, outcome_key, pages_key
from crawler.spiders.inputs import CrawlInputs
from crawler.spiders.news import NewsSpider
from newswatch.store import connect
from pipelines.validate import ValidatePipeline

BASE = "http://news.example"


def test_run_status_is_one_rule_for_a_source_and_for_a_crawl():
    ok, partial, failed, idle = (10, 10, 0), (10, 9, 1), (3, 0, 3), (0, 0, 0)
    # One source's run: (responses, successful responses, errors).
    assert run_status([ok]) == "ok"
    assert run_status([partial]) == "partial"
    assert run_status([failed]) == "failed"
    assert run_status([(0, 0, 2)]) == "failed"  # nothing fetched, only errors
    assert run_status([(4, 0, 0)]) == "failed"  # responses, not one successful
    assert run_status([idle]) == "ok"  # nothing to fetch (a backfill with nothing new)
    assert run_status([ok], finished=False) == "failed"
    # A whole crawl: failed only when every source failed.
    assert run_status([ok, ok]) == "ok"
    assert run_status([ok, failed]) == "partial"
    assert run_status([idle, failed]) == "partial"
    assert run_status([failed, failed]) == "failed"
    assert run_status([]) == "ok"  # an import with nothing new to store
    assert run_status([], finished=False) == "failed"


@pytest.fixture
def crawler(tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[sources]]\nname = "Gazette"\nurl = "{BASE}/"\n')
    settings = {k: getattr(project_settings, k) for k in dir(project_settings) if k.isupper()}
    settings["DATABASE"] = str(tmp_path / "news.db")
    crawler = get_crawler(NewsSpider, settings)
    crawler.spider = crawler._create_spider(sources=str(sources), inputs=CrawlInputs())
    return crawler


@pytest.fixture
def ledger(crawler):
    ext = CrawlRuns.from_crawler(crawler)
    ext.spider_opened(crawler.spider)
    yield ext
    if ext.db is not None:
        ext.spider_closed(crawler.spider, "finished")


def closed_run(ledger, reason: str = "finished") -> dict:
    """Close the ledger; the Gazette's crawl_runs row."""
    run_id = ledger.run_ids["Gazette"]
    ledger.spider_closed(ledger.crawler.spider, reason)
    return rows(ledger.db_path, "select * from crawl_runs where id = ?", [run_id])[0]


def page_item(**fields) -> ArticleItem:
    base = dict(source="Gazette", fetched_url=f"{BASE}/news/1.story/", redirect_urls=[],
                discovered_via="entry", status=200, title="A story", body="Some words. " * 50,
                url=f"{BASE}/news/1.story/", is_article=True, page_kind="article", reasons=[])
    return ArticleItem(**{**base, **fields})


def dead_pid() -> int:
    """The id of a process that has exited."""
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(proc.stdout)


def test_a_run_opens_running_and_closes_with_its_counts_and_status(crawler, ledger):
    run = rows(ledger.db_path, "select * from crawl_runs")[0]
    assert run["status"] == "running" and run["ended"] is None and run["source"] == "Gazette"
    assert crawler.stats.get_value("newswatch/run_ids") == [run["id"]]
    ledger.item_scraped(CrawlErrorItem(source="Gazette", url=f"{BASE}/x/", kind="http_404", message="HTTP 404"),
                        None, crawler.spider)
    for key, value in ((pages_key("Gazette"), 4), (ok_key("Gazette"), 3), (outcome_key("Gazette", "new"), 2),
                       (outcome_key("Gazette", "unchanged"), 1)):
        crawler.stats.set_value(key, value)
    run = closed_run(ledger)
    assert run["status"] == "partial" and run["ended"] and run["pages_fetched"] == 4 and run["errors"] == 1
    assert (run["articles_new"], run["articles_updated"], run["articles_unchanged"]) == (2, 0, 1)
    assert json.loads(run["error_counts"]) == {"http_404": 1}
    error = rows(ledger.db_path, "select * from crawl_errors")[0]
    assert error["run_id"] == run["id"] and error["kind"] == "http_404"
    assert crawler.stats.get_value("newswatch/status") == "partial"


def test_a_source_met_first_in_an_item_gets_its_run(crawler, ledger):
    """An archive import files pages under their host: each host gets a run."""
    ledger.item_scraped(page_item(source="paper.example"), None, crawler.spider)
    ledger.item_scraped(page_item(source="paper.example"), None, crawler.spider)
    sources = [r["source"] for r in rows(ledger.db_path, "select source from crawl_runs order by id")]
    assert sources == ["Gazette", "paper.example"]


def test_runs_of_a_killed_crawl_are_interrupted_and_their_validators_distrusted(crawler):
    db = connect(crawler.settings.get("DATABASE"))
    started = "2025-03-01T10:00:00+00:00"
    db["crawl_runs"].insert({"started": started, "source": "Gazette", "status": "running", "pid": dead_pid()})
    db["crawl_errors"].insert({"run_id": 1, "source": "Gazette", "url": f"{BASE}/x/", "kind": "timeout"})
    db["fetch_state"].insert_all([
        {"url": f"{BASE}/rss/", "source": "Gazette", "etag": '"new"', "last_fetched": "2025-03-01T10:05:00+00:00"},
        {"url": f"{BASE}/old.xml", "source": "Gazette", "etag": '"old"', "last_fetched": "2025-02-01T10:00:00+00:00"},
    ])
    db.close()
    ext = CrawlRuns.from_crawler(crawler)
    ext.spider_opened(crawler.spider)
    killed, this = rows(ext.db_path, "select * from crawl_runs order by id")
    assert killed["status"] == "interrupted" and killed["ended"] and killed["errors"] == 1
    assert json.loads(killed["error_counts"]) == {"timeout": 1}
    assert this["status"] == "running" and crawler.stats.get_value("newswatch/interrupted_runs") == 1
    etags = {r["url"]: r["etag"] for r in rows(ext.db_path, "select url, etag from fetch_state")}
    assert etags == {f"{BASE}/rss/": None, f"{BASE}/old.xml": '"old"'}
    ext.spider_closed(crawler.spider, "finished")


def test_a_crawl_that_does_not_finish_fails_and_forgets_its_validators(crawler, ledger):
    db = connect(ledger.db_path)
    db["fetch_state"].insert_all([
        {"url": f"{BASE}/rss/", "source": "Gazette", "etag": '"e"', "last_fetched": "2999-01-01T00:00:00+00:00"},
        {"url": f"{BASE}/other.xml", "source": "Other", "etag": '"o"', "last_fetched": "2999-01-01T00:00:00+00:00"},
    ])
    db.close()
    crawler.stats.set_value(pages_key("Gazette"), 2)
    crawler.stats.set_value(ok_key("Gazette"), 2)
    run = closed_run(ledger, reason="shutdown")
    assert run["status"] == "failed" and run["ended"] and run["pages_fetched"] == 2
    etags = {r["url"]: r["etag"] for r in rows(ledger.db_path, "select url, etag from fetch_state")}
    assert etags == {f"{BASE}/rss/": None, f"{BASE}/other.xml": '"o"'}
    assert crawler.stats.get_value("newswatch/status") == "failed"


def test_lists_with_entries_not_fetched_are_fetched_in_full_next_time(crawler, ledger):
    db = connect(ledger.db_path)
    db["fetch_state"].insert_all([{"url": f"{BASE}/a.xml", "etag": '"a"', "last_modified": "x"},
                                  {"url": f"{BASE}/b.xml", "etag": '"b"', "last_modified": "y"}])
    db.close()
    crawler.spider.incomplete_lists.add(f"{BASE}/a.xml")
    closed_run(ledger)
    states = {r["url"]: (r["etag"], r["last_modified"]) for r in rows(ledger.db_path, "select * from fetch_state")}
    assert states == {f"{BASE}/a.xml": (None, None), f"{BASE}/b.xml": ('"b"', "y")}


# --- the paths where an item used to vanish ---------------------------------------------


def test_missing_title_is_recorded_and_other_drops_and_pipeline_errors_too(crawler, ledger):
    validate = ValidatePipeline.from_crawler(crawler)
    item = page_item(title=" ", redirect_urls=[f"{BASE}/old/"])
    with pytest.raises(DropItem) as dropped:
        validate.process_item(item)
    ledger.item_dropped(item, None, dropped.value, crawler.spider)
    ledger.item_dropped(page_item(fetched_url=f"{BASE}/x/"), None, DropItem("not wanted"), None)
    ledger.item_error(page_item(fetched_url=f"{BASE}/y/"), None, None, Failure(ValueError("bad row")))
    ledger.item_scraped(SkippedPageItem(source="Gazette", url=f"{BASE}/z/", reason="budget",
                                        evidence="MAX_PAGINATION (50) listing pages already followed",
                                        discovered_via="pagination"), None, crawler.spider)
    skipped = {r["url"]: r for r in rows(ledger.db_path, "select * from skipped_pages")}
    assert skipped[f"{BASE}/news/1.story/"]["reason"] == "missing_field"
    assert skipped[f"{BASE}/news/1.story/"]["evidence"].startswith("no title")
    assert skipped[f"{BASE}/news/1.story/"]["requested_url"] == f"{BASE}/old/"
    assert skipped[f"{BASE}/x/"]["reason"] == "dropped" and skipped[f"{BASE}/x/"]["evidence"] == "not wanted"
    assert skipped[f"{BASE}/z/"]["reason"] == "budget" and skipped[f"{BASE}/z/"]["requested_url"] is None
    errors = rows(ledger.db_path, "select url, kind, message from crawl_errors")
    assert errors == [{"url": f"{BASE}/y/", "kind": "pipeline", "message": "ValueError: bad row"}]
    run = closed_run(ledger)
    assert json.loads(run["skipped_counts"]) == {"budget": 1, "dropped": 1, "missing_field": 1}
    assert run["skipped"] == 3 and run["errors"] == 1 and run["status"] == "failed"  # no page fetched


def test_the_budget_cuts_of_one_response_are_rows_written_together(crawler, ledger):
    cut = [SkippedPageItem(source="Gazette", url=f"{BASE}/news/{n}.story/", reason="budget",
                           evidence="page budget of 3 requests for this source spent", discovered_via="entry")
           for n in range(5)]
    ledger.item_scraped(SkippedPagesItem(source="Gazette", pages=cut), None, crawler.spider)
    stored = rows(ledger.db_path, "select url, reason, evidence, discovered_via, run_id, at from skipped_pages order by id")
    assert [r["url"] for r in stored] == [f"{BASE}/news/{n}.story/" for n in range(5)]
    assert {(r["reason"], r["discovered_via"], r["run_id"]) for r in stored} == {("budget", "entry", 1)}
    assert all(r["evidence"] and r["at"] for r in stored)
    assert crawler.stats.get_value("newswatch/skipped") == 5
    run = closed_run(ledger)
    assert json.loads(run["skipped_counts"]) == {"budget": 5} and run["skipped"] == 5


def test_a_batch_the_database_refuses_is_counted_row_by_row(crawler, ledger):
    ledger.db.execute("create trigger refuse before insert on skipped_pages begin select raise(abort, 'refused'); end")
    cut = [SkippedPageItem(source="Gazette", url=f"{BASE}/{n}/", reason="budget") for n in range(4)]
    ledger.item_scraped(SkippedPagesItem(source="Gazette", pages=cut), None, crawler.spider)
    assert rows(ledger.db_path, "select * from skipped_pages") == []
    assert json.loads(closed_run(ledger)["error_counts"]) == {"unrecorded": 4}


def test_a_row_the_database_refuses_is_still_counted(crawler, ledger):
    ledger.db.execute("create trigger refuse before insert on skipped_pages begin select raise(abort, 'refused'); end")
    ledger.item_dropped(page_item(), None, DropItem("not wanted"), crawler.spider)
    assert rows(ledger.db_path, "select * from skipped_pages") == []
    run = closed_run(ledger)
    assert json.loads(run["error_counts"]) == {"unrecorded": 1} and run["status"] == "failed"


def test_old_listing_rows_are_pruned_other_reasons_kept(crawler, ledger):
    old = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=31)).replace(microsecond=0).isoformat()
    for reason in ("listing", "not_article", "budget"):
        ledger.db["skipped_pages"].insert({"source": "Gazette", "url": f"{BASE}/{reason}/", "reason": reason, "at": old})
    ledger.item_scraped(SkippedPageItem(source="Gazette", url=f"{BASE}/", reason="listing"), None, crawler.spider)
    closed_run(ledger)
    kept = rows(ledger.db_path, "select reason, at from skipped_pages order by id")
    assert [r["reason"] for r in kept] == ["not_article", "budget", "listing"] and kept[-1]["at"] > old


def test_a_callback_exception_is_recorded_with_its_page(crawler, ledger):
    request = Request(f"{BASE}/news/2.story/", meta={"source": "Gazette"})
    page = HtmlResponse(request.url, body=b"<html></html>", request=request)
    ledger.spider_error(Failure(KeyError("headline")), page, crawler.spider)
    crawler.stats.inc_value("spider_exceptions/count")  # as Scrapy does after the signal
    assert rows(ledger.db_path, "select url, kind, message from crawl_errors") == [
        {"url": f"{BASE}/news/2.story/", "kind": "spider_exception", "message": "KeyError: 'headline'"}]
    run = closed_run(ledger)
    assert json.loads(run["error_counts"]) == {"spider_exception": 1}  # counted once, not twice
    assert crawler.stats.get_value("newswatch/status") == "failed"  # a callback raised: the crawl failed


def test_progress_line(crawler):
    crawler.stats.set_value("downloader/response_count", 12)
    crawler.stats.set_value("newswatch/articles_new", 3)
    line = ProgressExtension(crawler, 10).line()
    assert line == "newswatch: 12 pages, 3 new, 0 updated, 0 unchanged, 0 errors, 0 skipped"
