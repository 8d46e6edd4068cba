"""newswatch enrich --db PATH [--all] [--batch-size N]: findings and classifier scores for
stored articles that need them (new, or analysed by an older pipeline or model)."""
from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, metavar="PATH", help="the newswatch SQLite database")
    parser.add_argument("--all", action="store_true", dest="redo_all",
                        help="re-enrich every article, not only those that need it")
    parser.add_argument("--batch-size", type=int, default=64, help="articles per batch (default 64)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from nlp.enrich import enrich

    if not Path(args.db).exists():
        print(f"newswatch enrich: no database at {args.db}", file=sys.stderr)
        return 2
    if args.batch_size < 1:
        print("newswatch enrich: --batch-size must be at least 1", file=sys.stderr)
        return 2
    s = enrich(args.db, redo_all=args.redo_all, batch_size=args.batch_size, progress=not args.no_progress)
    print(
        f"enriched {s['articles']} articles in {s['seconds']}s: {s['quotes']} quotes, "
        f"{s['mentions']} entity mentions, {s['people']} people; "
        f"{s['scored']} scored (pipeline {s['nlp_version']}, "
        + (f"model {s['classifier']})" if s["classifier"] else f"not scored: {s['classifier_unavailable']})")
        + (f"; {s['skipped_changed']} changed while running, left for the next run" if s["skipped_changed"] else "")
    )
    return 0
