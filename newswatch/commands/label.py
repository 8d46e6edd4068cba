"""`newswatch label --db PATH ARTICLE relevant|irrelevant [--topics ...]`: record a
researcher's judgement of an article in the `labels` table, for `newswatch train`."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from newswatch.store import connect
from nlp.classifier.labels import add_label


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, help="the newswatch database")
    parser.add_argument("article", metavar="ARTICLE_ID", help="the article's id (or its URL)")
    parser.add_argument("label", choices=["relevant", "irrelevant"])
    parser.add_argument(
        "--topics",
        nargs="+",
        metavar="TOPIC",
        help="topics of a relevant article: outsourcing, academisation, trust_governance_finance, "
        "industrial_action_jobs, pfi_contracts, trust_transfer_collapse "
        "(space- or comma-separated)",
    )
    parser.add_argument("--labeller", default=os.environ.get("USER"), help="who labelled it (default: $USER)")
    parser.add_argument("--note", help="a free-text note kept with the label")


def run(args: argparse.Namespace) -> int:
    if not Path(args.db).exists():
        print(f"newswatch label: no database at {args.db}", file=sys.stderr)
        return 2
    db = connect(args.db)
    try:
        row = add_label(db, args.article, args.label, args.topics, labeller=args.labeller, note=args.note)
    except (LookupError, ValueError) as e:
        print(f"newswatch label: {e.args[0] if e.args else e}", file=sys.stderr)
        return 2
    topics = json.loads(row["topics"])
    print(
        f"label {row['id']}: article {row['article_id']} ({row['article_url']}) is {row['label']}"
        + (f"; topics: {', '.join(topics)}" if topics else "")
    )
    return 0
