"""newswatch enrich --db PATH [--all] [--retry-failed] [--batch-size N] [--jobs N]: findings and
classifier scores for stored articles that need them (new, or analysed by an older
pipeline or model).

Exit status: 0 when every article was enriched; 1 when some failed (each is recorded in
the `enrich_failures` table and left alone until the versions or its text change, or
--retry-failed) or when the classifier model is present but damaged (nothing is done);
2 for bad arguments.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newswatch.commands.options import add_jobs_argument
from newswatch.reporting import report_failures
from nlp.classifier import ModelError
from nlp.enrich import enrich


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, metavar="PATH", help="the newswatch SQLite database")
    parser.add_argument("--all", action="store_true", dest="redo_all",
                        help="re-enrich every article, not only those that need it")
    parser.add_argument("--retry-failed", action="store_true",
                        help="also retry articles that failed before with the same pipeline and model "
                             "(see the enrich_failures table)")
    parser.add_argument("--batch-size", type=int, default=64, help="articles per batch (default 64)")
    add_jobs_argument(parser)
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")


def run(args: argparse.Namespace) -> int:
    if not Path(args.db).exists():
        print(f"newswatch enrich: no database at {args.db}", file=sys.stderr)
        return 2
    if args.batch_size < 1:
        print("newswatch enrich: --batch-size must be at least 1", file=sys.stderr)
        return 2
    try:
        s = enrich(args.db, redo_all=args.redo_all, retry_failed=args.retry_failed,
                   batch_size=args.batch_size, progress=not args.no_progress, jobs=args.jobs)
    except ModelError as e:
        print(f"newswatch enrich: the classifier model cannot be used: {e}\n"
              "Nothing was enriched. Retrain it (newswatch train), reinstall newswatch for the "
              "bundled model, or point NEWSWATCH_MODEL at a good model.", file=sys.stderr)
        return 1
    print(
        f"enriched {s['articles']} articles in {s['seconds']}s: {s['quotes']} quotes, "
        f"{s['mentions']} entity mentions, {s['people']} people; "
        f"{s['scored']} scored (pipeline {s['nlp_version']}, "
        + (f"model {s['classifier']})" if s["classifier"] else f"not scored: {s['classifier_unavailable']})")
        + (f"; {s['skipped_changed']} changed while running, left for the next run" if s["skipped_changed"] else "")
        + (f"; {s['failed_before']} that failed before not retried (--retry-failed)" if s["failed_before"] else "")
    )
    report_failures(s, "newswatch enrich")
    return 1 if s["failed"] else 0

