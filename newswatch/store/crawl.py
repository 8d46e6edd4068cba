"""What a crawl reads before it starts and the records it writes besides articles.

Reads (crawler/runner.py passes them to the spiders, which never open the database):
what is already stored, the validators of feeds and sitemaps, pages recently skipped
for their content, archive records already imported, captures already backfilled.

Writes, one row each, plain functions over a connection (the caller holds the
transaction): `crawl_errors`, `skipped_pages`, `fetch_state`, `provenance`,
`backfill_captures`. Articles, their URLs and pages are in newswatch/store/pages.py;
`crawl_runs` in newswatch/store/runs.py.
"""
from __future__ import annotations

from typing import Iterable

import sqlite_utils

from newswatch.store.rows import insert_rows, upsert_row

# --- reads: the crawl's inputs ----------------------------------------------------------


def known_urls(db: sqlite_utils.Database) -> dict[str, str | None]:
    """URL -> when we last saw it: every URL of a stored article (its last_seen), then
    every stored page (its fetched_at, which wins)."""
    known: dict[str, str | None] = {}
    for row in db.query("select url, last_seen from article_urls"):
        known[row["url"]] = row["last_seen"]
    for row in db.query("select url, fetched_at from pages"):
        known[row["url"]] = row["fetched_at"]
    return known


def fetch_states(db: sqlite_utils.Database) -> dict[str, dict]:
    """Feed or sitemap URL -> {url, kind, etag, last_modified}, for conditional GETs."""
    return {row["url"]: row for row in db.query("select url, kind, etag, last_modified from fetch_state")}


def recent_skips(db: sqlite_utils.Database, reasons: Iterable[str], since: str) -> dict[str, str]:
    """URL -> when it was last skipped for one of `reasons` at or after `since`, under
    the page's URL and under the URL that redirected there."""
    reasons = list(reasons)
    marks = ",".join("?" * len(reasons))
    rows = db.query(
        f"select url, requested_url, max(at) as at from skipped_pages where reason in ({marks}) "
        "and at >= ? group by url, requested_url",
        [*reasons, since],
    )
    skipped: dict[str, str] = {}
    for row in rows:
        for url in (row["url"], row["requested_url"]):
            if url:
                skipped[url] = max(row["at"], skipped.get(url, ""))
    return skipped


def imported_records(db: sqlite_utils.Database) -> set[str]:
    """"ARCHIVE RECORD-ID" of every archive-file record already imported."""
    return {f"{row['archive']} {row['record_id']}"
            for row in db.query("select record_id, archive from provenance where origin = 'archive_file'")}


def backfilled_urls(db: sqlite_utils.Database, archive: str) -> set[str]:
    """URLs whose capture in `archive` a backfill has already dealt with."""
    return {row["url"] for row in db.query("select url from backfill_captures where archive = ?", [archive])}


# --- writes -----------------------------------------------------------------------------------


def insert_error(db: sqlite_utils.Database, row: dict) -> None:
    """A crawl_errors row: run_id, source, url, kind, message, at."""
    db["crawl_errors"].insert(row)


def insert_skips(db: sqlite_utils.Database, rows: list[dict]) -> None:
    """skipped_pages rows (columns as in the schema), in one executemany."""
    insert_rows(db, "skipped_pages", rows)


def prune_skips(db: sqlite_utils.Database, reason: str, before: str) -> None:
    """Delete skipped_pages rows of `reason` recorded before `before`."""
    db.execute("delete from skipped_pages where reason = ? and at < ?", [reason, before])


def save_fetch_state(db: sqlite_utils.Database, row: dict) -> None:
    """Upsert a fetch_state row; columns absent from `row` (validators) keep their value."""
    db["fetch_state"].upsert(row, pk="url")


def forget_validators(db: sqlite_utils.Database, urls: Iterable[str]) -> None:
    """Clear the ETag / Last-Modified of these feeds or sitemaps: fetched in full next time."""
    for url in urls:
        db.execute("update fetch_state set etag = null, last_modified = null where url = ?", [url])


def forget_validators_since(db: sqlite_utils.Database, source: str, since: str) -> None:
    """Clear the validators of `source`'s feeds and sitemaps fetched at or after `since`."""
    db.execute("update fetch_state set etag = null, last_modified = null "
               "where source = ? and last_fetched >= ?", [source, since])


def save_provenance(db: sqlite_utils.Database, row: dict, now: str) -> None:
    """Upsert a provenance row by its key; `recorded_at` is `now` the first time only."""
    upsert_row(db, "provenance", dict(row, recorded_at=now), "key", keep=("recorded_at",))


def save_backfill_capture(db: sqlite_utils.Database, row: dict) -> None:
    """Upsert a backfill_captures row (archive, url, timestamp, source, outcome, at)."""
    db["backfill_captures"].upsert(row, pk=("archive", "url"))
