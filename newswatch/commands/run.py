"""`newswatch run`: the cron entry point.

Crawl and enrich, overlapped, refresh what the publication needs, under a lock so two
runs never overlap, logging to a rotating file (newswatch.cron.scheduled_run).
Exit codes:

    0   success: every source crawled, enrichment done
    1   partial failure: some sources failed (the rest were stored and enriched), or
        enrichment stopped on a damaged classifier model (the crawl was stored)
    2   failure: bad arguments or sources file, or the crawl itself failed
    75  another run holds the lock (EX_TEMPFAIL); nothing was done
"""
from __future__ import annotations

import argparse
import sys

from newswatch.commands.options import add_jobs_argument, parse_settings
from newswatch.cron import AlreadyRunning, scheduled_run

EXIT_OK, EXIT_PARTIAL, EXIT_FAILED, EXIT_LOCKED = 0, 1, 2, 75
EXIT_CODES = {"ok": EXIT_OK, "partial": EXIT_PARTIAL, "failed": EXIT_FAILED}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--sources", required=True, help="sources.toml listing the outlets")
    p.add_argument("--db", required=True, help="SQLite database to crawl into")
    p.add_argument("--source", help="crawl only the source with this name")
    p.add_argument(
        "--log-file",
        help="rotating log file (default: logs/newswatch.log next to the database)",
    )
    p.add_argument(
        "--lock-file", help="lock file (default: the database path plus .lock)"
    )
    add_jobs_argument(p)
    p.add_argument(
        "-s",
        dest="settings",
        action="append",
        default=[],
        metavar="SETTING=VALUE",
        help="override a Scrapy setting, as with `scrapy crawl -s` (repeatable)",
    )


def run(args: argparse.Namespace) -> int:
    try:
        overrides = parse_settings(args.settings)
    except ValueError as exc:
        print(f"newswatch run: {exc}", file=sys.stderr)
        return EXIT_FAILED
    # Scrapy's own log to stderr stays quiet (cron mails stderr); the rotating file
    # still gets INFO and up.
    overrides.setdefault("LOG_LEVEL", "WARNING")
    try:
        outcome = scheduled_run(args.sources, args.db, source=args.source, settings_overrides=overrides,
                                jobs=args.jobs, lock_path=args.lock_file, log_path=args.log_file)
    except AlreadyRunning as exc:
        print(f"newswatch run: {exc}; exiting without doing anything", file=sys.stderr)
        return EXIT_LOCKED
    if outcome.problem:
        print(f"newswatch run: {outcome.problem}", file=sys.stderr)
    return EXIT_CODES[outcome.status]
