"""`newswatch serve`: publish the database with Datasette.

Public (default): a read-only, immutable snapshot of the database with canned queries,
dashboards and an Atom feed. `--labelling`: a private instance where logged-in
researchers label articles into a separate labels database. See docs/datasette.md.
"""
from __future__ import annotations

import argparse
import sys

from newswatch.publish import PublishError, datasette_settings, serve


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", required=True, help="the newswatch SQLite database")
    p.add_argument("--port", type=int, default=8001, help="port to listen on (default 8001)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument(
        "--labelling",
        action="store_true",
        help="private labelling instance: log in (datasette-auth-passwords; password hash in "
        "$NEWSWATCH_LABELLER_PASSWORD_HASH) to add labels to the labels database",
    )
    p.add_argument(
        "--labels-db",
        help="labels database for --labelling (default: <db stem>-labels.db next to --db)",
    )
    p.add_argument(
        "--full-text",
        action="store_true",
        help="publish whole article bodies (default: an excerpt of each; search still covers "
        "the whole text). Only for a private instance: the texts are the publishers' copyright",
    )
    p.add_argument(
        "--setting",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="a Datasette setting, e.g. --setting sql_time_limit_ms 5000 (repeatable)",
    )


def run(args: argparse.Namespace) -> int:
    try:
        settings = datasette_settings(args.setting)
    except ValueError as exc:
        print(f"newswatch serve: {exc}", file=sys.stderr)
        return 2
    try:
        serve(args.db, port=args.port, host=args.host, labelling=args.labelling, labels_db=args.labels_db,
              settings=settings, full_text=args.full_text)
    except PublishError as exc:
        print(f"newswatch serve: {exc}", file=sys.stderr)
        return 2
    return 0
