"""`crawl_runs`: one row per source per crawl (crawler/extensions.py keeps them).

A row is written "running" when the crawl opens and finished (ok / partial / failed,
with its counts) when it closes. A killed crawl leaves its rows "running"; the next
crawl marks them "interrupted" (interrupt_run). Plain functions over a connection; the
caller holds the transaction.
"""
from __future__ import annotations

import json
from collections import Counter

import sqlite_utils

from newswatch.store.crawl import forget_validators_since


def open_run(db: sqlite_utils.Database, source: str, now: str, pid: int) -> int:
    """A "running" row for `source`, started `now` by process `pid`; its id."""
    return db["crawl_runs"].insert(
        {
            "started": now,
            "ended": None,
            "source": source,
            "status": "running",
            "pages_fetched": 0,
            "articles_new": 0,
            "articles_updated": 0,
            "articles_unchanged": 0,
            "errors": 0,
            "error_counts": "{}",
            "pid": pid,
            "skipped": 0,
            "skipped_counts": "{}",
        }
    ).last_pk


def running_runs(db: sqlite_utils.Database) -> list[dict]:
    """Rows still "running" (id, source, started, pid): live crawls, or killed ones."""
    return list(db.query("select id, source, started, pid from crawl_runs where status = 'running'"))


def recorded_counts(db: sqlite_utils.Database, run_id: int) -> tuple[Counter, Counter]:
    """(crawl_errors per kind, skipped_pages per reason) written for the run."""
    errors = db.execute("select kind, count(*) from crawl_errors where run_id = ? group by kind", [run_id])
    skipped = db.execute("select reason, count(*) from skipped_pages where run_id = ? group by reason", [run_id])
    return Counter(dict(errors.fetchall())), Counter(dict(skipped.fetchall()))


def finish_run(db: sqlite_utils.Database, run_id: int, *, now: str, status: str, pages: int,
               outcomes: Counter, errors: Counter, skipped: Counter) -> None:
    """Close the run: its status, pages fetched, articles per outcome (new, updated,
    unchanged), errors per kind and skipped pages per reason."""
    db["crawl_runs"].update(
        run_id,
        {
            "ended": now,
            "status": status,
            "pages_fetched": pages,
            "articles_new": outcomes["new"],
            "articles_updated": outcomes["updated"],
            "articles_unchanged": outcomes["unchanged"],
            "errors": sum(errors.values()),
            "error_counts": json.dumps(dict(sorted(errors.items()))),
            "skipped": sum(skipped.values()),
            "skipped_counts": json.dumps(dict(sorted(skipped.items()))),
        },
    )


def interrupt_run(db: sqlite_utils.Database, run: dict, now: str) -> None:
    """A run whose process is gone becomes "interrupted" (ended = `now`, counts = the
    rows it wrote); the feed and sitemap validators it wrote are not trusted."""
    errors, skipped = recorded_counts(db, run["id"])
    db["crawl_runs"].update(run["id"], {
        "status": "interrupted", "ended": now, "errors": sum(errors.values()),
        "error_counts": json.dumps(dict(sorted(errors.items()))),
        "skipped": sum(skipped.values()), "skipped_counts": json.dumps(dict(sorted(skipped.items()))),
    })
    forget_validators_since(db, run["source"], run["started"])


def runs_by_id(db: sqlite_utils.Database, run_ids: list[int]) -> list[dict]:
    """The crawl_runs rows with these ids, in id order."""
    if not run_ids:
        return []
    marks = ",".join("?" * len(run_ids))
    return list(db.query(f"select * from crawl_runs where id in ({marks}) order by id", run_ids))
