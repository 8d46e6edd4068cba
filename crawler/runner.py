"""Run the `news` spider from Python.

    from crawler.runner import crawl
    summary = crawl("sources.toml", "data/news.db", settings_overrides={"DOWNLOAD_DELAY": "0"})

Twisted's reactor cannot be restarted, so `crawl` can run once per process (the CLI
and the tests start a process per crawl). The summary::

    {"status": "ok" | "partial" | "failed", "finish_reason": "finished",
     "run_ids": [...], "spider_exceptions": 0,
     "sources": {"Worcester News": {"status": "ok", "pages": 120, "new": 14, "updated": 2,
                                    "unchanged": 40, "errors": 1, "error_counts": {...},
                                    "skipped": 30, "skipped_counts": {"listing": 12, ...}}},
     "totals": {"pages": ..., "new": ..., "updated": ..., "unchanged": ..., "errors": ...,
                "skipped": ...}}

"skipped": pages fetched and not stored, and URLs not fetched because the page budget
was spent (the skipped_pages table, per reason).

"failed" means the crawl itself failed: the spider did not finish normally, a callback
raised an unhandled exception, or every source failed. Bad single pages only make
their source "partial". (crawler.extensions.run_status is the rule.)

The spider never opens the database: what it needs from earlier crawls (the URLs
already stored, feed and sitemap validators, pages recently skipped as not articles)
is read here (news_inputs) and passed to it.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from crawler.extensions import interrupt_stale_runs
from crawler.frontier import apply_redis_settings
from crawler.items import RECHECKED_REASONS
from crawler.sources import SourcesError, load_sources
from crawler.spiders.inputs import CrawlInputs
from newswatch.store import connect, utcnow
from newswatch.store import crawl as crawl_store
from newswatch.store import runs as runs_store


def parse_setting(text: str) -> tuple[str, str]:
    """"NAME=VALUE" -> (NAME, VALUE), as `scrapy crawl -s` reads it."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise ValueError(f"invalid -s value {text!r}: use NAME=VALUE")
    return name.strip(), value


def crawl(
    sources_path: str | Path,
    db_path: str | Path,
    *,
    source: str | None = None,
    settings_overrides: dict | None = None,
    progress: bool = True,
) -> dict:
    """Crawl the sources into the database; returns the summary described above.
    Raises crawler.sources.SourcesError for a bad sources file, before any crawling."""
    if not load_sources(sources_path, only=source):  # fail early, with the line and field
        raise SourcesError(f"{sources_path}: every source is disabled (enabled = false)")
    settings = project_settings(db_path, settings_overrides, progress)
    inputs = news_inputs(db_path, settings.getfloat("NOT_ARTICLE_RECHECK_DAYS", 7))
    summary, _ = run_spider("news", settings, sources=str(sources_path), source=source, inputs=inputs)
    return summary


def news_inputs(db_path: str | Path, recheck_days: float) -> CrawlInputs:
    """What the news spider needs from the database. Runs left "running" by a process
    that is gone are marked interrupted first (crawler.extensions), so that the feed and
    sitemap validators they wrote are cleared before the spider gets them."""
    db = connect(db_path)
    try:
        interrupt_stale_runs(db, utcnow())
        known = crawl_store.known_urls(db)
        recheck_later = {}
        if recheck_days > 0:  # pages skipped for their content within NOT_ARTICLE_RECHECK_DAYS
            since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=recheck_days)
            skipped = crawl_store.recent_skips(db, RECHECKED_REASONS, since.replace(microsecond=0).isoformat())
            recheck_later = {url: at for url, at in skipped.items() if url not in known}
        return CrawlInputs(known=known, fetch_state=crawl_store.fetch_states(db), recheck_later=recheck_later)
    finally:
        db.close()


