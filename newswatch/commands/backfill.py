"""`newswatch backfill`: fetch a source's past articles from a web archive.

    newswatch backfill --db data/news.db --sources sources.toml [--source NAME]
                       --from 2015-01-01 [--to 2019-12-31] [--archive ia|cc|URL] [--no-enrich]

Lists the source's pages captured in the period from the archive's CDX index (ia: the
Internet Archive's Wayback Machine, the default; cc: Common Crawl; or the URL of any
pywb-compatible collection), keeps one good capture per page (status 200, HTML, the
earliest: the closest to publication), fetches it raw (the `id_` replay flag: the page
as captured, not rewritten for replay) and stores it as a crawl would. Polite by
default: one request at a time, 4 s apart, adapting to the archive's response times,
and a 429 waits for its Retry-After. Each run is in crawl_runs, each failure in
crawl_errors. A rerun (or a run after a kill) fetches only what is not done yet.
"""
from __future__ import annotations

import argparse
import sys
import traceback

from crawler.archives.cdx import fetcher
from crawler.archives.run import backfill
from crawler.runner import format_summary
from crawler.sources import SourcesError, load_sources
from newswatch.commands.options import EXIT_FAILED, EXIT_OK, EXIT_USAGE, day, parse_settings
from newswatch.orchestrate import after_crawl


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", required=True, help="SQLite database (created if missing)")
    p.add_argument("--sources", required=True, help="sources.toml listing the outlets")
    p.add_argument("--source", help="backfill only the source with this name")
    p.add_argument("--from", dest="date_from", required=True, type=day, metavar="YYYY-MM-DD",
                   help="first day of captures to consider")
    p.add_argument("--to", dest="date_to", type=day, metavar="YYYY-MM-DD", help="last day (default: today)")
    p.add_argument("--archive", default="ia",
                   help="ia (Wayback Machine, default), cc (Common Crawl) or a pywb collection URL")
    p.add_argument("-s", dest="settings", action="append", default=[], metavar="SETTING=VALUE",
                   help="override a Scrapy setting, e.g. -s DOWNLOAD_DELAY=10 (repeatable)")
    p.add_argument("--no-enrich", action="store_true", help="only backfill; skip the NLP enrich step")
    p.add_argument("-v", "--verbose", action="store_true", help="show Scrapy's INFO log")


def run(args: argparse.Namespace) -> int:
    try:
        overrides = parse_settings(args.settings)
        if not load_sources(args.sources, only=args.source):
            raise SourcesError(f"{args.sources}: every source is disabled (enabled = false)")
        if args.date_to and args.date_to < args.date_from:
            raise ValueError("--to is before --from")
        if args.archive != "cc":  # cc lists its index endpoints over the network: checked when run
            fetcher(args.archive)
    except (ValueError, SourcesError) as exc:
        print(f"newswatch backfill: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not args.verbose:
        overrides.setdefault("LOG_LEVEL", "WARNING")
    try:
        summary = backfill(args.sources, args.db, archive=args.archive, date_from=args.date_from,
                           date_to=args.date_to, source=args.source, settings_overrides=overrides)
    except Exception as exc:
        traceback.print_exc()
        print(f"newswatch backfill: the backfill failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    records = summary["records"]
    print(f"captures: {records.get('captures', 0)} pages found, {records.get('already_done', 0)} already done, "
          f"{records.get('stored', 0)} stored, {records.get('not_article', 0)} not articles")
    if summary["sources"]:
        print(format_summary(summary))
    if summary["status"] == "failed":
        print("newswatch backfill: the backfill failed; see crawl_runs and crawl_errors", file=sys.stderr)
        return EXIT_FAILED
    if not args.no_enrich:
        after_crawl(str(args.db))
    return EXIT_OK
