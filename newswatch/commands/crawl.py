"""`newswatch crawl`: crawl the sources into the database, enriching the new articles
while the crawl goes on (newswatch.orchestrate), then make the story clusters.

    newswatch crawl --sources sources.toml --db data/news.db [--source NAME]
                    [-s SETTING=VALUE ...] [--no-enrich] [--jobs N] [-v]

Exit codes: 0 crawl done (some pages may have failed: see the summary and the
crawl_errors table), 1 the crawl itself failed (spider crash, or every source failed),
2 bad arguments or a bad sources file (the message names the line and the field).
"""
from __future__ import annotations

import argparse
import sys
import traceback

from crawler.runner import format_summary
from crawler.sources import SourcesError
from newswatch.commands.options import EXIT_FAILED, EXIT_OK, EXIT_USAGE, add_jobs_argument, parse_settings
from newswatch.orchestrate import crawl_and_enrich


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--sources", required=True, help="sources.toml listing the outlets")
    p.add_argument("--db", required=True, help="SQLite database to crawl into (created if missing)")
    p.add_argument("--source", help="crawl only the source with this name")
    p.add_argument(
        "-s", dest="settings", action="append", default=[], metavar="SETTING=VALUE",
        help="override a Scrapy setting, as with `scrapy crawl -s` (repeatable)",
    )
    p.add_argument("--no-enrich", action="store_true",
                   help="only crawl; skip the NLP enrich step")
    add_jobs_argument(p)
    p.add_argument("-v", "--verbose", action="store_true",
                   help="show Scrapy's INFO log (default: warnings only)")


def run(args: argparse.Namespace) -> int:
    try:
        overrides = parse_settings(args.settings)
    except ValueError as exc:
        print(f"newswatch crawl: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not args.verbose:
        overrides.setdefault("LOG_LEVEL", "WARNING")
    try:
        summary, after = crawl_and_enrich(args.sources, args.db, source=args.source, settings_overrides=overrides,
                                          enrich=not args.no_enrich, jobs=args.jobs)
    except SourcesError as exc:
        print(f"newswatch crawl: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # the crawl could not run at all (e.g. a bad -s value)
        traceback.print_exc()
        print(f"newswatch crawl: the crawl failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(format_summary(summary))
    if summary["status"] == "failed":
        reason = summary["finish_reason"]
        print(
            f"newswatch crawl: the crawl failed (finish reason {reason!r}, "
            f"{summary['spider_exceptions']} spider exceptions); see the log and crawl_runs",
            file=sys.stderr,
        )
        return EXIT_FAILED
    if after and "enrich_error" in after:
        return EXIT_FAILED
    return EXIT_OK