def project_settings(db_path: str | Path, settings_overrides: dict | None = None, progress: bool = True,
                     defaults: dict | None = None):
    """The crawler's Scrapy settings for a run into `db_path`: crawler/settings.py, then
    `defaults` (a spider's own, e.g. the archive spiders'; dicts are merged into the
    project's), then the overrides."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    settings = get_project_settings()
    if not settings.get("ITEM_PIPELINES"):  # run outside the project dir
        settings.setmodule("crawler.settings", priority="project")
    for name, value in (defaults or {}).items():
        if isinstance(value, dict):  # middlewares, pipelines...: added to the project's
            value = {**settings.getdict(name), **value}
        settings.set(name, value, priority="project")
    settings.set("DATABASE", str(db_path), priority="cmdline")
    if not progress:
        settings.set("NEWSWATCH_PROGRESS_INTERVAL", 0, priority="cmdline")
    for name, value in (settings_overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    apply_redis_settings(settings)  # a frontier shared on Redis when REDIS_URL is set
    return settings


def run_spider(spider, settings, **spider_kwargs) -> tuple[dict, dict]:
    """Run one spider (a name or class) to the end; returns the summary and the stats."""
    process = CrawlerProcess(settings)
    root_level_of_handlers()
    crawler = process.create_crawler(spider)
    process.crawl(crawler, **spider_kwargs)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    return summarise(settings.get("DATABASE"), stats), stats


def root_level_of_handlers() -> None:
    """Give the root logger the lowest level of its handlers. Scrapy sets it to NOTSET
    (CrawlerProcess), so every debug call of Scrapy, Twisted and trafilatura (several per
    page) made a log record that every handler then dropped: the same lines are logged."""
    levels = [handler.level for handler in logging.root.handlers]
    if levels and min(levels) > logging.NOTSET:
        logging.root.setLevel(min(levels))


def summarise(db_path: str, stats: dict) -> dict:
    """The summary of a finished crawl from its stats and its crawl_runs rows. A crawl
    whose run bookkeeping never closed (no `newswatch/status`) failed."""
    run_ids = stats.get("newswatch/run_ids") or []
    sources: dict[str, dict] = {}
    if run_ids:
        db = connect(db_path)
        try:
            for row in runs_store.runs_by_id(db, run_ids):
                sources[row["source"]] = {
                    "status": row["status"],
                    "pages": row["pages_fetched"],
                    "new": row["articles_new"],
                    "updated": row["articles_updated"],
                    "unchanged": row["articles_unchanged"],
                    "errors": row["errors"],
                    "error_counts": json.loads(row["error_counts"] or "{}"),
                    "skipped": row["skipped"] or 0,
                    "skipped_counts": json.loads(row["skipped_counts"] or "{}"),
                    "run_id": row["id"],
                }
        finally:
            db.close()
    finish_reason = stats.get("finish_reason")
    exceptions = stats.get("spider_exceptions/count", 0)
    status = stats.get("newswatch/status") or "failed"
    totals = {key: sum(s[key] for s in sources.values())
              for key in ("pages", "new", "updated", "unchanged", "errors", "skipped")}
    return {
        "status": status,
        "finish_reason": finish_reason,
        "spider_exceptions": exceptions,
        "run_ids": run_ids,
        "sources": sources,
        "totals": totals,
    }


def format_summary(summary: dict) -> str:
    """A small table: one line per source, then the totals."""
    columns = ("pages", "new", "updated", "unchanged", "errors", "skipped")
    rows = [("source", "status", *columns)]
    for name, s in summary["sources"].items():
        rows.append((name, s["status"], *(s[c] for c in columns)))
    rows.append(("TOTAL", summary["status"], *(summary["totals"][c] for c in columns)))
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, r in enumerate(rows):
        lines.append("  ".join(str(v).ljust(w) if i < 2 else str(v).rjust(w) for i, (v, w) in enumerate(zip(r, widths))))
        if n == 0 or n == len(rows) - 2:
            lines.append("  ".join("-" * w for w in widths))
    for name, s in summary["sources"].items():
        if s["error_counts"]:
            kinds = ", ".join(f"{k}: {v}" for k, v in s["error_counts"].items())
            lines.append(f"errors in {name}: {kinds}")
    for name, s in summary["sources"].items():
        if s["skipped_counts"]:
            reasons = ", ".join(f"{k}: {v}" for k, v in s["skipped_counts"].items())
            lines.append(f"skipped in {name}: {reasons} (see skipped_pages)")
    return "\n".join(lines)
