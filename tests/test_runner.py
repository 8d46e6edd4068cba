"""crawler/runner.py: what the news spider is passed from the database, and the summary."""
from __future__ import annotations

import datetime as dt
import logging
import subprocess
import sys
from contextlib import contextmanager

import pytest

from crawler.runner import format_summary, news_inputs, parse_setting, root_level_of_handlers, summarise
from newswatch.store import connect

BASE = "http://news.example"


def ago(days: float) -> str:
    return (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)).replace(microsecond=0).isoformat()


def test_news_inputs_are_what_earlier_crawls_stored(tmp_path):
    db_path = tmp_path / "news.db"
    yesterday = ago(1)
    db = connect(db_path)
    db["articles"].insert({"id": 1, "url": f"{BASE}/a/", "source": "Gazette", "title": "A"})
    db["article_urls"].insert_all([
        {"url": f"{BASE}/a/", "article_id": 1, "kind": "canonical", "last_seen": "2025-03-02T00:00:00+00:00"},
        {"url": f"{BASE}/a-old/", "article_id": 1, "kind": "redirect", "last_seen": "2025-03-02T00:00:00+00:00"},
    ])
    db["pages"].insert({"url": f"{BASE}/a/", "article_id": 1, "fetched_at": "2025-03-03T00:00:00+00:00"})
    db["fetch_state"].insert({"url": f"{BASE}/rss/", "kind": "feed", "etag": '"e"', "last_modified": None})
    db["skipped_pages"].insert_all([
        {"url": f"{BASE}/notice/", "requested_url": f"{BASE}/n/", "reason": "not_article", "at": yesterday},
        {"url": f"{BASE}/notice/", "reason": "not_article", "at": ago(2)},
        {"url": f"{BASE}/stale/", "reason": "not_article", "at": ago(9)},  # older than the recheck interval
        {"url": f"{BASE}/home/", "reason": "listing", "at": ago(1)},  # fetched every run
        {"url": f"{BASE}/a/", "reason": "missing_field", "at": ago(1)},  # stored since: known
    ])
    db.close()
    inputs = news_inputs(db_path, recheck_days=7)
    # A stored page's fetch time wins over its URL's last_seen.
    assert inputs.known == {f"{BASE}/a/": "2025-03-03T00:00:00+00:00", f"{BASE}/a-old/": "2025-03-02T00:00:00+00:00"}
    assert inputs.fetch_state == {f"{BASE}/rss/": {"url": f"{BASE}/rss/", "kind": "feed", "etag": '"e"',
                                                  "last_modified": None}}
    assert inputs.recheck_later == {f"{BASE}/notice/": yesterday, f"{BASE}/n/": yesterday}
    assert news_inputs(db_path, recheck_days=0).recheck_later == {}


def test_validators_of_a_killed_crawl_are_not_passed_to_the_spider(tmp_path):
    db_path = tmp_path / "news.db"
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    db = connect(db_path)
    db["crawl_runs"].insert({"started": ago(1), "source": "Gazette", "status": "running", "pid": int(gone.stdout)})
    db["fetch_state"].insert({"url": f"{BASE}/rss/", "source": "Gazette", "kind": "feed", "etag": '"e"',
                              "last_fetched": ago(0.5)})
    db.close()
    assert news_inputs(db_path, recheck_days=7).fetch_state[f"{BASE}/rss/"]["etag"] is None
    db = connect(db_path)
    assert db["crawl_runs"].get(1)["status"] == "interrupted"
    db.close()


def test_summary_status_is_the_one_the_run_ledger_decided(tmp_path):
    db_path = tmp_path / "news.db"
    db = connect(db_path)
    db["crawl_runs"].insert({"id": 7, "source": "Gazette", "status": "partial", "pages_fetched": 5, "articles_new": 2,
                             "articles_updated": 0, "articles_unchanged": 1, "errors": 1,
                             "error_counts": '{"http_404": 1}', "skipped": 0, "skipped_counts": "{}"})
    db.close()
    stats = {"newswatch/run_ids": [7], "finish_reason": "finished", "newswatch/status": "partial"}
    summary = summarise(str(db_path), stats)
    assert summary["status"] == "partial" and summary["sources"]["Gazette"]["error_counts"] == {"http_404": 1}
    assert summary["totals"] == {"pages": 5, "new": 2, "updated": 0, "unchanged": 1, "errors": 1, "skipped": 0}
    # A crawl whose ledger never closed (no status) failed.
    assert summarise(str(db_path), {"newswatch/run_ids": [7], "finish_reason": "shutdown"})["status"] == "failed"


def test_summary_table_and_setting_syntax():
    summary = {"status": "partial", "sources": {"Gazette": {
        "status": "partial", "pages": 12, "new": 3, "updated": 1, "unchanged": 0, "errors": 2,
        "error_counts": {"http_404": 2}, "skipped": 4, "skipped_counts": {"budget": 1, "listing": 3}}},
        "totals": {"pages": 12, "new": 3, "updated": 1, "unchanged": 0, "errors": 2, "skipped": 4}}
    table = format_summary(summary)
    assert table.splitlines()[2].split() == ["Gazette", "partial", "12", "3", "1", "0", "2", "4"]
    assert "errors in Gazette: http_404: 2" in table
    assert "skipped in Gazette: budget: 1, listing: 3" in table
    assert parse_setting("DOWNLOAD_DELAY=2.5") == ("DOWNLOAD_DELAY", "2.5")
    assert parse_setting("A=b=c") == ("A", "b=c")
    with pytest.raises(ValueError):
        parse_setting("=x")



@contextmanager
def only_handlers(*handlers: logging.Handler):
    """The root logger with these handlers only (pytest's capture handler set aside),
    and the level Scrapy leaves it at (NOTSET); put back as it was afterwards."""
    root = logging.getLogger()
    saved, level = root.handlers[:], root.level
    root.handlers = list(handlers)
    root.setLevel(logging.NOTSET)
    try:
        yield root
    finally:
        root.handlers = saved
        root.setLevel(level)


def test_the_root_logger_makes_no_record_its_handlers_would_all_drop():
    # The cron job: its log file takes INFO, Scrapy's stderr handler WARNING.
    lines: list[str] = []
    handlers = [logging.Handler(logging.INFO), logging.Handler(logging.WARNING)]
    for handler in handlers:
        handler.emit = lambda record: lines.append(record.getMessage())
    with only_handlers(*handlers) as root:
        root_level_of_handlers()
        assert root.level == logging.INFO
        log = logging.getLogger("trafilatura.test")
        assert not log.isEnabledFor(logging.DEBUG)  # no record made at all
        log.debug("dropped")
        log.info("kept")
    assert lines == ["kept"]  # the file handler's line; the WARNING one takes none


def test_a_handler_that_takes_everything_keeps_every_record():
    with only_handlers(logging.Handler(logging.NOTSET)):  # e.g. LOG_LEVEL=DEBUG
        root_level_of_handlers()
        assert logging.getLogger("trafilatura.test").isEnabledFor(logging.DEBUG)
