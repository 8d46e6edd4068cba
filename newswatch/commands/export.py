"""`newswatch export`: write the stored raw pages as a WARC or WACZ file.

    newswatch export --db data/news.db --format wacz|warc [--relevant] [--since YYYY-MM-DD] OUT

The evidence behind a finding, to deposit or to open in ReplayWeb.page: one WARC
response record per stored article page (the HTML as fetched or as archived, dated
when it was captured). WACZ adds the CDXJ index and the pages list. --relevant keeps
the articles the classifier found relevant; --since those published (or, undated,
first seen) on or after the day. Exit codes: 0 written, 1 nothing to export or
failure, 2 bad arguments.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crawler.archives.export import ExportError, export_archive
from newswatch.commands.options import day


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("out", metavar="OUT", help="file to write (.wacz, or .warc.gz)")
    p.add_argument("--db", required=True, help="SQLite database to export from")
    p.add_argument("--format", choices=("wacz", "warc"), help="default: from OUT's name")
    p.add_argument("--relevant", action="store_true", help="only articles classified relevant")
    p.add_argument("--since", type=day, metavar="YYYY-MM-DD", help="only articles published on or after")


def run(args: argparse.Namespace) -> int:
    fmt = args.format or ("wacz" if args.out.lower().endswith(".wacz") else "warc")
    if not Path(args.db).is_file():
        print(f"newswatch export: {args.db}: no such database", file=sys.stderr)
        return 2
    if fmt == "wacz" and not args.out.lower().endswith(".wacz"):
        print("newswatch export: a WACZ file's name must end in .wacz", file=sys.stderr)
        return 2
    if fmt == "warc" and not args.out.lower().endswith((".warc", ".warc.gz")):
        print("newswatch export: a WARC file's name must end in .warc.gz (or .warc)", file=sys.stderr)
        return 2
    try:
        count = export_archive(args.db, args.out, fmt=fmt, relevant=args.relevant,
                               since=args.since.isoformat() if args.since else None)
    except ExportError as exc:
        print(f"newswatch export: {exc}", file=sys.stderr)
        return 1
    print(f"export: {count} pages written to {args.out}")
    return 0
