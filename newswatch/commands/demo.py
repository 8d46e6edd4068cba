"""`newswatch demo [--db PATH] [--no-serve] [--no-enrich]`: crawl the fixture news site
shipped in the package (served on 127.0.0.1), enrich it and publish it: the whole
pipeline, offline, from any directory (newswatch/demo.py).

Exit codes: 0 done; 1 the crawl failed or enrichment stopped (as `newswatch crawl`).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from crawler.runner import format_summary
from newswatch.commands.options import EXIT_FAILED, EXIT_OK
from newswatch.demo import DEFAULT_DB, DEMO_SETTINGS, remove_db, serve_command, serve_demo_site, stored_report
from newswatch.orchestrate import crawl_and_enrich


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=str(DEFAULT_DB),
                   help=f"database to build, deleted first (default: {DEFAULT_DB} in the current directory)")
    p.add_argument("--no-serve", action="store_true", help="do not start Datasette at the end")
    p.add_argument("--no-enrich", action="store_true", help="crawl only")


def run(args: argparse.Namespace) -> int:
    db_path = Path(args.db)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    remove_db(db_path)
    with serve_demo_site() as (site, sources):
        print(f"Serving the fixture news site at {site.base}/ and crawling it into {db_path}", flush=True)
        summary, after = crawl_and_enrich(sources, db_path, settings_overrides=dict(DEMO_SETTINGS),
                                          enrich=not args.no_enrich)
    print(format_summary(summary))
    if summary["status"] == "failed" or (after and "enrich_error" in after):
        print("newswatch demo: the crawl failed; see the messages above", file=sys.stderr)
        return EXIT_FAILED
    print(stored_report(db_path))
    if args.no_serve or not sys.stdout.isatty():
        print(f"\nBrowse it with:  newswatch serve --db {db_path}   (then open http://127.0.0.1:8001/)")
        return EXIT_OK
    print("\nPublishing it with Datasette at http://127.0.0.1:8001/ (Ctrl-C to stop)", flush=True)
    command = serve_command(db_path)
    os.execv(command[0], command)
    return EXIT_OK  # not reached
