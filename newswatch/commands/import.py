"""`newswatch import`: store the HTML pages of web archive files, as if crawled.

    newswatch import --db data/news.db [--sources sources.toml] [--no-enrich] ARCHIVE...

ARCHIVE: .warc, .warc.gz, .arc, .arc.gz or .wacz, read as a stream (a 1 GB CC-NEWS
file is never loaded whole). Only `response` records of HTML pages with status 200 go
on, through the crawl's extraction, validation, dedupe and store; the other records are
counted by reason. With --sources only pages on the hosts of the listed sources are
kept (filed under that source); without it, pages are filed under their host name.
Importing the same file again stores nothing new. A damaged record is skipped and
written to crawl_errors (kind damaged_record); the rest of the file is imported.

Exit codes: 0 imported, 1 the import failed, 2 bad arguments (missing file, bad sources).
"""
from __future__ import annotations

import argparse
import sys
import traceback

from crawler.archives.records import ArchiveError, check_archive_path
from crawler.archives.run import import_archives
from crawler.runner import format_summary
from crawler.sources import SourcesError, load_sources
from newswatch.commands.options import EXIT_FAILED, EXIT_OK, EXIT_USAGE, parse_settings
from newswatch.orchestrate import after_crawl


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("archives", nargs="+", metavar="ARCHIVE", help="WARC, WARC.gz, ARC or WACZ files")
    p.add_argument("--db", required=True, help="SQLite database to import into (created if missing)")
    p.add_argument("--sources", help="keep only pages of the sources in this sources.toml")
    p.add_argument("-s", dest="settings", action="append", default=[], metavar="SETTING=VALUE",
                   help="override a Scrapy setting (repeatable)")
    p.add_argument("--no-enrich", action="store_true", help="only import; skip the NLP enrich step")
    p.add_argument("-v", "--verbose", action="store_true", help="show Scrapy's INFO log")


def format_records(records: dict) -> str:
    skipped = {k.split("/", 1)[1]: v for k, v in records.items() if k.startswith("skipped/")}
    line = f"records: {records.get('records', 0)} read, {records.get('kept', 0)} HTML pages extracted"
    if skipped:
        line += "; skipped: " + ", ".join(f"{k} {v}" for k, v in sorted(skipped.items()))
    dropped = {k: v for k, v in records.items() if k.startswith(("not_article/", "missing/"))}
    if dropped:
        line += "; not stored: " + ", ".join(f"{k} {v}" for k, v in sorted(dropped.items()))
    return line


def run(args: argparse.Namespace) -> int:
    try:
        overrides = parse_settings(args.settings)
        for path in args.archives:
            check_archive_path(path)
        if args.sources and not load_sources(args.sources):
            raise SourcesError(f"{args.sources}: every source is disabled (enabled = false)")
    except (ValueError, ArchiveError, SourcesError) as exc:
        print(f"newswatch import: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not args.verbose:
        overrides.setdefault("LOG_LEVEL", "WARNING")
    try:
        summary = import_archives(args.archives, args.db, sources=args.sources, settings_overrides=overrides,
                                  progress=sys.stderr.isatty())
    except Exception as exc:
        traceback.print_exc()
        print(f"newswatch import: the import failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(format_records(summary["records"]))
    if summary["sources"]:
        print(format_summary(summary))
    if summary["status"] == "failed":
        print(f"newswatch import: the import failed (finish reason {summary['finish_reason']!r}, "
              f"{summary['spider_exceptions']} spider exceptions)", file=sys.stderr)
        return EXIT_FAILED
    if not args.no_enrich:
        after_crawl(str(args.db))
    return EXIT_OK
